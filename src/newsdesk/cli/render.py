"""Rich renderings of store and pipeline results for the terminal (the JSON twins live on the records)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from newsdesk.cli.report import (
    event_kind,
    quote_number,
    quoted,
    speaker_label,
    status_label,
    time_table,
    who_label,
)
from newsdesk.models import Article
from newsdesk.store import (
    EntitySummary,
    SearchResults,
    StoredArticle,
    StoredEvent,
    StoredQuote,
    StoreStatus,
)

if TYPE_CHECKING:  # the pipeline imports spaCy: keep it out of `--help`
    from newsdesk.pipeline import IngestReport, ItemError, ReanalyzeReport

_META_FIELDS = ("title", "standfirst", "authors", "byline", "dateline", "wire", "publisher", "published",
                "language", "url")


def ingest_summary(report: IngestReport, console: Console) -> None:
    table = Table(title="ingest summary", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value, style in (
        ("items read", report.read, None),
        ("new documents", report.new, None),
        ("new versions of known URLs", report.versions, None),
        ("duplicates skipped", report.duplicates, None),
        ("unfinished documents completed", report.resumed, None),
        ("analysed", report.analysed, None),
        ("stored without analysis (language)", report.skipped, "yellow"),
        ("warnings (read anyway)", len(report.warnings), "yellow"),
        ("errors", len(report.errors), "red"),
    ):
        if value or label in ("items read", "new documents", "analysed", "errors"):
            table.add_row(label, str(value), style=style if value else None)
    console.print(table)


def reanalyze_summary(report: ReanalyzeReport, console: Console) -> None:
    skipped = f"; {report.skipped} skipped (language)" if report.skipped else ""
    console.print(
        f"reanalysed [bold]{report.analysed}[/bold] of {report.candidates} documents; "
        f"{len(report.errors)} errors{skipped}"
    )


def store_status(status: StoreStatus, path: str, console: Console) -> None:
    """The ``newsdesk status`` overview, with the command that completes what is missing."""
    table = Table(title=f"status of {escape(path)}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents", str(status.documents))
    table.add_row("articles (extracted, searchable)", str(status.articles))
    table.add_row("analysed", str(status.analysed))
    for version, n in status.pipeline_versions.items():
        table.add_row(f"  by pipeline {escape(version)}", str(n))
    table.add_row("failed", str(status.failed), style="red" if status.failed else None)
    table.add_row("skipped (not analysed)", str(status.skipped), style="yellow" if status.skipped else None)
    table.add_row("pending (never finished)", str(status.pending), style="red" if status.pending else None)
    table.add_row("errors / warnings logged", f"{status.errors} / {status.warnings}")
    if status.raw_bytes:
        ratio = status.stored_raw_bytes / status.raw_bytes
        table.add_row("raw inputs", f"{_size(status.raw_bytes)} stored as {_size(status.stored_raw_bytes)}"
                      f" ({ratio:.0%})")
    if status.file_bytes:
        table.add_row("database file", _size(status.file_bytes))
    console.print(table)
    for title, rows, style in (("failures", status.failures, "red"), ("skipped", status.skips, "yellow")):
        if rows:
            reasons = Table("stage", "reason", "documents", title=title, title_style=style)
            for stage, reason, n in rows:
                reasons.add_row(stage, reason, str(n))
            console.print(reasons)
    hints = []
    if status.failed:
        hints.append("newsdesk reanalyze --failed  (retries the failures)")
    if status.pending or status.outdated:
        hints.append("newsdesk reanalyze  (completes pending and outdated documents)")
    for hint in hints:
        console.print(f"next: {escape(hint)}")


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def item_errors(
    errors: Iterable[ItemError], console: Console, title: str = "errors", style: str = "red"
) -> None:
    errors = list(errors)
    if not errors:
        return
    table = Table(title=title, title_style=style)
    table.add_column("source", overflow="fold", ratio=3)
    table.add_column("stage")
    table.add_column("reason")
    table.add_column("detail", ratio=2)
    for e in errors:
        table.add_row(escape(e.source), e.stage, e.reason, escape(e.detail))
    console.print(table)


def skipped(error: ItemError, console: Console) -> None:
    console.print(f"[red]skipped[/red] {escape(error.source)}: {error.reason} {escape(error.detail)}")


def counts(values: dict[str, int], console: Console) -> None:
    table = Table("table", "rows", title="database")
    for name, n in values.items():
        table.add_row(name, str(n))
    console.print(table)


def search_results(results: SearchResults, console: Console) -> None:
    if not results.total:
        console.print(f"no article matches {escape(repr(results.query))}")
        return
    table = Table("id", "title", "published", "snippet")
    for hit in results.hits:
        title = escape(hit.title or "(untitled)")
        table.add_row(str(hit.id), title, hit.published or "", _highlight(hit.snippet))
    console.print(table)
    first = results.offset + 1 if results.hits else results.offset
    line = f"{first}–{results.offset + len(results.hits)} of {results.total} matches"
    if results.next_offset is not None:
        line += f"; next page: --offset {results.next_offset}"
    console.print(line)


def _highlight(snippet: str) -> Text:
    """``**word**`` markers from the store become bold."""
    text = Text()
    for i, part in enumerate(snippet.split("**")):
        text.append(part, style="bold yellow" if i % 2 else None)
    return text


def article_text(article: Article) -> str:
    """Headline, standfirst and body with a metadata header, as ``newsdesk extract`` prints it."""
    lines = ["---"]
    for name in _META_FIELDS:
        value = getattr(article, name)
        if value:
            shown = ", ".join(value) if isinstance(value, list) else str(value).replace("\n", " ")
            signal = article.provenance.get(name)
            lines.append(f"{name}: {shown}" + (f"  [{signal}]" if signal else ""))
    lines.append("---")
    return "\n".join(lines) + "\n\n" + article.text.strip() + "\n"


def stored_article(item: StoredArticle, console: Console) -> None:
    a = item.article
    console.print(f"[bold]{escape(a.title or '(untitled)')}[/bold]  [dim]article {item.id}[/dim]")
    meta = Table("field", "value", "signal", title="metadata")
    for name in _META_FIELDS:
        value = getattr(a, name)
        if value:
            shown = ", ".join(value) if isinstance(value, list) else str(value)
            meta.add_row(name, escape(shown), a.provenance.get(name, ""))
    doc = item.document
    meta.add_row("source", escape(doc.source), "input")
    if doc.url:
        meta.add_row("url version", f"{doc.url_version} (previous: {doc.previous_id or '-'})", "store")
    if item.analysis:
        meta.add_row("analysis", f"{item.analysis.pipeline_version} with {item.analysis.model}", "store")
    if item.outcome:
        o = item.outcome
        style = "red" if o.status == "failed" else "yellow"
        meta.add_row("analysis", f"[{style}]{o.status} at {o.stage}[/{style}]: {o.reason} —"
                     f" {escape(o.detail)} (pipeline {o.pipeline_version})", "store")
    console.print(meta)
    console.print(escape(a.body or a.text))
    ents = Table("id", "type", "entity", "roles", "mentions", title="entities")
    for e in item.entities:
        roles = "; ".join(dict.fromkeys(r.title for r in e.roles))
        ents.add_row(str(e.id), e.type, escape(e.canonical), escape(roles), str(len(e.mentions)))
    console.print(ents)
    if item.quotes:
        console.print(_article_quotes(item.quotes))
    if item.times:
        console.print(time_table(item.times, title="times"))
    if item.events:
        console.print(_article_events(item.events))


def _article_events(events: list[StoredEvent]) -> Table:
    table = Table(title="events", expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("who", ratio=3)
    table.add_column("place", ratio=1)
    table.add_column("date", ratio=1)
    table.add_column("status", ratio=2)
    table.add_column("trigger", ratio=1)
    for e in events:
        when = (e.date or "") + (f" ({e.time_text})" if e.time_text else "")
        table.add_row(
            str(e.event_id), event_kind(e.type, e.mode), escape(_who(e)),
            escape(e.place.label if e.place else ""), escape(when.strip()),
            escape(status_label(e.status, e.speaker)), escape(e.trigger.text),
        )
    return table


def _who(e: StoredEvent) -> str:
    return who_label([p.label for p in e.actors], [p.label for p in e.recipients])


def event_list(events: list[StoredEvent], total: int, offset: int, console: Console) -> None:
    """The events command's table: date, type/mode, who → whom, place, status, article.

    The date is the event's own; when the analysis gives none, the article's publication
    date stands in, in parentheses.
    """
    if not total:
        console.print("no events match")
        return
    table = Table(expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("who", ratio=3)
    table.add_column("place", ratio=1)
    table.add_column("status", ratio=2)
    table.add_column("article", ratio=2)
    for e in events:
        when = escape(e.date) if e.date else f"[dim]({(e.published or '?')[:10]})[/dim]"
        table.add_row(
            when, event_kind(e.type, e.mode), escape(_who(e)), escape(e.place.label if e.place else ""),
            escape(status_label(e.status, e.speaker)),
            escape(e.title or "(untitled)") + f" [dim]({e.article_id})[/dim]",
        )
    console.print(table)
    first = offset + 1 if events else offset
    line = f"{first}–{offset + len(events)} of {total} event{'' if total == 1 else 's'}"
    if offset + len(events) < total and events:
        line += f"; next page: --offset {offset + len(events)}"
    console.print(line + "  [dim](a date in parentheses is the article's)[/dim]")


def _article_quotes(quotes: list[StoredQuote]) -> Table:
    table = Table(title="quotes", expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("speaker", ratio=2)
    table.add_column("cue", ratio=1, min_width=9)
    table.add_column("content", ratio=5)
    for q in quotes:
        table.add_row(
            quote_number(q.quote_id, q.group), q.kind,
            escape(speaker_label(q.speaker, q.anonymous, q.intermediary)),
            escape(q.cue.text if q.cue else ""), escape(quoted(q.kind, q.content.text)),
        )
    return table


def quote_list(quotes: list[StoredQuote], total: int, offset: int, console: Console) -> None:
    """The quotes command's table: speaker, kind, the words, and the article they are from."""
    if not total:
        console.print("no quotes match")
        return
    table = Table(expand=True)
    table.add_column("published", no_wrap=True)
    table.add_column("speaker", ratio=2)
    table.add_column("kind", no_wrap=True)
    table.add_column("quote", ratio=5)
    table.add_column("article", ratio=2)
    for q in quotes:
        who = speaker_label(q.speaker, q.anonymous, q.intermediary)
        table.add_row(
            (q.published or "")[:10], escape(who), q.kind, escape(quoted(q.kind, q.content.text)),
            escape(q.title or "(untitled)") + f" [dim]({q.article_id})[/dim]",
        )
    console.print(table)
    first = offset + 1 if quotes else offset
    line = f"{first}–{offset + len(quotes)} of {total} quote{'' if total == 1 else 's'}"
    if offset + len(quotes) < total and quotes:
        line += f"; next page: --offset {offset + len(quotes)}"
    console.print(line)


def entity_list(entities: list[EntitySummary], console: Console) -> None:
    if not entities:
        console.print("no entities")
        return
    table = Table("id", "type", "entity", "articles", "mentions", "roles")
    for e in entities:
        roles = "; ".join(f"{t} ({n})" if n > 1 else t for t, n in e.roles[:6])
        table.add_row(str(e.id), e.type, escape(e.canonical), str(e.articles), str(e.mentions), escape(roles))
    console.print(table)
