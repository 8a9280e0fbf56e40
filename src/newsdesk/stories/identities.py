"""Store-wide entities: each article's people, organisations and places linked across articles."""

from __future__ import annotations

from newsdesk.models import Analysis
from newsdesk.store import Store


def link_entities(store: Store, article_id: int, analysis: Analysis) -> dict[int, int]:
    """Map each of the article's entity ids to a store-wide entity id (a wrong merge is worse
    than a missed one)."""
    return store.article_entity_ids(article_id)
