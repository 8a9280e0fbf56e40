"""The "top stories" table that ends ``newsdesk demo``: the biggest stories of the store.

Kept apart from the ``stories`` command so the demo works whatever state the story layer's
store methods are in (a store without them, or with no stories yet, prints a note instead).
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsdesk.models import Story
from newsdesk.store import Store


def biggest(stories: list[Story], limit: int) -> list[Story]:
    """The ``limit`` stories with the most articles (copies counted once), then the newest."""
    ranked = sorted(stories, key=lambda s: (-len(s.articles), -_day(s.last_seen), s.id))
    return ranked[:limit]


def _day(date: str | None) -> int:
    digits = (date or "")[:10].replace("-", "")
    return int(digits) if digits.isdigit() else 0


def top_stories(store: Store, console: Console, limit: int = 8) -> None:
    """Print the biggest stories: id, dates, articles and outlets (copies once), title."""
    list_stories = getattr(store, "stories", None)
    found = list_stories() if callable(list_stories) else []
    console.rule("top stories")
    if not found:
        console.print("no stories yet (newsdesk restory places every stored article)")
        return
    table = Table("id", "first seen", "last seen", "articles", "outlets", "story")
    for s in biggest([s for s in found if s.merged_into is None], limit):
        copies = sum(len(a.copies) for a in s.articles)
        articles = f"{len(s.articles)}" + (f" (+{copies} copies)" if copies else "")
        table.add_row(str(s.id), (s.first_seen or "")[:10], (s.last_seen or "")[:10], articles,
                      str(len(s.outlets)), escape(s.title))
    console.print(table)
    console.print(f"{len(found)} stories — try: newsdesk story ID --db {store.path}")
