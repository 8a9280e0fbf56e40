"""Calendar arithmetic and TIMEX3 value spelling at a given granularity.

A value keeps the granularity the words have: "next month" is ``2018-06`` and not a day
in June, "last week" is ``2018-W21`` (ISO weeks), "the 1990s" is ``199``. Granularities:
``Y`` year, ``M`` month, ``D`` day, ``W`` ISO week, ``WE`` weekend, ``Q`` quarter,
``H`` half year, ``DE`` decade, ``CE`` century.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole months, the day clamped to the target month's length."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    day = min(d.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` units (``D``, ``W``, ``WE``, ``M``, ``Q``, ``H``, ``Y``, ``DE``, ``CE``)."""
    if unit == "D":
        return d + timedelta(days=n)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    months = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}[unit]
    return add_months(d, months * n)


def value_at(d: date, gran: str) -> str:
    """The TIMEX3 value naming the period of granularity ``gran`` that contains ``d``."""
    if gran == "D":
        return d.isoformat()
    if gran == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "Y":
        return f"{d.year:04d}"
    if gran in ("W", "WE"):
        year, week, _ = d.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if gran == "WE" else "")
    if gran == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "H":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if gran == "DE":
        return f"{d.year // 10:03d}"
    if gran == "CE":
        return f"{d.year // 100:02d}"
    raise ValueError(f"unknown granularity {gran!r}")


def weekday_near(anchor: date, weekday: int, direction: str) -> date:
    """The ISO ``weekday`` nearest ``anchor`` in a direction.

    ``past``: on or before the anchor (the same day allowed: "said on Thursday" in a
    Thursday paper is that day); ``future``: strictly after it; ``near``: whichever of
    the two is closer, the past one on a tie.
    """
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7 or 7
    if direction == "past" or (direction == "near" and back <= ahead):
        return anchor - timedelta(days=back)
    return anchor + timedelta(days=ahead)


def month_near(anchor: date, month: int, direction: str, ahead: int = 0) -> int:
    """The year of the named ``month`` nearest ``anchor``: its latest occurrence up to the
    anchor's month (``past``; or the next one when it is at most ``ahead`` months away: news
    reports plans in the past tense), the next one from the anchor's month on (``future``),
    or the closer of the two (``near``)."""
    past = anchor.year if month <= anchor.month else anchor.year - 1
    future = anchor.year if month >= anchor.month else anchor.year + 1
    gap_past = (anchor.year - past) * 12 + anchor.month - month
    gap_future = (future - anchor.year) * 12 + month - anchor.month
    if direction == "past":
        return future if 0 < gap_future <= ahead else past
    if direction == "future":
        return future
    return past if gap_past <= gap_future else future


def day_near(
    anchor: date, month: int, day: int, direction: str, ahead: int = 0, grace: int = 0
) -> date | None:
    """The (month, day) nearest ``anchor`` in a direction, as ``month_near`` does by day;
    ``grace`` lets a future-looking date lie a few days back (a deadline just passed)."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    past = [c for c in candidates if c <= anchor]
    future = [c for c in candidates if (c - anchor).days >= -grace]
    if direction == "past":
        soon = [c for c in future if 0 < (c - anchor).days <= ahead]
        return min(soon) if soon else (max(past) if past else None)
    if direction == "future":
        return min(future) if future else None
    return min(candidates, key=lambda c: abs((c - anchor).days), default=None)


def day_of_month_near(anchor: date, day: int, direction: str) -> date | None:
    """"the 12th": this month's, or next month's when it has passed and the verb looks
    ahead, or last month's when it is still to come and the verb looks back."""
    options = []
    for k in (-1, 0, 1):
        first = add_months(anchor.replace(day=1), k)
        if day <= calendar.monthrange(first.year, first.month)[1]:
            options.append(first.replace(day=day))
    this = next((o for o in options if o.month == anchor.month), None)
    if direction == "future":
        later = [o for o in options if o > anchor]
        return this if this is not None and this >= anchor else min(later, default=None)
    if direction == "past":
        earlier = [o for o in options if o < anchor]
        return this if this is not None and this <= anchor else max(earlier, default=None)
    return this
