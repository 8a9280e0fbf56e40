"""Telegram: each outbox row is one ``sendMessage`` call (HTML parse mode), paced and retried.

Telegram allows about one message a second to one chat and thirty a second overall, and
answers 429 with ``parameters.retry_after`` when pushed harder: the limiter keeps to both, and
a 429 waits as told and tries the same message again. Any other error raises
``DeliveryError`` (the outbox marks the row failed and stops the channel for this run, so the
order of the messages is kept). Error texts never contain the bot token.
"""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable

import httpx

from newsdesk.delivery.config import TelegramChannel
from newsdesk.errors import DeliveryError

#: 429 answers tolerated for one message before it counts as failed.
MAX_429 = 5
#: The longest ``retry_after`` honoured by waiting; longer ones fail the row for a later run.
MAX_WAIT = 300.0


class RateLimiter:
    """At least ``interval`` seconds between messages to one chat, at most ``per_second`` overall."""

    def __init__(self, per_second: int = 30, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.per_second = per_second
        self._clock, self._sleep = clock, sleep
        self._last: dict[str, float] = {}
        self._recent: collections.deque[float] = collections.deque(maxlen=per_second)
        self._lock = threading.Lock()

    def wait(self, chat: str, interval: float) -> None:
        with self._lock:
            now = self._clock()
            ready = self._last.get(chat, -1e18) + interval
            if len(self._recent) == self.per_second:
                ready = max(ready, self._recent[0] + 1.0)
            if ready > now:
                self._sleep(ready - now)
                now = self._clock()
            self._last[chat] = now
            self._recent.append(now)


#: One limiter per process: the service's runs share it, as they share the bot's limits.
LIMITER = RateLimiter()


class TelegramSender:
    """Sends message texts to one channel's chat through the Bot API (``api_base`` configurable)."""

    def __init__(self, channel: TelegramChannel, limiter: RateLimiter = LIMITER,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.channel = channel
        self.limiter = limiter
        self._sleep = sleep
        self._client = httpx.Client(timeout=channel.timeout)
        self._url = f"{channel.api_base}/bot{channel.token}/sendMessage"

    def close(self) -> None:
        self._client.close()

    def _secret_free(self, text: str) -> str:
        return text.replace(self.channel.token, "<token>") if self.channel.token else text

    def send(self, text: str) -> None:
        """Deliver one message; returns once Telegram said ok, raises DeliveryError otherwise."""
        body = {"chat_id": self.channel.chat_id, "text": text, "parse_mode": "HTML",
                "disable_web_page_preview": True}
        for _ in range(MAX_429 + 1):
            self.limiter.wait(self.channel.chat_id, self.channel.min_interval)
            try:
                response = self._client.post(self._url, json=body)
                answer = response.json()
            except (httpx.HTTPError, ValueError) as exc:
                raise DeliveryError(self._secret_free(f"Telegram API unreachable: {type(exc).__name__}: {exc}"
                )) from None
            if response.status_code == 200 and answer.get("ok"):
                return
            wait = (answer.get("parameters") or {}).get("retry_after")
            if response.status_code == 429 and isinstance(wait, int | float) and wait <= MAX_WAIT:
                self._sleep(float(wait))
                continue
            described = answer.get("description") or response.reason_phrase
            raise DeliveryError(self._secret_free(f"Telegram API error {response.status_code}: {described}"))
        raise DeliveryError(f"Telegram kept answering 429 (too many requests) after {MAX_429} waits")
