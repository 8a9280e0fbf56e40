"""web: the browser app and the JSON API (``newsdesk serve``), one FastAPI process over the store.

``create_app(db)`` builds the app: server-rendered pages (Jinja2, autoescaped) with light
progressive JavaScript, and the JSON API under ``/api`` with OpenAPI docs at ``/api/docs``.
It only reads, through one read-only ``Store`` per worker thread (SQLite WAL: readers never
block the writer, so ``newsdesk watch`` or ``ingest`` can write meanwhile); the one write,
``POST /api/ingest``, needs the token from the configuration. Every library the pages use is
vendored under ``static/vendor`` at a pinned version: it works offline, with no CDN.
"""

from __future__ import annotations

from newsdesk.web.app import create_app

__all__ = ["create_app"]
