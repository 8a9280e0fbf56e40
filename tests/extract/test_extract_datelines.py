"""Publication dates read off text datelines, the weakest date signal (issue 4)."""

from __future__ import annotations

import pytest

from newsdesk.extract import extract, extract_text
from newsdesk.extract._credits import parse_dateline
from newsdesk.extract._dateline import copyright_years, dateline_day
from newsdesk.models import Document

BODY = "Two ferries collided in the harbour on Monday, the coastguard said."
MORE = (
    "The coastguard said nobody was hurt and that both ferries were towed back to the terminal.\n\n"
    "Services between the islands resumed in the afternoon after divers inspected the hulls."
)


def _page(dateline: str, footer: str = "") -> str:
    return f"Ferries collide in the harbour\n\n{dateline} {BODY}\n\n{MORE}\n\n{footer}\n"


@pytest.mark.parametrize(
    ("para", "dateline"),
    [
        (f"WASHINGTON, May 31 (Reuters) - {BODY}", "WASHINGTON, May 31 (Reuters)"),
        (f"Seoul, 12 March 2026 — {BODY}", "Seoul, 12 March 2026"),
        (f"May 31, 2018 — {BODY}", "May 31, 2018"),
        (f"NEW YORK, May 31, 2018 (Reuters) - {BODY}", "NEW YORK, May 31, 2018 (Reuters)"),
    ],
)
def test_datelines_with_dates(para, dateline):
    found = parse_dateline(para)
    assert found is not None and found[0] == dateline and found[2] == BODY


def test_a_sentence_opening_with_a_date_is_not_a_dateline():
    assert parse_dateline("May 31, 2018 was the day the talks ended without a deal.") is None


@pytest.mark.parametrize(
    ("dateline", "page", "day"),
    [
        ("Seoul, 12 March 2026", {}, "2026-03-12"),
        ("May 31, 2018", {"chrome": ["© 2024 Valley News"]}, "2018-05-31"),  # its own year wins
        ("WASHINGTON, May 31 (Reuters)", {"chrome": ["© 2018 Valley News"]}, "2018-05-31"),
        ("LONDON, 3rd June", {"url": "https://example.com/2019/uk/story"}, "2019-06-03"),
        # a caption's full date outranks the footer, which shows the year the page was served
        ("KYIV, Dec 24 (AP)", {"text": "shot on December 4, 2023.", "chrome": ["© 2024 X"]}, "2023-12-24"),
        ("KYIV, Jan 5 (Reuters)", {"text": "signed on 20 December 2023"}, "2024-01-05"),
        ("WASHINGTON, May 31 (AP)", {"text": "June 1, 2000 ... on May 20, 2018"}, "2018-05-31"),  # latest
        ("WASHINGTON, May 31 (AP)", {"text": "on September 2, 2016"}, None),  # too far to tell
        ("WASHINGTON, May 31 (Reuters)", {}, None),  # no year anywhere: never today's year
        ("WASHINGTON, May 31 (Reuters)", {"chrome": ["© 2017 A", "© 2018 B"]}, None),  # ambiguous
        ("MARSEILLE (AFP)", {"chrome": ["© 2018 Valley News"]}, None),
    ],
)
def test_dateline_day(dateline, page, day):
    assert dateline_day(dateline, **page) == day


def test_copyright_years():
    assert copyright_years(["© 2015-2018 Harbour Times. All rights reserved."]) == {2018}
    assert copyright_years(["Copyright 2021 Valley News"]) == {2021}
    assert copyright_years(["Subscribe to our newsletter"]) == set()


def test_dateline_year_from_the_copyright_line():
    page = _page("PORTVILLE, May 31 (Reuters) -", "© 2018 Harbour Times. All rights reserved.")
    article = extract_text(page)
    assert article.dateline == "PORTVILLE, May 31 (Reuters)"
    assert (article.published, article.provenance["published"]) == ("2018-05-31", "text:dateline")


def test_dateline_with_its_own_year():
    article = extract_text(_page("Portville, 12 March 2026 —"))
    assert (article.published, article.provenance["published"]) == ("2026-03-12", "text:dateline")


def test_dateline_without_any_year_gives_no_date():
    article = extract_text(_page("PORTVILLE, May 31 (Reuters) -"))
    assert article.published is None and "published" not in article.provenance


def test_a_given_date_outranks_the_dateline():
    text = _page("PORTVILLE, May 31 (Reuters) -", "© 2018 Harbour Times. All rights reserved.")
    article = extract(Document("t", "text", text, published="2018-06-01"))
    assert (article.published, article.provenance["published"]) == ("2018-06-01", "input")


def test_a_date_line_outranks_the_dateline():
    text = _page("PORTVILLE, May 31 (Reuters) -").replace(
        "Ferries collide in the harbour\n\n", "Ferries collide in the harbour\n\nJune 1, 2018\n\n"
    )
    article = extract_text(text)
    assert (article.published, article.provenance["published"]) == ("2018-06-01", "text:date-line")


def test_url_year_completes_a_plain_text_dateline():
    doc = Document("t", "text", _page("PORTVILLE, May 31 (Reuters) -"), url="https://example.com/2018/ferries")
    article = extract(doc)
    assert (article.published, article.provenance["published"]) == ("2018-05-31", "text:dateline")


def test_url_date_dates_a_plain_text_document():
    doc = Document("t", "text", _page("PORTVILLE (Reuters) -"), url="https://example.com/2018/05/30/ferries")
    assert (extract(doc).published, extract(doc).provenance["published"]) == ("2018-05-30", "url")
