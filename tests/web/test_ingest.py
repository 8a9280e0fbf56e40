"""``POST /api/ingest``: refused without the configured token, and the real pipeline with it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from spacy.language import Language

from newsdesk.web import create_app
from newsdesk.web.settings import WebSettings

Ids = tuple[str, dict[str, int]]
ITEM = {"url": "https://example.org/ferry", "title": "Council approves the ferry terminal",
        "published": "2026-05-08", "publisher": "Example Post",
        "text": "Council approves the ferry terminal\n\nThe harbour council in Portvale approved the new "
                "ferry terminal on Friday, Mayor Helen Carter said.\n\n\u201cThis terminal will serve "
                "the whole coast,\u201d Carter told reporters outside the town hall."}


def _client(web_db: Ids, token: str | None) -> TestClient:
    return TestClient(create_app(web_db[0], WebSettings(token=token)))


def test_without_a_configured_token_the_app_is_read_only(web_db: Ids) -> None:
    with _client(web_db, None) as c:
        refused = c.post("/api/ingest", json=ITEM, headers={"Authorization": "Bearer anything"})
    assert refused.status_code == 403 and "read-only" in refused.json()["detail"]
    assert "NEWSDESK_API_TOKEN" in refused.json()["detail"]


def test_a_missing_or_wrong_token_is_refused(web_db: Ids) -> None:
    with _client(web_db, "s3cret") as c:
        missing = c.post("/api/ingest", json=ITEM)
        assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
        assert c.post("/api/ingest", json=ITEM, headers={"Authorization": "Basic s3cret"}).status_code == 401
        wrong = c.post("/api/ingest", json=ITEM, headers={"Authorization": "Bearer s3cre"})
        assert wrong.status_code == 403 and wrong.json()["detail"] == "wrong API token"
        assert c.get("/api/articles").json()["total"] == 5  # nothing was written


@pytest.mark.slow
def test_ingest_runs_the_pipeline_and_names_bad_items(web_db: Ids, nlp: Language) -> None:
    with _client(web_db, "s3cret") as c:
        c.app.state.nlp = nlp  # the session's model (the app would load it once itself)
        auth = {"Authorization": "Bearer s3cret"}
        report = c.post("/api/ingest", headers=auth,
                        json=[ITEM, dict(ITEM), {"title": "no text at all"}, 42]).json()
        assert (report["read"], report["new"], report["duplicates"], report["analysed"]) == (4, 1, 1, 1)
        errors = {e["source"]: e["reason"] for e in report["errors"]}
        assert errors == {"request item 3": "no-content", "request item 4": "bad-json"}
        listed = c.get("/api/articles?outlet=Example Post").json()
        assert listed["total"] == 1 and listed["items"][0]["title"] == "Council approves the ferry terminal"
        article = c.get(f"/api/articles/{listed['items'][0]['id']}").json()
        assert "Helen Carter" in {e["canonical"] for e in article["entities"]}
        again = c.post("/api/ingest", headers=auth, json=ITEM).json()  # one item, not a list
        assert (again["read"], again["new"], again["duplicates"]) == (1, 0, 1)
