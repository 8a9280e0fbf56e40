"""The app's routers, one module per area; ``ROUTERS`` is the one place they are registered.

Pages and their API live side by side in each module (one handler may answer both).
"""

from __future__ import annotations

from newsdesk.web.routes import analytics, front

ROUTERS = [front.router, analytics.router]
