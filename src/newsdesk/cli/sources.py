"""``newsdesk sources ...`` (follow sites, OPML) and ``newsdesk watch`` (poll them and ingest).

Registered on the app in ``cli/app.py``. Each command calls one function of
``newsdesk.sources`` and renders its result.
"""

from __future__ import annotations

import signal
import sys
import threading
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsdesk.cli._common import (
    DbOption,
    JsonOption,
    ModelOption,
    err,
    fail,
    load_nlp,
    open_store,
    out,
    print_json,
)
from newsdesk.cli._common import user_errors as _user_errors
from newsdesk.models import Source

app = typer.Typer(help="Follow news sites: add, list, remove, OPML import and export.", no_args_is_help=True)


def source_json(s: Source) -> dict[str, Any]:
    d = asdict(s)
    d["error_rate"] = round(s.error_rate, 3)
    return d


@app.command("add")
@_user_errors
def add_command(
    url: Annotated[str, typer.Argument(help="A site's home page, or a feed or sitemap URL.")],
    name: Annotated[str | None, typer.Option("--name", help="A name for the source.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="Its country (a label).")] = None,
    language: Annotated[str | None, typer.Option("--language", help="Its language (a label).")] = None,
    db: DbOption = None,
) -> None:
    """Find the feeds of URL (rel=alternate links, robots.txt sitemaps, common paths) and follow it."""
    from newsdesk.sources import add_source

    with open_store(db, create=True) as store:
        source, created = add_source(store, url, name, country, language)
    verb = "following" if created else "already following"
    out().print(f"{verb} source {source.id} {escape(source.name or source.url)}:")
    for f in source.feeds:
        out().print(f"  {f.kind:8} {escape(f.url)}")


@app.command("list")
@_user_errors
def list_command(as_json: JsonOption = False, db: DbOption = None) -> None:
    """Each source with its health: last success, articles per day, error rate, last error."""
    with open_store(db) as store:
        found = store.sources()
    if as_json:
        print_json({"sources": [source_json(s) for s in found]})
        return
    sources_table(found, out())


def sources_table(found: list[Source], console: Console) -> None:
    if not found:
        console.print("no sources (add one with `newsdesk sources add URL`)")
        return
    table = Table("id", "source", "feeds", "last success", "articles/day", "error rate", "last error")
    for s in found:
        label = f"{s.name}\n[dim]{escape(s.url)}[/dim]" if s.name else escape(s.url)
        table.add_row(
            str(s.id), label, "\n".join(f"{f.kind} {escape(f.url)}" for f in s.feeds),
            s.last_success or "never",
            f"{s.articles_per_day:g}", f"{s.error_rate:.0%} of {s.polls}",
            escape(f"{s.last_error} ({s.last_error_at})") if s.last_error else "",
        )
    console.print(table)


@app.command("remove")
@_user_errors
def remove_command(
    source: Annotated[str, typer.Argument(help="The source's id, URL or name.")], db: DbOption = None
) -> None:
    """Stop following a source (articles already stored stay)."""
    from newsdesk.sources import remove_source

    with open_store(db) as store:
        gone = remove_source(store, source)
    out().print(f"removed source {gone.id} {escape(gone.name or gone.url)}")


@app.command("import")
@_user_errors
def import_command(
    file: Annotated[Path, typer.Argument(help="An OPML file (a feed reader's export).")], db: DbOption = None
) -> None:
    """Follow every feed of an OPML file."""
    from newsdesk.sources import import_opml

    try:
        data = file.read_bytes()
    except OSError as exc:
        raise fail(f"{file}: cannot read ({exc.strerror or exc})") from None
    with open_store(db, create=True) as store:
        report = import_opml(store, data, str(file))
    out().print(f"{report.added} sources added, {report.updated} already followed ({report.feeds} feeds)")


@app.command("export")
@_user_errors
def export_command(
    file: Annotated[str | None, typer.Argument(help="Write to FILE (default: stdout).")] = None,
    db: DbOption = None,
) -> None:
    """Write every followed feed as OPML 2.0 (for a feed reader, or another newsdesk)."""
    from newsdesk.sources import export_opml

    with open_store(db) as store:
        text = export_opml(store)
    if file is None or file == "-":
        sys.stdout.write(text)
        return
    try:
        Path(file).write_text(text, "utf-8")
    except OSError as exc:
        raise fail(f"{file}: cannot write ({exc.strerror or exc})") from None
    err().print(f"wrote {file}")


@_user_errors
def watch_command(
    once: Annotated[bool, typer.Option("--once", help="One pass over the due sources, then exit.")] = False,
    db: DbOption = None,
    model: ModelOption = None,
) -> None:
    """Poll the followed sources and ingest each new article as it arrives (until Ctrl-C or SIGTERM).

    Politeness settings are in [watch] (user_agent, per_host_rps, timeout, max_bytes, ...).
    """
    from newsdesk.sources.watch import WatchReport, watch, watch_once

    with open_store(db, create=True) as store:
        if not store.sources():
            raise fail("no sources to watch (add one with `newsdesk sources add URL`)")
        nlp = load_nlp(model)
        if once:
            report = watch_once(store, nlp)
            watch_summary(report, out())
            return
        stop = threading.Event()
        previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
        err().print("watching; Ctrl-C or SIGTERM stops")

        def show(report: WatchReport) -> None:
            watch_summary(report, out())

        try:
            watch(store, nlp, None, stop, on_report=show)
        except KeyboardInterrupt:
            stop.set()
        finally:
            signal.signal(signal.SIGTERM, previous)
        err().print("stopped; items not yet stored are pending and fetched first next time")


def watch_summary(report: Any, console: Console) -> None:
    """One pass's counts, then each source error (the watch went on past it)."""
    console.print(
        f"feeds polled {report.feeds_polled} (not modified {report.not_modified}),"
        f" new items {report.items_new},"
        f" pages fetched {report.fetched}, stored {report.stored}, duplicates {report.duplicates},"
        f" robots-disallowed {report.skipped}, failed {report.failed}, pending {report.pending}"
        + (" [yellow](stopped)[/yellow]" if report.stopped else "")
    )
    for e in report.errors:
        console.print(f"  [red]{escape(e.source)}[/red]: {escape(e.url)}: {e.reason}"
                      + (f" ({escape(e.detail)})" if e.detail else ""))
    for e in report.ingest_errors:
        console.print(f"  [red]{escape(e.source)}[/red]: {e.stage} {e.reason} {escape(e.detail)}")
