"""/searches and /topics: saving needs the token, every list links its Atom feed, feeds parse."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsdesk.cli.app import app as cli
from newsdesk.digest import build_edition
from newsdesk.digest.topics import make_topic
from newsdesk.store import Store
from newsdesk.web import create_app
from newsdesk.web.settings import WebSettings
from web._lists_fixtures import lists_store

ATOM = "{http://www.w3.org/2005/Atom}"
TOKEN = "s3cret-token"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "feeds.db")
    lists_store(path)
    return path


@pytest.fixture
def api(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(db, WebSettings(token=TOKEN))) as c:
        yield c


def feed(response) -> ET.Element:  # noqa: ANN001
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{tag}") is not None, tag
    for entry in root.iter(f"{ATOM}entry"):
        for tag in ("id", "title", "updated"):
            assert (entry.findtext(f"{ATOM}{tag}") or "").strip(), tag
    return root


def test_saving_from_the_page_needs_the_token(api: TestClient) -> None:
    form = {"name": "Dock strikes", "query": "strike*"}
    refused = api.post("/searches", data={**form, "token": "wrong"})
    assert refused.status_code == 403 and "token" in refused.text
    assert api.get("/api/searches").json()["total"] == 0
    saved = api.post("/searches", data={**form, "token": TOKEN}, follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"].startswith("/searches#search-")
    page = api.get("/searches").text
    assert "Dock strikes" in page and '<link rel="alternate" type="application/atom+xml"' in page
    listed = api.get("/api/searches").json()
    assert listed["total"] == 1 and listed["items"][0]["query"] == "strike*"
    sid = listed["items"][0]["id"]
    assert f'href="/searches/{sid}/feed.atom"' in page
    bad = api.post("/searches", data={"name": "Broken", "query": '"open', "token": TOKEN})
    assert bad.status_code == 400 and "never closed" in bad.text and 'value="&#34;open"' in bad.text
    twice = api.post("/searches", data={**form, "name": "DOCK STRIKES", "token": TOKEN})
    assert twice.status_code == 400 and "exists already" in twice.text
    assert api.post(f"/searches/{sid}/delete", data={"token": "nope"}).status_code == 403
    gone = api.post(f"/searches/{sid}/delete", data={"token": TOKEN}, follow_redirects=False)
    assert gone.status_code == 303 and api.get("/api/searches").json()["total"] == 0


def test_the_api_saves_and_deletes_with_the_token_only(api: TestClient) -> None:
    body = {"name": "Floods", "query": "dam OR flood*"}
    assert api.post("/api/searches", json=body).status_code == 403
    made = api.post("/api/searches", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert made.status_code == 201
    assert made.json()["links"]["feed"] == f"/searches/{made.json()['id']}/feed.atom"
    assert api.post("/api/searches", json={"name": "x", "query": "*"},
                    headers={"X-Newsdesk-Token": TOKEN}).status_code == 400
    sid = made.json()["id"]
    assert api.delete(f"/api/searches/{sid}").status_code == 403
    assert api.delete(f"/api/searches/{sid}", headers={"X-Newsdesk-Token": TOKEN}).status_code == 204
    assert api.delete(f"/api/searches/{sid}", headers={"X-Newsdesk-Token": TOKEN}).status_code == 404


def test_without_a_configured_token_the_app_is_read_only(db: str) -> None:
    with TestClient(create_app(db, WebSettings(token=None))) as c:
        refused = c.post("/searches", data={"name": "a", "query": "b", "token": ""})
        assert refused.status_code == 403 and "read-only" in refused.text
        assert c.post("/api/searches", json={"name": "a", "query": "b"}).status_code == 403
        assert "newsdesk searches add" in c.get("/searches").text


def test_a_saved_search_feed_lists_the_newest_matching_articles(api: TestClient, db: str) -> None:
    with Store(db) as store:
        saved = store.add_saved_search("Strikes", "strike")
        expected = [a.id for a in store.latest_matching("strike", limit=50)]
    root = feed(api.get(f"/searches/{saved.id}/feed.atom"))
    entries = list(root.iter(f"{ATOM}entry"))
    links = [e.find(f"{ATOM}link[@rel='alternate']").get("href") for e in entries]
    assert [int(h.rsplit("/", 1)[1]) for h in links] == expected and len(expected) == 5
    updated = [e.findtext(f"{ATOM}updated") for e in entries]
    assert updated == sorted(updated, reverse=True) and updated[0] == "2026-05-07T00:00:00Z"
    assert api.get("/searches/999/feed.atom").status_code == 404


def test_the_cli_adds_lists_and_removes_saved_searches(db: str) -> None:
    runner = CliRunner()
    added = runner.invoke(cli, ["searches", "add", "Dams", "dam*", "--db", db])
    assert added.exit_code == 0, added.output
    listed = runner.invoke(cli, ["searches", "list", "--json", "--db", db])
    assert '"name": "Dams"' in listed.output and '"query": "dam*"' in listed.output
    bad = runner.invoke(cli, ["searches", "add", "Bad", "(dam", "--db", db])
    assert bad.exit_code == 1 and "never closed" in bad.output
    assert runner.invoke(cli, ["searches", "remove", "dams", "--db", db]).exit_code == 0
    assert runner.invoke(cli, ["searches", "remove", "dams", "--db", db]).exit_code == 1


def test_topics_are_listed_with_their_definition_and_feed(api: TestClient, db: str) -> None:
    with Store(db) as store:
        store.add_topic(make_topic("Ports", words="strike", people=["Mara Quint"], places=["Portvale"],
                                   event_types=["PROTEST"]))
    page = api.get("/topics").text
    for fact in ("Ports", "<code>strike</code>", "Mara Quint", "Portvale", "PROTEST",
                 '<link rel="alternate" type="application/atom+xml" title="newsdesk: Ports" '
                 'href="/topics/Ports/feed.atom">'):
        assert fact in page, fact
    listed = api.get("/api/topics").json()
    assert listed["total"] == 1 and listed["items"][0]["links"]["feed"] == "/topics/Ports/feed.atom"
    assert listed["items"][0]["people"] == ["Mara Quint"]


def test_a_topic_feed_holds_its_recorded_editions_or_the_one_built_now(api: TestClient, db: str) -> None:
    with Store(db) as store:
        store.add_topic(make_topic("Ports", words="strike"))
    now = feed(api.get("/topics/Ports/feed.atom"))  # none recorded: today's, built now, not recorded
    assert "Ports" in (now.findtext(f"{ATOM}title") or "")
    with Store(db) as store:
        assert store.edition_ids(topic="Ports") == []
        edition = build_edition(store, kind="daily", date="2026-05-05", topic="Ports", record=True)
    assert edition.items
    root = feed(api.get("/topics/ports/feed.atom"))
    titles = [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")]
    assert titles == [item.title for item in edition.items]
    assert api.get("/topics/Nothing/feed.atom").status_code == 404
