"""A plain-text headline is found whatever its last character; a short lede is not taken for one.

The texts are written for these tests.
"""

from __future__ import annotations

import pytest

from newsdesk.extract import extract_text

BODY = (
    "The harbour council approved the new ferry terminal after a long public consultation, and the "
    "mayor said the first boats would sail from the new berths next spring.\n\n"
    "Opposition councillors said the cost, more than forty million pounds, had not been explained "
    "to residents, and asked for an independent review before any work begins."
)


@pytest.mark.parametrize(
    "headline",
    [
        "Harbour council approves new ferry terminal.",
        "Will the new ferry terminal save the harbour?",
        "Ferry terminal approved at last!",
        "Ferry terminal: what the council decided:",
        "Harbour Council Approves Ferry Terminal. Opposition Wants A Review.",  # Title Case, two sentences
        "EXCLUSIVE: Harbour Council Approves Ferry Terminal.",  # a kicker is not a dateline
        "‘We have waited ten years’: harbour gets its ferry terminal.",
    ],
)
def test_headline_whatever_its_last_character(headline: str) -> None:
    article = extract_text(f"{headline}\n\n{BODY}")
    assert article.title == headline
    assert article.provenance["title"] == "text:first-line"
    assert article.paragraphs()[0].startswith("The harbour council approved")


def test_headline_with_a_deck_loses_its_joining_semicolon() -> None:
    deck = "Council approves two berths after long consultation."
    text = f"Harbour gets its ferry terminal; \n{deck}\n\n{BODY}"
    article = extract_text(text)
    assert article.title == "Harbour gets its ferry terminal"


@pytest.mark.parametrize(
    "first",
    [
        "Police arrested two men on Tuesday after a fight near the harbour.",  # a lede: "on Tuesday"
        "The ferry will not run this winter, the operator said.",  # a lede: "said"
        "PORTVILLE — Police arrested two men after a fight.",  # a dateline opens a lede
        "The council met. Nobody came.",  # two sentence-case sentences
    ],
)
def test_a_short_first_paragraph_is_not_a_headline(first: str) -> None:
    article = extract_text(f"{first}\n\n{BODY}")
    assert article.title is None
    assert first.split()[-1] in article.text


def test_a_given_title_that_does_not_match_keeps_the_first_line_in_the_body() -> None:
    article = extract_text(f"Ferry terminal approved.\n\n{BODY}", title="Budget vote delayed again")
    assert article.title is None or article.title == "Budget vote delayed again"
    assert article.paragraphs()[0] == "Ferry terminal approved."


def test_a_headline_above_keeps_the_sentence_below_as_standfirst_or_body() -> None:
    text = f"Harbour town votes for new ferry terminal\n\nThe council approved two new berths.\n\n{BODY}"
    article = extract_text(text)
    assert article.title == "Harbour town votes for new ferry terminal"
    assert "The council approved two new berths." in article.text
