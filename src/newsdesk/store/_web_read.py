"""Reads the web app and the JSON API need beyond the CLI's: pages of articles, stories,
entities and editions with their totals, the rows of a story page, an entity's network.

A mixin of ``Store``. Every read is ``@bounded`` and every list is one page (LIMIT/OFFSET) plus a
count, so a page costs what it shows; the network reads only an entity's latest
``NETWORK_WINDOW`` articles and events, so a very common name costs no more than a rare one.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from newsdesk.store import _story_read
from newsdesk.store._budget import bounded

#: An entity's network is read from at most this many of its latest articles (and events).
NETWORK_WINDOW = 500


@dataclass
class ArticleRow:
    """One line of an article list: what a link to the article needs."""

    id: int
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    story_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class EntityRow:
    """One line of an entity list."""

    id: int
    type: str
    canonical: str
    articles: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class EditionRow:
    """A recorded edition as listed (the edition itself: ``Store.get_edition``)."""

    id: int
    kind: str
    date: str
    topic: str | None
    since: str | None
    created: str | None
    title: str | None
    stories: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


#: Cards already read, by story state (title, last update, size): the front page lists the
#: same large stories to every reader, and counting a story of 5,000 articles takes 10 ms.
_CARDS: dict[tuple[object, ...], StoryCard] = {}
_CARDS_LOCK = threading.Lock()
_CARDS_KEPT = 512


@dataclass
class StoryCard:
    """A story as the front page lists it: counts, a few outlets, people and places, last update.

    Read without loading the story's articles (a story may hold thousands)."""

    id: int
    title: str
    articles: int
    copies: int
    outlets: list[str]
    outlet_count: int
    last_seen: str | None
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)


@dataclass
class Connection:
    """A neighbour in an entity's network: ``met`` counts the events both took part in,
    ``mentioned`` the articles naming both (within the window read)."""

    id: int
    type: str
    canonical: str
    met: int = 0
    mentioned: int = 0


@dataclass
class Network:
    entity: EntityRow
    connections: list[Connection] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _day_after(day: str) -> str:
    return (date.fromisoformat(day[:10]) + timedelta(days=1)).isoformat()


def _marks(items: Sequence[object]) -> str:
    return ",".join("?" * len(items))


class WebReads:
    _conn: sqlite3.Connection

    # -- articles ---------------------------------------------------------------------------
    @bounded
    def article_page(
        self, outlet: str | None = None, since: str | None = None, until: str | None = None,
        story_id: int | None = None, limit: int = 50, offset: int = 0,
    ) -> tuple[int, list[ArticleRow]]:
        """(total, one page) of articles, latest first: of an outlet, published from day
        ``since`` to day ``until`` (both included), in a (live) story."""
        where: list[str] = ["1"]
        args: list[object] = []
        join = ""
        if story_id is not None:
            join = " JOIN story_articles sa ON sa.article_id = a.id AND sa.story_id = ?"
            args.append(self.live_story(story_id))  # type: ignore[attr-defined]
        if outlet:
            where.append("a.publisher = ?")
            args.append(outlet)
        if since:
            where.append("a.published >= ?")
            args.append(since[:10])
        if until:
            where.append("a.published < ?")
            args.append(_day_after(until))
        sql = f" FROM articles a{join} WHERE {' AND '.join(where)}"
        total = int(self._conn.execute("SELECT count(*)" + sql, args).fetchone()[0])
        rows = self._conn.execute(
            "SELECT a.id, a.title, a.publisher, a.published, a.url" + sql
            + " ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT ? OFFSET ?",
            [*args, max(limit, 0), max(offset, 0)],
        ).fetchall()
        found = [ArticleRow(int(r[0]), r[1], r[2], r[3], r[4]) for r in rows]
        self._with_stories(found)
        return total, found

    @bounded
    def article_rows(self, ids: Sequence[int]) -> list[ArticleRow]:
        """These articles as list rows, in the order given (unknown ids left out)."""
        if not ids:
            return []
        rows = self._conn.execute(
            f"SELECT id, title, publisher, published, url FROM articles WHERE id IN ({_marks(ids)})",
            tuple(ids),
        ).fetchall()
        by_id = {int(r[0]): ArticleRow(int(r[0]), r[1], r[2], r[3], r[4]) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def _with_stories(self, rows: list[ArticleRow]) -> None:
        if not rows:
            return
        found = dict(self._conn.execute(
            f"SELECT article_id, story_id FROM story_articles WHERE article_id IN ({_marks(rows)})",
            tuple(r.id for r in rows),
        ).fetchall())
        for r in rows:
            sid = found.get(r.id)
            r.story_id = self.live_story(int(sid)) if sid is not None else None  # type: ignore[attr-defined]

    # -- stories ----------------------------------------------------------------------------
    @bounded
    def active_since(self, days: int) -> str | None:
        """The first day of the active window (``days`` before the newest story's last sighting)."""
        return _story_read.active_cutoff(self._conn, days)

    @bounded
    def story_id_page(
        self, since: str | None = None, limit: int = 50, offset: int = 0
    ) -> tuple[int, list[int]]:
        """(total, one page of ids) of the live stories seen on or after ``since``, latest first
        (the order of ``Store.stories``)."""
        sql, args = " FROM stories WHERE merged_into IS NULL AND size > 0", list[object]()
        if since:
            sql += " AND last_seen >= ?"
            args.append(since[:10])
        total = int(self._conn.execute("SELECT count(*)" + sql, args).fetchone()[0])
        rows = self._conn.execute(
            "SELECT id" + sql + " ORDER BY last_seen IS NULL, last_seen DESC, size DESC, id LIMIT ? OFFSET ?",
            [*args, max(limit, 0), max(offset, 0)],
        )
        return total, [int(r[0]) for r in rows]

    @bounded
    def story_cards(self, story_ids: Sequence[int], outlets: int = 7) -> list[StoryCard]:
        """The front page's view of these stories, in the order given: one grouped read of the
        story's article rows each (copies counted apart), never the articles themselves."""
        cards = []
        c = self._conn
        for sid in story_ids:
            row = c.execute("SELECT title, last_seen, size FROM stories WHERE id = ?", (sid,)).fetchone()
            if row is None:
                continue
            key = (getattr(self, "path", None), sid, *row)  # a story changes only with its articles
            with _CARDS_LOCK:
                cached = _CARDS.get(key)
            if cached is not None:
                cards.append(cached)
                continue
            counts = c.execute(
                "SELECT count(*) - count(sa.canonical_id), count(sa.canonical_id),"
                " count(DISTINCT a.publisher) FROM story_articles sa"
                " JOIN articles a INDEXED BY articles_card ON a.id = sa.article_id"
                " WHERE sa.story_id = ?",
                (sid,)).fetchone()
            names = [str(r[0]) for r in c.execute(
                "SELECT a.publisher FROM story_articles sa"
                " JOIN articles a INDEXED BY articles_card ON a.id = sa.article_id"
                " WHERE sa.story_id = ? AND a.publisher IS NOT NULL GROUP BY a.publisher"
                " ORDER BY count(*) DESC, a.publisher LIMIT ?", (sid, outlets))]
            ents = self.story_entity_rows(sid, 5)
            cards.append(StoryCard(
                sid, row[0] or f"story {sid}", int(counts[0]), int(counts[1]), names, int(counts[2]), row[1],
                [e.canonical for e in ents if e.type == "PERSON"][:3],
                [e.canonical for e in ents if e.type != "PERSON"][:2]))
            with _CARDS_LOCK:
                _CARDS[key] = cards[-1]
                while len(_CARDS) > _CARDS_KEPT:
                    _CARDS.pop(next(iter(_CARDS)))
        return cards

    @bounded
    def story_entity_rows(self, story_id: int, limit: int = 12) -> list[EntityRow]:
        """The story's most mentioned people and places (with ids, for links), most mentioned first."""
        rows = self._conn.execute(
            "SELECT e.id, e.type, e.canonical, se.articles FROM story_entities se JOIN entities e"
            " ON e.id = se.entity_id WHERE se.story_id = ? AND e.type IN ('PERSON', 'GPE', 'LOC', 'FAC')"
            " ORDER BY se.articles DESC, e.id LIMIT ?", (story_id, limit),
        )
        return [EntityRow(int(r[0]), r[1], r[2], int(r[3])) for r in rows]

    # -- entities ---------------------------------------------------------------------------
    @bounded
    def entity_page(
        self, type: str | None = None, key: str | None = None, limit: int = 50, offset: int = 0,
    ) -> tuple[int, list[EntityRow]]:
        """(total, one page) of store-wide entities, most seen first: of a type, and with a
        name, spelling or word of a name starting with ``key`` (a ``stories.names.plain`` key)."""
        where: list[str] = ["1"]
        args: list[object] = []
        if type:
            where.append("e.type = ?")
            args.append(type.upper())
        if key:
            where.append("e.id IN (SELECT a.entity_id FROM entity_aliases a WHERE a.kind IN"
                         " ('name', 'surface', 'token') AND a.key >= ? AND a.key < ?)")
            args += [key, key + "\U0010ffff"]
        sql = f" FROM entities e WHERE {' AND '.join(where)} AND e.article_count > 0"
        total = int(self._conn.execute("SELECT count(*)" + sql, args).fetchone()[0])
        rows = self._conn.execute(
            "SELECT e.id, e.type, e.canonical, e.article_count" + sql
            + " ORDER BY e.article_count DESC, e.canonical, e.id LIMIT ? OFFSET ?",
            [*args, max(limit, 0), max(offset, 0)],
        )
        return total, [EntityRow(int(r[0]), r[1], r[2], int(r[3])) for r in rows]

    @bounded
    def entity_network(self, entity_id: int, limit: int = 30) -> Network | None:
        """Who the entity took part in events with (``met``) and who the articles name with it
        (``mentioned``), from its latest ``NETWORK_WINDOW`` events and articles; the ``limit``
        strongest connections, events first."""
        row = self._conn.execute(
            "SELECT id, type, canonical, article_count FROM entities WHERE id = ?", (entity_id,)
        ).fetchone()
        if row is None:
            return None
        net = Network(EntityRow(int(row[0]), row[1], row[2], int(row[3])))
        by_id: dict[int, Connection] = {}
        met = self._conn.execute(
            "WITH mine AS (SELECT DISTINCT event_id FROM event_participants WHERE entity_id = ?"
            " ORDER BY event_id DESC LIMIT ?)"
            " SELECT p.entity_id, e.type, e.canonical, count(DISTINCT p.event_id) AS n FROM mine"
            " JOIN event_participants p ON p.event_id = mine.event_id JOIN entities e ON e.id = p.entity_id"
            " WHERE p.entity_id != ? GROUP BY p.entity_id ORDER BY n DESC, e.canonical LIMIT ?",
            (entity_id, NETWORK_WINDOW, entity_id, limit),
        )
        for eid, type_, name, n in met:
            by_id[int(eid)] = Connection(int(eid), type_, name, met=int(n))
        mentioned = self._conn.execute(
            "WITH mine AS (SELECT article_id FROM article_entities WHERE entity_id = ?"
            " ORDER BY article_id DESC LIMIT ?)"
            " SELECT o.entity_id, e.type, e.canonical, count(DISTINCT o.article_id) AS n FROM mine"
            " JOIN article_entities o ON o.article_id = mine.article_id JOIN entities e ON e.id = o.entity_id"
            " WHERE o.entity_id != ? GROUP BY o.entity_id ORDER BY n DESC, e.canonical LIMIT ?",
            (entity_id, NETWORK_WINDOW, entity_id, limit),
        )
        for eid, type_, name, n in mentioned:
            c = by_id.setdefault(int(eid), Connection(int(eid), type_, name))
            c.mentioned = int(n)
        net.connections = sorted(by_id.values(), key=lambda c: (-c.met, -c.mentioned, c.canonical))[:limit]
        return net

    # -- editions ---------------------------------------------------------------------------
    @bounded
    def edition_page(self, limit: int = 20, offset: int = 0) -> tuple[int, list[EditionRow]]:
        """(total, one page) of recorded editions, latest first."""
        total = int(self._conn.execute("SELECT count(*) FROM editions").fetchone()[0])
        rows = self._conn.execute(
            "SELECT id, kind, date, topic, since, created, edition FROM editions"
            " ORDER BY until DESC, id DESC LIMIT ? OFFSET ?", (max(limit, 0), max(offset, 0)),
        ).fetchall()
        out = []
        for r in rows:
            try:
                whole = json.loads(r[6])
            except ValueError:
                whole = {}
            out.append(EditionRow(int(r[0]), r[1], r[2], r[3], r[4], r[5], whole.get("title") or None,
                                  len(whole.get("items") or [])))
        return total, out
