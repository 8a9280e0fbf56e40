"""Web speed (issue 11): pages and API answers on a store of 100,000 articles under load on
loopback, against the bare full-text query measured in the same run.

The store is ``benchmarks/_web_store.py`` (real Timeline17/ECB+ analyses re-dated and mixed,
built once and cached). ``newsdesk.web.create_app`` is served by uvicorn in a subprocess
(``benchmarks/_web_serve.py``, which adds the baseline route); ``benchmarks/_load.py`` sends the
requests. A kind whose route answers 404 is skipped with a note (pages built on other branches).

    python -m benchmarks.web_speed [--limit N]    # N articles instead of 100,000
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks._load import Load, load
from benchmarks._web_serve import BARE_FTS

TOTAL = 100_000
CONCURRENCY = 4  # connections at once
ALONE = 100  # requests per kind again with one connection (latency without queueing)
REQUESTS = 200  # per kind (after WARMUP)
WARMUP = 20
BUDGET = 20.0  # seconds of load per kind at most (warm-up: a third of it): 15 kinds in < 7 min
ROOT = Path(__file__).resolve().parent.parent

#: (kind, URL template, goal p95 in ms or None). Fields: {story} {entity} {article} {q} {q2} {since} {until}.
KINDS: list[tuple[str, str, float | None]] = [
    ("story page", "/stories/{story}", 100), ("entity page", "/entities/{entity}", 100),
    ("search page", "/search?q={q}", 100), ("article page", "/articles/{article}", None),
    ("analytics page, a year, two queries", "/analytics?q={q}&q={q2}&since={since}&until={until}", 500),
    ("front page", "/", None),
    ("API story", "/api/stories/{story}", 100), ("API entity", "/api/entities/{entity}", 100),
    ("API search", "/api/search?q={q}", 100), ("API article", "/api/articles/{article}", None),
    ("API attention, a year", "/api/analytics/attention?q={q}&since={since}&until={until}", 500),
    ("API top outlets/people/terms, a year", "/api/analytics/top?q={q}&since={since}&until={until}", 500),
    ("API stories list", "/api/stories", None),
]


def _samples(db: str, shared: Path, n: int, seed: int = 5) -> list[dict[str, str]]:
    """``n`` parameter sets: stories and entities half uniform, half as often as they are read
    (by article), articles uniform, queries from the words of the real articles."""
    rng = random.Random(seed)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    stories = [r[0] for r in conn.execute("SELECT id FROM stories WHERE merged_into IS NULL")]
    by_article = [r[0] for r in conn.execute("SELECT story_id FROM story_articles")]
    entities = [r[0] for r in conn.execute(
        "SELECT id FROM entities WHERE type IN ('PERSON', 'ORG', 'GPE')")]
    linked = [r[0] for r in conn.execute("SELECT entity_id FROM entity_links")]
    articles = [r[0] for r in conn.execute("SELECT id FROM articles")]
    last = conn.execute("SELECT max(published) FROM articles").fetchone()[0] or date.today().isoformat()
    conn.close()
    until = date.fromisoformat(last[:10])
    since = until - timedelta(days=365)
    queries = _queries(shared, rng, n)
    out = []
    for i in range(n):
        out.append({
            "story": str(rng.choice(stories if i % 2 else by_article)),
            "entity": str(rng.choice(entities if i % 2 else linked)),
            "article": str(rng.choice(articles)), "q": queries[i][0], "q2": queries[i][1],
            "since": since.isoformat(), "until": until.isoformat(),
        })
    return out


def _queries(shared: Path, rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Words, two-word ANDs and two-word phrases of the real Timeline17 texts (as frequent as
    there); every store story keeps about half of these common words."""
    from benchmarks._stream import STOP
    from benchmarks._timeline17 import load_articles

    words: list[list[str]] = []
    for a in load_articles(shared)[:400]:
        words.append([w for w in a.to_article().text.lower().split() if w.isalpha() and len(w) > 3])
    pool = [w for ws in words for w in ws if w not in STOP]

    def one() -> str:
        kind = rng.random()
        if kind < 0.6:
            return rng.choice(pool)
        if kind < 0.8:
            return f"{rng.choice(pool)} {rng.choice(pool)}"
        ws = rng.choice([ws for ws in words if len(ws) > 2])
        at = rng.randrange(len(ws) - 1)
        return f'"{ws[at]} {ws[at + 1]}"'

    return [(one(), one()) for _ in range(n)]


def _bare_fts(db: str, queries: list[str]) -> Load:
    """The baseline: the bare FTS query through sqlite3, one after another, no HTTP."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    out = Load()
    for q in queries:
        t0 = time.perf_counter()
        conn.execute(BARE_FTS, (q,)).fetchall()
        out.seconds.append(time.perf_counter() - t0)
        out.statuses[200] += 1
    conn.close()
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db: str) -> tuple[subprocess.Popen, str]:
    import httpx

    port = _free_port()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "src"), env.get("PYTHONPATH", "")])
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks._web_serve", db, str(port)], env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the benchmark server exited with {proc.returncode}")
        try:
            if httpx.get(base + "/_bench/ready", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the benchmark server did not start in 120 s")


def _quote(params: dict[str, str]) -> dict[str, str]:
    from urllib.parse import quote_plus

    return {k: quote_plus(v) for k, v in params.items()}


def measure(shared: Path, total: int) -> dict:
    from benchmarks._web_store import build

    db = str(build(shared, total))
    samples = _samples(db, shared, REQUESTS + WARMUP)
    queries = [s["q"] for s in samples]
    results: dict[str, Load | str] = {"bare FTS, sqlite3": _bare_fts(db, queries[WARMUP:])}
    alone: dict[str, Load] = {}  # the same kinds, one request at a time
    proc, base = _serve(db)
    try:
        for kind, template, _ in [("bare FTS, HTTP", "/_bench/fts?q={q}", None), *KINDS]:
            urls = [template.format(**_quote(s)) for s in samples]
            probe = load(base, urls[:3], 1)
            if probe.statuses.get(404) == 3:
                results[kind] = "route answers 404 in this build: skipped"
                continue
            load(base, urls[3:WARMUP], CONCURRENCY, BUDGET / 3)
            results[kind] = load(base, urls[WARMUP:], CONCURRENCY, BUDGET)
            alone[kind] = load(base, urls[WARMUP:WARMUP + ALONE], 1, BUDGET / 2)
            print(f"  {kind}: p95 {results[kind].quantile(0.95) * 1000:.1f} ms, one connection"
                  f" {alone[kind].quantile(0.95) * 1000:.1f} ms", file=sys.stderr, flush=True)
    finally:
        proc.terminate()
        proc.wait(30)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    facts = {name: conn.execute(sql).fetchone()[0] for name, sql in {
        "articles": "SELECT count(*) FROM articles", "stories": "SELECT count(*) FROM stories",
        "largest": "SELECT max(size) FROM stories", "entities": "SELECT count(*) FROM entities",
        "first": "SELECT min(published) FROM articles", "last": "SELECT max(published) FROM articles",
    }.items()}
    conn.close()
    return {"results": results, "alone": alone, "facts": facts, "db_mb": os.path.getsize(db) / 1e6}


def report(m: dict) -> str:
    from benchmarks._web_report import report as render

    return render(m, KINDS, CONCURRENCY, REQUESTS, BUDGET)


def run(shared: Path, limit: int | None) -> str:
    if not (shared / "data" / "timeline17").exists():
        return "## Web speed\n\n_Skipped: ../shared/data/timeline17 not found._\n"
    return report(measure(shared, limit or TOTAL))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help=f"articles in the store (default {TOTAL:,})")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    print(run(args.shared, args.limit))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
