"""The app itself: the front page over a real store, the security headers, the size limit."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsdesk.errors import StoreError
from newsdesk.web import create_app
from newsdesk.web.security import CSP


def test_the_front_page_lists_the_developing_stories(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Developing stories" in page.text
    assert "/stories/" in page.text and "Portvale strike on as talks collapse" in page.text  # a story title


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/static/newsdesk.css", "/api/openapi.json", "/no-such-page"):
        response = client.get(path)
        assert response.headers["content-security-policy"] == CSP, path
        assert response.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self';" in CSP and "unsafe-inline" not in CSP


def test_a_body_over_the_limit_is_refused(client: TestClient) -> None:
    limit = client.app.state.settings.max_body_bytes
    response = client.post("/api/ingest", content=b"x" * (limit + 1))
    assert response.status_code == 413 and str(limit) in response.json()["detail"]


def test_the_app_never_creates_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_the_icon_is_served_from_the_app(client: TestClient) -> None:
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
    assert '<link rel="icon" href="/static/favicon.svg"' in client.get("/").text
