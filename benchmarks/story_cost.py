"""Cost at scale (issue 9): placing the 20,000th article of a stream against placing the 1,000th,
and the story layer's cost as a share of the per-article analysis.

The stream is synthetic (``benchmarks/_stream.py``: real Timeline17 and ECB+ analyses rewritten
into many distinct stories, with copies), so 20,000 articles need no spaCy run. Each article is
written as ingest writes it: the document, its analysis and its placement in one transaction
of a file store in WAL mode, ``place_article`` under a savepoint. Only ``place_article`` is
timed. The baseline, measured in the same run, is the per-article analysis of 50 real
Timeline17 articles (``analyze_many`` in batches, as ingest runs it).

    python -m benchmarks.story_cost [--limit N]    # N articles instead of 20,000
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

GOAL = 1.5
TOTAL = 20_000
WINDOW = 100  # articles averaged at each end


def _windows(total: int) -> tuple[range, range]:
    """1-based positions: about #950–#1,049 (or a tenth of the way in) and the last ``WINDOW``."""
    centre = 1_000 if total >= 4_000 else max(WINDOW, total // 10)
    early = range(max(1, centre - WINDOW // 2), max(1, centre - WINDOW // 2) + WINDOW)
    late = range(total - WINDOW + 1, total + 1)
    return early, late


def _templates(shared: Path):  # noqa: ANN202
    from benchmarks._analysed import analyses
    from benchmarks._ecbplus import load_docs
    from benchmarks._stream import templates
    from benchmarks._timeline17 import load_articles

    t17 = load_articles(shared)
    ecb = load_docs(shared)
    t17_analyses = analyses("timeline17", [a.to_article() for a in t17])
    ecb_analyses = analyses("ecbplus", [d.to_article() for d in ecb])
    pairs = list(zip((a.collection for a in t17), t17_analyses, strict=True))
    pairs += list(zip((d.story for d in ecb), ecb_analyses, strict=True))
    return templates(pairs), t17


def _analysis_seconds(t17, n: int = 50) -> float:  # noqa: ANN001
    """Mean seconds of the per-article analysis of ``n`` real Timeline17 articles (all collections)."""
    from newsdesk.nlp import analyze_many, load_model

    nlp = load_model()
    step = max(1, len(t17) // n)
    articles = [a.to_article() for a in t17[::step][:n]]
    list(analyze_many(articles[:2], nlp))  # warm-up outside the clock
    t0 = time.perf_counter()
    list(analyze_many(articles, nlp, batch_size=32))
    return (time.perf_counter() - t0) / len(articles)


class _Undo(Exception):
    """Raised to roll a probe back: the store is left as it was."""


def _probe(store, items) -> list[float]:  # noqa: ANN001
    """Seconds to place each probe article, each written and placed in a transaction rolled back."""
    from newsdesk.stories import place_article

    out = []
    for item in items:
        try:
            with store.transaction():
                doc_id = store.insert_document(item.document).id
                store.save_analysis(doc_id, item.analysis)
                t0 = time.perf_counter()
                with store.savepoint("place"):
                    place_article(store, doc_id, item.analysis)
                out.append(time.perf_counter() - t0)
                raise _Undo
        except _Undo:
            pass
    return out


def measure(shared: Path, total: int) -> dict:
    """Stream ``total`` articles into a fresh file store; time each placement."""
    from benchmarks._stream import stream
    from newsdesk.store import Store
    from newsdesk.stories import place_article

    groups, t17 = _templates(shared)
    analysis = _analysis_seconds(t17)
    early, late = _windows(total)
    probes = list(stream(groups, WINDOW, seed=99, first_story=10**7))  # new stories, placed twice
    probed: dict[str, list[float]] = {}
    place: list[float] = []
    write: list[float] = []
    stories: set[int] = set()
    with tempfile.TemporaryDirectory(prefix="story-cost-") as tmp:
        path = Path(tmp) / "stream.db"
        store = Store(path)
        t_all = time.perf_counter()
        for item in stream(groups, total):
            t0 = time.perf_counter()
            with store.transaction():
                doc_id = store.insert_document(item.document).id
                store.save_analysis(doc_id, item.analysis)
                t1 = time.perf_counter()
                with store.savepoint("place"):
                    placed = place_article(store, doc_id, item.analysis)
                t2 = time.perf_counter()
            write.append(t1 - t0)
            place.append(t2 - t1)
            if placed.story_id is not None:
                stories.add(placed.story_id)
            if item.n in (early.stop - 1, total):
                probed["early" if item.n < total else "late"] = _probe(store, probes)
            if item.n % 2_000 == 0:
                print(f"  {item.n} articles, {time.perf_counter() - t_all:.0f}s", file=sys.stderr, flush=True)
        size = sum(f.stat().st_size for f in Path(tmp).iterdir())
        store.close()
    return {
        "total": len(place), "early": early, "late": late,
        "early_s": [place[i - 1] for i in early], "late_s": [place[i - 1] for i in late],
        "place_mean": statistics.fmean(place), "write_mean": statistics.fmean(write),
        "analysis": analysis, "stories": len(stories), "db_mb": size / 1e6,
        "groups": len(groups), "templates": sum(len(v) for v in groups.values()),
        "probe_early": probed.get("early", []), "probe_late": probed.get("late", []),
    }


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def _ratio(late: list[float], early: list[float], stat) -> str:  # noqa: ANN001
    if not late or not early or not stat(early):
        return "–"
    return f"{stat(late) / stat(early):.2f}×"


def report(m: dict) -> str:
    med, mean = statistics.median, statistics.fmean
    e, late = m["early"], m["late"]
    early_s, late_s, p_early, p_late = m["early_s"], m["late_s"], m["probe_early"], m["probe_late"]
    ratio = med(late_s) / med(early_s) if med(early_s) else float("inf")
    verdict = "meets" if ratio <= GOAL else "misses"
    rows = [
        "| placement | early | late | late ÷ early, median | late ÷ early, mean |",
        "|---|---|---|---|---|",
        f"| stream articles #{e.start:,}–#{e.stop - 1:,} and #{late.start:,}–#{late.stop - 1:,}, "
        f"median (mean) | {_ms(med(early_s))} ({_ms(mean(early_s))}) | "
        f"{_ms(med(late_s))} ({_ms(mean(late_s))}) | **{ratio:.2f}×** | {_ratio(late_s, early_s, mean)} |",
    ]
    if p_early and p_late:
        rows.append(
            f"| the same {len(p_early)} new articles after #{e.stop - 1:,} and after #{late.stop - 1:,} "
            f"(rolled back), median (mean) | {_ms(med(p_early))} ({_ms(mean(p_early))}) | "
            f"{_ms(med(p_late))} ({_ms(mean(p_late))}) | {_ratio(p_late, p_early, med)} | "
            f"{_ratio(p_late, p_early, mean)} |")
    analysis, write = m["analysis"], m["write_mean"]
    share = [
        "| per article | time | ÷ analysis |",
        "|---|---|---|",
        f"| analysis (`analyze_many`, 50 Timeline17 articles): the baseline | {_ms(analysis)} | 1 |",
        f"| story layer (`place_article`), mean over the stream | {_ms(m['place_mean'])} | "
        f"{m['place_mean'] / analysis:.3f} |",
        f"| story layer, mean of the last {WINDOW} | {_ms(mean(late_s))} | {mean(late_s) / analysis:.3f} |",
        f"| store write (document + analysis), mean | {_ms(write)} | {write / analysis:.3f} |",
    ]
    return "\n".join([
        "## Story layer cost at scale",
        "",
        f"A synthetic stream of {m['total']:,} articles ({m['stories']:,} stories placed; built from "
        f"{m['templates']:,} real Timeline17 and ECB+ analyses in {m['groups']} groups, names and half the "
        "content words rewritten per story, dates moved forward, 5% exact and 5% near copies: "
        "`benchmarks/_stream.py`), written as ingest writes it (one transaction per article, a file store in "
        f"WAL mode, {m['db_mb']:.0f} MB at the end). Only `place_article` is timed. Goal: the last "
        f"articles placed in at most {GOAL}× the time of articles #{e.start:,}–#{e.stop - 1:,} (medians: "
        f"a mean of {WINDOW} is swayed by one garbage collection); this run **{verdict}** it. The second "
        "row is a control: the same new articles (each starting a story) placed at both sizes, then "
        "rolled back.",
        "",
        *rows,
        "",
        "The whole story layer against the per-article analysis, measured in the same run:",
        "",
        *share,
        "",
    ])


def run(shared: Path, limit: int | None) -> str:
    if not (shared / "data" / "timeline17").exists():
        return "## Story layer cost at scale\n\n_Skipped: ../shared/data/timeline17 not found._\n"
    return report(measure(shared, limit or TOTAL))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help=f"articles in the stream (default {TOTAL:,})")
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args(argv)
    print(run(args.shared, args.limit))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
