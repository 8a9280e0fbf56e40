"""The cost of placing one article in the copies index, at 1,000 and at 20,000 stored articles.

A synthetic stream of articles made of random sentences of real ones (Timeline17 and PolNeAR;
one in ten a trimmed reprint of an earlier one) goes into a file store, one transaction per
article as ingest does. Measured: the median time of ``link_copy`` over the 400 articles up
the same 400 new articles placed in a store of 1,000 and in one of 20,000, in turn (the
median, and in turn: the machine is shared), the reads it makes and the index's bytes per
article; beside the usual alternative, an in-memory
datasketch MinHashLSH (query + insert), which must be rebuilt from every stored article at
each start (its build time is given too).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from datasketch import MinHashLSH

from benchmarks._copy_variants import polnear, timeline17
from newsdesk.models import Article
from newsdesk.store import Store
from newsdesk.stories import copies

WINDOW = 400


def _sentences(shared: Path) -> list[str]:
    out = []
    for it in polnear(shared, "train") + timeline17(shared, {"H1N1_reuters", "bpoil_guardian"}):
        out += [s for s in it.text.replace("\n\n", "\n").split("\n") if len(s) > 60]
    return out


def _stream(shared: Path, n: int) -> list[str]:
    rng = random.Random(5)
    pool = _sentences(shared)
    texts: list[str] = []
    for i in range(n):
        if i > 10 and rng.random() < 0.1:
            ps = texts[rng.randrange(len(texts))].split("\n\n")
            texts.append("\n\n".join(ps[: max(3, len(ps) * 2 // 3)]))
        else:
            texts.append("\n\n".join(rng.sample(pool, rng.randint(8, 25))))
    return texts


def _fill(store: Store, texts: list[str]) -> None:
    from benchmarks.copies import _store_article

    for i, text in enumerate(texts, 1):
        doc_id = _store_article(store, f"s{i}", text)
        with store.transaction():
            copies.link_copy(store, doc_id, Article(text=text))


def cost_section(shared: Path, limit: int | None) -> list[str]:
    """Two stores, of 1,000 and of ``n`` articles; the same new articles are then placed in
    each in turn, so a busy machine slows both alike."""
    from benchmarks.copies import _store_article

    n = 20_000 if not limit else max(2_000, limit * 4)
    texts = _stream(shared, n + WINDOW)
    stream, probes = texts[:n], texts[n:]
    marks = (1_000, n)
    times: dict[int, list[float]] = {m: [] for m in marks}
    statements = [0]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "small.db") as small, \
            Store(Path(tmp) / "large.db") as large:
        _fill(small, stream[: marks[0]])
        _fill(large, stream)
        counting = [False]

        def trace(sql: str) -> None:
            if counting[0] and sql.lstrip().upper().startswith("SELECT"):
                statements[0] += 1

        small._conn.set_trace_callback(trace)
        for i, text in enumerate(probes):
            for mark, store in ((marks[0], small), (n, large)):
                doc_id = _store_article(store, f"p{i}", text)
                counting[0] = store is small
                t = time.perf_counter()
                with store.transaction():
                    copies.link_copy(store, doc_id, Article(text=text))
                times[mark].append(time.perf_counter() - t)
                counting[0] = False
        small._conn.set_trace_callback(None)
        index_bytes = _index_bytes(large)
        sigs = _signatures(large)[:n]
    lsh_times, build = _lsh(sigs, marks)
    ms = {m: 1000 * statistics.median(v) for m, v in times.items()}
    per = statements[0] / WINDOW
    d = copies.DEFAULT
    return [
        f"### Cost: one article placed in a store of {marks[0]:,} and of {n:,} articles (file stores)", "",
        f"The same {WINDOW} new articles placed in each store in turn; median time per article.", "",
        f"| | {marks[0]:,} | {n:,} | ratio |", "|---|---|---|---|",
        f"| ours: link_copy (signature, look-ups, write) ms | {ms[marks[0]]:.2f} | {ms[n]:.2f} | "
        f"{ms[n] / ms[marks[0]]:.2f}x |",
        f"| baseline: in-memory MinHashLSH query + insert ms | {lsh_times[0]:.3f} | {lsh_times[1]:.3f} | "
        f"{lsh_times[1] / lsh_times[0]:.2f}x |",
        "",
        f"- Reads per article (ours): {per:.1f} indexed SELECTs ({d.bands} band look-ups, each reading at "
        f"most {d.per_key} rows; one read of at most {d.max_candidates} candidates' signatures; the "
        "canonical article's link), whatever the size of the store.",
        f"- Index size: {index_bytes / (n + WINDOW):.0f} bytes per article (signatures, band keys, indexes).",
        f"- The in-memory baseline is rebuilt at each start: {build:.1f} s for {n:,} signatures here, "
        "growing with the store; ours needs no rebuild.",
        "",
    ]


def _index_bytes(store: Store) -> int:
    try:
        rows = store._conn.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name IN ('copy_signatures', 'copy_bands',"
            " 'copy_bands_article', 'copy_links', 'copy_links_canonical')"
        ).fetchone()
        return int(rows[0] or 0)
    except Exception:  # noqa: BLE001 - dbstat is an optional SQLite module
        return 0


def _signatures(store: Store) -> list[copies.Signature]:
    rows = store._conn.execute("SELECT minhash, shingles FROM copy_signatures ORDER BY article_id")
    return [copies.Signature.from_bytes(bytes(r[0]), int(r[1])) for r in rows]


def _lsh(sigs: list[copies.Signature], marks: tuple[int, int]) -> tuple[tuple[float, float], float]:
    from datasketch import LeanMinHash

    params = copies.DEFAULT
    lsh = MinHashLSH(num_perm=params.num_perm, params=(params.bands, params.rows))
    out = []
    t0 = time.perf_counter()
    spent: list[float] = []
    for i, sig in enumerate(sigs, 1):
        m = LeanMinHash(seed=copies.SEED, hashvalues=sig.hashvalues, scheme="affine32")
        t = time.perf_counter()
        lsh.query(m)
        lsh.insert(i, m)
        spent.append(time.perf_counter() - t)
    build = time.perf_counter() - t0
    for m in (marks[0], len(sigs)):
        out.append(1000 * statistics.median(spent[max(0, m - WINDOW) : m]))
    return (out[0], out[1]), build
