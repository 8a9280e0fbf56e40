"""Editions on invented stories (tests/digest/_fixtures.py): windows, copies once, "never twice",
what changed since the last recorded edition, the weekend ranking and topics."""

from __future__ import annotations

import pytest

from digest._fixtures import FIRE_1, FLOOD_1, STRIKE_1, STRIKE_2, STRIKE_3, STRIKE_4, Report, place, week
from newsdesk.digest import build_edition, default_kind, edition_window
from newsdesk.digest.importance import importance
from newsdesk.digest.topics import make_topic
from newsdesk.errors import InputError
from newsdesk.store import Store


def _titles(edition) -> list[str]:  # noqa: ANN001
    return [it.title for it in edition.items]


def _story(store: Store, r: Report) -> int:
    row = store._conn.execute("SELECT id FROM articles WHERE url = ?", (r.url,)).fetchone()
    return store.story_of(row[0])  # type: ignore[return-value]


def test_the_daily_edition_holds_exactly_the_stories_that_developed_that_day(store: Store) -> None:
    ids = week(store)
    strike, flood = _story(store, STRIKE_1), _story(store, FLOOD_1)
    assert len({strike, flood, _story(store, FIRE_1)}) == 3
    monday = build_edition(store, "daily", "2026-05-04")
    assert (monday.since, monday.date) == ("2026-05-04", "2026-05-04")
    assert sorted(it.story_id for it in monday.items) == sorted([strike, flood])
    tuesday = build_edition(store, "daily", "2026-05-05")
    assert [it.story_id for it in tuesday.items] == [strike]
    item = tuesday.items[0]
    # the Bay Courier reprint is a copy: one link, both outlets
    herald = ids["Coast Herald: Portvale strike on as talks collapse"]
    assert [link.article_id for link in item.links] == [herald]
    assert item.links[0].outlets == ["Coast Herald", "Bay Courier"]
    assert item.outlets == ["Bay Courier", "Coast Herald"]
    assert item.quote == "The port authority left us no choice but to walk out"
    assert item.quote_speaker == "Mara Quint"
    # a day with nothing published has nothing in it
    assert build_edition(store, "daily", "2026-05-08").items == []


def test_changes_compare_with_the_recorded_edition_and_nothing_is_reported_twice(store: Store) -> None:
    week(store)
    strike = _story(store, STRIKE_1)
    first = build_edition(store, "daily", "2026-05-04", record=True)
    assert first.id is not None and {it.previous_edition for it in first.items} == {None}
    second = build_edition(store, "daily", "2026-05-05", record=True)
    # the window reaches back to the last recorded daily edition; Monday's stories are not repeated
    assert second.since == "2026-05-04"
    assert [it.story_id for it in second.items] == [strike]
    item = second.items[0]
    assert item.previous_edition == first.id
    assert any("collapsed overnight" in c for c in item.changes + [item.development])
    assert not any("voted on Monday" in c for c in item.changes)  # already sent on Monday
    # the same day again, and the next day with nothing new: nothing to report
    assert build_edition(store, "daily", "2026-05-05").items == []
    assert build_edition(store, "daily", "2026-05-06").items == []
    place(store, STRIKE_3)
    third = build_edition(store, "daily", "2026-05-06", record=True)
    assert [it.story_id for it in third.items] == [strike]
    changes = third.items[0].changes
    assert any(c.startswith("PROTEST") and c.endswith("planned → happened") for c in changes)
    assert third.items[0].previous_edition == second.id
    # a recorded edition is stored with what it reported
    assert store.get_edition(third.id) == third  # type: ignore[arg-type]
    assert store.last_edition("daily") == third
    assert store.last_edition("weekend") is None


def test_printing_an_edition_does_not_consume_what_changed(store: Store) -> None:
    week(store)
    build_edition(store, "daily", "2026-05-04")  # not recorded
    again = build_edition(store, "daily", "2026-05-04")
    assert len(again.items) == 2 and store.last_edition("daily") is None


def test_a_late_article_of_a_recorded_day_is_reported_in_the_next_edition(store: Store) -> None:
    week(store, [STRIKE_1])
    build_edition(store, "daily", "2026-05-04", record=True)
    place(store, FLOOD_1)  # published on Monday, arrived after Monday's edition was sent
    tuesday = build_edition(store, "daily", "2026-05-05")
    assert _titles(tuesday) == [FLOOD_1.title]


def test_the_weekend_selection_ranks_by_the_documented_score(store: Store) -> None:
    week(store, [STRIKE_1, FLOOD_1, FIRE_1, STRIKE_2])
    place(store, Report(**{**STRIKE_2.__dict__, "outlet": "Bay Courier",
                           "url": "https://baycourier.example/news/portvale-strike"}))
    place(store, STRIKE_3)
    place(store, STRIKE_4)
    sunday = build_edition(store, date="2026-05-10")
    assert sunday.kind == "weekend" and (sunday.since, sunday.date) == ("2026-05-04", "2026-05-10")
    strike, flood = sunday.items
    assert (strike.story_id, flood.story_id) == (_story(store, STRIKE_1), _story(store, FLOOD_1))
    # strike: 3 outlets, 2 events (the strike, happened; the deal), Mara Quint in 5 articles
    assert strike.outlets == ["Bay Courier", "Coast Herald", "Harbour Post"]
    assert strike.importance == importance(3, 2, [5], [("PROTEST", "happened"), ("AGREE", "happened")])
    assert flood.importance == importance(1, 1, [1], [("MOBILIZE", "happened")])
    assert strike.importance > flood.importance
    assert strike.summary and all(s != strike.development for s in strike.summary)
    assert len(strike.links) == 4  # the copy folded into its canonical article
    assert [it.title for it in build_edition(store, "weekend", "2026-05-10", limit=1).items] == [strike.title]
    # the Kelton fire (Sunday 3 May) is in the week ending on Saturday 9 May
    assert FIRE_1.title in _titles(build_edition(store, "weekend", "2026-05-09"))


def test_a_bigger_event_reported_by_more_outlets_ranks_higher(store: Store) -> None:
    small = Report("Minister visits Tarnby school", "Education minister Olek Varn visited a school in "
                   "Tarnby on Tuesday and praised its new library, the ministry said.", "2026-05-05",
                   "Tarnby Daily", "https://tarnby.example/visit", people=("Olek Varn",), places=("Tarnby",),
                   events=[("TRAVEL", "visited", "happened", "2026-05-05")])
    big = [Report("Rebels attack Dunmore barracks", "Rebels attacked the army barracks in Dunmore on "
                  f"Tuesday, killing {n} soldiers, army spokesman Pol Easter said, in the worst "
                  "violence in Dunmore this year.", "2026-05-05", outlet, f"https://{outlet[:4]}.example/d{n}",
                  people=("Pol Easter",), places=("Dunmore",),
                  events=[("ASSAULT", "attacked", "happened", "2026-05-05")])
           for n, outlet in ((12, "Wire One"), (13, "Wire Two"))]
    for r in [small, *big]:
        place(store, r)
    sunday = build_edition(store, "weekend", "2026-05-10")
    assert _titles(sunday) == ["Rebels attack Dunmore barracks", "Minister visits Tarnby school"]
    assert sunday.items[0].importance > sunday.items[1].importance


def test_the_kind_follows_the_day_of_the_week_and_windows_are_whole_days(store: Store) -> None:
    from datetime import date

    assert default_kind(date(2026, 5, 8)) == "daily" and default_kind(date(2026, 5, 9)) == "weekend"
    assert edition_window(store, "weekend", date(2026, 5, 10)) == ("2026-05-04", "2026-05-10")
    assert edition_window(store, "daily", date(2026, 5, 10)) == ("2026-05-10", "2026-05-10")
    with pytest.raises(InputError, match="monthly"):
        build_edition(store, "monthly", "2026-05-10")
    with pytest.raises(InputError, match="not a date"):
        build_edition(store, "daily", "10 May")


@pytest.mark.parametrize(("facets", "expected"), [
    ({"words": "dam OR flood*"}, [FLOOD_1.title]),
    ({"words": "strike -Elmsbury"}, [STRIKE_1.title]),
    ({"people": ["mara quint"]}, [STRIKE_1.title]),
    ({"people": ["Reyk"]}, [FLOOD_1.title]),
    ({"places": ["Elmsbury"]}, [FLOOD_1.title]),
    ({"event_types": ["protest"]}, [STRIKE_1.title]),
    ({"people": ["Mara Quint", "Tomas Reyk"], "places": ["Portvale"]}, [STRIKE_1.title]),
    ({"people": ["Nobody Known"]}, []),
    ({"words": "library"}, []),  # the library fire is outside the window
])
def test_a_topic_keeps_the_stories_matching_every_facet(store: Store, facets, expected) -> None:  # noqa: ANN001
    week(store)
    store.add_topic(make_topic("beat", **facets))
    edition = build_edition(store, "daily", "2026-05-04", topic="beat")
    assert edition.topic == "beat" and edition.title.endswith("· beat")
    assert [it.title.replace("Portvale strike on as talks collapse", STRIKE_1.title)
            for it in edition.items] == expected


def test_a_topics_editions_are_recorded_apart_from_everything(store: Store) -> None:
    week(store)
    store.add_topic(make_topic("docks", words="strike"))
    build_edition(store, "daily", "2026-05-04", topic="docks", record=True)
    assert store.last_edition("daily") is None
    assert store.last_edition("daily", "docks") is not None
    assert len(build_edition(store, "daily", "2026-05-04").items) == 2
    assert build_edition(store, "daily", "2026-05-04", topic="docks").items == []


def test_topics_are_checked_and_unique(store: Store) -> None:
    with pytest.raises(InputError, match="no query"):
        make_topic("empty")
    with pytest.raises(InputError, match="bad --event-type"):
        make_topic("x", event_types=["PARTY"])
    with pytest.raises(InputError, match="bad --words"):
        make_topic("x", words='"unclosed')
    store.add_topic(make_topic("Docks", words="strike", event_types=["request"]))
    assert store.get_topic("docks").event_types == ["DEMAND"]  # type: ignore[union-attr]
    with pytest.raises(InputError, match="exists already"):
        store.add_topic(make_topic("DOCKS", words="port"))
    with pytest.raises(InputError, match="no such topic"):
        build_edition(store, "daily", "2026-05-04", topic="harbours")
    assert store.remove_topic("docks") and store.topics() == []
