"""Quotes of the reference article (GUIDE.md, "The reference article", Quotes): who said what,
of which kind, resolved to which canonical speaker, through which intermediary.

Reads the article from ../shared (never copies it); each quote is found by a short phrase of
its content, and the phrase must lie in exactly one predicted quote.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsdesk.models import Analysis, Quote

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_bff1fb16216cbd7f.txt"
if str(ROOT) not in sys.path:  # `benchmarks` lives at the repository root (plain `pytest` too)
    sys.path.insert(0, str(ROOT))

from benchmarks.speakers import reference_analysis  # noqa: E402

pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"reference article not found at {SEED}")

#: Trump's direct quotes, each given whole (up to its closing punctuation) or by its first words.
TRUMP_DIRECT = {
    "I look forward to seeing what's in the letter": True,
    "It's very important to them": True,
    "Hopefully we'll have a meeting on the 12th": False,
    "But I want it to be meaningful": False,
}


@pytest.fixture(scope="module")
def analysis(nlp) -> Analysis:
    found = reference_analysis(nlp, SHARED)  # extract_text, published 2018-05-31, analyze
    assert found is not None
    return found


def _quote(analysis: Analysis, phrase: str) -> Quote:
    """The one predicted quote whose content contains ``phrase`` (as it stands in the text)."""
    start = analysis.article.text.index(phrase)
    end = start + len(phrase)
    hits = [q for q in analysis.quotes if q.content.start <= start and end <= q.content.end]
    assert len(hits) == 1, f"{len(hits)} quotes hold {phrase!r}: {[q.content.text for q in hits]}"
    return hits[0]


def _speaker(analysis: Analysis, q: Quote) -> str | None:
    """The canonical name of the resolved speaker, checking that ``speaker`` agrees with ``speaker_id``."""
    entity = analysis.entity_by_id(q.speaker_id)
    assert entity is not None, f"{q.content.text!r}: speaker {q.speaker!r} not resolved to an entity"
    assert q.speaker == entity.canonical
    return entity.canonical


def _via(analysis: Analysis, q: Quote) -> str | None:
    """The intermediary's name, checking that ``intermediary_id`` (when set) agrees with it."""
    entity = analysis.entity_by_id(q.intermediary_id)
    if entity is not None:
        assert q.intermediary == entity.canonical
    return q.intermediary


def _bare(text: str) -> str:
    return text.strip().rstrip(".,")


@pytest.mark.parametrize("phrase", list(TRUMP_DIRECT))
def test_trump_direct_quotes(analysis, phrase):
    q = _quote(analysis, phrase)
    assert q.kind == "direct"
    assert _speaker(analysis, q) == "Donald Trump"
    assert q.speaker_type == "person" and not q.anonymous
    assert q.intermediary is None
    assert not any(mark in q.content.text for mark in '"\u201c\u201d'), "the quotation marks are not content"
    assert "Mr Trump" not in q.content.text, "the cue is not content"
    if TRUMP_DIRECT[phrase]:
        assert _bare(q.content.text) == phrase
    else:
        assert q.content.text.startswith(phrase)


def test_quotes_split_around_their_cue_count_once_per_part(analysis):
    for first, second in [
        ("I look forward to seeing", "It's very important to them"),
        ("Hopefully we'll have a meeting", "But I want it to be meaningful"),
    ]:
        a, b = _quote(analysis, first), _quote(analysis, second)
        assert a is not b
        assert a.group == b.group, f"{first!r} and {second!r} are parts of one quote"
    last = _quote(analysis, "But I want it to be meaningful")
    assert _bare(last.content.text).endswith("that I can tell you")


@pytest.mark.parametrize("phrase", ["historic", "has never been done before"])
def test_the_anonymous_officials_mixed_quotes(analysis, phrase):
    q = _quote(analysis, phrase)
    assert q.kind == "mixed"
    assert _bare(q.content.text) == phrase, "a mixed quote's content is the quoted fragment only"
    assert q.anonymous is True and q.speaker_type == "anonymous"
    people = {e.canonical for e in analysis.people()}
    entity = analysis.entity_by_id(q.speaker_id)
    assert entity is None or entity.type != "PERSON", f"anonymous source resolved to {entity.canonical}"
    assert q.speaker not in people
    assert q.speaker and "official" in q.speaker.lower()


def test_lavrov_direct_quote_through_tass(analysis):
    q = _quote(analysis, "It is impossible in one move")
    assert q.kind == "direct"
    assert _bare(q.content.text) == "It is impossible in one move to ensure denuclearisation"
    assert _speaker(analysis, q) == "Sergei Lavrov"
    assert q.speaker_type == "person" and not q.anonymous
    assert _via(analysis, q) == "Tass"


@pytest.mark.parametrize(
    ("phrase", "speaker", "via", "not_content"),
    [
        ("a North Korean delegation will probably go to Washington on Friday", "Donald Trump", None, "said"),
        ("the situation on the Korean Peninsula was moving rapidly toward talks", "Kim Jong Un", "Interfax",
         "Interfax"),
        ("will require a step-by-step process", "Sergei Lavrov", "Tass", "Tass"),
    ],
)
def test_indirect_quotes(analysis, phrase, speaker, via, not_content):
    q = _quote(analysis, phrase)
    assert q.kind == "indirect"
    assert _speaker(analysis, q) == speaker
    assert q.speaker_type == "person" and not q.anonymous
    assert _via(analysis, q) == via
    assert not_content not in q.content.text, "the cue and the outlet are not the reported clause"


def test_every_quote_points_at_its_evidence(analysis):
    text = analysis.article.text
    assert analysis.quotes
    for q in analysis.quotes:
        for span in (q.content, q.cue, q.source):
            if span is not None:
                assert text[span.start : span.end] == span.text
