"""The TimeML reader and the TempEval-3 style scorer (benchmarks/_timeml.py) on small strings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `benchmarks` lives at the repository root (plain `pytest` too)
    sys.path.insert(0, str(ROOT))

from benchmarks._timeml import Tally, Timex, pair, parse_timeml  # noqa: E402

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06" temporalFunction="false"
 functionInDocument="CREATION_TIME">02/06/1998</TIMEX3></DCT>
<TITLE>Ferry talks</TITLE>
<TEXT>
The ferry company <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE"
 value="1998-02-05">Thursday</TIMEX3> that talks lasted <TIMEX3 tid="t2" type="DURATION" value="P3D"
 mod="APPROX">about three days</TIMEX3> &amp; would resume <TIMEX3 tid="t3" type="DATE"
 value="1998-03">next month</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_reader_text_offsets_and_dct():
    doc = parse_timeml(TML, "TEST1")
    assert doc.dct == "1998-02-06"
    assert [t.text for t in doc.timexes] == ["Thursday", "about three days", "next month"]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text
    assert "&" in doc.text and "<" not in doc.text  # entities decoded, tags gone
    assert doc.timexes[1].type == "DURATION" and doc.timexes[1].mod == "APPROX"
    assert all(t.value != "1998-02-06" for t in doc.timexes)  # the DCT is not a text timex


def test_reader_requires_text():
    with pytest.raises(ValueError, match="no TEXT"):
        parse_timeml("<TimeML><DOCID>x</DOCID></TimeML>", "x")


def _t(start: int, end: int, type_: str = "DATE", value: str = "1998") -> Timex:
    return Timex(start, end, "", type_, value)


def test_pairs_are_one_to_one_exact_first():
    gold = [_t(0, 10), _t(20, 30)]
    pred = [_t(5, 25), _t(20, 30), _t(0, 10)]
    assert pair(gold, pred) == [(0, 2), (1, 1)]


def test_overlap_pairs_take_the_largest_overlap():
    gold = [_t(0, 10)]
    pred = [_t(8, 12), _t(2, 9)]
    assert pair(gold, pred) == [(0, 1)]


def test_tally_strict_relaxed_and_values():
    gold = [_t(0, 8, "DATE", "1998-02-05"), _t(20, 36, "DURATION", "P3D"), _t(50, 60, "DATE", "1998-03")]
    pred = [
        _t(0, 8, "DATE", "1998-02-05"),  # exact, right value
        _t(26, 36, "DURATION", "P2D"),  # relaxed only, wrong value
        _t(70, 74, "DATE", "1999"),  # spurious
    ]
    t = Tally()
    t.add(gold, pred)
    assert (t.gold, t.pred, t.strict, t.relaxed, t.type_ok, t.value_ok) == (3, 3, 1, 2, 2, 1)
    assert t.strict_prf() == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert t.relaxed_prf() == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert t.type_accuracy() == 1.0
    assert t.value_accuracy() == 0.5
    assert t.value_f1() == pytest.approx(2 / 3 * 0.5)


def test_empty_tally_is_zero_not_an_error():
    t = Tally()
    assert t.relaxed_prf() == (0.0, 0.0, 0.0) and t.value_f1() == 0.0
