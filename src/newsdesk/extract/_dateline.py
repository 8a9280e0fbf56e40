"""The publication day a text dateline gives ("WASHINGTON, May 31 (Reuters) -").

A dateline is the weakest date signal: it is used only when metadata, the URL and the
caller gave nothing. Wire datelines often omit the year ("May 31"); the year is then
taken from the page, never from today's date (a wrong year is worse than no date):

1. a year in the URL path ("/2018/...");
2. else full dates in the article text ("a photo taken on May 30, 2018"): the year that
   puts the dateline's day up to half a year after the latest of them (stories report
   the past), or a few weeks before it (a scheduled event);
3. else a copyright line ("© 2018 ..."), when the page names exactly one such year. It is
   last because a page footer shows the year the page was served, not the story's year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from ._dates import _DMY, _MDY, _MONTH_RE, _MONTHS, _valid, normalize_date

_MONTH_DAY = re.compile(r"\b" + _MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[:.]\d)", re.I)
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r"(?![a-z])", re.I)
_COPYRIGHT_YEARS = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?P<first>(?:19|20)\d\d)(?:\s*[-–]\s*(?P<last>(?:19|20)\d\d))?", re.I
)
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)(?:/|-\d{1,2}[/-])")
_NEAR_DAYS = 183  # a story mentions dates up to half a year before it ...
_AHEAD_DAYS = 45  # ... and a scheduled event a few weeks after it


def copyright_years(lines: Iterable[str]) -> set[int]:
    """Years named by copyright lines ("© 2015-2018 ..." gives 2018)."""
    return {int(m["last"] or m["first"]) for line in lines for m in _COPYRIGHT_YEARS.finditer(line)}


def url_year(url: str | None) -> int | None:
    m = _URL_YEAR.search(url or "")
    return int(m[1]) if m else None


def text_days(text: str) -> list[date]:
    """Full calendar dates written in the text ("May 30, 2018", "30 May 2018")."""
    days = []
    for rx, month_at, day_at in ((_MDY, 1, 2), (_DMY, 2, 1)):
        for m in rx.finditer(text):
            iso = _valid(int(m[3]), _MONTHS[m[month_at].lower().rstrip(".")], int(m[day_at]))
            if iso:
                days.append(date.fromisoformat(iso))
    return days


def _month_day(dateline: str) -> tuple[int, int] | None:
    m = _MONTH_DAY.search(dateline)
    if m:
        return _MONTHS[m[1].lower().rstrip(".")], int(m[2])
    m = _DAY_MONTH.search(dateline)
    return (_MONTHS[m[2].lower().rstrip(".")], int(m[1])) if m else None


def _nearest_year(month: int, day: int, latest: date) -> int | None:
    """The year putting the day up to half a year after the latest date (or shortly before it)."""
    for year in (latest.year, latest.year + 1, latest.year - 1):
        iso = _valid(year, month, day)
        if iso and -_AHEAD_DAYS <= (date.fromisoformat(iso) - latest).days <= _NEAR_DAYS:
            return year
    return None


def dateline_day(
    dateline: str | None, *, url: str | None = None, text: str = "", chrome: Iterable[str] = ()
) -> str | None:
    """``YYYY-MM-DD`` from a dateline: its own year if it has one, else one the page gives."""
    if not dateline:
        return None
    if re.search(r"\b(?:19|20)\d\d\b", dateline):
        return normalize_date(dateline)
    month_day = _month_day(dateline)
    if month_day is None:
        return None
    year = url_year(url)
    if year is None:
        near = text_days(text)
        year = _nearest_year(*month_day, max(near)) if near else None
    if year is None:
        years = copyright_years(chrome)
        year = next(iter(years)) if len(years) == 1 else None
    return _valid(year, *month_day) if year else None
