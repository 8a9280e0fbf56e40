"""Reads of store-wide entities: finding one by name, and its profile (``newsdesk entity``)."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

from newsdesk.models import EntityProfile
from newsdesk.store._budget import bounded


def entities_by_key(
    conn: sqlite3.Connection, key: str, prefix: bool = False, limit: int = 20
) -> list[tuple[int, str, str, int]]:
    """``EntityLinkReads.entities_by_key`` on a connection (query fields resolve names with it)."""
    if prefix:  # a key range, so that the (kind, key) index answers it
        where, params = "a.key >= ? AND a.key < ?", [key, key + "\U0010ffff"]
    else:
        where, params = "a.key = ?", [key]
    rows = conn.execute(
        "SELECT e.id, e.type, e.canonical, e.article_count FROM entities e WHERE e.id IN"
        f" (SELECT a.entity_id FROM entity_aliases a WHERE a.kind IN ('name', 'surface', 'token')"
        f"  AND {where}) ORDER BY e.article_count DESC, e.id LIMIT ?",
        [*params, limit],
    )
    return [(int(r[0]), r[1], r[2], int(r[3])) for r in rows]


class EntityLinkReads:
    _conn: sqlite3.Connection

    @bounded
    def entities_by_key(
        self, key: str, prefix: bool = False, limit: int = 20
    ) -> list[tuple[int, str, str, int]]:
        """(id, type, canonical, articles) of the linked entities one of whose names has this key
        (a full-name key, a spelling as written, or a word of a person's name), most seen first.
        ``prefix=True`` matches keys starting with ``key`` instead."""
        return entities_by_key(self._conn, key, prefix, limit)

    @bounded
    def entity_exists(self, entity_id: int) -> bool:
        row = self._conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return row is not None

    @bounded
    def entity_role_rows(self, entity_id: int) -> list[tuple[str, str | None, int]]:
        """(title, article date, article id) of every role the articles give the entity."""
        rows = self._conn.execute(
            "SELECT r.title, substr(a.published, 1, 10), r.article_id FROM roles r"
            " JOIN articles a INDEXED BY articles_card ON a.id = r.article_id"
            " WHERE r.entity_id = ? ORDER BY a.published, r.id",
            (entity_id,),
        )
        return [(r[0], r[1], int(r[2])) for r in rows]

    @bounded
    def entity_profile(
        self, entity_id: int, articles: int = 20, quotes: int = 5, events: int = 10, people: int = 10
    ) -> EntityProfile | None:
        """The entity's names, articles, quotes, events and co-mentioned people (roles: by
        ``entity_role_rows``, grouped by the caller, which knows how titles compare)."""
        row = self._conn.execute(
            "SELECT id, type, canonical FROM entities WHERE id = ?", (entity_id,)
        ).fetchone()
        if row is None:
            return None
        c = self._conn
        p = EntityProfile(int(row[0]), row[1], row[2])
        p.aliases = [
            (r[0], int(r[1])) for r in c.execute(
                "SELECT alias, count FROM entity_aliases WHERE entity_id = ? AND +kind = 'surface'"
                " ORDER BY count DESC, alias", (entity_id,))
        ] or _aliases_from_articles(c, entity_id)
        p.article_count = c.execute(
            "SELECT count(DISTINCT article_id) FROM article_entities WHERE entity_id = ?", (entity_id,)
        ).fetchone()[0]
        p.articles = [
            {"id": r[0], "title": r[1], "outlet": r[2], "published": r[3], "url": r[4]}
            for r in c.execute(
                "SELECT a.id, a.title, a.publisher, a.published, a.url"
                " FROM articles a INDEXED BY articles_card"
                " WHERE a.id IN"
                " (SELECT article_id FROM article_entities WHERE entity_id = ?)"
                " ORDER BY a.published DESC, a.id DESC LIMIT ?", (entity_id, articles))
        ]
        p.quote_count = c.execute(
            "SELECT count(*) FROM quotes WHERE speaker_entity_id = ?", (entity_id,)
        ).fetchone()[0]
        p.quotes = [
            {"article_id": r[0], "published": r[1], "kind": r[2], "content": r[3], "cue": r[4]}
            for r in c.execute(
                "SELECT q.article_id, a.published, q.kind, q.content, q.cue FROM quotes q"
                " JOIN articles a INDEXED BY articles_card ON a.id = q.article_id"
                " WHERE q.speaker_entity_id = ?"
                " ORDER BY a.published DESC, q.article_id DESC, q.content_start LIMIT ?", (entity_id, quotes))
        ]
        ids = "SELECT event_id FROM event_participants WHERE entity_id = ? UNION" \
              " SELECT id FROM events WHERE place_entity_id = ?"
        p.event_count = c.execute(f"SELECT count(*) FROM ({ids})", (entity_id, entity_id)).fetchone()[0]
        p.events = [
            {"article_id": r[0], "type": r[1], "mode": r[2], "status": r[3], "date": r[4] or r[5],
             "trigger": r[6], "evidence": r[7]}
            for r in c.execute(
                "SELECT e.article_id, e.type, e.mode, e.status, e.date_key, substr(a.published, 1, 10),"
                " e.trigger, e.evidence FROM events e"
                " JOIN articles a INDEXED BY articles_card ON a.id = e.article_id"
                f" WHERE e.id IN ({ids}) ORDER BY coalesce(e.date_key, a.published) DESC,"
                " e.article_id DESC, e.trigger_start LIMIT ?",
                (entity_id, entity_id, events))
        ]
        p.co_mentioned = [
            {"id": r[0], "canonical": r[1], "articles": r[2]}
            for r in c.execute(
                "SELECT o.entity_id, e.canonical, count(DISTINCT o.article_id) AS n FROM article_entities s"
                " JOIN article_entities o ON o.article_id = s.article_id AND o.entity_id != s.entity_id"
                " JOIN entities e ON e.id = o.entity_id WHERE s.entity_id = ? AND e.type = 'PERSON'"
                " GROUP BY o.entity_id ORDER BY n DESC, e.canonical LIMIT ?", (entity_id, people))
        ]
        return p


def _aliases_from_articles(conn: sqlite3.Connection, entity_id: int) -> list[tuple[str, int]]:
    """Spellings and their article counts read from the articles (an entity never linked)."""
    counts: Counter[str] = Counter()
    for canonical, aliases in conn.execute(
        "SELECT canonical, aliases FROM article_entities WHERE entity_id = ?", (entity_id,)
    ):
        for name in dict.fromkeys([canonical, *json.loads(aliases or "[]")]):
            counts[name] += 1
    return sorted(counts.items(), key=lambda x: (-x[1], x[0]))
