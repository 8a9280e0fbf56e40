"""Story layer, in the store: near-duplicate copies: MinHash signatures, LSH band keys and copy links.

A mixin of ``Store`` (it uses ``self._conn`` and ``self.transaction()``), so that the
SQL of each part of the story layer lives in a small module of its own. Every read here is
bounded by the article's own data (its band keys, a capped candidate list, one chain of
links), never by the size of the store.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Sequence

from newsdesk.models import CopyLink
from newsdesk.store._budget import bounded

#: Links followed at most from an article to its canonical article (a chain longer than one
#: link only appears after a canonical article was re-placed as a copy of an earlier one).
MAX_HOPS = 16


class CopiesStore:
    _conn: sqlite3.Connection

    # -- the LSH index ------------------------------------------------------------------
    def save_copy_signature(
        self, article_id: int, scheme: str, minhash: bytes, shingles: int, band_keys: Sequence[int]
    ) -> None:
        """Store the article's signature and band keys, replacing its rows and dropping its own
        link (placing an article again starts afresh, whether or not it was unplaced)."""
        self.forget_copy(article_id)
        conn = self._conn
        conn.execute(
            "INSERT OR REPLACE INTO copy_signatures (article_id, scheme, shingles, minhash)"
            " VALUES (?, ?, ?, ?)",
            (article_id, scheme, shingles, minhash),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO copy_bands (band_key, article_id) VALUES (?, ?)",
            [(key, article_id) for key in band_keys],
        )

    def copy_candidates(self, band_keys: Sequence[int], before: int, per_key: int, limit: int) -> list[int]:
        """Articles stored before ``before`` that share a band key, the most shared keys first.

        One indexed range read per key, each of at most ``per_key`` rows (the earliest
        articles: a mass reprint's canonical article is among them), so the cost is bounded.
        """
        hits: Counter[int] = Counter()
        query = ("SELECT article_id FROM copy_bands WHERE band_key = ? AND article_id < ?"
                 " ORDER BY article_id LIMIT ?")
        for key in band_keys:
            hits.update(int(r[0]) for r in self._conn.execute(query, (key, before, per_key)))
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))
        return [article_id for article_id, _ in ranked[:limit]]

    def copy_signatures(self, article_ids: Sequence[int], scheme: str) -> dict[int, tuple[bytes, int]]:
        """``article_id → (minhash, shingles)`` for those of the articles signed with ``scheme``."""
        if not article_ids:
            return {}
        marks = ",".join("?" * len(article_ids))
        rows = self._conn.execute(
            f"SELECT article_id, minhash, shingles FROM copy_signatures WHERE article_id IN ({marks})"
            " AND scheme = ?",
            (*article_ids, scheme),
        )
        return {int(r[0]): (bytes(r[1]), int(r[2])) for r in rows}

    # -- links ----------------------------------------------------------------------------
    def save_copy_link(self, link: CopyLink, matched_id: int) -> None:
        """Record that ``link.article_id`` copies ``matched_id``, of the group of ``link.canonical_id``."""
        self._conn.execute(
            "INSERT OR REPLACE INTO copy_links (article_id, canonical_id, matched_id, similarity)"
            " VALUES (?, ?, ?, ?)",
            (link.article_id, link.canonical_id, matched_id, link.similarity),
        )

    def _canonical(self, article_id: int) -> int:
        current = article_id
        for _ in range(MAX_HOPS):
            row = self._conn.execute(
                "SELECT canonical_id FROM copy_links WHERE article_id = ?", (current,)
            ).fetchone()
            if row is None:
                return current
            current = int(row[0])
        return current

    @bounded
    def canonical_of(self, article_id: int) -> int:
        """The canonical article of the article's copy group (the article itself when it is no copy)."""
        return self._canonical(article_id)

    @bounded
    def copy_link(self, article_id: int) -> CopyLink | None:
        """The article's link to its canonical article, or None when it is canonical itself."""
        row = self._conn.execute(
            "SELECT similarity FROM copy_links WHERE article_id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        return CopyLink(article_id, self._canonical(article_id), float(row[0]))

    @bounded
    def copies_of(self, article_id: int) -> list[int]:
        """The whole copy group of the article, canonical article first, then by id.

        For counting a copy once and listing its outlets; the article may be any member.
        """
        canonical = self._canonical(article_id)
        rows = self._conn.execute(
            "WITH RECURSIVE grp(id, depth) AS (SELECT ?, 0 UNION"
            " SELECT l.article_id, g.depth + 1 FROM copy_links l JOIN grp g ON l.canonical_id = g.id"
            " WHERE g.depth < ?) SELECT DISTINCT id FROM grp",
            (canonical, MAX_HOPS),
        )
        return [canonical] + sorted(int(r[0]) for r in rows if int(r[0]) != canonical)

    def copy_texts(self, article_ids: list[int]) -> dict[int, tuple[str, str | None]]:
        """The texts and publication dates of candidate originals (names and dates are compared)."""
        if not article_ids:
            return {}
        marks = ",".join("?" * len(article_ids))
        rows = self._conn.execute(
            f"SELECT id, text, published FROM articles WHERE id IN ({marks})", article_ids  # noqa: S608
        )
        return {int(r[0]): (str(r[1]), r[2]) for r in rows}

    # -- removal (wired into StoriesStore.unplace_article / clear_story_layer) -------------
    def _unplace_copies(self, article_id: int) -> None:
        """``forget_copy``, for ``StoriesStore.unplace_article``."""
        self.forget_copy(article_id)

    def forget_copy(self, article_id: int) -> None:
        """Remove the article's signature, band keys and own link. Links of later copies to it
        stay: they are facts about those articles, and only earlier articles are ever matched,
        so the article is still their canonical when it is placed again."""
        conn = self._conn
        conn.execute("DELETE FROM copy_bands WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM copy_signatures WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM copy_links WHERE article_id = ?", (article_id,))

    def _clear_copies(self) -> None:
        """Delete every signature, band key and copy link (``newsdesk restory``)."""
        for table in ("copy_links", "copy_bands", "copy_signatures"):
            self._conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
