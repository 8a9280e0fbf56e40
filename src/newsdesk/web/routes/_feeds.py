"""Atom 1.0 for a saved search: its latest matching articles as entries (autoescaped XML)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from newsdesk.models import SavedSearch
from newsdesk.store import SearchHit
from newsdesk.web.deps import TEMPLATES
from newsdesk.web.routes._lists import http_url, plain

ATOM_TYPE = "application/atom+xml"
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ue000\ue001]")


def clean(text: str | None) -> str:
    """Text XML 1.0 can carry: characters it forbids (and highlight markers) dropped."""
    return _XML_BAD.sub("", text or "")


def rfc3339(value: str | None, fallback: str = "2000-01-01T00:00:00Z") -> str:
    """An ISO date or date-time as an Atom date (UTC when it gives no zone)."""
    if not value:
        return fallback
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return fallback
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class _Entry:
    id: str
    title: str
    updated: str
    link: str
    original: str | None
    outlet: str
    summary: str


def search_feed(saved: SavedSearch, hits: list[SearchHit], base: str, self_url: str) -> str:
    """The feed of a saved search; ``base`` is the app's address (entry links are absolute)."""
    base = base.rstrip("/")
    created = rfc3339(saved.created)
    entries = [
        _Entry(id=f"{base}/articles/{h.id}", title=clean(h.title or "untitled"),
               updated=rfc3339(h.published, created), link=f"{base}/articles/{h.id}",
               original=clean(http_url(h.url)) or None, outlet=clean(h.publisher or ""),
               summary=clean(plain(h.snippet)))
        for h in hits
    ]
    feed = {"id": self_url, "title": clean(f"newsdesk search: {saved.name}"), "self_url": self_url,
            "query": clean(saved.query),
            "updated": max([e.updated for e in entries] + [created]), "entries": entries}
    return TEMPLATES.get_template("search_feed.xml").render(feed=feed)
