"""Plain text with page chrome: chrome lines removed with reasons, body lines kept, structure recovered."""

from __future__ import annotations

import pytest

from newsdesk.errors import ExtractionError
from newsdesk.extract import extract_text
from newsdesk.extract._chrome import classify_line


@pytest.fixture
def page(fixture_text):
    return extract_text(fixture_text("scraped_page.txt"))


def test_header_is_recovered(page):
    assert page.title == "Harbour town votes for new ferry terminal"
    assert page.provenance["title"] == "text:first-line"
    assert page.standfirst == "The council approved two new berths after a two-year consultation."
    assert page.authors == ["Helen Carter", "David Osei"]
    assert page.byline == "By Helen Carter and David Osei"
    assert page.published == "2021-03-02"
    assert page.provenance["published"] == "text:date-line"
    assert page.dateline == "PORTVILLE"
    assert page.publisher == "The Coastal Echo"
    assert page.provenance["publisher"] == "text:copyright"


def test_body_kept_whole_including_a_promo_like_sentence(page):
    paras = page.paragraphs()
    assert len(paras) == 5
    assert paras[0].startswith("The harbour council approved")  # dateline stripped
    assert any(p.startswith("More than 2,000 residents subscribe to the council's newsletter") for p in paras)
    assert paras[-1].endswith("east of the fish market.")


def test_chrome_removed_with_reasons(page):
    reasons = {r.text: r.reason for r in page.removed}
    assert reasons["Skip to main content"] == "interface"
    assert reasons["Home > World > Europe"] == "breadcrumb"
    assert reasons["Sport"] == "navigation menu"
    assert reasons["Advertisement"] == "advertisement"
    assert reasons["Share this article"] == "share"
    assert reasons["Related stories"] == "related"
    assert reasons["Sign up for our daily newsletter"] == "promo"
    assert reasons["We use cookies to improve your experience on our site."] == "cookie notice"
    assert reasons["© 2021 The Coastal Echo. All rights reserved."] == "copyright"
    assert reasons["Island bus routes to change in May"] == "after the article text"
    for line in reasons:
        assert line not in page.text
    # removed lines are listed in input order
    assert page.removed[0].text == "Skip to main content"


def test_sections_point_into_text(page):
    kinds = [s.kind for s in page.sections]
    assert kinds[:2] == ["headline", "standfirst"] and set(kinds[2:]) == {"paragraph"}
    assert page.text[page.sections[0].start : page.sections[0].end] == page.title
    assert page.body == "\n\n".join(page.paragraphs())


@pytest.mark.parametrize(
    "line",
    [
        "More than 2 million people subscribe to the newsletter, the company said.",
        "The cookie jar was empty when police arrived at the house on Monday.",
        "Share prices fell sharply on Tuesday after the bank cut its forecast for the year.",
        "Related companies were also fined, the regulator told reporters.",
        "Home prices rose by 4% in the year to March.",
    ],
)
def test_real_sentences_are_not_chrome(line):
    assert classify_line(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("You are here", "breadcrumb"),
        ("The Valley Times is now on WhatsApp!", "promo"),
        ("For the latest updates every weekday and a weekend digest. Subscribe to", "promo"),
        ("Click to share on Facebook (Opens in new window)", "share"),
        ("READ MORE: Council approves ferry plan", "related"),
        ("Story continues below advertisement", "advertisement"),
        ("Copyright 2020 The Valley Times", "copyright"),
        ("(Photo by Jane Doe/Getty Images)", "image credit"),
        ("Leave a comment", "comments"),
    ],
)
def test_chrome_lines(line, reason):
    assert classify_line(line) == reason


def test_hard_wrapped_text_is_rejoined():
    text = (
        "Council backs ferry plan\n\n"
        "The harbour council approved the new ferry terminal on Monday after a\n"
        "consultation that lasted almost two years and drew thousands of written\n"
        "responses from residents of the town and the islands.\n\n"
        "Mayor Helen Carter said the terminal would serve the whole coast and cut\n"
        "crossing times to the islands by a third once both berths are in use.\n"
    )
    article = extract_text(text)
    assert article.title == "Council backs ferry plan"
    assert len(article.paragraphs()) == 2
    assert article.paragraphs()[0].endswith("residents of the town and the islands.")


def test_plain_article_without_chrome_loses_nothing():
    paras = [
        "The harbour council approved the new ferry terminal on Monday after a long consultation.",
        "It will open next spring.",
        "Mayor Helen Carter said the terminal would serve the whole coast and the islands beyond it.",
        "She declined to comment further.",
    ]
    article = extract_text("\n\n".join(paras))
    assert article.paragraphs() == paras
    assert article.removed == []


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "empty input"),
        (" \n\t\n", "empty input"),
        ("%%%% 1234 5678 #### **** ////", "mostly not letters"),
        ("<html><body>" + "<div><span>x</span></div>" * 10 + "</body></html>", "looks like HTML"),
        ("Home\nNews\nSport\nShare\nSubscribe\nAdvertisement", "no article text"),
    ],
)
def test_no_article_raises_with_reason(text, why):
    with pytest.raises(ExtractionError, match=why):
        extract_text(text)


def test_trailing_contributor_credit_and_author_bio():
    body = [
        "The harbour council approved the new ferry terminal on Monday after a long consultation.",
        "All staff contributed.",
        "Associated Press writer Tom Hill in Portville contributed to this report.",
        "Jane Doe is a reporter covering transport for the Coastal Echo.",
    ]
    article = extract_text("Council backs ferry plan\n\nBy Jane Doe\n\n" + "\n\n".join(body))
    assert article.paragraphs() == body[:2]
    assert [r.reason for r in article.removed][-2:] == ["contributor credit", "author bio"]


def test_clean_digest_keeps_source_tagged_and_attributed_items():
    items = [
        "VOTERS HEAD TO THE POLLS The turnout was the highest in two decades, officials said. [Reuters]",
        "“We need the bridge more than anything else in this town right now.” ― Ana Ruiz, 34",
        "MARKETS RALLY Shares rose for a third day as investors bet on lower interest rates. [FT]",
    ]
    article = extract_text("Morning briefing: what you need to know\n\n" + "\n\n".join(items))
    assert article.paragraphs() == items


def test_mojibake_copyright_sign_is_not_a_footer():
    assert classify_line("It is a gun advocate clichÃ© that an armed society is a polite society.") is None


def test_trailing_briefing_promo_goes_and_wire_credit_is_split_off() -> None:
    text = (
        "Harbour flooded after storm\n\n"
        "PORT ELLEN, May 2 (AFP) - Waves broke over the harbour wall on Monday and flooded the "
        "lower town, the coastguard said.\n\n"
        "\"We have never seen the water this high,\" said harbourmaster Ailsa Bell, who has worked "
        "at the port for thirty years. AFP\n\n"
        "Get the Island Courier morning briefing in your inbox. Subscribe free.\n"
    )
    a = extract_text(text)
    assert a.paragraphs()[-1].endswith("who has worked at the port for thirty years.")
    assert "inbox" not in a.text
    assert a.wire == "AFP"
