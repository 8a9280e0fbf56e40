"""Attention analytics in the manner of Media Cloud: a query's articles per day (raw and as a
share of all the day's articles), its top outlets, people, places and terms, a day's stories.

Why it stays fast on a large store: the day of an article and its outlet come from the index
``articles(published, publisher)`` (migration 0014), so a year is one index range scan, never a
read of article rows (their text spans overflow pages). The query's matches (``_match``: FTS5
rowids and indexed id sets) are built once per statement as an ephemeral set that each index
entry of the range probes; the day totals come from the same scan. Top people and places read
the index ``article_entities(article_id, entity_id)``; past ``EXACT_ARTICLES`` matching articles
they read a deterministic, evenly spread sample of them, as top terms always do (``_terms``).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta

from newsdesk.errors import QueryError
from newsdesk.store._analytics_records import (
    Attention,
    Copies,
    DayCount,
    DayStories,
    DayStory,
    TopItem,
    TopKind,
    TopList,
)
from newsdesk.store._budget import bounded
from newsdesk.store._match import Match, compile_query
from newsdesk.store._terms import BODY_CHARS, top_terms

KINDS: tuple[TopKind, ...] = ("outlets", "people", "places", "terms")
COPIES: tuple[str, ...] = ("once", "all")
PEOPLE_TYPES = ("PERSON",)
PLACE_TYPES = ("GPE", "LOC", "FAC")
#: Matching articles read exactly for top people and places; beyond, a sample of this size.
EXACT_ARTICLES = 5_000
#: Matching articles whose words are counted for top terms.
TERMS_SAMPLE = 500
#: Queries side by side in one attention request.
MAX_QUERIES = 8
_HASH = "((a.id * 2654435761) % 4294967296)"  # an article id spread evenly over 0..2**32
_NOT_COPY = " AND a.id NOT IN (SELECT article_id FROM copy_links)"
_TOTALS: dict[tuple[object, ...], dict[str, int]] = {}
_TOTALS_LOCK = threading.Lock()


class AnalyticsStore:
    _conn: sqlite3.Connection
    query_seconds: float | None

    @bounded
    def analytics_window(self, since: str | None = None, until: str | None = None) -> tuple[str, str]:
        """The days asked for, or by default the last year (366 days) of the store's news
        ending on its latest publication day; QueryError names a date that is not one."""
        end = _day(until, "until")
        start = _day(since, "since")
        if end is None:
            row = self._conn.execute(
                "SELECT max(published) FROM articles WHERE published < '9999'"
            ).fetchone()
            latest = _day(str(row[0])[:10], "latest publication date") if row and row[0] else None
            end = latest or date.today()
            if start is not None and start > end:
                end = start + timedelta(days=365)
        if start is None:
            start = end - timedelta(days=365)
        if start > end:
            raise QueryError(f"since {start} is after until {end}: swap them")
        if (end - start).days > 3660:
            raise QueryError(f"{start} to {end} is more than ten years: narrow the dates")
        return start.isoformat(), end.isoformat()

    @bounded
    def attention(
        self, queries: Sequence[str], since: str | None = None, until: str | None = None,
        copies: Copies = "once",
    ) -> list[Attention]:
        """Each query's matching articles per day (read from the matches' rows of a narrow index)
        with every day's total (one scan of the window, kept per process: ``_day_totals``)."""
        _check_copies(copies)
        if not queries or len(queries) > MAX_QUERIES:
            raise QueryError(f"give 1 to {MAX_QUERIES} queries side by side, not {len(queries)}")
        start, end = self.analytics_window(since, until)
        return [a for a, _ in self._attention_and_tops(queries, (), start, end, copies, 0, None)]

    @bounded
    def attention_with_tops(
        self, queries: Sequence[str], kinds: Sequence[TopKind] = KINDS, since: str | None = None,
        until: str | None = None, copies: Copies = "once", limit: int = 20,
        sample: int | dict[str, int] | None = None,
    ) -> list[tuple[Attention, dict[str, TopList]]]:
        """``attention`` and ``attention_tops`` of each query, its matches found once for both
        (the analytics page); ``sample``: as ``attention_top``'s, or one per kind."""
        _check_copies(copies)
        if not queries or len(queries) > MAX_QUERIES:
            raise QueryError(f"give 1 to {MAX_QUERIES} queries side by side, not {len(queries)}")
        _check_kinds(kinds)
        start, end = self.analytics_window(since, until)
        return self._attention_and_tops(queries, kinds, start, end, copies, max(1, min(limit, 200)), sample)

    def _attention_and_tops(
        self, queries: Sequence[str], kinds: Sequence[TopKind], start: str, end: str, copies: Copies,
        limit: int, sample: int | dict[str, int] | None,
    ) -> list[tuple[Attention, dict[str, TopList]]]:
        window = f" a.published >= ? AND a.published < ?{_NOT_COPY if copies == 'once' else ''}"
        totals = self._day_totals(start, end, copies, window)
        out: list[tuple[Attention, dict[str, TopList]]] = []
        for query in queries:
            m = compile_query(self._conn, query)
            with self._matched(m, copies, start, end):
                counts = dict(self._conn.execute(
                    "SELECT day, count(*) FROM temp.newsdesk_matched GROUP BY day").fetchall())
                days = [DayCount(day, int(counts.get(day, 0)), int(totals.get(day, 0)))
                        for day in _days(start, end)]
                att = Attention(query, start, end, copies, days, list(m.unknown))
                tops: dict[str, TopList] = {
                    kind: self._top(TopList(query, kind, start, end, copies, att.matched,
                                            unknown=list(m.unknown)), limit, sample)
                    for kind in kinds}
                out.append((att, tops))
        return out

    @contextmanager
    def _matched(self, m: Match, copies: Copies, start: str, end: str) -> Iterator[None]:
        """The query's counted articles in the window, with outlet and day, as
        ``temp.newsdesk_matched`` while inside (read from the matches' rows of a narrow index,
        not from every article of the window)."""
        sql, params = _counted(m, copies)
        c = self._conn
        c.execute("DROP TABLE IF EXISTS temp.newsdesk_matched")
        c.execute(
            "CREATE TEMP TABLE newsdesk_matched AS SELECT a.id AS id, a.publisher AS publisher,"
            " substr(a.published, 1, 10) AS day FROM articles a INDEXED BY articles_card"
            f" WHERE a.id IN ({sql}) AND a.published >= ? AND a.published < ?"
            f"{_NOT_COPY if copies == 'once' else ''}", [*params, start, _after(end)])
        try:
            yield
        finally:
            c.execute("DROP TABLE IF EXISTS temp.newsdesk_matched")

    def _day_totals(self, start: str, end: str, copies: str, window: str) -> dict[str, int]:
        """All articles per day in the window (the share's denominator), kept per process until
        an article or copy link is added or removed: every query of a window shares it, and
        counting a year of articles is most of an attention request."""
        c = self._conn
        marker = c.execute("SELECT (SELECT max(id) FROM articles), (SELECT count(*) FROM articles),"
                           " (SELECT count(*) FROM copy_links)").fetchone()
        key = (getattr(self, "path", None), start, end, copies, *marker)
        with _TOTALS_LOCK:
            if key in _TOTALS:
                return _TOTALS[key]
        totals = {str(r[0]): int(r[1]) for r in c.execute(
            "SELECT substr(a.published, 1, 10) AS day, count(*) FROM articles a"
            f" INDEXED BY articles_published_publisher WHERE{window} GROUP BY day", [start, _after(end)])}
        with _TOTALS_LOCK:
            _TOTALS[key] = totals
            while len(_TOTALS) > 64:
                _TOTALS.pop(next(iter(_TOTALS)))
        return totals

    @bounded
    def attention_top(
        self, query: str, kind: TopKind, since: str | None = None, until: str | None = None,
        copies: Copies = "once", limit: int = 20, matched: int | None = None, sample: int | None = None,
    ) -> TopList:
        """The top outlets, people, places or terms of the query's articles in the window.

        ``matched``: the number of matching articles when already known (``Attention.matched``
        of the same window and copies), which saves counting them again. ``sample``: read people,
        places or terms from at most this many matching articles (default: ``EXACT_ARTICLES``,
        terms ``TERMS_SAMPLE``), evenly spread when there are more."""
        return self.attention_tops(query, (kind,), since, until, copies, limit, matched, sample)[kind]

    @bounded
    def attention_tops(
        self, query: str, kinds: Sequence[TopKind] = KINDS, since: str | None = None,
        until: str | None = None, copies: Copies = "once", limit: int = 20, matched: int | None = None,
        sample: int | None = None,
    ) -> dict[str, TopList]:
        """``attention_top`` of several kinds at once: the query's articles in the window are
        found once (into a temp table) and every list is read from them."""
        _check_copies(copies)
        _check_kinds(kinds)
        limit = max(1, min(limit, 200))
        start, end = self.analytics_window(since, until)
        m = compile_query(self._conn, query)
        with self._matched(m, copies, start, end):
            if matched is None:
                matched = int(self._conn.execute("SELECT count(*) FROM temp.newsdesk_matched").fetchone()[0])
            return {kind: self._top(TopList(query, kind, start, end, copies, matched,
                                            unknown=list(m.unknown)), limit, sample) for kind in kinds}

    def _top(self, top: TopList, limit: int, sample: int | dict[str, int] | None) -> TopList:
        """One list read from ``temp.newsdesk_matched`` (``sample``: at most, or per kind)."""
        if isinstance(sample, dict):
            sample = sample.get(top.kind)
        c, matched = self._conn, top.matched
        if not matched:
            return top
        if top.kind == "outlets":
            rows = c.execute(
                "SELECT coalesce(publisher, '(unknown outlet)'), count(*) AS n FROM temp.newsdesk_matched"
                " GROUP BY publisher ORDER BY n DESC, publisher LIMIT ?", [limit])
            top.items = [TopItem(r[0], int(r[1]), int(r[1]) / matched) for r in rows]
            return top
        cap = TERMS_SAMPLE if top.kind == "terms" else EXACT_ARTICLES
        cap = min(cap, sample) if sample else cap
        sampled, ids = _sample(matched, cap)
        chosen = f"SELECT a.id FROM temp.newsdesk_matched a WHERE 1{ids}"
        if sampled is not None:
            top.sample = int(c.execute(f"SELECT count(*) FROM ({chosen})").fetchone()[0])
        base = top.sample or matched
        if top.kind == "terms":
            texts = (f"{r[0] or ''}\n{r[1] or ''}\n{r[2]}" for r in c.execute(
                f"SELECT a.title, a.standfirst, substr(a.body, 1, {BODY_CHARS}) FROM articles a"
                f" WHERE a.id IN ({chosen})"))
            top.items = [TopItem(w, n, n / base) for w, n in top_terms(texts, limit)]
            return top
        types = PEOPLE_TYPES if top.kind == "people" else PLACE_TYPES
        rows = c.execute(  # most counted first, so that the type look-ups stop at ``limit``
            f"WITH m AS ({chosen}), t AS (SELECT ae.entity_id, count(DISTINCT ae.article_id) AS n"
            " FROM m CROSS JOIN article_entities ae ON ae.article_id = m.id GROUP BY ae.entity_id"
            " ORDER BY n DESC, ae.entity_id)"
            " SELECT e.id, e.canonical, t.n FROM t CROSS JOIN entities e ON e.id = t.entity_id"
            f" WHERE e.type IN ({','.join('?' * len(types))}) LIMIT ?",
            [*types, limit])
        top.items = sorted((TopItem(r[1], int(r[2]), int(r[2]) / base, int(r[0])) for r in rows),
                           key=lambda t: (-t.articles, t.name, t.entity_id or 0))
        return top

    @bounded
    def attention_stories(
        self, query: str, day: str, copies: Copies = "once", limit: int = 20, offset: int = 0,
    ) -> DayStories:
        """The stories of the query's matching articles published on ``day`` (a click on a spike)."""
        _check_copies(copies)
        the_day = _day(day, "day")
        if the_day is None:
            raise QueryError("give the day whose stories to list, as in 2024-05-01")
        m = compile_query(self._conn, query)
        sql, params = _counted(m, copies)
        chosen = (f"SELECT a.id FROM articles a INDEXED BY articles_published_publisher"
                  f" WHERE a.published >= ? AND a.published < ? AND a.id IN ({sql})"
                  f"{_NOT_COPY if copies == 'once' else ''}")
        args = [the_day.isoformat(), _after(the_day.isoformat()), *params]
        rows = self._conn.execute(
            f"WITH m AS ({chosen}) SELECT sa.story_id, count(*) AS n FROM m"
            " LEFT JOIN story_articles sa INDEXED BY story_articles_article_story ON sa.article_id = m.id"
            " GROUP BY sa.story_id", args).fetchall()
        placed = sorted(((int(r[0]), int(r[1])) for r in rows if r[0] is not None),
                        key=lambda x: (-x[1], x[0]))
        unplaced = sum(int(r[1]) for r in rows if r[0] is None)
        page = placed[max(offset, 0): max(offset, 0) + max(limit, 0)]
        out = DayStories(query, the_day.isoformat(), copies, len(placed), offset, limit,
                         sum(n for _, n in placed) + unplaced, unplaced)
        if page:
            info = {int(r[0]): r for r in self._conn.execute(
                f"SELECT id, title, size, first_seen, last_seen FROM stories WHERE id IN"
                f" ({','.join('?' * len(page))})", [s for s, _ in page])}
            out.items = [DayStory(s, info[s][1], n, int(info[s][2]), info[s][3], info[s][4])
                         for s, n in page if s in info]
        return out


def _counted(m: Match, copies: Copies) -> tuple[str, list[object]]:
    """The ids a query counts: its matches, or with copies once each match's canonical article."""
    if copies == "all":
        return m.sql, m.params
    return (f"SELECT coalesce(cl.canonical_id, q.id) FROM ({m.sql}) q"
            " LEFT JOIN copy_links cl ON cl.article_id = q.id", m.params)


def _sample(matched: int, cap: int) -> tuple[int | None, str]:
    """(None, "") when every match is read; else about ``cap`` of them, evenly by hashed id."""
    if matched <= cap:
        return None, ""
    threshold = int(4294967296 * cap / matched)
    return cap, f" AND {_HASH} < {threshold}"


def _check_kinds(kinds: Sequence[str]) -> None:
    for kind in kinds:
        if kind not in KINDS:
            raise QueryError(f"unknown kind {kind!r}: expected one of {', '.join(KINDS)}")


def _check_copies(copies: str) -> None:
    if copies not in COPIES:
        raise QueryError(f"copies must be once or all, not {copies!r}")


def _day(value: str | None, what: str) -> date | None:
    if value is None or not str(value).strip():
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise QueryError(f"{what} {str(value)[:40]!r} is not a date: write it as YYYY-MM-DD") from None


def _after(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def _days(start: str, end: str) -> list[str]:
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    return [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]
