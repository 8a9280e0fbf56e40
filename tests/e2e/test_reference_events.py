"""Events of the reference article (GUIDE.md, "The reference article", Events): type, who with
whom, where and with which status; dates in a separate test, checked when time expressions
were found.

Reads the article from ../shared (never copies it); events are found by their participants'
canonical names, so no sentence of the article is repeated here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.models import Analysis, Document, Event, Participant

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seed" / "000_bff1fb16216cbd7f.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"reference article not found at {SEED}")


@pytest.fixture(scope="module")
def analysis(nlp) -> Analysis:
    from newsdesk.extract import extract
    from newsdesk.nlp import analyze

    doc = Document(source="seed", kind="text", content=SEED.read_text("utf-8"), published="2018-05-31")
    return analyze(extract(doc), nlp)


def _who(analysis: Analysis, p: Participant) -> str:
    entity = analysis.entity_by_id(p.entity_id)
    return entity.canonical if entity is not None else p.name


def _events(analysis: Analysis, typ: str, actors: set[str], recipients: set[str] | None = None,
            trigger: str | None = None) -> list[Event]:
    """Events of ``typ`` whose actors include ``actors`` (and recipients ``recipients``)."""
    out = []
    for e in analysis.events:
        said = {m.text for m in e.mentions} | {e.trigger.text}
        if e.type != typ or (trigger is not None and trigger not in said):
            continue
        who = {_who(analysis, p) for p in e.actors}
        whom = {_who(analysis, p) for p in e.recipients}
        if actors <= who and (recipients is None or recipients <= whom):
            out.append(e)
    return out


def _one(analysis: Analysis, typ: str, actors: set[str], recipients: set[str] | None = None,
         trigger: str | None = None, place: str | None = None) -> Event:
    found = _events(analysis, typ, actors, recipients, trigger)
    if place is not None:
        found = [e for e in found if e.place is not None and _who(analysis, e.place) == place]
    listing = [(e.type, e.trigger.text, [_who(analysis, p) for p in e.actors + e.recipients])
               for e in analysis.events]
    assert found, f"no {typ} event of {actors} with {recipients} at {place}: {listing}"
    return found[0]


def test_kim_yong_chol_met_pompeo_in_new_york(analysis):
    e = _one(analysis, "CONSULT", {"Kim Yong Chol"}, {"Mike Pompeo"}, place="New York")
    assert e.status == "happened" and e.mode == "meet"
    dinner = _one(analysis, "CONSULT", {"Kim Yong Chol", "Mike Pompeo"}, trigger="dinner")
    assert dinner.status == "happened" and _who(analysis, dinner.place) == "New York"


def test_a_north_korean_delegation_to_go_to_washington(analysis):
    found = [e for e in analysis.events if any("North Korean delegation" in p.name for p in e.actors)]
    assert len(found) == 1
    e = found[0]
    assert (e.type, e.mode, e.status) == ("CONSULT", "visit", "planned")
    assert e.actors[0].country == "PRK" and e.actors[0].sector == "GOV"
    assert e.place is not None and _who(analysis, e.place) == "Washington"
    quote = next(q for q in analysis.quotes if q.id == e.quote_id)
    assert quote.speaker == "Donald Trump"  # Trump's claim: its status is his


def test_trump_travels_to_texas(analysis):
    e = _one(analysis, "TRAVEL", {"Donald Trump"}, place="Texas")
    assert e.status == "happened"


def test_a_trump_kim_summit_in_singapore(analysis):
    e = _one(analysis, "CONSULT", {"Donald Trump", "Kim Jong Un"}, trigger="summit", place="Singapore")
    assert e.status == "planned"
    twelfth = _one(analysis, "CONSULT", {"Donald Trump"}, trigger="meeting")
    assert twelfth.status in ("planned", "possible")  # "Hopefully we'll have a meeting"
    assert twelfth.quote_id is not None


def test_the_summit_mentioned_again_and_again_is_one_planned_event(analysis):
    """"a meeting on the 12th", "a summit in Singapore", "a potential summit next month": one summit
    on 2018-06-12 in Singapore, every mention kept as evidence (issue 9, item 3)."""
    summits = [e for e in analysis.events if e.type == "CONSULT" and any(
        m.text in ("summit", "meeting") for m in e.mentions) and e.place is not None
        and _who(analysis, e.place) == "Singapore"]
    assert len(summits) == 1, [(e.trigger.text, e.date, e.place) for e in analysis.events]
    summit = summits[0]
    assert (summit.mode, summit.status, summit.date) == ("meet", "planned", "2018-06-12")
    assert {_who(analysis, p) for p in summit.actors + summit.recipients} == {"Donald Trump", "Kim Jong Un"}
    said = [m.text for m in summit.mentions]
    assert said.count("summit") >= 3 and "meeting" in said and len(said) >= 4
    assert [m.start for m in summit.mentions] == sorted(m.start for m in summit.mentions)
    text = analysis.article.text
    assert all(text[m.start:m.end] == m.text for m in summit.mentions)
    # no other mention of a Trump–Kim meeting is left dated in June 2018
    others = [e for e in analysis.events if e is not summit and e.type == "CONSULT"
              and (e.date or "").startswith("2018-06") and "Donald Trump" in
              {_who(analysis, p) for p in e.actors + e.recipients}]
    assert others == []


def test_different_meetings_stay_apart(analysis):
    """Kim Yong Chol–Pompeo in New York, Jo Myong Rok–Clinton in 2000, Lavrov–Ri and Kim–Lavrov
    are not the summit nor one another."""
    meetings = {
        "kyc": _one(analysis, "CONSULT", {"Kim Yong Chol"}, {"Mike Pompeo"}, place="New York"),
        "jo": _one(analysis, "CONSULT", {"Jo Myong Rok"}, {"Bill Clinton"}, place="Washington"),
        "lavrov-ri": _one(analysis, "CONSULT", {"Sergei Lavrov"}, {"Ri Yong Ho"}),
        "kim-lavrov": _one(analysis, "CONSULT", {"Kim Jong Un"}, {"Sergei Lavrov"}),
        "summit": _one(analysis, "CONSULT", {"Donald Trump", "Kim Jong Un"}, trigger="summit"),
    }
    assert len({id(e) for e in meetings.values()}) == len(meetings)
    assert meetings["kyc"].date == "2018-05-31" and meetings["jo"].date == "2000"


def test_pompeo_visited_north_korea(analysis):
    e = _one(analysis, "CONSULT", {"Mike Pompeo"}, {"North Korea"})
    assert (e.mode, e.status) == ("visit", "happened")
    assert e.place is not None and e.place.country == "PRK"


def test_us_and_north_korean_officials_meet_at_the_border(analysis):
    found = [e for e in analysis.events if e.type == "CONSULT"
             and {p.country for p in e.actors} == {"USA", "PRK"} and e.place is not None
             and "border" in e.place.name]
    assert len(found) == 1
    assert found[0].status == "ongoing" and found[0].quote_id is not None


def test_jo_myong_rok_met_bill_clinton_in_washington(analysis):
    e = _one(analysis, "CONSULT", {"Jo Myong Rok"}, {"Bill Clinton"}, place="Washington")
    assert e.status == "happened"


def test_kim_jong_un_met_lavrov(analysis):
    e = _one(analysis, "CONSULT", {"Kim Jong Un"}, {"Sergei Lavrov"})
    assert e.status == "happened"


def test_lavrov_met_ri_yong_ho(analysis):
    e = _one(analysis, "CONSULT", {"Sergei Lavrov"}, {"Ri Yong Ho"})
    assert e.status == "happened"


def test_the_two_kims_are_never_one_participant(analysis):
    for e in analysis.events:
        names = [_who(analysis, p) for p in e.actors + e.recipients]
        assert len(names) == len(set(names)), names


def test_event_dates(analysis):
    """Dates come from the time expressions attached to each trigger's clause."""
    assert analysis.times, "the reference article's time expressions are missing"
    by_id = {t.id: t for t in analysis.times}
    cases = [
        (_one(analysis, "CONSULT", {"Kim Yong Chol"}, {"Mike Pompeo"}, place="New York"), "2018-05-31"),
        (_one(analysis, "CONSULT", {"Kim Yong Chol", "Mike Pompeo"}, trigger="dinner"), "2018-05-30"),
        (_one(analysis, "TRAVEL", {"Donald Trump"}, place="Texas"), "2018-05-31"),
        (_one(analysis, "CONSULT", {"Donald Trump"}, trigger="meeting"), "2018-06-12"),
        (_one(analysis, "CONSULT", {"Jo Myong Rok"}, {"Bill Clinton"}), "2000"),
        (_one(analysis, "CONSULT", {"Kim Jong Un"}, {"Sergei Lavrov"}), "2018-05-31"),
        (next(e for e in analysis.events if any("delegation" in p.name for p in e.actors)), "2018-06-01"),
    ]
    for event, date in cases:
        assert event.date == date, (event.trigger.text, event.date)
        assert by_id[event.time_id].value.startswith(date)  # the dinner's night is a TIME: 2018-05-30TNI
