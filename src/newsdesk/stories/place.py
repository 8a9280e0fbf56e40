"""Placing one article in the cross-article layer, and rebuilding that layer from scratch."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsdesk.models import Analysis, CopyLink
from newsdesk.store import Store
from newsdesk.stories import clustering, copies, identities, story_events
from newsdesk.stories.merging import replay_merges


@dataclass
class Placement:
    """Where an article landed: the copy group, its store-wide entities, its story."""

    article_id: int
    copy: CopyLink | None
    entity_ids: dict[int, int]
    story_id: int | None


def place_article(store: Store, article_id: int, analysis: Analysis) -> Placement:
    """Link the article's copies, entities and events and put it in a story.

    Runs inside the caller's transaction (ingest writes the analysis and its placement
    together). The order matters: a copy joins its canonical article's story; entities are
    linked before the story is chosen (shared people are evidence); events are linked
    within the chosen story.
    """
    store.unplace_article(article_id)
    copy = copies.link_copy(store, article_id, analysis.article)
    entity_ids = identities.link_entities(store, article_id, analysis)
    story_id = clustering.assign_story(store, article_id, analysis, copy, entity_ids)
    story_events.link_events(store, article_id, analysis, story_id, entity_ids)
    return Placement(article_id, copy, entity_ids, story_id)


def rebuild(store: Store, on_progress: Callable[[int, int], None] | None = None) -> int:
    """Clear the cross-article layer and place every analysed article again, in arrival order.

    Returns the number of articles placed. Stories merged by hand are merged again.
    """
    store.clear_story_layer()
    ids = store.analysed_article_ids()
    for n, article_id in enumerate(ids, 1):
        analysis = store.get_analysis(article_id)
        if analysis is not None:
            with store.transaction():
                place_article(store, article_id, analysis)
        if on_progress:
            on_progress(n, len(ids))
    replay_merges(store)
    from newsdesk.stories.views import refresh  # after the merges: one view per live story

    refresh(store, store.story_id_page(None, 1 << 40, 0)[1])
    return len(ids)
