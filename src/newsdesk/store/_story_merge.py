"""Merging one story into another: its articles, centroid, entity and event counts move.

Used by ``Store.merge_stories`` (by hand, and when an article shows two stories are one).
"""

from __future__ import annotations

import sqlite3

#: The per-story tables summed on a merge: (table, key column, count column).
_SUMMED = (("story_terms", "term", "weight"), ("story_entities", "entity_id", "articles"),
           ("story_event_keys", "key", "articles"))


def move(conn: sqlite3.Connection, keep: int, other: int) -> int:
    """Move story ``other`` into ``keep`` (inside the caller's transaction); returns the
    number of articles moved. ``other`` stays as an empty row pointing at ``keep``."""
    moved = conn.execute(
        "UPDATE story_articles SET story_id = ? WHERE story_id = ?", (keep, other)
    ).rowcount
    for table, key, col in _SUMMED:
        extra = ", type" if table == "story_entities" else ""
        conn.execute(
            f"INSERT INTO {table} (story_id, {key}, {col}{extra}) SELECT ?, {key}, {col}{extra}"
            f" FROM {table} WHERE story_id = ? ORDER BY {key}"
            f" ON CONFLICT(story_id, {key}) DO UPDATE SET {col} = {col} + excluded.{col}",
            (keep, other),
        )
        conn.execute(f"DELETE FROM {table} WHERE story_id = ?", (other,))
    conn.execute(
        "UPDATE stories SET size = size + (SELECT size FROM stories WHERE id = ?2) WHERE id = ?1",
        (keep, other),
    )
    conn.execute("UPDATE stories SET merged_into = ?, size = 0 WHERE id = ?", (keep, other))
    return int(moved)
