"""Event extraction (work in progress)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.models import Entity, Event, Quote, TimeExpression


def find_events(doc: Doc, entities: list[Entity], quotes: list[Quote],
                times: list[TimeExpression]) -> list[Event]:
    """Every event ``doc`` reports, with participants resolved to ``entities``."""
    return []
