"""Online story clustering: each article joins an existing story or starts one."""

from __future__ import annotations

from newsdesk.models import Analysis, CopyLink
from newsdesk.store import Store


def assign_story(
    store: Store, article_id: int, analysis: Analysis, copy: CopyLink | None, entity_ids: dict[int, int]
) -> int | None:
    """The story the article joins (a copy joins its canonical article's story)."""
    return None
