"""The delivery config file (TOML): channels, the publishing schedule, the service's pace.

Secrets never live in the file: a channel names the environment variable that holds its
password or token (``password_env``, ``token_env``), and loading fails with that name when it
is not set. Unknown keys are errors, so a typo does not silently disable a channel.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsdesk.errors import ConfigError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
KINDS = ("daily", "weekend")
CONFIG_ENV = "NEWSDESK_CONFIG"


@dataclass(frozen=True)
class Schedule:
    """When editions are due, in local time of ``timezone`` (weekday numbers: Monday = 0)."""

    timezone: str = "UTC"
    daily_time: time = time(7, 0)
    daily_days: tuple[int, ...] = (0, 1, 2, 3, 4)
    weekend_time: time = time(9, 0)
    weekend_day: int = 5

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Channel:
    """What every channel has: a unique name (outbox rows refer to it), a topic, edition kinds."""

    name: str
    topic: str | None = None
    kinds: tuple[str, ...] = KINDS

    def wants(self, kind: str, topic: str | None) -> bool:
        return kind in self.kinds and topic == self.topic


@dataclass(frozen=True)
class AtomChannel(Channel):
    path: str = ""
    url: str | None = None
    title: str | None = None
    keep: int = 20


@dataclass(frozen=True)
class EmailChannel(Channel):
    host: str = ""
    port: int = 587
    starttls: bool = True
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    sender: str = ""
    to: tuple[str, ...] = ()
    ssl_cafile: str | None = None
    timeout: float = 30.0


@dataclass(frozen=True)
class TelegramChannel(Channel):
    chat_id: str = ""
    token: str = field(default="", repr=False)
    api_base: str = "https://api.telegram.org"
    min_interval: float = 1.0
    max_chars: int = 4096
    timeout: float = 30.0


@dataclass(frozen=True)
class DeliveryConfig:
    path: str
    schedule: Schedule = field(default_factory=Schedule)
    channels: tuple[Channel, ...] = ()
    poll_minutes: float = 10.0
    retry_minutes: float = 15.0

    def topics(self) -> list[str | None]:
        """Distinct topics the channels want (None: everything), in config order."""
        return list(dict.fromkeys(c.topic for c in self.channels)) or [None]


_COMMON = {"type", "name", "topic", "kinds"}
_KEYS = {
    "atom": {"path", "url", "title", "keep"},
    "email": {"host", "port", "starttls", "username", "password_env", "from", "to", "ssl_cafile", "timeout"},
    "telegram": {"chat_id", "token_env", "api_base", "min_interval", "max_chars", "timeout"},
}


def config_path(given: str | None) -> str:
    """``--config`` or ``NEWSDESK_CONFIG``; an error saying how to give one otherwise."""
    path = given or os.environ.get(CONFIG_ENV)
    if not path:
        raise ConfigError(f"no delivery config: pass --config FILE or set {CONFIG_ENV}")
    return path


def load_config(path: str | None = None, env: dict[str, str] | None = None) -> DeliveryConfig:
    """Read and check the config file; secrets come from ``env`` (default: os.environ)."""
    path = config_path(path)
    env = dict(os.environ) if env is None else env
    try:
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"delivery config {path} does not exist") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"delivery config {path} is unreadable: {exc}") from None
    where = f"delivery config {path}"
    _no_unknown(raw, {"schedule", "service", "channel"}, where)
    service = raw.get("service", {})
    _no_unknown(service, {"poll_minutes", "retry_minutes"}, f"{where} [service]")
    channels = [_channel(c, i, env, where) for i, c in enumerate(raw.get("channel", []), 1)]
    names = [c.name for c in channels]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ConfigError(f"{where}: channel names must be unique; repeated: {', '.join(dupes)}")
    return DeliveryConfig(
        path=path,
        schedule=_schedule(raw.get("schedule", {}), f"{where} [schedule]"),
        channels=tuple(channels),
        poll_minutes=_number(service, "poll_minutes", 10.0, where),
        retry_minutes=_number(service, "retry_minutes", 15.0, where),
    )


def _no_unknown(table: Any, allowed: set[str], where: str) -> None:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: expected a table")
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ConfigError(f"{where}: unknown key {', '.join(unknown)} (known: {', '.join(sorted(allowed))})")


def _number(table: dict[str, Any], key: str, default: float, where: str) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigError(f"{where}: {key} must be a positive number, not {value!r}")
    return float(value)


def _clock(value: Any, key: str, where: str) -> time:
    try:
        hours, minutes = str(value).split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ConfigError(f"{where}: {key} must be HH:MM, not {value!r}") from None


def _day(value: Any, key: str, where: str) -> int:
    day = str(value).lower()[:3]
    if day not in DAYS:
        raise ConfigError(f"{where}: {key} {value!r} is not a day ({', '.join(DAYS)})")
    return DAYS.index(day)


def _schedule(raw: dict[str, Any], where: str) -> Schedule:
    _no_unknown(raw, {"timezone", "daily_time", "daily_days", "weekend_time", "weekend_day"}, where)
    tz = str(raw.get("timezone", "UTC"))
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{where}: timezone {tz!r} is unknown (an IANA name: Europe/Berlin)") from None
    days = raw.get("daily_days", list(DAYS[:5]))
    return Schedule(
        timezone=tz,
        daily_time=_clock(raw.get("daily_time", "07:00"), "daily_time", where),
        daily_days=tuple(sorted({_day(d, "daily_days", where) for d in days})),
        weekend_time=_clock(raw.get("weekend_time", "09:00"), "weekend_time", where),
        weekend_day=_day(raw.get("weekend_day", "sat"), "weekend_day", where),
    )


def _secret(c: dict[str, Any], key: str, env: dict[str, str], where: str, required: bool) -> str | None:
    var = c.get(key)
    if var is None:
        if required:
            raise ConfigError(f"{where}: {key} (the environment variable holding the secret) is missing")
        return None
    value = env.get(str(var))
    if not value:
        raise ConfigError(f"{where}: environment variable {var} ({key}) is not set")
    return value


def _channel(c: Any, number: int, env: dict[str, str], where: str) -> Channel:
    ctype = c.get("type") if isinstance(c, dict) else None
    if ctype not in _KEYS:
        raise ConfigError(f"{where}: channel {number} has type {ctype!r}; use atom, email or telegram")
    where = f"{where} channel {number} ({ctype})"
    _no_unknown(c, _COMMON | _KEYS[ctype], where)

    def need(key: str) -> Any:
        if c.get(key) in (None, "", []):
            raise ConfigError(f"{where}: {key} is required")
        return c[key]

    kinds = tuple(c.get("kinds", KINDS))
    if not kinds or any(k not in KINDS for k in kinds):
        raise ConfigError(f"{where}: kinds must be some of {', '.join(KINDS)}, not {list(kinds)}")
    base: dict[str, Any] = {"topic": c.get("topic") or None, "kinds": kinds}
    if ctype == "atom":
        path = str(need("path"))
        return AtomChannel(name=c.get("name") or f"atom:{path}", path=path, url=c.get("url"),
                           title=c.get("title"), keep=int(_number(c, "keep", 20, where)), **base)
    if ctype == "email":
        to = need("to")
        to = (to,) if isinstance(to, str) else tuple(str(t) for t in to)
        username = c.get("username")
        return EmailChannel(
            name=c.get("name") or f"email:{','.join(to)}", host=str(need("host")),
            port=int(c.get("port", 587)), starttls=bool(c.get("starttls", True)), username=username,
            password=_secret(c, "password_env", env, where, required=bool(username)),
            sender=str(need("from")), to=to, ssl_cafile=c.get("ssl_cafile"),
            timeout=_number(c, "timeout", 30.0, where), **base,
        )
    chat = str(need("chat_id"))
    return TelegramChannel(
        name=c.get("name") or f"telegram:{chat}", chat_id=chat,
        token=_secret(c, "token_env", env, where, required=True) or "",
        api_base=str(c.get("api_base", "https://api.telegram.org")).rstrip("/"),
        min_interval=float(c.get("min_interval", 1.0)),
        max_chars=min(int(c.get("max_chars", 4096)), 4096),
        timeout=_number(c, "timeout", 30.0, where), **base,
    )
