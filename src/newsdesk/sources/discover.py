"""Finding a site's feeds (``newsdesk sources add URL``).

A feed or sitemap URL is taken as it is. A page's ``<link rel="alternate">`` feeds come
first; when it declares none, the ``Sitemap:`` lines of robots.txt and the common paths
(``COMMON_PATHS``) are tried until one syndication feed (RSS, Atom, JSON Feed) and one
sitemap are found. Every candidate is fetched (politely, robots.txt honoured) and kept only
if it parses.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from newsdesk.sources.canonical import canonicalize
from newsdesk.sources.feeds import parse_feed, sniff
from newsdesk.sources.http import Fetcher, FetchError

COMMON_PATHS = ("/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml",
                "/news-sitemap.xml", "/sitemap.xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json",
              "application/json", "application/rdf+xml", "text/xml", "application/xml")


class _Alternates(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        rel = a.get("rel", "").lower().split()
        if tag == "link" and "alternate" in rel and a.get("type", "").lower() in FEED_TYPES and a.get("href"):
            self.links.append(a["href"])


def alternates(html: str, base: str) -> list[str]:
    """The feed URLs a page declares with ``<link rel="alternate" type=...>``, resolved."""
    parser = _Alternates()
    try:
        parser.feed(html)
    except Exception:  # noqa: BLE001 - a broken page simply declares nothing
        pass
    return list(dict.fromkeys(canonicalize(href, base=base) for href in parser.links))


def discover(fetcher: Fetcher, url: str) -> list[tuple[str, str]]:
    """``(feed url, kind)`` for the feeds of the site or feed at ``url``; FetchError when none."""
    response = fetcher.get(url)
    if sniff(response.body):
        return [(canonicalize(url), parse_feed(response.body, url).kind)]
    found: dict[str, str] = {}

    def attempt(candidate: str) -> None:
        if candidate in found:
            return
        try:
            r = fetcher.get(candidate)
            found[candidate] = parse_feed(r.body, candidate).kind
        except FetchError:
            pass

    for link in alternates(response.text(), response.final_url):
        attempt(link)
    if found:
        return list(found.items())
    for sitemap in fetcher.sitemaps(url):
        attempt(canonicalize(sitemap, base=url))
    parts = urlsplit(canonicalize(response.final_url))
    root = f"{parts.scheme}://{parts.netloc}"
    for path in COMMON_PATHS:
        kinds = set(found.values())
        is_sitemap = "sitemap" in path
        if (is_sitemap and "sitemap" in kinds) or (not is_sitemap and kinds - {"sitemap"}):
            continue
        attempt(canonicalize(urljoin(root, path)))
    if not found:
        tried = ", ".join(COMMON_PATHS)
        raise FetchError(url, "no-feeds", f"no feed link in the page, robots.txt or at {tried}")
    return list(found.items())
