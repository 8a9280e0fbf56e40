"""``newsdesk batch`` and ``newsdesk load``: the analysis on Ray, then into a store (see cli/app.py)."""

from __future__ import annotations

from typing import Annotated

import typer

from newsdesk.batch import BATCH_SIZE
from newsdesk.cli import render
from newsdesk.cli._common import DbOption, err, fail, open_store, out, user_errors
from newsdesk.cli.progress import item_progress

EXIT_ITEMS_FAILED = 3


@user_errors
def batch_command(
    inputs: Annotated[list[str], typer.Argument(help="WARC, JSONL, Parquet, HTML or text files; folders.")],
    out_dir: Annotated[str, typer.Option("--out", help="Folder for the Parquet shards (created).")],
    ray_address: Annotated[str | None, typer.Option(
        "--ray-address", envvar="RAY_ADDRESS",
        help="A running Ray cluster (ray://host:10001 or auto); default: start Ray on this machine.")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Analysis actors.")] = 2,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Documents per actor call.")] = BATCH_SIZE,
) -> None:
    """Extract and analyse every input on Ray; write Parquet shards of the analyses (by day),
    the errors and the copy links under --out. Load them with `newsdesk load`.

    Bad records become rows of the errors shard with their reason; the job goes on. A job
    that was killed leaves no finished output: run the same command again.
    """
    import os

    from newsdesk.batch.job import run_batch

    missing = [p for p in inputs if not os.path.exists(p)]
    if missing:
        raise fail("no such input: " + ", ".join(missing))
    with err().status(f"analysing on Ray with {workers} workers ..."):
        try:
            report = run_batch(inputs, out_dir, workers=workers, address=ray_address, batch_size=batch_size)
        except FileExistsError as exc:
            raise fail(str(exc)) from exc
    rate = report.articles / report.seconds if report.seconds else 0.0
    out().print(
        f"{report.inputs} inputs: [bold]{report.articles}[/bold] articles ({report.analysed} analysed), "
        f"{report.errors} errors, {report.warnings} warnings, {report.copies} copies; "
        f"{report.seconds:.1f} s ({rate:.1f} articles/s) -> {out_dir}"
    )
    out().print("  " + ", ".join(f"{name} {secs:.1f} s" for name, secs in report.phases.items()))
    for reason, n in sorted(report.reasons.items()):
        out().print(f"  {reason}: {n}")
    if report.errors:
        raise typer.Exit(EXIT_ITEMS_FAILED)


@user_errors
def load_command(
    folder: Annotated[str, typer.Argument(help="The --out folder of `newsdesk batch`.")],
    db: DbOption = None,
) -> None:
    """Bring a batch's shards into the store, oldest first, and place the articles in stories.

    Idempotent: content already stored is skipped, so loading twice changes nothing and an
    interrupted load run again does what is missing.
    """
    from pathlib import Path

    from newsdesk.batch.job import SUCCESS
    from newsdesk.batch.load import load_batch

    if not (Path(folder) / SUCCESS).exists():
        raise fail(f"{folder} holds no finished batch (no {SUCCESS}; did `newsdesk batch` finish?)")
    with open_store(db, create=True) as store:
        with item_progress("loading", None, err(), lambda r: r.read) as progress:
            report = load_batch(folder, store, on_progress=progress)
    console = out()
    render.ingest_summary(report, console)
    render.item_errors(report.errors, console)
    if report.errors:
        raise typer.Exit(EXIT_ITEMS_FAILED)
