"""When editions are due: the daily update on weekdays, the weekend selection once a week.

Times are wall-clock times in the configured zone, so 07:00 stays 07:00 across daylight
saving changes. A time that does not exist on a spring-forward day (02:30) falls to the same
distance after the gap; a time that exists twice on a fall-back day counts once (the first).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from newsdesk.delivery.config import Schedule


def occurrences(day: date, schedule: Schedule) -> list[tuple[str, datetime]]:
    """The editions due on a local calendar day, as ``(kind, aware datetime)`` in time order."""
    zone = schedule.zone
    found = []
    if day.weekday() in schedule.daily_days:
        found.append(("daily", schedule.daily_time))
    if day.weekday() == schedule.weekend_day:
        found.append(("weekend", schedule.weekend_time))
    return sorted(((kind, _local(day, t, zone)) for kind, t in found), key=lambda x: x[1])


def _local(day: date, at: time, zone: object) -> datetime:
    naive = datetime.combine(day, at)
    # Through UTC and back: a non-existent local time becomes the real instant it names.
    return naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)  # type: ignore[arg-type]


def _check(now: datetime) -> None:
    if now.tzinfo is None:
        raise ValueError("the schedule needs an aware datetime (with a time zone)")


def next_due(now: datetime, schedule: Schedule) -> tuple[str, datetime]:
    """The first edition due strictly after ``now``: ``(kind, when)``, ``when`` in the zone."""
    _check(now)
    today = now.astimezone(schedule.zone).date()
    for offset in range(0, 9):
        for kind, when in occurrences(today + timedelta(days=offset), schedule):
            if when > now:
                return kind, when
    raise ValueError("the schedule has no edition in a week (no daily days and no weekend day?)")


def last_due(now: datetime, schedule: Schedule) -> tuple[str, datetime] | None:
    """The latest edition due at or before ``now`` (the one to catch up on after downtime)."""
    _check(now)
    today = now.astimezone(schedule.zone).date()
    for offset in range(0, 9):
        for kind, when in reversed(occurrences(today - timedelta(days=offset), schedule)):
            if when <= now:
                return kind, when
    return None


def edition_date(when: datetime, schedule: Schedule) -> date:
    """The calendar date an edition due at ``when`` is dated (local to the schedule's zone)."""
    return when.astimezone(schedule.zone).date()
