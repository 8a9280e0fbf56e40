"""Copies: syndicated reprints and near-duplicates linked to one canonical article (MinHash LSH)."""

from __future__ import annotations

from newsdesk.models import Article, CopyLink
from newsdesk.store import Store


def link_copy(store: Store, article_id: int, article: Article) -> CopyLink | None:
    """Index the article's MinHash signature; link it to the canonical article it copies."""
    return None
