"""``newsdesk searches``: saved searches (followed in the web app as Atom feeds).

Registered on the app in ``cli/app.py``. The web app saves one only with the API token; the
shell is the other way in (whoever can write the database file).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from newsdesk.cli._common import DbOption, JsonOption, fail, open_store, out, print_json, user_errors

app = typer.Typer(help="Saved searches: queries followed as Atom feeds in the web app.", no_args_is_help=True)


@app.command("add")
@user_errors
def searches_add(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The search's name (any case, unique).")],
    query: Annotated[str, typer.Argument(metavar="QUERY", help="A search query (README: Query syntax).")],
    db: DbOption = None,
) -> None:
    """Save a search; its feed is /searches/ID/feed.atom in `newsdesk serve`."""
    with open_store(db) as store:
        saved = store.add_saved_search(name, query)
    out().print(f"search {saved.id} {escape(saved.name)} saved (feed: /searches/{saved.id}/feed.atom)")


@app.command("list")
@user_errors
def searches_list(as_json: JsonOption = False, db: DbOption = None) -> None:
    """List the saved searches."""
    with open_store(db) as store:
        found = store.saved_searches()
    if as_json:
        print_json({"searches": [asdict(s) for s in found]})
        return
    table = Table("id", "name", "query", "feed", title="saved searches")
    for s in found:
        table.add_row(str(s.id), escape(s.name), escape(s.query), f"/searches/{s.id}/feed.atom")
    out().print(table)


@app.command("remove")
@user_errors
def searches_remove(
    ref: Annotated[str, typer.Argument(metavar="NAME|ID", help="The saved search to delete.")],
    db: DbOption = None,
) -> None:
    """Delete a saved search."""
    with open_store(db) as store:
        if not store.remove_saved_search(int(ref) if ref.isdigit() else ref):
            raise fail(f"no saved search {ref!r} (see `newsdesk searches list`)")
    out().print(f"saved search {escape(ref)} removed")
