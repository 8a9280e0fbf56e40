"""The ``newsdesk`` command line: thin Typer commands over ``newsdesk.pipeline`` and ``newsdesk.store``.

Each command parses options, calls one plain function and renders its result (Rich for
people, ``--json`` for programs). Heavy imports (spaCy) happen inside the commands that
need them, so ``--help`` and the store-only commands start fast.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

import typer
from rich.markup import escape

from newsdesk import __version__
from newsdesk.cli import demo as demo_cli
from newsdesk.cli import edition as edition_cli
from newsdesk.cli import entity as entity_cli
from newsdesk.cli import render
from newsdesk.cli import run as run_cli
from newsdesk.cli import scale as scale_cli
from newsdesk.cli import searches as searches_cli
from newsdesk.cli import serve as serve_cli
from newsdesk.cli import sources as sources_cli
from newsdesk.cli import stories as stories_cli
from newsdesk.cli._common import (
    DbOption,
    JsonOption,
    ModelOption,
    OutputOption,
    ProcessesOption,
    check_date,
    check_date_prefix,
    check_listing,
    err,
    fail,
    load_nlp,
    open_output,
    open_store,
    out,
    print_json,
    query_text,
    user_errors,
    write_page,
)
from newsdesk.cli.progress import item_progress

app = typer.Typer(
    name="newsdesk",
    help="Self-hosted news intelligence: ingest articles, extract them, find who is who, search.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

InputArg = Annotated[str, typer.Argument(help="An HTML, text or JSONL file (gzip is fine), or - for stdin.")]


#: Exit status of a run that finished but in which some items failed (listed, and kept in the
#: errors table and `newsdesk status`), so that a cron job can tell.
EXIT_ITEMS_FAILED = 3


@app.command()
@user_errors
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (read recursively) or - for stdin.")],
    db: DbOption = None,
    model: ModelOption = None,
    processes: ProcessesOption = None,
) -> None:
    """Read, extract, analyse and store every article under PATHS.

    Items already stored (same content) are skipped; a changed page at a known URL is
    stored as a new version; a document an interrupted run left unfinished is completed.
    Bad items are listed with their source and reason and kept in the errors table.
    Exit status: 0 when every item was stored; 3 when the run finished but some items
    failed; 1 when nothing could be read.
    """
    from newsdesk.ingest import count_items
    from newsdesk.pipeline import ingest_paths

    with open_store(db, create=True) as store:
        nlp = load_nlp(model)
        with item_progress("ingesting", count_items(paths), err(), lambda r: r.read) as progress:
            report = ingest_paths(paths, store, nlp, n_process=processes, on_progress=progress)
    console = out()
    render.ingest_summary(report, console)
    render.item_errors(report.warnings, console, title="warnings (read anyway)", style="yellow")
    render.item_errors(report.errors, console)
    if report.documents == 0:
        raise fail("nothing could be read from " + " ".join(paths))
    if report.errors:
        raise fail(f"{len(report.errors)} of {report.read} items failed (see above and `newsdesk status`)",
                   EXIT_ITEMS_FAILED)


@app.command("extract")
@user_errors
def extract_command(source: InputArg, as_json: JsonOption = False) -> None:
    """Print the clean article (headline, standfirst, body) and its metadata, without NLP.

    With --json, one JSON object per article (JSON Lines for a JSONL input).
    """
    from newsdesk.extract import article_to_json
    from newsdesk.pipeline import ItemError, extract_inputs

    found = 0
    for result in extract_inputs(source):
        if isinstance(result, ItemError):
            render.skipped(result, err())
            continue
        found += 1
        doc, article = result
        if as_json:
            print_json(article_to_json(article), indent=None if doc.source != source else 2)
        else:
            typer.echo(("\n" if found > 1 else "") + render.article_text(article), nl=False)
    if not found:
        raise fail(f"no article could be extracted from {source}")


@app.command()
@user_errors
def analyze(
    source: InputArg,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) to resolve relative dates against.")
    ] = None,
    as_json: JsonOption = False,
    model: ModelOption = None,
) -> None:
    """Extract and analyse one input without the database: people, organisations, places, roles."""
    from newsdesk.cli.report import print_analysis
    from newsdesk.pipeline import ItemError, analyze_inputs

    published = check_date(published)
    nlp = load_nlp(model)
    found = 0
    for result in analyze_inputs(source, nlp, published=published):
        if isinstance(result, ItemError):
            render.skipped(result, err())
            continue
        found += 1
        if as_json:
            data = result.to_dict()
            data["article"]["body"] = result.article.body
            print_json(data)
        else:
            print_analysis(result, out())
    if not found:
        raise fail(f"no article could be analysed from {source}")


# "-carson" is a query word, not an unknown option: Click passes it on as an argument.
@app.command(context_settings={"ignore_unknown_options": True})
@user_errors
def search(
    query: Annotated[
        list[str],
        typer.Argument(
            metavar="QUERY",
            help='Words to find (README "Query syntax"): "exact phrase", prefix*, -word, OR, NOT,'
            " (groups), NEAR(a b, 10)."
        ),
    ],
    limit: Annotated[int, typer.Option(min=1, help="Results per page.")] = 20,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many results (paging).")] = 0,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Full-text search over headlines, standfirsts and bodies, best matches first."""
    text = query_text(query)
    with open_store(db) as store:
        results = store.search(text, limit=limit, offset=offset)
    if as_json:
        print_json(results.to_dict())
    else:
        render.search_results(results, out())


@app.command()
@user_errors
def show(
    article_id: Annotated[int, typer.Argument(metavar="ID", help="Article id (from search).")],
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Show one stored article: text, metadata with the signal behind each field, entities and roles.

    A document without an analysis says why (failed at a stage, or skipped as not English).
    """
    with open_store(db) as store:
        item = store.get_article(article_id)
        outcome = store.outcome(article_id) if item is None else None
        document = store.get_document(article_id) if item is None else None
        in_story = store.article_story(article_id) if item is not None else None
    if item is None and document is not None:
        why = f": {outcome.status} at {outcome.stage} ({outcome.reason}: {outcome.detail})" if outcome else ""
        raise fail(f"document {article_id} ({document.source}) has no extracted article{why}")
    if item is None:
        raise fail(f"no article with id {article_id}")
    if as_json:
        story = {"id": in_story[0], "title": in_story[1]} if in_story else None
        print_json({**item.to_dict(), "story": story})
    else:
        render.stored_article(item, out())
        if in_story:
            out().print(f"Story: #{in_story[0]} {escape(in_story[1])}  (newsdesk story {in_story[0]})")


@app.command()
@user_errors
def entities(
    type_: Annotated[
        str | None, typer.Option("--type", help="Only this type: PERSON, ORG, GPE, LOC, NORP or FAC.")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, help="Entities per page.")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many entities (paging).")] = 0,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List people, organisations and places across articles, with article counts and roles."""
    from newsdesk.models import ENTITY_TYPES

    if type_ is not None and type_.upper() not in ENTITY_TYPES:
        raise fail(f"--type {type_!r} is not an entity type: use {', '.join(ENTITY_TYPES)}")
    with open_store(db) as store:
        found = store.list_entities(type=type_, limit=limit, offset=offset)
    if as_json:
        print_json([e.to_dict() for e in found])
    else:
        render.entity_list(found, out())


@app.command()
@user_errors
def quotes(
    speaker: Annotated[
        str | None,
        typer.Option(help="Only quotes by this speaker: full name, alias or last name, any case."),
    ] = None,
    about: Annotated[
        str | None, typer.Option(help='Words in the quote; "exact phrase", prefix*, OR and NOT work.')
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only articles published on or after this date (YYYY[-MM[-DD]]).")
    ] = None,
    kind: Annotated[str | None, typer.Option(help="Only direct, indirect or mixed quotes.")] = None,
    limit: Annotated[
        int | None,
        typer.Option(min=1, help="Quotes per page (table default 20; --json and --export: all)."),
    ] = None,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many quotes (paging).")] = 0,
    as_json: JsonOption = False,
    export: Annotated[
        str | None,
        typer.Option(
            metavar="jsonl|csv",
            help="Write one record per quotation (reprints merged, with their occurrences) as JSONL or CSV.",
        ),
    ] = None,
    output: OutputOption = None,
    db: DbOption = None,
) -> None:
    """Who said what: stored quotes by speaker, words, date and kind, oldest article first.

    --export writes one record per quotation in the spirit of Quotebank: the same words by
    the same speaker reprinted by several articles are one record listing every occurrence
    (docs/SCHEMA.md describes the JSONL and CSV formats).
    """
    from newsdesk.quotes_export import EXPORT_FORMATS, group_quotations, write_export
    from newsdesk.store import QUOTE_KINDS

    limit = check_listing(export, EXPORT_FORMATS, output, as_json, limit)
    if kind is not None and kind not in QUOTE_KINDS:
        raise fail(f"--kind {kind!r} is not a quote kind: use {', '.join(QUOTE_KINDS)}")
    since = check_date_prefix(since, "--since")
    filters: dict[str, Any] = {"speaker": speaker, "about": about, "since": since, "kind": kind}
    with open_store(db) as store:
        found = store.quotes(**filters, limit=limit, offset=offset)
        total = store.count_quotes(**filters)
    if export is None and not as_json:
        render.quote_list(found, total, offset, out())
        return
    with open_output(output) as fp:
        if export is not None:
            written = write_export(group_quotations(found), export, fp)
            if output is not None:
                err().print(f"{written} quotations from {len(found)} quotes written to {output}")
        else:
            write_page(fp, "quotes", found, total, limit, offset)


@app.command()
@user_errors
def events(
    actor: Annotated[
        str | None,
        typer.Option(help="Only events with this actor or recipient: full name, alias or last name."),
    ] = None,
    type_: Annotated[
        str | None,
        typer.Option("--type", help="Only this PLOVER type: CONSULT, DEMAND ... (or REQUEST, ACCUSE)."),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(help="Only events on or after this date (YYYY[-MM[-DD]]), else the article's date."),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(help="Only happened, ongoing, planned, possible, negated or hypothetical events."),
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option(min=1, help="Events per page (table default 20; --json and --export: all)."),
    ] = None,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many events (paging).")] = 0,
    as_json: JsonOption = False,
    export: Annotated[
        str | None,
        typer.Option(metavar="csv|jsonl", help="Write one row per event in a GDELT-like schema."),
    ] = None,
    output: OutputOption = None,
    db: DbOption = None,
) -> None:
    """Who did what with whom, where and when: stored events by actor, type, date and status.

    Oldest first, by the event's date (the article's publication date when the event has none).
    --export writes one row per event with GDELT 2.0 Event column names and CAMEO codes beside
    the PLOVER type (docs/SCHEMA.md, "Event export").
    """
    from newsdesk.events_export import EXPORT_FORMATS, write_export
    from newsdesk.models import EVENT_STATUSES, EVENT_TYPE_ALIASES, EVENT_TYPES
    from newsdesk.store import event_type

    limit = check_listing(export, EXPORT_FORMATS, output, as_json, limit)
    if type_ is not None:
        try:
            event_type(type_)
        except ValueError:
            aliases = ", ".join(EVENT_TYPE_ALIASES)
            raise fail(
                f"--type {type_!r} is not an event type: use {', '.join(EVENT_TYPES)} (or {aliases})"
            ) from None
    if status is not None and status not in EVENT_STATUSES:
        raise fail(f"--status {status!r} is not an event status: use {', '.join(EVENT_STATUSES)}")
    since = check_date_prefix(since, "--since")
    filters: dict[str, Any] = {"actor": actor, "type": type_, "since": since, "status": status}
    with open_store(db) as store:
        found = store.events(**filters, limit=limit, offset=offset)
        total = store.count_events(**filters)
    if export is None and not as_json:
        render.event_list(found, total, offset, out())
        return
    with open_output(output) as fp:
        if export is not None:
            try:
                written = write_export(found, export, fp)
            except ValueError as exc:  # an event id GlobalEventID cannot hold
                raise fail(f"cannot export: {exc}") from None
            if output is not None:
                err().print(f"{written} events written to {output}")
        else:
            write_page(fp, "events", found, total, limit, offset)


@app.command()
@user_errors
def reanalyze(
    since: Annotated[
        str | None,
        typer.Option(help="Also redo articles analysed by this pipeline version or later (0 = everything)."),
    ] = None,
    failed: Annotated[
        bool, typer.Option("--failed", help="Retry only the documents whose extraction or analysis failed.")
    ] = False,
    db: DbOption = None,
    model: ModelOption = None,
    processes: ProcessesOption = None,
) -> None:
    """Re-run extraction and analysis over stored documents, replacing old results (no re-ingest).

    By default: documents not done by this pipeline version (never analysed, analysed by
    another version, or failed or skipped by another version). --failed retries the
    failures `newsdesk status` lists. Exit status 3 when some documents failed again.
    """
    from newsdesk.pipeline import reanalyze as run

    if since is not None and not re.fullmatch(r"\d+(\.\d+)*([.+-]?[0-9A-Za-z]+)*", since):
        raise fail(f"--since {since!r} is not a pipeline version (like 0.4.0, or 0 for everything)")
    if since is not None and failed:
        raise fail("--since and --failed cannot be combined")
    with open_store(db) as store:
        nlp = load_nlp(model)
        with item_progress("reanalysing", None, err(), lambda r: r.done) as progress:
            report = run(store, nlp, since=since, n_process=processes, on_progress=progress, failed=failed)
    render.reanalyze_summary(report, out())
    render.item_errors(report.errors, out())
    if report.errors:
        raise fail(f"{len(report.errors)} of {report.candidates} documents failed", EXIT_ITEMS_FAILED)


@app.command()
@user_errors
def status(as_json: JsonOption = False, db: DbOption = None) -> None:
    """How complete processing is: documents, analysed, failed and skipped with reasons, pending.

    Also the pipeline versions of the stored analyses and the stored size of the raw inputs,
    with the command that completes what is missing.
    """
    with open_store(db) as store:
        found = store.status()
    if as_json:
        print_json(found.to_dict())
    else:
        render.store_status(found, store.path, out())


app.command("demo")(demo_cli.demo_command)


@app.command()
def version() -> None:
    """Print the newsdesk, pipeline and database schema versions."""
    from newsdesk.models import PIPELINE_VERSION
    from newsdesk.store import latest_version

    typer.echo(f"newsdesk {__version__} (pipeline {PIPELINE_VERSION}, schema {latest_version()})")


# The story layer's commands (issue 9), each in its own module.
app.command("entity")(entity_cli.entity)
app.command("stories")(stories_cli.stories_command)
app.command("story")(stories_cli.story_command)
app.command("restory")(stories_cli.restory_command)
app.command("merge-stories")(stories_cli.merge_stories_command)
# Editions and topics (issue 10).
app.command("edition")(edition_cli.edition_command)
app.add_typer(edition_cli.topics_app, name="topics")

# Delivery and the long-running service (issue 10).
app.command("run")(run_cli.run_command)
app.command("serve")(serve_cli.serve_command)
app.command("publish")(run_cli.publish_command)
app.command("deliver")(run_cli.deliver_command)

# Following sources and watching them (issue 10).
app.add_typer(sources_cli.app, name="sources")
app.command("watch")(sources_cli.watch_command)

# Saved searches, followed as feeds in the web app (issue 11).
app.add_typer(searches_cli.app, name="searches")

# Scale-out: the analysis on Ray, and its shards into a store (issue 13).
app.command("batch")(scale_cli.batch_command)
app.command("load")(scale_cli.load_command)


def main() -> None:
    """Console-script entry point."""
    app()
