"""Within-article event coreference: mentions of one event merge, different events stay apart.

Short texts written for these tests; the rules on ``Event`` values are checked without a model.
"""

from __future__ import annotations

import pytest

from builders import paragraphs
from newsdesk.models import Event, Participant, Span
from newsdesk.nlp import analyze
from newsdesk.nlp.events._coref import dates_agree, finer_date, merge_mentions, places_agree


def _events(nlp, *paras: str, published: str = "2021-03-25") -> list[Event]:
    return analyze(paragraphs(*paras, published=published), nlp).events


def _p(name: str, eid: int | None = None) -> Participant:
    return Participant(name, 0, len(name), entity_id=eid)


def _ev(start: int, trigger: str, date: str | None = None, place: str | None = None,
        actors: tuple[Participant, ...] = (), status: str = "happened") -> Event:
    return Event(id=0, type="CONSULT", mode="meet", trigger=Span(start, start + len(trigger), trigger),
                 evidence=Span(start, start + 50, "x"), status=status,  # type: ignore[arg-type]
                 actors=list(actors), date=date, place=_p(place) if place else None)


def test_dates_agree_when_one_contains_the_other():
    assert dates_agree("2021-04", "2021-04-12") and dates_agree(None, "2021-04-12")
    assert not dates_agree("2021-03", "2021-04-12") and not dates_agree("2000", "2021")
    assert finer_date("2021-04", "2021-04-12") == "2021-04-12"
    assert finer_date("2021-04-12", "PRESENT_REF") == "2021-04-12"


def test_places_agree_when_one_names_part_of_the_other():
    assert places_agree("New York", "New York's East Side")
    assert not places_agree("Geneva", "Vienna")
    assert not places_agree("Georgia", "Georgia", "GEO", "USA")


def test_a_month_a_day_and_a_place_are_one_planned_meeting():
    ana, ben = _p("Ana Holm", 1), _p("Ben Ruiz", 2)
    merged = merge_mentions([
        _ev(0, "summit", "2021-04", actors=(ana, ben), status="possible"),
        _ev(100, "meeting", "2021-04-12", actors=(ana,), status="possible"),
        _ev(200, "summit", place="Geneva", actors=(ana, ben), status="planned"),
    ], ["summit", "meeting", "summit"])
    assert len(merged) == 1
    e = merged[0]
    assert (e.date, e.place.name if e.place else None, e.status) == ("2021-04-12", "Geneva", "planned")
    assert [p.name for p in e.actors] == ["Ana Holm", "Ben Ruiz"]
    assert [m.start for m in e.mentions] == [0, 100, 200]


def test_meetings_on_different_days_or_of_other_people_stay_apart():
    ana, ben, cy = _p("Ana Holm", 1), _p("Ben Ruiz", 2), _p("Cy Park", 3)
    merged = merge_mentions([
        _ev(0, "met", "2021-04-12", actors=(ana, ben)),
        _ev(100, "met", "2021-04-11", actors=(ana, ben)),  # the day before: another meeting
        _ev(200, "met", "2021-04-12", actors=(ben, cy)),  # Ben with someone else
        _ev(300, "met", actors=(ana, ben), status="planned"),  # still to come: not what happened
    ], ["meet"] * 4)
    assert len(merged) == 4


def test_nothing_ties_two_bare_mentions():
    merged = merge_mentions([_ev(0, "talks", place="Oslo"), _ev(100, "meeting")], ["talk", "meeting"])
    assert len(merged) == 2


@pytest.mark.slow
def test_a_summit_named_three_ways_is_one_event(nlp):
    events = _events(
        nlp,
        "President Ana Holm and Prime Minister Ben Ruiz will hold a summit next month, officials said.",
        "\"We will have a meeting on the 12th,\" Ms Holm told reporters on Monday.",
        "The summit will take place in Geneva, her office said.",
    )
    summits = [e for e in events if e.type == "CONSULT"]
    assert len(summits) == 1, [(e.trigger.text, e.date, e.place) for e in events]
    e = summits[0]
    assert e.date == "2021-04-12" and e.place is not None and e.place.name == "Geneva"
    assert e.status == "planned"
    assert {m.text for m in e.mentions} >= {"summit", "meeting"} and len(e.mentions) == 3


@pytest.mark.slow
def test_two_meetings_with_different_people_are_two_events(nlp):
    events = _events(
        nlp,
        "President Ana Holm met Prime Minister Ben Ruiz in Geneva on Monday.",
        "Mr Ruiz later met Foreign Minister Cy Park in Vienna.",
    )
    meetings = [e for e in events if e.type == "CONSULT"]
    assert len(meetings) == 2
    assert {m.place.name for m in meetings if m.place} == {"Geneva", "Vienna"}


# -- publication date, clock times and paired names (pipeline 0.5.1) ---------------------------


def test_a_clock_time_lies_within_its_day():
    assert dates_agree("2021-04-12T09:00", "2021-04-12") and dates_agree("2021-04", "2021-04-12T09:00")
    assert not dates_agree("2021-04-12T09:00", "2021-04-13")
    assert finer_date("2021-04", "2021-04-12T09:00") == "2021-04-12T09:00"


def test_after_publication_needs_a_day_or_a_month_wholly_after_it():
    from newsdesk.nlp.events import after_publication
    assert after_publication("2021-04-12", "2021-04-05")
    assert after_publication("2021-04-12T09:00", "2021-04-11")
    assert after_publication("2021-05", "2021-04-28")
    assert not after_publication("2021-04", "2021-04-05")  # the same month may be past
    assert not after_publication("2021-04-05", "2021-04-05") and not after_publication("2021", "2020-12-01")
    assert not after_publication("2021-04-12", None) and not after_publication(None, "2021-04-05")


def test_an_event_dated_after_publication_is_planned_not_happened(nlp):
    # the date is read against the publication day: "on 12 April" lies a week ahead
    events = _events(nlp, "Security zones were declared for the Holm-Ruiz meeting on 12 April in Geneva.",
                     published="2021-04-05")
    meeting = next(e for e in events if e.trigger.text == "meeting")
    assert (meeting.date, meeting.status) == ("2021-04-12", "planned")
    past = _events(nlp, "Security zones were declared for the Holm-Ruiz meeting on 12 April in Geneva.",
                   published="2021-04-20")
    assert next(e for e in past if e.trigger.text == "meeting").status == "happened"


def test_a_hyphenated_pair_of_names_stands_for_the_two_people():
    holm, ruiz, pair = _p("Ana Holm", 1), _p("Ben Ruiz", 2), _p("Holm-Ruiz", 3)
    merged = merge_mentions([_ev(0, "summit", "2021-04-12", actors=(pair,), status="planned"),
                             _ev(100, "summit", place="Geneva", actors=(holm, ruiz), status="planned")],
                            ["summit", "summit"])
    assert len(merged) == 1
    assert sorted(p.name for p in merged[0].actors) == ["Ana Holm", "Ben Ruiz"]
    # a part naming two people (or nobody) leaves the compound as it is
    other = _p("Cy Holm", 4)
    kept = merge_mentions([_ev(0, "summit", "2021-04-12", actors=(pair,)),
                           _ev(100, "summit", actors=(holm, other, ruiz))], ["summit", "summit"])
    assert any(p.name == "Holm-Ruiz" for e in kept for p in e.actors)
