"""Settings: defaults from ``defaults.toml``, overridden by ``NEWSDESK_*`` environment variables."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Settings:
    db: str
    models: tuple[str, ...]
    batch_size: int
    n_process: int
    max_bytes: int
    query_max_chars: int
    query_max_terms: int
    query_seconds: float
    languages: tuple[str, ...] = ("en",)
    stories_active_days: int = 7


@lru_cache(maxsize=1)
def _defaults() -> dict[str, Any]:
    """The packaged defaults file, read and parsed once per process (it never changes while
    newsdesk runs; every store read asks for its time budget)."""
    return tomllib.loads(resources.files("newsdesk").joinpath("defaults.toml").read_text("utf-8"))


def load_settings() -> Settings:
    """The settings now: the defaults, overridden by the environment as it is at this call."""
    raw = _defaults()
    env = os.environ
    return Settings(
        db=env.get("NEWSDESK_DB", raw["store"]["db"]),
        models=tuple((env.get("NEWSDESK_MODEL") or ",".join(raw["nlp"]["models"])).split(",")),
        batch_size=int(env.get("NEWSDESK_BATCH_SIZE", raw["nlp"]["batch_size"])),
        n_process=int(env.get("NEWSDESK_N_PROCESS", raw["nlp"]["n_process"])),
        max_bytes=int(env.get("NEWSDESK_MAX_BYTES", raw["ingest"]["max_bytes"])),
        query_max_chars=int(env.get("NEWSDESK_QUERY_MAX_CHARS", raw["query"]["max_chars"])),
        query_max_terms=int(env.get("NEWSDESK_QUERY_MAX_TERMS", raw["query"]["max_terms"])),
        query_seconds=float(env.get("NEWSDESK_QUERY_SECONDS", raw["query"]["budget_seconds"])),
        languages=tuple((env.get("NEWSDESK_LANGUAGES") or ",".join(raw["nlp"]["languages"])).split(",")),
        stories_active_days=int(env.get("NEWSDESK_STORIES_ACTIVE_DAYS", raw["stories"]["active_days"])),
    )


@dataclass(frozen=True)
class WatchSettings:
    """How ``newsdesk watch`` fetches (``[watch]`` in defaults.toml; NEWSDESK_WATCH_* override)."""

    user_agent: str = "newsdesk/0.1.0"
    per_host_rps: float = 1.0
    timeout: float = 20.0
    max_bytes: int = 10_000_000
    poll_interval: float = 900.0
    max_retries: int = 3
    max_redirects: int = 5
    max_items_per_feed: int = 100
    batch_size: int = 32


def load_watch_settings() -> WatchSettings:
    """The ``[watch]`` settings now; ``{version}`` in the user agent becomes newsdesk's version."""
    from newsdesk import __version__

    raw = _defaults()["watch"]
    env = os.environ

    def get(name: str) -> Any:
        return env.get(f"NEWSDESK_WATCH_{name.upper()}", raw[name])

    return WatchSettings(
        user_agent=str(get("user_agent")).replace("{version}", __version__),
        per_host_rps=float(get("per_host_rps")),
        timeout=float(get("timeout")),
        max_bytes=int(get("max_bytes")),
        poll_interval=float(get("poll_interval")),
        max_retries=int(get("max_retries")),
        max_redirects=int(get("max_redirects")),
        max_items_per_feed=int(get("max_items_per_feed")),
        batch_size=int(env.get("NEWSDESK_BATCH_SIZE", _defaults()["nlp"]["batch_size"])),
    )
