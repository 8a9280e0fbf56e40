"""The polite fetcher against a real local server: what the server saw is what is asserted."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import httpx
import pytest

from newsdesk.config import WatchSettings
from newsdesk.sources.http import Fetcher, FetchError, retry_after
from sources._server import Site

UA = "newsdesk-test/9.9 (+https://newsdesk.invalid/test)"
SETTINGS = WatchSettings(user_agent=UA, per_host_rps=20.0, timeout=0.5, max_bytes=50_000, max_retries=3)


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as s:
        s.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", ctype="text/plain")
        yield s


def fetcher(settings: WatchSettings = SETTINGS, sleeps: list[float] | None = None) -> Fetcher:
    """A fetcher whose waits are recorded and cut short (the server's clock still runs for real)."""
    import time

    def sleep(seconds: float) -> None:
        if sleeps is not None:
            sleeps.append(seconds)
        time.sleep(min(seconds, 0.06))

    return Fetcher(settings, client=httpx.Client(), sleep=sleep)


def test_user_agent_and_conditional_get(site: Site) -> None:
    site.add("/feed.xml", "<rss/>", etag='"v1"', last_modified="Mon, 02 Mar 2026 10:00:00 GMT")
    with fetcher() as f:
        first = f.get(site.url("/feed.xml"))
        second = f.get(site.url("/feed.xml"), first.headers.get("etag"), first.headers.get("last-modified"))
    assert first.status == 200 and first.body == b"<rss/>"
    assert second.not_modified
    feed_hits = [h for h in site.hits if h.path == "/feed.xml"]
    assert all(h.headers["user-agent"] == UA for h in site.hits)
    assert "if-none-match" not in feed_hits[0].headers
    assert feed_hits[1].headers["if-none-match"] == '"v1"'
    assert feed_hits[1].headers["if-modified-since"] == "Mon, 02 Mar 2026 10:00:00 GMT"


def test_robots_disallowed_is_never_requested(site: Site) -> None:
    site.add("/private/secret.html", "no")
    with fetcher() as f, pytest.raises(FetchError) as caught:
        f.get(site.url("/private/secret.html"))
    assert caught.value.reason == "robots"
    assert "/private/secret.html" not in site.paths()
    assert site.paths().count("/robots.txt") == 1


def test_missing_robots_allows_everything() -> None:
    with Site() as s, fetcher() as f:
        s.add("/a.html", "ok")
        assert f.get(s.url("/a.html")).body == b"ok"
        assert s.paths() == ["/robots.txt", "/a.html"]


def test_429_retry_after_is_honoured(site: Site) -> None:
    site.add("/busy", "done", fail_first=[(429, {"Retry-After": "2"})])
    sleeps: list[float] = []
    with fetcher(sleeps=sleeps) as f:
        assert f.get(site.url("/busy")).body == b"done"
    assert site.paths().count("/busy") == 2
    assert max(sleeps) >= 1.9  # waited (what it was asked) before the retry


def test_503_with_http_date_then_gives_up(site: Site) -> None:
    site.add("/down", "x", fail_first=[(503, {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})] * 5)
    with fetcher() as f, pytest.raises(FetchError) as caught:
        f.get(site.url("/down"))
    assert caught.value.reason == "http-503" and caught.value.url.endswith("/down")
    assert site.paths().count("/down") == SETTINGS.max_retries


def test_retry_after_forms() -> None:
    assert retry_after("120") == 120.0
    assert retry_after("Thu, 01 Jan 2026 00:01:00 GMT", now=1767225600.0) == 60.0
    assert retry_after(None) is None and retry_after("soon") is None


def test_redirects_followed_and_bounded(site: Site) -> None:
    site.add("/old", redirect="/new")
    site.add("/new", "here")
    site.add("/loop1", redirect="/loop2")
    site.add("/loop2", redirect="/loop1")
    with fetcher() as f:
        response = f.get(site.url("/old"))
        assert response.body == b"here" and response.final_url.endswith("/new")
        with pytest.raises(FetchError) as caught:
            f.get(site.url("/loop1"))
    assert caught.value.reason == "too-many-redirects"
    assert site.paths().count("/loop1") + site.paths().count("/loop2") == SETTINGS.max_redirects + 1


def test_redirect_to_disallowed_path_is_not_followed(site: Site) -> None:
    site.add("/go", redirect="/private/x")
    site.add("/private/x", "no")
    with fetcher() as f, pytest.raises(FetchError) as caught:
        f.get(site.url("/go"))
    assert caught.value.reason == "robots" and "/private/x" not in site.paths()


def test_slow_response_times_out(site: Site) -> None:
    site.add("/slow", "late", delay=1.5)
    with fetcher() as f, pytest.raises(FetchError) as caught:
        f.get(site.url("/slow"))
    assert caught.value.reason == "timeout" and "/slow" in str(caught.value)


@pytest.mark.parametrize("chunked", [False, True])
def test_oversized_body_is_refused_naming_the_url(site: Site, chunked: bool) -> None:
    site.add("/huge", b"x" * 300_000, chunked=chunked)
    with fetcher() as f, pytest.raises(FetchError) as caught:
        f.get(site.url("/huge"))
    assert caught.value.reason == "too-large"
    assert site.url("/huge") in str(caught.value)


def test_requests_to_one_host_are_spaced(site: Site) -> None:
    for n in range(8):
        site.add(f"/p{n}", "ok")
    settings = replace(SETTINGS, per_host_rps=20.0)
    with Fetcher(settings, client=httpx.Client()) as f:  # real sleep: the spacing is the property
        for n in range(8):
            f.get(site.url(f"/p{n}"))
    times = [h.at for h in site.hits]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert len(times) == 9  # robots.txt + 8 pages, all on one host's budget
    interval = 1 / settings.per_host_rps
    # measured where the requests arrive, so each gap carries the jitter of two arrivals (a
    # loaded machine delays one by 10 ms and more); over the run that jitter cancels out, and
    # an unspaced burst would still show gaps of a millisecond or two
    assert times[-1] - times[0] >= 8 * interval * 0.9
    assert min(gaps) >= interval * 0.4


def test_dns_failure_is_a_fetch_error() -> None:
    with fetcher() as f, pytest.raises(FetchError) as caught:
        f.get("http://no-such-host.invalid/feed")
    assert caught.value.reason in ("network", "http-503") and "no-such-host.invalid" in str(caught.value)
