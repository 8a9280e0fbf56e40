"""Quote rows: writing an analysis's quotes and reading them back with their articles.

A speaker is looked up by name the way people type it: case, accents and punctuation do
not matter, and any whole word or run of words of the canonical name or of an alias
matches ("lavrov", "Sergei Lavrov" and "Mr Lavrov" all find Sergei Lavrov). The FTS5
index narrows the candidates; an exact word-boundary check on the normalised names then
drops what the stemmer conflated ("William" must not find "Serena Williams").
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsdesk.models import Entity, Quote, Span
from newsdesk.store._match import QUOTES, compile_query
from newsdesk.store._query import check_name
from newsdesk.store._records import StoredQuote

QUOTE_KINDS = ("direct", "indirect", "mixed")

_NON_WORD_RE = re.compile(r"[\W_]+")
#: Honorifics dropped from the front of a speaker query ("Mr Lavrov" finds "Sergei Lavrov").
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof", "professor"}


def name_key(name: str) -> str:
    """A name as compared: accents stripped, case-folded, punctuation as spaces, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_WORD_RE.sub(" ", plain.casefold()).split())


def speaker_query_key(name: str) -> str:
    """``name_key`` of a speaker query, without a leading honorific when a name follows it."""
    words = name_key(name).split()
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    return " ".join(words)


def names_field(names: Iterable[str | None]) -> str:
    """The searchable ``speaker_names`` value: each distinct key space-bounded, ``|`` between."""
    keys = [k for k in dict.fromkeys(name_key(n) for n in names if n) if k]
    return f" {' | '.join(keys)} " if keys else ""


@dataclass(frozen=True)
class EntityRow:
    """How an analysis-local entity was stored: its cross-article id and names."""

    entity_id: int
    canonical: str
    aliases: Sequence[str] = ()


def insert_quotes(
    conn: sqlite3.Connection, article_id: int, quotes: Iterable[Quote], entities: dict[int, EntityRow]
) -> None:
    """Insert the quote rows of one analysis (the caller has deleted the old ones)."""
    rows = []
    for q in quotes:
        who = entities.get(q.speaker_id) if q.speaker_id is not None else None
        via = entities.get(q.intermediary_id) if q.intermediary_id is not None else None
        speaker = q.speaker or (who.canonical if who else None)
        names = [speaker] + ([who.canonical, *who.aliases] if who else [])
        rows.append((
            article_id, q.id, q.kind, q.content.text, q.content.start, q.content.end,
            *_span_values(q.cue), *_span_values(q.source), *_span_values(getattr(q, "clause", None)),
            speaker, name_key(speaker) if speaker else None, names_field(names), q.speaker_id,
            who.entity_id if who else None, q.speaker_type, int(bool(q.anonymous)),
            q.intermediary or (via.canonical if via else None), q.intermediary_id,
            via.entity_id if via else None, q.group,
        ))
    conn.executemany(
        "INSERT INTO quotes (article_id, local_id, kind, content, content_start, content_end,"
        " cue, cue_start, cue_end, source, source_start, source_end, clause, clause_start, clause_end,"
        " speaker, speaker_key, speaker_names, speaker_local_id, speaker_entity_id, speaker_type,"
        " anonymous, intermediary, intermediary_local_id, intermediary_entity_id, grp)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )


def _span_values(span: Span | None) -> tuple[str | None, int | None, int | None]:
    return (span.text, span.start, span.end) if span else (None, None, None)


def entity_rows(entities: Iterable[Entity], ids: dict[int, int]) -> dict[int, EntityRow]:
    """Analysis-local id -> stored row, given the cross-article id of each local entity."""
    return {e.id: EntityRow(ids[e.id], e.canonical, tuple(e.aliases)) for e in entities if e.id in ids}


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class ListFilters:
    """Filters of the quotes and events lists beyond the CLI's: each indexed.

    ``until``: on or before that ISO date or prefix (inclusive: "2026-05" keeps all of May);
    ``outlet``: the article's publisher, exactly; ``story``: the article is in that story;
    ``entity``: the store-wide entity id of the speaker (quotes) or of a participant (events).
    """

    until: str | None = None
    outlet: str | None = None
    story: int | None = None
    entity: int | None = None


NO_FILTERS = ListFilters()


def list_clauses(f: ListFilters, article: str, published: str) -> tuple[list[str], list[object]]:
    """The clauses shared by the quotes and events lists (``article``: the article id column)."""
    clauses: list[str] = []
    params: list[object] = []
    if f.until is not None:
        # ISO dates sort as text and '~' sorts after every character of a date-time, so
        # "published < '2026-05-05~'" keeps the whole of that day (and of a month or year prefix)
        clauses.append(f"{published} < ?")
        params.append(f.until + "~")
    if f.outlet is not None:
        clauses.append("a.publisher = ?")
        params.append(f.outlet)
    if f.story is not None:
        clauses.append(f"{article} IN (SELECT article_id FROM story_articles WHERE story_id = ?)")
        params.append(f.story)
    return clauses, params


def _where(
    conn: sqlite3.Connection,
    speaker: str | None,
    about: str | None,
    since: str | None,
    kind: str | None,
    article_id: int | None,
    more: ListFilters = NO_FILTERS,
) -> tuple[str, list[object]] | None:
    """The WHERE clause and parameters, or None when a filter can match nothing."""
    clauses, params = list_clauses(more, "q.article_id", "a.published")
    if more.entity is not None:
        clauses.append("q.speaker_entity_id = ?")
        params.append(more.entity)
    if speaker is not None:
        check_name(speaker, "speaker")
        key = speaker_query_key(speaker)
        if not key:
            return None
        clauses.append(
            "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
            " AND q.speaker_names LIKE ? ESCAPE '\\'"
        )
        params += [f'speaker_names : "{key}"', f"% {_like_escape(key)} %"]
    if about is not None:
        # QueryError when malformed or too big, never an FTS5 error; entity: and type: are
        # those of the quote's article
        match = compile_query(conn, about, QUOTES)
        clauses.append(f"q.id IN ({match.sql})")
        params += match.params
    if since is not None:
        clauses.append("a.published >= ?")
        params.append(since)
    if kind is not None:
        if kind not in QUOTE_KINDS:
            raise ValueError(f"unknown quote kind {kind!r}; expected one of {', '.join(QUOTE_KINDS)}")
        clauses.append("q.kind = ?")
        params.append(kind)
    if article_id is not None:
        clauses.append("q.article_id = ?")
        params.append(article_id)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


_SELECT = (
    "SELECT q.id, q.article_id, q.local_id, q.kind, q.content, q.content_start, q.content_end,"
    " q.cue, q.cue_start, q.cue_end, q.source, q.source_start, q.source_end, q.clause,"
    " q.clause_start, q.clause_end, q.speaker,"
    " q.speaker_local_id, q.speaker_entity_id, q.speaker_type, q.anonymous, q.intermediary,"
    " q.intermediary_entity_id, q.grp, a.title, a.published, a.url, a.publisher"
    " FROM quotes q JOIN articles a INDEXED BY articles_card ON a.id = q.article_id"
)
_ORDER = " ORDER BY a.published IS NULL, a.published, q.article_id, q.content_start, q.local_id"


def quotes(
    conn: sqlite3.Connection,
    speaker: str | None = None,
    about: str | None = None,
    since: str | None = None,
    kind: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    article_id: int | None = None,
    more: ListFilters = NO_FILTERS,
) -> list[StoredQuote]:
    where = _where(conn, speaker, about, since, kind, article_id, more)
    if where is None:
        return []
    sql, params = where
    page = " LIMIT ? OFFSET ?"
    params = [*params, -1 if limit is None else max(limit, 0), max(offset, 0)]
    rows = conn.execute(_SELECT + sql + _ORDER + page, params).fetchall()
    roles = _speaker_roles(conn, rows)
    return [_record(r, roles.get((r["article_id"], r["speaker_local_id"]), [])) for r in rows]


def latest(conn: sqlite3.Connection, about: str, limit: int) -> list[StoredQuote]:
    """The ``limit`` quotes last stored whose words match ``about``, newest first, for a search
    page: read from the full-text index in rowid order and stopped at ``limit``, where
    ``quotes``'s oldest-first order sorts every match by its article's date and a ranking
    scores every match (10,000 quotes for a common word)."""
    match = compile_query(conn, about, QUOTES)
    if match.words_only:  # the MATCH is the whole query (as _match renders it)
        ids = [int(r[0]) for r in conn.execute(
            "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            [f"content : ({match.rank})", limit])]
    else:
        ids = [int(r[0]) for r in conn.execute(
            f"SELECT id FROM ({match.sql}) ORDER BY id DESC LIMIT ?", [*match.params, limit])]
    if not ids:
        return []
    rows = conn.execute(_SELECT + f" WHERE q.id IN ({','.join('?' * len(ids))})", ids).fetchall()
    order = {qid: i for i, qid in enumerate(ids)}
    rows.sort(key=lambda r: order[r["id"]])
    roles = _speaker_roles(conn, rows)
    return [_record(r, roles.get((r["article_id"], r["speaker_local_id"]), [])) for r in rows]


def count(
    conn: sqlite3.Connection,
    speaker: str | None = None,
    about: str | None = None,
    since: str | None = None,
    kind: str | None = None,
    more: ListFilters = NO_FILTERS,
) -> int:
    if about is not None and (speaker, since, kind, more) == (None, None, None, NO_FILTERS):
        match = compile_query(conn, about, QUOTES)  # every quote has its article: no join needed
        return int(conn.execute(f"SELECT count(*) FROM ({match.sql})", match.params).fetchone()[0])
    where = _where(conn, speaker, about, since, kind, None, more)
    if where is None:
        return 0
    sql, params = where
    return int(
        conn.execute(
            "SELECT count(*) FROM quotes q"
            " JOIN articles a INDEXED BY articles_card ON a.id = q.article_id" + sql, params
        ).fetchone()[0]
    )


def _speaker_roles(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> dict[tuple[int, int], list[str]]:
    """Role titles the article gives each quoted speaker, in text order, without repeats."""
    wanted = {(r["article_id"], r["speaker_local_id"]) for r in rows if r["speaker_local_id"] is not None}
    found: dict[tuple[int, int], list[str]] = {}
    articles = sorted({a for a, _ in wanted})
    for i in range(0, len(articles), 500):
        chunk = articles[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for article_id, local_id, title in conn.execute(
            "SELECT r.article_id, ae.local_id, r.title FROM roles r"
            " JOIN article_entities ae ON ae.id = r.article_entity_id"
            f" WHERE r.article_id IN ({marks}) ORDER BY r.article_id, r.start, r.end",
            chunk,
        ):
            if (article_id, local_id) in wanted:
                titles = found.setdefault((article_id, local_id), [])
                if title not in titles:
                    titles.append(title)
    return found


def _span(text: str | None, start: int | None, end: int | None) -> Span | None:
    return Span(start, end, text) if text is not None and start is not None and end is not None else None


def _record(r: sqlite3.Row, roles: list[str]) -> StoredQuote:
    return StoredQuote(
        id=r["id"],
        article_id=r["article_id"],
        quote_id=r["local_id"],
        kind=r["kind"],
        content=Span(r["content_start"], r["content_end"], r["content"]),
        cue=_span(r["cue"], r["cue_start"], r["cue_end"]),
        source=_span(r["source"], r["source_start"], r["source_end"]),
        clause=_span(r["clause"], r["clause_start"], r["clause_end"]),
        speaker=r["speaker"],
        speaker_id=r["speaker_entity_id"],
        speaker_type=r["speaker_type"],
        anonymous=bool(r["anonymous"]),
        intermediary=r["intermediary"],
        intermediary_id=r["intermediary_entity_id"],
        group=r["grp"],
        speaker_roles=roles,
        title=r["title"],
        published=r["published"],
        url=r["url"],
        publisher=r["publisher"],
    )
