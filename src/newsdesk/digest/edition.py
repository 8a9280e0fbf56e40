"""Building an edition: the weekday update or the weekend selection, for everything or a topic.

Windows are whole days of the articles' publication dates (the store's dates are the clock,
so an edition of an old corpus is built with ``date`` set to a day in it):

- ``daily``: the edition's date; when an edition of the same kind and topic was recorded
  for a day in the week before, from that day on, so that articles that arrived after it was
  sent are not lost (what it reported is not repeated: see below).
- ``weekend``: the seven days ending on the date.

Without ``kind``, Monday to Friday make a daily edition, Saturday and Sunday a weekend one.

"Never twice": a story is in an edition only when one of its canonical articles (copies count
once) was published in the window and was not reported by the last recorded edition of the same
kind and topic that carried the story. Each item says what changed since that edition (new
sentences that the articles it reported did not say, events that are new or changed status),
or, for a story never reported, since the window began; a story that started in the window is
new and has no changes. ``record=True`` stores the edition with the state it reported; printing
an edition for reading does not record it, so it does not consume "what changed".
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from newsdesk.digest.importance import importance
from newsdesk.digest.topics import TopicFilter, load_topic, resolve
from newsdesk.errors import InputError
from newsdesk.models import (
    Analysis,
    Edition,
    EditionEvent,
    EditionItem,
    EditionLink,
    Quote,
    Story,
    StoryArticle,
    StoryEvent,
    Topic,
)
from newsdesk.store import Store
from newsdesk.stories.summary import new_after, summarize_story
from newsdesk.stories.timeline import build_timeline

KINDS = ("daily", "weekend")
#: Stories a weekend selection keeps (the best by importance); the daily update keeps all.
WEEKEND_ITEMS = 10
#: A previous daily edition further back than this many days does not stretch the window.
DAILY_REACH = 7
#: Earlier articles read to tell what is new (the latest ones), and sentences per list.
CONTEXT_ARTICLES = 10
CHANGE_SENTENCES = 3
SUMMARY_SENTENCES = 3


def edition_date(value: str | date | None) -> date:
    """The edition's day: an ISO date (or date-time), a ``date``, or today when None."""
    if value is None:
        return date.today()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(f"date {value!r}", "not a date", "use YYYY-MM-DD") from None


def default_kind(day: date) -> str:
    """Daily on Monday to Friday, the weekend selection on Saturday and Sunday."""
    return "weekend" if day.weekday() >= 5 else "daily"


def edition_window(store: Store, kind: str, day: date, topic: str | None = None) -> tuple[str, str]:
    """(since, until): the first and last day of the edition's window (see the module docstring)."""
    if kind == "weekend":
        return (day - timedelta(days=6)).isoformat(), day.isoformat()
    since = day
    prev = store.last_edition(kind, topic, until=day.isoformat())
    if prev is not None:
        prev_day = date.fromisoformat(prev.date[:10])
        if day - timedelta(days=DAILY_REACH) <= prev_day <= day:
            since = prev_day
    return since.isoformat(), day.isoformat()


def build_edition(
    store: Store, kind: str | None = None, date: str | date | None = None,
    topic: str | Topic | None = None, record: bool = False, limit: int | None = WEEKEND_ITEMS,
) -> Edition:
    """The edition of ``kind`` for ``date`` (see the module docstring), items ranked by
    importance; ``limit`` caps a weekend selection (None: every story). ``record=True``
    stores it (``edition.id`` is then set)."""
    day = edition_date(date)
    kind = kind or default_kind(day)
    if kind not in KINDS:
        raise InputError(f"kind {kind!r}", "unknown edition kind", f"use one of {', '.join(KINDS)}")
    found = load_topic(store, topic)
    name = found.name if found else None
    since, until = edition_window(store, kind, day, name)
    flt = resolve(store, found) if found else TopicFilter()
    ids = store.window_story_ids(since, until, flt.words, flt.entity_groups or (), flt.event_types or ())
    ranked = []
    for sid in ids:
        story = store.get_story(sid)
        built = _item(store, story, kind, name, since, until) if story else None
        if built is not None:
            ranked.append(built)
    ranked.sort(key=lambda r: r[0].story_id)
    ranked.sort(key=lambda r: r[1], reverse=True)
    items = [item for item, _ in ranked]
    if kind == "weekend" and limit is not None:
        items = items[:limit]
    edition = Edition(kind=kind, date=until, since=since, topic=name, title=_title(kind, since, until, name),
                      items=items, created=datetime.now(UTC).isoformat(timespec="seconds"))
    if record:
        store.record_edition(edition)
    return edition


def _title(kind: str, since: str, until: str, topic: str | None) -> str:
    end = date.fromisoformat(until)
    if kind == "daily":
        title = f"Daily update, {end:%A} {end.day} {end:%B %Y}"
    else:
        start = date.fromisoformat(since)
        title = f"The week's stories, {start.day} {start:%B} to {end.day} {end:%B %Y}"
    return f"{title} · {topic}" if topic else title


def _in(a: StoryArticle, since: str, until: str) -> bool:
    return bool(a.published) and since <= (a.published or "")[:10] <= until


def _analyses(store: Store, articles: list[StoryArticle]) -> list[tuple[int, Analysis]]:
    found = [(a.article_id, store.get_analysis(a.article_id)) for a in articles]
    return [(i, an) for i, an in found if an is not None]


def _item(store: Store, story: Story, kind: str, topic: str | None, since: str, until: str,
          ) -> tuple[EditionItem, tuple[float, int, int, str]] | None:
    """The story's item and its ranking key, or None when nothing in the window is new."""
    upto = [a for a in story.articles if (a.published or "")[:10] <= until]
    state = sorted({i for a in upto for i in (a.article_id, *a.copies)})
    prev = store.last_reported(kind, topic, story.id, min(state, default=None), until)
    window = [a for a in story.articles if _in(a, since, until)]
    new = [a for a in window if prev is None or a.article_id not in prev.articles]
    if not new:
        return None
    if prev is not None:
        known = [a for a in upto if a.article_id in prev.articles]
    else:
        known = [a for a in upto if (a.published or "")[:10] < since]
    basis = new if kind == "daily" else window
    new_an = _analyses(store, new)
    known_an = _analyses(store, known[-CONTEXT_ARTICLES:])
    basis_ids = {i for a in basis for i in (a.article_id, *a.copies)}
    events = [e for e in story.events if any(r.article_id in basis_ids for r in e.reports)]

    development, quote = _development(new_an, events, since, until)
    # A weekend story never sent before is told by the summary of its week, not by changes.
    fresh = new_after(known_an, new_an, CHANGE_SENTENCES) if known and (prev or kind == "daily") else []
    said = {development, quote.content.text if quote else ""}
    changes = [t for t in (" ".join(s.text.split()) for _, s in fresh) if not any(x and x in t for x in said)]
    if prev is not None:
        changes += _event_changes(story.events, events, prev.events)
    summary = summarize_story(_analyses(store, window), SUMMARY_SENTENCES) if kind == "weekend" else []
    outlets = sorted({o for a in basis for o in a.outlets})
    people = [n for _, n in store.story_people_articles(story.id)]
    score = importance(len(outlets), len(events), people, [(e.type, e.status) for e in events])
    item = EditionItem(
        story_id=story.id, title=story.title, development=development, changes=changes,
        summary=[s for s in summary if s != development],
        quote=quote.content.text if quote else None, quote_speaker=quote.speaker if quote else None,
        importance=score, outlets=outlets,
        links=[EditionLink(a.article_id, a.title, a.url, a.outlet, a.published, list(a.outlets))
               for a in basis],
        events=[_event(e) for e in events], previous_edition=prev.edition_id if prev else None,
        first_seen=story.first_seen,
        article_ids=state, event_status=[[e.id, e.status] for e in story.events],
    )
    latest = max((a.published or "")[:10] for a in new)
    return item, (score, len(outlets), len(new), latest)


def _development(new_an: list[tuple[int, Analysis]], events: list[StoryEvent], since: str, until: str,
                 ) -> tuple[str, Quote | None]:
    """The key development of the window (the best-scored timeline date in it, from the new
    articles) and a quote: the timeline's, else the best direct quote of the new articles."""
    entries = build_timeline(new_an, events, max_dates=1, start=since, end=until, months=False)
    text = entries[0].summary if entries else ""
    if not text:
        text = next(iter(summarize_story(new_an, 1)), "")
    if not text and new_an:
        text = new_an[0][1].article.title or ""
    return text, _best_quote(new_an, entries[0].quote if entries else None)


def _best_quote(analyses: list[tuple[int, Analysis]], preferred: str | None) -> Quote | None:
    """A direct quote of a named person, of a readable length; the timeline's key quote first
    among equals, then the earliest."""
    quotes = [q for _, an in analyses for q in an.quotes if q.kind in ("direct", "mixed") and q.speaker]
    quotes.sort(key=lambda q: (q.anonymous, q.speaker_type != "person",
                               not 6 <= len(q.content.text.split()) <= 60, q.content.text != preferred))
    return quotes[0] if quotes else None


def _label(e: StoryEvent) -> str:
    """An event in a few words: "CONSULT (meet) Ana Holm, Ben Ruiz in Geneva on 2021-06-12"."""
    words = e.type + (f" ({e.mode})" if e.mode else "")
    if e.participants:
        words += " " + ", ".join(e.participants[:3])
    if e.place:
        words += f" in {e.place}"
    if e.date:
        words += f" on {e.date}"
    return words


def _event_changes(all_events: list[StoryEvent], reported: list[StoryEvent],
                   before: dict[int, str]) -> list[str]:
    """Events that changed status since the previous edition, and new events reported now."""
    now = {e.id for e in reported}
    out = []
    for e in all_events:
        old = before.get(e.id)
        if old is None and e.id in now:
            out.append(f"new: {_label(e)}, {e.status}")
        elif old is not None and old != e.status:
            out.append(f"{_label(e)}: {old} → {e.status}")
    return out


def _event(e: StoryEvent) -> EditionEvent:
    return EditionEvent(e.id, e.type, e.mode, e.status, e.date, e.place, list(e.participants))
