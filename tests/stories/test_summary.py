"""Extractive summaries of an article and a story, and what is new since a date (three invented
reports of one week)."""

from __future__ import annotations

import pytest

from newsdesk.stories.summary import new_since, summarize_article, summarize_story
from stories._reports import CLOSURE, FAIR, analysed

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reports(nlp):  # noqa: ANN001, ANN201
    return analysed(nlp)


def test_an_article_summary_is_its_central_sentences_not_its_byline(reports) -> None:  # noqa: ANN001
    analysis = dict(reports)[1]
    spans = summarize_article(analysis, sentences=2)
    assert [s.text for s in spans][0] == CLOSURE
    texts = " ".join(s.text for s in spans)
    assert "Jane Doe" not in texts and "Riverton bridge shut" not in texts  # byline, headline
    assert FAIR not in texts
    for s in spans:
        assert analysis.article.text[s.start : s.end] == s.text
    assert [s.start for s in spans] == sorted(s.start for s in spans)


def test_a_story_summary_says_a_copied_sentence_once(reports) -> None:  # noqa: ANN001
    summary = summarize_story(reports, sentences=3)
    assert len(summary) == 3
    assert sum("Engineers closed" in s for s in summary) == 1
    assert summary[0] == CLOSURE


def test_new_since_returns_only_the_new_development(reports) -> None:  # noqa: ANN001
    new = new_since(reports, "2024-03-06", sentences=3)
    assert {aid for aid, _ in new} == {3}
    texts = [s.text for _, s in new]
    assert texts[0].startswith("Divers began the safety review")
    assert not any("Engineers closed" in t for t in texts)  # recalled, not new
    assert new_since(reports, "2024-03-12") == []
    first = new_since(reports, "2024-03-05", sentences=5)
    assert {aid for aid, _ in first} == {2, 3}
    assert not any("Engineers closed" in s.text for _, s in first)


def test_sentences_split_at_ends_not_at_abbreviations_or_initials() -> None:
    from newsdesk.stories._text import split_sentences

    text = ('Mr. Kim met the U.S. envoy on Jan. 3 in Seoul. "We agreed," he said. '
            "J. K. Lee was not there! Why? Nobody knows.")
    spans = split_sentences(text, offset=10)
    assert [s.text for s in spans] == [
        "Mr. Kim met the U.S. envoy on Jan. 3 in Seoul.", '"We agreed," he said.',
        "J. K. Lee was not there!", "Why?", "Nobody knows."]
    assert all(text[s.start - 10 : s.end - 10] == s.text for s in spans)
