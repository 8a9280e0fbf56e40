"""Saved searches, in the store: a name for a query, followable as a feed (``newsdesk searches``)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from newsdesk.errors import InputError
from newsdesk.models import SavedSearch
from newsdesk.store._budget import bounded
from newsdesk.store._fts import fts_query

#: Longest name a saved search may have (it is shown in lists and feed titles).
MAX_NAME_CHARS = 200

_COLUMNS = "id, name, query, created"


def _saved(row: sqlite3.Row | tuple) -> SavedSearch:
    return SavedSearch(name=row[1], query=row[2], id=int(row[0]), created=row[3])


class SavedSearchStore:
    _conn: sqlite3.Connection

    def add_saved_search(self, name: str, query: str) -> SavedSearch:
        """Save ``query`` under ``name``: an InputError for an empty, too long or used name
        (any case), a QueryError for a query the search would refuse (checked now, not when
        its feed is read)."""
        name = " ".join(name.split())
        if not name:
            raise InputError("saved search name", "empty", "give the search a name")
        if len(name) > MAX_NAME_CHARS:
            raise InputError("saved search name", "too long", f"at most {MAX_NAME_CHARS} characters")
        fts_query(query)
        created = datetime.now(UTC).isoformat(timespec="seconds")
        with self.transaction() as c:  # type: ignore[attr-defined]
            if c.execute("SELECT 1 FROM saved_searches WHERE name = ?", (name,)).fetchone():
                raise InputError(f"saved search {name!r}", "exists already", "delete it first to change it")
            new_id = int(c.execute(
                "INSERT INTO saved_searches (name, query, created) VALUES (?,?,?)", (name, query, created)
            ).lastrowid or 0)
        return SavedSearch(name=name, query=query, id=new_id, created=created)

    @bounded
    def saved_searches(self, limit: int | None = None, offset: int = 0) -> list[SavedSearch]:
        """Saved searches by name."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM saved_searches ORDER BY name, id LIMIT ? OFFSET ?",
            (-1 if limit is None else max(limit, 0), max(offset, 0)))
        return [_saved(r) for r in rows]

    @bounded
    def count_saved_searches(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM saved_searches").fetchone()[0])

    @bounded
    def get_saved_search(self, ref: int | str) -> SavedSearch | None:
        """The saved search with that id (an int) or name (a str, any case), or None."""
        column = "id" if isinstance(ref, int) else "name"
        sql = f"SELECT {_COLUMNS} FROM saved_searches WHERE {column} = ?"
        row = self._conn.execute(sql, (ref,)).fetchone()
        return _saved(row) if row else None

    def remove_saved_search(self, ref: int | str) -> bool:
        """Delete it (by id or name); False when there is none."""
        column = "id" if isinstance(ref, int) else "name"
        with self.transaction() as c:  # type: ignore[attr-defined]
            return c.execute(f"DELETE FROM saved_searches WHERE {column} = ?", (ref,)).rowcount > 0
