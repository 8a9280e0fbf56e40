"""``newsdesk load DIR``: a batch's shards into the store, in order of publication.

Only pyarrow is needed (no Ray). Day partitions are read oldest first (``undated`` last) and
each day's rows sorted by publication date, so the story layer places the articles in the
order they were published, as if they had been ingested as they appeared. Each document is
written with its analysis in one transaction, and content already stored is skipped by its
hash: a shard loaded twice changes nothing, and an interrupted load run again does what is
missing. Error rows with a document store it with its failure (``newsdesk reanalyze
--failed`` retries it); those without one are logged once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsdesk.batch.rows import UNDATED, row_document, row_done
from newsdesk.models import Document
from newsdesk.pipeline import IngestReport, Progress, store_processed
from newsdesk.store import Store
from newsdesk.work import Done, ItemError


def _days(folder: Path) -> list[Path]:
    days = [p for p in folder.glob("date=*") if p.is_dir()]
    return sorted(days, key=lambda p: (p.name == f"date={UNDATED}", p.name))


def _rows(files: list[Path]) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    rows: list[dict[str, Any]] = []
    for file in sorted(files):
        rows.extend(pq.read_table(file).to_pylist())
    return rows


def article_rows(out: Path) -> Iterator[tuple[Document, Done]]:
    """The articles of a batch's output, one day at a time, in order of publication."""
    for day in _days(out / "articles"):
        rows = _rows(list(day.glob("*.parquet")))
        rows.sort(key=lambda r: (r.get("published") or "", r["source"]))
        for row in rows:
            yield row_document(row), row_done(row)


def error_rows(out: Path) -> list[dict[str, Any]]:
    return _rows(list((out / "errors").glob("*.parquet")))


def load_batch(out: str | Path, store: Store, on_progress: Progress | None = None) -> IngestReport:
    """Load a finished batch (see the module docstring); returns what was written."""
    out = Path(out)
    if not (out / "articles").is_dir():
        raise FileNotFoundError(f"{out} holds no batch output (no articles folder)")
    failed = [(row_document(r), row_done(r)) for r in error_rows(out) if r.get("content") is not None]
    report = store_processed(_chain(article_rows(out), failed), store, on_progress)
    for row in error_rows(out):
        if row.get("content") is not None:
            continue
        error = ItemError(row["source"], row["stage"], row["reason"], row["detail"] or "")
        if row["level"] == "warning":
            report.warnings.append(error)
        else:
            report.read += 1
            report.errors.append(error)
        if not store.has_error(error.source, error.stage, error.reason):
            store.record_error(error.source, error.stage, error.reason, error.detail, level=row["level"])
    return report


def _chain(*parts: Any) -> Iterator[tuple[Document, Done]]:
    for part in parts:
        yield from part
