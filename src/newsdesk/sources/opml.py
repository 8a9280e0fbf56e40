"""OPML, the subscription list feed readers import and export.

Each feed is an ``<outline type="rss" text=... xmlUrl=... htmlUrl=...>``; a source with
several feeds gives one outline per feed sharing ``htmlUrl`` (the source's URL), which is
how they are grouped again on import. ``language`` is OPML 2.0's; ``country`` and ``kind``
(rss, atom, json, sitemap) are ours (readers ignore attributes they do not know). Folders
(nested outlines) are read through.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from xml.sax.saxutils import quoteattr

from lxml import etree

from newsdesk.errors import InputError
from newsdesk.models import Source
from newsdesk.sources.canonical import canonicalize


@dataclass
class OpmlSource:
    """A source read from OPML: its URL, labels and ``(feed url, kind)`` feeds."""

    url: str
    name: str | None = None
    country: str | None = None
    language: str | None = None
    feeds: list[tuple[str, str]] = field(default_factory=list)


def guess_kind(url: str, declared: str | None = None) -> str:
    """The kind recorded for an imported feed (the watcher reads any kind whatever this says)."""
    low = url.lower()
    if "sitemap" in low:
        return "sitemap"
    if declared and declared.lower() in ("atom", "json", "sitemap"):  # "rss" is any feed to readers
        return declared.lower()
    return "atom" if "atom" in low else "json" if low.endswith(".json") else "rss"


def read_opml(data: bytes, name: str = "OPML") -> list[OpmlSource]:
    """The sources of an OPML document; InputError naming ``name`` when it is not OPML."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(name, "not-opml", str(exc)) from None
    if root.tag != "opml":
        raise InputError(name, "not-opml", f"root element <{root.tag}>")
    by_url: dict[str, OpmlSource] = {}
    for outline in root.iter("outline"):
        feed = outline.get("xmlUrl") or outline.get("xmlurl")
        if not feed:
            continue
        feed = canonicalize(feed)
        site = canonicalize(outline.get("htmlUrl") or outline.get("htmlurl") or feed)
        label = outline.get("title") or outline.get("text") or None
        source = by_url.setdefault(site, OpmlSource(
            site, None if label in (feed, site) else label,
            outline.get("country") or None, outline.get("language") or None))
        if feed not in dict(source.feeds):
            source.feeds.append((feed, outline.get("kind") or guess_kind(feed, outline.get("type"))))
    return list(by_url.values())


def write_opml(sources: list[Source], title: str = "newsdesk sources") -> str:
    """An OPML 2.0 document listing every feed of ``sources``."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{_esc(title)}</title>",
        f"    <dateCreated>{datetime.now(UTC):%a, %d %b %Y %H:%M:%S} GMT</dateCreated>",
        "  </head>",
        "  <body>",
    ]
    for s in sources:
        label = s.name or s.url
        labels = (("language", s.language), ("country", s.country))
        extra = "".join(f" {k}={quoteattr(v)}" for k, v in labels if v)
        for f in s.feeds:
            kind = "rss" if f.kind in ("rss", "atom", "json") else f.kind
            lines.append(
                f"    <outline type={quoteattr(kind)} text={quoteattr(label)} title={quoteattr(label)}"
                f" xmlUrl={quoteattr(f.url)} htmlUrl={quoteattr(s.url)} kind={quoteattr(f.kind)}{extra}/>"
            )
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _esc(text: str) -> str:
    return quoteattr(text)[1:-1]
