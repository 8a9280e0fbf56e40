"""Time expressions of the reference article (GUIDE.md, "The reference article", Time).

Reads the article from ../shared (never copies it) and analyses it through the public API
(extract, then analyze) with the wire's publication date, 2018-05-31. Each expression is
found by a short phrase of the text; the expression must lie inside that phrase (TimeML
leaves the preposition out: "since March" is the expression "March").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.extract import extract
from newsdesk.models import Analysis, Document, TimeExpression
from newsdesk.nlp import analyze

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seed" / "000_bff1fb16216cbd7f.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"reference article not found at {SEED}")


@pytest.fixture(scope="module")
def analysis(nlp) -> Analysis:
    doc = Document(source=str(SEED), kind="text", content=SEED.read_text("utf-8"), published="2018-05-31")
    return analyze(extract(doc), nlp)


def _times_in(analysis: Analysis, phrase: str) -> list[TimeExpression]:
    """The expressions lying inside each occurrence of ``phrase`` (at least one occurrence)."""
    text = analysis.article.text
    spans = []
    at = text.find(phrase)
    assert at >= 0, f"{phrase!r} is not in the article text"
    while at >= 0:
        spans.append((at, at + len(phrase)))
        at = text.find(phrase, at + 1)
    return [t for t in analysis.times for a, b in spans if a <= t.start and t.end <= b]


@pytest.mark.parametrize(
    ("phrase", "value", "occurrences"),
    [
        ("on Thursday", "2018-05-31", 4),  # past tense: the publication day itself
        ("on Friday", "2018-06-01", 1),  # "will probably go to Washington on Friday": the next Friday
        ("on the 12th", "2018-06-12", 1),  # "we'll have a meeting on the 12th": the 12th still to come
        ("next month", "2018-06", 1),
        ("since 2000", "2000", 1),
        ("since March", "2018-03", 1),
    ],
)
def test_reference_values(analysis, phrase, value, occurrences):
    found = _times_in(analysis, phrase)
    assert len(found) == occurrences, found
    assert {t.value for t in found} == {value}
    assert all(t.type == "DATE" for t in found)


def test_relative_values_say_what_they_count_from(analysis):
    for phrase in ("on Thursday", "on Friday", "on the 12th", "next month", "since March"):
        assert {t.anchor for t in _times_in(analysis, phrase)} == {"published"}, phrase
    assert {t.anchor for t in _times_in(analysis, "since 2000")} == {None}  # an absolute year


def test_the_previous_night_is_the_day_before_the_meeting(analysis):
    (night,) = _times_in(analysis, "the previous night")
    assert night.value is not None and night.value.startswith("2018-05-30")
    before = [t for t in _times_in(analysis, "on Thursday") if t.end < night.start]
    thursday = max(before, key=lambda t: t.end)
    assert night.anchor in ("published", f"time:{thursday.id}")


def test_durations(analysis):
    (dinner,) = _times_in(analysis, "about 90 minutes")
    assert (dinner.type, dinner.value, dinner.mod) == ("DURATION", "PT90M", "APPROX")
    (weeks,) = _times_in(analysis, "in recent weeks")
    assert weeks.type == "DURATION" and weeks.value == "PXW"


def test_no_publication_date_leaves_relative_values_open(nlp):
    doc = Document(source=str(SEED), kind="text", content=SEED.read_text("utf-8"))
    found = analyze(extract(doc), nlp)
    assert found.article.published is None
    relative = [t for t in found.times if t.text in ("Thursday", "Friday", "the 12th", "next month")]
    assert relative and all(t.value is None for t in relative)
    assert any(t.value == "2000" for t in found.times)
