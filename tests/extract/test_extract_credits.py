"""Author cleaning, bylines, datelines, wire credits and date normalisation."""

from __future__ import annotations

import pytest

from newsdesk.extract._authors import clean_authors
from newsdesk.extract._credits import parse_byline, parse_dateline, strip_wire_tail
from newsdesk.extract._dates import normalize_date

BODY = "North Korea fired two missiles into the sea on Monday, officials said."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
        ("Jane Doe, Staff Writer", ["Jane Doe"]),
        ("RALPH D. RUSSO, BOB FERRANTE", ["Ralph D. Russo", "Bob Ferrante"]),
        ("Written by: Anna Smith (Contributor)", ["Anna Smith"]),
        ("Jane Doe | Valley Times", ["Jane Doe"]),
        ("Lauren Manaker MS, RDN, LD", ["Lauren Manaker"]),
        (["Jane Doe", "jane doe", "JANE DOE"], ["Jane Doe"]),
        ("Ludwig van Beethoven", ["Ludwig van Beethoven"]),
        # fewer rather than wrong: organisations, staff, e-mails, URLs and job titles are dropped
        ("The Associated Press", []),
        ("Staff", []),
        ("Echo Staff", []),
        ("Field Level Media", []),
        ("jane.doe@example.com", []),
        ("https://www.facebook.com/janedoe", []),
        ("Transport Correspondent", []),
        ("Madonna", []),
    ],
)
def test_clean_authors(raw, expected):
    assert clean_authors(raw) == expected


@pytest.mark.parametrize(
    ("para", "dateline", "agency"),
    [
        (f"SEOUL (Reuters) - {BODY}", "SEOUL (Reuters)", "Reuters"),
        (f"NEW YORK, May 31 (Reuters) - {BODY}", "NEW YORK, May 31 (Reuters)", "Reuters"),
        (f"ATLANTA -- {BODY}", "ATLANTA", None),
        (f"Washington (AFP) – {BODY}", "Washington (AFP)", "AFP"),
        (f"ST. LOUIS, Mo. — {BODY}", "ST. LOUIS, Mo.", None),
        (f"LONDON: {BODY}", "LONDON", None),
        (f"United Nations – {BODY}", "United Nations", None),
    ],
)
def test_datelines(para, dateline, agency):
    found = parse_dateline(para)
    assert found is not None
    assert found[0] == dateline
    assert found[1] == agency
    assert found[2] == BODY


@pytest.mark.parametrize(
    "para",
    [
        "PRESIDENT Donald Trump said a North Korean delegation will probably go to Washington.",
        "Mr Trump - who was in Texas - said the talks went well.",
        "Boris Johnson – the former prime minister – said he would not stand.",
        "The vote - the first in a decade - was close.",
    ],
)
def test_not_datelines(para):
    assert parse_dateline(para) is None


SAID = "The talks ended on Friday without a deal."
QUOTED = '"It is hard," Mr Lavrov was quoted as saying.'


@pytest.mark.parametrize(
    ("para", "rest", "wire"),
    [
        ('"It is hard," Mr Lavrov was quoted as saying. BLOOMBERG', QUOTED, "BLOOMBERG"),
        (f"{SAID} (AP)", SAID, "AP"),
        (f"{SAID} -- AFP", SAID, "AFP"),
        ("REUTERS", "", "REUTERS"),
        ("— Reuters", "", "Reuters"),
    ],
)
def test_wire_credits(para, rest, wire):
    assert strip_wire_tail(para) == (rest, wire)


@pytest.mark.parametrize(
    "para",
    ["The talks ended on Friday in the USA", "He has worked at NASA since 2004.", "It was, he said, fine."],
)
def test_not_wire_credits(para):
    assert strip_wire_tail(para) == (para, None)


def test_bylines():
    assert parse_byline("By Jane Doe") == ("By Jane Doe", ["Jane Doe"])
    assert parse_byline("BY JANE DOE AND JOHN SMITH")[1] == ["Jane Doe", "John Smith"]
    assert parse_byline("By Staff") == ("By Staff", [])
    assert parse_byline("By the time he arrived, everyone had left the building and gone home.") is None
    assert parse_byline("Byron Street was closed on Sunday.") is None


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2018-05-31T10:00:00Z", "2018-05-31"),
        ("Thu, 31 May 2018 10:00:00 GMT", "2018-05-31"),
        ("May 31, 2018", "2018-05-31"),
        ("31st May 2018", "2018-05-31"),
        ("20180531", "2018-05-31"),
        (1527760800, "2018-05-31"),
        ({"@value": "2018-05-31"}, "2018-05-31"),
        ("not a date", None),
        ("1870-01-01", None),
        ("2018-02-30", None),
    ],
)
def test_normalize_date(value, day):
    assert normalize_date(value) == day
