"""The speaker-resolution scorer (benchmarks/speakers.py) on hand-made analyses.

The article below is invented for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsdesk.models import Analysis, Article, Entity, Quote, Section, Span

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `benchmarks` lives at the repository root (plain `pytest` too)
    sys.path.insert(0, str(ROOT))

from benchmarks import speakers as S  # noqa: E402

HEADLINE = "Mayor says the bridge will reopen"
TEXT = (
    f"{HEADLINE}\n\n"
    '"The bridge will reopen in June," Mayor Helen Carter said on Tuesday.\n\n'
    "The transport ministry said the repairs had cost more than expected.\n\n"
    "An engineer who asked not to be named said the work was \u201calmost finished\u201d.\n\n"
    '"We are proud of the crews," Ms Carter said. "We are proud of the crews."'
)

CARTER = Entity(1, "PERSON", "Helen Carter", aliases=["Carter"])
OSEI = Entity(2, "PERSON", "David Osei", aliases=["Osei"])
MINISTRY = Entity(3, "ORG", "Transport Ministry")

GOLD = [
    {"speaker": "Helen Carter", "speaker_type": "person", "kind": "direct",
     "content": "The bridge will reopen in June", "cue": "said"},
    {"speaker": "the transport ministry", "speaker_type": "organization", "kind": "indirect",
     "content": "the repairs had cost more than expected", "cue": "said"},
    {"speaker": "An engineer who asked not to be named", "speaker_type": "anonymous", "kind": "mixed",
     "content": "almost finished", "cue": "said"},
    {"speaker": "Helen Carter", "speaker_type": "person", "kind": "direct",
     "content": "We are proud of the crews", "cue": "said"},
    {"speaker": "Helen Carter", "speaker_type": "person", "kind": "direct",
     "content": "We are proud of the crews", "cue": "said"},
]


def _span(phrase: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(phrase, start + 1)
    return Span(start, start + len(phrase), phrase)


def _quote(qid: int, phrase: str, kind: str = "direct", nth: int = 0, **kw) -> Quote:
    return Quote(qid, kind, _span(phrase, nth), **kw)


def _analysis(quotes: list[Quote]) -> Analysis:
    sections = [Section("headline", 0, len(HEADLINE))]
    start = len(HEADLINE) + 2
    for para in TEXT[start:].split("\n\n"):
        sections.append(Section("paragraph", start, start + len(para)))
        start += len(para) + 2
    article = Article(TEXT, title=HEADLINE, sections=sections)
    return Analysis(article, entities=[CARTER, OSEI, MINISTRY], quotes=quotes)


def _result(quotes: list[Quote]) -> S.ArticleResult:
    return S.evaluate({"a": GOLD}, {"a": _analysis(quotes)})[0]


def _perfect() -> list[Quote]:
    return [
        _quote(1, "The bridge will reopen in June", speaker_id=1, speaker="Helen Carter",
               speaker_type="person"),
        _quote(2, "the repairs had cost more than expected", "indirect", speaker_id=3,
               speaker="Transport Ministry", speaker_type="organization"),
        _quote(3, "almost finished", "mixed", speaker="An engineer who asked not to be named",
               speaker_type="anonymous", anonymous=True),
        _quote(4, "We are proud of the crews", speaker_id=1, speaker="Helen Carter", speaker_type="person"),
        _quote(5, "We are proud of the crews", nth=1, speaker_id=1, speaker="Helen Carter",
               speaker_type="person"),
    ]


def test_gold_is_located_in_the_text_and_direct_quotes_by_their_opening_mark():
    gold = S.gold_for("a", GOLD, _analysis([]))
    assert all(g.spans for g in gold)
    assert TEXT[slice(*gold[0].spans[0])] == "The bridge will reopen in June"
    # curly quotation marks in the text, straight ones in the gold would not matter
    assert S.locate("\u201calmost finished\u201d", TEXT) == S.locate('"almost finished"', TEXT)
    # the repeated quote has two occurrences: one-to-one matching gives each gold one of them
    assert len(gold[3].spans) == 2


def test_perfect_predictions_score_one():
    s = S.score([_result(_perfect())])
    assert s["gold"] == 5 and s["matched"] == 5
    assert s["recall"] == s["precision"] == s["speaker_accuracy"] == s["end_to_end"] == 1.0
    assert s["kind_accuracy"] == 1.0
    assert s["by_type"]["person"]["gold"] == 3 and s["by_kind"]["mixed"]["speaker_accuracy"] == 1.0


def test_wrong_person_is_a_wrong_speaker():
    quotes = _perfect()
    quotes[0] = _quote(1, "The bridge will reopen in June", speaker_id=2, speaker="David Osei")
    r = _result(quotes)
    assert r.pairs[0].quote is quotes[0] and not r.pairs[0].speaker_ok
    s = S.score([r])
    assert s["speaker_accuracy"] == pytest.approx(4 / 5) and s["recall"] == 1.0


@pytest.mark.parametrize(
    "predicted",
    ["Ms Helen Carter", "Mr. Helen  CARTER", "helen carter", "Dr Helen-Carter"]
)
def test_person_names_compare_without_honorifics_case_or_spacing(predicted):
    q = _quote(1, "The bridge will reopen in June", speaker=predicted, speaker_type="person")
    g = S.gold_for("a", GOLD[:1], _analysis([q]))[0]
    assert S.speaker_correct(g, q, _analysis([q]))


def test_a_bare_surname_is_not_the_canonical_name():
    q = _quote(1, "The bridge will reopen in June", speaker="Ms Carter", speaker_type="person")
    a = _analysis([q])
    assert not S.speaker_correct(S.gold_for("a", GOLD[:1], a)[0], q, a)


def test_person_accepted_through_the_resolved_entity_alias():
    # the speaker string is only the surface form, but speaker_id points at Helen Carter
    q = _quote(1, "The bridge will reopen in June", speaker_id=1, speaker="Carter", speaker_type="person")
    a = _analysis([q])
    assert S.speaker_correct(S.gold_for("a", GOLD[:1], a)[0], q, a)
    other = _quote(1, "The bridge will reopen in June", speaker="Carterton", speaker_type="person")
    assert not S.speaker_correct(S.gold_for("a", GOLD[:1], a)[0], other, a)


@pytest.mark.parametrize(
    ("speaker", "speaker_id", "ok"),
    [
        ("the Transport Ministry", None, True),  # "the" and case ignored
        ("ministry", None, True),  # contained in the gold description
        ("The transport ministry of Portville", None, True),  # contains the gold name
        (None, 3, True),  # the resolved ORG entity's name
        ("transport", None, True),
        ("the health ministry", None, False),
        ("it", None, False),
        ("Helen Carter", 1, False),  # a person is never the organisation
    ],
)
def test_organisation_speakers(speaker, speaker_id, ok):
    q = _quote(2, "the repairs had cost more than expected", "indirect", speaker=speaker,
               speaker_id=speaker_id)
    a = _analysis([q])
    assert S.speaker_correct(S.gold_for("a", GOLD[1:2], a)[0], q, a) is ok


def test_anonymous_source_must_stay_anonymous_and_unnamed():
    def judge(**kw) -> bool:
        q = _quote(3, "almost finished", "mixed", **kw)
        a = _analysis([q])
        return S.speaker_correct(S.gold_for("a", GOLD[2:3], a)[0], q, a)

    assert judge(speaker="an engineer", anonymous=True, speaker_type="anonymous")
    assert not judge(speaker="an engineer", anonymous=False, speaker_type="unknown")
    assert not judge(speaker="David Osei", speaker_id=2, anonymous=True, speaker_type="person")
    assert not judge(speaker="David Osei", speaker_id=2, speaker_type="person")


def test_matching_is_one_to_one():
    # two predictions of the same stretch: only one can match the gold quote, the other is a false positive
    quotes = _perfect()[:4]
    quotes.append(_quote(9, "The bridge will reopen in June", speaker="Helen Carter"))
    r = _result(quotes)
    assert [p.quote.id if p.quote else None for p in r.pairs] == [1, 2, 3, 4, None]
    assert [q.id for q in r.false_positives] == [9]
    s = S.score([r])
    assert s["recall"] == pytest.approx(4 / 5) and s["precision"] == pytest.approx(4 / 5)
    assert s["end_to_end"] == pytest.approx(4 / 5) and s["speaker_accuracy"] == 1.0


def test_repeated_quote_matches_both_occurrences():
    r = _result(_perfect())
    assert {r.pairs[3].quote.id, r.pairs[4].quote.id} == {4, 5}


def test_overlap_threshold_and_kind():
    # a long prediction swallowing the clause and more does not match; a near-exact one does
    swallowed = "the repairs had cost more than expected.\n\nAn engineer who asked not to be named said"
    wide = Quote(2, "indirect", _span(swallowed))  # 7 of its 15 tokens are the gold's: under half
    close = Quote(2, "direct", _span("repairs had cost more than expected"))
    a = _analysis([wide])
    g = S.gold_for("a", GOLD[1:2], a)[0]
    assert S.overlap(TEXT, g, wide) < S.MIN_OVERLAP <= S.overlap(TEXT, g, close)
    r = S.evaluate({"a": GOLD[1:2]}, {"a": _analysis([close])})[0]
    assert r.pairs[0].quote is close and not r.pairs[0].kind_ok


def test_headline_predictions_are_left_out_of_precision():
    quotes = [*_perfect(), Quote(10, "indirect", Span(0, len(HEADLINE), HEADLINE))]
    r = _result(quotes)
    assert [q.id for q in r.ignored] == [10] and not r.false_positives
    assert S.score([r])["precision"] == 1.0


def test_no_predictions_score_zero_not_an_error():
    s = S.score([_result([])])
    assert s["matched"] == 0 and s["recall"] == s["precision"] == s["speaker_accuracy"] == 0.0


def test_report_names_the_count_and_the_anchor():
    md = S.report([_result(_perfect())])
    assert md.startswith("## Speaker resolution")
    assert "86.5%" in md and "FEWER than the 100" in md  # five attributions here
