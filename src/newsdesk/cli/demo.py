"""``newsdesk demo``: the whole loop on the bundled corpus, with nothing from the internet.

The corpus is served as a news site on loopback (robots.txt, an RSS feed, a news sitemap:
``sources/demo_site.py``), followed like any site and watched once — each page fetched,
extracted, analysed and placed in a story — and then read back: counts, the top people, one
analysed article, the top stories, and a weekday and a weekend edition of the newest week.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, timedelta
from typing import Annotated

import typer
from rich.console import Console

from newsdesk.cli import render
from newsdesk.cli._common import DbOption, ModelOption, err, fail, load_nlp, open_store, out, user_errors
from newsdesk.store import Store

#: The demo site is on this machine: it may be polled faster than a real site's 1 request/s.
DEMO_RPS = 25.0


def edition_dates(newest: date) -> tuple[date, date]:
    """The demo's editions: the daily update of the newest weekday with news (on or before
    ``newest``) and the weekend selection of the Saturday that closes its week."""
    daily = newest - timedelta(days=max(0, newest.weekday() - 4))
    weekend = newest + timedelta(days=(5 - newest.weekday()) % 7)
    return daily, weekend


@user_errors
def demo_command(
    corpus: Annotated[str, typer.Argument(help="Folder of example articles.")] = "examples/corpus",
    db: DbOption = None,
    model: ModelOption = None,
    serve: Annotated[
        bool, typer.Option("--serve/--no-serve", help="End by serving the web app over the demo database.")
    ] = False,
) -> None:
    """Serve an example corpus as a local news site, watch it (fetch, extract, analyse, place in
    stories), then show counts, the top people, one analysed article, the top stories, and a
    weekday edition and a weekend edition; with --serve, end by serving the web app on it."""
    from newsdesk.cli._top_stories import top_stories
    from newsdesk.cli.report import print_analysis
    from newsdesk.cli.sources import watch_summary
    from newsdesk.config import load_watch_settings
    from newsdesk.sources import add_source
    from newsdesk.sources.demo_site import DemoSite
    from newsdesk.sources.watch import watch_once

    if not os.path.isdir(corpus):
        raise fail(f"corpus folder {corpus} does not exist")
    console = out()
    settings = load_watch_settings()
    settings = replace(settings, per_host_rps=max(settings.per_host_rps, DEMO_RPS))
    with DemoSite.from_folder(corpus) as site, open_store(db, create=True) as store:
        source, _ = add_source(store, site.url, name="demo site", settings=settings)
        feeds = ", ".join(f"{f.kind} {f.url}" for f in source.feeds)
        console.print(f"serving {corpus} at {site.url} ({len(site.pages)} pages); following {feeds}")
        for reason in site.skipped:
            err().print(f"not served: {reason}")
        nlp = load_nlp(model)
        with console.status("watching: fetching, extracting, analysing, placing in stories ..."):
            report = watch_once(store, nlp, settings)
        watch_summary(report, console)
        render.counts(store.counts(), console)
        console.rule("top people")
        render.entity_list(store.list_entities(type="PERSON", limit=10), console)
        sample = store.richest_articles(1)
        analysis = store.get_analysis(sample[0]) if sample else None
        if analysis is not None:
            console.rule(f"sample analysis: article {sample[0]} (newsdesk show {sample[0]})")
            print_analysis(analysis, console)
        top_stories(store, console)
        print_editions(store, console)
    console.print(f"\ndatabase: {store.path}  —  try: newsdesk search QUERY --db {store.path}")
    if serve:
        from newsdesk.cli.serve import serve as serve_app

        serve_app(str(store.path))


def print_editions(store: Store, console: Console) -> None:
    """The weekday and weekend editions of the store's newest week, as Markdown."""
    from newsdesk.digest import build_edition
    from newsdesk.digest import render as render_edition

    newest = store.newest_published()
    if newest is None:
        console.print("no stories, so no editions")
        return
    daily, weekend = edition_dates(date.fromisoformat(newest))
    for kind, day in (("daily", daily), ("weekend", weekend)):
        console.rule(f"{kind} edition for {day} (newsdesk edition --kind {kind} --date {day})")
        console.print(render_edition(build_edition(store, kind, day), "md"), markup=False, highlight=False)
