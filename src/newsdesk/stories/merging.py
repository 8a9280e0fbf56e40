"""Two stories that turn out to be one: merged, and their reports of one event folded into it."""

from __future__ import annotations

from newsdesk.store import Store
from newsdesk.store._story_events import StoryEventRow
from newsdesk.stories.story_events import folds


def merge_stories(store: Store, keep: int, other: int, record: bool = True) -> int:
    """Move every article of ``other`` into ``keep`` and fold the events the two stories share
    (the linker's rules decide which are the same). ``record``: kept so that ``restory``
    merges them again. Returns the number of articles moved."""
    keep, other = store.live_story(keep), store.live_story(other)
    with store.transaction():
        kept_events, other_events = store.story_event_rows(keep), store.story_event_rows(other)
        moved = store.merge_stories(keep, other, record=record)
        fold_events(store, keep, kept_events, other_events)
    return moved


def fold_events(
    store: Store, keep: int, kept_events: list[StoryEventRow], other_events: list[StoryEventRow]
) -> int:
    """Fold the merged story's events that are events of the kept story into them (their
    reports moved, the finer details kept). Returns how many were folded."""
    pairs = folds(kept_events, other_events)
    for gone, kept in pairs:
        kept.story_id = keep
        store.fold_story_event(gone, kept)
    return len(pairs)


def replay_merges(store: Store) -> None:
    """Merge again the stories merged by hand before a rebuild (found by their first articles)."""
    for keep_article, other_article in store.recorded_merges():
        keep, other = store.story_of(keep_article), store.story_of(other_article)
        if keep is not None and other is not None and keep != other:
            merge_stories(store, keep, other, record=False)
