"""/search and /api/search: hits, facets that count right, safe highlights, hostile queries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsdesk.store import MARK
from newsdesk.web import create_app
from newsdesk.web.routes._lists import marked
from web._lists_fixtures import lists_store


@pytest.fixture
def api(tmp_path: Path) -> Iterator[TestClient]:
    path = str(tmp_path / "search.db")
    lists_store(path)
    with TestClient(create_app(path)) as c:
        yield c


def search(api: TestClient, **params: object) -> dict:
    response = api.get("/api/search", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_hits_are_paginated_with_the_total(api: TestClient) -> None:
    every = search(api, q="Portvale")
    assert every["total"] == 5 and len(every["items"]) == 5
    first, rest = search(api, q="Portvale", limit=2), search(api, q="Portvale", limit=2, offset=2)
    assert first["total"] == rest["total"] == 5
    assert [h["id"] for h in first["items"] + rest["items"]] == [h["id"] for h in every["items"]][:4]
    page = api.get("/search", params={"q": "Portvale", "limit": 2}).text
    assert "1–2 of 5 articles" in page and 'href="/search?q=Portvale&amp;offset=2&amp;limit=2"' in page


def test_facet_counts_are_the_counts_of_the_matches(api: TestClient) -> None:
    found = search(api, q="strike OR dam")
    facets = found["facets"]
    assert facets["considered"] == found["total"] == 7
    outlets = {f["key"]: f["count"] for f in facets["outlets"]}
    assert outlets == {"Harbour Post": 3, "River Times": 2, "Coast Herald": 1, "Bay Courier": 1}
    for outlet, n in outlets.items():  # a facet value narrows the search to exactly its count
        assert search(api, q="strike OR dam", outlet=outlet)["total"] == n
    months = {f["key"]: f["count"] for f in facets["months"]}
    assert months == {"2026-05": 6, "2026-06": 1}
    assert search(api, q="strike OR dam", month="2026-06")["total"] == 1
    people = {f["label"]: f["count"] for f in facets["people"]}
    assert people == {"Mara Quint": 5, "Tomas Reyk": 2}
    quint = next(f["key"] for f in facets["people"] if f["label"] == "Mara Quint")
    assert search(api, q="strike OR dam", person=quint)["total"] == 5
    stories = facets["stories"]
    assert sum(f["count"] for f in stories) == 7 and stories[0]["count"] == 5
    assert search(api, q="strike OR dam", story=stories[0]["key"])["total"] == 5


def test_the_page_shows_facets_as_links_that_narrow(api: TestClient) -> None:
    page = api.get("/search", params={"q": "strike OR dam"}).text
    assert 'href="/search?q=strike+OR+dam&amp;outlet=River+Times"' in page
    assert "Counts over all 7 matches." in page
    narrowed = api.get("/search", params={"q": "strike OR dam", "outlet": "River Times"}).text
    assert "1–2 of 2 articles" in narrowed and 'name="outlet" value="River Times"' in narrowed


def test_quotes_are_searched_too(api: TestClient) -> None:
    found = search(api, q="dam hold")
    assert found["quotes"]["total"] == 1 and found["quotes"]["items"][0]["speaker"] == "Tomas Reyk"
    page = api.get("/search", params={"q": "dam hold"}).text
    assert "The dam will hold through the summer" in page


def test_snippets_are_highlighted_and_the_rest_escaped(api: TestClient) -> None:
    hit = search(api, q="overflowed")["items"][0]
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end] == "overflowed" and MARK[0] not in hit["snippet"]
    assert "<mark>overflowed</mark>" in api.get("/search", params={"q": "overflowed"}).text
    hostile = f"<b>{MARK[0]}x&y{MARK[1]}</b> {MARK[1]}"
    assert str(marked(hostile)) == "&lt;b&gt;<mark>x&amp;y</mark>&lt;/b&gt; "
    assert str(marked(f"{MARK[0]}open")) == "<mark>open</mark>"


HOSTILE_QUERIES = [
    "x" * 50_000,  # very long
    " ".join(f"w{i}" for i in range(5000)),  # thousands of terms
    " ".join("ab" for _ in range(400)),  # many terms within the length limit
    '"unbalanced', "(strike", "strike)", "((((((((((((((((((((strike))))))))))))))))))))",
    "*", "***", "-", "NOT", "OR OR", "NEAR(", 'NEAR("a" "b", 99999999999999999999)',
    "'; DROP TABLE articles; --", "1' OR '1'='1", "strike\x00dam", "\x00", "a*" * 300,
    "<script>alert(1)</script>", "strike" + "\ud7ff" * 10, "\u202e strike",
]


@pytest.mark.parametrize("q", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
def test_hostile_queries_get_a_clear_400_or_results(api: TestClient, q: str) -> None:
    for path in ("/api/search", "/search", "/api/quotes", "/quotes", "/searches"):
        key = "words" if "quotes" in path else "q"
        response = api.get(path, params={key: q})
        assert response.status_code in (200, 400), (path, response.status_code)
        if response.status_code == 400:
            message = response.json()["detail"] if path.startswith("/api") else response.text
            assert any(w in message for w in ("query", "quote", "parenthes", "character", "NOT", "OR", "NEAR",
                                              "excludes", "words", "limit")), message[:300]
    assert api.get("/api/tables", params={"q": q}).status_code == 404  # nothing else answers


def test_a_malformed_query_keeps_the_form_and_says_what_to_change(api: TestClient) -> None:
    page = api.get("/search", params={"q": "(strike"})
    assert page.status_code == 400 and 'value="(strike"' in page.text
    assert "never closed" in page.text
    response = api.get("/api/search", params={"q": "(strike"})
    assert response.status_code == 400 and "never closed" in response.json()["detail"]
    assert api.get("/api/search").status_code == 400
    assert api.get("/api/search", params={"q": "x", "month": "May"}).status_code == 400


def test_the_search_page_without_a_query_is_the_form(api: TestClient) -> None:
    page = api.get("/search")
    assert page.status_code == 200 and 'name="q"' in page.text and "Query syntax" in page.text


def test_a_page_shows_hits_shown_hits_unless_a_limit_is_asked(api: TestClient, monkeypatch) -> None:  # noqa: ANN001
    import newsdesk.web.routes.search as routes

    monkeypatch.setattr(routes, "HITS_SHOWN", 2)
    found = search(api, q="Portvale")
    assert (found["total"], found["limit"], len(found["items"])) == (5, 2, 2)
    assert len(search(api, q="Portvale", limit=4)["items"]) == 4
    page = api.get("/search", params={"q": "Portvale"}).text
    assert "1–2 of 5 articles" in page and "offset=2" in page
