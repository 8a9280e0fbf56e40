"""Events, not reports: each article's events linked to store-wide events within its story."""

from __future__ import annotations

from newsdesk.models import Analysis
from newsdesk.store import Store


def link_events(
    store: Store, article_id: int, analysis: Analysis, story_id: int | None, entity_ids: dict[int, int]
) -> None:
    """Link each event of the article to the store-wide event it reports, or start one."""
    return None
