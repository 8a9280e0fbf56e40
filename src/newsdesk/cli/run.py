"""The delivery commands: ``newsdesk run`` (the long-running service), ``newsdesk publish`` and
``newsdesk deliver`` (the same work from cron).

Registered on the app in ``cli/app.py``. Both read the delivery config file (``--config`` or
``NEWSDESK_CONFIG``) and log to stderr; the work is in ``newsdesk.delivery``.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Annotated, cast

import typer

from newsdesk.cli._common import (
    DbOption,
    ModelOption,
    check_date,
    fail,
    load_nlp,
    open_store,
    out,
    user_errors,
)
from newsdesk.store import Store

if TYPE_CHECKING:
    from spacy.language import Language

    from newsdesk.models import Edition

#: Exit status when some deliveries failed (they stay in the outbox for the next run).
EXIT_ITEMS_FAILED = 3

log = logging.getLogger("newsdesk.run")

ConfigOption = Annotated[
    str | None,
    typer.Option("--config", envvar="NEWSDESK_CONFIG", show_default=False,
                 help="Delivery config file (TOML; README \"Delivery\"). Default: $NEWSDESK_CONFIG."),
]


def _log_to_stderr() -> None:
    logging.basicConfig(stream=sys.stderr, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@user_errors
def publish_command(
    kind: Annotated[
        str | None, typer.Option("--kind", help="daily or weekend (default: by the date's weekday).")
    ] = None,
    day: Annotated[
        str | None,
        typer.Option("--date", help="YYYY-MM-DD (default: today in the config's time zone)."),
    ] = None,
    config: ConfigOption = None,
    db: DbOption = None,
) -> None:
    """Publish an edition now (for cron): build it for every topic of the delivery config, record
    it in the outbox (once: an edition published before is not again), then deliver what is owed.

    Exit status 3 when a channel failed; its messages stay in the outbox for the next run.
    """
    from newsdesk.delivery import load_config
    from newsdesk.delivery.service import publish_due
    from newsdesk.digest import KINDS, default_kind

    _log_to_stderr()
    check_date(day, "--date")
    if kind is not None and kind not in KINDS:
        raise fail(f"--kind {kind!r} is not a kind: use {' or '.join(KINDS)}")
    cfg = load_config(config)
    when = date.fromisoformat(day) if day else datetime.now(cfg.schedule.zone).date()
    with open_store(db, create=True) as store:
        if not publish_due(store, cfg, _build(store), kind or default_kind(when), when):
            raise fail("an edition could not be built (logged above); run publish again")
    deliver_command(config, db)


@user_errors
def deliver_command(config: ConfigOption = None, db: DbOption = None) -> None:
    """Send every delivery still owed (pending, or failed before), in order, then exit.

    Exit status 3 when a channel failed; its messages stay in the outbox for the next run.
    """
    from newsdesk.delivery import deliver_pending, load_config

    _log_to_stderr()
    cfg = load_config(config)
    with open_store(db) as store:
        report = deliver_pending(store, cfg)
    out().print(f"{report.sent} sent, {len(report.failed)} failed, {report.left} waiting")
    if report.failed:
        names = ", ".join(name for name, _, _ in report.failed)
        raise fail(f"delivery failed on {names}; the outbox keeps the messages for the next run",
                   EXIT_ITEMS_FAILED)


def _clock(now: str | None) -> Callable[[], datetime]:
    """The real time, or (``--now``, for tests) a clock that starts at ``now`` and runs."""
    if now is None:
        from newsdesk.delivery.service import utc_now

        return utc_now
    try:
        start = datetime.fromisoformat(now)
    except ValueError:
        raise fail(f"--now {now!r} is not an ISO date-time like 2024-03-29T07:00:00+01:00") from None
    if start.tzinfo is None:
        raise fail(f"--now {now!r} needs a UTC offset, like 2024-03-29T07:00:00+01:00")
    began = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - began)


def _poll(store: Store, model: str | None, watch: bool) -> Callable[[threading.Event], None]:
    """One round of watching the sources (``newsdesk.sources.watch_once``), if there is one."""
    if not watch:
        return lambda stop: None
    from newsdesk.config import load_watch_settings
    from newsdesk.sources.watch import watch_once

    state: dict[str, object] = {}

    def poll(stop: threading.Event) -> None:
        if "nlp" not in state:
            state["nlp"] = load_nlp(model)
        report = watch_once(store, cast("Language", state["nlp"]), load_watch_settings(), stop=stop)
        log.info("watched: %d new items, %d stored, %d duplicates, %d errors", report.items_new,
                 report.stored, report.duplicates, len(report.errors))

    return poll


def _build(store: Store) -> Callable[[str, date, str | None], Edition]:
    from newsdesk.digest import build_edition

    return lambda kind, day, topic: build_edition(store, kind, day, topic)


@user_errors
def run_command(
    config: ConfigOption = None,
    db: DbOption = None,
    watch: Annotated[
        bool, typer.Option("--watch/--no-watch", help="Watch the sources too (off: publish, deliver).")
    ] = True,
    now: Annotated[
        str | None,
        typer.Option("--now", help="For tests: start the clock at this ISO date-time (with UTC offset)."),
    ] = None,
    model: ModelOption = None,
) -> None:
    """The long-running service: watch the sources, publish each edition on its schedule, deliver it.

    Logs to stderr; SIGTERM or Ctrl-C stops it cleanly (exit status 0). An edition missed while
    it was down is published once on start.
    """
    from newsdesk.delivery import load_config
    from newsdesk.delivery.service import run_service

    _log_to_stderr()
    cfg = load_config(config)
    clock = _clock(now)
    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        log.info("%s received: stopping", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    with open_store(db, create=True) as store:
        run_service(store, cfg, _poll(store, model, watch), _build(store), stop, clock)
