"""``newsdesk entity NAME|ID``: one person's (or organisation's, or place's) profile across the store."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsdesk.cli._common import DbOption, JsonOption, fail, open_store, out, print_json, user_errors
from newsdesk.models import EntityProfile

NameArg = Annotated[
    str, typer.Argument(metavar="NAME|ID", help="A name or spelling (any case), or an entity id.")
]


@user_errors
def entity(name_or_id: NameArg, as_json: JsonOption = False, db: DbOption = None) -> None:
    """A profile across the store: aliases, roles over time, articles, quotes, events, co-mentioned people.

    NAME is looked up as a full name or spelling first ("kim jong-un" = "Kim Jong Un"), then as
    a word of a person's name, then as the start of a name. When several entities match they
    are listed with their ids: ask again with the id.
    """
    from newsdesk.stories.profiles import entity_profile, find_entities

    with open_store(db) as store:
        text = name_or_id.strip()
        if text.isdigit():
            entity_id = int(text)
        else:
            found = find_entities(store, text)
            if not found:
                raise fail(f"no entity named {text!r} (try `newsdesk entities` for the list)")
            if len(found) > 1:
                _ambiguous(text, found)
                raise typer.Exit(1)
            entity_id = found[0][0]
        profile = entity_profile(store, entity_id)
    if profile is None:
        raise fail(f"no entity with id {entity_id}")
    if as_json:
        print_json(profile.to_dict())
    else:
        render_profile(profile, out())


def _ambiguous(text: str, found: list[tuple[int, str, str, int]]) -> None:
    """Several entities answer to the name: list them, with their ids (on stderr)."""
    console = Console(stderr=True)
    console.print(f"[bold red]error:[/bold red] {len(found)} entities match {escape(text)!r}; "
                  "use the id (newsdesk entity ID):")
    for eid, type_, canonical, n in found:
        console.print(f"  {eid:>6}  {escape(canonical)}  [dim]{type_}, {n} article{'s' * (n != 1)}[/dim]")


def render_profile(p: EntityProfile, console: Console) -> None:
    """The profile for people: a header, then one block per kind of fact."""
    console.print(f"[bold]{escape(p.canonical)}[/bold]  [dim]{p.type} · entity {p.id} · "
                  f"{p.article_count} article{'s' * (p.article_count != 1)}[/dim]")
    if p.aliases:
        console.print("aliases: " + ", ".join(f"{escape(a)} ({n})" for a, n in p.aliases))
    if p.roles:
        table = Table(title="roles over time", title_justify="left", show_edge=False)
        for col in ("title", "first", "last", "articles", "note"):
            table.add_column(col)
        for r in p.roles:
            note = f"past by {r.until}" if r.past else ""
            table.add_row(escape(r.title), r.first or "", r.last or "", str(r.articles), note)
        console.print(table)
    if p.articles:
        table = Table(title="articles (latest first)", title_justify="left", show_edge=False)
        for col in ("id", "date", "outlet", "title"):
            table.add_column(col)
        for a in p.articles:
            table.add_row(str(a["id"]), (a["published"] or "")[:10], escape(a["outlet"] or ""),
                          escape(a["title"] or ""))
        console.print(table)
    if p.quote_count:
        console.print(f"[bold]quotes[/bold] ({p.quote_count}; latest {len(p.quotes)}):")
        for q in p.quotes:
            console.print(f"  [{q['article_id']}] {(q['published'] or '')[:10]} “{escape(q['content'])}”")
    if p.event_count:
        console.print(f"[bold]events[/bold] ({p.event_count}; latest {len(p.events)}):")
        for e in p.events:
            kind = e["type"] + (f"/{e['mode']}" if e["mode"] else "")
            console.print(f"  [{e['article_id']}] {e['date'] or '?'} {kind} ({e['status']}): "
                          f"{escape(e['evidence'][:100])}")
    if p.co_mentioned:
        console.print("co-mentioned: " + ", ".join(
            f"{escape(c['canonical'])} ({c['articles']})" for c in p.co_mentioned))
