"""Reading feeds: RSS and Atom (feedparser), JSON Feed, news sitemaps, sitemaps and sitemap indexes.

``parse_feed(body, url)`` tells the format from the bytes themselves (a server's Content-Type
is often wrong) and returns the items with the hints a feed gives (title, publication date),
or, for a sitemap index, the child sitemaps to read. A body that is no feed, or XML too broken
to give any item, is a ``FetchError`` naming the URL (``bad-feed``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

import feedparser
from lxml import etree

from newsdesk.models import FeedItem
from newsdesk.sources.http import FetchError

FEED_KINDS = ("rss", "atom", "json", "sitemap")


@dataclass
class ParsedFeed:
    """A feed's kind and items; a sitemap index has ``sitemaps`` (URL, lastmod) instead."""

    kind: str
    items: list[FeedItem] = field(default_factory=list)
    sitemaps: list[tuple[str, str | None]] = field(default_factory=list)
    title: str | None = None


def sniff(body: bytes) -> str | None:
    """The format the bytes look like (``json``, ``sitemap``, ``xml``), None when not a feed."""
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return "json"
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "xml"
    return None


def parse_feed(body: bytes, url: str) -> ParsedFeed:
    """Parse one feed body fetched from ``url``; FetchError (``bad-feed``) when it is none."""
    kind = sniff(body)
    if kind == "json":
        return _json_feed(body, url)
    if kind == "sitemap":
        return _sitemap(body, url)
    parsed = feedparser.parse(body)
    version = parsed.get("version") or ""
    if not parsed.entries and (parsed.bozo or not version):
        why = parsed.get("bozo_exception") if parsed.bozo else "no RSS, Atom, JSON Feed or sitemap found"
        raise FetchError(url, "bad-feed", str(why))
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or next(
            (ln.get("href") for ln in entry.get("links", []) if ln.get("href")), None)
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        items.append(FeedItem(
            url=link, guid=entry.get("id") or None, title=entry.get("title") or None,
            published=datetime(*stamp[:6]).replace(tzinfo=UTC).isoformat() if stamp else None,
        ))
    if parsed.bozo and not items:  # broken XML that gave nothing usable (salvaged items are kept)
        raise FetchError(url, "bad-feed", str(parsed.get("bozo_exception")))
    return ParsedFeed("atom" if version.startswith("atom") else "rss", items,
                      title=parsed.feed.get("title") or None)


def _json_feed(body: bytes, url: str) -> ParsedFeed:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FetchError(url, "bad-feed", f"JSON Feed: {exc}") from None
    if not isinstance(data, dict) or "jsonfeed.org" not in str(data.get("version", "")):
        raise FetchError(url, "bad-feed", "JSON without a jsonfeed.org version")
    items = []
    for entry in data.get("items") or []:
        if not isinstance(entry, dict):
            continue
        link = entry.get("url") or entry.get("external_url")
        if isinstance(link, str) and link:
            items.append(FeedItem(link, guid=str(entry["id"]) if entry.get("id") else None,
                                  title=entry.get("title") or None,
                                  published=entry.get("date_published") or entry.get("date_modified")))
    return ParsedFeed("json", items, title=data.get("title") or None)


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(element: etree._Element, *path: str) -> str | None:
    """Text of the first descendant reached by local names ``path`` (namespaces ignored)."""
    current = [element]
    for name in path:
        current = [c for e in current for c in e if _local(c.tag) == name]
        if not current:
            return None
    text = (current[0].text or "").strip()
    return text or None


def _sitemap(body: bytes, url: str) -> ParsedFeed:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        raise FetchError(url, "bad-feed", f"sitemap XML: {exc}") from None
    if _local(root.tag) == "sitemapindex":
        children = [(loc, _child_text(s, "lastmod")) for s in root if _local(s.tag) == "sitemap"
                    if (loc := _child_text(s, "loc"))]
        return ParsedFeed("sitemap", sitemaps=children)
    items = []
    for entry in root:
        if _local(entry.tag) != "url" or not (loc := _child_text(entry, "loc")):
            continue
        published = _child_text(entry, "news", "publication_date") or _child_text(entry, "lastmod")
        items.append(FeedItem(loc, title=_child_text(entry, "news", "title"), published=published))
    return ParsedFeed("sitemap", items)


def newest(items: list[FeedItem], limit: int) -> list[FeedItem]:
    """At most ``limit`` items, the newest first (undated ones after, in feed order)."""
    dated = sorted((i for i in items if i.published), key=lambda i: i.published or "", reverse=True)
    return (dated + [i for i in items if not i.published])[:limit]
