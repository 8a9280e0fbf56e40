"""Fixtures for the web tests: a small file store of invented stories (no model) and a client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from digest._fixtures import week
from newsdesk.store import Store
from newsdesk.web import create_app


@pytest.fixture
def web_db(tmp_path: Path) -> tuple[str, dict[str, int]]:
    """A database file with the digest tests' week of stories; returns its path and title -> id."""
    path = str(tmp_path / "web.db")
    with Store(path) as store:
        ids = week(store)
    return path, ids


@pytest.fixture
def client(web_db: tuple[str, dict[str, int]]) -> Iterator[TestClient]:
    with TestClient(create_app(web_db[0])) as c:
        yield c
