"""The schedule: weekday mornings and Saturday, in Europe/Berlin, across both DST changes."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from newsdesk.delivery import Schedule, last_due, next_due
from newsdesk.delivery.schedule import edition_date, occurrences

BERLIN = ZoneInfo("Europe/Berlin")
SCHEDULE = Schedule(timezone="Europe/Berlin")


def at(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=BERLIN)


def test_weekdays_at_seven_and_saturday_at_nine():
    assert next_due(at(2024, 3, 29, 6, 59), SCHEDULE) == ("daily", at(2024, 3, 29, 7))  # Friday
    assert next_due(at(2024, 3, 29, 7), SCHEDULE) == ("weekend", at(2024, 3, 30, 9))  # strictly after
    assert last_due(at(2024, 3, 29, 7), SCHEDULE) == ("daily", at(2024, 3, 29, 7))
    assert last_due(at(2024, 3, 31, 23), SCHEDULE) == ("weekend", at(2024, 3, 30, 9))  # Sunday: none


def test_across_the_spring_change_seven_stays_seven_local():
    kind, when = next_due(at(2024, 3, 30, 9, 30), SCHEDULE)  # Saturday; clocks go forward on Sunday
    assert (kind, when.date(), when.time()) == ("daily", at(2024, 4, 1, 7).date(), time(7))
    assert when.utcoffset() == timedelta(hours=2)
    assert when.astimezone(UTC) == datetime(2024, 4, 1, 5, tzinfo=UTC)
    saturday = next_due(at(2024, 3, 29, 8), SCHEDULE)[1]
    assert saturday.astimezone(UTC) == datetime(2024, 3, 30, 8, tzinfo=UTC)  # still winter time


def test_across_the_autumn_change():
    kind, when = next_due(at(2024, 10, 26, 10), SCHEDULE)
    assert kind == "daily" and when.astimezone(UTC) == datetime(2024, 10, 28, 6, tzinfo=UTC)
    assert last_due(datetime(2024, 10, 27, 12, tzinfo=UTC), SCHEDULE)[1] == at(2024, 10, 26, 9)


def test_a_time_inside_the_gap_or_the_overlap_happens_once():
    nightly = Schedule(timezone="Europe/Berlin", daily_time=time(2, 30), daily_days=tuple(range(7)))
    [(_, spring)] = occurrences(at(2024, 3, 31, 0).date(), nightly)  # 02:30 does not exist that night
    assert spring.astimezone(UTC) == datetime(2024, 3, 31, 1, 30, tzinfo=UTC)
    assert edition_date(spring, nightly) == at(2024, 3, 31, 0).date()
    [(_, autumn)] = occurrences(at(2024, 10, 27, 0).date(), nightly)  # 02:30 happens twice
    assert autumn.astimezone(UTC) == datetime(2024, 10, 27, 0, 30, tzinfo=UTC)
    after = next_due(autumn, nightly)[1]
    assert after.date() == at(2024, 10, 28, 0).date()  # not again an hour later


def test_times_are_read_in_the_configured_zone_whatever_the_input_zone():
    utc_now = datetime(2024, 3, 29, 5, 59, tzinfo=UTC)  # 06:59 in Berlin
    assert next_due(utc_now, SCHEDULE)[1] == at(2024, 3, 29, 7)


def test_a_naive_time_is_refused():
    with pytest.raises(ValueError, match="aware"):
        next_due(datetime(2024, 3, 29, 7), SCHEDULE)
