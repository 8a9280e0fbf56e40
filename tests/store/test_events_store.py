"""Store: time expressions and events written with the analysis, replaced on reanalysis, read by filter.

The analyses are built by hand (invented text and people, no extractor involved), so these
tests check the store, not the quality of event or time finding.
"""

from __future__ import annotations

import sqlite3

import pytest

from builders import article, entity, rows, save, span, who
from newsdesk.errors import StoreError
from newsdesk.models import (
    EVENT_TYPES,
    Analysis,
    Article,
    Entity,
    Event,
    Mention,
    Quote,
    Span,
    TimeExpression,
)
from newsdesk.store import Store, StoredEvent, event_type, latest_version, migrations
from newsdesk.store._events import date_key

TALKS = (
    "Foreign Minister Ana Duarte met Kenji Arakawa in Lisbon on Thursday. Duarte will visit Tokyo in "
    "June. Opposition groups demanded new elections. The ministry denied that troops had massed at "
    "the border."
)
CRITICISM = (
    "Arakawa said the ministry had delayed the treaty. In 2000, Arakawa met Duarte's predecessor "
    "in Osaka."
)
UNDATED = "Mayor Ines Sousa met the unions."


def sentence(art: Article, trigger: str, after: int = 0) -> tuple[Span, Span]:
    """The trigger's span and the sentence around it (the evidence)."""
    t = span(art.text, trigger, after)
    start = art.text.rfind(". ", 0, t.start)
    start = art.text.index("\n\n") + 2 if start < art.text.index("\n\n") else start + 2
    end = art.text.index(".", t.end) + 1
    return t, Span(start, end, art.text[start:end])


def talks(published: str | None = "2018-05-31", url: str = "https://wire.example/talks") -> Analysis:
    art = article("Envoys meet in Lisbon", TALKS, published, url)
    duarte = entity(1, art, "PERSON", "Ana Duarte", ("Duarte",))
    arakawa = entity(2, art, "PERSON", "Kenji Arakawa")
    lisbon = entity(3, art, "GPE", "Lisbon")
    tokyo = entity(4, art, "GPE", "Tokyo")
    thursday, june = span(art.text, "on Thursday"), span(art.text, "in June")
    times = [
        TimeExpression(1, thursday.start, thursday.end, thursday.text, "DATE", "2018-05-31", "published"),
        TimeExpression(2, june.start, june.end, june.text, "DATE", "2018-06", "published"),
    ]
    body = art.text.index("\n\n")
    events = [
        Event(1, "CONSULT", *sentence(art, "met"), mode="meet",
              actors=[who(art, "Ana Duarte", duarte, "PRT", "GOV")],
              recipients=[who(art, "Kenji Arakawa", arakawa, "JPN", "GOV")],
              place=who(art, "Lisbon", lisbon, "PRT", after=body), time_id=1, date="2018-05-31"),
        Event(2, "TRAVEL", *sentence(art, "visit"), status="planned", mode="visit",
              actors=[who(art, "Duarte", duarte, "PRT", "GOV", after=art.text.index("Duarte will"))],
              place=who(art, "Tokyo", tokyo, "JPN"), time_id=2),  # the date comes from time 2
        Event(3, "request", *sentence(art, "demanded"),  # POLECAT's name, lower case
              actors=[who(art, "Opposition groups", sector="OPP")]),
        Event(4, "MOBILIZE", *sentence(art, "massed"), status="negated", mode="troops",
              actors=[who(art, "troops", sector="MIL")]),
    ]
    return Analysis(art, [duarte, arakawa, lisbon, tokyo], [], times, events,
                    pipeline_version="1.0", model="test")


def criticism() -> Analysis:
    art = article("Arakawa faults ministry", CRITICISM, "2018-06-02", "https://daily.example/arakawa")
    named = span(art.text, "Arakawa", art.text.index("\n\n"))
    arakawa = Entity(1, "PERSON", "Kenji Arakawa", [Mention(named.start, named.end, "Arakawa", "partial")],
                     aliases=["Arakawa"])
    osaka = entity(2, art, "GPE", "Osaka")
    year = span(art.text, "2000")
    said = Quote(1, "indirect", span(art.text, "the ministry had delayed the treaty"), span(art.text, "said"),
                 named, speaker_id=1, speaker="Kenji Arakawa", speaker_type="person", group=1)
    body = art.text.index("\n\n")
    events = [
        Event(1, "ACCUSE", *sentence(art, "delayed"), quote_id=1,
              actors=[who(art, "Arakawa", arakawa, "JPN", after=body)],
              recipients=[who(art, "the ministry", sector="GOV")]),
        Event(2, "CONSULT", *sentence(art, "met"), mode="meet", date="2000", time_id=1,
              actors=[who(art, "Arakawa", arakawa, after=art.text.index("2000"))],
              recipients=[who(art, "Duarte's predecessor")], place=who(art, "Osaka", osaka)),
    ]
    times = [TimeExpression(1, year.start, year.end, "2000", "DATE", "2000")]
    return Analysis(art, [arakawa, osaka], [said], times, events, pipeline_version="1.0", model="test")


def undated() -> Analysis:
    art = article("Unions", UNDATED, None, "https://town.example/unions")
    sousa = entity(1, art, "PERSON", "Ines Sousa")
    events = [Event(1, "CONSULT", *sentence(art, "met"), actors=[who(art, "Ines Sousa", sousa)],
                    recipients=[who(art, "the unions")])]
    return Analysis(art, [sousa], [], [], events, pipeline_version="1.0", model="test")


def counts(store: Store) -> tuple[int, int, int]:
    return rows(store, "events"), rows(store, "time_expressions"), rows(store, "event_participants")


def triggers(found: list[StoredEvent]) -> list[str]:
    return [e.trigger.text for e in found]


@pytest.fixture
def filled(store: Store) -> Store:
    save(store, talks())
    save(store, criticism())
    save(store, undated())
    return store


# -- writing ----------------------------------------------------------------------------------

def test_migration_0003_upgrades_a_version_2_database(db_path: str) -> None:
    names = [name for _, name, _ in migrations()]
    assert names[:3] == ["0001_init.sql", "0002_quotes.sql", "0003_events.sql"]
    conn = sqlite3.connect(db_path)  # a database made by the previous newsdesk: 0001 and 0002
    conn.executescript(migrations()[0][2] + migrations()[1][2] + "\nPRAGMA user_version = 2;")
    conn.close()
    with Store(db_path) as s:
        assert s.schema_version == latest_version() >= 3
        assert s.events() == [] and s.counts()["events"] == 0 and s.counts()["time_expressions"] == 0
        save(s, talks())
        assert s.count_events() == 4


def test_events_are_saved_with_spans_participants_place_and_time(store: Store) -> None:
    analysis = talks()
    doc_id = save(store, analysis)
    found = store.events()
    assert sorted(e.event_id for e in found) == [1, 2, 3, 4]
    meeting = next(e for e in found if e.event_id == 1)
    text = analysis.article.text
    assert text[meeting.trigger.start : meeting.trigger.end] == meeting.trigger.text == "met"
    assert text[meeting.evidence.start : meeting.evidence.end] == meeting.evidence.text
    assert meeting.evidence.text.startswith("Foreign Minister Ana Duarte met")
    assert (meeting.type, meeting.mode, meeting.status) == ("CONSULT", "meet", "happened")
    assert meeting.date == "2018-05-31"
    assert (meeting.time_id, meeting.time_text) == (1, "on Thursday")
    ids = {e.canonical: e.id for e in store.list_entities()}
    (actor,), (recipient,) = meeting.actors, meeting.recipients
    assert (actor.label, actor.entity_id) == ("Ana Duarte", ids["Ana Duarte"])
    assert (actor.country, actor.sector) == ("PRT", "GOV")
    assert (recipient.label, recipient.entity_id) == ("Kenji Arakawa", ids["Kenji Arakawa"])
    assert text[actor.start : actor.end] == actor.name
    place = meeting.place
    assert (place.label, place.entity_id, place.country) == ("Lisbon", ids["Lisbon"], "PRT")
    assert (meeting.article_id, meeting.title, meeting.published, meeting.url) == (
        doc_id, "Envoys meet in Lisbon", "2018-05-31", "https://wire.example/talks",
    )
    trip = next(e for e in found if e.event_id == 2)
    assert trip.date == "2018-06" and trip.time_text == "in June"  # taken from time 2
    assert trip.actors[0].name == "Duarte" and trip.actors[0].label == "Ana Duarte"
    demand = next(e for e in found if e.event_id == 3)
    assert demand.type == "DEMAND"  # POLECAT's REQUEST, stored as the PLOVER name
    assert demand.actors[0].entity_id is None and demand.actors[0].label == "Opposition groups"
    assert demand.place is None and demand.date is None


def test_times_and_events_come_back_with_the_article_and_in_the_analysis_json(store: Store) -> None:
    analysis = talks()
    doc_id = save(store, analysis)
    item = store.get_article(doc_id)
    assert item.times == analysis.times
    assert [e.event_id for e in item.events] == [1, 2, 3, 4]  # text order
    data = item.to_dict()
    assert data["events"][0]["actors"][0]["label"] == "Ana Duarte"
    again = store.get_analysis(doc_id)
    assert again.times == analysis.times and again.events == analysis.events


def test_resaving_replaces_times_and_events_without_duplicates(store: Store) -> None:
    analysis = talks()
    doc_id = save(store, analysis)
    store.save_analysis(doc_id, analysis)
    store.save_analysis(doc_id, analysis)
    assert counts(store) == (4, 2, 5)
    assert rows(store, "event_participants_fts") == 5
    analysis.events = analysis.events[1:]  # a reanalysis that no longer finds the meeting
    analysis.times = analysis.times[1:]
    store.save_analysis(doc_id, analysis)
    assert sorted(e.event_id for e in store.events()) == [2, 3, 4]
    assert store.events(actor="arakawa") == []  # the recipient went with its event
    assert rows(store, "event_participants") == rows(store, "event_participants_fts") == 3
    assert [t.id for t in store.get_article(doc_id).times] == [2]


def test_failed_event_write_keeps_the_previous_analysis(store: Store) -> None:
    doc_id = save(store, talks())
    broken = talks()
    broken.pipeline_version = "2.0"
    broken.events[1].id = broken.events[0].id  # two events with one id cannot both be stored
    with pytest.raises(StoreError):
        store.save_analysis(doc_id, broken)
    assert store.get_article(doc_id).analysis.pipeline_version == "1.0"
    assert counts(store) == (4, 2, 5)
    bad_status = talks()
    bad_status.events[0].status = "rumoured"  # type: ignore[assignment]
    with pytest.raises(StoreError):
        store.save_analysis(doc_id, bad_status)
    assert rows(store, "events") == 4


def test_deleting_a_document_deletes_its_times_events_and_participants(store: Store) -> None:
    doc_id = save(store, talks())
    store._conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
    for table in ("events", "time_expressions", "event_participants", "event_participants_fts"):
        assert rows(store, table) == 0, table
    assert store.events(actor="duarte") == []


# -- reading ----------------------------------------------------------------------------------

@pytest.mark.parametrize("query", ["Duarte", "duarte", "DUARTE", "Ana Duarte", "ana  duarte", "Ms Duarte",
                                   "Duárte", "Ana"])
def test_actor_matches_canonical_name_alias_and_last_name(filled: Store, query: str) -> None:
    found = filled.events(actor=query)
    assert triggers(found) == ["met", "visit"]
    assert all(any(p.label == "Ana Duarte" for p in e.actors + e.recipients) for e in found)


def test_actor_matches_recipients_groups_and_whole_words_only(filled: Store) -> None:
    # recipient once, actor twice
    assert triggers(filled.events(actor="arakawa")) == ["met", "met", "delayed"]
    assert filled.count_events(actor="Kenji Arakawa") == 3
    assert triggers(filled.events(actor="opposition groups")) == ["demanded"]
    assert triggers(filled.events(actor="the ministry")) == ["delayed"]
    assert filled.events(actor="Duar") == [] and filled.events(actor="Duarte Ana") == []
    assert filled.events(actor="Lisbon") == []  # a place is not an actor
    assert triggers(filled.events(actor="predecessor")) == ["met"]  # "Duarte's predecessor" is not Duarte
    assert filled.events(actor="") == [] and filled.events(actor="--") == []
    assert filled.count_events(actor="arakawa") == 3


@pytest.mark.parametrize(("given", "stored"), [
    ("consult", "CONSULT"), ("REQUEST", "DEMAND"), ("demand", "DEMAND"), ("Accuse", "DISAPPROVE"),
    ("DISAPPROVE", "DISAPPROVE"),
])
def test_type_accepts_plover_names_and_polecat_aliases(filled: Store, given: str, stored: str) -> None:
    found = filled.events(type=given)
    assert found and {e.type for e in found} == {stored}
    assert filled.count_events(type=given) == len(found)


def test_unknown_type_and_status_are_errors_naming_them(filled: Store) -> None:
    with pytest.raises(ValueError, match="unknown event type 'FOO'"):
        filled.events(type="FOO")
    with pytest.raises(ValueError, match="unknown event status 'x'"):
        filled.count_events(status="x")
    with pytest.raises(ValueError, match="since 'last week' is not a date"):
        filled.events(since="last week")
    assert event_type("request") == "DEMAND" and "TRAVEL" in EVENT_TYPES


def test_since_uses_the_event_date_else_the_article_date(filled: Store) -> None:
    # June 2018: the planned visit (dated 2018-06) and the accusation (undated, article of 2018-06-02);
    # not the 2000 meeting reported on 2018-06-02, nor the 2018-05-31 events
    assert triggers(filled.events(since="2018-06")) == ["visit", "delayed"]
    assert triggers(filled.events(since="2018-06-15")) == ["visit"]  # a month reaches a day within it
    assert filled.count_events(since="2018-05-31") == 5
    assert filled.count_events(since="2000") == 6  # the undated article's event never matches
    assert filled.count_events(since="2018-05-31T12:00:00") == 5
    assert filled.events(since="2019") == []


def test_status_and_combined_filters(filled: Store) -> None:
    assert triggers(filled.events(status="planned")) == ["visit"]
    assert triggers(filled.events(status="negated")) == ["massed"]
    assert triggers(filled.events(actor="arakawa", type="consult", since="2018")) == ["met"]
    assert filled.count_events(actor="duarte", status="happened") == 1


def test_order_is_by_date_then_article_then_position_and_paging_works(filled: Store) -> None:
    found = filled.events()
    assert len(found) == filled.count_events() == 7
    # 2000; then 2018-05-31 (dated, then undated events of that day's article, in text order);
    # 2018-06 before 2018-06-02; the undated article last
    assert triggers(found) == ["met", "met", "demanded", "massed", "visit", "delayed", "met"]
    assert found[0].date == "2000" and found[-1].title == "Unions"
    pages = [filled.events(limit=3, offset=o) for o in (0, 3, 6)]
    assert [e.id for page in pages for e in page] == [e.id for e in found]


def test_quote_attribution_gives_the_speaker(filled: Store) -> None:
    (accusation,) = filled.events(type="ACCUSE")
    assert accusation.quote_id == 1 and accusation.speaker == "Kenji Arakawa"


def test_date_key_keeps_the_calendar_part_only() -> None:
    assert date_key("2018-05-31") == "2018-05-31"
    assert date_key("2018-05-31T19:00") == "2018-05-31"
    assert date_key("2018-06") == "2018-06" and date_key("2000") == "2000"
    assert date_key("2018-W22") == "2018" and date_key("2018-SU") == "2018"
    for value in (None, "", "PRESENT_REF", "P3D", "XXXX-06", "20180531", "2018-13", "2018-05-32"):
        assert date_key(value) is None, value
