"""Serving while an ingest writes to the same database: uvicorn on 127.0.0.1 in a thread, a
writer thread placing reports one transaction at a time (as ingest and watch do), and readers
requesting pages and the API meanwhile. No request may fail with a 5xx or "database is locked",
and the pages see what was committed."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import httpx

from digest._fixtures import FLOOD_1, STRIKE_3, WEEK, place, week
from live_server import serve
from newsdesk.store import Store
from newsdesk.web import create_app

WRITES = 40
#: Every page and API list of the URL contract; those not merged in a branch answer 404, which
#: is fine here: what must never happen is a 5xx or a locked database.
PATHS = ["/", "/static/newsdesk.css", "/api/openapi.json", "/stories/1", "/entities/1", "/articles/1",
         "/quotes", "/events", "/search?q=strike", "/analytics?q=strike&q=flood", "/topics",
         "/api/stories", "/api/articles", "/api/entities", "/api/quotes", "/api/events",
         "/api/search?q=strike", "/api/analytics/attention?q=strike", "/api/stories/1"]


def _writer(db: str, done: threading.Event, errors: list[str]) -> None:
    """Place ``WRITES`` new reports (alternately joining the strike and new flood stories)."""
    try:
        with Store(db) as store:
            for i in range(WRITES):
                base = STRIKE_3 if i % 2 else FLOOD_1
                day = f"2026-05-{8 + i // 4:02d}"
                title = f"{base.title} (update {i})"
                place(store, replace(base, title=title, published=day, url=f"https://w.example/{i}"))
    except Exception as exc:  # noqa: BLE001 - reported by the test
        errors.append(f"writer: {exc!r}")
    finally:
        done.set()


def _reader(url: str, done: threading.Event, seen: list[tuple[str, int, str]]) -> None:
    with httpx.Client(base_url=url, timeout=30) as client:
        while not done.is_set():
            for path in PATHS:
                r = client.get(path)
                failed = r.status_code >= 500 or "locked" in r.text
                seen.append((path, r.status_code, r.text if failed else ""))


def test_pages_are_served_while_an_ingest_writes(tmp_path: Path) -> None:
    db = str(tmp_path / "busy.db")
    with Store(db) as store:
        week(store, WEEK)
    done, errors, seen = threading.Event(), [], []
    with serve(create_app(db)) as url:
        readers = [threading.Thread(target=_reader, args=(url, done, seen)) for _ in range(4)]
        for t in readers:
            t.start()
        writer = threading.Thread(target=_writer, args=(db, done, errors))
        writer.start()
        writer.join(120)
        for t in readers:
            t.join(60)
        front = httpx.get(url + "/", timeout=30)
    assert not errors
    assert len(seen) >= len(PATHS) * 4
    bad = [(p, s, body[:200]) for p, s, body in seen if s >= 500 or "database is locked" in body]
    assert not bad, bad
    assert {s for p, s, _ in seen if p in ("/", "/api/openapi.json")} == {200}
    with Store(db, create=False) as store:
        assert store.counts()["articles"] == len(WEEK) + WRITES
    assert front.status_code == 200
    last = f"2026-05-{8 + (WRITES - 1) // 4:02d}"
    assert front.text.count(f"last update {last}") == 2  # both stories show the last committed write
