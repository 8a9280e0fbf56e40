"""Time expression finding and normalisation (work in progress)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.models import TimeExpression


def find_times(doc: Doc, published: str | None) -> list[TimeExpression]:
    """Every time expression in ``doc``, normalised against ``published`` (ISO date or None)."""
    return []
