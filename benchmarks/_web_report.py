"""The markdown section of ``benchmarks/web_speed.py``."""

from __future__ import annotations

from benchmarks._load import Load


def _ms(seconds: float) -> str:
    ms = seconds * 1000
    return f"{ms:.1f}" if ms >= 10 else f"{ms:.2f}" if ms >= 0.1 else f"{ms:.3f}"


def _ratio(p95: float, base: float) -> str:
    return f"{p95 / base:,.1f}×" if base and p95 / base < 100 else f"{p95 / base:,.0f}×" if base else "–"


def _statuses(result: Load) -> str:
    other = {s: n for s, n in sorted(result.statuses.items()) if s != 200}
    if not other:
        return ""
    return "; ".join(f"{n}× HTTP {s} (e.g. `{result.examples[s]}`)" for s, n in other.items())


def report(m: dict, kinds: list, concurrency: int, requests: int,  # type: ignore[type-arg]
           budget: float = 30.0) -> str:
    results, f = m["results"], m["facts"]
    base = results["bare FTS, sqlite3"].quantile(0.95)
    templates = {kind: (url, goal) for kind, url, goal in kinds}
    templates["bare FTS, HTTP"] = ("/_bench/fts?q={q}", None)
    http = results["bare FTS, HTTP"]
    http95 = http.quantile(0.95) if isinstance(http, Load) else 0.0
    alone = m.get("alone", {})
    rows = [f"| kind | URL | requests | p50 ms | p95 ms | p99 ms | p95 ÷ bare FTS | p95 ÷ FTS over HTTP "
            f"| p95 ms, one connection | goal p95 | at {concurrency} connections | at one |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    notes, verdicts, verdicts_alone = [], [], []
    for kind, result in results.items():
        url, goal = templates.get(kind, ("`sqlite3`: " + "`SELECT rowid FROM articles_fts … LIMIT 20`", None))
        shown = f"`{url}`" if url.startswith("/") else url
        goal_ms = f"{goal:g} ms" if goal else "–"
        if isinstance(result, str):
            rows.append(f"| {kind} | {shown} | – | – | – | – | – | – | – | {goal_ms} | {result} | |")
            continue
        p95 = result.quantile(0.95)
        one = alone.get(kind)
        one95 = one.quantile(0.95) if isinstance(one, Load) and one.seconds else None
        verdict = "" if goal is None else ("**meets**" if p95 * 1000 <= goal else "**misses**")
        verdict_one = "" if goal is None or one95 is None else (
            "**meets**" if one95 * 1000 <= goal else "**misses**")
        if goal is not None:
            verdicts.append(verdict)
            verdicts_alone.append(verdict_one)
        ratio = "1 (the baseline)" if kind == "bare FTS, sqlite3" else _ratio(p95, base)
        over_http = "–" if kind == "bare FTS, sqlite3" else _ratio(p95, http95)
        n = f"{len(result.seconds):,}" + ("" if len(result.seconds) >= requests else " (time budget)")
        rows.append(f"| {kind} | {shown} | {n} | {_ms(result.quantile(0.5))} | **{_ms(p95)}** | "
                    f"{_ms(result.quantile(0.99))} | {ratio} | {over_http} | "
                    f"{_ms(one95) if one95 is not None else '–'} | {goal_ms} | {verdict} | {verdict_one} |")
        if _statuses(result):
            notes.append(f"- {kind}: {_statuses(result)}")
    skipped = sum(isinstance(r, str) for r in results.values())
    return "\n".join([
        "## Web speed",
        "",
        f"A store of {f['articles']:,} articles ({f['stories']:,} stories, the largest {f['largest']:,} "
        f"articles; {f['entities']:,} entities; published {f['first'][:10]} to {f['last'][:10]}; "
        f"{m['db_mb']:,.0f} MB), generated from the real Timeline17 and ECB+ analyses by re-dating and "
        "mixing (`benchmarks/_web_store.py`, cached), served by `newsdesk.web.create_app` under uvicorn "
        f"(one process) in a subprocess. Load on loopback: {concurrency} connections at once (httpx, "
        f"`benchmarks/_load.py`), {requests} requests per kind after a warm-up (fewer when a kind "
        f"runs out of its {budget:g} s budget), parameters sampled from "
        "the store (stories and entities half uniformly, half as often as articles mention them) and "
        "queries from the words of the real articles (words, two-word ANDs, two-word phrases); time to "
        "the last byte. Baseline, measured in the same run: the p95 of the bare full-text query "
        "(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 20`) through sqlite3 alone; "
        "the same query behind the same HTTP stack and load (a route of the benchmark's own wrapper, "
        "`benchmarks/_web_serve.py`) shows what serving costs by itself. Each kind is then measured "
        "again one request at a time (up to 100 of the same requests): the latency a reader meets "
        f"when the server is not queueing; at {concurrency} connections on this machine's cores (which "
        "the load generator shares) every request also waits for the others. Goals: story, entity "
        "and search p95 ≤ 100 ms, analytics over a year ≤ 500 ms; both readings are judged.",
        "",
        *rows,
        "",
        *(["Answers other than 200:", "", *notes, ""] if notes else []),
        (f"{skipped} kind(s) skipped: their routes answer 404 in the build measured (pages built on other "
         "branches); run `python -m benchmarks.run --only web_speed` again once they are merged."
         if skipped else "Every kind was measured."),
        f"Goals met at {concurrency} connections: {verdicts.count('**meets**')} of {len(verdicts)} measured;"
        f" one connection at a time: {verdicts_alone.count('**meets**')} of {len(verdicts_alone)}.",
        "",
    ])
