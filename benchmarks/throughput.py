"""Analysis throughput as a ratio to bare spaCy ``nlp.pipe`` on the same texts, with peak memory.

Each side runs in its own fresh process (so peak RSS is its own and neither warms the
other's caches), alternating bare/newsdesk twice and keeping each side's best time:
the ratio is what matters on a noisy machine, never the absolute seconds.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

GOAL = 0.85


def _texts(shared: Path, limit: int | None) -> list[str]:
    folder = shared / "data" / "polnear" / "train" / "text"
    files = sorted(folder.glob("*.txt"))[: limit or 200]
    return [f.read_text("utf-8") for f in files]


def _measure(mode: str, shared: Path, limit: int | None) -> dict:
    """Run in a child process: time one pass over the texts, report seconds and peak RSS."""
    from newsdesk.models import Article
    from newsdesk.nlp import analyze_many, load_model

    texts = _texts(shared, limit)
    nlp = load_model()
    list(nlp.pipe(texts[:4]))  # warm-up outside the clock
    t0 = time.perf_counter()
    if mode == "bare":
        for _ in nlp.pipe(texts, batch_size=32):
            pass
    else:
        for _ in analyze_many((Article(text=t) for t in texts), nlp, batch_size=32):
            pass
    seconds = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "docs": len(texts), "words": words, "rss_mb": rss_mb}


def _child(mode: str, shared: Path, limit: int | None) -> dict:
    cmd = [sys.executable, "-m", "benchmarks.throughput", mode, str(shared), str(limit or 0)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(shared: Path, limit: int | None = None) -> str:
    """Markdown section: docs/s and words/s for both sides, the ratio, peak memory."""
    if not (shared / "data" / "polnear").is_dir():
        return "## Analysis throughput\n\nSkipped: ../shared/data/polnear is absent.\n"
    best: dict[str, dict] = {}
    for mode in ("bare", "newsdesk", "bare", "newsdesk"):
        r = _child(mode, shared, limit)
        if mode not in best or r["seconds"] < best[mode]["seconds"]:
            best[mode] = r
    bare, ours = best["bare"], best["newsdesk"]
    ratio = bare["seconds"] / ours["seconds"]
    lines = [
        "## Analysis throughput",
        "",
        f"{ours['docs']} PolNeAR train articles ({ours['words']:,} words), `batch_size=32`, one process, "
        "each side in a fresh process, best of two alternating runs.",
        "",
        "| pipeline | docs/s | words/s | peak RSS (MB) |",
        "|---|---:|---:|---:|",
    ]
    for name, r in (("bare spaCy `nlp.pipe`", bare), ("newsdesk `analyze_many`", ours)):
        docs_s, words_s = r["docs"] / r["seconds"], r["words"] / r["seconds"]
        lines.append(f"| {name} | {docs_s:.1f} | {words_s:,.0f} | {r['rss_mb']:.0f} |")
    verdict = "meets" if ratio >= GOAL else "misses"
    summary = f"**Throughput ratio newsdesk / bare spaCy: {ratio:.2f}** ({verdict} the goal ≥ {GOAL})."
    lines += ["", summary, ""]
    return "\n".join(lines)


if __name__ == "__main__":
    mode, shared_arg, limit_arg = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]) or None
    print(json.dumps(_measure(mode, shared_arg, limit_arg)))
