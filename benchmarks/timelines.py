"""Story timelines on Timeline17: alignment-based ROUGE-1/2 F1 and date F1 with tilse.

    python -m benchmarks.timelines [--limit N] [--reimpl] [--tune]

Setup (Martschat & Markert 2018; Ghalandari & Ifrim 2020, as the published figures): for each
gold timeline, ``build_timeline`` runs on its collection's articles published within the gold
timeline's date range, asked for as many dates as the gold timeline has and as many sentences
per date as its average (rounded), dates restricted to that range, days only. Scores from
tilse 0.2.1: ``TimelineRougeEvaluator.evaluate_align_date_content_costs_many_to_one`` ("align+
m:1", the alignment-based ROUGE the papers report) with ROUGE-1.5.5 (tilse's bundled Perl
script, stemming and stopword removal; ``--reimpl`` or a missing Perl XML::Parser falls back
to tilse's approximate Python reimplementation, and the section says so), and
``tilse.evaluation.dates.evaluate_dates`` for date F1. Both timelines are tokenized the same
way (words and punctuation split by spaces) before scoring.

Baseline, same run, same budget: the gold number of busiest publication dates in the range,
each with the lead sentences of its first articles (as many as the gold average per date).
``--tune`` grid-searches ``TimelineParams`` on the tuning collections (alternate collections
in name order) with the fast ROUGE; the section reports every collection and says which tuned.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from statistics import mean

from newsdesk.models import Analysis
from newsdesk.stories import _text
from newsdesk.stories.timeline import TimelineParams, build_timeline

from ._timeline17 import T17Timeline, dataset_dir, load_articles, load_timelines

#: Chosen by ``--tune`` on the tuning collections (see ``tuned``).
PARAMS = TimelineParams()
ANCHOR = "Datewise (Ghalandari & Ifrim 2020) on Timeline17: ROUGE-1 0.120, ROUGE-2 0.035, date F1 0.544."
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass
class Score:
    r1: float
    r2: float
    date: float


def tuned(collections: list[str]) -> set[str]:
    """The collections the weights are tuned on: every other one in name order."""
    return set(sorted(collections)[::2])


def _tok(sentence: str) -> str:
    return " ".join(_TOKEN.findall(sentence))


def _tilse(entries: dict[str, list[str]]):  # noqa: ANN202
    from tilse.data.timelines import Timeline

    return Timeline({dt.date.fromisoformat(d): [_tok(s) for s in sents] for d, sents in entries.items()})


def evaluator(reimpl: bool):  # noqa: ANN201
    """tilse's ROUGE evaluator, with the Perl ROUGE-1.5.5 when it runs here."""
    from tilse.evaluation import rouge

    if not reimpl:
        ev = rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"])
        try:
            ev.rouge.score_summary([["test"]], {"0": [["test"]]})
            return ev, "ROUGE-1.5.5 (Perl)"
        except Exception:  # noqa: BLE001 - Perl or its XML::Parser missing
            pass
    ev = rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation="reimpl")
    return ev, "tilse's Python reimplementation of ROUGE (approximate)"


def score(pred: dict[str, list[str]], gold: T17Timeline, ev) -> Score:  # noqa: ANN001
    from tilse.data.timelines import GroundTruth
    from tilse.evaluation import dates

    truth = GroundTruth([_tilse({d: s for d, s in gold.entries})])
    if not pred:
        return Score(0.0, 0.0, 0.0)
    p = _tilse(pred)
    r = ev.evaluate_align_date_content_costs_many_to_one(p, truth)
    return Score(r["rouge_1"]["f_score"], r["rouge_2"]["f_score"], dates.evaluate_dates(p, truth)["f_score"])


def budget(gold: T17Timeline) -> tuple[int, int, str, str]:
    """Dates, sentences per date, first and last date of the gold timeline."""
    days = sorted(d for d, _ in gold.entries)
    per_date = max(1, round(mean(len(s) for _, s in gold.entries)))
    return len(days), per_date, days[0], days[-1]


def system(
    arts: list[tuple[int, Analysis]], gold: T17Timeline, params: TimelineParams
) -> dict[str, list[str]]:
    n, k, start, end = budget(gold)
    entries = build_timeline(arts, max_dates=n, sentences_per_date=k, start=start, end=end, months=False,
                             params=params)
    return {e.date: [s.text for s in _text.split_sentences(e.summary)] for e in entries if e.summary}


def baseline(arts: list[tuple[int, Analysis]], gold: T17Timeline) -> dict[str, list[str]]:
    """The busiest publication dates, each with the lead sentences of its first articles."""
    n, k, _, _ = budget(gold)
    by_day: dict[str, list[Analysis]] = defaultdict(list)
    for _, a in arts:
        by_day[a.article.published[:10]].append(a)
    days = sorted(by_day, key=lambda d: (-len(by_day[d]), d))[:n]
    out = {}
    for d in days:
        leads = []
        for a in by_day[d]:
            sents = [s.text for s in _text.sentences(a) if len(s.text.split()) >= 6]
            if sents:
                leads.append(sents[0])
            if len(leads) == k:
                break
        if leads:
            out[d] = leads
    return out


def load(shared: Path, limit: int | None) -> list[tuple[T17Timeline, list[tuple[int, Analysis]]]]:
    """Each gold timeline with its collection's analysed articles published in its range."""
    from ._analysed import analyses

    raw = load_articles(shared)
    done = analyses("timeline17", [a.to_article() for a in raw])
    by_coll: dict[str, list[tuple[int, Analysis]]] = defaultdict(list)
    for i, (a, an) in enumerate(zip(raw, done, strict=True), 1):
        by_coll[a.collection].append((i, an))
    out = []
    for gold in load_timelines(shared)[:limit] if limit else load_timelines(shared):
        _, _, start, end = budget(gold)
        arts = [(i, a) for i, a in by_coll[gold.collection] if start <= a.article.published[:10] <= end]
        out.append((gold, arts))
    return out


def evaluate(data, params: TimelineParams, ev, with_baseline: bool = True):  # noqa: ANN001, ANN201
    rows = []
    for gold, arts in data:
        t = time.perf_counter()
        pred = system(arts, gold, params)
        secs = time.perf_counter() - t  # building the timeline only, not scoring it
        ours = score(pred, gold, ev)
        base = score(baseline(arts, gold), gold, ev) if with_baseline else None
        rows.append((gold, len(arts), ours, base, secs))
    return rows


def _mean(scores: list[Score]) -> Score:
    return Score(mean(s.r1 for s in scores), mean(s.r2 for s in scores), mean(s.date for s in scores))


def table(rows, tune_set: set[str]) -> list[str]:  # noqa: ANN001
    out = ["| timeline | articles | dates × sents | newsdesk R1 | R2 | date F1 | baseline R1 | R2 "
           "| date F1 |",
           "|---|---|---|---|---|---|---|---|---|"]
    for gold, n_arts, ours, base, _ in rows:
        n, k, _, _ = budget(gold)
        mark = " (tuning)" if gold.collection in tune_set else ""
        out.append(f"| {gold.collection}{mark} | {n_arts} | {n} × {k} | {ours.r1:.3f} | {ours.r2:.3f} | "
                   f"{ours.date:.3f} | {base.r1:.3f} | {base.r2:.3f} | {base.date:.3f} |")
    means = (("mean, all", lambda g: True), ("mean, held out", lambda g: g.collection not in tune_set))
    for label, keep in means:
        sel = [r for r in rows if keep(r[0])]
        if not sel:
            continue
        o, b = _mean([r[2] for r in sel]), _mean([r[3] for r in sel])
        out.append(f"| **{label}** ({len(sel)}) | | | **{o.r1:.3f}** | **{o.r2:.3f}** | **{o.date:.3f}** | "
                   f"{b.r1:.3f} | {b.r2:.3f} | {b.date:.3f} |")
    return out


def run(shared: Path, limit: int | None = None, reimpl: bool = False) -> str:
    head = "## Timelines (Timeline17, tilse alignment-based ROUGE and date F1)\n\n"
    try:
        import tilse  # noqa: F401
    except ImportError:
        return head + "_Skipped: tilse is not installed (pinned in requirements.lock)._\n"
    if not dataset_dir(shared).exists():
        return head + f"_Skipped: {dataset_dir(shared)} not found._\n"
    data = load(shared, limit)
    ev, rouge_name = evaluator(reimpl)
    rows = evaluate(data, PARAMS, ev)
    tune_set = tuned([g.collection for g in load_timelines(shared)])
    per_story = mean(r[4] for r in rows)
    per_article = 1000 * sum(r[4] for r in rows) / max(1, sum(r[1] for r in rows))
    lines = [
        head.rstrip(), "",
        f"Each gold timeline of `../shared/data/timeline17` ({len(rows)} timelines, one per collection here: "
        "a subset of the 19 of the published Timeline17, so the anchor is a reference, not a like-for-like "
        "comparison). `build_timeline` gets the collection's articles published in the gold range "
        "(stored analyses), the gold number of dates and the gold mean sentences per date, days only; "
        f"scored with tilse 0.2.1 align+ m:1 (alignment-based) ROUGE F1 using {rouge_name}, and date F1. "
        "Baseline, same run and budget: the busiest publication dates, each with the lead sentences of "
        "its first articles.",
        "",
        *table(rows, tune_set),
        "",
        f"Weights (`TimelineParams`): {PARAMS}, tuned on the collections marked (tuning) — every other "
        "collection in name order — by `python -m benchmarks.timelines --tune`; the held-out mean is over "
        f"the others. Time to build a timeline from stored analyses (no model loaded): {per_story:.2f} s "
        f"on average, {per_article:.1f} ms per article.",
        "",
        f"Anchor: {ANCHOR}",
    ]
    return "\n".join(lines) + "\n"


def tune(shared: Path) -> None:
    """Grid-search the weights on the tuning collections with the fast ROUGE; print the ranking."""
    data = load(shared, None)
    keep = tuned([g.collection for g, _ in data])
    data = [(g, a) for g, a in data if g.collection in keep]
    ev, _ = evaluator(reimpl=True)
    # date selection first, then the choice of sentences. A first round searched lead 1-3, pub_weight
    # 0.25-0.5, article_cap 1-2, relevance 0-2, then lead_bonus 0-0.2, after_bonus and pub_penalty 0-0.1,
    # max_words 35-50; this round refines around its best (lead 3, 0.5, 1, 2; 0.2, 0.1, 0, 50) and found a
    # plateau (every setting within 0.002 ROUGE-1 and ROUGE-2 of it), so the first round's values stand.
    stages = [
        {"lead": (3, 5), "pub_weight": (0.5, 1.0), "relevance": (2.0, 3.0)},
        {"lead_bonus": (0.2, 0.4), "after_bonus": (0.0, 0.1)},
    ]
    best = PARAMS
    for grid in stages:
        results = []
        for values in itertools.product(*grid.values()):
            params = replace(best, **dict(zip(grid, values, strict=True)))
            m = _mean([r[2] for r in evaluate(data, params, ev, with_baseline=False)])
            results.append((m.r1 + m.r2 + m.date / 4, m, params))
            print(f"{m.r1:.3f} {m.r2:.3f} {m.date:.3f} {params}", file=sys.stderr, flush=True)
        results.sort(key=lambda r: -r[0])
        for _, m, p in results[:3]:
            print(f"best: R1 {m.r1:.3f} R2 {m.r2:.3f} date {m.date:.3f} {p}", flush=True)
        best = results[0][2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N gold timelines")
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--reimpl", action="store_true", help="tilse's fast approximate ROUGE")
    parser.add_argument("--tune", action="store_true", help="grid-search the weights (tuning collections)")
    args = parser.parse_args(argv)
    if args.tune:
        tune(args.shared)
    else:
        print(run(args.shared, args.limit, args.reimpl))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
