"""Attribution finding (work in progress)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.models import Entity, Quote


def find_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    """Every attribution in ``doc``, with speakers resolved to ``entities``."""
    return []
