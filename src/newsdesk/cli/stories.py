"""The story commands: ``stories``, ``story``, ``restory`` and ``merge-stories``.

Registered on the app in ``cli/app.py``. They read the store only (``restory`` rewrites the
story layer from the stored analyses; no language model is loaded).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsdesk.cli._common import (
    DbOption,
    JsonOption,
    check_date,
    err,
    fail,
    open_store,
    out,
    print_json,
    user_errors,
)
from newsdesk.models import Story, StoryArticle

SinceOption = Annotated[str | None, typer.Option("--since", help="Only stories seen on or after this date.")]


def _article_json(a: StoryArticle) -> dict[str, Any]:
    return {"id": a.article_id, "url": a.url, "outlet": a.outlet, "date": a.published, "title": a.title,
            "copies": a.copies, "outlets": a.outlets}


def story_json(s: Story) -> dict[str, Any]:
    """A story as JSON: its fields, and each (canonical) article with id, url, outlet, date."""
    d = asdict(s)
    d["articles"] = [_article_json(a) for a in s.articles]
    return d


@user_errors
def stories_command(
    active: Annotated[
        bool, typer.Option("--active", help="Only stories seen lately (setting [stories] active_days).")
    ] = False,
    since: SinceOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List the stories, latest first: title, first and last seen, articles (copies once), outlets."""
    check_date(since, "--since")
    with open_store(db) as store:
        found = store.stories(active=active, since=since)
    if as_json:
        print_json({"stories": [story_json(s) for s in found]})
        return
    table = Table("id", "title", "first seen", "last seen", "articles", "outlets", "people", title="stories")
    for s in found:
        table.add_row(
            str(s.id), escape(s.title), s.first_seen or "-", s.last_seen or "-", str(len(s.articles)),
            escape(", ".join(s.outlets[:4]) + (" …" if len(s.outlets) > 4 else "")),
            escape(", ".join(s.people[:3])),
        )
    out().print(table)


@user_errors
def story_command(
    story_id: Annotated[int, typer.Argument(metavar="ID", help="Story id (from `newsdesk stories`).")],
    since: Annotated[
        str | None, typer.Option("--since", help="Also say what is new since this date.")
    ] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Show one story: its timeline (dated developments), summary, people, places and articles."""
    from newsdesk.stories.read import read_story, story_analyses
    from newsdesk.stories.summary import new_since

    check_date(since, "--since")
    with open_store(db) as store:
        s = read_story(store, story_id)
        if s is None:
            raise fail(f"no story with id {story_id}")
        have = story_analyses(store, s)
    news = new_since(have, since) if since else []
    if as_json:
        d = story_json(s)
        if since:
            d["new_since"] = {"date": since, "sentences": [
                {"article_id": i, "text": span.text} for i, span in news
            ]}
        print_json(d)
        return
    _print_story(s, out(), since, news)


def _print_story(s: Story, console: Console, since: str | None, news: list) -> None:
    seen = f"{s.first_seen or '?'} → {s.last_seen or '?'}"
    console.print(f"[bold]{escape(s.title)}[/bold]  [dim]story {s.id}, {seen}[/dim]")
    if s.people:
        console.print(f"people: {escape(', '.join(s.people))}")
    if s.places:
        console.print(f"places: {escape(', '.join(s.places))}")
    for line in s.summary:
        console.print(escape(line))
    if s.timeline:
        table = Table("date", "what happened", "quote", title="timeline")
        for t in s.timeline:
            quote = f"“{t.quote}” — {t.quote_speaker or '?'}" if t.quote else ""
            table.add_row(t.date, escape(t.summary), escape(quote))
        console.print(table)
    if since:
        console.rule(f"new since {since}")
        for article_id, span in news:
            console.print(f"[dim]#{article_id}[/dim] {escape(span.text)}")
        if not news:
            console.print("nothing new")
    table = Table("id", "date", "outlet", "title", "copies", title="articles")
    for a in s.articles:
        copies = f"{len(a.copies)} ({', '.join(a.outlets[1:])})" if a.copies else ""
        table.add_row(str(a.article_id), a.published or "-", escape(a.outlet or "-"), escape(a.title or "-"),
                      escape(copies))
    console.print(table)


@user_errors
def restory_command(db: DbOption = None) -> None:
    """Rebuild the story layer from scratch (copies, entities, events, stories), in arrival order.

    Stories merged by hand are merged again.
    """
    from newsdesk.stories import rebuild

    with open_store(db) as store, err().status("placing articles in stories ..."):
        placed = rebuild(store)
        count = len(store.stories())
    out().print(f"{placed} articles placed in {count} stories")


@user_errors
def merge_stories_command(
    keep: Annotated[int, typer.Argument(metavar="KEEP", help="The story that stays.")],
    other: Annotated[int, typer.Argument(metavar="OTHER", help="The story merged into it.")],
    db: DbOption = None,
) -> None:
    """Merge story OTHER into story KEEP (remembered: `newsdesk restory` merges them again)."""
    with open_store(db) as store:
        found = [store.get_story(sid) for sid in (keep, other)]
        for sid, s in zip((keep, other), found, strict=True):
            if s is None:
                raise fail(f"no story with id {sid}")
        if found[0].id == found[1].id:  # type: ignore[union-attr]
            raise fail(f"stories {keep} and {other} are already one story")
        from newsdesk.stories.merging import merge_stories  # imports the linker's rules (spaCy)
        from newsdesk.stories.views import refresh

        moved = merge_stories(store, keep, other)
        refresh(store, [keep])  # the merged story's timeline, as ingest would leave it
    out().print(f"story {other} merged into story {keep} ({moved} articles moved)")
