"""Attention analytics on a constructed store: per-day counts and shares, copies once or all,
top lists, a day's stories, fields combined with words."""

from __future__ import annotations

import pytest

from builders import rows
from digest._fixtures import (
    FIRE_1,
    FLOOD_1,
    STRIKE_1,
    STRIKE_2,
    STRIKE_2_COPY,
    STRIKE_3,
    STRIKE_4,
    Report,
    place,
)
from newsdesk.errors import QueryError
from newsdesk.models import CopyLink
from newsdesk.store import Store

BUDGET = Report(
    "Council approves the harbour budget",
    "The council of Westmere approved next year's harbour budget on Tuesday after a short debate.",
    "2026-05-05", "River Times", "https://rivertimes.example/budget", places=("Westmere",),
)


@pytest.fixture
def week(store: Store) -> dict[str, int]:
    reports = {"fire": FIRE_1, "vote": STRIKE_1, "flood": FLOOD_1, "talks": STRIKE_2, "copy": STRIKE_2_COPY,
               "budget": BUDGET, "strike": STRIKE_3, "deal": STRIKE_4}
    ids = {name: place(store, r) for name, r in reports.items()}
    assert store.copy_link(ids["copy"]).canonical_id == ids["talks"]  # the reprint is a copy
    return ids


def series(store: Store, query: str, copies: str = "once") -> dict[str, tuple[int, int]]:
    (a,) = store.attention([query], "2026-05-03", "2026-05-07", copies)  # type: ignore[arg-type]
    return {d.day: (d.count, d.total) for d in a.days}


def test_per_day_counts_and_totals_with_copies_once_or_all(store: Store, week: dict[str, int]) -> None:
    assert series(store, "strike", "all") == {
        "2026-05-03": (0, 1), "2026-05-04": (1, 2), "2026-05-05": (2, 3), "2026-05-06": (1, 1),
        "2026-05-07": (1, 1)}
    assert series(store, "strike") == {  # the reprint counts neither as a match nor in the day's total
        "2026-05-03": (0, 1), "2026-05-04": (1, 2), "2026-05-05": (1, 2), "2026-05-06": (1, 1),
        "2026-05-07": (1, 1)}
    (a,) = store.attention(["strike"], "2026-05-04", "2026-05-05")
    assert [(d.day, d.share) for d in a.days] == [("2026-05-04", 0.5), ("2026-05-05", 0.5)]
    assert a.matched == 2
    assert a.to_dict()["days"][0] == {"day": "2026-05-04", "count": 1, "total": 2, "share": 0.5}


def test_a_copy_group_counts_once_when_only_a_copy_matches(store: Store, week: dict[str, int]) -> None:
    with store.transaction():  # pretend the flood report reprints the fire report (another day)
        store.save_copy_link(CopyLink(week["flood"], week["fire"], 0.9), week["fire"])
    assert series(store, "flood*") == {  # the group counts on its canonical article's day
        "2026-05-03": (1, 1), "2026-05-04": (0, 1), "2026-05-05": (0, 2), "2026-05-06": (0, 1),
        "2026-05-07": (0, 1)}
    assert series(store, "flood*", "all")["2026-05-04"] == (1, 2)
    assert series(store, "flood* OR library")["2026-05-03"] == (1, 1)  # and once when both match


def test_fields_combine_with_words(store: Store, week: dict[str, int]) -> None:
    counts = lambda q, c="all": [n for n, _ in series(store, q, c).values()]  # noqa: E731
    assert counts('entity:"Mara Quint"') == [0, 1, 2, 1, 1]
    assert counts('entity:"Mara Quint" -type:AGREE') == [0, 1, 2, 1, 0]
    assert counts("type:PROTEST") == [0, 1, 2, 1, 0]
    assert counts("flood* OR type:AGREE") == [0, 1, 0, 0, 1]
    assert counts('entity:"Mara Quint" NOT (deal OR terminal)') == [0, 0, 2, 0, 0]
    assert counts("entity:Westmere OR entity:Kelton") == [1, 0, 1, 0, 0]
    (a,) = store.attention(["entity:Nobody talks"], "2026-05-03", "2026-05-07")
    assert a.unknown == ["Nobody"] and a.matched == 0


def test_several_queries_side_by_side_share_the_day_totals(store: Store, week: dict[str, int]) -> None:
    strike, flood = store.attention(["strike", "flood*"], "2026-05-04", "2026-05-04")
    assert (strike.days[0].count, flood.days[0].count) == (1, 1)
    assert strike.days[0].total == flood.days[0].total == 2


def test_the_default_window_is_the_last_year_of_news(store: Store, week: dict[str, int]) -> None:
    assert store.analytics_window() == ("2025-05-07", "2026-05-07")
    (a,) = store.attention(["strike"])
    assert len(a.days) == 366 and a.matched == 4
    with pytest.raises(QueryError, match="since '2026-13-01' is not a date"):
        store.attention(["strike"], since="2026-13-01")
    with pytest.raises(QueryError, match="is after until"):
        store.attention(["strike"], since="2026-05-07", until="2026-05-01")
    with pytest.raises(QueryError, match="copies must be once or all"):
        store.attention(["strike"], copies="twice")  # type: ignore[arg-type]
    with pytest.raises(QueryError, match="give 1 to 8 queries"):
        store.attention([f"q{i}" for i in range(9)])


def test_top_outlets_people_places_and_terms(store: Store, week: dict[str, int]) -> None:
    top = lambda kind, copies="all": store.attention_top("strike", kind, "2026-05-01", "2026-05-31", copies)  # noqa: E731
    outlets = top("outlets")
    assert outlets.matched == 5 and outlets.sample is None
    assert [(i.name, i.articles) for i in outlets.items] == [
        ("Harbour Post", 3), ("Bay Courier", 1), ("Coast Herald", 1)]
    once = [(i.name, i.articles) for i in top("outlets", "once").items]
    assert once == [("Harbour Post", 3), ("Coast Herald", 1)]
    people = top("people")
    assert [(i.name, i.articles, i.share) for i in people.items] == [("Mara Quint", 5, 1.0)]
    assert people.items[0].entity_id is not None
    assert [i.name for i in top("places").items] == ["Portvale"]
    terms = {i.name: i.articles for i in top("terms", "once").items}
    assert terms["portvale"] == 4 and terms["strike"] == 4 and "the" not in terms and "said" not in terms
    with pytest.raises(QueryError, match="unknown kind 'verbs'"):
        store.attention_top("strike", "verbs")  # type: ignore[arg-type]


def test_top_lists_sample_past_the_exact_limit(store: Store, week: dict[str, int],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import newsdesk.store._analytics as analytics

    monkeypatch.setattr(analytics, "EXACT_ARTICLES", 2)
    people = store.attention_top("portvale OR elmsbury OR kelton", "people", "2026-05-01", "2026-05-31")
    assert people.matched == 6 and people.sample is not None and people.sample <= 6
    assert sum(i.articles for i in people.items) == people.sample


def test_the_stories_of_a_day(store: Store, week: dict[str, int]) -> None:
    once = store.attention_stories("strike", "2026-05-05")
    assert once.total == 1 and once.matched == 1 and once.unplaced == 0
    (story,) = once.items
    assert story.articles == 1 and "strike" in (story.title or "").lower()
    assert store.attention_stories("strike", "2026-05-05", copies="all").items[0].articles == 2
    both = store.attention_stories("harbour", "2026-05-05", copies="all")
    assert both.total == 2 and both.matched == 3
    assert [s.articles for s in both.items] == [2, 1]  # most matching articles first
    assert store.attention_stories("harbour", "2026-05-05", limit=1, offset=1).items[0].articles == 1
    assert store.attention_stories("strike", "2026-04-01").total == 0
    with pytest.raises(QueryError, match="day 'soon' is not a date"):
        store.attention_stories("strike", "soon")


def test_hostile_queries_are_query_errors(store: Store, week: dict[str, int]) -> None:
    for q in ["", "   ", '"', "(strike", "foo:bar", "type:NOPE", "entity:", "NOT", "a" * 5000]:
        with pytest.raises(QueryError):
            store.attention([q])
    assert rows(store, "articles") == 8
