"""Extraction never reaches the network, whatever the input (found by the fuzz test)."""

from __future__ import annotations

import socket

import pytest

from newsdesk.errors import ExtractionError
from newsdesk.extract import extract
from newsdesk.models import Document


@pytest.mark.parametrize("content", ["https://example.com/news/2024/03/05/story", "http://x"])
def test_an_html_document_that_is_only_a_url_is_not_fetched(
    content: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        calls.append(args[:2])
        raise OSError("network access in a test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    with pytest.raises(ExtractionError):
        extract(Document(source="feed.jsonl:1", kind="html", content=content))
    assert calls == []
