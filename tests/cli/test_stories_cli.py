"""`newsdesk stories`, `story`, `restory`, `merge-stories`, and the story line of `show`.

The database is filled with invented articles whose entities are built by hand, placed in
stories the way ingest places them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from builders import article as build
from builders import entity, save
from newsdesk.cli.app import app
from newsdesk.models import Analysis
from newsdesk.store import Store
from newsdesk.stories import place_article

runner = CliRunner()

STORM = ("Cyclone Halima made landfall near Beira on {day}, flattening homes and flooding roads, "
         "said Celia Manjate of the disaster agency. Rescue boats reached villages cut off by the storm. "
         "{extra}")
TRADE = ("Ministers from Norland and Estovia met in Geneva on {day} to finish a tariff deal on steel "
         "and grain, trade minister Olav Brekke said after the talks. {extra}")

#: A sentence of its own for each report, so that follow-ups are not near-copies of each other.
EXTRA = [
    "Forecasters had warned for days that the storm would strengthen over the warm channel waters.",
    "Aid workers said clean water was now the main worry as wells in low districts were flooded.",
    "Farmers' groups want quotas on grain imports kept in place until the harvest is sold next year.",
    "The agreement still has to be approved by both parliaments before it enters into force in May.",
]


def _storm(day: str, n: int) -> str:
    return STORM.format(day=day, extra=EXTRA[n])


def _trade(day: str, n: int) -> str:
    return TRADE.format(day=day, extra=EXTRA[n])


def _analysis(
    title: str, body: str, published: str, url: str, outlet: str, names: list[tuple[str, str]]
) -> Analysis:
    art = build(title, body, published=published, url=url)
    art.publisher = outlet
    return Analysis(article=art, entities=[entity(n, art, t, name) for n, (t, name) in enumerate(names, 1)])


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "stories.db"
    store = Store(path)
    items = [
        _analysis("Cyclone Halima hits Beira", _storm("Monday", 0), "2026-03-02",
                  "https://a.example/1", "Coast Post", [("GPE", "Beira"), ("PERSON", "Celia Manjate")]),
        _analysis("Norland and Estovia near tariff deal", _trade("Tuesday", 2), "2026-03-03",
                  "https://b.example/1", "Trade Daily", [("GPE", "Norland"), ("GPE", "Estovia"),
                                                         ("PERSON", "Olav Brekke")]),
        _analysis("Halima floods Beira as rescue boats reach villages", _storm("Wednesday", 1),
                  "2026-03-04", "https://c.example/1", "Harbour News",
                  [("GPE", "Beira"), ("PERSON", "Celia Manjate")]),
        _analysis("Tariff deal signed in Geneva", _trade("Friday", 3), "2026-03-20",
                  "https://b.example/2", "Trade Daily", [("GPE", "Norland"), ("GPE", "Estovia"),
                                                         ("PERSON", "Olav Brekke")]),
    ]
    for analysis in items:
        doc_id = save(store, analysis)
        with store.transaction():
            place_article(store, doc_id, analysis)
    store.close()
    return str(path)


def _run(*args: str):  # noqa: ANN202
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_stories_json_lists_every_story_with_its_articles(db):
    data = json.loads(_run("stories", "--json", "--db", db).stdout)
    groups = sorted(sorted(a["id"] for a in s["articles"]) for s in data["stories"])
    assert groups == [[1, 3], [2, 4]]
    first = next(a for s in data["stories"] for a in s["articles"] if a["id"] == 1)
    assert first["url"] == "https://a.example/1" and first["outlet"] == "Coast Post"
    assert first["date"] == "2026-03-02"
    storm = next(s for s in data["stories"] if s["articles"][0]["id"] == 1)
    assert "Celia Manjate" in storm["people"] and storm["outlets"] == ["Coast Post", "Harbour News"]
    assert (storm["first_seen"], storm["last_seen"]) == ("2026-03-02", "2026-03-04")


def test_active_and_since_keep_the_stories_seen_lately(db):
    active = json.loads(_run("stories", "--active", "--json", "--db", db).stdout)["stories"]
    assert [sorted(a["id"] for a in s["articles"]) for s in active] == [[2, 4]]  # storm quiet since the 4th
    since = json.loads(_run("stories", "--since", "2026-03-04", "--json", "--db", db).stdout)["stories"]
    assert len(since) == 2
    assert "Halima" in _run("stories", "--db", db).stdout


def test_story_shows_one_story_and_show_names_it(db):
    with Store(db) as store:
        storm = store.story_of(1)
    data = json.loads(_run("story", str(storm), "--json", "--since", "2026-03-03", "--db", db).stdout)
    assert data["id"] == storm and [a["id"] for a in data["articles"]] == [1, 3]
    assert data["new_since"]["date"] == "2026-03-03"
    assert f"story {storm}" in _run("story", str(storm), "--db", db).stdout
    shown = json.loads(_run("show", "3", "--json", "--db", db).stdout)
    assert shown["story"]["id"] == storm
    assert f"Story: #{storm}" in _run("show", "3", "--db", db).stdout
    missing = runner.invoke(app, ["story", "999", "--db", db])
    assert missing.exit_code == 1 and "no story" in missing.output


def test_merge_stories_is_replayed_by_restory(db):
    with Store(db) as store:
        storm, trade = store.story_of(1), store.story_of(2)
    assert "2 articles moved" in _run("merge-stories", str(storm), str(trade), "--db", db).stdout
    again = runner.invoke(app, ["merge-stories", str(storm), str(trade), "--db", db])
    assert again.exit_code == 1 and "already one story" in again.output
    assert "4 articles placed in 1 stories" in _run("restory", "--db", db).stdout
    data = json.loads(_run("stories", "--json", "--db", db).stdout)
    assert [sorted(a["id"] for a in s["articles"]) for s in data["stories"]] == [[1, 2, 3, 4]]
