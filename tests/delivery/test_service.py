"""The service loop in-process: publish when due, catch up once after downtime, retry a failed build."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from delivery_kit import make_edition
from newsdesk.delivery import deliver_pending, load_config
from newsdesk.delivery.service import run_service

BERLIN = ZoneInfo("Europe/Berlin")
SERVICE = '[schedule]\ntimezone = "Europe/Berlin"\n[service]\npoll_minutes = 0.0001\nretry_minutes = 0.0001\n'


def atom(path: object, topic: str = "") -> str:
    return f'[[channel]]\ntype = "atom"\npath = "{path}"\n' + (f'topic = "{topic}"\n' if topic else "")


class Recorder:
    """A build that records its calls (and can fail its first ones), and a clock under control."""

    def __init__(self, start: datetime, tick: timedelta = timedelta(0), failures: int = 0) -> None:
        self.now, self.tick, self.failures = start, tick, failures
        self.builds: list[tuple[str, date, str | None]] = []
        self.polls = 0

    def clock(self) -> datetime:
        self.now += self.tick
        return self.now

    def build(self, kind: str, day: date, topic: str | None):
        self.builds.append((kind, day, topic))
        if self.failures:
            self.failures -= 1
            raise RuntimeError("digest not ready")
        return make_edition(kind=kind, day=day.isoformat(), topic=topic)

    def poll(self, stop: threading.Event) -> None:
        self.polls += 1


def _run(store, config, rec: Recorder, until) -> None:
    """Run the service (in this thread: the store's) until ``until(store)`` after a delivery."""
    stop = threading.Event()

    def deliver(s, c):
        report = deliver_pending(s, c)
        if until(s):
            stop.set()
        return report

    guard = threading.Timer(20, stop.set)  # a broken loop fails the test instead of hanging it
    guard.start()
    try:
        run_service(store, config, rec.poll, rec.build, stop, rec.clock, deliver=deliver, step=0.001)
    finally:
        guard.cancel()
    assert until(store), "the service stopped before getting there"


def test_a_missed_edition_is_published_once_on_start_and_never_again(store, write_config, tmp_path):
    config = load_config(write_config(SERVICE + atom(tmp_path / "f.xml")))
    rec = Recorder(datetime(2024, 3, 29, 8, 15, tzinfo=BERLIN))  # down at 07:00 on Friday
    _run(store, config, rec, lambda s: s.outbox_has("daily/2024-03-29/"))
    assert rec.builds == [("daily", date(2024, 3, 29), None)]
    assert [d.status for d in store.deliveries()] == ["sent"]
    assert rec.polls >= 1

    again = Recorder(datetime(2024, 3, 29, 9, 0, tzinfo=BERLIN))  # a restart the same morning
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    run_service(store, config, again.poll, again.build, stop, again.clock, step=0.01)
    assert again.builds == []
    assert len(store.deliveries()) == 1


def test_an_edition_falls_due_while_running_for_every_topic(store, write_config, tmp_path):
    channels = atom(tmp_path / "a.xml") + atom(tmp_path / "h.xml", "harbour")
    config = load_config(write_config(SERVICE + channels))
    rec = Recorder(datetime(2024, 3, 29, 6, 58, tzinfo=BERLIN), tick=timedelta(seconds=5))
    store.record_outbox(make_edition(day="2024-03-28"), [])  # Thursday's went out already
    store.record_outbox(make_edition(day="2024-03-28", topic="harbour"), [])
    _run(store, config, rec, lambda s: s.outbox_has("daily/2024-03-29/harbour"))
    assert rec.builds == [("daily", date(2024, 3, 29), None), ("daily", date(2024, 3, 29), "harbour")]
    assert [(d.edition_key, d.channel, d.status) for d in store.deliveries()] == [
        ("daily/2024-03-29/", f"atom:{tmp_path / 'a.xml'}", "sent"),
        ("daily/2024-03-29/harbour", f"atom:{tmp_path / 'h.xml'}", "sent"),
    ]


def test_a_failed_build_is_retried_and_published_once(store, write_config, tmp_path):
    config = load_config(write_config(SERVICE + atom(tmp_path / "f.xml")))
    rec = Recorder(datetime(2024, 3, 30, 9, 1, tzinfo=BERLIN), failures=2)  # Saturday
    _run(store, config, rec, lambda s: s.outbox_has("weekend/2024-03-30/"))
    assert rec.builds == [("weekend", date(2024, 3, 30), None)] * 3
    assert len(store.deliveries()) == 1
