"""Story layer, in the store: store-wide entities: aliases and the links from each article's entities.

A mixin of ``Store`` (it uses ``self._conn`` and ``self.transaction()``), so that the
SQL of each part of the story layer lives in a small module of its own.
"""

from __future__ import annotations

import sqlite3


class EntityLinkStore:
    _conn: sqlite3.Connection

    def article_entity_ids(self, article_id: int) -> dict[int, int]:
        """The article's entity ids (``Entity.id``) → their store-wide ``entities.id``."""
        rows = self._conn.execute(
            "SELECT local_id, entity_id FROM article_entities WHERE article_id = ?", (article_id,)
        )
        return {int(r[0]): int(r[1]) for r in rows}
