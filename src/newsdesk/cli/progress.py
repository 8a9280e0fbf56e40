"""A Rich progress bar for long runs: items done, items per second and errors so far (on stderr)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} items/s" if speed else "- items/s", style="cyan")


@contextmanager
def item_progress(
    label: str, total: int | None, console: Console, done: Callable[[Any], int]
) -> Iterator[Callable[[object], None]]:
    """Yield an ``on_progress(report)`` callback that moves the bar to ``done(report)``."""
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        _RateColumn(),
        TextColumn("[red]{task.fields[errors]} errors"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console) as progress:
        task = progress.add_task(label, total=total, errors=0)

        def update(report: object) -> None:
            candidates = getattr(report, "candidates", None)
            if progress.tasks[0].total is None and candidates is not None:
                progress.update(task, total=candidates)  # known once the run has selected its items
            progress.update(task, completed=done(report), errors=len(getattr(report, "errors", [])))

        yield update
