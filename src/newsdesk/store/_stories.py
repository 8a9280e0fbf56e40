"""Story layer, in the store: stories: membership, centroids, candidates, merges.

A mixin of ``Store`` (it uses ``self._conn`` and ``self.transaction()``), so that the
SQL of each part of the story layer lives in a small module of its own. Every write here
touches a bounded number of rows: one article's terms and entities, one story's centroid.
The read side (listing stories, one story) is in ``_story_read``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from newsdesk.config import load_settings
from newsdesk.models import Story, StoryProfile
from newsdesk.store import _story_merge, _story_read
from newsdesk.store._budget import bounded
from newsdesk.store._fts import render
from newsdesk.store._query import AnyOf, Phrase

#: A story's main places and people: mentioned by at least this share of its articles.
MAIN_SHARE = 0.3


def _chunks(items: Sequence, n: int = 400) -> Iterable[Sequence]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _marks(items: Sequence) -> str:
    return ",".join("?" * len(items))


class StoriesStore:
    _conn: sqlite3.Connection

    # -- statistics ------------------------------------------------------------------
    def story_article_count(self) -> int:
        """Canonical articles placed so far (the N of the IDF)."""
        row = self._conn.execute("SELECT value FROM story_stats WHERE name = 'articles'").fetchone()
        return int(row[0]) if row else 0

    def term_dfs(self, terms: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for part in _chunks(sorted(terms)):
            q = f"SELECT term, df FROM term_df WHERE term IN ({_marks(part)})"
            found.update({str(t): int(d) for t, d in self._conn.execute(q, tuple(part))})
        return found

    def entity_dfs(self, entity_ids: Sequence[int]) -> dict[int, int]:
        found: dict[int, int] = {}
        for part in _chunks(sorted(entity_ids)):
            q = f"SELECT entity_id, df FROM entity_df WHERE entity_id IN ({_marks(part)})"
            found.update({int(e): int(d) for e, d in self._conn.execute(q, tuple(part))})
        return found

    def _count(self, terms: Sequence[str], entity_ids: Sequence[int], delta: int) -> None:
        c = self._conn
        c.executemany(
            "INSERT INTO term_df (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + ?",
            [(t, max(delta, 0), delta) for t in sorted(terms)],
        )
        c.executemany(
            "INSERT INTO entity_df (entity_id, df) VALUES (?, ?)"
            " ON CONFLICT(entity_id) DO UPDATE SET df = df + ?",
            [(e, max(delta, 0), delta) for e in sorted(entity_ids)],
        )
        c.execute(
            "INSERT INTO story_stats (name, value) VALUES ('articles', ?)"
            " ON CONFLICT(name) DO UPDATE SET value = value + ?", (max(delta, 0), delta),
        )

    # -- candidates and profiles -----------------------------------------------------------
    def story_of(self, article_id: int) -> int | None:
        """The (live) story of an article, following merges."""
        row = self._conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return self._live(int(row[0])) if row else None

    def live_story(self, story_id: int) -> int:
        """The story a (possibly merged) story id now lives in."""
        return self._live(story_id)

    def _live(self, story_id: int) -> int:
        for _ in range(100):
            row = self._conn.execute("SELECT merged_into FROM stories WHERE id = ?", (story_id,)).fetchone()
            if not row or row[0] is None:
                break
            story_id = int(row[0])
        return story_id

    def story_candidates(
        self, article_id: int, terms: Sequence[str], entity_ids: Sequence[int], limit: int = 10
    ) -> list[int]:
        """Stories that may hold the article: those of the articles the full-text index ranks
        best for its top terms, and the latest stories naming its rarest entities (postings,
        never a scan of the stories)."""
        found: set[int] = set()
        words = tuple(Phrase((t,)) for t in terms if t.isalpha())
        if words:
            match = render(AnyOf(words)) if len(words) > 1 else render(words[0])
            rows = self._conn.execute(
                "SELECT sa.story_id FROM (SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ?"
                " AND rowid != ? ORDER BY bm25(articles_fts), rowid LIMIT ?) hit"
                " JOIN story_articles sa ON sa.article_id = hit.id",
                (match, article_id, 3 * limit),
            )
            found.update(int(r[0]) for r in rows)
        for e in entity_ids:
            rows = self._conn.execute(
                "SELECT story_id FROM story_entities WHERE entity_id = ? ORDER BY story_id DESC LIMIT ?",
                (e, limit),
            )
            found.update(int(r[0]) for r in rows)
        return sorted({self._live(s) for s in found})

    def story_profiles(
        self, story_ids: Sequence[int], entity_ids: Sequence[int], top_terms: int
    ) -> list[StoryProfile]:
        """The compact centroids of these stories (entity counts for ``entity_ids`` only)."""
        out = []
        c = self._conn
        for sid in story_ids:
            row = c.execute("SELECT size, first_seen, last_seen FROM stories WHERE id = ?", (sid,)).fetchone()
            if row is None:
                continue
            p = StoryProfile(sid, int(row[0]), row[1], row[2])
            p.centroid = {
                str(t): float(w) for t, w in c.execute(
                    "SELECT term, weight FROM story_terms WHERE story_id = ?"
                    " ORDER BY weight DESC, term LIMIT ?",
                    (sid, top_terms),
                )
            }
            for part in _chunks(sorted(entity_ids)):
                p.entities.update({int(e): int(n) for e, n in c.execute(
                    f"SELECT entity_id, articles FROM story_entities WHERE story_id = ?"
                    f" AND entity_id IN ({_marks(part)})", (sid, *part),
                )})
            least = max(1, int(MAIN_SHARE * p.size + 0.999))
            for e, t in c.execute(
                "SELECT entity_id, type FROM story_entities WHERE story_id = ? AND articles >= ?"
                " AND type IN ('PERSON', 'GPE', 'LOC', 'FAC') ORDER BY articles DESC, entity_id LIMIT 6",
                (sid, least),
            ):
                (p.main_people if t == "PERSON" else p.main_places).add(int(e))
            p.events = {str(k): int(n) for k, n in c.execute(
                "SELECT key, articles FROM story_event_keys WHERE story_id = ? ORDER BY articles DESC, key"
                " LIMIT 50", (sid,),
            )}
            out.append(p)
        return out

    # -- writes ---------------------------------------------------------------------------
    def place_in_story(
        self, article_id: int, story_id: int | None, features: dict, *,
        published: str | None, title: str | None, score: float | None = None,
        canonical_id: int | None = None, centroid_terms: int = 500,
    ) -> int:
        """Put the article in the story (a new one when ``story_id`` is None) and add what it
        brings to the story's centroid, counts and dates. ``features`` holds ``terms`` (its
        distinct words), ``vector``, ``entities`` ({id: type}) and ``events``; a copy
        (``canonical_id``) adds nothing but its date."""
        c = self._conn
        if story_id is None:
            story_id = int(c.execute(
                "INSERT INTO stories (title, created_at) VALUES (?, ?)",
                (title, datetime.now(UTC).isoformat(timespec="seconds")),
            ).lastrowid or 0)
        c.execute(
            "INSERT INTO story_articles (article_id, story_id, canonical_id, published, score, features)"
            " VALUES (?,?,?,?,?,?)",
            (article_id, story_id, canonical_id, published, score,
             json.dumps(features if canonical_id is None else {}, sort_keys=True)),
        )
        day = published[:10] if published else None
        c.execute(
            "UPDATE stories SET first_seen = CASE WHEN first_seen IS NULL OR ? < first_seen THEN ?"
            " ELSE first_seen END, last_seen = CASE WHEN last_seen IS NULL OR ? > last_seen THEN ?"
            " ELSE last_seen END WHERE id = ?", (day, day, day, day, story_id),
        )
        if canonical_id is None:
            self._add_features(story_id, features, 1, centroid_terms)
            if title and (score or 0.0) >= self._title_score(story_id):
                c.execute("UPDATE stories SET title = ?, title_score = ? WHERE id = ?",
                          (title, score or 0.0, story_id))
        return story_id

    def _title_score(self, story_id: int) -> float:
        row = self._conn.execute(
            "SELECT CASE WHEN title IS NULL THEN -1 ELSE title_score END FROM stories WHERE id = ?",
            (story_id,),
        ).fetchone()
        return float(row[0]) if row else -1.0

    def _add_features(self, story_id: int, f: dict, sign: int, centroid_terms: int) -> None:
        c = self._conn
        ents = {int(e): t for e, t in f.get("entities", {}).items()}
        self._count(f.get("terms", []), list(ents), sign)
        c.execute("UPDATE stories SET size = size + ? WHERE id = ?", (sign, story_id))
        c.executemany(
            "INSERT INTO story_terms (story_id, term, weight) VALUES (?,?,?)"
            " ON CONFLICT(story_id, term) DO UPDATE SET weight = weight + excluded.weight",
            [(story_id, t, sign * w) for t, w in sorted(f.get("vector", {}).items())],
        )
        c.executemany(
            "INSERT INTO story_entities (story_id, entity_id, type, articles) VALUES (?,?,?,?)"
            " ON CONFLICT(story_id, entity_id) DO UPDATE SET articles = articles + excluded.articles",
            [(story_id, e, t, sign) for e, t in sorted(ents.items())],
        )
        c.executemany(
            "INSERT INTO story_event_keys (story_id, key, articles) VALUES (?,?,?)"
            " ON CONFLICT(story_id, key) DO UPDATE SET articles = articles + excluded.articles",
            [(story_id, k, sign) for k in sorted(f.get("events", []))],
        )
        c.execute("DELETE FROM story_entities WHERE story_id = ? AND articles <= 0", (story_id,))
        c.execute("DELETE FROM story_event_keys WHERE story_id = ? AND articles <= 0", (story_id,))
        c.execute(
            "DELETE FROM story_terms WHERE story_id = ? AND (weight <= 1e-9 OR term NOT IN (SELECT term"
            " FROM story_terms WHERE story_id = ? ORDER BY weight DESC, term LIMIT ?))",
            (story_id, story_id, centroid_terms),
        )

    def unplace_article(self, article_id: int) -> None:
        """Remove the article from the cross-article layer (before it is placed again): its
        copy signature, entity links, event reports and story membership."""
        self._unplace_copies(article_id)  # type: ignore[attr-defined]
        self._unlink_entities(article_id)  # type: ignore[attr-defined]
        self._unlink_events(article_id)  # type: ignore[attr-defined]
        c = self._conn
        row = c.execute(
            "SELECT story_id, canonical_id, features FROM story_articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return
        story_id = int(row[0])
        c.execute("DELETE FROM story_articles WHERE article_id = ?", (article_id,))
        if row[1] is None:
            self._add_features(story_id, json.loads(row[2]), -1, 10**9)
        self._refresh_dates(story_id)

    def _refresh_dates(self, story_id: int) -> None:
        self._conn.execute(
            "UPDATE stories SET first_seen = (SELECT min(substr(published, 1, 10)) FROM story_articles"
            " WHERE story_id = ?1), last_seen = (SELECT max(substr(published, 1, 10)) FROM story_articles"
            " WHERE story_id = ?1) WHERE id = ?1", (story_id,),
        )

    def clear_story_layer(self) -> None:
        """Delete every copy link, entity link, store-wide event and story (for ``restory``)."""
        with self.transaction():  # type: ignore[attr-defined]
            self._clear_story_events()  # type: ignore[attr-defined]
            for table in ("story_articles", "story_terms", "story_entities", "story_event_keys",
                          "term_df", "entity_df", "story_stats", "story_views", "stories"):
                self._conn.execute(f"DELETE FROM {table}")
            self._clear_copies()  # type: ignore[attr-defined]
            self._clear_entity_links()  # type: ignore[attr-defined]

    def analysed_article_ids(self) -> list[int]:
        """Ids of the analysed articles, in arrival (document id) order."""
        rows = self._conn.execute("SELECT document_id FROM analyses ORDER BY document_id")
        return [int(r[0]) for r in rows]

    # -- reads ------------------------------------------------------------------------------
    @bounded
    def stories(
        self, active: bool = False, since: str | None = None, limit: int | None = None
    ) -> list[Story]:
        """Live stories, latest first, with their articles (copies folded). ``active``: seen
        within ``[stories] active_days`` of the newest story; ``since``: seen on or after."""
        cutoff = since
        if active:
            window = _story_read.active_cutoff(self._conn, load_settings().stories_active_days)
            cutoff = max(filter(None, (cutoff, window)), default=None)
        found = (self._story(i) for i in _story_read.story_ids(self._conn, cutoff, limit))
        return [s for s in found if s is not None]

    @bounded
    def get_story(self, story_id: int) -> Story | None:
        """One story (a merged one is followed to the story it was merged into)."""
        return self._story(self._live(story_id))

    def _story(self, story_id: int) -> Story | None:
        found = _story_read.story(self._conn, story_id)
        events = getattr(self, "story_events", None)
        if found is not None and callable(events):
            found.events = list(events(story_id))
        return found

    @bounded
    def article_story(self, article_id: int) -> tuple[int, str] | None:
        """The story an article is in: (id, title), or None when it is not placed."""
        return _story_read.article_story(self._conn, article_id)

    # -- merges ---------------------------------------------------------------------------
    def merge_stories(self, keep: int, other: int, record: bool = True) -> int:
        """Move every article of ``other`` into ``keep`` (centroids and counts summed); the
        merge is recorded (by the stories' first articles) so that ``restory`` replays it.
        Returns the number of articles moved."""
        keep, other = self._live(keep), self._live(other)
        if keep == other:
            return 0
        with self.transaction() as c:  # type: ignore[attr-defined]
            firsts = [self._first_article(s) for s in (keep, other)]
            if None in firsts:
                raise ValueError(f"no story {keep if firsts[0] is None else other}")
            moved = _story_merge.move(c, keep, other)
            self._move_story_events(other, keep)  # type: ignore[attr-defined]  # folded by stories.merging
            self._refresh_dates(keep)
            if record:
                c.execute(
                    "INSERT INTO story_merges (keep_article, other_article, at) VALUES (?,?,?)",
                    (firsts[0], firsts[1], datetime.now(UTC).isoformat(timespec="seconds")),
                )
        return moved

    def _first_article(self, story_id: int) -> int | None:
        row = self._conn.execute(
            "SELECT min(article_id) FROM story_articles WHERE story_id = ?", (story_id,)
        ).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    def recorded_merges(self) -> list[tuple[int, int]]:
        """The merges made by hand, as (first article of the kept story, of the other), in order."""
        rows = self._conn.execute("SELECT keep_article, other_article FROM story_merges ORDER BY id")
        return [(int(r[0]), int(r[1])) for r in rows]

