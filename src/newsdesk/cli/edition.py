"""``newsdesk edition`` (print, and with --record store, an edition) and ``newsdesk topics``.

Registered on the app in ``cli/app.py``. Store-only: no language model is loaded.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from newsdesk.cli._common import (
    DbOption,
    JsonOption,
    OutputOption,
    check_date,
    err,
    fail,
    open_output,
    open_store,
    out,
    print_json,
    user_errors,
)


@user_errors
def edition_command(
    date: Annotated[
        str | None, typer.Option("--date", help="The edition's date (default: today), YYYY-MM-DD.")
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option("--kind", help="daily or weekend (default: daily Monday to Friday, else weekend)."),
    ] = None,
    topic: Annotated[str | None, typer.Option("--topic", help="A saved topic (`newsdesk topics`).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md, text, html, atom or json.")] = "md",
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Stories a weekend selection keeps (default 10).")
    ] = None,
    record: Annotated[
        bool, typer.Option("--record", help="Store the edition, so the next one says what changed since.")
    ] = False,
    output: OutputOption = None,
    db: DbOption = None,
) -> None:
    """Print the edition for a date: the daily update or the weekend selection.

    The daily update holds the stories that developed that day (or since the last recorded
    daily edition), each with what changed, the key development and quote, and its sources
    (copies once). The weekend selection holds the week's most important stories, ranked by
    the importance score, each with a summary of its week. Printing does not record: only
    --record (or delivery) makes the next edition compare against this one.
    """
    from newsdesk.digest import FORMATS, KINDS, build_edition, render
    from newsdesk.digest.edition import WEEKEND_ITEMS

    check_date(date, "--date")
    if kind is not None and kind not in KINDS:
        raise fail(f"--kind {kind!r} is not a kind: use {' or '.join(KINDS)}")
    if fmt not in FORMATS:
        raise fail(f"--format {fmt!r} is not a format: use one of {', '.join(FORMATS)}")
    with open_store(db) as store:
        edition = build_edition(store, kind, date, topic, record=record, limit=limit or WEEKEND_ITEMS)
    with open_output(output) as fp:
        text = render(edition, fmt)
        fp.write(text if text.endswith("\n") else text + "\n")
    if record:
        err().print(f"recorded edition {edition.id} ({edition.kind} {edition.date}, "
                    f"{len(edition.items)} {'story' if len(edition.items) == 1 else 'stories'})")


topics_app = typer.Typer(help="Saved topics: queries for an edition about one beat.", no_args_is_help=True)

@topics_app.command("add")
@user_errors
def topics_add(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The topic's name (any case, unique).")],
    words: Annotated[
        str | None, typer.Option("--words", help="A search query (README: Query syntax).")
    ] = None,
    person: Annotated[list[str] | None, typer.Option("--person", help="A person (repeat for any of several).")
                      ] = None,
    place: Annotated[list[str] | None, typer.Option("--place", help="A place (repeat for any of several).")
                     ] = None,
    event_type: Annotated[
        list[str] | None, typer.Option("--event-type", help="A PLOVER event type, e.g. CONSULT (repeatable).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Save a topic: a story is in it when it matches every option given (any value of one)."""
    from newsdesk.digest.topics import make_topic

    topic = make_topic(name, words, person or (), place or (), event_type or ())
    with open_store(db) as store:
        store.add_topic(topic)
    out().print(f"topic {escape(topic.name)} saved (newsdesk edition --topic {escape(repr(topic.name))})")


@topics_app.command("list")
@user_errors
def topics_list(as_json: JsonOption = False, db: DbOption = None) -> None:
    """List the saved topics."""
    from dataclasses import asdict

    with open_store(db) as store:
        found = store.topics()
    if as_json:
        print_json({"topics": [asdict(t) for t in found]})
        return
    table = Table("name", "words", "people", "places", "event types", title="topics")
    for t in found:
        table.add_row(escape(t.name), escape(t.words or ""), escape(", ".join(t.people)),
                      escape(", ".join(t.places)), ", ".join(t.event_types))
    out().print(table)


@topics_app.command("remove")
@user_errors
def topics_remove(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The topic to delete.")], db: DbOption = None,
) -> None:
    """Delete a saved topic (recorded editions of it are kept)."""
    with open_store(db) as store:
        if not store.remove_topic(name):
            raise fail(f"no topic named {name!r} (see `newsdesk topics list`)")
    out().print(f"topic {escape(name)} removed")
