"""The app's routers, one module per area; ``ROUTERS`` is the one place they are registered.

Pages and their API live side by side in each module (one handler may answer both).
"""

from __future__ import annotations

from newsdesk.web.routes import (
    analytics,
    articles,
    docs,
    entities,
    events,
    front,
    ingest,
    quotes,
    search,
    searches,
    stories,
    topics,
)

ROUTERS = [
    front.router,
    stories.router,
    articles.router,
    entities.router,
    quotes.router,
    events.router,
    search.router,
    analytics.router,
    searches.router,
    topics.router,
    ingest.router,
    docs.router,
]
