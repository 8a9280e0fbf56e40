"""Telegram through a local Bot API stand-in: order, 429 handling, and never twice, never lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import newsdesk
from delivery_kit import TOKEN, make_edition, telegram_toml
from newsdesk.delivery import deliver_pending, load_config, publish
from newsdesk.delivery.config import TelegramChannel
from newsdesk.delivery.telegram import RateLimiter, TelegramSender
from newsdesk.errors import DeliveryError
from newsdesk.store import Store


def _parts(store: Store) -> list[str]:
    return [d.payload for d in store.deliveries()]


def test_an_edition_arrives_as_its_parts_in_order_once(store, telegram, write_config, tg_env):
    config = load_config(write_config(telegram_toml(telegram.url)))
    edition = make_edition(stories=12, words=120)
    publish(store, edition, config)
    planned = _parts(store)
    assert len(planned) >= 3  # 12 long stories do not fit one message

    report = deliver_pending(store, config)

    assert telegram.problems == []
    assert telegram.accepted == planned
    assert report.sent == len(planned) and report.failed == []
    assert "Story 1: harbour council vote" in planned[0] and "Story 12:" in planned[-1]
    for n in range(1, 13):  # a story is never split between messages
        assert sum(f"<b>{n}. Story {n}:" in p for p in planned) == 1
    assert deliver_pending(store, config).sent == 0  # nothing is sent twice
    assert len(telegram.accepted) == len(planned)


def test_a_429_is_waited_out_as_told_then_the_same_message_is_sent(telegram):
    telegram.rate_limit_at = {2}
    waits: list[float] = []
    channel = TelegramChannel(name="tg", chat_id="-100777", token=TOKEN, api_base=telegram.url,
                              min_interval=0.0)
    sender = TelegramSender(channel, limiter=RateLimiter(), sleep=waits.append)
    for text in ("<b>one</b>", "two", "three"):
        sender.send(text)
    sender.close()
    assert waits == [1.0]
    assert telegram.requests == 4
    assert telegram.accepted == ["<b>one</b>", "two", "three"]


def test_deliver_honours_a_429_within_a_run(store, telegram, write_config, tg_env):
    telegram.rate_limit_at = {1}
    config = load_config(write_config(telegram_toml(telegram.url)))
    publish(store, make_edition(stories=2), config)
    report = deliver_pending(store, config)
    assert report.sent == 1 and telegram.accepted == _parts(store)
    assert [d.attempts for d in store.deliveries()] == [1]


def test_an_error_answer_fails_the_part_with_a_message_free_of_the_token(store, telegram, write_config,
                                                                          monkeypatch):
    monkeypatch.setenv("TEST_TG_TOKEN", "999:wrong")
    config = load_config(write_config(telegram_toml(telegram.url)))
    publish(store, make_edition(), config)
    report = deliver_pending(store, config)
    [row] = store.deliveries()
    assert row.status == "failed" and row.attempts == 1
    assert "404" in row.last_error and "999:wrong" not in row.last_error
    assert report.failed == [("tg", row.id, row.last_error)]


def test_a_dropped_connection_stops_the_channel_and_the_next_run_sends_only_the_rest(
        store, telegram, write_config, tg_env):
    config = load_config(write_config(telegram_toml(telegram.url)))
    publish(store, make_edition(stories=12, words=120), config)
    publish(store, make_edition(stories=1, day="2024-03-30"), config)
    planned = _parts(store)
    telegram.drop_after = 2

    first = deliver_pending(store, config)

    assert first.sent == 2 and len(first.failed) == 1 and first.left == len(planned) - 3
    assert [d.status for d in store.deliveries()][:4] == ["sent", "sent", "failed", "pending"]
    assert telegram.accepted == planned[:2]
    with_error = store.deliveries()[2]
    assert "Telegram API unreachable" in with_error.last_error

    second = deliver_pending(store, config)

    assert second.sent == len(planned) - 2 and second.failed == []
    assert telegram.accepted == planned  # every part once, in order, the next edition after
    assert store.deliveries()[2].attempts == 2


SEND = """
import sys
from newsdesk.delivery import deliver_pending, load_config
from newsdesk.store import Store
with Store(sys.argv[1]) as store:
    deliver_pending(store, load_config(sys.argv[2]))
"""


def test_a_killed_delivery_resends_only_the_missing_parts(tmp_path, telegram, write_config, tg_env):
    db = str(tmp_path / "news.db")
    path = write_config(telegram_toml(telegram.url))
    config = load_config(path)
    with Store(db) as store:
        publish(store, make_edition(stories=12, words=120), config)
        planned = _parts(store)
    telegram.hang_after = 2
    env = {**os.environ, **tg_env, "PYTHONPATH": str(Path(newsdesk.__file__).parents[1])}
    child = subprocess.Popen([sys.executable, "-c", SEND, db, path], env=env)
    try:
        assert telegram.hanging.wait(20), "the child never reached the third part"
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        child.kill()
        telegram.release.set()
    assert child.returncode == -signal.SIGKILL
    with Store(db) as store:
        assert [d.status for d in store.deliveries()][:3] == ["sent", "sent", "pending"]
        report = deliver_pending(store, config)
    assert report.sent == len(planned) - 2
    assert telegram.accepted == planned
    assert telegram.problems == []


def test_errors_from_an_unreachable_api_name_no_token(telegram):
    channel = TelegramChannel(name="tg", chat_id="-100777", token=TOKEN, api_base="http://127.0.0.1:9",
                              timeout=2.0)
    sender = TelegramSender(channel, limiter=RateLimiter(), sleep=lambda s: None)
    try:
        sender.send("hello")
    except DeliveryError as exc:
        assert TOKEN not in str(exc) and "unreachable" in str(exc)
    else:
        raise AssertionError("an unreachable API must raise DeliveryError")
    finally:
        sender.close()
