"""Quotes and their speakers on our own demo corpus against its hand-checked gold
(examples/gold/quotes.json, 628 attributions in 45 articles).

A regression gate scored by the benchmark's own module (benchmarks/speakers.py: matching by
content-token overlap, one-to-one; speaker rules in its docstring), so this gate and
BENCHMARKS.md cannot disagree. Tune with ``python -m benchmarks.speakers --errors 50``.
The thresholds sit a little under what the extractor reaches; raise them when it improves.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `benchmarks` lives at the repository root (plain `pytest` too)
    sys.path.insert(0, str(ROOT))

from benchmarks.speakers import demo_analyses, evaluate, load_gold, score  # noqa: E402

#: Share of matched attributions whose speaker is right (Gender Gap Tracker: 86.5%).
SPEAKER_ACCURACY = 0.90  # measured 0.942
#: Right speaker over all gold attributions (a missed quote counts as wrong).
END_TO_END = 0.80  # measured 0.836
#: Gold attributions matched by a predicted quote.
RECALL = 0.86  # measured 0.889
#: Predicted quotes (outside headlines) matching a gold attribution.
PRECISION = 0.83  # measured 0.927
#: Matched attributions given the gold kind (direct, indirect, mixed).
KIND_ACCURACY = 0.96  # measured 0.984
#: Speaker accuracy per gold speaker type.
SPEAKER_ACCURACY_BY_TYPE = {"person": 0.90, "organization": 0.88, "anonymous": 0.92}  # 0.934 0.943 0.972


@pytest.fixture(scope="module")
def scores(nlp):
    gold = load_gold()
    analyses = demo_analyses(nlp)
    assert set(gold) <= set(analyses), f"gold articles not analysed: {sorted(set(gold) - set(analyses))}"
    return score(evaluate(gold, analyses))


def test_the_gold_is_large_enough_and_found_in_the_text(scores):
    assert scores["gold"] >= 100, "issue 3 asks for at least 100 hand-checked attributions"
    assert scores["articles"] >= 44
    assert scores["unlocated"] == 0, "a gold content is no longer found in the extracted text"


def test_speaker_accuracy(scores):
    assert scores["speaker_accuracy"] >= SPEAKER_ACCURACY, scores


def test_end_to_end_speaker_accuracy(scores):
    assert scores["end_to_end"] >= END_TO_END, scores


def test_attribution_recall_and_precision(scores):
    s = scores
    assert s["recall"] >= RECALL, s
    assert s["precision"] >= PRECISION, s


def test_kind_accuracy(scores):
    assert scores["kind_accuracy"] >= KIND_ACCURACY, scores


@pytest.mark.parametrize("speaker_type", list(SPEAKER_ACCURACY_BY_TYPE))
def test_speaker_accuracy_by_type(scores, speaker_type):
    by_type = scores["by_type"][speaker_type]
    assert by_type["speaker_accuracy"] >= SPEAKER_ACCURACY_BY_TYPE[speaker_type], by_type
