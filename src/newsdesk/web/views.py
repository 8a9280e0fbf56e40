"""What the story page shows, built from the store's own functions: the story, its timeline
(``build_timeline`` over the canonical articles' analyses), key quotes, people and places with
their ids, and one page of its articles with each copy folded under its original.

A timeline is derived from analyses, so it is cached per story and state (its number of
articles and newest article): a story page read again costs the store reads only. A story of
more than ``TIMELINE_ARTICLES`` canonical articles has its timeline built from that many,
spread evenly over its life (first and last included), so a story of 5,000 articles answers
as fast as one of 200.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from newsdesk.models import Analysis, Quote, Story, StoryArticle, TimelineEntry
from newsdesk.store import Store
from newsdesk.store._web_read import ArticleRow, EntityRow
from newsdesk.stories.summary import summarize_story
from newsdesk.stories.timeline import build_timeline

TIMELINE_ARTICLES = 200
KEY_QUOTES = 6
_CACHE_SIZE = 128


@dataclass
class KeyQuote:
    article_id: int
    speaker: str
    text: str
    published: str | None


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


_cache: OrderedDict[tuple[object, ...], tuple[list[TimelineEntry], list[str], list[KeyQuote]]] = OrderedDict()
_lock = threading.Lock()


def spread(items: list[StoryArticle], n: int) -> list[StoryArticle]:
    """``n`` of ``items`` evenly spaced, first and last included (all when there are few)."""
    if len(items) <= n:
        return items
    step = (len(items) - 1) / (n - 1)
    return [items[round(i * step)] for i in range(n)]


def key_quotes(analyses: list[tuple[int, Analysis]], limit: int = KEY_QUOTES) -> list[KeyQuote]:
    """Direct quotes of named people, one per speaker first, 6 to 60 words preferred."""

    def rank(q: Quote) -> tuple[bool, bool, int]:
        words = len(q.content.text.split())
        return (q.speaker_type != "person", not 6 <= words <= 60, -words)

    found: list[tuple[tuple[bool, bool, int], KeyQuote]] = []
    seen_text: set[str] = set()
    for aid, an in analyses:
        for q in an.quotes:
            text = " ".join(q.content.text.split())
            if q.kind not in ("direct", "mixed") or not q.speaker or q.anonymous or text in seen_text:
                continue
            seen_text.add(text)
            found.append((rank(q), KeyQuote(aid, q.speaker, text, an.article.published)))
    found.sort(key=lambda x: x[0])
    chosen, speakers = [], set()
    for _, kq in found:  # one per speaker, then the rest
        if kq.speaker not in speakers:
            chosen.append(kq)
            speakers.add(kq.speaker)
    chosen += [kq for _, kq in found if kq not in chosen]
    return sorted(chosen[:limit], key=lambda k: (k.published or "", k.article_id))


def _derived(store: Store, story: Story) -> tuple[list[TimelineEntry], list[str], list[KeyQuote]]:
    key = (store.path, story.id, len(story.articles), max((a.article_id for a in story.articles), default=0),
           sum(len(a.copies) for a in story.articles))
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    picked = spread(story.articles, TIMELINE_ARTICLES)
    found = [(a.article_id, store.get_analysis(a.article_id)) for a in picked]
    analyses = [(i, a) for i, a in found if a is not None]
    value = (build_timeline(analyses, story.events), summarize_story(analyses), key_quotes(analyses))
    with _lock:
        _cache[key] = value
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return value


def story_view(store: Store, story_id: int, offset: int, limit: int) -> StoryView | None:
    """The story page's content, or None when there is no such story."""
    story = store.get_story(story_id)
    if story is None:
        return None
    timeline, summary, quotes = _derived(store, story)
    page = story.articles[offset:offset + limit]
    copies = store.article_rows([c for a in page for c in a.copies])
    by_id = {r.id: r for r in copies}
    folded = [FoldedArticle(a, [by_id[c] for c in a.copies if c in by_id]) for a in page]
    return StoryView(
        story=story, timeline=timeline, summary=summary, key_quotes=quotes,
        participants=store.story_entity_rows(story.id), articles=folded,
        total_articles=len(story.articles),
        total_reports=sum(1 + len(a.copies) for a in story.articles),
    )
