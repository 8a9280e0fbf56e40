"""Fault trials: ``kill -9`` a real ``newsdesk ingest`` subprocess at a chosen point, run it
again, and compare the store with a clean run's — by content, not row ids.

Used by ``tests/test_fault_injection.py`` (a few kill points) and by the reliability section
of the benchmarks (many). While the killed run writes, the invariant is checked too: no
document is ever visible without its analysis or the recorded reason it has none.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from newsdesk.cli.app import main; main()", *args]


def env(batch_size: int = 2) -> dict[str, str]:
    src = str(ROOT / "src")
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "NEWSDESK_BATCH_SIZE": str(batch_size), "NEWSDESK_DB": "", "COLUMNS": "120",
            "PYTHONPATH": src + (os.pathsep + path if path else "")}


def ingest(corpus: Path, db: Path, batch_size: int = 2) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli("ingest", str(corpus), "--db", str(db)), env=env(batch_size),
                          capture_output=True, text=True, timeout=900)


def rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return [tuple(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """What must be equal between a clean run and an interrupted one."""
    h = "(SELECT content_hash FROM documents WHERE id = {col})"
    return {
        "documents": sorted(rows(db, "SELECT content_hash, kind, url, url_version FROM documents")),
        "articles": sorted(rows(db, f"SELECT {h.format(col='a.id')}, a.title, length(a.text)"
                                    " FROM articles a")),
        "analyses": sorted(rows(db, f"SELECT {h.format(col='document_id')}, pipeline_version"
                                    " FROM analyses")),
        "outcomes": sorted(rows(db, f"SELECT {h.format(col='document_id')}, status, reason"
                                    " FROM analysis_outcomes")),
        "quotes": sorted(rows(db, f"SELECT {h.format(col='article_id')}, kind, content_start, content_end,"
                                  " coalesce(speaker, '') FROM quotes")),
        "events": sorted(rows(db, f"SELECT {h.format(col='article_id')}, type, trigger_start, trigger_end,"
                                  " status FROM events")),
        "entities": sorted(rows(db, "SELECT type, key FROM entities")),
    }


def migrated(db: Path) -> bool:
    """True once the schema is complete (a database killed while it migrates is not yet)."""
    try:
        return bool(rows(db, "SELECT count(*) FROM sqlite_master WHERE name = 'analysis_outcomes'")[0][0])
    except sqlite3.Error:
        return False


def unfinished(db: Path) -> list[int]:
    """Documents visible without an analysis and without an outcome: must always be none."""
    if not migrated(db):
        return []
    return [r[0] for r in rows(
        db,
        "SELECT id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM analyses a WHERE a.document_id = d.id)"
        " AND NOT EXISTS (SELECT 1 FROM analysis_outcomes o WHERE o.document_id = d.id)",
    )]


def documents(db: Path) -> int:
    return rows(db, "SELECT count(*) FROM documents")[0][0] if migrated(db) else 0


def kill_during_ingest(corpus: Path, db: Path, kill_at: int, batch_size: int = 2) -> list[int]:
    """Start an ingest and SIGKILL it once ``kill_at`` documents are stored (0: as soon as the
    database file appears, i.e. while it is created and migrated). Returns the ids of any
    unfinished document seen while it ran (the invariant says: none)."""
    proc = subprocess.Popen(cli("ingest", str(corpus), "--db", str(db)), env=env(batch_size),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen: list[int] = []
    deadline = time.monotonic() + 600
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                seen += unfinished(db)
            if (kill_at == 0 and db.exists()) or (kill_at and documents(db) >= kill_at):
                break
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    if db.exists():
        seen += unfinished(db)
    return seen
