"""digest: editions built from the stories — the weekday update and the weekend selection.

``build_edition(store, kind, date, topic)`` picks the stories that developed in the edition's
window (what changed since the last recorded edition, the key development and quote, sources
with copies once), ranked by the documented importance score (``importance.py``); topics
(``topics.py``) are saved queries for an edition about one beat. ``render(edition, fmt)`` turns
an ``Edition`` into text for a reader or a channel (``md``, ``text``, ``html``, ``json``,
``atom``; ``render_atom_feed`` for a feed of recent editions). Delivery (``delivery/``) only
sends what this renders.
"""

from __future__ import annotations

from newsdesk.digest.edition import KINDS, build_edition, default_kind, edition_window
from newsdesk.digest.render import FORMATS, render, render_atom_feed

__all__ = [
    "FORMATS", "KINDS", "build_edition", "default_kind", "edition_window", "render", "render_atom_feed",
]
