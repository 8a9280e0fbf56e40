"""The human-readable terminal report of one analysis (Rich)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsdesk.models import Analysis, Article, Entity, Participant, Quote, TimeExpression

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
    if analysis.times:
        console.print(time_table(analysis.times))
    if analysis.events:
        console.print(event_table(analysis))
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


def time_table(times: list[TimeExpression], title: str = "Times") -> Table:
    """Time expressions: the words, the TIMEX3 value they resolve to, its type and modifier."""
    table = Table(title=title, title_justify="left")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("text", style="bold")
    table.add_column("→ value")
    table.add_column("type", style="dim")
    table.add_column("mod", style="dim")
    for t in times:
        table.add_row(str(t.id), escape(t.text), escape(t.value or "?"), t.type, escape(t.mod or ""))
    return table


def event_kind(type_: str, mode: str | None) -> str:
    """``"CONSULT/visit"``, or the type alone."""
    return f"{type_}/{mode}" if mode else type_


def who_label(actors: list[str], recipients: list[str]) -> str:
    """``"A, B → C"``: who acted, and on or with whom."""
    left = ", ".join(actors) or "?"
    return f"{left} → {', '.join(recipients)}" if recipients else left


def status_label(status: str, speaker: str | None) -> str:
    """The status, and whose claim it is when the event is reported in a quote."""
    return f"{status}, per {speaker}" if speaker else status


def event_table(analysis: Analysis, title: str = "Events") -> Table:
    """The events of one analysis: type/mode, who → whom, place, date (with its words), status, trigger."""
    times = {t.id: t for t in analysis.times}
    speakers = {q.id: q.speaker for q in analysis.quotes}

    def name(p: Participant) -> str:
        found = analysis.entity_by_id(p.entity_id)
        return found.canonical if found else p.name

    table = Table(title=title, title_justify="left", expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("who", style="bold", ratio=3)
    table.add_column("place", ratio=1)
    table.add_column("date", ratio=1)
    table.add_column("status", ratio=2)
    table.add_column("trigger", style="dim", ratio=1)
    for e in analysis.events:
        when = e.date or ""
        said = times.get(e.time_id) if e.time_id is not None else None
        if said is not None:
            when = f"{when or said.value or '?'} ({said.text})"
        table.add_row(
            str(e.id), event_kind(e.type, e.mode),
            escape(who_label([name(p) for p in e.actors], [name(p) for p in e.recipients])),
            escape(name(e.place) if e.place else ""), escape(when),
            escape(status_label(e.status, speakers.get(e.quote_id) if e.quote_id is not None else None)),
            escape(e.trigger.text),
        )
    return table
