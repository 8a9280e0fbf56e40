"""Watching (issue 10): articles per second from feed item to stored, analysed and in a story,
against the same articles ingested without HTTP, and the politeness the server saw.

The demo corpus (``examples/corpus``) is served by ``newsdesk.sources.demo_site`` on 127.0.0.1,
repeated ``COPIES`` times under distinct URLs with a changed line (and the copies' canonical
URL declarations dropped) so that every page is a new article. The baseline, in the same
run, is ``ingest_documents`` over the same pages as
documents (extraction, analysis, store, story placement: everything but HTTP), into a fresh
file store. The watch is one ``watch_once`` (robots.txt, the RSS feed, every page) into
another fresh file store, with ``per_host_rps`` set to ``RPS``; the server's own request times
give the politeness: the most requests in any one-second window and the smallest gap.

    python -m benchmarks.watch
"""

from __future__ import annotations

import bisect
import re
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

_DECLARED = re.compile(r"<link[^>]*rel=.canonical[^>]*>|<meta[^>]*og:url[^>]*>", re.I)
GOAL = 0.9
RPS = 100.0
COPIES = 2
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"


def _pages(limit: int | None):  # noqa: ANN202
    from newsdesk.sources.demo_site import DemoPage, pages_from_folder

    base = pages_from_folder(CORPUS)
    pages = []
    for k in range(COPIES):
        for p in base:
            note = f"<p>Edition {k + 1} of the newsdesk watch benchmark.</p>"
            html = p.html
            if k:  # a new page: one more line, and no canonical URL pointing at the original
                html = _DECLARED.sub("", html.replace("</body>", note + "</body>", 1))
            pages.append(DemoPage(f"/e{k + 1}{p.path}", p.title, p.published, html))
    return pages[:limit] if limit else pages


def _baseline(pages, site_url: str, nlp, tmp: Path) -> float:  # noqa: ANN001
    """Seconds to ingest the pages as documents (no HTTP) into a fresh file store."""
    from newsdesk.ingest import content_hash, normalize_content
    from newsdesk.models import Document
    from newsdesk.pipeline import ingest_documents
    from newsdesk.store import Store

    docs = [Document(site_url + p.path, "html", normalize_content(p.html), url=site_url + p.path,
                     title=p.title, published=p.published, content_hash=content_hash(p.html)) for p in pages]
    with Store(tmp / "baseline.db") as store:
        t0 = time.perf_counter()
        report = ingest_documents(docs, store, nlp)
        seconds = time.perf_counter() - t0
    assert report.new == len(pages), report
    return seconds


def _politeness(times: list[float]) -> tuple[int, float]:
    """The most requests in any one-second window [t, t + 1) and the smallest gap (server side)."""
    times = sorted(times)
    most = max((bisect.bisect_left(times, t + 1.0) - i for i, t in enumerate(times)), default=0)
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    return most, min(gaps, default=0.0)


def measure(limit: int | None) -> dict:
    from newsdesk.config import load_watch_settings
    from newsdesk.nlp import analyze_many, load_model
    from newsdesk.sources.demo_site import DemoSite
    from newsdesk.sources.watch import watch_once
    from newsdesk.store import Store

    nlp = load_model()
    pages = _pages(limit)
    settings = replace(load_watch_settings(), per_host_rps=RPS)
    with tempfile.TemporaryDirectory() as tmp, DemoSite(pages) as site:
        from newsdesk.extract import extract
        from newsdesk.models import Document

        warm = [extract(Document("w", "html", p.html)) for p in pages[:4]]
        list(analyze_many(warm, nlp))  # warm-up outside the clock
        articles = [extract(Document(p.path, "html", p.html)) for p in pages]
        print(f"  analysis alone: {len(pages)} articles ...", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        list(analyze_many(articles, nlp))
        analysis = time.perf_counter() - t0
        print(f"  baseline: {len(pages)} pages ...", file=sys.stderr, flush=True)
        base = _baseline(pages, site.url.rstrip("/"), nlp, Path(tmp))
        with Store(Path(tmp) / "watch.db") as store:
            store.add_source(site.url, [(site.url + "rss.xml", "rss")], name="demo")
            print("  watch_once ...", file=sys.stderr, flush=True)
            t0 = time.perf_counter()
            report = watch_once(store, nlp, settings)
            seconds = time.perf_counter() - t0
            placed = sum(store.story_of(i) is not None for i in store.analysed_article_ids())
        most, gap = _politeness([t for t, _, _ in site.requests])
    return {"n": len(pages), "base": base, "analysis": analysis, "watch": seconds, "report": report,
            "placed": placed, "requests": len(site.requests), "most": most, "gap": gap}


def report(m: dict) -> str:
    n, r = m["n"], m["report"]
    base_rate, watch_rate, analysis_rate = n / m["base"], r.stored / m["watch"], n / m["analysis"]
    ratio = watch_rate / base_rate
    verdict = "meets" if ratio >= GOAL else "misses"
    whole = watch_rate / analysis_rate
    polite = "never above" if m["most"] <= RPS else "**above**"
    return "\n".join([
        "## Watching sources",
        "",
        f"The demo corpus served on 127.0.0.1 by `newsdesk.sources.demo_site`, {COPIES}× under distinct URLs "
        f"({n} pages, each new content), watched once (`watch_once`: robots.txt, the RSS feed, every page "
        f"fetched, extracted, analysed, stored and placed in a story) into a fresh file store, against the "
        f"same pages ingested as documents without HTTP (`ingest_documents`) in the same run. Goal: the "
        f"watch at least {GOAL}× the rate of the ingest alone (fetching must not become the bottleneck); "
        f"this run **{verdict}** it. Against the per-article analysis alone (`analyze_many` over the "
        f"pages already extracted: no extraction, store or stories) the watch runs at {whole:.2f}×: "
        "what the rest of the pipeline (extraction, store, story placement) costs on top of the analysis, "
        "with or without HTTP.",
        "",
        "| path | articles | seconds | articles/s | ÷ baseline |",
        "|---|---|---|---|---|",
        f"| analysis alone (`analyze_many`, articles already extracted) | {n} | {m['analysis']:.1f} | "
        f"{analysis_rate:.2f} | {analysis_rate / base_rate:.2f} |",
        f"| ingest alone (`ingest_documents`): the baseline | {n} | {m['base']:.1f} | {base_rate:.2f} | 1 |",
        f"| watch (`watch_once`, feed item → stored, analysed, in a story) | {r.stored} | {m['watch']:.1f} | "
        f"{watch_rate:.2f} | **{ratio:.2f}** |",
        "",
        f"Stored {r.stored} of {n}, {m['placed']} placed in a story, {r.duplicates} duplicates, "
        f"{len(r.errors)} source errors. Politeness seen by the server ({m['requests']} requests, one host, "
        f"`per_host_rps` = {RPS:g}): at most **{m['most']}** requests in any one-second window "
        f"({polite} the limit); smallest gap between two requests as timestamped by the server "
        f"{m['gap'] * 1000:.1f} ms against the limit's spacing of {1000 / RPS:.1f} ms: the server runs in a "
        "thread of the benchmark's process and stamps a request when it gets the GIL from the analysis, so "
        "single gaps jitter by a few ms (the client books each request at least the spacing after the "
        "previous one); the one-second count does not. At the default `per_host_rps` = 1, one host "
        "gives at most one article a second: the limit, not the pipeline, sets the pace.",
    ]) + "\n"


def run(shared: Path, limit: int | None) -> str:  # noqa: ARG001 - the demo corpus is in the repository
    return report(measure(limit))


if __name__ == "__main__":
    print(report(measure(int(sys.argv[1]) if len(sys.argv) > 1 else None)))
