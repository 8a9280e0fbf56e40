"""Story timelines: dated developments ordered by when they happened, not when published."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.models import Analysis, StoryEvent, TimelineEntry


def build_timeline(
    articles: Sequence[tuple[int, Analysis]],
    events: Sequence[StoryEvent] = (),
    max_dates: int | None = None,
    sentences_per_date: int = 1,
) -> list[TimelineEntry]:
    """The story's timeline from its (canonical) articles' analyses and its store-wide events."""
    return []
