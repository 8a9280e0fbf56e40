"""Extractive summaries: of an article, of a story, and of what is new in a story since a date."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.models import Analysis, Span


def summarize_article(analysis: Analysis, sentences: int = 3) -> list[Span]:
    """A short extractive summary of one article: its most central sentences, in text order."""
    return []


def summarize_story(articles: Sequence[tuple[int, Analysis]], sentences: int = 3) -> list[str]:
    """A short extractive summary of a story from its (canonical) articles."""
    return []


def new_since(
    articles: Sequence[tuple[int, Analysis]], since: str, sentences: int = 3
) -> list[tuple[int, Span]]:
    """What is new in the story since ``since`` (ISO date): sentences of later articles that
    earlier ones did not already say, each with its article id."""
    return []
