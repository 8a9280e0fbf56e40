"""Opening the database and bringing its schema up to date with numbered migrations.

Migrations are ``migrations/NNNN_name.sql`` applied in order, each in its own transaction,
with ``PRAGMA user_version`` recording the last one applied: an old database is upgraded
in place and a database from a newer newsdesk is refused rather than damaged.
"""

from __future__ import annotations

import os
import re
import sqlite3
from importlib import resources

from newsdesk.errors import StoreError

_MIGRATION_RE = re.compile(r"^(\d{4})_[\w-]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """``(number, name, sql)`` of every packaged migration, in order."""
    folder = resources.files("newsdesk.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        m = _MIGRATION_RE.match(entry.name)
        if m:
            found.append((int(m.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort()
    numbers = [n for n, _, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise StoreError(f"migrations are not numbered 1..n without gaps: {numbers}")
    return found


def latest_version() -> int:
    return len(migrations())


def connect(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database; StoreError says why it cannot."""
    target = os.fspath(path)
    if target != ":memory:":
        parent = os.path.dirname(os.path.abspath(target))
        if not os.path.isdir(parent):
            raise StoreError(f"cannot open database {target}: folder {parent} does not exist")
        if os.path.isdir(target):
            raise StoreError(f"cannot open database {target}: it is a folder")
    try:
        conn = sqlite3.connect(target, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open database {target}: {exc}") from exc
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"cannot use database {target}: {exc}") from exc
    except StoreError:
        conn.close()
        raise
    conn.row_factory = sqlite3.Row
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations the database lacks; returns the names applied."""
    current = schema_version(conn)
    available = migrations()
    if current > len(available):
        raise StoreError(
            f"database schema version {current} is newer than this newsdesk knows ({len(available)})"
        )
    applied = []
    for number, name, sql in available[current:]:
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"migration {name} failed: {exc}") from exc
        applied.append(name)
    return applied
