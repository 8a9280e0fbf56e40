"""Normalise the many date spellings found in pages to ISO ``YYYY-MM-DD``.

Metadata dates arrive as ISO timestamps, RFC 822 strings, epoch numbers or prose
("May 31, 2018"); callers only ever need the calendar day, so everything is reduced
to it here and anything implausible is rejected rather than guessed.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

from newsdesk.words import MONTHS as _MONTHS  # one home for month names

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"\b(\d{4})(\d{2})(\d{2})(?:T|\b)")
_SLASH_YMD = re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b")
_NUMERIC_DMY = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_MDY = re.compile(_MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I)
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r",?\s+(\d{4})", re.I)

MIN_YEAR = 1990


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    if y < MIN_YEAR or day > date.today().replace(year=date.today().year + 1):
        return None
    return day.isoformat()


def normalize_date(value: object) -> str | None:
    """The calendar day a metadata value names, as ``YYYY-MM-DD``, or None."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        stamp = float(value) / (1000 if value > 1e11 else 1)
        try:
            return _valid(*datetime.fromtimestamp(stamp, tz=UTC).timetuple()[:3])
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, list | tuple):
        return next((d for d in map(normalize_date, value) if d), None)
    if isinstance(value, dict):
        return normalize_date(value.get("@value") or value.get("value"))
    text = str(value).strip()
    if not text:
        return None
    if text.isdigit() and len(text) in (10, 13):
        return normalize_date(int(text))
    for rx in (_ISO, _SLASH_YMD, _COMPACT):
        m = rx.search(text)
        if m:
            return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = _NUMERIC_DMY.search(text)
    if m:  # 23/03/2026 is day-first, 03/23/2026 month-first; 03/04/2026 is ambiguous: no answer
        a, b = int(m[1]), int(m[2])
        if a > 12 >= b:
            return _valid(int(m[3]), b, a)
        if b > 12 >= a:
            return _valid(int(m[3]), a, b)
        return None
    m = _MDY.search(text)
    if m:
        return _valid(int(m[3]), _MONTHS[m[1].lower().rstrip(".")], int(m[2]))
    m = _DMY.search(text)
    if m:
        return _valid(int(m[3]), _MONTHS[m[2].lower().rstrip(".")], int(m[1]))
    try:
        return _valid(*parsedate_to_datetime(text).timetuple()[:3])
    except (TypeError, ValueError, IndexError):
        return None
