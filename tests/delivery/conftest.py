"""Fixtures for the delivery tests: the servers of ``delivery_kit`` started and stopped per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from delivery_kit import TOKEN, SmtpServer, TelegramStandIn


@pytest.fixture
def telegram() -> Iterator[TelegramStandIn]:
    stand_in = TelegramStandIn()
    yield stand_in
    stand_in.close()


@pytest.fixture
def smtp_server(tmp_path: Path) -> Iterator[SmtpServer]:
    server = SmtpServer(tmp_path, "digest@news.example", "s3cret")
    yield server
    server.close()


@pytest.fixture
def write_config(tmp_path: Path) -> Callable[[str], str]:
    """``write_config(toml_text)`` -> the path of a delivery config file holding it."""

    def write(text: str) -> str:
        path = tmp_path / "newsdesk.toml"
        path.write_text(text, encoding="utf-8")
        return str(path)

    return write


@pytest.fixture
def tg_env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("TEST_TG_TOKEN", TOKEN)
    return {"TEST_TG_TOKEN": TOKEN}
