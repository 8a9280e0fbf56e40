"""Fault injection: ``kill -9`` an ingest at several points, run it again, and compare the store
with a clean run's. While the killed run writes, no document is ever visible without its
analysis or the recorded reason it has none.

Runs real subprocesses of the CLI on a slice of the demo corpus (written for this project).
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
FILES = [
    "html/bok-markets.html", "html/summit-01-hanriver.html", "html/storm-03-compass.html",
    "html/trade-03-courier.html", "text/summit-02-straits.txt", "text/storm-01-africawire.txt",
    "text/trade-01-atlantic.txt", "text/latvia-election-baltic.txt", "feeds/regional.jsonl",
]

pytestmark = pytest.mark.slow


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from newsdesk.cli.app import main; main()", *args]


def _env() -> dict[str, str]:
    src = str(ROOT / "src")
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "NEWSDESK_BATCH_SIZE": "2", "NEWSDESK_DB": "", "COLUMNS": "120",
            "PYTHONPATH": src + (os.pathsep + path if path else "")}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("faults") / "corpus"
    for name in FILES:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / name, root / name)
    # a bad item too, so that errors are part of the picture
    (root / "text" / "empty.txt").write_text("  \n", encoding="utf-8")
    return root


def _ingest(corpus: Path, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_cli("ingest", str(corpus), "--db", str(db)), env=_env(), capture_output=True,
                          text=True, timeout=300)


def _rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return [tuple(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """What must be equal between a clean run and an interrupted one, by content not row id."""
    h = "(SELECT content_hash FROM documents WHERE id = {col})"
    return {
        "documents": sorted(_rows(db, "SELECT content_hash, kind, url, url_version FROM documents")),
        "articles": sorted(_rows(db, f"SELECT {h.format(col='a.id')}, a.title, length(a.text)"
                                     " FROM articles a")),
        "analyses": sorted(_rows(db, f"SELECT {h.format(col='document_id')}, pipeline_version"
                                     " FROM analyses")),
        "outcomes": sorted(_rows(db, f"SELECT {h.format(col='document_id')}, status, reason"
                                     " FROM analysis_outcomes")),
        "quotes": sorted(_rows(db, f"SELECT {h.format(col='article_id')}, kind, content_start, content_end,"
                                   " coalesce(speaker, '') FROM quotes")),
        "events": sorted(_rows(db, f"SELECT {h.format(col='article_id')}, type, trigger_start, trigger_end,"
                                   " status FROM events")),
        "entities": sorted(_rows(db, "SELECT type, key FROM entities")),
    }


def unfinished(db: Path) -> list[int]:
    """Documents visible without an analysis and without an outcome: must always be none."""
    if not _migrated(db):
        return []
    return [r[0] for r in _rows(
        db,
        "SELECT id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM analyses a WHERE a.document_id = d.id)"
        " AND NOT EXISTS (SELECT 1 FROM analysis_outcomes o WHERE o.document_id = d.id)",
    )]


def _migrated(db: Path) -> bool:
    """True once the schema is complete (a database killed while it migrates is not yet)."""
    try:
        return bool(_rows(db, "SELECT count(*) FROM sqlite_master WHERE name = 'analysis_outcomes'")[0][0])
    except sqlite3.Error:
        return False


def _documents(db: Path) -> int:
    return _rows(db, "SELECT count(*) FROM documents")[0][0] if _migrated(db) else 0


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple]]:
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    done = _ingest(corpus, db)
    assert done.returncode == 3, done.stdout + done.stderr  # the empty file is a failed item
    found = snapshot(db)
    feed_lines = sum(1 for line in (corpus / FILES[-1]).read_text("utf-8").splitlines() if line.strip())
    assert len(found["documents"]) == len(FILES) - 1 + feed_lines
    assert found["quotes"] and found["events"]
    return found


@pytest.mark.parametrize("kill_at", [0, 1, 4, 8])
def test_killed_ingest_resumes_whole(corpus: Path, clean: dict, tmp_path: Path, kill_at: int) -> None:
    """kill_at: how many stored documents to wait for before SIGKILL (0: while the model loads)."""
    db = tmp_path / "faulty.db"
    proc = subprocess.Popen(_cli("ingest", str(corpus), "--db", str(db)), env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                assert unfinished(db) == []  # the invariant, checked while the run writes
            if kill_at == 0 and db.exists() or kill_at and _documents(db) >= kill_at:
                break
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    if db.exists():
        assert unfinished(db) == []
    again = _ingest(corpus, db)
    assert again.returncode == 3, again.stdout + again.stderr
    assert snapshot(db) == clean
    assert unfinished(db) == []
    # and a third run finds everything done
    third = _ingest(corpus, db)
    assert "new documents" in third.stdout and snapshot(db) == clean
