"""The events benchmark's scorer (benchmarks/events.py) on hand-made records and events.

The sentences below are invented for these tests.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from newsdesk.models import Event, Participant, Span

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `benchmarks` lives at the repository root (plain `pytest` too)
    sys.path.insert(0, str(ROOT))

from benchmarks import events as E  # noqa: E402


def test_names_match_by_containment_or_dice():
    assert E.similar("United Nations peacekeepers", "United Nations") == 1.0  # containment
    assert E.similar("the rebels", "Rebels") == 1.0  # articles and case do not count
    assert E.similar("French paper workers", "Angry French workers") == pytest.approx(2 / 3)
    assert E.similar("Iraq", "Iran") == 0.0
    assert E.similar("US", "United States|US") == 1.0  # either alternative of a prediction
    assert E.similar("", "Iran") == 0.0


def test_matching_is_one_to_one_and_greedy():
    gold = ["Israel", "Israeli army"]
    pred = ["Israeli army", "Hamas"]
    assert E.match(gold, pred) == {1: 0}
    assert E.match(["Iran", "Iran"], ["Iran"]) == {0: 0}
    assert E.match([], ["Iran"]) == {}


def test_prf_and_per_type_tables():
    assert E.prf([2, 4, 5]) == (0.5, 0.4, pytest.approx(4 / 9))
    assert E.prf([0, 0, 0]) == (0.0, 0.0, 0.0)
    confusion = Counter({("AGREE", "AGREE"): 3, ("AGREE", None): 1, ("FIGHT", "ASSAULT"): 2,
                         ("ASSAULT", "ASSAULT"): 2})
    table = E.per_type(confusion)
    assert table["AGREE"] == (1.0, 0.75, pytest.approx(6 / 7), 4)
    assert table["ASSAULT"][:2] == (0.5, 1.0)
    assert table["FIGHT"] == (0.0, 0.0, 0.0, 2)
    recall, f1 = E.macro(table)
    assert recall == pytest.approx((0.75 + 1.0 + 0.0) / 3)
    assert f1 == pytest.approx((6 / 7 + 2 / 3 + 0.0) / 3)


def test_modes_match_with_or_without_a_suffix():
    assert E.mode_match("demo-org", "demo") and E.mode_match("visit", "visit")
    assert not E.mode_match("strike-hun", "riot") and not E.mode_match("visit", None)
    t = E.Tally()
    t.add(E.Record("r", "x", "PROTEST", [], [], "strike-hun"), E.Prediction("PROTEST", mode="strike-hun"))
    t.add(E.Record("r", "x", "PROTEST", [], [], "demo-org"), E.Prediction("ASSAULT", mode="demo"))
    assert t.modes == [1, 1]


def test_tally_counts_types_and_actors():
    rec = E.Record("r1", "x", "FIGHT", [{"actorText": "Government forces"}], [{"actorText": "rebels"}])
    t = E.Tally()
    t.add(rec, E.Prediction("FIGHT", ["Government forces"], ["the rebels", "Goma"]))
    t.add(rec, E.Prediction(None))
    assert (t.n, t.correct, t.found) == (2, 1, 1)
    assert t.actor["source"] == [1, 1, 2]
    assert t.actor["target"] == [1, 2, 2]
    assert t.actor["combined"] == [2, 3, 4]


def test_load_skips_the_document_record(tmp_path):
    folder = tmp_path / "data" / "plover"
    folder.mkdir(parents=True)
    records = [
        {"id": "D", "event": "DOCUMENT", "comment": "about the file"},
        {"id": "a", "event": "AGREE", "text": "Chile and Peru agreed.", "source": [{"actorText": "Chile"}],
         "target": ""},
        {"id": "b", "event": "PROTEST", "text": "Students marched.", "source": None, "target": None},
    ]
    (folder / "gsr-dev.json").write_text(json.dumps(records), "utf-8")
    loaded = E.load(tmp_path)
    assert [r.id for r in loaded] == ["a", "b"]
    assert loaded[0].sources == [{"actorText": "Chile"}] and loaded[0].targets == []
    assert E.load(tmp_path, limit=1)[0].id == "a"


def _event(doc, trigger: str, actors: list[str], typ: str) -> Event:
    start = doc.text.index(trigger)
    span = Span(start, start + len(trigger), trigger)
    people = [Participant(a, 0, 1) for a in actors]
    return Event(0, typ, span, span, actors=people)


def test_main_event_prefers_participants_then_the_highest_trigger(nlp):
    doc = nlp("Officials said the rebels attacked the town after they threatened to kill hostages.")
    attacked = _event(doc, "attacked", ["the rebels"], "ASSAULT")
    threatened = _event(doc, "threatened", ["they"], "THREATEN")
    kill = _event(doc, "kill", [], "ASSAULT")
    assert E.main_event([kill, threatened, attacked], doc) is attacked
    assert E.main_event([kill], doc) is kill
    assert E.main_event([], doc) is None


def test_keyword_baseline_takes_the_first_keyword_and_the_outer_entities(nlp):
    doc = nlp("Germany condemned the attack on Kenya by Somalia.")
    pred = E.baseline_prediction(doc)
    assert pred.type == "DISAPPROVE"  # "condemn" comes before "attack"
    assert pred.actors == ["Germany"] and pred.recipients == ["Somalia"]
    assert E.baseline_prediction(nlp("Nothing happened.")).type is None


def test_run_reports_skip_without_data(tmp_path):
    assert "Skipped" in E.run(tmp_path)
