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
