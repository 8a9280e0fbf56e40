"""Fault injection: ``kill -9`` an ingest at several points, run it again, and compare the store
with a clean run's. While the killed run writes, no document is ever visible without its
analysis or the recorded reason it has none.

Runs real subprocesses of the CLI on a slice of the demo corpus (written for this project).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.faults import ingest, kill_during_ingest, snapshot, unfinished  # noqa: E402

CORPUS = ROOT / "examples" / "corpus"
FILES = [
    "html/bok-markets.html", "html/summit-01-hanriver.html", "html/storm-03-compass.html",
    "html/trade-03-courier.html", "text/summit-02-straits.txt", "text/storm-01-africawire.txt",
    "text/trade-01-atlantic.txt", "text/latvia-election-baltic.txt", "feeds/regional.jsonl",
]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("faults") / "corpus"
    for name in FILES:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / name, root / name)
    # a bad item too, so that errors are part of the picture
    (root / "text" / "empty.txt").write_text("  \n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple]]:
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    done = ingest(corpus, db)
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
    assert kill_during_ingest(corpus, db, kill_at) == []  # never a document without its outcome
    again = ingest(corpus, db)
    assert again.returncode == 3, again.stdout + again.stderr
    assert snapshot(db) == clean
    assert unfinished(db) == []
    # and a third run finds everything done
    third = ingest(corpus, db)
    assert "new documents" in third.stdout and snapshot(db) == clean
