"""Serving while another thread writes to the same database: no error page, no "database is
locked". The app runs in uvicorn on 127.0.0.1 (a real server, real HTTP clients in threads); the
writer stores and places many articles, each in its own transactions, as ingest does."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace

import httpx
import pytest
import uvicorn

from digest._fixtures import STRIKE_1, place
from newsdesk.store import Store
from newsdesk.web import create_app

Ids = tuple[str, dict[str, int]]
WRITES = 40
READERS = 4


@pytest.fixture
def server(web_db: Ids) -> Iterator[str]:
    server = uvicorn.Server(uvicorn.Config(create_app(web_db[0]), host="127.0.0.1", port=0,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(500):
        if server.started:
            break
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def _write(path: str, done: threading.Event, failures: list[str]) -> None:
    try:
        with Store(path) as store:
            for n in range(WRITES):
                day = f"2026-05-{5 + n % 3:02d}"
                report = replace(STRIKE_1, title=f"Portvale dockers meet again, round {n}",
                                 body=STRIKE_1.body + f" Round {n} of talks was held.",
                                 url=f"https://harbourpost.example/round-{n}", published=day)
                place(store, report)
    except Exception as exc:  # noqa: BLE001 - reported by the test
        failures.append(f"writer: {exc!r}")
    finally:
        done.set()


def _read(base: str, paths: list[str], done: threading.Event, seen: list[tuple[str, int, str]]) -> None:
    with httpx.Client(base_url=base, timeout=30) as client:
        while True:
            finished = done.is_set()
            for path in paths:
                r = client.get(path)
                kept = r.text if r.status_code >= 500 or "locked" in r.text else ""
                seen.append((path, r.status_code, kept))
            if finished:
                return


def test_pages_and_api_keep_answering_while_a_writer_writes(server: str, web_db: Ids) -> None:
    path, ids = web_db
    vote = ids["Harbour Post: Portvale dockers vote to strike on Wednesday"]
    with Store(path) as store:
        story = store.story_of(vote)
        mara = store.entity_page(key="mara")[1][0].id
    paths = ["/", f"/stories/{story}", f"/articles/{vote}",
             f"/entities/{mara}", "/entities?name=quint", "/api/articles?limit=5", "/api/stories",
             f"/api/stories/{story}", f"/api/entities/{mara}", f"/api/entities/{mara}/network",
             "/api/editions"]
    done, failures = threading.Event(), list[str]()
    seen: list[tuple[str, int, str]] = []
    readers = [threading.Thread(target=_read, args=(server, paths, done, seen)) for _ in range(READERS)]
    writer = threading.Thread(target=_write, args=(path, done, failures))
    for t in [*readers, writer]:
        t.start()
    for t in [writer, *readers]:
        t.join(120)
    assert not failures
    bad = [(p, status, body[:200]) for p, status, body in seen if status >= 400 or "locked" in body]
    assert not bad
    assert len(seen) >= READERS * len(paths)
    final = httpx.get(f"{server}/api/articles?limit=1").json()
    assert final["total"] == 5 + WRITES  # every write landed and is visible to the app
