"""Feed formats and feed discovery (against a real local server)."""

from __future__ import annotations

import json

import httpx
import pytest

from newsdesk.config import WatchSettings
from newsdesk.sources.discover import discover
from newsdesk.sources.feeds import newest, parse_feed
from newsdesk.sources.http import Fetcher, FetchError
from sources._server import Site, atom, rss, sitemap, sitemap_index

BASE = "https://s.example"
SETTINGS = WatchSettings(user_agent="newsdesk-test", per_host_rps=200.0, timeout=2.0)


def test_rss_atom_json_and_sitemaps() -> None:
    r = parse_feed(rss(BASE, [("One", "/1"), ("Two", "/2")]).encode(), BASE + "/rss")
    assert r.kind == "rss" and [i.url for i in r.items] == [BASE + "/1", BASE + "/2"]
    assert r.items[0].title == "One" and r.items[0].published == "2026-03-02T10:00:00+00:00"
    a = parse_feed(atom(BASE, [("A", "/a")]).encode(), BASE + "/atom")
    assert a.kind == "atom" and a.items[0].url == BASE + "/a" and a.items[0].guid == "tag:test,2026:/a"
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "J",
            "items": [{"id": "1", "url": BASE + "/j", "title": "J1",
                       "date_published": "2026-03-01T00:00:00Z"},
                      {"id": "2", "content_text": "no url"}]}
    j = parse_feed(json.dumps(feed).encode(), BASE + "/feed.json")
    assert j.kind == "json" and [(i.url, i.guid) for i in j.items] == [(BASE + "/j", "1")]
    s = parse_feed(sitemap(BASE, ["/n1", "/n2"]).encode(), BASE + "/news-sitemap.xml")
    assert s.kind == "sitemap" and [i.published for i in s.items] == ["2026-03-04T08:00:00Z"] * 2
    plain = parse_feed(sitemap(BASE, ["/p"], news=False).encode(), BASE + "/sitemap.xml")
    assert plain.items[0].published == "2026-03-04"
    index = parse_feed(sitemap_index(BASE, ["/s1.xml", "/s2.xml"]).encode(), BASE + "/sitemap.xml")
    assert index.items == [] and [u for u, _ in index.sitemaps] == [BASE + "/s1.xml", BASE + "/s2.xml"]


@pytest.mark.parametrize("body", [b"<<<this is not a feed", b"<html><body>a page</body></html>",
                                  b'<?xml version="1.0"?><urlset><url><loc>x</loc></urset>',
                                  b'{"version": "1"}', b"{broken json"])
def test_broken_feeds_are_errors_naming_the_url(body: bytes) -> None:
    with pytest.raises(FetchError) as caught:
        parse_feed(body, BASE + "/broken.xml")
    assert caught.value.reason == "bad-feed" and BASE + "/broken.xml" in str(caught.value)


def test_newest_keeps_the_latest_items() -> None:
    r = parse_feed(sitemap(BASE, ["/a"]).encode(), BASE)
    items = r.items + parse_feed(rss(BASE, [("Old", "/o")]).encode(), BASE).items
    assert [i.url for i in newest(items, 1)] == [BASE + "/a"]


def _discover(site: Site, path: str) -> list[tuple[str, str]]:
    with Fetcher(SETTINGS, client=httpx.Client()) as f:
        return discover(f, site.url(path))


def test_discovery_from_alternate_links() -> None:
    with Site() as site:
        site.add("/", '<html><head><link rel="alternate" type="application/rss+xml" href="/r.xml">'
                      '<link rel="alternate" type="application/atom+xml" href="/a.xml"></head></html>')
        site.add("/r.xml", rss(site.base, [("x", "/x")]))
        site.add("/a.xml", atom(site.base, [("y", "/y")]))
        found = _discover(site, "/")
        assert found == [(site.url("/r.xml"), "rss"), (site.url("/a.xml"), "atom")]
        assert "/feed" not in site.paths()  # no probing when the page declares its feeds


def test_discovery_from_robots_sitemaps_and_common_paths() -> None:
    with Site() as site:
        site.add("/", "<html><head><title>home</title></head><body>no links</body></html>")
        site.add("/robots.txt", f"User-agent: *\nSitemap: {site.base}/maps/news.xml\n", ctype="text/plain")
        site.add("/maps/news.xml", sitemap(site.base, ["/n"]))
        site.add("/rss.xml", rss(site.base, [("x", "/x")]))
        found = _discover(site, "/")
        assert found == [(site.url("/maps/news.xml"), "sitemap"), (site.url("/rss.xml"), "rss")]
        assert "/sitemap.xml" not in site.paths() and "/atom.xml" not in site.paths()


def test_a_feed_url_is_taken_directly_and_nothing_found_is_an_error() -> None:
    with Site() as site:
        site.add("/index.json", json.dumps({"version": "https://jsonfeed.org/version/1", "items": []}))
        site.add("/empty", "<html><body>nothing</body></html>")
        assert _discover(site, "/index.json") == [(site.url("/index.json"), "json")]
        with pytest.raises(FetchError) as caught:
            _discover(site, "/empty")
        assert caught.value.reason == "no-feeds"
