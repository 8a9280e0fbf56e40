"""/quotes, /events and their API: filters return exactly what they name, pages and downloads agree."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsdesk.store import Store
from newsdesk.web import create_app
from web._lists_fixtures import lists_store


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "lists.db")
    lists_store(path)
    return path


@pytest.fixture
def api(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


def items(api: TestClient, path: str, **params: object) -> dict:
    response = api.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_speaker_returns_exactly_that_speakers_quotes(api: TestClient, db: str) -> None:
    with Store(db) as store:
        every = store.quotes()
    quint = [q.id for q in every if q.speaker == "Mara Quint"]
    assert len(quint) == 3 and len(every) == 4  # Tomas Reyk's quote must be left out
    got = items(api, "/api/quotes", speaker="mara quint")
    assert got["total"] == 3 and [q["id"] for q in got["items"]] == quint
    page = api.get("/quotes", params={"speaker": "Mara Quint"}).text
    assert page.count('class="quote"') == 3 and "Tomas Reyk" not in page
    assert "1–3 of 3 quotes" in page


def test_each_quote_links_to_its_article_anchor_and_speaker(api: TestClient) -> None:
    got = items(api, "/api/quotes", speaker="Tomas Reyk")["items"]
    assert len(got) == 1
    q = got[0]
    assert q["links"] == {"article": f"/articles/{q['article_id']}#q{q['quote_id']}",
                          "speaker": f"/entities/{q['speaker_id']}"}
    page = api.get("/quotes", params={"speaker": "Tomas Reyk"}).text
    assert f'href="{q["links"]["article"]}"' in page and f'href="{q["links"]["speaker"]}"' in page


def test_outlet_story_entity_and_dates_filter_quotes(api: TestClient, db: str) -> None:
    coast = items(api, "/api/quotes", outlet="Coast Herald")["items"]
    assert [q["publisher"] for q in coast] == ["Coast Herald"]
    with Store(db) as store:
        strike = next(s for s in store.stories() if "Portvale" in (s.title or ""))
        reyk = store.quotes(speaker="Reyk")[0].speaker_id
    in_story = items(api, "/api/quotes", story=strike.id)
    assert in_story["total"] == 3 and {q["speaker"] for q in in_story["items"]} == {"Mara Quint"}
    assert [q["speaker"] for q in items(api, "/api/quotes", entity=reyk)["items"]] == ["Tomas Reyk"]
    assert [q["speaker"] for q in items(api, "/api/quotes", entity="Tomas Reyk")["items"]] == ["Tomas Reyk"]
    may = items(api, "/api/quotes", since="2026-05-05", until="2026-05-05")
    assert may["total"] == 2 and {q["published"] for q in may["items"]} == {"2026-05-05"}
    assert items(api, "/api/quotes", until="2026-05")["total"] == 3  # a month prefix keeps all of May
    assert items(api, "/api/quotes", words='"fair offer"')["total"] == 1
    assert items(api, "/api/quotes", entity="Nobody Known")["total"] == 0


def test_paging_keeps_the_filters_and_the_total(api: TestClient) -> None:
    first = items(api, "/api/quotes", speaker="Quint", limit=2)
    second = items(api, "/api/quotes", speaker="Quint", limit=2, offset=2)
    assert first["total"] == second["total"] == 3 and (first["offset"], first["limit"]) == (0, 2)
    assert len(first["items"]) == 2 and len(second["items"]) == 1
    assert not {q["id"] for q in first["items"]} & {q["id"] for q in second["items"]}
    page = api.get("/quotes", params={"speaker": "Quint", "limit": 2}).text
    assert 'href="/quotes?speaker=Quint&amp;offset=2&amp;limit=2"' in page and "1–2 of 3 quotes" in page


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_downloads_hold_exactly_the_rows_shown(api: TestClient) -> None:
    page = api.get("/quotes", params={"speaker": "Quint", "limit": 2})
    shown = re.findall(r'href="/articles/(\d+)#q\d+"', page.text)
    links = re.findall(r'href="(/api/quotes\?[^"]*format=csv[^"]*)"', page.text)
    whole, this_page = (link.replace("&amp;", "&") for link in links)
    assert "scope" not in whole and "speaker=Quint" in whole and "scope=page" in this_page
    rows = _csv(api.get(this_page).text)
    assert [r["first_article_id"] for r in rows] == shown and len(rows) == 2
    every = _csv(api.get(whole).text)
    assert len(every) == 3 and {r["speaker"] for r in every} == {"Mara Quint"}
    jsonl = api.get(whole.replace("format=csv", "format=jsonl"))
    lines = [json.loads(line) for line in jsonl.text.splitlines()]
    assert jsonl.headers["content-type"].startswith("application/x-ndjson")
    assert [r["occurrences"][0]["article_id"] for r in lines] == [int(r["first_article_id"]) for r in every]
    assert "attachment" in jsonl.headers["content-disposition"]


def test_event_filters_return_exactly_what_they_name(api: TestClient, db: str) -> None:
    with Store(db) as store:
        every = store.events()
        portvale = next(e.place.entity_id for e in every if e.place and e.place.name == "Portvale")
    protests = items(api, "/api/events", type="protest")
    assert protests["total"] == sum(e.type == "PROTEST" for e in every) == 4
    assert {e["type"] for e in protests["items"]} == {"PROTEST"}
    assert items(api, "/api/events", status="planned")["total"] == sum(e.status == "planned" for e in every)
    assert {e["place"]["name"] for e in items(api, "/api/events", place="Portvale")["items"]} == {"Portvale"}
    assert items(api, "/api/events", place=portvale)["total"] == 5
    reyk = items(api, "/api/events", actor="reyk")
    assert reyk["total"] == 2 and {e["actors"][0]["name"] for e in reyk["items"]} == {"Tomas Reyk"}
    assert items(api, "/api/events", entity="Tomas Reyk")["total"] == 2
    assert items(api, "/api/events", outlet="River Times", since="2026-06")["total"] == 1
    assert items(api, "/api/events", until="2026-05-06")["total"] == 5  # by the event's own date


def test_event_page_and_downloads_agree(api: TestClient) -> None:
    page = api.get("/events", params={"type": "PROTEST", "limit": 3}).text
    assert page.count('<tr id="event-') == 3 and "1–3 of 4 events" in page
    rows = _csv(api.get("/api/events", params={"type": "PROTEST", "format": "csv", "scope": "page",
                                                "limit": 3}).text)
    shown = re.findall(r'<tr id="event-\d+">\s*<td class="date">[^<]*</td>', page)
    assert len(rows) == len(shown) == 3 and {r["PloverType"] for r in rows} == {"PROTEST"}
    every = _csv(api.get("/api/events", params={"type": "PROTEST", "format": "csv"}).text)
    assert len(every) == 4
    lines = api.get("/api/events", params={"type": "PROTEST", "format": "jsonl"}).text.splitlines()
    assert [json.loads(x)["GlobalEventID"] for x in lines] == [int(r["GlobalEventID"]) for r in every]


@pytest.mark.parametrize("path, params, word", [
    ("/api/quotes", {"kind": "shouted"}, "kind"),
    ("/api/quotes", {"since": "yesterday"}, "since"),
    ("/api/quotes", {"story": "abc"}, "story"),
    ("/api/quotes", {"format": "xml"}, "format"),
    ("/api/quotes", {"words": '"unclosed'}, "quote"),
    ("/api/events", {"type": "NOPE"}, "type"),
    ("/api/events", {"status": "maybe"}, "status"),
    ("/api/events", {"until": "2026-13"}, "until"),
])
def test_bad_filters_are_a_400_naming_them(api: TestClient, path: str, params: dict, word: str) -> None:
    response = api.get(path, params=params)
    assert response.status_code == 400 and word in response.json()["detail"]
    if "format" in params:
        return  # the page itself has no format: its download links go to the API
    page = api.get(path.replace("/api", ""), params=params)
    assert page.status_code == 400 and "text/html" in page.headers["content-type"]


def test_empty_form_fields_are_no_filter(api: TestClient) -> None:
    blank = {k: "" for k in ("speaker", "entity", "story", "outlet", "since", "until", "kind", "words")}
    assert items(api, "/api/quotes", **blank)["total"] == 4
    assert api.get("/events", params={k: "" for k in ("type", "status", "place", "story")}).status_code == 200
