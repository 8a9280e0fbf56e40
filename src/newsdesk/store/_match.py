"""A parsed query (``_query``) as one SQL statement selecting the ids it matches.

Why: the fields ``entity:`` and ``type:`` are not words FTS5 can match; they are indexed
id-set look-ups (``article_entities(entity_id, article_id)``, ``events(type, article_id)``).
The largest field-free parts of the tree stay one FTS5 MATCH each (rendered by ``_fts``), and
the tree's AND / OR / NOT become ``IN`` / ``UNION`` / ``NOT IN`` between those sets, so the
boolean meaning is the parser's whatever mix of words and fields a query has, and a query of
fields only needs no full-text index at all.

An ``entity:`` name is resolved as ``newsdesk entity`` resolves it (an exact name or spelling,
then a word of a person's name, then names starting with it; every entity found counts); a
name the store does not know matches nothing and is reported in ``Match.unknown``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsdesk import names
from newsdesk.store._fts import render
from newsdesk.store._links import surface
from newsdesk.store._links_read import entities_by_key
from newsdesk.store._query import AllOf, AnyOf, Field, Limits, Node, has_fields, parse_query

Resolver = Callable[[str], Sequence[int]]
_Sql = tuple[str, list[object]]


@dataclass(frozen=True)
class Target:
    """What a query selects: articles, or quotes (whose fields are those of their article)."""

    fts: str  # the FTS5 table
    column: str  # "" (every column) or "content : " (one column of it)
    of_articles: str  # SQL selecting the target ids of the article ids in {ids}


ARTICLES = Target("articles_fts", "", "{ids}")
QUOTES = Target("quotes_fts", "content : ", "SELECT id FROM quotes WHERE article_id IN ({ids})")


@dataclass(frozen=True)
class Match:
    """``sql`` selects the distinct matching ids (column ``id``) with ``params``.

    ``rank``: an FTS5 expression every match also matches (for bm25 order and snippets), or
    None when some match need not contain a word (``entity:X``, ``trump OR type:CONSULT``).
    ``unknown``: the entity: names the store does not know (they match nothing)."""

    sql: str
    params: list[object]
    rank: str | None
    unknown: tuple[str, ...] = ()
    words_only: bool = False  # no field: ``rank`` alone is the whole query


def compile_query(
    conn: sqlite3.Connection, query: str, target: Target = ARTICLES, limits: Limits | None = None
) -> Match:
    """Parse ``query`` (QueryError when malformed or too big) and compile it for ``target``."""
    return compile_node(parse_query(query, limits), target, lambda name: entity_ids(conn, name))


def compile_node(node: Node, target: Target, resolve: Resolver) -> Match:
    """The SQL of a parsed query; ``resolve`` gives the entity ids of an ``entity:`` name."""
    compiler = _Compiler(target, resolve)
    sql, params = compiler.ids(node)
    return Match(sql, params, _rank(node), tuple(dict.fromkeys(compiler.unknown)), not has_fields(node))


def entity_ids(conn: sqlite3.Connection, name: str) -> list[int]:
    """The store-wide entities ``name`` names, found as ``stories.profiles.find_entities`` finds
    them (the same keys from ``newsdesk.names``, in the same order)."""

    for key in dict.fromkeys([names.name_key(name), names.plain(name)]):
        if key and (found := entities_by_key(conn, key)):
            return [f[0] for f in found]
    if found := entities_by_key(conn, surface(name)):
        return [f[0] for f in found]
    key = names.plain(name)
    return [f[0] for f in entities_by_key(conn, key, prefix=True)] if key else []


def _rank(node: Node) -> str | None:
    if not has_fields(node):
        return render(node)
    if isinstance(node, AllOf):
        words = [n for n in node.include if not has_fields(n)]
        if words:
            return render(AllOf(tuple(words), tuple(n for n in node.exclude if not has_fields(n))))
    return None


class _Compiler:
    def __init__(self, target: Target, resolve: Resolver) -> None:
        self.target = target
        self.resolve = resolve
        self.unknown: list[str] = []

    def ids(self, node: Node) -> _Sql:
        """One SELECT of distinct ids (column ``id``) for ``node``."""
        if not has_fields(node):
            return self.text(node)
        if isinstance(node, Field):
            return self.field(node)
        if isinstance(node, AnyOf):
            words = [n for n in node.options if not has_fields(n)]
            parts = [self.text(AnyOf(tuple(words)) if len(words) > 1 else words[0])] if words else []
            parts += [self.ids(n) for n in node.options if has_fields(n)]
            return _wrap(" UNION ".join(p[0] for p in parts), [x for p in parts for x in p[1]])
        assert isinstance(node, AllOf)
        words = [n for n in node.include if not has_fields(n)]
        fields = [n for n in node.include if has_fields(n)]
        not_words = [n for n in node.exclude if not has_fields(n)]
        not_fields = [n for n in node.exclude if has_fields(n)]
        excluded: list[_Sql] = []
        if words:  # one MATCH for every word part, its own exclusions included
            base = self.text(AllOf(tuple(words), tuple(not_words)))
        else:
            base = self.ids(fields.pop(0))
            if not_words:
                excluded.append(self.text(AnyOf(tuple(not_words)) if len(not_words) > 1 else not_words[0]))
        sql, params = f"SELECT id FROM ({base[0]})", list(base[1])
        clauses = []
        for n in fields:
            sub = self.ids(n)
            clauses.append(f"id IN ({sub[0]})")
            params += sub[1]
        for sub in [*excluded, *(self.ids(n) for n in not_fields)]:
            clauses.append(f"id NOT IN ({sub[0]})")
            params += sub[1]
        return (f"{sql} WHERE {' AND '.join(clauses)}" if clauses else sql), params

    def text(self, node: Node) -> _Sql:
        fts = self.target.fts
        expr = render(node)
        match = f"{self.target.column}({expr})" if self.target.column else expr
        return f"SELECT rowid AS id FROM {fts} WHERE {fts} MATCH ?", [match]

    def field(self, node: Field) -> _Sql:
        if node.name == "type":
            sql = "SELECT DISTINCT article_id AS id FROM events WHERE type = ?"
            params: list[object] = [node.value]
        else:
            ids = sorted(set(self.resolve(node.value)))
            if not ids:
                self.unknown.append(node.value)
                return "SELECT NULL AS id WHERE 0", []
            marks = ",".join("?" * len(ids))
            sql = f"SELECT DISTINCT article_id AS id FROM article_entities WHERE entity_id IN ({marks})"
            params = list(ids)
        if self.target.of_articles == "{ids}":
            return sql, params
        return self.target.of_articles.format(ids=sql), params


def _wrap(compound: str, params: list[object]) -> _Sql:
    return f"SELECT id FROM ({compound})", params
