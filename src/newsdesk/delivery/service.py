"""``newsdesk run``: watch the sources, publish each edition when it is due, deliver it.

One loop, in small steps so that a stop request (SIGTERM, Ctrl-C) ends it within a step:
poll the sources every ``poll_minutes``; when an edition is due, build it for each topic the
channels want, record it with its outbox rows, and deliver; retry failed deliveries every
``retry_minutes``. On start, the latest edition due before now is published if it was not
(catch-up after downtime) — once: the outbox key makes a second publication a no-op.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime

from newsdesk.delivery.config import DeliveryConfig
from newsdesk.delivery.outbox import DeliveryReport, deliver_pending, publish
from newsdesk.delivery.schedule import edition_date, last_due, next_due
from newsdesk.models import Edition
from newsdesk.store import Store
from newsdesk.store._outbox import edition_key

log = logging.getLogger("newsdesk.run")

Build = Callable[[str, date, "str | None"], Edition]
Poll = Callable[[threading.Event], None]
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def publish_due(store: Store, config: DeliveryConfig, build: Build, kind: str, day: date) -> bool:
    """Build and record the ``kind`` edition of ``day`` for every topic not recorded yet.

    True when all are recorded; False when a build failed (logged; the caller retries later).
    """
    done = True
    for topic in config.topics():
        if store.outbox_has(edition_key(kind, day.isoformat(), topic)):
            continue
        try:
            edition = build(kind, day, topic)
        except Exception:
            log.exception("building the %s edition of %s%s failed", kind, day, f" [{topic}]" if topic else "")
            done = False
            continue
        publish(store, edition, config)
    return done


def is_published(store: Store, config: DeliveryConfig, kind: str, day: date) -> bool:
    return all(store.outbox_has(edition_key(kind, day.isoformat(), t)) for t in config.topics())


def _deliver(store: Store, config: DeliveryConfig, deliver: Callable[..., DeliveryReport]) -> None:
    try:
        report = deliver(store, config)
    except Exception:
        log.exception("delivery failed")
        return
    if report.sent or report.failed:
        log.info("delivered %d messages, %d failed, %d waiting", report.sent, len(report.failed), report.left)


def run_service(
    store: Store,
    config: DeliveryConfig,
    poll: Poll,
    build: Build,
    stop: threading.Event,
    clock: Clock = utc_now,
    deliver: Callable[..., DeliveryReport] = deliver_pending,
    step: float = 0.5,
) -> None:
    """Run until ``stop`` is set (the CLI sets it on SIGTERM and SIGINT)."""
    sched = config.schedule
    names = ", ".join(c.name for c in config.channels) or "none"
    log.info("newsdesk run: time zone %s, channels: %s", sched.timezone, names)
    owed: dict[tuple[str, date], float] = {}  # editions to publish -> not before (monotonic)
    due = last_due(clock(), sched)
    if due and not is_published(store, config, due[0], edition_date(due[1], sched)):
        log.info("catching up: the %s edition due at %s was not published", due[0], due[1].isoformat())
        owed[(due[0], edition_date(due[1], sched))] = 0.0
    kind, at = next_due(clock(), sched)
    log.info("next edition: %s at %s", kind, at.isoformat())
    next_poll = next_retry = 0.0  # watch at once; deliver what an earlier run left owed
    while not stop.is_set():
        now = clock()
        if now >= at:
            latest = last_due(now, sched) or (kind, at)
            owed[(latest[0], edition_date(latest[1], sched))] = 0.0
            kind, at = next_due(now, sched)
            log.info("next edition: %s at %s", kind, at.isoformat())
        if time.monotonic() >= next_poll:
            try:
                poll(stop)
            except Exception:
                log.exception("watching the sources failed")
            next_poll = time.monotonic() + config.poll_minutes * 60
        ready = [key for key, after in owed.items() if after <= time.monotonic()]
        for key in ready:
            if stop.is_set():
                break
            if publish_due(store, config, build, *key):
                del owed[key]
            else:
                owed[key] = time.monotonic() + config.retry_minutes * 60
        if ready or (time.monotonic() >= next_retry and store.open_channels()):
            _deliver(store, config, deliver)
            next_retry = time.monotonic() + config.retry_minutes * 60
        stop.wait(step)
    log.info("stopped")
