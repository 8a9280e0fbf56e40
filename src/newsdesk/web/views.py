"""What the story page shows, from bounded store reads: the story's head (title, dates, key
people and places), its derived view (timeline, summary, key quotes: ``stories.views``, kept
in the store), participants with their ids, and one page of its articles with each copy
folded under its original. Nothing here reads every article of a story, so a story of 5,000
articles answers as fast as one of 5.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdesk.models import Story, StoryArticle, TimelineEntry
from newsdesk.store import Store
from newsdesk.store._web_read import ArticleRow, EntityRow
from newsdesk.stories.views import KeyQuote, derived


@dataclass
class FoldedArticle:
    """A canonical article of the story and its copies (each with its own outlet and link)."""

    article: StoryArticle
    copies: list[ArticleRow] = field(default_factory=list)


@dataclass
class StoryView:
    story: Story
    timeline: list[TimelineEntry]
    summary: list[str]
    key_quotes: list[KeyQuote]
    participants: list[EntityRow]
    articles: list[FoldedArticle]
    total_articles: int
    total_reports: int

    @property
    def entity_ids(self) -> dict[str, int]:
        """Participants' ids by name, so a quote's speaker links to the entity page."""
        return {p.canonical: p.id for p in self.participants}


def story_view(store: Store, story_id: int, offset: int, limit: int) -> StoryView | None:
    """The story page's content, or None when there is no such story."""
    story = store.story_head(story_id)
    if story is None:
        return None
    view = derived(store, story.id)
    listed, reports, story.outlets, page = store.story_article_page(story.id, offset, limit)
    copies = store.article_rows([c for a in page for c in a.copies])
    by_id = {r.id: r for r in copies}
    folded = [FoldedArticle(a, [by_id[c] for c in a.copies if c in by_id]) for a in page]
    return StoryView(
        story=story, timeline=view.timeline, summary=view.summary, key_quotes=view.key_quotes,
        participants=store.story_entity_rows(story.id), articles=folded,
        total_articles=listed, total_reports=reports,
    )
