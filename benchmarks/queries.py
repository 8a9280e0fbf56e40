"""Query cost under the limits: the worst search we can provoke, and how fast the budget stops it.

Two stores: the demo corpus (``examples/corpus``, analysed with the spaCy model) and the
same analyses stored ``COPIES`` times over, each copy with changed content (a paragraph
naming the copy), so the full-text indexes are that many times larger. On each, every
adversarial query below runs through ``Store.search`` and ``Store.quotes(about=...)`` (page
of 20 plus the count) with no time budget; the worst is then run again under a small budget
to see how long the progress handler takes to stop it. Queries stay within the ``[query]``
limits (1,000 characters, 64 words) — longer ones are refused before SQLite sees them.

    python -m benchmarks.queries [--copies N]     prints the figures as JSON
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from newsdesk.config import load_settings
from newsdesk.errors import QueryError
from newsdesk.ingest import content_hash
from newsdesk.models import Analysis, Document, Section
from newsdesk.store import Store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
COPIES = 50
STOP_BUDGET = 0.05  # seconds: the budget used to time how quickly a query is stopped

#: Spellings FTS5 (unicode61, remove_diacritics 2) folds to one token, which exact-repeat
#: removal cannot drop: the costliest way to repeat a common word within the limits.
_T, _H, _E = "tťţṫṭ", "hĥḣḥḧ", "eéèêëēĕėęě"


def _the_variants(n: int) -> list[str]:
    return ["".join(p) for p in itertools.islice(itertools.product(_T, _H, _E), n)]


def adversarial(frequent: list[str], max_terms: int) -> dict[str, str]:
    """Label -> query: the costly shapes we know of, each within the limits."""
    top = frequent[:max_terms]
    letters = "abcdefghijklmnopqrstuvwxyz0123456789"
    two = sorted({w[:2] for w in frequent if len(w) >= 2})[: max_terms - len(letters)]
    variants = _the_variants(max_terms)
    nested = "the"
    for w in frequent[1:16]:
        nested = f"({nested} OR {w}) {w}"
    return {
        "64 spellings of 'the' (AND)": " ".join(variants),
        "64 spellings of 'the' (OR)": " OR ".join(variants),
        "64 frequent words (AND)": " ".join(top),
        "64 frequent words (OR)": " OR ".join(top),
        "64 one- and two-letter prefixes (OR)": " OR ".join(f"{p}*" for p in [*letters, *two]),
        "NEAR of 64 frequent words, distance 1000": f"NEAR({' '.join(top)}, 1000)",
        "NEAR of 64 spellings of 'the'": f"NEAR({' '.join(variants)}, 1000)",
        "NEAR of 'the' x 64 (repeats)": f"NEAR({' '.join(['the'] * max_terms)}, 1000)",
        "phrase of 64 'the'": '"' + " ".join(["the"] * max_terms) + '"',
        "'the' x 200 (repeats)": " ".join(["the"] * 200),
        "frequent word minus 63 others": frequent[0] + " " + " ".join(f"-{w}" for w in frequent[1:max_terms]),
        "groups 16 deep": nested,
    }


def _analyses(store: Store) -> list[Analysis]:
    ids = store.documents_needing_analysis(since_version="0")  # "0": every document
    return [a for a in map(store.get_analysis, ids) if a is not None]


def _frequent_words(store: Store, n: int) -> list[str]:
    """The corpus's most frequent words (letters only, lower case)."""
    counts = Counter(w for a in _analyses(store) for w in re.findall(r"[a-z]+", a.article.text.lower()))
    return [w for w, _ in counts.most_common(n)]


def _run_query(store: Store, query: str) -> float:
    t0 = time.perf_counter()
    store.search(query, limit=20)
    store.quotes(about=query, limit=20)
    store.count_quotes(about=query)
    return time.perf_counter() - t0


def measure_store(store: Store) -> dict:
    """Worst query time with no budget, and how long a STOP_BUDGET budget takes to stop it."""
    settings = load_settings()
    queries = adversarial(_frequent_words(store, 200), settings.query_max_terms)
    store.query_seconds = 0  # no time limit: measure the raw cost
    times: dict[str, float] = {}
    for label, query in queries.items():
        assert len(query) <= settings.query_max_chars, label
        times[label] = round(min(_run_query(store, query) for _ in range(2)), 4)
    worst = max(times, key=times.__getitem__)
    store.query_seconds = STOP_BUDGET
    t0 = time.perf_counter()
    try:
        _run_query(store, queries[worst])
        stopped = None  # finished within the budget
    except QueryError:
        stopped = round(time.perf_counter() - t0, 4)
    store.query_seconds = None
    counts = store.counts()
    return {
        "articles": counts["articles"],
        "quotes": counts["quotes"],
        "worst_query": worst,
        "worst_seconds": times[worst],
        "stopped_after_seconds": stopped,
        "times": times,
    }


def demo_store(path: Path) -> Store:
    """The demo corpus ingested with the spaCy model."""
    from newsdesk.nlp import load_model
    from newsdesk.pipeline import ingest_paths

    store = Store(path)
    ingest_paths([str(CORPUS)], store, load_model())
    return store


def copy_store(source: Store, path: Path, copies: int) -> Store:
    """``copies`` copies of every analysis in ``source``, each with an extra paragraph naming it."""
    store = Store(path)
    analyses = _analyses(source)
    with store.transaction():
        for k in range(copies):
            for analysis in analyses:
                art = analysis.article
                extra = f"Archive copy {k} of this report."
                text = f"{art.text}\n\n{extra}"
                start = len(art.text) + 2
                sections = [*art.sections, Section("paragraph", start, len(text))]
                changed = replace(art, text=text, sections=sections)
                doc = Document(source=f"copy-{k}", kind="text", content=text, url=None,
                               content_hash=content_hash(f"{k}\n{text}"))
                store.save_analysis(store.add_document(doc), replace(analysis, article=changed))
    return store


def measure(copies: int = COPIES) -> dict:
    """The figures: limits, budget, and per store the worst query and its stop time."""
    settings = load_settings()
    figures: dict = {
        "limits": {"max_chars": settings.query_max_chars, "max_terms": settings.query_max_terms},
        "budget_seconds": settings.query_seconds,
        "stop_budget_seconds": STOP_BUDGET,
    }
    with tempfile.TemporaryDirectory() as tmp:
        demo = demo_store(Path(tmp) / "demo.db")
        figures["demo"] = measure_store(demo)
        big = copy_store(demo, Path(tmp) / "big.db", copies)
        figures[f"demo x{copies}"] = measure_store(big)
        demo.close()
        big.close()
    return figures


def run(shared: Path | None = None, limit: int | None = None) -> str:
    """Markdown section (``benchmarks.run`` interface; ``limit`` caps the number of copies)."""
    copies = min(limit, COPIES) if limit else COPIES
    f = measure(copies)
    lines = [
        "## Query cost under the limits",
        "",
        f"Limits: {f['limits']['max_chars']:,} characters, {f['limits']['max_terms']} words; "
        f"time budget {f['budget_seconds']:g} s per read. Worst of {len(f['demo']['times'])} adversarial "
        "queries (search page + quotes --about page and count), no budget; then the same query under a "
        f"{f['stop_budget_seconds']:g} s budget.",
        "",
        "| store | articles | worst query | seconds | stopped after (s) |",
        "|---|---:|---|---:|---:|",
    ]
    for name in ("demo", f"demo x{copies}"):
        s = f[name]
        stop = s["stopped_after_seconds"]
        stopped = "finished" if stop is None else f"{stop:.3f}"
        lines.append(
            f"| {name} | {s['articles']:,} | {s['worst_query']} | {s['worst_seconds']:.3f} | {stopped} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=COPIES)
    print(json.dumps(measure(parser.parse_args().copies), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
