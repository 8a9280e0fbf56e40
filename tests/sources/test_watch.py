"""``watch_once`` and ``watch`` against real local sites: stored once, polite, resumable, robust.

The articles are invented for these tests. The spaCy model is needed to ingest (slow).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace

import httpx
import pytest
from spacy.language import Language

from newsdesk.config import WatchSettings
from newsdesk.sources.http import Fetcher
from newsdesk.sources.watch import WatchReport, watch, watch_once
from newsdesk.store import Store
from sources._server import Site, atom, page, rss, sitemap, sitemap_index

pytestmark = pytest.mark.slow

UA = "newsdesk-test/1.0 (+https://newsdesk.invalid/test)"
SETTINGS = WatchSettings(user_agent=UA, per_host_rps=50.0, timeout=2.0, max_bytes=60_000,
                         poll_interval=0, max_retries=2, batch_size=8)
TOPICS = [
    ("Harbour council approves ferry terminal", "Portville", "Mayor Helen Carter", "the ferry terminal"),
    ("Millbrook library reopens after flood", "Millbrook", "Librarian Tom Fischer", "the central library"),
    ("Nordvind wind farm doubles output", "Aarhus", "Chief executive Maria Lindqvist", "the wind farm"),
    ("Valley bridge closure extended to June", "Millbrook", "Engineer Priya Raman", "the stone bridge"),
    ("Coastal rail line to add night trains", "Seaford", "Operator chief Jonas Berg", "the rail line"),
    ("Regional hospital opens cancer wing", "Eastvale", "Director Amara Okafor", "the hospital"),
]


def article(n: int, canonical: str | None = None) -> str:
    title, town, who, what = TOPICS[n]
    surname = who.split()[-1]
    body = (f"{town.upper()} - {who} said on Tuesday that work on {what} in {town} would finish "
            f'this year.\n\n"This matters for every family in {town}," {surname} told reporters.\n\n'
            f"The council in {town} approved the budget for {what} after a long public consultation.")
    return page(title, body, canonical=canonical)


def assert_polite(times: list[float], paths: list[str]) -> None:
    """Requests to one host keep the per-host pace. The server stamps a request when its handler
    thread runs, so on a loaded machine one stamp can come late and squeeze the next gap; two
    consecutive gaps together still span at least one interval, which a missing pace would not."""
    interval = 1 / SETTINGS.per_host_rps
    gaps = [round(t2 - t1, 4) for t1, t2 in zip(times, times[1:], strict=False)]
    pairs = [g1 + g2 for g1, g2 in zip(gaps, gaps[1:], strict=False)] or gaps
    assert min(pairs) >= interval and sum(gaps) >= 0.8 * interval * len(gaps), (gaps, paths)


def store_urls(store: Store) -> list[str]:
    return sorted(d.url for i in range(1, store.counts()["documents"] + 1)
                  if (d := store.get_document(i)) is not None and d.url)


@pytest.fixture
def sites() -> Iterator[tuple[Site, Site, Site]]:
    with Site() as a, Site() as b, Site() as c:
        a.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", ctype="text/plain")
        a.add("/a0", article(0))
        a.add("/mirror/a0", article(0, canonical="/a0").replace("would finish", "will finish"))
        a.add("/private/p", article(5))
        a.add("/a1", article(1))
        a.add("/rss.xml", rss(a.base, [("Ferry", "/a0?utm_source=rss&utm_medium=feed"), ("Ferry", "/a0"),
                                       ("Ferry again", "/mirror/a0"), ("Hidden", "/private/p"),
                                       ("Library", "/a1")]),
              etag='"rss-1"', last_modified="Mon, 02 Mar 2026 10:00:00 GMT")
        b.add("/b2", article(2))
        b.add("/b3", article(3))
        b.add("/atom.xml", atom(b.base, [("Wind", "/b2")]), last_modified="Tue, 03 Mar 2026 09:00:00 GMT")
        b.add("/feed.json", '{"version": "https://jsonfeed.org/version/1.1", "title": "B", "items": '
                            f'[{{"id": "b3", "url": "{b.base}/b3", "title": "Bridge"}}]}}', etag='"j1"')
        c.add("/c4", article(4))
        c.add("/news-1.xml", sitemap(c.base, ["/c4"]))
        c.add("/sitemap.xml", sitemap_index(c.base, ["/news-1.xml"]), etag='"idx"')
        yield a, b, c


def follow(store: Store, a: Site, b: Site, c: Site) -> None:
    store.add_source(a.base + "/", [(a.url("/rss.xml"), "rss")], name="Harbour Gazette")
    store.add_source(b.base + "/", [(b.url("/atom.xml"), "atom"), (b.url("/feed.json"), "json")], name="B")
    store.add_source(c.base + "/", [(c.url("/sitemap.xml"), "sitemap")], name="C")


def test_watch_once_stores_each_article_once_politely(
    nlp: Language, store: Store, sites: tuple[Site, Site, Site]
) -> None:
    a, b, c = sites
    follow(store, a, b, c)
    report = watch_once(store, nlp, SETTINGS)
    assert report.errors == [] and report.ingest_errors == []
    assert (report.feeds_polled, report.stored, report.skipped, report.pending) == (4, 5, 1, 0)
    assert store_urls(store) == sorted([a.url("/a0"), a.url("/a1"), b.url("/b2"), b.url("/b3"), c.url("/c4")])
    # the same article through a tracking link and a mirror declaring rel=canonical: stored once
    assert a.paths().count("/a0") == 1 and a.paths().count("/mirror/a0") == 1 and report.duplicates == 1
    assert not any("utm_" in p for p in a.paths())  # tracking parameters are not sent back
    assert "/private/p" not in a.paths()  # robots.txt honoured
    for doc_id in store.analysed_article_ids():
        assert store.story_of(doc_id) is not None  # analysed and placed in a story
    assert len(store.analysed_article_ids()) == 5
    for site in sites:
        assert {h.headers["user-agent"] for h in site.hits} == {UA}
        assert_polite([h.at for h in site.hits], [h.path for h in site.hits])

    before = {id(s): len(s.hits) for s in sites}
    with Fetcher(SETTINGS) as fetcher:  # a long-running watch keeps its fetcher: robots.txt cached
        again = watch_once(store, nlp, SETTINGS, fetcher=fetcher)
        watch_once(store, nlp, SETTINGS, fetcher=fetcher)
    assert a.paths().count("/robots.txt") == 2  # once per fetcher
    assert (again.feeds_polled, again.not_modified, again.items_new, again.fetched) == (4, 4, 0, 0)
    second = [h for s in sites for h in s.hits[before[id(s)]:]]
    rss_poll = next(h for h in second if h.path == "/rss.xml")
    assert rss_poll.headers["if-none-match"] == '"rss-1"'
    assert rss_poll.headers["if-modified-since"] == "Mon, 02 Mar 2026 10:00:00 GMT"
    atom_poll = next(h for h in second if h.path == "/atom.xml")
    assert atom_poll.headers["if-modified-since"] == "Tue, 03 Mar 2026 09:00:00 GMT"
    feeds = {"/rss.xml", "/atom.xml", "/feed.json", "/sitemap.xml", "/robots.txt"}
    assert {h.path for h in second} == feeds  # no article fetched again, no child sitemap (304)
    health = {s.name: s for s in store.sources()}
    assert health["Harbour Gazette"].articles == 2 and health["Harbour Gazette"].error_rate == 0
    assert health["Harbour Gazette"].last_success is not None


def test_broken_sources_are_reported_and_the_others_go_on(nlp: Language, store: Store) -> None:
    with Site() as good, Site() as bad:
        good.add("/g", article(0))
        good.add("/big", page("Huge page", "word " * 30_000))
        good.add("/rss.xml", rss(good.base, [("Ferry", "/g"), ("Huge", "/big")]))
        bad.add("/broken.xml", "<rss version='2.0'><channel><item><title>x</ti", ctype="application/rss+xml")
        bad.add("/down.xml", "x", status=500)
        store.add_source(good.base + "/", [(good.url("/rss.xml"), "rss")], name="good")
        store.add_source(bad.base + "/", [(bad.url("/broken.xml"), "rss")], name="broken xml")
        store.add_source(bad.base + "/down", [(bad.url("/down.xml"), "rss")], name="500s")
        nowhere = "http://no-such-host.invalid/"
        store.add_source(nowhere, [(nowhere + "rss", "rss")], name="dns")
        settings = replace(SETTINGS, max_retries=2)
        with Fetcher(settings, client=httpx.Client(), sleep=lambda s: None) as fetcher:  # backoffs skipped
            report = watch_once(store, nlp, settings, fetcher=fetcher)
            assert store_urls(store) == [good.url("/g")]
            reasons = {(e.source, e.reason) for e in report.errors}
            assert reasons == {("broken xml", "bad-feed"), ("500s", "http-500"), ("dns", "network"),
                               ("good", "too-large")}
            assert any(good.url("/big") in e.url for e in report.errors)
            assert bad.paths().count("/down.xml") == 2  # retried max_retries times
            health = {s.name: s for s in store.sources()}
            assert health["500s"].errors == 1 and health["500s"].error_rate == 1.0
            assert "http-500" in (health["500s"].last_error or "") and health["good"].errors == 0
            assert report.pending == 1  # the huge page is retried next pass ...
            second = watch_once(store, nlp, settings, fetcher=fetcher)
        assert (second.failed, second.pending) == (1, 0)  # ... and given up after max_retries


class CrashOnThird(httpx.HTTPTransport):
    """A real transport that dies (like a killed process) on the third article request."""

    def __init__(self) -> None:
        super().__init__()
        self.articles = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/art"):
            self.articles += 1
            if self.articles == 3:
                raise RuntimeError("crash")
        return super().handle_request(request)


def test_interrupted_watch_resumes_with_pending_items_only(nlp: Language, store: Store) -> None:
    settings = replace(SETTINGS, batch_size=2)
    with Site() as site:
        for n in range(5):
            site.add(f"/art{n}", article(n))
        site.add("/rss.xml", rss(site.base, [(f"Article {n}", f"/art{n}") for n in range(5)]))
        store.add_source(site.base + "/", [(site.url("/rss.xml"), "rss")])
        with Fetcher(settings, client=httpx.Client(transport=CrashOnThird())) as crashing:
            with pytest.raises(RuntimeError, match="crash"):
                watch_once(store, nlp, settings, fetcher=crashing)
        assert len(store.pending_items()) == 3 and store.counts()["documents"] == 2  # first batch done
        done = {p for p in site.paths() if p.startswith("/art")}
        hits = len(site.hits)
        report = watch_once(store, nlp, settings)
        refetched = [h.path for h in site.hits[hits:] if h.path.startswith("/art")]
        assert sorted(refetched) == ["/art2", "/art3", "/art4"] and not done & set(refetched[1:])
        assert report.stored == 3 and store.counts()["documents"] == 5 and store.pending_items() == []


def test_watch_stops_when_told(nlp: Language, store: Store) -> None:
    with Site() as site:
        site.add("/rss.xml", rss(site.base, []))
        store.add_source(site.base + "/", [(site.url("/rss.xml"), "rss")])
        stop = threading.Event()
        reports: list[WatchReport] = []
        timer = threading.Timer(0.3, stop.set)
        timer.start()
        watch(store, nlp, replace(SETTINGS, poll_interval=3600), stop, on_report=reports.append)
        timer.cancel()
        assert stop.is_set() and len(reports) == 1 and reports[0].feeds_polled == 1
