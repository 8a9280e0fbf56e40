"""The web speed benchmark's parts on a small served store: the load generator counts every
answer, and the report skips a kind whose route answers 404 and judges the others by their goal."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `benchmarks` lives at the repository root (plain `pytest` too)
    sys.path.insert(0, str(ROOT))

from benchmarks._load import Load, load  # noqa: E402
from benchmarks._web_report import report  # noqa: E402
from benchmarks._web_serve import app_with_baseline  # noqa: E402

from digest._fixtures import week  # noqa: E402
from live_server import serve  # noqa: E402
from newsdesk.store import Store  # noqa: E402


def test_the_load_generator_and_the_baseline_route_over_a_served_store(tmp_path: Path) -> None:
    db = str(tmp_path / "small.db")
    with Store(db) as store:
        week(store)
    with serve(app_with_baseline(db)) as base:
        urls = ["/", "/_bench/fts?q=strike", "/_bench/fts?q=%22talks+collapse%22", "/nope"] * 3
        result = load(base, urls, 3)
        ids = load(base, ["/_bench/fts?q=Elmsbury"], 1)
        late = load(base, urls, 3, budget=1e-9)  # the budget is spent before the first request
    assert result.statuses == {200: 9, 404: 3} and len(result.seconds) == 12
    assert result.examples[404] == "/nope" and all(s > 0 for s in result.seconds)
    assert ids.statuses == {200: 1} and late.seconds == []


def test_the_report_skips_missing_routes_and_judges_the_goals() -> None:
    def timed(ms: float) -> Load:
        out = Load(seconds=[ms / 1000] * 100)
        out.statuses[200] = 100
        return out

    kinds = [("story page", "/stories/{story}", 100), ("search page", "/search?q={q}", 100),
             ("analytics", "/analytics?q={q}", 500)]
    facts = {"articles": 1000, "stories": 10, "largest": 50, "entities": 99, "first": "2025-01-01",
             "last": "2026-02-01"}
    results = {"bare FTS, sqlite3": timed(0.5), "bare FTS, HTTP": timed(5), "story page": timed(40),
               "search page": timed(150), "analytics": "route answers 404 in this build: skipped"}
    alone = {"story page": timed(20), "search page": timed(90)}
    text = report({"results": results, "alone": alone, "facts": facts, "db_mb": 12.0}, kinds, 4, 100)
    rows = {line.split(" | ")[0][2:]: line for line in text.splitlines() if line.startswith("| ")}
    story = rows["story page"]
    assert "**40.0**" in story and "80.0×" in story and "8.0×" in story and "**meets**" in story
    assert "**misses**" in rows["search page"] and "300×" in rows["search page"]
    assert "skipped" in rows["analytics"] and "1 kind(s) skipped" in text
    assert "Goals met at 4 connections: 1 of 2 measured; one connection at a time: 2 of 2." in text
    assert "1,000 articles" in text and "| 90.0 |" in rows["search page"]  # one connection: its column
    assert rows["search page"].endswith("| **misses** | **meets** |")
