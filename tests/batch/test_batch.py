"""newsdesk batch on a local Ray cluster, newsdesk load into a store, and a killed batch run again.

The inputs are written here: a web archive (two article pages, an image, a redirect, a 404
and a record cut off by the end of the file) and a JSONL feed (a wire story, an outlet's
reprint of it a day later, and a record without content).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from spacy.language import Language

from newsdesk.batch.job import SUCCESS, run_batch
from newsdesk.batch.load import load_batch
from newsdesk.pipeline import ingest_paths
from newsdesk.store import Store
from warc_kit import Page, article_html, write_warc

pytestmark = pytest.mark.slow

WIRE = (
    "Dockworkers end strike at northern port\n\n"
    "Dockworkers at the northern port of Halden ended a nine-day strike on Tuesday after the port authority "
    "agreed to hire forty more crane operators and to review night-shift pay by the end of the year.\n\n"
    "Union leader Marta Quist said the agreement showed that the workers had been right to walk out. "
    "\"We asked for safe crews and we got them,\" she told reporters outside the terminal gates.\n\n"
    "Port director Henrik Lund said ships held at anchor during the strike would be unloaded within a week, "
    "and that exporters of timber and fish would not face extra charges for the delay."
)


def write_inputs(root: Path) -> list[str]:
    root.mkdir(parents=True, exist_ok=True)
    warc = write_warc(root / "crawl.warc.gz", [
        Page("https://paper.test/ferry", article_html("Harbour ferry returns after repairs", [
            "The harbour ferry returned to service on Monday after three weeks of repairs to its engines.",
            "Port manager Alice Moreau said the crossing would run every hour until the summer timetable.",
        ], published="2026-03-02")),
        Page("https://paper.test/logo.png", b"\x89PNG\r\n\x1a\n....", ctype="image/png"),
        Page("https://paper.test/old", b"", status=301, extra="Location: https://paper.test/ferry\r\n"),
        Page("https://paper.test/bridge", article_html("Council delays vote on river bridge", [
            "The city council delayed its vote on the new river bridge until engineers finish a survey.",
            "Councillor Tom Baker said residents deserved answers before any money was spent on it.",
        ], published="2026-03-03")),
        Page("https://paper.test/cut", article_html("A page the crawl did not finish", ["Never whole."])),
    ], cut_last=60)
    feed = root / "wire.jsonl"
    records = [
        {"url": "https://wire.test/strike", "text": WIRE, "published": "2026-03-04", "source": "Wire"},
        {"url": "https://gazette.test/strike", "text": WIRE.replace("Tuesday", "Tuesday afternoon"),
         "published": "2026-03-05", "source": "Gazette"},
        {"url": "https://wire.test/empty", "published": "2026-03-05"},
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return [str(warc), str(feed)]


def test_a_killed_batch_leaves_nothing_finished_and_runs_again(tmp_path: Path) -> None:
    """First in the module: it runs Ray in its own processes and stops what the kill left."""
    inputs = write_inputs(tmp_path / "in")
    out = tmp_path / "out"
    newsdesk, ray_cli = (str(Path(sys.executable).with_name(name)) for name in ("newsdesk", "ray"))
    cmd = [newsdesk, "batch", *inputs, "--out", str(out), "--workers", "1"]
    try:
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        job = subprocess.Popen(cmd, start_new_session=True, **quiet)
        deadline = time.monotonic() + 120
        while not (out / ".partial").exists() and time.monotonic() < deadline and job.poll() is None:
            time.sleep(0.2)
        time.sleep(1.0)  # inside the job
        os.killpg(job.pid, signal.SIGKILL)
        job.wait()
        assert not (out / SUCCESS).exists()
        again = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
        assert again.returncode == 3, again.stderr  # finished, with the bad records listed
        assert "4 articles (4 analysed)" in " ".join(again.stdout.split())
    finally:
        subprocess.run([ray_cli, "stop", "--force"], capture_output=True, timeout=120)
    assert not (out / ".partial").exists()
    assert pq.read_table(out / "articles").num_rows == 4
    done = json.loads((out / SUCCESS).read_text())
    assert done["articles"] == 4
    assert list(done["phases"]) == ["start", "analyse", "copies"]
    assert 0 < sum(done["phases"].values()) <= done["seconds"]


@pytest.fixture(scope="module")
def ray_local():
    import ray

    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory, ray_local) -> tuple[list[str], Path, object]:  # noqa: ANN001
    root = tmp_path_factory.mktemp("batch")
    inputs = write_inputs(root / "in")
    report = run_batch(inputs, root / "out", workers=2)
    return inputs, root / "out", report


def test_two_workers_write_articles_by_day_errors_and_copies(batch) -> None:  # noqa: ANN001
    inputs, out, report = batch
    assert (report.inputs, report.articles, report.analysed, report.workers) == (2, 4, 4, 2)
    assert report.reasons == {"truncated": 1, "no-content": 1}
    days = sorted(p.name for p in (out / "articles").iterdir())
    assert days == ["date=2026-03-02", "date=2026-03-03", "date=2026-03-04", "date=2026-03-05"]
    rows = pq.read_table(out / "articles").to_pylist()
    ferry = next(r for r in rows if r["url"] == "https://paper.test/ferry")
    analysis = json.loads(ferry["analysis"])
    assert "Alice Moreau" in [e["canonical"] for e in analysis["entities"]]
    assert ferry["status"] == "analysed" and ferry["shingles"] > 12 and len(ferry["minhash"]) == 126 * 4
    errors = pq.read_table(out / "errors").to_pylist()
    by_reason = {e["reason"]: e for e in errors}
    assert by_reason["truncated"]["source"].startswith(inputs[0] + "#urn:uuid:")
    assert by_reason["no-content"]["source"] == inputs[1] + ":3"
    assert "1 not-html, 1 redirect" in by_reason["warc-skipped"]["detail"]
    (link,) = pq.read_table(out / "copies").to_pylist()
    assert (link["source"], link["canonical"]) == (inputs[1] + ":2", inputs[1] + ":1")
    assert json.loads((out / SUCCESS).read_text())["articles"] == 4


def test_load_twice_changes_nothing_and_matches_ingest(batch, tmp_path: Path, nlp: Language) -> None:  # noqa: ANN001
    inputs, out, _ = batch
    with Store(str(tmp_path / "loaded.db")) as loaded, Store(str(tmp_path / "ingested.db")) as ingested:
        first = load_batch(out, loaded)
        assert (first.new, first.analysed, len(first.errors)) == (4, 4, 2)
        before = loaded.counts()
        again = load_batch(out, loaded)
        assert (again.new, again.analysed, again.duplicates) == (0, 0, 4)
        assert loaded.counts() == before
        ingest_paths(inputs, ingested, nlp)
        assert {**loaded.counts(), "errors": 0} == {**ingested.counts(), "errors": 0}
        copies = "SELECT a.url, c.url FROM copy_links l JOIN articles a ON a.id = l.article_id" \
                 " JOIN articles c ON c.id = l.canonical_id"
        found = [[tuple(row) for row in store._conn.execute(copies)] for store in (loaded, ingested)]
        assert found[0] == found[1] == [("https://gazette.test/strike", "https://wire.test/strike")]


def test_the_copies_job_finds_the_demo_corpus_syndicated_pairs(
    tmp_path: Path, ray_local, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    """The distributed copies job against the demo corpus's gold pairs (the store's own copies
    are checked against the same gold in tests/stories/test_copies.py), then again with the
    shuffle cut into 8 parts, as a large batch's would be: keys split across parts lose nothing."""
    import ray.data

    from newsdesk.batch import copies
    corpus = Path(__file__).resolve().parents[2] / "examples" / "corpus"
    report = run_batch([str(corpus)], tmp_path / "out", workers=2)
    assert (report.articles, report.errors) == (50, 0)

    def key(source: str) -> str:
        path, _, line = source.partition(".jsonl:")
        rel = Path(path + (".jsonl" if line else "")).resolve().relative_to(corpus).as_posix()
        return f"{rel}:{line}" if line else rel

    links = pq.read_table(tmp_path / "out" / "copies").to_pylist()
    found = {frozenset((key(r["source"]), key(r["canonical"]))) for r in links}
    gold = json.loads((corpus.parent / "gold" / "articles.json").read_text("utf-8"))
    expected = {frozenset((k, d)) for k, v in gold.items() for d in v.get("duplicate_of", [])}
    assert found == expected and len(expected) == 7

    monkeypatch.setattr(copies, "ARTICLES_PER_PART", 7)  # 50 articles: 8 map and 8 reduce tasks
    articles = ray.data.read_parquet(str(tmp_path / "out" / "articles"))
    assert sorted(copies.find_copies(articles, 50), key=str) == sorted(links, key=str)
