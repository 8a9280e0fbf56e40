"""A story's derived view: its timeline, summary and key quotes, built from its articles'
analyses and kept in the store.

Why kept: deriving reads up to ``TIMELINE_ARTICLES`` analyses (a second on a story of 5,000
articles), which no page can afford. ``refresh`` builds the views of the stories an ingest
batch changed and stores each with the state it was built from; ``derived`` returns the
stored view while the story is in that state, and otherwise builds it (cached per process
and state, not written: readers do not write). A story of more than ``TIMELINE_ARTICLES``
canonical articles is derived from that many, spread evenly over its life (first and last
included).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from newsdesk.models import (
    Analysis,
    EventReport,
    Quote,
    Span,
    StatusChange,
    Story,
    StoryArticle,
    StoryEvent,
    TimelineEntry,
)
from newsdesk.store import Store
from newsdesk.stories.summary import summarize_story
from newsdesk.stories.timeline import build_timeline

TIMELINE_ARTICLES = 200
KEY_QUOTES = 6
#: Reports kept with each event of a stored timeline (the first ones; all: ``/api/events``).
EVENT_REPORTS = 10
_CACHE_SIZE = 32


@dataclass
class KeyQuote:
    article_id: int
    speaker: str
    text: str
    published: str | None


@dataclass
class Derived:
    timeline: list[TimelineEntry]
    summary: list[str]
    key_quotes: list[KeyQuote]


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


def derive(store: Store, story: Story) -> Derived:
    """The view of a story read whole (``Store.get_story``): from its spread analyses."""
    picked = spread(story.articles, TIMELINE_ARTICLES)
    found = [(a.article_id, store.get_analysis(a.article_id)) for a in picked]
    analyses = [(i, a) for i, a in found if a is not None]
    return Derived(build_timeline(analyses, story.events), summarize_story(analyses), key_quotes(analyses))


def refresh(store: Store, story_ids: Iterable[int]) -> int:
    """Build and store the views of these stories (merged ones: of the story they joined).
    Returns how many were stored."""
    done = 0
    for sid in dict.fromkeys(store.live_story(i) for i in story_ids):
        story = store.get_story(sid)
        if story is None:
            continue
        state = store.story_state(sid)
        store.save_story_view(sid, state, to_body(derive(store, story)))
        done += 1
    return done


_cache: OrderedDict[tuple[object, ...], Derived] = OrderedDict()
_lock = threading.Lock()


def derived(store: Store, story_id: int) -> Derived:
    """The view of a live story: the stored one when it was built from the story as it is,
    else built now (and cached per process and state)."""
    state = store.story_state(story_id)
    stored = store.stored_story_view(story_id)
    if stored is not None and stored[0] == state:
        return from_body(stored[1])
    key = (store.path, story_id, state)
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    story = store.get_story(story_id)
    value = derive(store, story) if story is not None else Derived([], [], [])
    with _lock:
        _cache[key] = value
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return value


def to_body(d: Derived) -> dict[str, Any]:
    """The view as JSON; each timeline event keeps its first ``EVENT_REPORTS`` reports (its
    status history whole): a day of a large story may hold an event reported 2,000 times."""
    body = asdict(d)
    for entry in body["timeline"]:
        for event in entry["events"]:
            event["reports"] = event["reports"][:EVENT_REPORTS]
    return body


def from_body(body: dict[str, Any]) -> Derived:
    """Inverse of ``to_body`` (the JSON the store keeps)."""
    return Derived(
        timeline=[_entry(t) for t in body.get("timeline", [])],
        summary=[str(s) for s in body.get("summary", [])],
        key_quotes=[KeyQuote(**k) for k in body.get("key_quotes", [])],
    )


def _entry(t: dict[str, Any]) -> TimelineEntry:
    return TimelineEntry(
        date=t["date"], summary=t["summary"], events=[_event(e) for e in t.get("events", [])],
        quote=t.get("quote"), quote_speaker=t.get("quote_speaker"),
        evidence=[(int(aid), Span(**span)) for aid, span in t.get("evidence", [])],
    )


def _event(e: dict[str, Any]) -> StoryEvent:
    e = dict(e)
    e["reports"] = [EventReport(**{**r, "evidence": Span(**r["evidence"])}) for r in e.get("reports", [])]
    e["history"] = [StatusChange(**{**h, "evidence": Span(**h["evidence"])}) for h in e.get("history", [])]
    return StoryEvent(**e)
