"""Watching sources: poll the due feeds, fetch each new article page, ingest it as it arrives.

``watch_once`` is one pass (what ``newsdesk watch --once`` and a scheduler call);
``watch`` loops until its stop event is set, checked between every two requests and in every
wait, so SIGTERM stops it within a request (plus the analysis of the pages already fetched).

Resuming: every item a feed lists is recorded as ``pending`` before any page is fetched, and
marked done once its page is stored (in the same run of the pipeline that stores it). A watch
that stops or crashes leaves only pending items, and the next pass fetches exactly those first.
One article never enters twice: items are keyed by their canonical URL, the page's own
canonical URL is checked against the URLs already stored, and the ingest skips known content.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from spacy.language import Language

from newsdesk.config import WatchSettings, load_watch_settings
from newsdesk.ingest import content_hash, normalize_content
from newsdesk.models import Document, Feed, FeedItem, WatchItem
from newsdesk.pipeline import ItemError, ingest_documents
from newsdesk.sources.canonical import canonicalize, page_canonical
from newsdesk.sources.feeds import newest, parse_feed
from newsdesk.sources.http import Fetcher, FetchError, Response, Stopped
from newsdesk.store import Store

#: Child sitemaps of a sitemap index read per poll (the most recently modified).
MAX_CHILD_SITEMAPS = 5
#: A failing feed's next poll waits up to this many poll intervals.
MAX_BACKOFF_FACTOR = 8


@dataclass
class SourceError:
    """A feed or page that failed in this pass: its source (name or URL), the URL, and why."""

    source: str
    url: str
    reason: str
    detail: str = ""


@dataclass
class WatchReport:
    """What one pass did. ``stored`` counts new documents (and new versions); ``duplicates``
    pages already stored (same canonical URL or content); ``pending`` items left for later."""

    feeds_polled: int = 0
    not_modified: int = 0
    items_new: int = 0
    fetched: int = 0
    stored: int = 0
    analysed: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0
    pending: int = 0
    requests: int = 0
    stopped: bool = False
    errors: list[SourceError] = field(default_factory=list)
    ingest_errors: list[ItemError] = field(default_factory=list)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def item_key(item: FeedItem, base: str) -> str:
    """The identity of a feed item: its canonical URL (the feed parsers skip items without a link)."""
    return canonicalize(item.url, base=base)


class _Pass:
    """One pass over the due feeds and the pending items, sharing a fetcher and a report."""

    def __init__(self, store: Store, nlp: Language, settings: WatchSettings, fetcher: Fetcher) -> None:
        self.store, self.nlp, self.settings, self.fetcher = store, nlp, settings, fetcher
        self.report = WatchReport()
        self.tried: set[int] = set()
        self.names = {s.id: s.name or s.url for s in store.sources()}

    def run(self) -> WatchReport:
        start = self.fetcher.requests
        try:
            self.drain()
            for feed in self.store.due_feeds(_iso(datetime.now(UTC))):
                self.fetcher.wait(0)
                self.poll(feed)
                self.drain()
        except Stopped:
            self.report.stopped = True
        self.report.pending = len(self.store.pending_items())
        self.report.requests = self.fetcher.requests - start
        return self.report

    # -- feeds ------------------------------------------------------------------------
    def poll(self, feed: Feed) -> None:
        now = datetime.now(UTC)
        interval = self.settings.poll_interval
        self.report.feeds_polled += 1
        try:
            response = self.fetcher.get(feed.url, feed.etag, feed.last_modified)
            if response.not_modified:
                self.report.not_modified += 1
                self.store.record_poll(feed.id, _iso(now), _iso(now + timedelta(seconds=interval)))
                return
            items = self._items(feed, response)
        except FetchError as exc:
            factor = min(2 ** (feed.consecutive_errors + 1), MAX_BACKOFF_FACTOR)
            self.store.record_poll(feed.id, _iso(now), _iso(now + timedelta(seconds=interval * factor)),
                                   error=str(exc))
            self._error(feed.source_id, exc)
            return
        keyed = []  # the page is fetched at its canonical URL: no tracking parameters sent back
        for item in newest(items, self.settings.max_items_per_feed):
            key = item_key(item, feed.url)
            keyed.append((key, replace(item, url=key)))
        self.report.items_new += self.store.add_watch_items(feed.source_id, feed.id, keyed)
        self.store.record_poll(
            feed.id, _iso(now), _iso(now + timedelta(seconds=interval)), validators=True,
            etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"),
        )

    def _items(self, feed: Feed, response: Response) -> list[FeedItem]:
        parsed = parse_feed(response.body, feed.url)
        items = list(parsed.items)
        children = sorted(parsed.sitemaps, key=lambda s: s[1] or "", reverse=True)[:MAX_CHILD_SITEMAPS]
        for child, _ in children:
            url = canonicalize(child, base=feed.url)
            try:
                items += parse_feed(self.fetcher.get(url).body, url).items
            except FetchError as exc:  # one broken child sitemap: the others still count
                self._error(feed.source_id, exc)
        return items

    # -- article pages ------------------------------------------------------------------
    def drain(self) -> None:
        """Fetch and ingest every pending item not yet tried in this pass.

        A thread downloads the pages (HTTP only, no store) up to two batches ahead while this
        thread analyses and stores them a batch at a time, so the waits of the rate limit and
        of the network overlap the analysis. Whatever stops the downloads (the stop event, a
        crash) is raised here after the pages already downloaded are stored.
        """
        todo = [i for i in self.store.pending_items() if i.id not in self.tried]
        if not todo:
            return
        self.tried.update(i.id for i in todo)
        size = max(1, self.settings.batch_size)
        results: queue.Queue[tuple[WatchItem | None, Any]] = queue.Queue(maxsize=2 * size)
        quit_ = threading.Event()

        def produce() -> None:
            try:
                for item in todo:
                    if quit_.is_set():
                        return
                    results.put((item, self._download(item)))
                results.put((None, None))
            except BaseException as exc:  # noqa: BLE001 - Stopped or a crash: re-raised by the consumer
                results.put((None, exc))

        thread = threading.Thread(target=produce, name="newsdesk-watch-fetch", daemon=True)
        thread.start()
        batch: list[tuple[WatchItem, Document, list[str]]] = []
        seen: set[str] = set()
        try:
            while True:
                item, result = results.get()
                if item is None or len(batch) >= size:
                    self._ingest(batch)
                    batch = []
                if item is None:
                    if result is not None:
                        raise result
                    return
                if isinstance(result, FetchError):
                    self._failed(item, result)
                    continue
                doc, urls = result
                if urls[0] in seen or self.store.is_seen_url(urls[0]):
                    self.store.finish_item(item.id, "duplicate", urls=urls[:1])
                    self.report.duplicates += 1
                    continue
                seen.add(urls[0])
                self.report.fetched += 1
                batch.append((item, doc, urls))
        finally:
            quit_.set()
            while thread.is_alive():  # unblock a producer waiting on a full queue
                with contextlib.suppress(queue.Empty):
                    results.get(timeout=0.05)
            thread.join()

    def _failed(self, item: WatchItem, exc: FetchError) -> None:
        if exc.reason == "robots":
            self.store.finish_item(item.id, "skipped", error=str(exc))
            self.report.skipped += 1
        else:
            self.report.failed += self.store.retry_item(item.id, str(exc), self.settings.max_retries)
            self._error(item.source_id, exc)

    def _download(self, item: WatchItem) -> tuple[Document, list[str]] | FetchError:
        """The item's page as a Document with its URLs (canonical first), or why not (no store)."""
        self.fetcher.wait(0)  # raises Stopped once the stop event is set
        try:
            response = self.fetcher.get(item.url)
            text = response.text()
        except FetchError as exc:
            return exc
        html = "html" in response.headers.get("content-type", "html")
        canonical = page_canonical(text, response.final_url) if html else canonicalize(response.final_url)
        urls = list(dict.fromkeys([canonical, canonicalize(item.url), canonicalize(response.final_url)]))
        doc = Document(
            source=item.url, kind="html" if html else "text", content=normalize_content(text),
            url=canonical, title=item.title, published=item.published,
            publisher=self.names.get(item.source_id or -1), content_hash=content_hash(text),
        )
        return doc, urls

    def _ingest(self, fetched: list[tuple[WatchItem, Document, list[str]]]) -> None:
        if not fetched:
            return
        result = ingest_documents((doc for _, doc, _ in fetched), self.store, self.nlp,
                                  batch_size=self.settings.batch_size)
        self.report.stored += result.new + result.versions
        self.report.analysed += result.analysed
        self.report.duplicates += result.duplicates
        self.report.ingest_errors += result.errors
        for item, doc, urls in fetched:
            self.store.finish_item(item.id, "done", self.store.find_hash(doc.content_hash), urls)

    def _error(self, source_id: int | None, exc: FetchError) -> None:
        name = self.names.get(source_id or -1, "?")
        self.report.errors.append(SourceError(name, exc.url, exc.reason, exc.detail))


def watch_once(
    store: Store, nlp: Language, settings: WatchSettings | None = None,
    fetcher: Fetcher | None = None, stop: threading.Event | None = None,
) -> WatchReport:
    """One pass: pending items first (an interrupted pass left them), then every due feed
    polled and its new items fetched and ingested. Failures are in the report, never raised."""
    settings = settings or load_watch_settings()
    if fetcher is not None:
        return _Pass(store, nlp, settings, fetcher).run()
    with Fetcher(settings, stop=stop) as own:
        return _Pass(store, nlp, settings, own).run()


def watch(
    store: Store, nlp: Language, settings: WatchSettings | None, stop: threading.Event,
    fetcher: Fetcher | None = None, on_report: object = None,
) -> None:
    """Pass after pass until ``stop`` is set, sleeping until the next feed is due in between.

    ``on_report(report)`` (a callable) is given each pass's report.
    """
    settings = settings or load_watch_settings()
    own = fetcher is None
    fetcher = fetcher or Fetcher(settings, stop=stop)
    try:
        while not stop.is_set():
            report = watch_once(store, nlp, settings, fetcher=fetcher)
            if callable(on_report):
                on_report(report)
            stop.wait(_seconds_until(store.next_poll(), settings.poll_interval))
    finally:
        if own:
            fetcher.close()


def _seconds_until(due: str | None, interval: float) -> float:
    """Seconds to the next due poll, between 1 second and one poll interval."""
    if not due:
        return max(1.0, interval)
    wait = (datetime.fromisoformat(due) - datetime.now(UTC)).total_seconds()
    return min(max(1.0, wait), max(1.0, interval))
