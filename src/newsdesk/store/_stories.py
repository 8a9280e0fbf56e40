"""Story layer, in the store: stories: membership, centroids, candidates, timelines' reads.

A mixin of ``Store`` (it uses ``self._conn`` and ``self.transaction()``), so that the
SQL of each part of the story layer lives in a small module of its own.
"""

from __future__ import annotations

import sqlite3


class StoriesStore:
    _conn: sqlite3.Connection

    def unplace_article(self, article_id: int) -> None:
        """Remove the article from the cross-article layer (before it is placed again)."""

    def clear_story_layer(self) -> None:
        """Delete every copy link, entity link, store-wide event and story (for ``restory``)."""

    def analysed_article_ids(self) -> list[int]:
        """Ids of the analysed articles, in arrival (document id) order."""
        rows = self._conn.execute("SELECT document_id FROM analyses ORDER BY document_id")
        return [int(r[0]) for r in rows]

    def replay_story_merges(self) -> None:
        """Merge again the stories merged by hand before a rebuild."""
