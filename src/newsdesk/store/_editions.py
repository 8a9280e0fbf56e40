"""Editions, in the store: the stories active in a window, and recorded editions.

A mixin of ``Store``. The window read is an index range on the articles' publication dates
(``story_articles_published``), the topic's facets are indexed look-ups (full text, story
entities, story events), so building an edition reads what the window holds, not the store.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta

from newsdesk.models import Edition, edition_from_dict
from newsdesk.store._budget import bounded
from newsdesk.store._fts import fts_query


@dataclass
class ReportedState:
    """What a recorded edition reported of a story: its article ids and event statuses."""

    edition_id: int
    articles: set[int] = field(default_factory=set)
    events: dict[int, str] = field(default_factory=dict)


def _day_after(day: str) -> str:
    return (date.fromisoformat(day[:10]) + timedelta(days=1)).isoformat()


def _marks(items: Sequence[object]) -> str:
    return ",".join("?" * len(items))


class EditionStore:
    _conn: sqlite3.Connection

    # -- the window ------------------------------------------------------------------------
    @bounded
    def newest_published(self) -> str | None:
        """The publication date (ISO day) of the newest article placed in a story (an index
        look-up on ``story_articles(published)``): where a store's editions make sense."""
        row = self._conn.execute("SELECT max(published) FROM story_articles").fetchone()
        return str(row[0])[:10] if row and row[0] else None

    @bounded
    def window_story_ids(
        self, since: str, until: str, words: str | None = None,
        entity_groups: Sequence[Sequence[int]] = (), event_types: Sequence[str] = (),
    ) -> list[int]:
        """Live stories with an article published from day ``since`` to day ``until`` (ISO dates,
        both included), in id order; optionally only those with an article of the window that
        matches ``words`` (the search syntax), with a store-wide entity in each of
        ``entity_groups`` (any one of a group), and with an event of one of ``event_types``."""
        # Each facet is checked per story of the window (correlated, by the story's own index
        # rows), so the cost follows the window, not how common a word or a type is store-wide.
        sql = ["WITH win AS (SELECT article_id, story_id FROM story_articles"
               " WHERE published >= ? AND published < ?),"
               " live AS (SELECT DISTINCT w.story_id FROM win w JOIN stories s ON s.id = w.story_id"
               " WHERE s.merged_into IS NULL)"
               " SELECT l.story_id FROM live l WHERE 1"]
        args: list[object] = [since[:10], _day_after(until)]
        if words:
            sql.append(" AND EXISTS (SELECT 1 FROM win v WHERE v.story_id = l.story_id AND EXISTS"
                       " (SELECT 1 FROM articles_fts f WHERE f.rowid = v.article_id"
                       " AND articles_fts MATCH ?))")
            args.append(fts_query(words))
        for group in entity_groups:
            ids = sorted(set(group))
            sql.append(f" AND EXISTS (SELECT 1 FROM story_entities se WHERE se.story_id = l.story_id"
                       f" AND se.entity_id IN ({_marks(ids)}))")
            args.extend(ids)
        if event_types:
            types = sorted(set(event_types))
            sql.append(" AND EXISTS (SELECT 1 FROM story_events ev WHERE ev.story_id = l.story_id"
                       f" AND ev.type IN ({_marks(types)}))")
            args.extend(types)
        sql.append(" ORDER BY l.story_id")
        return [int(r[0]) for r in self._conn.execute("".join(sql), args)]

    @bounded
    def story_people_articles(self, story_id: int, limit: int = 3) -> list[tuple[str, int]]:
        """The story's most mentioned people with how many articles name them store-wide."""
        rows = self._conn.execute(
            "SELECT e.canonical, e.article_count FROM story_entities se JOIN entities e"
            " ON e.id = se.entity_id WHERE se.story_id = ? AND se.type = 'PERSON'"
            " ORDER BY se.articles DESC, e.article_count DESC, e.id LIMIT ?", (story_id, limit),
        )
        return [(str(r[0]), int(r[1] or 0)) for r in rows]

    # -- recorded editions ------------------------------------------------------------------
    def record_edition(self, edition: Edition) -> int:
        """Record the edition and, per story, the state it reported; sets ``edition.id``
        (and ``created`` when unset) and returns the id. One transaction."""
        if not edition.created:
            edition.created = datetime.now(UTC).isoformat(timespec="seconds")
        with self.transaction() as c:  # type: ignore[attr-defined]
            edition_id = int(c.execute(
                "INSERT INTO editions (kind, date, topic, since, until, created, edition)"
                " VALUES (?,?,?,?,?,?,'{}')",
                (edition.kind, edition.date, edition.topic, edition.since, edition.date, edition.created),
            ).lastrowid or 0)
            edition.id = edition_id
            c.execute("UPDATE editions SET edition = ? WHERE id = ?",
                      (json.dumps(asdict(edition), ensure_ascii=False), edition_id))
            c.executemany(
                "INSERT INTO edition_items (edition_id, position, story_id, first_article, articles, events)"
                " VALUES (?,?,?,?,?,?)",
                [(edition_id, i, it.story_id, min(it.article_ids, default=None),
                  json.dumps(sorted(it.article_ids)), json.dumps(it.event_status))
                 for i, it in enumerate(edition.items)],
            )
        return edition_id

    @bounded
    def get_edition(self, edition_id: int) -> Edition | None:
        """A recorded edition, as it was built."""
        row = self._conn.execute("SELECT edition FROM editions WHERE id = ?", (edition_id,)).fetchone()
        return edition_from_dict(json.loads(row[0])) if row else None

    @bounded
    def last_edition(self, kind: str, topic: str | None = None, until: str | None = None) -> Edition | None:
        """The latest recorded edition of this kind and topic (None: every story), by date then
        recording order; ``until``: only those dated on or before that day."""
        ids = self.edition_ids(kind, topic, until, limit=1)
        return self.get_edition(ids[0]) if ids else None

    @bounded
    def edition_ids(self, kind: str | None = None, topic: str | None = None, until: str | None = None,
                    limit: int | None = None) -> list[int]:
        """Recorded editions (of a kind and topic when given), latest first."""
        sql = "SELECT id FROM editions WHERE topic IS ?"
        args: list[object] = [topic]
        if kind:
            sql += " AND kind = ?"
            args.append(kind)
        if until:
            sql += " AND until <= ?"
            args.append(until[:10])
        sql += " ORDER BY until DESC, id DESC"
        if limit:
            sql += " LIMIT ?"
            args.append(limit)
        return [int(r[0]) for r in self._conn.execute(sql, args)]

    @bounded
    def last_reported(
        self, kind: str, topic: str | None, story_id: int, first_article: int | None, until: str,
    ) -> ReportedState | None:
        """What the latest edition of this kind and topic dated on or before ``until`` reported
        of the story (found by its id, or by its first article after a rebuild), or None."""
        row = self._conn.execute(
            "SELECT i.edition_id, i.articles, i.events FROM edition_items i JOIN editions e"
            " ON e.id = i.edition_id WHERE (i.story_id = ? OR i.first_article = ?)"
            " AND e.kind = ? AND e.topic IS ? AND e.until <= ? ORDER BY e.until DESC, e.id DESC LIMIT 1",
            (story_id, first_article if first_article is not None else -1, kind, topic, until[:10]),
        ).fetchone()
        if row is None:
            return None
        return ReportedState(int(row[0]), {int(a) for a in json.loads(row[1])},
                             {int(e): str(s) for e, s in json.loads(row[2])})
