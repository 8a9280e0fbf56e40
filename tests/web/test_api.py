"""The JSON API over the invented week: list shapes and totals, filters, one item, the docs page."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from newsdesk.digest.edition import build_edition
from newsdesk.store import Store
from newsdesk.web import create_app

Ids = tuple[str, dict[str, int]]
STATIC = Path(__file__).parents[2] / "src" / "newsdesk" / "web" / "static"


def test_articles_are_paginated_with_the_total(client: TestClient) -> None:
    first = client.get("/api/articles?limit=2").json()
    assert (first["total"], first["offset"], first["limit"], len(first["items"])) == (5, 0, 2, 2)
    last = client.get("/api/articles?limit=2&offset=4").json()
    assert last["total"] == 5 and len(last["items"]) == 1
    assert last["items"][0]["title"] == "Kelton library damaged by fire"  # the oldest, 3 May
    pages = [client.get(f"/api/articles?limit=2&offset={o}").json()["items"] for o in (0, 2, 4)]
    seen = {i["id"] for page in pages for i in page}
    assert len(seen) == 5


def test_articles_filter_by_outlet_dates_and_story(client: TestClient, web_db: Ids) -> None:
    herald = client.get("/api/articles?outlet=Harbour Post").json()
    assert herald["total"] == 1 and herald["items"][0]["publisher"] == "Harbour Post"
    day = client.get("/api/articles?since=2026-05-05&until=2026-05-05").json()
    assert day["total"] == 2 and {i["publisher"] for i in day["items"]} == {"Coast Herald", "Bay Courier"}
    story = herald["items"][0]["story_id"]
    in_story = client.get(f"/api/articles?story={story}").json()
    assert in_story["total"] == 3  # the vote, the talks report and its reprint
    assert client.get("/api/articles?since=yesterday").status_code == 422


def test_one_article_with_its_analysis_and_story(client: TestClient, web_db: Ids) -> None:
    aid = web_db[1]["Bay Courier: Portvale strike on as talks collapse"]
    got = client.get(f"/api/articles/{aid}").json()
    assert got["article"]["publisher"] == "Bay Courier"
    assert [q["speaker"] for q in got["quotes"]] == ["Mara Quint"]
    assert {e["canonical"] for e in got["entities"]} == {"Mara Quint", "Portvale"}
    assert got["story"]["title"] == "Portvale strike on as talks collapse"
    assert got["copy_of"]["canonical_id"] == web_db[1]["Coast Herald: Portvale strike on as talks collapse"]
    missing = client.get("/api/articles/999")
    assert missing.status_code == 404 and missing.json() == {"detail": "no article 999"}


def test_entities_filter_by_type_and_name(client: TestClient) -> None:
    places = client.get("/api/entities?type=gpe").json()
    assert places["total"] == 3 and places["items"][0]["canonical"] == "Portvale"
    assert places["items"][0]["articles"] == 3
    found = client.get("/api/entities?name=QUI").json()  # a word of the name, by its start
    assert [e["canonical"] for e in found["items"]] == ["Mara Quint"]
    bad = client.get("/api/entities?type=planet")
    assert bad.status_code == 400 and "unknown entity type" in bad.json()["detail"]


def test_an_entity_profile_and_network(client: TestClient) -> None:
    mara = client.get("/api/entities?name=mara").json()["items"][0]["id"]
    profile = client.get(f"/api/entities/{mara}").json()
    assert profile["canonical"] == "Mara Quint" and profile["quote_count"] == 3
    net = client.get(f"/api/entities/{mara}/network").json()
    assert net["entity"]["canonical"] == "Mara Quint"
    assert [(n["label"], n["center"]) for n in net["nodes"]] == [("Mara Quint", True), ("Portvale", False)]
    assert net["edges"] == [{"source": mara, "target": net["nodes"][1]["id"], "met": 0, "mentioned": 3,
                             "kind": "mentioned"}]
    assert client.get("/api/entities/999/network").status_code == 404


def test_stories_list_and_one_story_with_its_timeline(client: TestClient) -> None:
    stories = client.get("/api/stories").json()
    assert stories["total"] == 3
    strike = next(s for s in stories["items"] if s["title"] == "Portvale strike on as talks collapse")
    assert (strike["articles"], strike["reports"], strike["outlets"]) == (
        2, 3, ["Bay Courier", "Coast Herald", "Harbour Post"])
    assert client.get("/api/stories?since=2026-05-05").json()["total"] == 1
    one = client.get(f"/api/stories/{strike['id']}?limit=1").json()
    assert one["articles"]["total"] == 2 and len(one["articles"]["items"]) == 1
    dates = [t["date"] for t in one["timeline"]]
    assert dates == sorted(dates) and "2026-05-05" in dates
    quote = next(t for t in one["timeline"] if t["date"] == "2026-05-05")
    assert quote["quote_speaker"] == "Mara Quint"
    second = client.get(f"/api/stories/{strike['id']}?offset=1&limit=1").json()["articles"]["items"][0]
    assert second["outlets"] == ["Coast Herald", "Bay Courier"]
    assert second["copies"][0]["publisher"] == "Bay Courier"


def test_editions_list_and_one(web_db: Ids) -> None:
    with Store(web_db[0]) as store:
        edition = build_edition(store, "daily", "2026-05-05", record=True)
    with TestClient(create_app(web_db[0])) as c:
        listed = c.get("/api/editions").json()
        assert listed["total"] == 1 and listed["items"][0]["id"] == edition.id
        assert listed["items"][0]["kind"] == "daily" and listed["items"][0]["stories"] == len(edition.items)
        one = c.get(f"/api/editions/{edition.id}").json()
        assert one["date"] == "2026-05-05" and [i["story_id"] for i in one["items"]] == [
            i.story_id for i in edition.items]
        assert c.get("/api/editions/99").status_code == 404


def test_the_api_docs_work_offline_under_the_csp(client: TestClient) -> None:
    page = client.get("/api/docs")
    assert page.status_code == 200 and "content-security-policy" in page.headers
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert all(s.startswith("/") for s in sources), sources  # nothing from another host
    assert "/static/vendor/swagger-ui-dist/swagger-ui-bundle.js" in sources
    assert "/static/api-docs.js" in sources
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page.text)  # no inline script
    for path in sources:
        if path.startswith("/static/"):
            assert client.get(path).status_code == 200, path
    schema = client.get("/api/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/entities/{entity_id}/network",
                 "/api/stories", "/api/editions/{edition_id}", "/api/ingest"):
        assert path in schema["paths"], path


def test_vendored_libraries_are_pinned_and_listed() -> None:
    import json

    pinned = json.loads((STATIC.parent / "frontend" / "package.json").read_text())["dependencies"]
    readme = (STATIC / "vendor" / "README.md").read_text()
    for name in ("cytoscape", "swagger-ui-dist"):
        assert re.fullmatch(r"\d+\.\d+\.\d+", pinned[name]) and f"| {pinned[name]} |" in readme
        assert (STATIC / "vendor" / name / "LICENSE").exists()
