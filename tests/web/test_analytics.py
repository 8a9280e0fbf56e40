"""/analytics and /api/analytics/*: counts, CSV equal to JSON, hostile queries and articles."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from digest._fixtures import FLOOD_1, STRIKE_1, STRIKE_2, STRIKE_2_COPY, STRIKE_3, Report, place
from newsdesk.store import Store
from newsdesk.web import create_app

HOSTILE = Report(
    "<script>alert(1)</script> strike",
    "The \"<img src=x onerror=alert(2)>\" strike spread, said =HYPERLINK(\"javascript:alert(3)\").",
    "2026-05-06", "<b>Evil</b> Outlet", "javascript:alert(4)", people=("=HYPERLINK(\"x\")",),
)
WINDOW = {"since": "2026-05-04", "until": "2026-05-06"}


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    path = str(tmp_path / "analytics.db")
    with Store(path) as store:
        for r in (STRIKE_1, FLOOD_1, STRIKE_2, STRIKE_2_COPY, STRIKE_3, HOSTILE):
            place(store, r)
    with TestClient(create_app(path)) as c:
        yield c


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_attention_json_counts_shares_and_copies(client: TestClient) -> None:
    once = client.get("/api/analytics/attention", params={"q": ["strike", "flood*"], **WINDOW}).json()
    strike, flood = once["series"]
    assert [(d["day"], d["count"], d["total"]) for d in strike["days"]] == [
        ("2026-05-04", 1, 2), ("2026-05-05", 1, 1), ("2026-05-06", 2, 2)]
    assert [d["share"] for d in flood["days"]] == [0.5, 0.0, 0.0]
    every = client.get("/api/analytics/attention", params={"q": "strike", "copies": "all", **WINDOW}).json()
    assert [(d["count"], d["total"]) for d in every["series"][0]["days"]] == [(1, 2), (2, 2), (2, 2)]


def test_attention_csv_matches_json(client: TestClient) -> None:
    params = {"q": ["strike", 'entity:"Mara Quint"'], **WINDOW}
    data = client.get("/api/analytics/attention", params=params).json()
    res = client.get("/api/analytics/attention", params={**params, "format": "csv"})
    assert res.headers["content-type"].startswith("text/csv")
    expected = [{"query": s["query"], "day": d["day"], "count": str(d["count"]), "total": str(d["total"]),
                 "share": str(d["share"])} for s in data["series"] for d in s["days"]]
    assert rows(res.text) == expected


def test_top_lists_and_their_csv(client: TestClient) -> None:
    outlets = {"q": "strike", "kind": "outlets", "copies": "all", **WINDOW}
    body = client.get("/api/analytics/top", params=outlets).json()
    assert body["total"] == 4 and body["matched"] == 5 and body["offset"] == 0
    assert [(i["name"], i["articles"]) for i in body["items"]][:2] == [
        ("Harbour Post", 2), ("<b>Evil</b> Outlet", 1)]
    page2 = client.get("/api/analytics/top", params={**outlets, "offset": 1, "limit": 1}).json()
    assert [i["name"] for i in page2["items"]] == ["<b>Evil</b> Outlet"]
    people = client.get("/api/analytics/top", params={"q": "strike", "kind": "people", **WINDOW}).json()
    assert people["items"][0]["name"] == "Mara Quint" and people["items"][0]["articles"] == 3
    res = client.get("/api/analytics/top", params={"q": "strike", "kind": "people", "format": "csv",
                                                   **WINDOW})
    got = rows(res.text)
    guard = lambda name: "'" + name if name[:1] in "=+-@" else name  # noqa: E731
    assert [(r["rank"], r["name"], r["articles"]) for r in got] == [
        (str(n), guard(i["name"]), str(i["articles"])) for n, i in enumerate(people["items"], 1)]
    assert "'=HYPERLINK" in res.text  # article text never becomes a spreadsheet formula


def test_the_stories_of_a_spike(client: TestClient) -> None:
    body = client.get("/api/analytics/stories", params={"q": "strike", "day": "2026-05-06"}).json()
    assert body["total"] == len(body["items"]) == 2 and body["matched"] == 2
    assert {"total", "offset", "limit", "items"} <= set(body)
    assert all(isinstance(s["id"], int) and s["articles"] == 1 for s in body["items"])
    res = client.get("/api/analytics/stories", params={"q": "strike", "day": "2026-05-06", "format": "csv"})
    assert [int(r["story_id"]) for r in rows(res.text)] == [s["id"] for s in body["items"]]


@pytest.mark.parametrize("query", ['"unclosed', "(strike", "strike)", "foo:bar", "type:NOPE", "entity:",
                                   "NOT", "-x", "a" * 5000, "NEAR(", "\x00", "OR OR", "*"])
def test_hostile_queries_are_400_with_a_message(client: TestClient, query: str) -> None:
    for path, extra in (("/api/analytics/attention", {}), ("/api/analytics/top", {"kind": "terms"}),
                        ("/api/analytics/stories", {"day": "2026-05-06"})):
        res = client.get(path, params={"q": query, **extra})
        assert res.status_code == 400, (path, query, res.text)
        assert res.json()["detail"]
    page = client.get("/analytics", params={"q": query})
    assert page.status_code == 400 and 'class="error-message"' in page.text


def test_bad_parameters_are_client_errors(client: TestClient) -> None:
    assert client.get("/api/analytics/attention").status_code in (400, 422)
    assert client.get("/api/analytics/attention", params={"q": "x", "since": "May"}).status_code == 400
    assert client.get("/api/analytics/attention", params={"q": "x", "copies": "twice"}).status_code == 422
    assert client.get("/api/analytics/top", params={"q": "x", "kind": "verbs"}).status_code == 422
    assert client.get("/api/analytics/stories", params={"q": "x", "day": "soon"}).status_code == 400
    nine = {"q": [f"q{i}" for i in range(9)]}
    assert client.get("/api/analytics/attention", params=nine).status_code == 400


def test_the_page_shows_tables_and_csv_links_without_js(client: TestClient) -> None:
    res = client.get("/analytics", params={"q": ["strike", "flood*"], **WINDOW})
    assert res.status_code == 200
    html = res.text
    assert 'id="attention-chart"' in html and "/static/analytics.js" in html
    assert "/static/vendor/uplot/uPlot.iife.min.js" in html and "<script>" not in html
    assert html.count("format=csv") >= 2 + 2 * 4  # a CSV under the chart (per query) and every table
    assert '<a href="/entities/' in html and "Mara Quint" in html and "Harbour Post" in html
    assert "<td>2026-05-05</td><td>1</td>" in html  # the per-day table (copies once)
    assert client.get("/analytics").status_code == 200


def test_the_page_escapes_queries_and_article_text(client: TestClient) -> None:
    query = '"<script>alert(9)</script>" OR strike'
    html = client.get("/analytics", params={"q": query, **WINDOW}).text
    assert "<script>alert" not in html and "&lt;script&gt;alert(9)" in html
    assert "<b>Evil</b>" not in html and "&lt;b&gt;Evil&lt;/b&gt; Outlet" in html
    assert "javascript:" not in html
    assert "onerror=" not in html.replace("onerror=alert", "")  # nothing of the article's markup is live
    bad = client.get("/analytics", params={"q": 'entity:"<img src=x onerror=alert(1)>" strike'}).text
    assert "<img src=x" not in bad
