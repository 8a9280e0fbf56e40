"""Events, not reports: each article's events linked to store-wide events within its story.

An article's event (already one per real event within the article, ``nlp/events/_coref``)
reports a store-wide event when nothing they say disagrees — the same PLOVER type and mode,
nested dates, places one within the other, participants one set within the other — and
something ties them: a shared store-wide participant, the same event word, the same date or
place. Status is not compared: the same summit is planned in one report and held in the next
(but an event reported done by one day is not an event dated after it). An article's events
that agree save for status (the summit called off, then back on) join one store-wide event.
Candidates come from the article's story, or, when it has none, from events of the same type
sharing a participant and reported within ``WINDOW_DAYS`` (indexed look-ups, never a scan). The
store-wide event keeps the most specific date, place and participants; its status follows the
reports in publication order (``store._story_events.status_history``). When two stories
merge, ``folds`` says which events of one are events of the other (``stories.merging``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from newsdesk.models import Analysis, Event
from newsdesk.nlp.events import (
    after_publication,
    dates_agree,
    finer_date,
    people_agree,
    places_agree,
    word_key,
)
from newsdesk.store import Store
from newsdesk.store._events import date_key, stored_type
from newsdesk.store._story_events import StoryEventRow, later_status

#: Without a story, store-wide events last reported this many days before the article are candidates.
WINDOW_DAYS = 30


@dataclass
class Report:
    """What one article's event says, in store-wide terms."""

    type: str
    mode: str | None
    status: str
    date: str | None
    place: str | None
    place_entity_id: int | None
    place_country: str | None
    participants: set[int]
    word: str
    published: str | None = None


def report_of(event: Event, entity_ids: dict[int, int]) -> Report:
    """The event with its participants and place as store-wide entity ids."""
    people = {entity_ids[p.entity_id] for p in event.actors + event.recipients
              if p.entity_id is not None and p.entity_id in entity_ids}
    place = event.place
    return Report(stored_type(event.type), event.mode or None, event.status, event.date,
                  place.name if place else None,
                  entity_ids.get(place.entity_id) if place and place.entity_id is not None else None,
                  place.country if place else None, people,
                  word_key(event.lemma or event.trigger.text))


def agree(row: StoryEventRow | Report, rep: Report) -> bool:
    """Nothing the two say disagrees (status aside): type and mode, dates, places, people."""
    if row.type != rep.type or (row.mode and rep.mode and row.mode != rep.mode):
        return False
    if not dates_agree(row.date, rep.date):
        return False
    same_place = row.place_entity_id is not None and row.place_entity_id == rep.place_entity_id
    if not same_place and not places_agree(row.place, rep.place, row.place_country, rep.place_country):
        return False
    mine, theirs = set[object](row.participants), set[object](rep.participants)
    return people_agree(mine, theirs, mine, theirs)


def _too_late(row: StoryEventRow, rep: Report) -> bool:
    """An event reported done by one day cannot take place after it (a report of talks held
    on 1 June is not the talks planned for 12 June), either way round."""
    if row.happened_by and after_publication(rep.date, row.happened_by):
        return True
    return rep.status in ("happened", "ongoing") and after_publication(row.date, rep.published)


def tie(row: StoryEventRow, rep: Report) -> int:
    """How strongly the report is tied to the store-wide event; 0 when they disagree or nothing ties them."""
    if not agree(row, rep) or _too_late(row, rep):
        return 0
    score = 2 * len(row.participants & rep.participants) + 2 * (rep.word in row.lemmas)
    d = date_key(rep.date)
    score += bool(d and d == date_key(row.date)) + bool(row.place and rep.place)
    return score


def _since(published: str | None) -> str | None:
    try:
        return (date.fromisoformat((published or "")[:10]) - timedelta(days=WINDOW_DAYS)).isoformat()
    except ValueError:
        return None


def _absorb(row: StoryEventRow, rep: Report, published: str | None) -> None:
    if finer_date(row.date, rep.date) != row.date:
        row.date = rep.date
    if rep.place is not None and (row.place is None or _within(rep.place, row.place)):
        # the finer place: "Capella Hotel on Singapore's Sentosa" rather than "Singapore"
        row.place, row.place_entity_id = rep.place, rep.place_entity_id
        row.place_country = row.place_country or rep.place_country
    row.mode = row.mode or rep.mode
    row.participants |= rep.participants
    row.lemmas.add(rep.word)
    if row.last_published is None or (published or "") >= row.last_published:
        row.status = later_status(row.status, rep.status)


def _within(fine: str, coarse: str) -> bool:
    """Whether ``fine`` names a place inside ``coarse`` by naming it ("X Hotel on Y" in "Y")."""
    return len(fine) > len(coarse) and places_agree(fine, coarse)


def link_events(
    store: Store, article_id: int, analysis: Analysis, story_id: int | None, entity_ids: dict[int, int]
) -> None:
    """Link each event of the article to the store-wide event it reports, or start one.

    The article's own events are already merged, so two of them join the same store-wide event
    only when they agree with each other save for status (the summit called off and, later in
    the report, back on), or nothing in the article tied them but the store-wide event does.
    The article's earlier reports, if any, are dropped first.
    Runs inside the caller's transaction.
    """
    store._unlink_events(article_id)  # placing again (re-analysis, restory) replaces the old reports
    rows = store.article_event_rows(article_id)
    published = analysis.article.published
    since = _since(published)
    taken: dict[int, list[Report]] = {}
    for event in analysis.events:
        row_id = rows.get(event.id)
        if row_id is None:
            continue
        rep = report_of(event, entity_ids)
        rep.published = published
        best: tuple[int, int, StoryEventRow] | None = None
        for cand in store.story_event_candidates(story_id, rep.type, rep.participants, since):
            if not all(agree(other, rep) for other in taken.get(cand.id, [])):
                continue
            score = tie(cand, rep)
            if score and (best is None or (score, -cand.id) > best[:2]):
                best = (score, -cand.id, cand)
        if best is None:
            row = StoryEventRow(0, story_id, rep.type, rep.mode, rep.status, rep.date, rep.place,
                                rep.place_entity_id, rep.place_country, {rep.word}, set(rep.participants))
        else:
            row = best[2]
            _absorb(row, rep, published)
            row.story_id = row.story_id if row.story_id is not None else story_id
        sid = store.save_story_event(row, published)
        taken.setdefault(sid, []).append(rep)
        store.add_event_report(row_id, sid, article_id, event.status, event.date, published)


def _as_report(row: StoryEventRow) -> Report:
    return Report(row.type, row.mode, row.status, row.date, row.place, row.place_entity_id,
                  row.place_country, set(row.participants), "", row.happened_by)


def folds(keep: list[StoryEventRow], other: list[StoryEventRow]) -> list[tuple[int, StoryEventRow]]:
    """Two stories merged: which events of ``other`` are events of ``keep`` (the same rules as
    linking a report, the event words shared counting as one), as (other's id, the kept
    event with the other's details absorbed). ``keep``'s rows are updated in place."""
    out: list[tuple[int, StoryEventRow]] = []
    for o in other:
        rep = _as_report(o)
        best: tuple[int, int, StoryEventRow] | None = None
        for k in keep:
            if k.type != o.type or (k.happened_by and after_publication(o.date, k.happened_by)):
                continue
            score = tie(k, rep) + 2 * bool(k.lemmas & o.lemmas)
            if score and (best is None or (score, -k.id) > best[:2]):
                best = (score, -k.id, k)
        if best is None:
            continue
        k = best[2]
        lemmas = k.lemmas | o.lemmas
        _absorb(k, rep, None)
        k.lemmas = lemmas
        k.happened_by = min(filter(None, (k.happened_by, o.happened_by)), default=None)
        out.append((o.id, k))
    return out
