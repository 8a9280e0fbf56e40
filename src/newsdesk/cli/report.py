"""The human-readable terminal report of one analysis (Rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from newsdesk.models import Analysis, Article, Entity

_GROUPS = (("People", {"PERSON"}), ("Organisations", {"ORG"}), ("Places", {"GPE", "LOC", "FAC"}))


def print_analysis(analysis: Analysis, console: Console | None = None) -> None:
    """Print an analysis for a person: the article and its metadata, then who and what it names."""
    console = console or Console()
    print_article_header(analysis.article, console)
    for heading, types in _GROUPS:
        ents = [e for e in analysis.entities if e.type in types]
        if ents:
            console.print(_entity_table(heading, ents, people=heading == "People"))
    console.print(
        f"[dim]pipeline {analysis.pipeline_version} · model {analysis.model} · "
        f"schema {analysis.schema_version}[/dim]"
    )


def print_article_header(a: Article, console: Console) -> None:
    """Headline, standfirst and the metadata fields with the signal that gave each."""
    console.print(f"[bold]{a.title or '(untitled)'}[/bold]")
    if a.standfirst:
        console.print(f"[italic]{a.standfirst}[/italic]")
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="cyan")
    meta.add_column()
    meta.add_column(style="dim")
    fields = {
        "published": a.published,
        "authors": ", ".join(a.authors) if a.authors else None,
        "dateline": a.dateline,
        "wire": a.wire,
        "publisher": a.publisher,
        "url": a.url,
    }
    for name, value in fields.items():
        if value:
            meta.add_row(name, value, a.provenance.get(name, ""))
    paragraphs = len(a.paragraphs())
    meta.add_row("body", f"{paragraphs} paragraphs, {len(a.body.split())} words", "")
    if a.removed:
        meta.add_row("chrome", f"{len(a.removed)} lines removed", "; ".join(r.reason for r in a.removed[:4]))
    console.print(meta)


def _entity_table(heading: str, ents: list[Entity], people: bool) -> Table:
    table = Table(title=heading, title_justify="left", show_lines=False)
    table.add_column("name", style="bold")
    if people:
        table.add_column("roles")
        table.add_column("affiliation")
    table.add_column("mentions", justify="right")
    table.add_column("also as", style="dim")
    for e in ents:
        row = [e.canonical]
        if people:
            row += ["; ".join(r.title for r in e.roles), e.affiliation or ""]
        row += [str(len(e.mentions)), ", ".join(e.aliases)]
        table.add_row(*row)
    return table
