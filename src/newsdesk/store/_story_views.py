"""A story as its page reads it: bounded reads of its head and one page of its articles, and
its derived view (timeline, summary, key quotes) kept by the stories layer.

Why: a story may hold thousands of articles and a thousand events; the page needs a few
counts, one page of articles and a view derived from up to 200 analyses. The view is built
when an ingest batch changes the story (``newsdesk.stories.views``) and stored with the
``state`` it was built from, so that a reader sees it without rebuilding it.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

from newsdesk.models import Story, StoryArticle
from newsdesk.store import _story_read
from newsdesk.store._budget import bounded
from newsdesk.store._db import compress, decompress


class StoryViewStore:
    """Reads of the story page and the stored derived views of stories."""

    _conn: sqlite3.Connection

    @bounded
    def story_head(self, story_id: int) -> Story | None:
        """The (live) story without its articles: title, dates, key people and places."""
        return _story_read.head(self._conn, self._live(story_id))  # type: ignore[attr-defined]

    @bounded
    def story_article_page(self, story_id: int, offset: int = 0, limit: int = 50
                           ) -> tuple[int, int, list[str], list[StoryArticle]]:
        """(articles listed, reports, every outlet, one page of the listed articles oldest
        first, each with its copies folded in)."""
        return _story_read.article_page(self._conn, story_id, offset, limit)

    @bounded
    def story_state(self, story_id: int) -> str:
        """What the story's derived view depends on (its articles and events), as a key."""
        return _story_read.state(self._conn, story_id)

    @bounded
    def stored_story_view(self, story_id: int) -> tuple[str, dict[str, Any]] | None:
        """(state, body) of the story's stored derived view, or None."""
        row = self._conn.execute("SELECT state, body FROM story_views WHERE story_id = ?",
                                 (story_id,)).fetchone()
        return (str(row[0]), json.loads(decompress(row[1]))) if row else None

    def save_story_view(self, story_id: int, state: str, body: dict[str, Any]) -> None:
        """Keep the story's derived view (replacing the one before)."""
        with self.transaction() as c:  # type: ignore[attr-defined]
            c.execute(
                "INSERT INTO story_views (story_id, state, body, built_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(story_id) DO UPDATE SET state = excluded.state, body = excluded.body,"
                " built_at = excluded.built_at",
                (story_id, state, compress(json.dumps(body, ensure_ascii=False)),
                 datetime.now(UTC).isoformat(timespec="seconds")))
