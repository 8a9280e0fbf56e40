"""Search for the web app: a page of hits with safe highlight markers, filters, and facets.

The snippet markers are two private-use characters (``MARK``), not the CLI's ``**``: article
text may hold ``**`` (or anything else), and the page must tell a highlight from stored text
to escape everything but the highlight. Facets (outlets, stories, people, months) count the
best ``top`` matches by rank, not every match: a bounded query whatever the size of the store
(the page says so when there are more matches than that).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from newsdesk.store import _read
from newsdesk.store._budget import bounded
from newsdesk.store._match import Match
from newsdesk.store._records import SearchHit, SearchResults

#: Start and end of a highlighted run in a snippet (Unicode private-use characters).
MARK = ("\ue000", "\ue001")

_BM25 = "bm25(articles_fts, 10.0, 4.0, 1.0)"


@dataclass(frozen=True)
class SearchFilters:
    """Narrowing a search to one outlet, story, person (store-wide entity id) or month (YYYY-MM)."""

    outlet: str | None = None
    story: int | None = None
    person: int | None = None
    month: str | None = None

    def __bool__(self) -> bool:
        return any(v is not None for v in (self.outlet, self.story, self.person, self.month))


@dataclass
class Facet:
    """One value of a facet: ``key`` is what a filter takes (outlet name, id, month)."""

    key: str
    label: str
    count: int


@dataclass
class SearchFacets:
    """Counts over the best ``considered`` matches (``considered < total``: a sample)."""

    considered: int
    outlets: list[Facet] = field(default_factory=list)
    stories: list[Facet] = field(default_factory=list)
    people: list[Facet] = field(default_factory=list)
    months: list[Facet] = field(default_factory=list)


def _restrict(f: SearchFilters) -> tuple[str, list[object]] | None:
    """The filters as one condition on an article ``id`` (None: no filter)."""
    clauses: list[str] = []
    params: list[object] = []
    if f.outlet is not None:
        clauses.append("id IN (SELECT id FROM articles INDEXED BY articles_card WHERE publisher = ?)")
        params.append(f.outlet)
    if f.story is not None:
        clauses.append("id IN (SELECT article_id FROM story_articles WHERE story_id = ?)")
        params.append(f.story)
    if f.person is not None:
        clauses.append("id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)")
        params.append(f.person)
    if f.month is not None:
        clauses.append("id IN (SELECT id FROM articles WHERE published >= ? AND published < ?)")
        params += [f.month, f.month + "~"]  # '~' sorts after every character of a date-time
    return (" AND ".join(clauses), params) if clauses else None


def search_page(conn: sqlite3.Connection, query: str, limit: int, offset: int,
                f: SearchFilters) -> SearchResults:
    return _read.search(conn, query, limit, offset, highlight=MARK, restrict=_restrict(f))


def _top(conn: sqlite3.Connection, query: str, f: SearchFilters, top: int) -> tuple[Match, str, list[object]]:
    """The best ``top`` matches into ``temp.newsdesk_facet_top``: by bm25 from the full-text
    index alone (no article row read), or the newest when the query ranks nothing."""
    match, ids, params, within, extra = _read.matching(conn, query, _restrict(f))
    if match.rank is not None:
        sql = (f"SELECT rowid AS id, {_BM25} AS score FROM articles_fts WHERE articles_fts MATCH ?{within}"
               " ORDER BY score, rowid LIMIT ?")
        args = [match.rank, *extra, max(top, 0)]
    else:
        sql = ("SELECT a.id AS id, 0.0 AS score FROM articles a INDEXED BY articles_published"
               f" WHERE a.id IN ({ids}) ORDER BY a.published DESC, a.id DESC LIMIT ?")
        args = [*params, max(top, 0)]
    conn.execute(f"CREATE TEMP TABLE newsdesk_facet_top AS {sql}", args)
    return match, ids, params


def search_with_facets(conn: sqlite3.Connection, query: str, limit: int, offset: int, f: SearchFilters,
                       top: int, each: int) -> tuple[SearchResults, SearchFacets]:
    """One page of hits and the facets of the best ``top`` matches, ranking the matches once:
    a page within the best ``top`` is read from them (bm25 over 20,000 matches is most of a
    search's cost)."""
    conn.execute("DROP TABLE IF EXISTS temp.newsdesk_facet_top")
    match, ids, params = _top(conn, query, f, top)
    try:
        found = _facets(conn, each)
        if match.rank is None or offset + limit > found.considered and found.considered >= top:
            return search_page(conn, query, limit, offset, f), found
        results = SearchResults(query=query, total=0, limit=limit, offset=offset)
        results.total = int(conn.execute(f"SELECT count(*) FROM ({ids})", params).fetchone()[0])
        results.hits = _read.ranked_hits(
            conn, match.rank, "SELECT id, score FROM temp.newsdesk_facet_top ORDER BY score, id"
            " LIMIT ? OFFSET ?", [max(limit, 0), max(offset, 0)], MARK)
        return results, found
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.newsdesk_facet_top")


def _facets(conn: sqlite3.Connection, each: int) -> SearchFacets:
    """The facets of ``temp.newsdesk_facet_top``. Each reads that table first (CROSS JOIN
    fixes the order: a temp table has no statistics, and the planner would rather walk every
    person in the store)."""
    considered = int(conn.execute("SELECT count(*) FROM temp.newsdesk_facet_top").fetchone()[0])
    top_join = (" FROM temp.newsdesk_facet_top t"
                " CROSS JOIN articles a INDEXED BY articles_card ON a.id = t.id")
    outlets = conn.execute(
        "SELECT a.publisher, a.publisher, count(*) AS n" + top_join
        + " WHERE a.publisher IS NOT NULL GROUP BY a.publisher ORDER BY n DESC, a.publisher LIMIT ?",
        (each,))
    months = conn.execute(
        "SELECT substr(a.published, 1, 7) AS m, substr(a.published, 1, 7), count(*)" + top_join
        + " WHERE a.published IS NOT NULL GROUP BY m ORDER BY m DESC LIMIT ?", (each,))
    stories = conn.execute(
        "SELECT s.id, coalesce(s.title, 'story ' || s.id), count(*) AS n"
        " FROM temp.newsdesk_facet_top t"
        " CROSS JOIN story_articles sa INDEXED BY story_articles_article_story ON sa.article_id = t.id"
        " CROSS JOIN stories s ON s.id = sa.story_id GROUP BY s.id ORDER BY n DESC, s.id LIMIT ?",
        (each,))
    people = conn.execute(  # people only before grouping: a third of an article's entities
        "SELECT e.id, e.canonical, count(DISTINCT ae.article_id) AS n FROM temp.newsdesk_facet_top t"
        " CROSS JOIN article_entities ae ON ae.article_id = t.id"
        " CROSS JOIN entities e ON e.id = ae.entity_id WHERE e.type = 'PERSON'"
        " GROUP BY e.id ORDER BY n DESC, e.id LIMIT ?", (each,))
    return SearchFacets(
        considered,
        outlets=[Facet(str(k), str(v), n) for k, v, n in outlets],
        months=[Facet(str(k), str(v), n) for k, v, n in months],
        stories=[Facet(str(k), str(v), n) for k, v, n in stories],
        people=[Facet(str(k), str(v), n) for k, v, n in people],
    )


def latest_matches(conn: sqlite3.Connection, query: str, limit: int) -> list[SearchHit]:
    """The newest articles matching ``query`` (a saved search's feed), newest first."""
    _, ids, params, _, _ = _read.matching(conn, query)
    rows = conn.execute(
        "SELECT a.id, a.title, a.published, a.publisher, a.url, 0.0 AS score,"
        " substr(coalesce(a.standfirst, a.body), 1, 400) AS snippet FROM articles a"
        f" WHERE a.id IN ({ids})"
        " ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT ?",
        [*params, max(limit, 0)],
    )
    return [SearchHit(**dict(r)) for r in rows]


class WebSearchStore:
    """Store reads of the web app's search page and saved-search feeds."""

    _conn: sqlite3.Connection

    @bounded
    def search_with_facets(self, query: str, limit: int = 20, offset: int = 0,
                           filters: SearchFilters | None = None, top: int = 1000,
                           each: int = 10) -> tuple[SearchResults, SearchFacets]:
        """One page of hits (snippets marked with ``MARK``, narrowed by ``filters``) and the
        facets of the best ``top`` matches (``each`` values per facet), the matches ranked once."""
        return search_with_facets(self._conn, query, limit, offset, filters or SearchFilters(), top, each)

    @bounded
    def latest_matching(self, query: str, limit: int = 20) -> list[SearchHit]:
        """The newest articles matching ``query``, newest first (snippet: the article's opening)."""
        return latest_matches(self._conn, query, limit)
