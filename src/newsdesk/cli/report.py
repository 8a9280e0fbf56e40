"""The human-readable terminal report of one analysis (Rich)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsdesk.models import Analysis, Article, Entity, Quote

_GROUPS = (("People", {"PERSON"}), ("Organisations", {"ORG"}), ("Places", {"GPE", "LOC", "FAC"}))


def print_analysis(analysis: Analysis, console: Console | None = None) -> None:
    """Print an analysis for a person: the article and its metadata, then who and what it names."""
    console = console or Console()
    print_article_header(analysis.article, console)
    for heading, types in _GROUPS:
        ents = [e for e in analysis.entities if e.type in types]
        if ents:
            console.print(_entity_table(heading, ents, people=heading == "People"))
    if analysis.quotes:
        console.print(quote_table(analysis.quotes))
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


def speaker_label(speaker: str | None, anonymous: bool, intermediary: str | None) -> str:
    """Who said it, as a reader wants it: the name, "(anonymous)", and the outlet it came through."""
    label = speaker or "?"
    if anonymous:
        label += " (anonymous)"
    if intermediary:
        label += f", via {intermediary}"
    return label


def quote_number(quote_id: int, group: int) -> str:
    """``"5"``, or ``"6 (of 5)"`` for a later part of quote 5 split around its cue."""
    return str(quote_id) if group in (0, quote_id) else f"{quote_id} (of {group})"


def quoted(kind: str, text: str) -> str:
    """The reported words; the quoted words of direct and mixed quotes in quotation marks."""
    words = " ".join(text.split())
    return f"\u201c{words}\u201d" if kind in ("direct", "mixed") else words


def quote_table(quotes: list[Quote], title: str = "Quotes") -> Table:
    """The quotes of one analysis: number (see ``quote_number``), kind, speaker, cue, content."""
    table = Table(title=title, title_justify="left", expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("speaker", style="bold", ratio=2)
    table.add_column("cue", style="dim", ratio=1, min_width=9)
    table.add_column("content", ratio=5)
    for q in quotes:
        table.add_row(
            quote_number(q.id, q.group), q.kind,
            escape(speaker_label(q.speaker, q.anonymous, q.intermediary)),
            escape(q.cue.text if q.cue else ""), escape(quoted(q.kind, q.content.text)),
        )
    return table
