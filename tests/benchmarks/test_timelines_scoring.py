"""The timeline benchmark's budget, baseline and tilse scoring (benchmarks/timelines.py) on a
hand-made gold timeline."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `benchmarks` lives at the repository root (plain `pytest` too)
    sys.path.insert(0, str(ROOT))

from benchmarks._timeline17 import T17Timeline  # noqa: E402
from benchmarks.timelines import Score, baseline, budget, score  # noqa: E402

from newsdesk.models import Analysis, Article  # noqa: E402

GOLD = T17Timeline("storm_x", "storm", [
    ("2021-03-04", ["The storm reaches the coast .", "Ports close ."]),
    ("2021-03-02", ["Forecasters warn of a storm ."]),
    ("2021-03-09", ["Power is restored to the island .", "Schools reopen .", "Ferries resume ."]),
])


def _analysis(day: str, text: str) -> Analysis:
    return Analysis(Article(text=text, published=day))


def test_the_budget_is_the_gold_dates_and_mean_sentences_per_date() -> None:
    assert budget(GOLD) == (3, 2, "2021-03-02", "2021-03-09")


def test_the_baseline_takes_the_busiest_days_and_their_leads() -> None:
    arts = [(1, _analysis("2021-03-04", "Waves flooded the harbour road as the storm arrived.\n\nMore.")),
            (2, _analysis("2021-03-04", "The storm knocked out power across the whole island.")),
            (3, _analysis("2021-03-05", "Crews began clearing fallen trees from the main roads.")),
            (4, _analysis("2021-03-04", "Ferries stayed in port for a second day in a row.")),
            (5, _analysis("2021-03-07", "Too short."))]
    out = baseline(arts, GOLD)
    assert list(out) == ["2021-03-04", "2021-03-05"]  # 2021-03-07 has no lead long enough
    assert out["2021-03-04"] == ["Waves flooded the harbour road as the storm arrived.",
                                 "The storm knocked out power across the whole island."]


def test_a_perfect_timeline_scores_one_and_an_empty_one_zero() -> None:
    pytest.importorskip("tilse", reason="tilse is not installed")
    from benchmarks.timelines import evaluator

    ev, _ = evaluator(reimpl=True)
    perfect = score({d: s for d, s in GOLD.entries}, GOLD, ev)
    assert perfect.date == 1.0 and perfect.r1 == pytest.approx(1.0) and perfect.r2 == pytest.approx(1.0)
    assert score({}, GOLD, ev) == Score(0.0, 0.0, 0.0)
    shifted = score({"2021-03-03": ["Forecasters warn of a storm ."]}, GOLD, ev)
    assert shifted.date == 0.0 and 0 < shifted.r1 < 1  # a day off still earns half the content
