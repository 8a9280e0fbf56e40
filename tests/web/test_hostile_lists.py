"""Hostile articles and hostile query strings on every page and feed of the lists, search,
saved searches and topics: markup in titles, outlets, names and quotes is shown as text, a
``javascript:`` link is never a link, and feeds stay well-formed XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsdesk.digest.topics import make_topic
from newsdesk.store import Store
from newsdesk.web import create_app
from newsdesk.web.settings import WebSettings
from web._lists_fixtures import H_NAME, H_OUTLET, H_QUOTE, H_TITLE, RAW, lists_store

EVIL = '"><script>alert("q")</script><a href="javascript:alert(5)">x</a>'


@pytest.fixture
def api(tmp_path: Path) -> Iterator[TestClient]:
    path = str(tmp_path / "hostile.db")
    lists_store(path, hostile=True)
    with Store(path) as store:
        store.add_saved_search(f"{H_TITLE} search", "strike")
        store.add_topic(make_topic("<script>alert(6)</script>", words="strike", people=[H_NAME]))
    with TestClient(create_app(path, WebSettings(token="t"))) as c:
        yield c


def assert_inert(html: str) -> None:
    for raw in RAW:
        assert raw not in html, raw


PAGES = [
    ("/quotes", {"speaker": "Eve Dray"}),
    ("/quotes", {"outlet": H_OUTLET}),
    ("/events", {"actor": "Eve Dray"}),
    ("/events", {"outlet": H_OUTLET}),
    ("/search", {"q": "strike again"}),
    ("/searches", {}),
    ("/topics", {}),
]


@pytest.mark.parametrize("path, params", PAGES)
def test_hostile_article_text_is_escaped_on_every_page(api: TestClient, path: str, params: dict) -> None:
    response = api.get(path, params=params)
    assert response.status_code == 200
    html = response.text
    assert_inert(html)
    assert 'href="javascript:' not in html.lower()
    assert "&lt;" in html  # the markup is there, as text


def test_the_hostile_rows_are_shown_as_text(api: TestClient) -> None:
    quotes = api.get("/quotes", params={"speaker": "Eve Dray"}).text
    assert "&lt;img src=x onerror=alert(1)&gt;Eve Dray" in quotes
    assert "&lt;a href=&#34;javascript:alert(3)&#34;&gt;click&lt;/a&gt; and strike again" in quotes
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in quotes
    search = api.get("/search", params={"q": "strike again"}).text
    assert "&lt;b onmouseover=alert(2)&gt;Evil Gazette&lt;/b&gt;" in search  # outlet, in a hit and a facet
    assert "javascript:alert(4)" not in search  # the stored URL is not shown as a link at all


@pytest.mark.parametrize("path, key", [("/search", "q"), ("/quotes", "speaker"), ("/quotes", "words"),
                                       ("/events", "actor"), ("/events", "place"), ("/searches", "q"),
                                       ("/quotes", "outlet"), ("/search", "outlet")])
def test_a_hostile_query_string_is_escaped(api: TestClient, path: str, key: str) -> None:
    params = {key: EVIL} if key != "outlet" else {key: EVIL, "q": "strike"}
    response = api.get(path, params=params)
    assert response.status_code in (200, 400)
    assert '<script>alert("q")' not in response.text and 'href="javascript:alert(5)' not in response.text
    assert "&lt;script&gt;" in response.text


def test_the_api_returns_hostile_text_as_data_and_drops_script_links(api: TestClient) -> None:
    hit = next(h for h in api.get("/api/search", params={"q": "strike again"}).json()["items"]
               if h["title"] == H_TITLE)
    assert hit["url"] is None and hit["publisher"] == H_OUTLET
    quote = api.get("/api/quotes", params={"words": "strike again"}).json()["items"][0]
    assert quote["content"]["text"] == H_QUOTE and quote["speaker"] == H_NAME
    response = api.get("/api/quotes", params={"words": "strike again"})
    assert response.headers["content-type"] == "application/json"


def test_downloads_carry_the_text_unchanged(api: TestClient) -> None:
    csv_text = api.get("/api/quotes", params={"speaker": "Eve Dray", "format": "csv"}).text
    assert H_QUOTE.replace('"', '""') in csv_text and H_OUTLET not in csv_text.splitlines()[0]
    assert api.get("/api/quotes", params={"speaker": "Eve Dray", "format": "csv"}).headers[
        "content-type"].startswith("text/csv")


def test_feeds_stay_well_formed_with_hostile_text(api: TestClient) -> None:
    sid = api.get("/api/searches").json()["items"][0]["id"]
    saved = api.get(f"/searches/{sid}/feed.atom")
    root = ET.fromstring(saved.content)
    titles = [e.findtext("{http://www.w3.org/2005/Atom}title") for e in root.iter("{http://www.w3.org/2005/Atom}entry")]
    assert H_TITLE in titles  # the title is text inside the XML, not markup
    assert b"<script>" not in saved.content and b'href="javascript:' not in saved.content
    topic = api.get("/api/topics").json()["items"][0]["links"]["feed"]
    response = api.get(topic)
    assert response.status_code == 200 and ET.fromstring(response.content).tag.endswith("feed")
    assert b"<script>" not in response.content
