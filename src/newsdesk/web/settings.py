"""The web app's settings: ``[web]`` in defaults.toml, ``NEWSDESK_WEB_*`` and the token's variable."""

from __future__ import annotations

import os
from dataclasses import dataclass

from newsdesk.config import _defaults


@dataclass(frozen=True)
class WebSettings:
    """How ``newsdesk serve`` listens and what it accepts.

    ``token`` is read from the environment variable named by ``token_env`` (never from a
    file in the repository); without it the app is read-only and ``POST /api/ingest`` is refused.
    """

    host: str = "127.0.0.1"
    port: int = 8000
    max_body_bytes: int = 10_000_000
    page_size: int = 50
    max_page_size: int = 500
    token_env: str = "NEWSDESK_API_TOKEN"
    token: str | None = None


def load_web_settings() -> WebSettings:
    raw = dict(_defaults().get("web", {}))
    env = os.environ

    def get(name: str) -> object:
        return env.get(f"NEWSDESK_WEB_{name.upper()}", raw.get(name, getattr(WebSettings, name)))

    token_env = str(get("token_env"))
    return WebSettings(
        host=str(get("host")), port=int(str(get("port"))), max_body_bytes=int(str(get("max_body_bytes"))),
        page_size=int(str(get("page_size"))), max_page_size=int(str(get("max_page_size"))),
        token_env=token_env, token=env.get(token_env) or None,
    )
