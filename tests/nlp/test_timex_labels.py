"""The news TIMEX3 labels (benchmarks/labels/timex.jsonl) resolve against the shared PolNeAR texts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from benchmarks.timex import (
    LABELS,
    SENTENCES,
    held_out,
    load_news_labels,
    polnear_dates,
    sample_sentences,
    sample_t17_sentences,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
pytestmark = pytest.mark.slow
_VALUE = re.compile(
    r"^(?:\d{2,3}|\d{4}(?:-\d\d(?:-\d\d(?:T(?:\d\d:\d\d|MO|AF|EV|NI))?)?|-W\d\d(?:-WE)?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?"
    r"|P(?:T?(?:\d+|X)[YMWDHS]|XDE|XY|XW)|PT\d+[HM]|P\d+Y(?:\d+M)?|XXXX-XX-XXT(?:MO|AF|EV|NI)|XXXX-\d\d|XXXX-WXX-[1-7]|XXXX-Q[1-4]"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF)$"
)


@pytest.fixture(scope="module")
def shared() -> Path:
    if not (SHARED / "data" / "polnear" / "metadata-train.tsv").exists():
        pytest.skip(f"{SHARED}/data/polnear is absent: the shared evaluation data is not available here")
    return SHARED


def test_the_labels_resolve_inside_their_sentences(shared):
    labels = load_news_labels(shared)
    assert len(labels.sentences) == 1150
    total = sum(len(g) for g in labels.gold.values())
    assert total >= 150
    dates = polnear_dates(shared)
    for s, gold in labels.gold.items():
        assert "#" in s.file or dates[s.file] == s.dct
        for t in gold:
            assert s.start <= t.start < t.end <= s.end
            assert t.text and t.text == t.text.strip() and "\n" not in t.text
            assert t.type in ("DATE", "TIME", "DURATION", "SET")
            assert t.value is None or _VALUE.match(t.value), t.value


def test_the_records_hold_offsets_not_text():
    for line in LABELS.read_text("utf-8").splitlines():
        record = json.loads(line)
        assert set(record) <= {"file", "sent", "start", "end", "type", "value", "dct", "mod"}
    for line in SENTENCES.read_text("utf-8").splitlines():
        assert set(json.loads(line)) == {"file", "start", "end", "dct"}


def test_the_sample_is_the_seeded_one_and_a_quarter_is_held_out(shared):
    labels = load_news_labels(shared)
    assert sample_sentences(shared, 650) + sample_t17_sentences(shared, 500) == labels.sentences
    held = [s for s in labels.sentences if s.held_out]
    assert held == [s for s in labels.sentences if held_out(s.file, s.start)]
    assert 0.15 < len(held) / len(labels.sentences) < 0.35
