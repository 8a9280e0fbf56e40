"""digest: editions built from the stories — the weekday update and the weekend selection.

``render(edition, fmt)`` turns an ``Edition`` into text for a reader or a channel
(``md``, ``text``, ``html``, ``json``, ``atom``). Delivery (``delivery/``) only sends what
this renders.
"""

from __future__ import annotations

from newsdesk.digest.render import FORMATS, render

__all__ = ["FORMATS", "render"]
