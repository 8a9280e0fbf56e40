"""A feed record's publication date, validated and written as ISO 8601 (a date or a date-time).

Feeds spell dates every way: ISO timestamps, RFC 822 (RSS ``pubDate``), epoch seconds or
milliseconds, GDELT's ``20150218T230000Z``, prose ("March 5, 2024"). Exact formats are
read directly; prose goes to dateparser with relative expressions turned off, because
"yesterday" in a feed means the crawl's yesterday, which nobody knows. Anything
implausible, incomplete or ambiguous ("03/04/2024") is refused rather than guessed.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

_EPOCH = re.compile(r"\d{10}(?:\.\d+)?|\d{13}")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})Z?)?")
_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
_AMBIGUOUS = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}|\d\s*[ap]\.?m\b", re.I)
_DATEPARSER = {"PARSERS": ["custom-formats", "absolute-time"], "STRICT_PARSING": True}
MIN_YEAR = 1800


def iso_date(value: object) -> str | None:
    """``value`` as ``YYYY-MM-DD`` or an ISO 8601 date-time, or None when it names no sure date."""
    if isinstance(value, dict):  # {"$date": ...} in MongoDB exports
        value = value.get("$date", value.get("value"))
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 100:
        return None
    if _EPOCH.fullmatch(text):
        return _from_epoch(float(text))
    compact = _COMPACT.fullmatch(text)
    if compact:
        parts = [int(p) for p in compact.groups() if p is not None]
        try:
            zone = UTC if len(parts) > 3 else None  # mypy cannot count the starred parts: 3 to 6 ints
            return _checked(datetime(*parts, tzinfo=zone), len(parts) > 3)  # type: ignore[arg-type,misc]
        except ValueError:
            return None
    try:
        return _checked(datetime.fromisoformat(text), not _DATE_ONLY.fullmatch(text))
    except ValueError:
        pass
    try:
        return _checked(parsedate_to_datetime(text), True)
    except (TypeError, ValueError, IndexError):
        pass
    return _prose(text)


def _prose(text: str) -> str | None:
    ambiguous = _AMBIGUOUS.search(text)
    if ambiguous and int(ambiguous[1]) <= 12 and int(ambiguous[2]) <= 12 and ambiguous[1] != ambiguous[2]:
        return None  # 03/04/2024: March or April?
    import dateparser  # slow to import; most feeds never need it

    try:
        parsed = dateparser.parse(text, settings=_DATEPARSER)
    except (ValueError, OverflowError):
        return None
    return _checked(parsed, bool(_HAS_TIME.search(text))) if parsed else None


def _from_epoch(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return _checked(datetime.fromtimestamp(seconds, tz=UTC), True)
    except (OverflowError, OSError, ValueError):
        return None


def _checked(moment: datetime, with_time: bool) -> str | None:
    """The ISO form, or None for a year no news article has (before 1800, after next year)."""
    if not MIN_YEAR <= moment.year <= date.today().year + 1:
        return None
    return moment.isoformat() if with_time else moment.date().isoformat()
