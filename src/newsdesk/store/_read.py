"""The store's read queries: search, one article with its entities, entity lists, counts."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Sequence

from newsdesk.models import Document, Entity, Mention, Role, article_from_dict
from newsdesk.store import _events, _quotes
from newsdesk.store._db import decompress
from newsdesk.store._match import Match, compile_query
from newsdesk.store._records import (
    AnalysisInfo,
    DocumentInfo,
    EntitySummary,
    ErrorRecord,
    Outcome,
    SearchHit,
    SearchResults,
    StoredArticle,
    StoreStatus,
)

#: bm25 weights for (title, standfirst, body): a hit in the headline counts most.
_BM25 = "bm25(articles_fts, 10.0, 4.0, 1.0)"
_HIGHLIGHT = ("**", "**")


def document(conn: sqlite3.Connection, document_id: int) -> Document | None:
    row = conn.execute(
        "SELECT source, kind, content, raw, url, title, published, publisher, content_hash"
        " FROM documents WHERE id = ?",
        (document_id,),
    ).fetchone()
    if row is None:
        return None
    d = dict(row)
    d["content"] = decompress(d.pop("raw"), d["content"])
    return Document(**d)


def outcome(conn: sqlite3.Connection, document_id: int) -> Outcome | None:
    row = conn.execute(
        "SELECT status, stage, reason, detail, pipeline_version, at FROM analysis_outcomes"
        " WHERE document_id = ?",
        (document_id,),
    ).fetchone()
    return Outcome(**dict(row)) if row else None


def errors(conn: sqlite3.Connection, limit: int, offset: int) -> list[ErrorRecord]:
    rows = conn.execute("SELECT * FROM errors ORDER BY id LIMIT ? OFFSET ?", (limit, offset))
    return [ErrorRecord(**dict(r)) for r in rows]


def matching(conn: sqlite3.Connection, query: str, restrict: tuple[str, list[object]] | None = None
             ) -> tuple[Match, str, list[object], str, list[object]]:
    """The compiled query and the SELECT of the ids it matches (column ``id``), narrowed by
    ``restrict`` (a condition on ``id`` and its parameters); then the clause that narrows an
    ``articles_fts MATCH`` of ``match.rank`` to those ids ("" when the MATCH says it all)."""
    match = compile_query(conn, query)  # QueryError when malformed or too big
    sql, params = match.sql, list(match.params)
    if restrict is not None:
        sql, params = f"SELECT id FROM ({sql}) WHERE {restrict[0]}", [*params, *restrict[1]]
    if match.words_only and restrict is None:
        return match, sql, params, "", []  # words only: the MATCH is the whole query
    return match, sql, params, f" AND rowid IN ({sql})", params


def search(
    conn: sqlite3.Connection,
    query: str,
    limit: int,
    offset: int,
    highlight: tuple[str, str] = _HIGHLIGHT,
    restrict: tuple[str, list[object]] | None = None,
) -> SearchResults:
    """One page of matches, best first; QueryError for a malformed or oversized query;
    ``restrict``: a condition on the article ``id`` every hit meets (the web's filters).

    Snippets are made for the page only: snippet() is by far the costliest part of a
    query (it grows with every phrase instance in the article), and the sort needs none.
    """
    results = SearchResults(query=query, total=0, limit=limit, offset=offset)
    match, ids, ids_params, within, extra = matching(conn, query, restrict)
    results.total = conn.execute(f"SELECT count(*) FROM ({ids})", ids_params).fetchone()[0]
    if match.rank is None:  # some matches need not hold a word (entity:X): newest first
        rows = conn.execute(
            "SELECT a.id, a.title, a.published, a.publisher, a.url, 0.0 AS score,"
            " substr(coalesce(a.standfirst, a.body), 1, 240) AS snippet FROM articles a"
            f" WHERE a.id IN ({ids}) ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?",
            [*ids_params, max(limit, 0), max(offset, 0)],
        )
        results.hits = [SearchHit(**dict(r)) for r in rows]
        return results
    page = (f"SELECT rowid AS id, {_BM25} AS score FROM articles_fts"
            f" WHERE articles_fts MATCH ?{within} ORDER BY score, rowid LIMIT ? OFFSET ?")
    results.hits = ranked_hits(conn, match.rank, page, [match.rank, *extra, max(limit, 0), max(offset, 0)],
                               highlight)
    return results


def ranked_hits(conn: sqlite3.Connection, rank: str, page: str, params: Sequence[object],
                highlight: tuple[str, str]) -> list[SearchHit]:
    """The hits of ``page`` (a SELECT of ``id, score``, best first) with their snippets for
    ``rank`` (the MATCH they were ranked by)."""
    rows = conn.execute(
        f"WITH page AS ({page})"
        " SELECT a.id, a.title, a.published, a.publisher, a.url, page.score,"
        " snippet(articles_fts, -1, ?, ?, '…', 16) AS snippet"
        " FROM page CROSS JOIN articles_fts ON articles_fts.rowid = page.id"
        " JOIN articles a INDEXED BY articles_card ON a.id = page.id"
        " WHERE articles_fts MATCH ? ORDER BY page.score, page.id",
        (*params, highlight[0], highlight[1], rank),
    )
    return [SearchHit(**dict(r)) for r in rows]


def article(conn: sqlite3.Connection, article_id: int) -> StoredArticle | None:
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    d = dict(row)
    for key in ("authors", "sections", "provenance", "removed"):
        d[key] = json.loads(d[key])
    for key in ("id", "body", "extracted_at"):
        d.pop(key)
    doc = conn.execute(
        "SELECT id, source, kind, url, url_version, previous_id, content_hash, ingested_at"
        " FROM documents WHERE id = ?",
        (article_id,),
    ).fetchone()
    info = conn.execute(
        "SELECT pipeline_version, model, analysed_at FROM analyses WHERE document_id = ?", (article_id,)
    ).fetchone()
    return StoredArticle(
        id=article_id,
        article=article_from_dict(d),
        document=DocumentInfo(**dict(doc)),
        analysis=AnalysisInfo(**dict(info)) if info else None,
        entities=_article_entities(conn, article_id),
        quotes=_quotes.quotes(conn, article_id=article_id),
        times=_events.times(conn, article_id),
        events=_events.events(conn, article_id=article_id),
        outcome=outcome(conn, article_id),
    )


def _article_entities(conn: sqlite3.Connection, article_id: int) -> list[Entity]:
    rows = conn.execute(
        "SELECT ae.id AS ae, e.id, e.type, ae.canonical, ae.aliases, ae.affiliation"
        " FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
        " WHERE ae.article_id = ? ORDER BY ae.local_id",
        (article_id,),
    ).fetchall()
    mentions: dict[int, list[Mention]] = {}
    for m in conn.execute(
        "SELECT article_entity_id, start, end, text, kind FROM mentions WHERE article_id = ?"
        " ORDER BY start, end",
        (article_id,),
    ):
        mentions.setdefault(m[0], []).append(Mention(m[1], m[2], m[3], m[4]))
    roles: dict[int, list[Role]] = {}
    for r in conn.execute(
        "SELECT article_entity_id, title, start, end, source, organisation FROM roles"
        " WHERE article_id = ? ORDER BY start, end",
        (article_id,),
    ):
        roles.setdefault(r[0], []).append(Role(r[1], r[2], r[3], r[4], r[5]))
    return [
        Entity(
            id=r["id"],
            type=r["type"],
            canonical=r["canonical"],
            mentions=mentions.get(r["ae"], []),
            roles=roles.get(r["ae"], []),
            affiliation=r["affiliation"],
            aliases=json.loads(r["aliases"]),
        )
        for r in rows
    ]


def entities(conn: sqlite3.Connection, type_: str | None, limit: int, offset: int) -> list[EntitySummary]:
    where, params = ("WHERE e.type = ?", [type_.upper()]) if type_ else ("", [])
    rows = conn.execute(
        "SELECT e.id, e.type, e.canonical, count(DISTINCT ae.article_id) AS articles,"
        " (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions"
        f" FROM entities e JOIN article_entities ae ON ae.entity_id = e.id {where}"
        " GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.canonical, e.id LIMIT ? OFFSET ?",
        (*params, max(limit, 0), max(offset, 0)),
    ).fetchall()
    found = [EntitySummary(**dict(r)) for r in rows]
    if not found:
        return found
    by_id = {e.id: e for e in found}
    marks = ",".join("?" * len(by_id))
    for entity_id, title, n in conn.execute(
        "SELECT entity_id, title, count(DISTINCT article_id) AS n FROM roles"
        f" WHERE entity_id IN ({marks}) GROUP BY entity_id, title ORDER BY entity_id, n DESC, title",
        tuple(by_id),
    ):
        by_id[entity_id].roles.append((title, n))
    return found


def needing_analysis(conn: sqlite3.Connection, current: str, since: str | None) -> list[int]:
    rows = conn.execute(
        "SELECT d.id, an.pipeline_version, o.pipeline_version FROM documents d"
        " LEFT JOIN analyses an ON an.document_id = d.id"
        " LEFT JOIN analysis_outcomes o ON o.document_id = d.id ORDER BY d.id"
    )
    floor = version_key(since) if since is not None else None
    found = []
    for doc_id, version, tried in rows:
        if tried == current and (version is None or floor is None):
            continue  # this version already failed or skipped it: `reanalyze --failed` retries
        if (
            version is None
            or version != current
            or (floor is not None and version_key(version) >= floor)
        ):
            found.append(doc_id)
    return found


def failed_documents(conn: sqlite3.Connection) -> list[int]:
    rows = conn.execute("SELECT document_id FROM analysis_outcomes WHERE status = 'failed' ORDER BY 1")
    return [r[0] for r in rows]


def status(conn: sqlite3.Connection, current: str, path: str) -> StoreStatus:
    """One pass of aggregate queries over documents, analyses and outcomes."""

    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0] or 0)

    versions = {
        v: n for v, n in conn.execute(
            "SELECT pipeline_version, count(*) FROM analyses GROUP BY 1 ORDER BY 2 DESC, 1"
        )
    }
    grouped = conn.execute(
        "SELECT status, stage, reason, count(*) FROM analysis_outcomes GROUP BY 1, 2, 3 ORDER BY 4 DESC, 2, 3"
    ).fetchall()
    failures = [(stage, reason, n) for st, stage, reason, n in grouped if st == "failed"]
    skips = [(stage, reason, n) for st, stage, reason, n in grouped if st == "skipped"]
    size = 0
    if path != ":memory:":
        size = sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
    return StoreStatus(
        documents=one("SELECT count(*) FROM documents"),
        articles=one("SELECT count(*) FROM articles"),
        analysed=one("SELECT count(*) FROM analyses"),
        failed=sum(n for *_, n in failures),
        skipped=sum(n for *_, n in skips),
        pending=one(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM analyses a"
            " WHERE a.document_id = d.id) AND NOT EXISTS (SELECT 1 FROM analysis_outcomes o"
            " WHERE o.document_id = d.id)"
        ),
        outdated=sum(n for v, n in versions.items() if v != current),
        pipeline_versions=versions,
        failures=failures,
        skips=skips,
        errors=one("SELECT count(*) FROM errors WHERE level = 'error'"),
        warnings=one("SELECT count(*) FROM errors WHERE level = 'warning'"),
        raw_bytes=one("SELECT sum(coalesce(raw_size, length(CAST(content AS BLOB)))) FROM documents"),
        stored_raw_bytes=one(
            "SELECT sum(coalesce(length(raw), length(CAST(content AS BLOB)))) FROM documents"
        ),
        file_bytes=size,
    )


def version_key(version: str) -> tuple[tuple[int, str], ...]:
    """Sortable form of a version string: ``0.10.0`` after ``0.9.1``."""
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in re.split(r"[.\-+]", version.strip()))


def richest_articles(conn: sqlite3.Connection, limit: int) -> list[int]:
    rows = conn.execute(
        "SELECT ae.article_id, sum(e.type = 'PERSON') AS people, count(*) AS n"
        " FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
        " GROUP BY ae.article_id ORDER BY people DESC, n DESC, ae.article_id LIMIT ?",
        (limit,),
    )
    return [r[0] for r in rows]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    queries = {
        "documents": "SELECT count(*) FROM documents",
        "url_versions": "SELECT count(*) FROM documents WHERE url_version > 1",
        "articles": "SELECT count(*) FROM articles",
        "analyses": "SELECT count(*) FROM analyses",
        "entities": "SELECT count(DISTINCT entity_id) FROM article_entities",
        "mentions": "SELECT count(*) FROM mentions",
        "roles": "SELECT count(*) FROM roles",
        "quotes": "SELECT count(*) FROM quotes",
        "time_expressions": "SELECT count(*) FROM time_expressions",
        "events": "SELECT count(*) FROM events",
        "errors": "SELECT count(*) FROM errors",
    }
    return {name: int(conn.execute(sql).fetchone()[0]) for name, sql in queries.items()}
