"""Story layer, in the store: store-wide entities: aliases and the links from each article's entities.

A mixin of ``Store`` (it uses ``self._conn`` and ``self.transaction()``), so that the
SQL of each part of the story layer lives in a small module of its own. The linker
(``stories.identities``) decides; these methods read candidates by indexed keys (never a scan
of all entities) and re-point an article's rows at the entity it decided on.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from newsdesk.store._links_read import EntityLinkReads

#: Tables whose rows point at an article's local entity, and the column naming that local id.
_BY_LOCAL_ID = (
    ("quotes", "speaker_entity_id", "speaker_local_id"),
    ("quotes", "intermediary_entity_id", "intermediary_local_id"),
    ("event_participants", "entity_id", "entity_local_id"),
    ("events", "place_entity_id", "place_local_id"),
)


@dataclass(frozen=True)
class EntityFacts:
    """What the linker weighs about a store-wide entity."""

    id: int
    type: str
    canonical: str
    key: str
    first_seen: str | None
    last_seen: str | None
    article_count: int


def surface(name: str) -> str:
    """A spelling as written: NFC, spaces collapsed (the ``surface`` alias key)."""
    return " ".join(unicodedata.normalize("NFC", name).split())


class EntityLinkStore(EntityLinkReads):
    _conn: sqlite3.Connection
    _entity_id: Callable[[str, str], int]  # Store's: the entity of an exact name

    def article_entity_ids(self, article_id: int) -> dict[int, int]:
        """The article's entity ids (``Entity.id``) → their store-wide ``entities.id``."""
        rows = self._conn.execute(
            "SELECT local_id, entity_id FROM article_entities WHERE article_id = ?", (article_id,)
        )
        return {int(r[0]): int(r[1]) for r in rows}

    # -- candidates --------------------------------------------------------------------
    def alias_candidates(self, kind: str, key: str, type_: str, limit: int = 50) -> list[tuple[int, int]]:
        """(entity id, count) of the entities a key of this kind leads to, most used first."""
        rows = self._conn.execute(
            "SELECT entity_id, count FROM entity_aliases WHERE kind = ? AND key = ? AND type = ?"
            " ORDER BY count DESC, entity_id LIMIT ?",
            (kind, key, type_, limit),
        )
        return [(int(r[0]), int(r[1])) for r in rows]

    def alias_count_other_types(self, kind: str, key: str, type_: str) -> int:
        """How many links gave this key to entities of other types ("Hague" the city)."""
        row = self._conn.execute(
            "SELECT coalesce(sum(count), 0) FROM entity_aliases WHERE kind = ? AND key = ? AND type != ?",
            (kind, key, type_),
        ).fetchone()
        return int(row[0])

    def entity_facts(self, ids: Iterable[int]) -> dict[int, EntityFacts]:
        ids = list(dict.fromkeys(ids))
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._conn.execute(
            "SELECT id, type, canonical, key, first_seen, last_seen, article_count FROM entities"
            f" WHERE id IN ({marks})",
            ids,
        )
        return {int(r[0]): EntityFacts(int(r[0]), r[1], r[2], r[3], r[4], r[5], int(r[6])) for r in rows}

    def entity_context(self, entity_id: int, recent: int = 30) -> dict[int, str]:
        """The entities (id → type) named beside ``entity_id`` in its ``recent`` latest articles."""
        rows = self._conn.execute(
            "SELECT e.id, e.type FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
            " WHERE ae.article_id IN (SELECT article_id FROM article_entities WHERE entity_id = ?"
            "  ORDER BY article_id DESC LIMIT ?) AND ae.entity_id != ?",
            (entity_id, recent, entity_id),
        )
        return {int(r[0]): r[1] for r in rows}

    def entity_role_titles(self, entity_id: int, limit: int = 50) -> list[str]:
        """The latest role titles the articles give the entity."""
        rows = self._conn.execute(
            "SELECT title FROM roles WHERE entity_id = ? ORDER BY id DESC LIMIT ?", (entity_id, limit)
        )
        return [r[0] for r in rows]

    def has_entity_links(self, article_id: int) -> bool:
        row = self._conn.execute("SELECT 1 FROM entity_links WHERE article_id = ? LIMIT 1", (article_id,))
        return row.fetchone() is not None

    def entity_claimed(self, entity_id: int) -> bool:
        """True when an article's entity is linked to it."""
        row = self._conn.execute("SELECT 1 FROM entity_links WHERE entity_id = ? LIMIT 1", (entity_id,))
        return row.fetchone() is not None

    def exact_entity_id(self, type_: str, canonical: str) -> int:
        """The entity of this exact name (what ``save_analysis`` points an article's rows at)."""
        return self._entity_id(type_, canonical)

    def new_entity(self, type_: str, canonical: str, key: str) -> int:
        """A new store-wide entity: a different one that shares a name with a known entity. A key
        already taken (an article placed again whose old entity others now link to) gets ``+n``."""
        unique, n = key, 0
        while self._conn.execute(
            "SELECT 1 FROM entities WHERE type = ? AND key = ?", (type_, unique)
        ).fetchone():
            n += 1
            unique = f"{key}+{n}"
        cur = self._conn.execute(
            "INSERT INTO entities (type, canonical, key) VALUES (?,?,?)", (type_, canonical, unique)
        )
        return int(cur.lastrowid or 0)

    # -- writing links -------------------------------------------------------------------
    def link_article_entity(
        self, article_id: int, local_id: int, entity_id: int, method: str, score: float,
        keys: Sequence[tuple[str, str, str]],
    ) -> None:
        """Point the article's rows for ``local_id`` at ``entity_id`` and record the link: its
        (kind, key, alias) keys counted in ``entity_aliases``, the entity's dates and count."""
        row = self._conn.execute(
            "SELECT ae.entity_id, e.type FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
            " WHERE ae.article_id = ? AND ae.local_id = ?",
            (article_id, local_id),
        ).fetchone()
        if row is None:
            return
        exact, type_ = int(row[0]), row[1]
        if exact != entity_id:
            self._repoint(article_id, local_id, entity_id)
        self._conn.executemany(
            "INSERT INTO entity_aliases (kind, key, entity_id, type, alias, count) VALUES (?,?,?,?,?,1)"
            " ON CONFLICT(kind, key, entity_id) DO UPDATE SET count = count + 1",
            [(kind, key, entity_id, type_, alias) for kind, key, alias in keys],
        )
        self._conn.execute(
            "INSERT OR REPLACE INTO entity_links (article_id, local_id, entity_id, exact_entity_id, method,"
            " score, keys) VALUES (?,?,?,?,?,?,?)",
            (article_id, local_id, entity_id, exact, method, score,
             json.dumps([[k, v] for k, v, _ in keys], ensure_ascii=False)),
        )
        self._conn.execute(
            "UPDATE entities SET article_count = article_count + 1,"
            " first_seen = CASE WHEN p.d IS NULL THEN first_seen WHEN first_seen IS NULL OR p.d < first_seen"
            "  THEN p.d ELSE first_seen END,"
            " last_seen = CASE WHEN p.d IS NULL THEN last_seen WHEN last_seen IS NULL OR p.d > last_seen"
            "  THEN p.d ELSE last_seen END"
            " FROM (SELECT substr(published, 1, 10) AS d FROM articles WHERE id = ?) AS p"
            " WHERE entities.id = ?",
            (article_id, entity_id),
        )
        if exact != entity_id:
            self._drop_if_orphan(exact)

    def _repoint(self, article_id: int, local_id: int, entity_id: int) -> None:
        """Every row of the article about its local entity ``local_id`` now names ``entity_id``."""
        ae = self._conn.execute(
            "SELECT id FROM article_entities WHERE article_id = ? AND local_id = ?", (article_id, local_id)
        ).fetchone()
        if ae is None:
            return
        self._conn.execute("UPDATE article_entities SET entity_id = ? WHERE id = ?", (entity_id, ae[0]))
        for table in ("mentions", "roles"):
            self._conn.execute(
                f"UPDATE {table} SET entity_id = ? WHERE article_entity_id = ?", (entity_id, ae[0])
            )
        for table, column, local in _BY_LOCAL_ID:
            self._conn.execute(
                f"UPDATE {table} SET {column} = ? WHERE article_id = ? AND {local} = ?",
                (entity_id, article_id, local_id),
            )

    def _drop_if_orphan(self, entity_id: int) -> None:
        """Delete an entity nothing points at any more (an exact-name row the linker did not use)."""
        used = self._conn.execute(
            "SELECT EXISTS (SELECT 1 FROM article_entities WHERE entity_id = ?)"
            " OR EXISTS (SELECT 1 FROM entity_links WHERE entity_id = ?)",
            (entity_id, entity_id),
        ).fetchone()[0]
        if used:
            return
        try:
            self._conn.execute("DELETE FROM entities WHERE id = ?", (entity_id,))
        except sqlite3.IntegrityError:  # another table still names it: keep it
            pass

    # -- unlinking -------------------------------------------------------------------------
    def _unlink_entities(self, article_id: int) -> None:
        """Take back the article's links (before it is placed again): its alias counts, and its
        rows pointed back at the entities of their exact names."""
        links = self._conn.execute(
            "SELECT local_id, entity_id, keys FROM entity_links WHERE article_id = ?", (article_id,)
        ).fetchall()
        touched: set[int] = set()
        for _local_id, entity_id, keys in links:
            touched.add(int(entity_id))
            self._conn.executemany(
                "UPDATE entity_aliases SET count = count - 1 WHERE kind = ? AND key = ? AND entity_id = ?",
                [(k, v, entity_id) for k, v in json.loads(keys)],
            )
        self._conn.execute("DELETE FROM entity_links WHERE article_id = ?", (article_id,))
        if touched:
            marks = ",".join("?" * len(touched))
            self._conn.execute(f"DELETE FROM entity_aliases WHERE count <= 0 AND entity_id IN ({marks})",
                               list(touched))
        rows = self._conn.execute(
            "SELECT ae.local_id, ae.canonical, ae.entity_id, e.type FROM article_entities ae"
            " JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = ?",
            (article_id,),
        ).fetchall()
        for local_id, canonical, current, type_ in rows:
            exact = self._entity_id(type_, canonical)
            if exact != current:
                self._repoint(article_id, int(local_id), exact)
                touched.add(int(current))
        for entity_id in sorted(touched):
            self._refresh_seen(entity_id)
            self._drop_if_orphan(entity_id)

    def _refresh_seen(self, entity_id: int) -> None:
        self._conn.execute(
            "UPDATE entities SET article_count = s.n, first_seen = s.f, last_seen = s.l FROM"
            " (SELECT count(*) AS n, min(substr(a.published, 1, 10)) AS f,"
            "  max(substr(a.published, 1, 10)) AS l"
            "  FROM entity_links k JOIN articles a INDEXED BY articles_card ON a.id = k.article_id"
            " WHERE k.entity_id = ?) AS s"
            " WHERE entities.id = ?",
            (entity_id, entity_id),
        )

    def _clear_entity_links(self) -> None:
        """Take back every link (for a rebuild): each article's rows point at their exact names."""
        ids = [int(r[0]) for r in self._conn.execute("SELECT DISTINCT article_id FROM entity_links")]
        for article_id in ids:
            self._unlink_entities(article_id)
        self._conn.execute("DELETE FROM entity_aliases")
        self._conn.execute("UPDATE entities SET article_count = 0, first_seen = NULL, last_seen = NULL")
