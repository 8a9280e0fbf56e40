"""The HTTP client of ``newsdesk watch``: a polite fetcher over an injectable ``httpx.Client``.

Politeness is enforced here, for every request (feeds, robots.txt, article pages alike):
robots.txt is read once per host and honoured (its Crawl-delay too); requests to one host are
spaced at least ``1 / per_host_rps`` seconds apart; 429 and 5xx are retried after the
Retry-After the server asked for (seconds or an HTTP date), else after an exponential backoff;
bodies are streamed and refused past ``max_bytes``; redirects are followed one hop at a time
(each hop rate-limited and checked against robots.txt), at most ``max_redirects``.

``clock`` and ``sleep`` are injectable so tests run fast against a real local server;
``stop`` (a ``threading.Event``) ends any wait at once with ``Stopped``.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import cast
from urllib.parse import urljoin, urlsplit

import httpx

from newsdesk.config import WatchSettings
from newsdesk.errors import NewsdeskError
from newsdesk.ingest import DecodeError, decode
from newsdesk.sources.canonical import host_of

#: Longest wait a Retry-After may ask for; a server asking more is an error for this pass.
MAX_RETRY_AFTER = 300.0
#: Seconds a host's robots.txt is kept (a failed read is retried after ``_ROBOTS_RETRY``).
ROBOTS_TTL = 24 * 3600.0
_ROBOTS_RETRY = 300.0
_REDIRECTS = (301, 302, 303, 307, 308)
_RETRYABLE = (429, 500, 502, 503, 504)


class FetchError(NewsdeskError):
    """A request that failed: the URL, a short reason code and what happened."""

    def __init__(self, url: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{url}: {reason}" + (f" ({detail})" if detail else ""))
        self.url, self.reason, self.detail = url, reason, detail


class Stopped(Exception):
    """The watch was asked to stop while waiting."""


@dataclass
class Response:
    """A 200 (with its body) or a 304 (``not_modified``) after redirects."""

    url: str
    final_url: str
    status: int
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    body: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        """The body as text: the charset of the Content-Type if it reads, else detected."""
        charset = httpx.Response(200, headers=self.headers).charset_encoding
        if charset:
            try:
                return self.body.decode(charset)
            except (LookupError, UnicodeDecodeError):
                pass
        try:
            return decode(self.body).text
        except DecodeError as exc:
            raise FetchError(self.final_url, exc.reason, exc.detail) from None


@dataclass
class _Robots:
    parser: urllib.robotparser.RobotFileParser | None
    allow_all: bool
    expires: float
    error: FetchError | None = None  # robots.txt could not be read: nothing is fetched (for now)


class Fetcher:
    """Polite GETs for one watch: rate limits and robots.txt shared across all its requests."""

    def __init__(
        self, settings: WatchSettings, client: httpx.Client | None = None,
        clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], object] | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        self.settings = settings
        self.stop = stop or threading.Event()
        self.clock = clock
        self._sleep = sleep or self.stop.wait
        self._own_client = client is None
        self.client = client or httpx.Client()
        self._next: dict[str, float] = {}
        self._delay: dict[str, float] = {}
        self._robots: dict[str, _Robots] = {}
        self.requests = 0

    def close(self) -> None:
        if self._own_client:
            self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- waiting ----------------------------------------------------------------------
    def wait(self, seconds: float) -> None:
        """Sleep (the injected sleep), raising ``Stopped`` as soon as the stop event is set."""
        if self.stop.is_set():
            raise Stopped
        if seconds > 0:
            self._sleep(seconds)
        if self.stop.is_set():
            raise Stopped

    def _turn(self, host: str) -> None:
        """Wait until ``host`` may be asked again, and book the next slot."""
        interval = max(1.0 / self.settings.per_host_rps, self._delay.get(host, 0.0))
        ready = self._next.get(host, 0.0)
        now = self.clock()
        if ready > now:
            self.wait(ready - now)
            now = max(self.clock(), ready)
        self._next[host] = now + interval

    def _hold(self, host: str, seconds: float) -> None:
        self._next[host] = max(self._next.get(host, 0.0), self.clock() + seconds)

    # -- robots.txt ----------------------------------------------------------------------
    def allowed(self, url: str) -> bool:
        """True when the host's robots.txt lets our user agent fetch ``url`` (none: all allowed).

        A robots.txt that cannot be read (host unreachable, 401/403, 5xx) allows nothing: the
        error is raised as the request's own, naming the URL, and asked again after 5 minutes.
        """
        robots = self._robots_for(url)
        if robots.error is not None:
            raise FetchError(url, robots.error.reason, f"robots.txt unavailable: {robots.error.detail}")
        if robots.allow_all or robots.parser is None:
            return True
        return robots.parser.can_fetch(self.settings.user_agent, url)

    def sitemaps(self, url: str) -> list[str]:
        """The ``Sitemap:`` lines of the host's robots.txt."""
        robots = self._robots_for(url)
        return list(robots.parser.site_maps() or []) if robots.parser else []

    def _robots_for(self, url: str) -> _Robots:
        host = host_of(url)
        cached = self._robots.get(host)
        if cached and cached.expires > self.clock():
            return cached
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{host}/robots.txt"
        robots = _Robots(None, False, self.clock() + ROBOTS_TTL)
        try:
            response = self.get(robots_url, robots=False)
        except FetchError as exc:
            if exc.reason.startswith("http-4") and exc.reason not in ("http-401", "http-403", "http-429"):
                robots.allow_all = True  # no robots.txt: everything allowed
            else:  # unreachable, refused or failing: nothing is fetched, ask again later
                robots.error, robots.expires = exc, self.clock() + _ROBOTS_RETRY
        else:
            parser = urllib.robotparser.RobotFileParser(robots_url)
            try:
                parser.parse(response.text().splitlines())
            except FetchError:
                robots.allow_all = True
            robots.parser = parser
            delay = parser.crawl_delay(self.settings.user_agent)
            if delay:
                self._delay[host] = min(float(delay), MAX_RETRY_AFTER)
        self._robots[host] = robots
        return robots

    # -- GET ------------------------------------------------------------------------------
    def get(
        self, url: str, etag: str | None = None, last_modified: str | None = None, robots: bool = True
    ) -> Response:
        """GET ``url`` politely; a 304 when the validators match; FetchError on any failure."""
        headers = {"User-Agent": self.settings.user_agent,
                   "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(self.settings.max_redirects + 1):
            if robots and not self.allowed(current):
                raise FetchError(current, "robots", "disallowed by robots.txt")
            status, response = self._attempts(current, headers)
            if status in _REDIRECTS:
                current = urljoin(current, cast(str, response))
                continue
            assert isinstance(response, Response)
            response.url = url
            return response
        raise FetchError(url, "too-many-redirects", f"more than {self.settings.max_redirects}")

    def _attempts(self, url: str, headers: dict[str, str]) -> tuple[int, Response | str]:
        """One hop with its retries: ``(status, Response)`` or ``(3xx, Location)``."""
        host = host_of(url)
        attempts = max(1, self.settings.max_retries)
        for attempt in range(attempts):
            self._turn(host)
            status, result, retry_after = self._once(url, headers)
            if status not in _RETRYABLE:
                return status, result
            delay = retry_after if retry_after is not None else min(60.0, 2.0**attempt)
            if attempt + 1 >= attempts or delay > MAX_RETRY_AFTER:
                break
            self._hold(host, delay)
        detail = f"after {attempts} attempt{'s' if attempts > 1 else ''}"
        raise FetchError(url, f"http-{status}", detail)

    def _once(self, url: str, headers: dict[str, str]) -> tuple[int, Response | str, float | None]:
        self.requests += 1
        limit = self.settings.max_bytes
        try:
            with self.client.stream("GET", url, headers=headers, timeout=self.settings.timeout,
                                    follow_redirects=False) as r:
                if r.status_code in _REDIRECTS:
                    location = r.headers.get("location")
                    if not location:
                        raise FetchError(url, f"http-{r.status_code}", "redirect without a Location")
                    return r.status_code, location, None
                if r.status_code in _RETRYABLE:
                    return r.status_code, "", retry_after(r.headers.get("retry-after"))
                if r.status_code == 304:
                    return 304, Response(url, url, 304, r.headers), None
                if r.status_code != 200:
                    raise FetchError(url, f"http-{r.status_code}", r.reason_phrase)
                declared = r.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise FetchError(url, "too-large", f"Content-Length {declared} > max_bytes {limit}")
                body = bytearray()
                for chunk in r.iter_bytes():
                    body += chunk
                    if len(body) > limit:
                        raise FetchError(url, "too-large", f"more than max_bytes {limit} bytes")
                return 200, Response(url, str(r.url), 200, r.headers, bytes(body)), None
        except httpx.TimeoutException as exc:
            detail = f"{type(exc).__name__} after {self.settings.timeout:g} s"
            raise FetchError(url, "timeout", detail) from None
        except httpx.HTTPError as exc:
            raise FetchError(url, "network", f"{type(exc).__name__}: {exc}") from None


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds a Retry-After header asks to wait (delta-seconds or an HTTP date), None if absent."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))
