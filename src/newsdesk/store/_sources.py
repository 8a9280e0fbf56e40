"""Sources and watching, in the store: followed sites, their feeds, the items feeds listed, seen URLs.

A mixin of ``Store``. The watcher (``newsdesk.sources.watch``) decides; this module keeps
its state, so a watch that stops at any point resumes from the ``pending`` items.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from newsdesk.models import Feed, FeedItem, Source, WatchItem

#: Days over which ``articles_per_day`` is averaged.
HEALTH_DAYS = 7
_FEED_COLUMNS = ("id, source_id, url, kind, etag, last_modified, last_polled, last_success, last_error,"
                 " last_error_at, polls, errors, consecutive_errors, next_poll")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SourcesStore:
    _conn: sqlite3.Connection

    # -- sources and feeds ----------------------------------------------------------------
    def add_source(
        self, url: str, feeds: Sequence[tuple[str, str]], name: str | None = None,
        country: str | None = None, language: str | None = None,
    ) -> tuple[int, bool]:
        """``(id, created)``: the source at ``url`` (a new row, or the one already there), with
        the ``(feed url, kind)`` feeds added that it did not have yet."""
        with self.transaction() as conn:  # type: ignore[attr-defined]
            row = conn.execute("SELECT id FROM sources WHERE url = ?", (url,)).fetchone()
            created = row is None
            if created:
                cur = conn.execute(
                    "INSERT INTO sources (url, name, country, language, added_at) VALUES (?,?,?,?,?)",
                    (url, name, country, language, _now()),
                )
                source_id = int(cur.lastrowid or 0)
            else:
                source_id = int(row[0])
            conn.executemany(
                "INSERT OR IGNORE INTO feeds (source_id, url, kind) VALUES (?,?,?)",
                [(source_id, feed_url, kind) for feed_url, kind in feeds],
            )
        return source_id, created

    def find_source(self, key: str | int) -> Source | None:
        """The source with this id, URL or (case-insensitive) name."""
        if isinstance(key, int) or str(key).isdigit():
            row = self._conn.execute("SELECT id FROM sources WHERE id = ?", (int(key),)).fetchone()
        else:
            row = self._conn.execute(
                "SELECT id FROM sources WHERE url = ? OR lower(name) = lower(?) ORDER BY id LIMIT 1",
                (key, key),
            ).fetchone()
        if row is None:
            return None
        return self.sources(source_id=int(row[0]))[0]

    def remove_source(self, source_id: int) -> bool:
        """Stop following a source (its feeds go; its stored articles and seen URLs stay)."""
        with self.transaction() as conn:  # type: ignore[attr-defined]
            return conn.execute("DELETE FROM sources WHERE id = ?", (source_id,)).rowcount > 0

    def sources(self, source_id: int | None = None) -> list[Source]:
        """Every source (or one), in the order added, with its feeds and health."""
        where, args = ("WHERE id = ?", (source_id,)) if source_id is not None else ("", ())
        rows = self._conn.execute(
            f"SELECT id, url, name, country, language, added_at FROM sources {where} ORDER BY id", args
        ).fetchall()
        found = [Source(*row) for row in rows]
        cutoff = (datetime.now(UTC) - timedelta(days=HEALTH_DAYS)).isoformat(timespec="seconds")
        for s in found:
            s.feeds = [Feed(*r) for r in self._conn.execute(
                f"SELECT {_FEED_COLUMNS} FROM feeds WHERE source_id = ? ORDER BY id", (s.id,))]
            s.polls = sum(f.polls for f in s.feeds)
            s.errors = sum(f.errors for f in s.feeds)
            s.last_success = max((f.last_success for f in s.feeds if f.last_success), default=None)
            failed = [f for f in s.feeds if f.last_error_at]
            if failed:
                latest = max(failed, key=lambda f: f.last_error_at or "")
                s.last_error, s.last_error_at = latest.last_error, latest.last_error_at
            s.articles, recent = self._conn.execute(
                "SELECT count(*), coalesce(sum(done_at >= ?), 0) FROM watch_items"
                " WHERE source_id = ? AND state = 'done' AND document_id IS NOT NULL",
                (cutoff, s.id),
            ).fetchone()
            s.articles_per_day = round(recent / _days_followed(s.added_at), 2)
        return found

    def due_feeds(self, now: str) -> list[Feed]:
        """Feeds never polled or due at ``now`` (ISO), the longest waiting first."""
        return [Feed(*r) for r in self._conn.execute(
            f"SELECT {_FEED_COLUMNS} FROM feeds WHERE next_poll IS NULL OR next_poll <= ?"
            " ORDER BY next_poll IS NOT NULL, next_poll, id", (now,))]

    def next_poll(self) -> str | None:
        """When the next feed is due (ISO; now for a feed never polled), None when no feed is followed."""
        row = self._conn.execute("SELECT min(coalesce(next_poll, ?)) FROM feeds", (_now(),)).fetchone()
        return row[0] if row else None

    def record_poll(
        self, feed_id: int, at: str, next_poll: str, error: str | None = None,
        etag: str | None = None, last_modified: str | None = None, validators: bool = False,
    ) -> None:
        """One poll of a feed: its outcome, when it is due again and (``validators``) its new
        ETag / Last-Modified."""
        with self.transaction() as conn:  # type: ignore[attr-defined]
            if error is None:
                conn.execute(
                    "UPDATE feeds SET polls = polls + 1, last_polled = ?, last_success = ?,"
                    " consecutive_errors = 0, next_poll = ? WHERE id = ?", (at, at, next_poll, feed_id))
            else:
                conn.execute(
                    "UPDATE feeds SET polls = polls + 1, errors = errors + 1, last_polled = ?,"
                    " last_error = ?, last_error_at = ?, consecutive_errors = consecutive_errors + 1,"
                    " next_poll = ? WHERE id = ?", (at, error, at, next_poll, feed_id))
            if validators:
                conn.execute("UPDATE feeds SET etag = ?, last_modified = ? WHERE id = ?",
                             (etag, last_modified, feed_id))

    # -- items ----------------------------------------------------------------------------
    def add_watch_items(
        self, source_id: int, feed_id: int, items: Sequence[tuple[str, FeedItem]]
    ) -> int:
        """Record ``(key, item)`` pairs not seen before as pending (as duplicates when their URL
        is a page already stored); returns how many are new and pending."""
        added = 0
        with self.transaction() as conn:  # type: ignore[attr-defined]
            for key, item in items:
                seen = self._seen(key)
                cur = conn.execute(
                    "INSERT OR IGNORE INTO watch_items (key, source_id, feed_id, url, guid, title,"
                    " published, state, seen_at, done_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (key, source_id, feed_id, item.url, item.guid, item.title, item.published,
                     "duplicate" if seen else "pending", _now(), _now() if seen else None),
                )
                added += cur.rowcount > 0 and not seen
        return added

    def pending_items(self, limit: int | None = None) -> list[WatchItem]:
        """Items recorded but not yet stored, oldest first (an interrupted watch left them)."""
        rows = self._conn.execute(
            "SELECT id, url, source_id, feed_id, title, published, attempts FROM watch_items"
            " WHERE state = 'pending' ORDER BY id LIMIT ?", (-1 if limit is None else limit,))
        return [WatchItem(*r) for r in rows]

    def finish_item(
        self, item_id: int, state: str, document_id: int | None = None,
        urls: Sequence[str] = (), error: str | None = None,
    ) -> None:
        """Close an item (done, duplicate, skipped, failed); ``urls`` become seen URLs."""
        with self.transaction() as conn:  # type: ignore[attr-defined]
            conn.execute(
                "UPDATE watch_items SET state = ?, document_id = ?, canonical_url = ?, error = ?,"
                " done_at = ? WHERE id = ?",
                (state, document_id, urls[0] if urls else None, error, _now(), item_id),
            )
            if state == "done":
                conn.executemany(
                    "INSERT OR IGNORE INTO seen_urls (url, document_id, at) VALUES (?,?,?)",
                    [(u, document_id, _now()) for u in dict.fromkeys(urls)],
                )

    def retry_item(self, item_id: int, error: str, max_attempts: int) -> bool:
        """Count a failed fetch; the item stays pending until ``max_attempts``. True: given up."""
        with self.transaction() as conn:  # type: ignore[attr-defined]
            conn.execute(
                "UPDATE watch_items SET attempts = attempts + 1, error = ?,"
                " state = CASE WHEN attempts + 1 >= ? THEN 'failed' ELSE state END,"
                " done_at = CASE WHEN attempts + 1 >= ? THEN ? ELSE done_at END WHERE id = ?",
                (error, max_attempts, max_attempts, _now(), item_id),
            )
            row = conn.execute("SELECT state FROM watch_items WHERE id = ?", (item_id,)).fetchone()
        return bool(row and row[0] == "failed")

    def is_seen_url(self, url: str) -> bool:
        return self._seen(url)

    def _seen(self, url: str) -> bool:
        return self._conn.execute("SELECT 1 FROM seen_urls WHERE url = ?", (url,)).fetchone() is not None

    def watch_counts(self) -> dict[str, int]:
        """Items by state (pending, done, duplicate, skipped, failed)."""
        return dict(self._conn.execute("SELECT state, count(*) FROM watch_items GROUP BY state").fetchall())


def _days_followed(added_at: str | None) -> float:
    """Days in the health window: HEALTH_DAYS, or fewer (at least one) for a new source."""
    if not added_at:
        return float(HEALTH_DAYS)
    age = (datetime.now(UTC) - datetime.fromisoformat(added_at)).total_seconds() / 86400
    return max(1.0, min(float(HEALTH_DAYS), age))
