"""Reliability: fault trials survived, fuzz cases run, the worst query time under the limits,
store size ÷ input, and memory on the largest accepted article (issue 8).

Each part is measured here, in this run; the parts written by other modules (``fuzz``,
``queries``, ``long_article``) are called through their ``run`` functions.
"""

from __future__ import annotations

import importlib
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import faults

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "corpus"
SIZE_GOAL = 1.5


def fault_trials(trials: int = 8, seed: int = 8) -> dict:
    """Kill a real ingest of the demo corpus at ``trials`` points (one while the database is
    created, the rest after a random number of stored documents), re-run, compare."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        shutil.copytree(DEMO, corpus)
        clean_db = Path(tmp) / "clean.db"
        t0 = time.perf_counter()
        faults.ingest(corpus, clean_db, batch_size=4)
        clean_seconds = time.perf_counter() - t0
        clean = faults.snapshot(clean_db)
        total = len(clean["documents"])
        rng = random.Random(seed)
        points = [0] + sorted(rng.sample(range(1, total), min(trials - 1, total - 1)))
        survived, invariant_breaks = 0, 0
        for i, kill_at in enumerate(points):
            db = Path(tmp) / f"faulty{i}.db"
            invariant_breaks += bool(faults.kill_during_ingest(corpus, db, kill_at, batch_size=4))
            faults.ingest(corpus, db, batch_size=4)
            survived += faults.snapshot(db) == clean and not faults.unfinished(db)
    return {"trials": len(points), "survived": survived, "points": points, "documents": total,
            "invariant_breaks": invariant_breaks, "clean_seconds": clean_seconds,
            "quotes": len(clean["quotes"]), "events": len(clean["events"])}


def store_size(shared: Path, limit: int | None) -> dict | None:
    """Ingest the 421 real pages; database size (checkpointed) ÷ their gzip size."""
    folder = shared / "data" / "article-extraction" / "html"
    if not folder.is_dir():
        return None
    from newsdesk.nlp import load_model
    from newsdesk.pipeline import ingest_paths
    from newsdesk.store import Store

    files = sorted(folder.glob("*.html.gz"))[: limit or None]
    gz_bytes = sum(f.stat().st_size for f in files)
    nlp = load_model()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "pages.db"
        t0 = time.perf_counter()
        with Store(db) as store:
            report = ingest_paths([str(f) for f in files], store, nlp)
            status = store.status()
        seconds = time.perf_counter() - t0
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        db_bytes = db.stat().st_size
    return {"pages": len(files), "gz_bytes": gz_bytes, "db_bytes": db_bytes, "ratio": db_bytes / gz_bytes,
            "raw_bytes": status.raw_bytes, "stored_raw_bytes": status.stored_raw_bytes,
            "analysed": report.analysed, "errors": len(report.errors), "seconds": seconds}


def _optional(module: str, *args: object) -> Any:
    try:
        return importlib.import_module(module).run(*args)
    except ModuleNotFoundError:
        return None


def _mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def run(shared: Path, limit: int | None = None) -> str:
    out = ["## Reliability (issue 8)", ""]
    f = fault_trials()
    out += [
        "**Fault trials.** A real `newsdesk ingest` of the 45-article demo corpus (batch size 4) is"
        " killed with SIGKILL — once while the database is created and migrated, then after a"
        f" random number of stored documents ({', '.join(map(str, f['points'][1:]))}) — and run again;"
        " the store is then compared with a clean run's (documents, articles, analyses, outcomes,"
        f" quotes, events, entities, by content). While each killed run wrote, the store was polled"
        " for documents visible without their analysis or outcome.",
        "",
        "| trials | survived (store equal to the clean run's) | unfinished documents seen | clean run |",
        "|---:|---:|---:|---:|",
        f"| {f['trials']} | {f['survived']} | {f['invariant_breaks']} |"
        f" {f['documents']} documents, {f['quotes']} quotes, {f['events']} events |",
        "",
    ]
    s = store_size(shared, limit)
    if s:
        verdict = "within" if s["ratio"] <= SIZE_GOAL else "OVER"
        out += [
            f"**Store size.** The {s['pages']} real pages of `article-extraction` ingested (extraction,"
            " analysis, every fact stored):",
            "",
            "| input (gzip) | raw pages | raw as stored | database | database ÷ input |",
            "|---:|---:|---:|---:|---:|",
            f"| {_mb(s['gz_bytes'])} | {_mb(s['raw_bytes'])} | {_mb(s['stored_raw_bytes'])} |"
            f" {_mb(s['db_bytes'])} | **{s['ratio']:.2f}×** ({verdict} the goal of {SIZE_GOAL}×) |",
            "",
            f"Before raw pages were compressed, they alone were stored at their raw size"
            f" ({_mb(s['raw_bytes'])}). {s['analysed']} analysed, {s['errors']} errors,"
            f" {s['seconds']:.0f} s.",
            "",
        ]
    fuzz = _optional("benchmarks.fuzz", 5000)
    if fuzz:
        out += [f"**Fuzz.** {fuzz['cases']:,} generated inputs through `iter_documents` and `extract`:"
                f" {fuzz['failures']} raised anything but newsdesk's own errors"
                f" ({fuzz['seconds']:.0f} s).", ""]
    queries = _optional("benchmarks.queries", shared, limit)
    if queries:
        out += [queries.replace("## ", "### ", 1), ""]
    long_article = _optional("benchmarks.long_article", shared, limit)
    if long_article:
        out += [long_article.replace("## ", "### ", 1), ""]
    return "\n".join(out)
