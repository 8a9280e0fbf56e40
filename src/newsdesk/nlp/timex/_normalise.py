"""TIMEX3 values for each kind of candidate: type, value, mod and what it counts from.

The calendar-relative kinds live in ``_relative``; this module holds the dispatch and the
kinds that need no calendar reasoning (full dates, clock times, durations, sets, and the
PRESENT_REF / PAST_REF / FUTURE_REF adverbs).
"""

from __future__ import annotations

import re
from datetime import date

from newsdesk.nlp.timex import _relative as rel
from newsdesk.nlp.timex._absolute import parse_absolute
from newsdesk.nlp.timex._context import Context, Norm, Rule
from newsdesk.nlp.timex._lexicon import MONTHS, PARTS_OF_DAY, REFERENCES, WEEKDAYS
from newsdesk.nlp.timex._quantity import duration_value, number_of, split_mod, unit_of

_WEEKDAY_PREFIX = re.compile(r"^[A-Z][a-z]+\.?,?\s+(?=[A-Z\d])")
_LINE_START = re.compile(r"(?:^|\n)[\s_.]*$")  # a live blog's time stamp opens its paragraph
_ZONE = re.compile(
    r"^[\s,]*(?:on\s+)?(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|JST|KST|local time|UK time|UK)?[\s,]*(?:on\s+)?"
)
_CLOCK = re.compile(
    r"(?:(\d{1,2})(?:[:.](\d\d))?\s*(a\.?m\.?|p\.?m\.?)|(\d{1,2})[:.]?(\d\d)|(noon|midday|midnight)|(\d{1,2})\s+o'clock"
    r"|(\d{1,2})\s+in\s+the\s+(morning|afternoon|evening))",
    re.I,
)


def absolute(text: str, ctx: Context) -> Norm | None:
    """A date with its year ("May 31, 2018", "2018-05-31", "31/05/2018", "May 2018")."""
    mod, rest = rel.split_position(rel.with_digits(text))
    rest = re.sub(r"^the\s+", "", rest, flags=re.I)
    first = rest.split()[0].rstrip(".,") if rest.split() else ""
    if first.lower() in WEEKDAYS and first.lower() not in MONTHS:
        rest = _WEEKDAY_PREFIX.sub("", rest)
    parsed = parse_absolute(rest)
    if parsed is None:
        return None
    value, gran = parsed
    if gran == "T":
        return Norm("TIME", value, mod, None, date.fromisoformat(value[:10]), "D")
    return Norm("DATE", value, mod, None, date.fromisoformat((value + "-01-01")[:10]), gran)


def fiscal(text: str, ctx: Context) -> Norm | None:
    """"fiscal 1989", "fiscal year 1990", "FY2019", "FY19": the year."""
    m = re.match(r"FY\s?(\d\d)$", text)
    if m:
        return rel.year(f"20{m[1]}", ctx)
    return rel.year(re.sub(r"^(?:FY\s?|\w+\s+(?:year\s+)?)", "", text), ctx)


def _clock(text: str) -> str | None:
    """``19:00`` for "7 p.m.", ``12:00`` for "noon", ``24:00`` for "midnight"."""
    m = _CLOCK.search(text)
    if not m:
        return None
    if m[1]:
        hour, minute = int(m[1]) % 12, int(m[2] or 0)
        if m[3].lower().startswith("p"):
            hour += 12
    elif m[4]:
        hour, minute = int(m[4]), int(m[5])
    elif m[6]:
        hour, minute = (24, 0) if m[6].lower() == "midnight" else (12, 0)
    elif m[7]:
        hour, minute = int(m[7]), 0
    else:
        hour, minute = int(m[8]) % 12 + (0 if m[9].lower() == "morning" else 12), 0
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def clock_time(text: str, ctx: Context) -> Norm | None:
    """"7 p.m.", "10:35 a.m. EDT", "noon Thursday", "5 p.m. EST, Nov. 6": a day and a time.

    The day is the one the words name, else the last day the text mentioned (unless the time
    opens a paragraph, as a live blog's time stamps do), else the publication date.
    """
    clock = _clock(text)
    if clock is None:
        return None
    mod = "APPROX" if re.match(r"(?:about|around|approximately)\b", text, re.I) else None
    rest = text[_CLOCK.search(text).end() :]  # type: ignore[union-attr]
    day_norm = None
    if re.search(r"[A-Za-z]", rest):
        words = _ZONE.sub("", rest)
        if words:
            first = words.split()[0].rstrip(",.").lower()
            kind = "relday" if first in ("today", "tomorrow", "yesterday", "tonight") else (
                "weekday" if first in WEEKDAYS else "md"
            )
            if re.search(r"\b\d{4}\b", words):
                kind = "mdy"
            day_norm = KINDS[kind](words, ctx)
    if day_norm is not None and day_norm.day is not None:
        day, anchor = day_norm.day, day_norm.anchor
    elif ctx.reference is not None and ctx.reference.gran == "D" and not _LINE_START.search(ctx.before):
        day, anchor = ctx.reference.day, f"time:{ctx.reference.id}"
    elif ctx.published is not None:
        day, anchor = ctx.published, "published"
    else:
        return Norm("TIME", f"XXXX-XX-XXT{clock}", mod)
    return Norm("TIME", f"{day.isoformat()}T{clock}", mod, anchor, day, "D")


def date_at_time(text: str, ctx: Context) -> Norm | None:
    """"March 21, 2011 at 5:34 pm": the day, then the clock time on it."""
    year = re.search(r"(?:1[6-9]|20)\d\d\b", text)
    if year is None:
        return None
    day_text, clock_text = text[: year.end()], re.sub(r"^,?\s+(?:at\s+)?", "", text[year.end() :])
    day, clock = absolute(day_text, ctx), _clock(clock_text)
    if day is None or clock is None or day.value is None or len(day.value) != 10:
        return None
    return Norm("TIME", f"{day.value}T{clock}", None, None, day.day, "D")


def stamp(text: str, ctx: Context) -> Norm | None:
    """A live blog's "0912" opening a paragraph: that clock time on the day in question."""
    return clock_time(f"{text[:2]}:{text[2:]}", ctx)


def duration(text: str, ctx: Context) -> Norm | None:
    """"three days", "about 90 minutes", "the past two years", "two-year", "weeks"."""
    mod, rest = split_mod(text)
    unit = unit_of(rest)
    if unit is None:
        return None
    n = number_of(rest)
    if n is None and re.match(r"(?:the\s+)?(?:past|last|next|coming|previous|first)\s+\w+[^s]$", rest, re.I):
        n = 1.0  # "the past week"
    if n is None and re.match(r"\w+[^s][\s-]long$", rest, re.I):
        n = 1.0  # "a day-long meeting" lasts a day; "decades-long" stays vague
    if unit == "night" and n is None:
        return None
    return Norm("DURATION", duration_value(n, unit), mod)


_SET_UNITS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "fortnightly": "P2W",
              "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"}


def recurrence(text: str, ctx: Context) -> Norm | None:
    """"every week" is ``P1W``, "each Thursday" ``XXXX-WXX-4``, "twice a year" (on "a year")."""
    low = " ".join(text.lower().split())
    if low in _SET_UNITS:
        return Norm("SET", _SET_UNITS[low])
    words = low.split()
    wd = next((WEEKDAYS[w.rstrip("s")] for w in words if w.rstrip("s") in WEEKDAYS), None)
    part = next((PARTS_OF_DAY[w.rstrip("s")] for w in words if w.rstrip("s") in PARTS_OF_DAY), None)
    if wd is not None:
        return Norm("SET", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""))
    if "season" in words:
        return Norm("SET", "P1Y")  # "each season": once a year
    month = next((MONTHS[w] for w in words if w in MONTHS and len(w) > 3), None)
    if month is not None:
        return Norm("SET", f"XXXX-{month:02d}")
    if part is not None:
        return Norm("SET", f"XXXX-XX-XXT{part}")
    unit = unit_of(low)
    if unit is None:
        season = next((w for w in words if w in ("spring", "summer", "fall", "autumn", "winter")), None)
        return Norm("SET", "XXXX-" + {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA",
                                      "winter": "WI"}[season]) if season else None
    n = number_of(re.sub(r"^(?:every|each|per)\s+(?:other\s+)?", "", low))
    if "other" in words:
        n = 2.0
    return Norm("SET", duration_value(n or 1.0, unit))


def reference(text: str, ctx: Context) -> Norm | None:
    """"now", "currently" (PRESENT_REF); "recently", "in the past" (PAST_REF); "the future"."""
    low = " ".join(text.lower().split())
    if low in ("a while", "a little while"):
        return Norm("DURATION", "PXX")  # "for a while": no length stated
    if low in ("the near term", "the short term") or re.fullmatch(r"this\s+(?:\w+\s+)?moment", low):
        return Norm("DATE", "FUTURE_REF" if low.endswith("term") else "PRESENT_REF")
    low = re.sub(r"^the\s+(?:near|distant|foreseeable|recent)\s+", "the ", low)
    if low.startswith("future "):
        low = "future"  # "future quarters"
    value = REFERENCES.get(low)
    return Norm("DATE", value) if value else None


KINDS: dict[str, Rule] = {
    "iso": absolute,
    "numeric": absolute,
    "mdy": absolute,
    "my": absolute,
    "fiscal": fiscal,
    "time_date": clock_time,
    "time": clock_time,
    "date_time": date_at_time,
    "time_on_date": clock_time,
    "stamp": stamp,
    "md": rel.month_day,
    "md_pair": rel.month_day,  # ``_find`` values the first day, then the second
    "month": rel.month,
    "weekday": rel.weekday,
    "weekday_set": recurrence,
    "relday": rel.relday,
    "anaphoric": rel.anaphoric,
    "elided": rel.elided_last,
    "holiday": rel.holiday,
    "quarter": rel.quarter,
    "half": rel.half,
    "season": rel.season,
    "decade": rel.decade,
    "century": rel.century,
    "ago": rel.ago,
    "set": recurrence,
    "relunit": rel.relative_unit,
    "duration": duration,
    "ref": reference,
    "dom": rel.day_of_month,
    "year": rel.year,
    "year_span": rel.year_span,
    "week_of": rel.week_of,
    "month_year": rel.month_of_year,
}


def normalise(kind: str, text: str, ctx: Context) -> Norm | None:
    """The normalisation of a candidate of ``kind`` (None: not a time expression after all, or
    a date the calendar cannot hold, such as "the 30th of February")."""
    try:
        return KINDS[kind](text, ctx)
    except (ValueError, OverflowError):
        return None

