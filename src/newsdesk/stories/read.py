"""A story as readers see it: the store's story with its timeline and summary built.

``Store.get_story`` reads what is stored (articles, copies, outlets, events); the timeline and
the summary are derived from the canonical articles' analyses each time, so that they follow
the pipeline without being stored. The CLI's ``newsdesk story`` and the tests read stories here.
"""

from __future__ import annotations

from newsdesk.models import Analysis, Story
from newsdesk.store import Store
from newsdesk.stories.summary import summarize_story
from newsdesk.stories.timeline import build_timeline


def story_analyses(store: Store, story: Story) -> list[tuple[int, Analysis]]:
    """The analyses of the story's canonical articles (copies are counted once), in story order."""
    found = [(a.article_id, store.get_analysis(a.article_id)) for a in story.articles]
    return [(i, a) for i, a in found if a is not None]


def read_story(store: Store, story_id: int) -> Story | None:
    """The story with its timeline and summary, or None when there is no such story."""
    story = store.get_story(story_id)
    if story is None:
        return None
    have = story_analyses(store, story)
    story.timeline = build_timeline(have, story.events)
    story.summary = summarize_story(have)
    return story
