"""A demo news site on 127.0.0.1: a folder of articles served with robots.txt, RSS and a news sitemap.

``DemoSite.from_folder("examples/corpus")`` serves every article of a corpus folder as a page:
HTML files as they are, text files and JSONL feed items wrapped as simple HTML pages (with their
publication date in ``article:published_time``). The home page links the RSS feed
(``/rss.xml``) with ``rel=alternate``; robots.txt names the news sitemap
(``/news-sitemap.xml``) and disallows ``/private/``. Every response has an ETag and a
matching If-None-Match gets a 304, as a well-run site does. Dates come from the articles themselves
(newsdesk's extractor, no model needed).

    with DemoSite.from_folder(path) as site:     # a ThreadingHTTPServer in a thread
        ... site.url ...                          # e.g. http://127.0.0.1:40123/
        site.requests                             # (monotonic time, path, headers) of each request

For ``newsdesk demo``, tests and benchmarks: nothing leaves the machine.
"""

from __future__ import annotations

import hashlib
import html
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from newsdesk.errors import ExtractionError
from newsdesk.extract import extract
from newsdesk.ingest import iter_documents
from newsdesk.models import Document, IngestError, IngestWarning


@dataclass
class DemoPage:
    """One article page of the site: its path, headline, date (ISO) and HTML, and ``origin``:
    the corpus item it was made from (a file, or ``file:line`` of a JSONL feed)."""

    path: str
    title: str
    published: str | None
    html: str
    origin: str = ""


def wrap_text(title: str, text: str, published: str | None, publisher: str | None = None) -> str:
    """A plain-text article as a simple HTML page (one ``<p>`` per blank-line block), its date
    and publisher (what extraction read off the text) in meta tags, as a news site gives them."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    if paragraphs and paragraphs[0].strip() == title.strip():
        paragraphs = paragraphs[1:]
    body = "\n".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    article = f"<article><h1>{html.escape(title)}</h1>\n{body}\n</article>"
    return _page(title, _head_meta(published, publisher), article)


def _head_meta(published: str | None, publisher: str | None) -> str:
    meta = f'<meta property="article:published_time" content="{html.escape(published)}">' if published else ""
    if publisher:
        meta += f'<meta property="og:site_name" content="{html.escape(publisher)}">'
    return meta


def _page(title: str, meta: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}'
            f"</title>{meta}</head>\n<body>{body}</body></html>\n")


def _page_from_doc(path: str, doc: Document) -> DemoPage:
    article = extract(doc)
    title = article.title or doc.title or path
    published = article.published or doc.published
    if doc.kind == "text":
        content = wrap_text(title, doc.content, published, article.publisher)
    elif "<html" not in doc.content[:2000].lower():  # a fragment (a feed item's HTML): made a page
        content = _page(title, _head_meta(published, article.publisher), doc.content)
    else:
        content = doc.content
    return DemoPage(path, title, published, content, doc.source)


def pages_from_folder(folder: str | Path, skipped: list[str] | None = None) -> list[DemoPage]:
    """Every article under ``folder``, read as ``newsdesk ingest`` reads it (HTML, text, JSONL
    items, gzip): HTML served as it is, text wrapped. An item that cannot be read or extracted
    is left out, with why, in ``skipped``."""
    pages: list[DemoPage] = []
    for item in iter_documents([str(folder)]):
        if isinstance(item, IngestWarning):
            continue
        if isinstance(item, IngestError):
            if skipped is not None:
                skipped.append(f"{item.source}: {item.reason}")
            continue
        file, _, line = item.source.rpartition(":") if _is_line(item.source) else (item.source, "", "")
        stem = Path(file).name.split(".")[0]
        where = f"/wire/{stem}-{line}.html" if line else (
            f"/articles/{stem}.html" if item.kind == "html" else f"/reports/{stem}.html")
        try:
            pages.append(_page_from_doc(where, item))
        except ExtractionError as exc:
            if skipped is not None:
                skipped.append(f"{item.source}: {exc}")
    return pages


def _is_line(source: str) -> bool:
    """``path:N``: an item of a JSONL file."""
    head, _, tail = source.rpartition(":")
    return bool(head) and tail.isdigit()


class DemoSite:
    """The site, started on enter (ephemeral port) and stopped on exit."""

    def __init__(self, pages: list[DemoPage], host: str = "127.0.0.1", port: int = 0) -> None:
        self.pages = {p.path: p for p in pages}
        self.skipped: list[str] = []
        self.requests: list[tuple[float, str, dict[str, str]]] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                with site._lock:
                    site.requests.append((time.monotonic(), self.path, dict(self.headers.items())))
                status, ctype, body = site.respond(self.path.split("?", 1)[0])
                data = body.encode("utf-8")
                etag = f'"{hashlib.sha256(data).hexdigest()[:16]}"'
                if status == 200 and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer((host, port), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    @classmethod
    def from_folder(cls, folder: str | Path, **kwargs: Any) -> DemoSite:
        """The site of a corpus folder; ``site.skipped`` names the items it could not serve."""
        skipped: list[str] = []
        site = cls(pages_from_folder(folder, skipped), **kwargs)
        site.skipped = skipped
        return site

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/"

    def __enter__(self) -> DemoSite:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)

    # -- the site -----------------------------------------------------------------------------
    def respond(self, path: str) -> tuple[int, str, str]:
        if path == "/":
            return 200, "text/html; charset=utf-8", self.home()
        if path == "/robots.txt":
            robots = f"User-agent: *\nDisallow: /private/\n\nSitemap: {self.url}news-sitemap.xml\n"
            return 200, "text/plain", robots
        if path == "/rss.xml":
            return 200, "application/rss+xml", self.rss()
        if path == "/news-sitemap.xml":
            return 200, "application/xml", self.news_sitemap()
        page = self.pages.get(path)
        if page is None:
            return 404, "text/plain", "not found"
        return 200, "text/html; charset=utf-8", page.html

    def _newest(self) -> list[DemoPage]:
        return sorted(self.pages.values(), key=lambda p: p.published or "", reverse=True)

    def home(self) -> str:
        links = "\n".join(f'<li><a href="{p.path}">{html.escape(p.title)}</a></li>' for p in self._newest())
        return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
                "<title>newsdesk demo site</title>\n"
                '<link rel="alternate" type="application/rss+xml" title="Latest" href="/rss.xml">\n'
                f"</head><body><h1>newsdesk demo site</h1><ul>\n{links}\n</ul></body></html>\n")

    def rss(self) -> str:
        items = []
        for p in self._newest():
            date = f"<pubDate>{format_datetime(_when(p.published))}</pubDate>" if p.published else ""
            items.append(f"<item><title>{html.escape(p.title)}</title><link>{self.url[:-1]}{p.path}</link>"
                         f"<guid>{self.url[:-1]}{p.path}</guid>{date}</item>")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                f"<title>newsdesk demo site</title><link>{self.url}</link>"
                "<description>Demo corpus</description>\n"
                + "\n".join(items) + "\n</channel></rss>\n")

    def news_sitemap(self) -> str:
        urls = []
        for p in self._newest():
            date = f"<news:publication_date>{_when(p.published).isoformat()}</news:publication_date>" \
                if p.published else ""
            urls.append(f"<url><loc>{self.url[:-1]}{p.path}</loc><news:news><news:publication>"
                        "<news:name>newsdesk demo</news:name><news:language>en</news:language>"
                        f"</news:publication>{date}<news:title>{html.escape(p.title)}</news:title>"
                        "</news:news></url>")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
                + "\n".join(urls) + "\n</urlset>\n")


def _when(published: str | None) -> datetime:
    """An ISO date or date-time as an aware datetime (midnight UTC for a bare date)."""
    moment = datetime.fromisoformat(published or "1970-01-01")
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
