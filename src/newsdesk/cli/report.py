"""The human-readable terminal report of one analysis (Rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from newsdesk.models import Analysis


def print_analysis(analysis: Analysis, console: Console | None = None) -> None:
    """Print an analysis for a person: article header, then people, organisations, places."""
    console = console or Console()
    a = analysis.article
    console.print(f"[bold]{a.title or '(untitled)'}[/bold]")
    table = Table("type", "entity", "roles", "mentions")
    for e in analysis.entities:
        table.add_row(e.type, e.canonical, "; ".join(r.title for r in e.roles), str(len(e.mentions)))
    console.print(table)
