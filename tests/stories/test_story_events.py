"""Store-wide events: reports of one event in several articles are one event with their evidence.

Analyses are built by hand (builders) so that the linking rules, not the model, are tested.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import article, entity, save, who
from newsdesk.models import Analysis, Document, Event, Participant, Span
from newsdesk.store import Store
from newsdesk.stories.merging import fold_events
from newsdesk.stories.story_events import link_events

STORY = 7


def _report(store: Store, title: str, body: str, published: str, *, status: str, trigger: str,
            type_: str = "CONSULT", mode: str | None = "meet", date: str | None = None,
            place: str | None = None, people: tuple[str, ...] = ("Ana Holm", "Ben Ruiz"),
            story_id: int | None = STORY) -> int:
    """Store an article with one event and link it; returns the article id."""
    art = article(title, body, published=published, url=f"https://example.org/{published}/{trigger}")
    ents = [entity(i, art, "PERSON", name) for i, name in enumerate(people, start=1)]
    where = None
    if place is not None:
        ents.append(entity(len(ents) + 1, art, "GPE", place))
        where = who(art, place, ents[-1])
    t = art.text.index(trigger, len(title))
    ev = Event(1, type_, Span(t, t + len(trigger), trigger), Span(len(title) + 2, len(art.text), body),
               status=status, mode=mode,  # type: ignore[arg-type]
               actors=[who(art, e.canonical, e) for e in ents[:len(people)]],
               place=where, date=date, lemma=trigger.lower())
    analysis = Analysis(article=art, entities=ents, events=[ev])
    article_id = save(store, analysis)
    with store.transaction():
        link_events(store, article_id, analysis, story_id, store.article_entity_ids(article_id))
    return article_id


def test_two_reports_of_one_summit_are_one_event_with_the_most_specific_details(store):
    first = _report(store, "Summit planned", "Ana Holm and Ben Ruiz will hold a summit next month.",
                    "2021-05-03", status="planned", trigger="summit", date="2021-06")
    second = _report(store, "Leaders meet", "Ana Holm and Ben Ruiz held a summit in Geneva on Saturday.",
                     "2021-06-13", status="happened", trigger="summit", date="2021-06-12", place="Geneva")
    events = store.story_events(STORY)
    assert len(events) == 1
    e = events[0]
    assert (e.type, e.mode, e.status) == ("CONSULT", "meet", "happened")
    assert (e.date, e.place) == ("2021-06-12", "Geneva")
    assert e.participants == ["Ana Holm", "Ben Ruiz"] and e.story_id == STORY
    assert [r.article_id for r in e.reports] == [first, second]
    assert [r.status for r in e.reports] == ["planned", "happened"]
    assert e.reports[1].evidence.text.startswith("Ana Holm and Ben Ruiz held")
    assert [(h.status, h.article_id) for h in e.history] == [("planned", first), ("happened", second)]
    assert store.story_event(e.id) == e


def test_status_history_follows_publication_not_arrival(store):
    held = _report(store, "Leaders meet", "Ana Holm and Ben Ruiz held talks in Geneva.", "2021-06-13",
                   status="happened", trigger="talks", date="2021-06-12", place="Geneva")
    off = _report(store, "Talks off", "Ana Holm called off the talks with Ben Ruiz.", "2021-05-20",
                  status="negated", trigger="talks", date="2021-06")
    plan = _report(store, "Talks planned", "Ana Holm and Ben Ruiz will hold talks.", "2021-05-02",
                   status="planned", trigger="talks")
    back = _report(store, "Talks back on", "Ana Holm and Ben Ruiz will hold talks after all.", "2021-06-01",
                   status="planned", trigger="talks")
    [e] = store.story_events(STORY)
    assert [h.status for h in e.history] == ["planned", "negated", "planned", "happened"]
    assert [h.article_id for h in e.history] == [plan, off, back, held]
    assert e.status == "happened"  # reports arriving late do not undo what happened


def test_two_bombings_in_different_places_are_two_events(store):
    for city, day in (("Mosul", "2021-03-02"), ("Basra", "2021-03-02")):
        _report(store, f"Blast in {city}", f"A bombing in {city} killed five, police said.", day,
                status="happened", trigger="bombing", type_="ASSAULT", mode="explosives",
                date=day, place=city, people=())
    events = store.story_events(STORY)
    assert sorted(e.place or "" for e in events) == ["Basra", "Mosul"]
    assert all(len(e.reports) == 1 for e in events)


def test_meetings_of_other_people_or_days_stay_apart(store):
    _report(store, "Talks", "Ana Holm met Ben Ruiz in Geneva on Monday.", "2021-06-08",
            status="happened", trigger="met", date="2021-06-07", place="Geneva")
    _report(store, "Talks again", "Ana Holm met Ben Ruiz in Geneva on Friday.", "2021-06-12",
            status="happened", trigger="met", date="2021-06-11", place="Geneva")
    _report(store, "Other talks", "Ana Holm met Cy Park on Monday.", "2021-06-08",
            status="happened", trigger="met", date="2021-06-07", people=("Ana Holm", "Cy Park"))
    assert len(store.story_events(STORY)) == 3


def test_without_a_story_shared_participants_within_a_window_link(store):
    a = _report(store, "Visit", "Ana Holm will meet Ben Ruiz on June 12.", "2021-06-01",
                status="planned", trigger="meet", date="2021-06-12", story_id=None)
    b = _report(store, "Visit held", "Ana Holm met Ben Ruiz on Saturday.", "2021-06-13",
                status="happened", trigger="met", date="2021-06-12", story_id=None)
    late = _report(store, "Anniversary", "Ana Holm met Ben Ruiz again.", "2022-06-13",
                   status="happened", trigger="met", story_id=None)
    reports = store._conn.execute(
        "SELECT article_id, story_event_id FROM event_reports ORDER BY article_id").fetchall()
    by_article = {r[0]: r[1] for r in reports}
    assert by_article[a] == by_article[b] != by_article[late]


def test_unlinking_an_article_drops_its_reports_and_rereads_the_status(store):
    first = _report(store, "Summit planned", "Ana Holm and Ben Ruiz will hold a summit.", "2021-05-03",
                    status="planned", trigger="summit")
    second = _report(store, "Summit held", "Ana Holm and Ben Ruiz held a summit.", "2021-06-13",
                     status="happened", trigger="summit")
    with store.transaction():
        store._unlink_events(second)
    [e] = store.story_events(STORY)
    assert e.status == "planned" and [r.article_id for r in e.reports] == [first]
    with store.transaction():
        store._unlink_events(first)
        assert store.story_events(STORY) == []
        store._clear_story_events()


def test_placing_an_article_again_replaces_its_reports(store):
    first = _report(store, "Summit planned", "Ana Holm and Ben Ruiz will hold a summit.", "2021-05-03",
                    status="planned", trigger="summit")
    analysis = store.get_analysis(first)
    assert analysis is not None and analysis.events[0].lemma == "summit"
    for _ in range(2):  # re-analysis writes new events rows; placing again links them anew
        store.save_analysis(first, analysis)
        with store.transaction():
            link_events(store, first, analysis, STORY, store.article_entity_ids(first))
    [e] = store.story_events(STORY)
    assert [r.article_id for r in e.reports] == [first]


def test_a_participant_is_an_entity_not_a_name():
    p = Participant("Ana Holm", 0, 8, entity_id=None)
    from newsdesk.stories.story_events import report_of
    ev = Event(1, "CONSULT", Span(0, 3, "met"), Span(0, 3, "met"), actors=[p], lemma="meet")
    assert report_of(ev, {}).participants == set()


SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "000_bff1fb16216cbd7f.txt"


@pytest.mark.slow
@pytest.mark.skipif(not SEED.exists(), reason=f"reference article not found at {SEED}")
def test_the_reference_summit_and_a_report_that_it_was_held_are_one_event(nlp, store):
    """The reference article's planned summit (one event of several mentions) and a follow-up
    written for this test are one store-wide event: 12 June, Singapore, planned → happened."""
    from newsdesk.extract import extract
    from newsdesk.nlp import analyze

    seed = analyze(extract(Document(source="seed", kind="text", content=SEED.read_text("utf-8"),
                                    published="2018-05-31")), nlp)
    follow = analyze(article("Trump and Kim hold summit in Singapore",
                             "President Donald Trump met North Korean leader Kim Jong Un in Singapore on "
                             "Tuesday, the first meeting between the two countries' leaders.",
                             published="2018-06-12", url="https://example.org/summit-held"), nlp)
    for analysis in (seed, follow):
        article_id = save(store, analysis)
        with store.transaction():
            link_events(store, article_id, analysis, STORY, store.article_entity_ids(article_id))
    summits = [e for e in store.story_events(STORY) if e.place == "Singapore"]
    assert len(summits) == 1, [(e.type, e.date, e.place, len(e.reports)) for e in store.story_events(STORY)]
    s = summits[0]
    assert (s.type, s.mode, s.date, s.status) == ("CONSULT", "meet", "2018-06-12", "happened")
    assert {"Donald Trump", "Kim Jong Un"} <= set(s.participants)
    assert [h.status for h in s.history] == ["planned", "happened"]
    assert [r.published for r in s.reports] == ["2018-05-31", "2018-06-12"]
    others = [e for e in store.story_events(STORY) if e.id != s.id and e.date == "2018-06-12"]
    assert others == []


def test_a_report_with_a_clock_time_joins_the_event_of_that_day(store):
    _report(store, "Summit set", "Ana Holm and Ben Ruiz will hold a summit in Geneva on June 12.",
            "2021-06-01", status="planned", trigger="summit", date="2021-06-12", place="Geneva")
    _report(store, "Summit at nine", "Ana Holm and Ben Ruiz will open the summit at 9am.", "2021-06-10",
            status="planned", trigger="summit", date="2021-06-12T09:00")
    [e] = store.story_events(STORY)
    assert (e.date, e.place, len(e.reports)) == ("2021-06-12", "Geneva", 2)
    assert e.reports[1].date == "2021-06-12T09:00"


def test_a_finer_place_named_inside_the_coarser_is_kept_and_then_matches(store):
    _report(store, "Summit set", "Ana Holm and Ben Ruiz will hold a summit in Geneva.", "2021-06-01",
            status="planned", trigger="summit", date="2021-06-12", place="Geneva")
    _report(store, "Venue", "Ana Holm and Ben Ruiz will hold the summit at the Lake Hotel in Geneva.",
            "2021-06-05", status="planned", trigger="summit", date="2021-06-12",
            place="Lake Hotel in Geneva")
    _report(store, "Venue ready", "Ana Holm and Ben Ruiz will hold the summit at the Lake Hotel.",
            "2021-06-08", status="planned", trigger="summit", date="2021-06-12", place="the Lake Hotel")
    [e] = store.story_events(STORY)
    assert e.place == "Lake Hotel in Geneva" and len(e.reports) == 3


def test_talks_reported_held_are_not_talks_dated_later(store):
    _report(store, "Talks", "Ana Holm and Ben Ruiz held talks.", "2021-06-01", status="happened",
            trigger="talks")
    _report(store, "More talks", "Ana Holm and Ben Ruiz will hold talks on June 12.", "2021-06-05",
            status="planned", trigger="talks", date="2021-06-12")
    events = store.story_events(STORY)
    assert [(e.date, e.status) for e in events] == [("2021-06-12", "planned"), (None, "happened")]


def test_one_report_of_a_summit_called_off_and_back_on_is_both_in_the_history(store):
    plan = _report(store, "Summit set", "Ana Holm and Ben Ruiz will hold a summit in Geneva.",
                   "2021-05-20", status="planned", trigger="summit", date="2021-06-12", place="Geneva")
    art = article("Summit back on", "Ana Holm says the summit with Ben Ruiz is back on. Last week Ana Holm"
                  " called off the summit.", published="2021-06-01", url="https://example.org/back")
    ents = [entity(i, art, "PERSON", n) for i, n in enumerate(("Ana Holm", "Ben Ruiz"), start=1)]
    body = len("Summit back on") + 2
    events = []
    for eid, (status, at) in enumerate((("planned", art.text.index("summit", body)),
                                        ("negated", art.text.rindex("summit"))), start=1):
        events.append(Event(eid, "CONSULT", Span(at, at + 6, "summit"), Span(body, len(art.text), "x"),
                            status=status, mode="meet", date="2021-06-12",  # type: ignore[arg-type]
                            actors=[who(art, e.canonical, e) for e in ents], lemma="summit"))
    analysis = Analysis(article=art, entities=ents, events=events)
    back = save(store, analysis)
    with store.transaction():
        link_events(store, back, analysis, STORY, store.article_entity_ids(back))
    [e] = store.story_events(STORY)
    assert [(h.status, h.article_id) for h in e.history] == [("planned", plan), ("negated", back)]
    assert [r.status for r in e.reports] == ["planned", "planned", "negated"]


def test_when_stories_merge_their_reports_of_one_event_are_folded(store):
    first = _report(store, "Summit set", "Ana Holm and Ben Ruiz will hold a summit next month.",
                    "2021-05-03", status="planned", trigger="summit", date="2021-06")
    _report(store, "Trade", "Ana Holm and Ben Ruiz will sign a trade deal.", "2021-05-04",
            status="planned", trigger="deal", type_="COOPERATE", mode=None)
    second = _report(store, "Summit held", "Ana Holm and Ben Ruiz held a summit in Geneva on Saturday.",
                     "2021-06-13", status="happened", trigger="summit", date="2021-06-12", place="Geneva",
                     story_id=STORY + 1)
    other = _report(store, "Other talks", "Ana Holm met Cy Park in Oslo.", "2021-06-14", status="happened",
                    trigger="met", date="2021-06-14", place="Oslo", people=("Ana Holm", "Cy Park"),
                    story_id=STORY + 1)
    assert len(store.story_events(STORY)) == 2 and len(store.story_events(STORY + 1)) == 2
    with store.transaction():
        kept, others = store.story_event_rows(STORY), store.story_event_rows(STORY + 1)
        store._move_story_events(STORY + 1, STORY)
        assert fold_events(store, STORY, kept, others) == 1
    events = store.story_events(STORY)
    assert store.story_events(STORY + 1) == [] and len(events) == 3
    summit = next(e for e in events if e.type == "CONSULT" and e.place == "Geneva")
    assert (summit.date, summit.status, summit.participants) == ("2021-06-12", "happened",
                                                                 ["Ana Holm", "Ben Ruiz"])
    assert [r.article_id for r in summit.reports] == [first, second]
    assert [(h.status, h.article_id) for h in summit.history] == [("planned", first), ("happened", second)]
    oslo = next(e for e in events if e.place == "Oslo")
    assert [r.article_id for r in oslo.reports] == [other]
