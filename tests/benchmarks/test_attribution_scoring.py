"""The attribution benchmark's brat reader and scorer (benchmarks/_brat.py, benchmarks/attribution.py).

Every text and annotation below is invented for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsdesk.models import Quote, Span

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `benchmarks` lives at the repository root (plain `pytest` too)
    sys.path.insert(0, str(ROOT))

from benchmarks._brat import Attribution, merge, parse_ann  # noqa: E402

from benchmarks import attribution as A  # noqa: E402

QUOTE1 = "\u201cThe terminal will open in May,\u201d"
QUOTE2 = "\u201cand it will serve the coast.\u201d"
TEXT = (
    "Council approves ferry plan\n"
    "\n"
    f"{QUOTE1} Mayor Helen Carter said, {QUOTE2}\n"
    "\n"
    "Engineers said the berths were almost finished, according to the port authority.\n"
)


def at(fragment: str, nth: int = 0) -> tuple[int, int]:
    """(start, end) of the nth occurrence of fragment in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(fragment, start + 1)
    return start, start + len(fragment)


def brat_offsets(*fragments: tuple[int, int]) -> str:
    return ";".join(f"{a} {b}" for a, b in fragments)


# --------------------------------------------------------------------------- brat reader


def test_parse_ann_discontinuous_content_and_missing_source() -> None:
    first, second = at(QUOTE1), at(QUOTE2)
    src, cue = at("Mayor Helen Carter"), at("said")
    content2, cue2 = at("the berths were almost finished"), at("said", 1)
    ann = "\n".join(
        [
            f"T1\tSource {brat_offsets(src)}\tMayor Helen Carter",
            f"T2\tCue {brat_offsets(cue)}\tsaid",
            f"T3\tContent {brat_offsets(first, second)}\tquote parts",
            f"T4\tAttribution {brat_offsets(cue)}\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            f"T5\tCue {brat_offsets(cue2)}\tsaid",
            f"T6\tContent {brat_offsets(content2)}\tthe berths",
            f"T7\tAttribution-no-source {brat_offsets(cue2)}\tsaid",
            "E2\tAttribution-no-source:T7 Cue:T5 Content:T6",
            f"T8\tDiscuss {brat_offsets(at('Engineers'))}\tEngineers",
            "#1\tAnnotatorNotes T8\tunsure",
            "a continuation line of a text field that ran over a newline",
            "E3\tAttribution:T99 Cue:T2",
        ]
    )
    got = parse_ann(ann)
    assert [a.id for a in got] == ["E1", "E2", "E3"]
    e1, e2, e3 = got
    assert e1.content == (first, second)
    assert e1.source == (src,) and e1.cue == (cue,)
    assert e2.source == () and e2.cue == (cue2,) and e2.content == (content2,)
    assert e3.cue == (cue,) and e3.content == ()  # an argument naming a missing T is skipped


def test_parse_ann_joins_numbered_roles_and_touching_fragments() -> None:
    ann = (
        "T1\tContent 0 7;7 16\tCouncil approves\nT2\tContent 17 22\tferry\n"
        "E1\tAttribution:T1 Content:T1 Content2:T2"
    )
    (e1,) = parse_ann(ann)
    assert e1.content == ((0, 16), (17, 22))


def test_merge() -> None:
    assert merge([(5, 9), (0, 3), (3, 4), (8, 12), (20, 20)]) == ((0, 4), (5, 12))
    assert merge([]) == ()


# --------------------------------------------------------------------------- normalisation and matching


def key(*fragments: tuple[int, int]) -> A.Key:
    return A.Text(TEXT).key(merge(fragments))


def test_exact_ignores_edge_quotes_punctuation_and_whitespace_strict_does_not() -> None:
    with_marks = key(at(QUOTE1))
    a, b = at("The terminal will open in May")
    bare = key((a - 1, b))  # starts on the opening quotation mark, stops before the comma
    inside = key((a, b))
    assert A.matches("exact", with_marks, bare) and A.matches("exact", with_marks, inside)
    assert not A.matches("strict", with_marks, inside)
    assert A.matches("strict", inside, key((a, b)))


def test_exact_compares_discontinuous_spans_as_character_sets() -> None:
    parts = key(at(QUOTE1), at(QUOTE2))
    inner = key(at("The terminal will open in May"), at("and it will serve the coast"))
    whole = key((at("\u201cThe terminal")[0], at("coast.\u201d")[1]))  # covers the cue in between
    assert A.matches("exact", parts, inner)
    assert not A.matches("exact", parts, whole)
    assert A.matches("overlap", parts, whole)


def test_exact_ignores_punctuation_between_fragments() -> None:
    # a gold quote annotated sentence by sentence, a prediction as one stretch: same words
    sentences = "Engineers said the berths were almost finished, according to the port authority."
    a = TEXT.index(sentences)
    cut = a + sentences.index(", according")
    one = key((a, a + len(sentences)))
    split = key((a, cut), (cut + 2, a + len(sentences)))  # "... finished" | "according ... authority."
    assert A.matches("exact", one, split) and not A.matches("strict", one, split)
    assert not A.matches("exact", one, key((a, cut)))


def test_overlap_and_token_overlap() -> None:
    gold = key(at("the berths were almost finished"))
    one_word = key(at("almost"))
    most = key(at("berths were almost finished"))
    elsewhere = key(at("Engineers"))
    assert A.matches("overlap", gold, one_word) and not A.matches("tok30", gold, one_word)  # 1 of 5 tokens
    assert A.matches("tok30", gold, most)
    assert not A.matches("overlap", gold, elsewhere) and not A.matches("tok30", gold, elsewhere)


def test_matching_is_one_to_one_and_greedy_by_overlap() -> None:
    g1, g2 = key(at("Mayor Helen Carter")), key(at("Helen"))
    wide = key(at("Mayor Helen Carter said"))
    # one prediction overlapping two gold spans matches only one: the one it shares most with
    assert A.match([g1, g2], [wide], "overlap") == {0: 0}
    # equal overlap: the prediction with fewer extra characters wins; the other is left over
    near, far = key(at("Mayor Helen Carter")), key(at("Mayor Helen Carter said,"))
    assert A.match([g1], [far, near], "overlap") == {0: 1}
    near = key(at("Helen Carter"))
    assert A.match([g1, g2], [near, key(at("Helen"))], "overlap") == {0: 0, 1: 1}


def test_is_direct() -> None:
    parts = merge([at(QUOTE1), at(QUOTE2)])
    assert A.is_direct(TEXT, parts)
    assert not A.is_direct(TEXT, merge([at("the berths were almost finished")]))
    assert A.is_direct('He said: "We will win".', merge([(9, 23)]))  # trailing full stop outside the marks
    assert not A.is_direct("a \u201chistoric\u201d day", merge([(0, 16)]))  # mixed: ends outside a quote


# --------------------------------------------------------------------------- predictions and tallies


def span(fragment: str, nth: int = 0) -> Span:
    a, b = at(fragment, nth)
    return Span(a, b, fragment)


CARTER = "Mayor Helen Carter"


def test_from_quotes_merges_groups_and_uses_a_mixed_quote_clause() -> None:
    quotes = [
        Quote(1, "direct", span("The terminal will open in May"), span("said"), span(CARTER), group=1),
        Quote(2, "direct", span("and it will serve the coast"), span("said"), span(CARTER), group=1),
        Quote(3, "mixed", span("almost finished"), span("said", 1), span("Engineers"), group=3,
              clause=span("the berths were almost finished")),
    ]
    first, second = A.from_quotes(quotes)
    assert first.content == merge([at("The terminal will open in May"), at("and it will serve the coast")])
    assert first.cue == (at("said"),) and first.source == (at("Mayor Helen Carter"),)
    assert first.kind == "direct"
    assert second.content == (at("the berths were almost finished"),) and second.kind == "mixed"


def test_tally_counts_shared_spans_once_and_scores_the_direct_subset() -> None:
    carter, said = at("Mayor Helen Carter"), at("said")
    quote1, quote2 = at(QUOTE1), at(QUOTE2)
    gold = [  # two attributions sharing one source and cue: the source is one span
        Attribution((carter,), (said,), (quote1,), "E1"),
        Attribution((carter,), (said,), (quote2,), "E2"),
        Attribution((), (at("said", 1),), (at("the berths were almost finished"),), "E3"),
    ]
    pred = [
        Attribution((at("Helen Carter"),), (said,), (at("The terminal will open in May"),), "Q1", "direct"),
        Attribution((), (at("according to"),), (at("the berths were almost finished"),), "Q2", "indirect"),
    ]
    tally = A.Tally()
    tally.add(A.Text(TEXT), gold, pred)
    assert tally.gold["all", "source", "exact"] == 1 and tally.gold["all", "cue", "exact"] == 2
    assert tally.gold["all", "content", "exact"] == 3
    assert tally.tp["all", "source", "exact"] == 0 and tally.tp["all", "source", "overlap"] == 1
    assert tally.tp["all", "content", "exact"] == 2 and tally.tp["all", "cue", "exact"] == 1
    p, r, f = tally.prf("all", "content", "exact")
    assert (p, r) == (1.0, 2 / 3) and f == pytest.approx(0.8)
    # direct subset: gold E1 and E2 (quotation-mark content), predictions of kind direct
    assert tally.gold["direct", "content", "exact"] == 2 and tally.pred["direct", "content", "exact"] == 1
    assert tally.tp["direct", "content", "exact"] == 1


def test_make_article_keeps_offsets() -> None:
    article = A.make_article(TEXT)
    assert article.text == TEXT
    assert article.title == "Council approves ferry plan"
    kinds = [s.kind for s in article.sections]
    assert kinds == ["headline", "paragraph", "paragraph"]
    assert TEXT[article.sections[2].start : article.sections[2].end].startswith("Engineers said")


def test_load_split_takes_the_first_annotator(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "polnear" / "dev"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    (folder / "text" / "a_story.txt").write_text(TEXT, "utf-8")
    (folder / "text" / "b_story.txt").write_text(TEXT, "utf-8")
    (folder / "attributions" / "a_story_zz99.ann").write_text("T1\tCue 0 7\tCouncil\nE1\tCue:T1")
    (folder / "attributions" / "a_story_aa11.ann").write_text("")
    (folder / "attributions" / "b_story_cc33.ann").write_text("")
    items = A.load_split(tmp_path, "dev")
    assert [(i.name, i.annotator, sorted(i.others)) for i in items] == [("a_story", "aa11", ["zz99"]),
                                                                        ("b_story", "cc33", [])]
    assert items[0].gold == [] and len(items[0].others["zz99"]) == 1 and items[0].text == TEXT
    assert [i.name for i in A.load_split(tmp_path, "dev", article="b_")] == ["b_story"]
    assert len(A.load_split(tmp_path, "dev", limit=1)) == 1


def test_run_skips_without_data(tmp_path: Path) -> None:
    out = A.run(tmp_path, None)
    assert out.startswith("## ") and "Skipped" in out


@pytest.mark.slow
def test_textacy_baseline_gives_char_spans(nlp) -> None:
    pytest.importorskip("textacy")
    doc = nlp(TEXT)
    attrs, refused_docs, refused_paragraphs = A.textacy_quotes(doc)
    assert (refused_docs, refused_paragraphs) == (0, 0)
    assert attrs, "textacy found no quotation"
    for a in attrs:  # spans are character offsets into the text, on token boundaries
        for role in ("source", "cue", "content"):
            for s, e in a.role(role):
                assert doc.char_span(s, e) is not None
