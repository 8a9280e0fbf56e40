"""The time budget of every read (SQLite's progress handler): costly reads stop, writes never do."""

from __future__ import annotations

import random
import time

import pytest

from builders import article, save
from newsdesk.errors import QueryError
from newsdesk.models import Analysis
from newsdesk.store import Store
from newsdesk.store._budget import read_budget

#: Every one of 59 prefixes matches many words of every article: ranking them all is slow.
COSTLY = " OR ".join(f"w{i}*" for i in range(1, 60))
COUNT_TO = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) SELECT count(*) FROM c"
)


@pytest.fixture
def big(store: Store) -> Store:
    """600 articles of 400 words from a 300-word vocabulary, written in one transaction."""
    rng = random.Random(3)
    vocab = [f"w{i}" for i in range(300)]
    with store.transaction():
        for i in range(600):
            save(store, Analysis(article(f"Story {i}", " ".join(rng.choices(vocab, k=400)))))
    return store


def test_a_read_over_budget_stops_with_a_query_error(big: Store) -> None:
    t0 = time.perf_counter()
    assert big.search(COSTLY).total == 600  # the default budget (10 s) lets it finish
    full = time.perf_counter() - t0
    big.query_seconds = round(full / 10, 3)
    # Stopping at all is the fact: the same read finished above. How soon after the budget it stops
    # is a speed, measured in benchmarks/queries.py, not asserted here (a loaded machine is slow).
    with pytest.raises(QueryError, match=rf"longer than {big.query_seconds:g} s and was stopped: narrow it"):
        big.search(COSTLY)
    assert big.search("w7").total > 0  # a cheap query still runs, and the store is usable


def test_the_budget_comes_from_the_settings(big: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDESK_QUERY_SECONDS", "0.05")
    with pytest.raises(QueryError, match="longer than 0.05 s"):
        big.search(COSTLY)
    monkeypatch.setenv("NEWSDESK_QUERY_SECONDS", "0")  # no time limit
    assert big.search(COSTLY).total == 600


READS = ["search", "get_article", "get_analysis", "list_entities", "list_errors", "quotes", "count_quotes",
         "events", "count_events", "counts", "richest_articles"]
WRITES = ["insert_document", "add_document", "record_error", "save_article", "save_analysis"]


def test_every_read_is_bounded_and_no_write_is(store: Store) -> None:
    assert [name for name in READS if not hasattr(getattr(Store, name), "__wrapped__")] == []
    assert [name for name in WRITES if hasattr(getattr(Store, name), "__wrapped__")] == []
    save(store, Analysis(article("Ferry", "The ferry terminal opens.")))
    store.query_seconds = 1e-9  # spent at the first check
    with pytest.raises(QueryError), read_budget(store._conn, 1e-9):  # the guard of the reads
        store._conn.execute(COUNT_TO, (10**6,)).fetchone()
    big_text = "The ferry terminal opens. " * 20_000
    save(store, Analysis(article("Long", big_text)))  # a write is never interrupted
    with store.transaction() as conn, read_budget(conn, 1e-9):  # nor a read inside a write's transaction
        assert conn.execute(COUNT_TO, (10**6,)).fetchone()[0] == 10**6
    assert store._conn.execute(COUNT_TO, (10**6,)).fetchone()[0] == 10**6  # no handler left behind
