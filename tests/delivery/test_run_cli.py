"""``newsdesk run`` as a real process: publishes the due edition to a local Telegram stand-in,
logs to stderr and stops cleanly on SIGTERM; ``newsdesk deliver`` sends what is owed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

import newsdesk
from delivery_kit import make_edition, telegram_toml
from newsdesk.cli.app import app
from newsdesk.delivery import load_config, publish
from newsdesk.store import Store

MAIN = "from newsdesk.cli.app import main; main()"


def test_run_publishes_the_due_edition_and_stops_on_sigterm(tmp_path, telegram, write_config, tg_env):
    config = write_config('[schedule]\ntimezone = "Europe/Berlin"\n' + telegram_toml(telegram.url))
    db = str(tmp_path / "news.db")
    env = {**os.environ, **tg_env, "PYTHONPATH": str(Path(newsdesk.__file__).parents[1]),
           "NEWSDESK_CONFIG": config}
    child = subprocess.Popen(
        [sys.executable, "-c", MAIN, "run", "--db", db, "--no-watch", "--now", "2024-03-29T07:00:30+01:00"],
        env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while not telegram.accepted and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert telegram.accepted, "no message reached the stand-in"
        child.send_signal(signal.SIGTERM)
        _, stderr = child.communicate(timeout=15)
    finally:
        child.kill()
        child.wait()
    assert child.returncode == 0, stderr
    assert "catching up: the daily edition due at 2024-03-29T07:00:00+01:00" in stderr
    assert "recorded edition daily 2024-03-29" in stderr
    assert "tg: sent edition daily/2024-03-29/ part 1/1" in stderr
    assert "SIGTERM received: stopping" in stderr and stderr.rstrip().endswith("newsdesk.run: stopped")
    assert "Traceback" not in stderr
    assert len(telegram.accepted) == 1 and telegram.problems == []
    with Store(db) as store:
        assert [d.status for d in store.deliveries()] == ["sent"]


def test_deliver_sends_what_is_owed_and_exits_3_when_a_channel_fails(tmp_path, telegram, write_config,
                                                                     tg_env):
    good = telegram_toml(telegram.url, name="tg")
    bad = telegram_toml("http://127.0.0.1:9", name="down", extra="timeout = 2")
    path = write_config(good + bad)
    db = str(tmp_path / "news.db")
    with Store(db) as store:
        publish(store, make_edition(stories=2), load_config(path))
    result = CliRunner().invoke(app, ["deliver", "--config", path, "--db", db])
    assert result.exit_code == 3, result.output
    assert "1 sent, 1 failed, 0 waiting" in result.output
    assert len(telegram.accepted) == 1
    result = CliRunner().invoke(app, ["deliver", "--config", str(tmp_path / "missing.toml"), "--db", db])
    assert result.exit_code == 1 and "missing.toml does not exist" in " ".join(result.output.split())


def test_publish_records_the_edition_once_and_sends_it(tmp_path, telegram, write_config, tg_env):
    """The cron route: ``publish`` builds the edition of a date for the config's topics, records
    it and delivers it; a second run (cron firing twice) sends nothing more."""
    path = write_config(telegram_toml(telegram.url))
    db = str(tmp_path / "news.db")
    runner = CliRunner()
    first = runner.invoke(app, ["publish", "--kind", "weekend", "--date", "2024-03-30",
                                "--config", path, "--db", db])
    assert first.exit_code == 0, first.output
    assert "1 sent, 0 failed, 0 waiting" in first.output
    again = runner.invoke(app, ["publish", "--kind", "weekend", "--date", "2024-03-30",
                                "--config", path, "--db", db])
    assert again.exit_code == 0 and "0 sent, 0 failed, 0 waiting" in again.output
    assert len(telegram.accepted) == 1
    with Store(db) as store:
        assert [(d.edition_key, d.status) for d in store.deliveries()] == [("weekend/2024-03-30/", "sent")]
    bad = runner.invoke(app, ["publish", "--kind", "monthly", "--config", path, "--db", db])
    assert bad.exit_code == 1 and "monthly" in bad.output


def test_publish_without_a_date_uses_today_in_the_schedule_zone(tmp_path, telegram, write_config, tg_env):
    """Without ``--date`` the edition is today's in the configured zone (this once called the
    zone property as a function and failed; mypy found it)."""
    path = write_config(telegram_toml(telegram.url))
    result = CliRunner().invoke(app, ["publish", "--kind", "daily", "--config", path,
                                      "--db", str(tmp_path / "news.db")])
    assert result.exit_code == 0, result.output
    assert "not callable" not in result.output
