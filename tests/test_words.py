"""One home per word class: the tables every stage reads from ``newsdesk.words`` agree."""

from __future__ import annotations

import re

from newsdesk import words
from newsdesk.extract import _credits, _dates
from newsdesk.nlp import mentions
from newsdesk.nlp.quotes import _lexicon as quote_words
from newsdesk.nlp.timex import _lexicon as time_words


def test_month_and_weekday_tables_have_one_home() -> None:
    assert time_words.MONTHS is words.MONTHS
    assert time_words.WEEKDAYS is words.WEEKDAYS
    assert _dates._MONTHS is words.MONTHS
    assert mentions._MONTHS_DAYS == set(words.MONTH_NAMES) | set(words.WEEKDAY_NAMES)


def test_month_tables_are_consistent() -> None:
    assert sorted(set(words.MONTHS.values())) == list(range(1, 13))
    assert [words.MONTHS[name] for name in words.MONTH_NAMES] == list(range(1, 13))
    assert [words.WEEKDAYS[name] for name in words.WEEKDAY_NAMES] == list(range(1, 8))
    assert all(k == k.lower().strip(". ") for k in (*words.MONTHS, *words.WEEKDAYS))
    assert not set(words.MONTHS) & set(words.WEEKDAYS)


def test_dateline_month_pattern_accepts_exactly_the_month_table() -> None:
    pattern = re.compile(_dates._MONTH_RE, re.I)
    for form in words.MONTHS:
        assert pattern.fullmatch(form) and pattern.fullmatch(form.title() + "."), form
    # every prefix of a month name that the pattern takes is a form the table can look up
    prefixes = {name[:n] for name in words.MONTH_NAMES for n in range(1, len(name) + 1)}
    taken = {p for p in prefixes if pattern.fullmatch(p)}
    assert taken <= set(words.MONTHS), taken - set(words.MONTHS)


def test_news_agencies_have_one_home() -> None:
    assert _credits.WIRES is words.WIRE_CREDITS
    assert set(words.NEWS_AGENCIES) <= set(words.WIRE_CREDITS)
    assert words.OUTLET_KEYS <= quote_words.KNOWN_OUTLETS
    for name in words.NEWS_AGENCIES:
        key = name.lower()
        assert (key in quote_words.KNOWN_OUTLETS) == (name not in words.AMBIGUOUS_SHORT_FORMS), name


def test_agency_and_outlet_names_are_listed_once() -> None:
    names = [n.casefold() for n in (*words.NEWS_AGENCIES, *words.SYNDICATES, *words.NEWS_OUTLETS)]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
    assert words.AMBIGUOUS_SHORT_FORMS <= set(words.NEWS_AGENCIES)
    assert all(n == n.strip() and "  " not in n for n in names)
