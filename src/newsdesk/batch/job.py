"""``newsdesk batch``: the per-article analysis over many inputs on Ray, written as Parquet.

Ray Data streams the work: each input file is read by a task (the same readers as
``newsdesk ingest``: WARC, JSONL, Parquet, HTML, text), its documents go in batches to a
pool of actors that each load the spaCy model once and run ``work.process_documents`` (the
code ``ingest`` runs) plus the copies signature, and the rows, gathered ``ROWS_PER_FILE`` at a
time, are written by tasks as they come (``write_rows``). Nothing the size of the output is
held: the driver keeps a small row per document (its status, and an article's signature for
the copies job). Bad records become error rows with their reason; nothing one record does
ends the job.

Output (``rows`` documents every column)::

    OUT/articles/date=YYYY-MM-DD/*.parquet   one row per document with an article
    OUT/errors/*.parquet                     one row per problem (errors and warnings)
    OUT/copies/*.parquet                     copy links (``copies``)
    OUT/_SUCCESS.json                        inputs, counts, phases, versions: written last

The job writes under ``OUT/.partial`` and moves the folders into place at the end, so a
killed job leaves no output that looks finished; run it again and it starts over.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import partial as partial_fn
from pathlib import Path
from typing import Any

import pyarrow as pa

from newsdesk.batch import BATCH_SIZE
from newsdesk.batch.copies import BAND_COLUMNS
from newsdesk.batch.rows import ARTICLE_SCHEMA, ERROR_SCHEMA, ROW_SCHEMA, done_row, input_row, row_document
from newsdesk.models import PIPELINE_VERSION

SUCCESS = "_SUCCESS.json"
PARTIAL = ".partial"
ROWS_PER_FILE = 1000  # rows per write task (about 140 MB of articles, raw page and analysis)


@dataclass
class BatchReport:
    """What a batch job did."""

    inputs: int = 0
    articles: int = 0
    analysed: int = 0
    errors: int = 0
    warnings: int = 0
    copies: int = 0
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # seconds: start, analyse (and write), copies
    workers: int = 1
    pipeline_version: str = PIPELINE_VERSION
    reasons: dict[str, int] = field(default_factory=dict)


def input_files(inputs: Sequence[str]) -> list[str]:
    """Every file named or under a folder named, sorted as ``ingest`` walks them."""
    from newsdesk.ingest import walk_files

    files: list[str] = []
    for path in inputs:
        files.extend(walk_files(path) if os.path.isdir(path) else [path])
    return files


def _full(row: dict[str, Any]) -> dict[str, Any]:
    return {name: row.get(name) for name in ROW_SCHEMA.names}


def read_file(item: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The rows of one input file (Ray ``flat_map``)."""
    from newsdesk.ingest import iter_documents

    for found in iter_documents([item["path"]]):
        yield _full(input_row(found))


class Analyser:
    """A Ray actor: loads the model once, then extracts and analyses batches of documents."""

    def __init__(self, models: Sequence[str], languages: Sequence[str], batch_size: int) -> None:
        from newsdesk.nlp import load_model, model_id

        self.nlp = load_model(tuple(models))
        self.model = model_id(self.nlp)
        self.languages, self.batch_size = tuple(languages), batch_size

    def __call__(self, table: pa.Table) -> pa.Table:
        from newsdesk.work import process_documents

        rows = table.to_pylist()
        todo = [i for i, row in enumerate(rows) if row["part"] == "document"]
        docs = [row_document(rows[i]) for i in todo]
        done = process_documents(docs, self.nlp, self.languages, self.batch_size)
        for i, doc, result in zip(todo, docs, done, strict=True):
            try:
                rows[i] = _full(done_row(doc, result, self.model))
            except Exception as exc:  # noqa: BLE001 - one record's failure is its own error row
                rows[i] = _full({"part": "errors", "source": doc.source, "stage": "batch",
                                 "reason": "row-failed", "detail": f"{type(exc).__name__}: {exc}",
                                 "level": "error"})
        return pa.Table.from_pylist(rows, schema=ROW_SCHEMA)


#: What ``write_rows`` keeps of a row: its status for the counts, an article's signature for copies.
KEPT_COLUMNS = ["part", "status", "level", "reason", *BAND_COLUMNS]


def _select(table: pa.Table, part: str, schema: pa.Schema) -> pa.Table:
    import pyarrow.compute as pc

    chosen = table.filter(pc.equal(table["part"], part))
    columns = [chosen[f.name].cast(f.type) for f in schema]
    return pa.Table.from_arrays(columns, schema=schema)


def write_rows(table: pa.Table, folder: str) -> pa.Table:
    """Write a block of analysed rows under ``folder``: the articles by day, the errors apart,
    each in one file named for the block (a Ray task; a rerun starts from an empty folder).
    Returns the block's ``KEPT_COLUMNS``, a few hundred bytes a row."""
    import uuid

    import pyarrow.parquet as pq

    name = uuid.uuid4().hex
    articles = _select(table, "articles", ARTICLE_SCHEMA)
    if articles.num_rows:
        pq.write_to_dataset(articles, os.path.join(folder, "articles"), partition_cols=["date"],
                            basename_template=f"{name}-{{i}}.parquet")
    errors = _select(table, "errors", ERROR_SCHEMA)
    if errors.num_rows:
        os.makedirs(os.path.join(folder, "errors"), exist_ok=True)
        pq.write_table(errors, os.path.join(folder, "errors", f"{name}.parquet"))
    return table.select(KEPT_COLUMNS)


def start_ray(address: str | None, workers: int) -> None:
    """Join the cluster at ``address``, or start Ray on this machine with a CPU per worker
    and one for reading and writing."""
    import logging

    import ray

    logging.getLogger("ray.data").setLevel(logging.WARNING)  # one line per stage is noise here
    logging.getLogger("ray.data._internal.progress").setLevel(logging.ERROR)  # "bars disabled": we chose
    if ray.is_initialized():
        return
    if address:
        ray.init(address=address, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    else:
        ray.init(num_cpus=workers + 1, object_store_memory=1 << 30, include_dashboard=False,
                 log_to_driver=False, logging_level=logging.ERROR)


def run_batch(inputs: Sequence[str], out: str | Path, workers: int = 1, address: str | None = None,
              batch_size: int = BATCH_SIZE, progress: bool = False) -> BatchReport:
    """Analyse every input on Ray and write the shards under ``out`` (see the module docstring)."""
    import ray
    import ray.data
    from ray.data.expressions import col

    from newsdesk.batch.copies import LINK_COLUMNS, find_copies
    from newsdesk.config import load_settings
    from newsdesk.work.pool import model_names

    out = Path(out)
    if (out / SUCCESS).exists():
        raise FileExistsError(f"{out} holds a finished batch; choose another --out or remove it")
    files = input_files(inputs)
    report = BatchReport(inputs=len(files), workers=workers)
    started = time.perf_counter()
    partial = out / PARTIAL
    shutil.rmtree(partial, ignore_errors=True)  # what a killed run left
    partial.mkdir(parents=True)
    start_ray(address, workers)
    phase = _Clock(report)
    phase("start", started)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = progress
    context.print_on_execution_start = False
    settings = load_settings()
    blocks = max(1, min(len(files), 256))  # a task per input file: files are read in parallel
    items = ray.data.from_items([{"path": f} for f in files], override_num_blocks=blocks)
    # One input file is read as one block; an actor takes a block at a time, so without cutting
    # them to a batch each, one archive would keep a single actor busy and the others idle.
    documents = items.flat_map(read_file).repartition(target_num_rows_per_block=batch_size)
    done = documents.map_batches(
        Analyser, fn_constructor_kwargs={"models": model_names(None), "languages": settings.languages,
                                         "batch_size": batch_size},
        batch_size=batch_size, batch_format="pyarrow", compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,
    )
    # Files of ROWS_PER_FILE rows, not one per batch: a crawl would otherwise leave millions of small files.
    kept = done.map_batches(partial_fn(write_rows, folder=str(partial)), batch_size=ROWS_PER_FILE,
                            batch_format="pyarrow").materialize()
    phase("analyse")
    articles = kept.filter(expr=col("part") == "articles")
    links = find_copies(articles, kept.count())
    _write_table(pa.Table.from_pylist(links, schema=_links_schema(LINK_COLUMNS)), partial / "copies")
    phase("copies")
    for row in kept.select_columns(["part", "status", "level", "reason"]).iter_rows():
        _count(report, row)
    report.copies = len(links)
    report.seconds = round(time.perf_counter() - started, 3)
    for name in ("articles", "errors", "copies"):
        shutil.rmtree(out / name, ignore_errors=True)
        (partial / name).mkdir(exist_ok=True)  # a part with no rows is an empty folder
        os.replace(partial / name, out / name)
    shutil.rmtree(partial)
    (out / SUCCESS).write_text(json.dumps({"inputs": files, **asdict(report)}, indent=2), "utf-8")
    return report


class _Clock:
    """Records the seconds of each phase of a job in ``report.phases``."""

    def __init__(self, report: BatchReport) -> None:
        self.report, self.last = report, time.perf_counter()

    def __call__(self, name: str, since: float | None = None) -> None:
        now = time.perf_counter()
        self.report.phases[name] = round(now - (self.last if since is None else since), 3)
        self.last = now


def _count(report: BatchReport, row: dict[str, Any]) -> None:
    if row["part"] == "articles":
        report.articles += 1
        report.analysed += row["status"] == "analysed"
        return
    if row["level"] == "warning":
        report.warnings += 1
        return
    report.errors += 1
    report.reasons[row["reason"]] = report.reasons.get(row["reason"], 0) + 1


def _links_schema(columns: Sequence[str]) -> pa.Schema:
    return pa.schema([(c, pa.float64() if c == "jaccard" else pa.string()) for c in columns])


def _write_table(table: pa.Table, folder: Path) -> None:
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    if table.num_rows:
        pq.write_table(table, folder / "links.parquet")
