"""Dates written out in full ("31 May 2018", "Aug. 7, 1998", "2018-05-31"), parsed by dateparser.

dateparser knows the spellings; it is called only on candidate strings the grammar found
(never per token), with a fixed relative base so that nothing depends on today's date,
and its ``period`` keeps the granularity ("May 2018" is a month, not May 1st). Results are
cached: the same spellings recur across articles.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

_BASE = datetime(2000, 1, 1)  # any fixed base: strings parsed here always carry their year
_NUMERIC = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_TWO_DIGIT_YEAR = re.compile(r"'(\d\d)\b")


@lru_cache(maxsize=4)
def _parser(order: str):  # noqa: ANN202 - dateparser's class, imported lazily (slow import)
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": _BASE, "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                "DATE_ORDER": order}
    return DateDataParser(languages=["en"], settings=settings)


def _order(text: str) -> str | None:
    """Day-first or month-first for a numeric date; None when both readings are possible."""
    m = _NUMERIC.match(text.strip())
    if not m:
        return "MDY"
    a, b = int(m[1]), int(m[2])
    if a > 12 >= b:
        return "DMY"
    if b > 12 >= a:
        return "MDY"
    return None


def _expand_year(m: re.Match) -> str:
    yy = int(m[1])
    return str(1900 + yy if yy >= 30 else 2000 + yy)


@lru_cache(maxsize=4096)
def parse_absolute(text: str) -> tuple[str, str] | None:
    """``(value, granularity)`` of a date that carries its year: ``("2018-05-31", "D")``,
    ``("2018-05", "M")``, ``("2018-05-31T19:00", "T")``; None when unparseable or ambiguous."""
    order = _order(text)
    if order is None:
        return None
    cleaned = _TWO_DIGIT_YEAR.sub(_expand_year, text)
    data = _parser(order).get_date_data(cleaned)
    when, period = data.date_obj, data.period
    if when is None:
        return None
    if period == "year":
        return f"{when.year:04d}", "Y"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}", "M"
    if (when.hour, when.minute) != (0, 0) or re.search(r"T\d\d:\d\d|\d:\d\d|[ap]\.?m\b", text, re.I):
        return f"{when:%Y-%m-%dT%H:%M}", "T"
    return when.date().isoformat(), "D"
