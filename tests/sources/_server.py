"""A real HTTP server on 127.0.0.1 for the sources tests: routes set per test, every request logged.

Each route can answer 304 to a matching If-None-Match / If-Modified-Since, fail first with
given statuses (429 with Retry-After ...), redirect, answer slowly, or stream a large body.
The log (time, path, headers) is what the tests assert on: what the client really sent.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Route:
    body: bytes = b""
    ctype: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    redirect: str | None = None
    delay: float = 0.0
    fail_first: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    chunked: bool = False


@dataclass
class Hit:
    at: float
    path: str
    headers: dict[str, str]


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client closing a kept-alive connection (or a size limit hanging up) is no error."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class Site:
    """``with Site() as site:``; ``site.add(path, ...)``, ``site.url(path)``, ``site.hits``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                headers = {k.lower(): v for k, v in self.headers.items()}
                with site.lock:
                    site.hits.append(Hit(time.monotonic(), self.path, headers))
                    route = site.routes.get(self.path) or site.routes.get(self.path.split("?")[0])
                    failure = route.fail_first.pop(0) if route and route.fail_first else None
                if route is None:
                    return self._send(404, {}, b"not found")
                if failure:
                    return self._send(failure[0], failure[1], b"try later")
                if route.delay:
                    time.sleep(route.delay)
                if route.redirect:
                    return self._send(301, {"Location": route.redirect}, b"")
                extra = {}
                if route.etag:
                    extra["ETag"] = route.etag
                if route.last_modified:
                    extra["Last-Modified"] = route.last_modified
                if (route.etag and headers.get("if-none-match") == route.etag) or (
                        route.last_modified and headers.get("if-modified-since") == route.last_modified):
                    return self._send(304, extra, b"")
                extra["Content-Type"] = route.ctype
                if route.chunked:
                    return self._chunked(route.status, extra, route.body)
                self._send(route.status, extra, route.body)

            def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    try:
                        self.wfile.write(body)
                    except (BrokenPipeError, ConnectionResetError):
                        pass  # the client stopped reading (a size limit): expected

            def _chunked(self, status: int, headers: dict[str, str], body: bytes) -> None:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                try:
                    for i in range(0, len(body), 65536):
                        part = body[i : i + 65536]
                        self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                    self.wfile.write(b"0\r\n\r\n")
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: Any) -> None:
                pass

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: str | bytes = b"", **kwargs: Any) -> Route:
        route = Route(body.encode("utf-8") if isinstance(body, str) else body, **kwargs)
        self.routes[path] = route
        return route

    def paths(self) -> list[str]:
        with self.lock:
            return [h.path for h in self.hits]

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def page(title: str, body: str, canonical: str | None = None, published: str = "2026-03-02") -> str:
    """A small article page (invented text) with an optional rel=canonical."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{link}'
            f'<meta property="article:published_time" content="{published}"></head>'
            f"<body><article><h1>{title}</h1>{paras}</article></body></html>")


def rss(base: str, items: list[tuple[str, str]]) -> str:
    """An RSS 2.0 feed of ``(title, path or URL)`` items."""
    entries = "".join(
        f"<item><title>{t}</title><link>{u if u.startswith('http') else base + u}</link>"
        f"<pubDate>Mon, 02 Mar 2026 10:00:00 +0000</pubDate></item>" for t, u in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title>{entries}</channel></rss>'


def atom(base: str, items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f'<entry><title>{t}</title><link href="{base + u}"/><id>tag:test,2026:{u}</id>'
        f"<updated>2026-03-03T09:00:00Z</updated></entry>" for t, u in items)
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Atom test</title><id>tag:test,2026:feed</id><updated>2026-03-03T09:00:00Z</updated>"
            f"{entries}</feed>")


def sitemap(base: str, paths: list[str], news: bool = True) -> str:
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    urls = "".join(
        f"<url><loc>{base + p}</loc>"
        + ("<news:news><news:publication_date>2026-03-04T08:00:00Z</news:publication_date>"
           "<news:title>T</news:title></news:news>" if news else "<lastmod>2026-03-04</lastmod>")
        + "</url>" for p in paths)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{ns}>{urls}</urlset>'


def sitemap_index(base: str, paths: list[str]) -> str:
    maps = "".join(f"<sitemap><loc>{base + p}</loc><lastmod>2026-03-05</lastmod></sitemap>" for p in paths)
    return ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{maps}</sitemapindex>")
