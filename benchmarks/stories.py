"""Stories: online clustering of streamed articles against the gold stories (issue 9).

Timeline17 articles streamed in publication order (gold story: the collection's topic) and
ECB+ topics 1–22 (gold story: topic and its ecb / ecbplus half — two real events of the same
kind, the hard case), scored with BCubed and pairwise P/R/F1. Our system places the cached
analyses into a fresh store (``save_analysis`` + ``place_article``, the real ingest path).
The baseline is single-pass TF-IDF clustering (cosine to each cluster's centroid, a new
cluster below a threshold) at its best threshold, swept in the same run on the same part.
Thresholds were tuned on the tuning part (Timeline17 topics bpoil, H1N1, MJ; ECB+ topics
1–11); the check part (Timeline17 LibyaWar and haiti; ECB+ topics 12–22) is reported apart.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from benchmarks._analysed import analyses
from benchmarks._clusters import bcubed, pairwise
from benchmarks._ecbplus import load_docs
from benchmarks._timeline17 import load_articles
from newsdesk.ingest import content_hash
from newsdesk.models import Analysis, Document
from newsdesk.store import Store
from newsdesk.stories import place_article

TUNE_TOPICS = {"bpoil", "H1N1", "MJ"}
TUNE_ECB = range(1, 12)
THRESHOLDS = [round(0.05 * k, 2) for k in range(1, 13)]


def place_all(items: Sequence[Analysis]) -> tuple[list[int | None], float, float]:
    """Story of each analysis placed in arrival order into a fresh store; seconds spent
    saving the analyses and seconds placing them."""
    store = Store(":memory:")
    saving = placing = 0.0
    out: list[int | None] = []
    for k, analysis in enumerate(items):
        raw = f"{k}\n{analysis.article.url}"
        t0 = time.perf_counter()
        with store.transaction():
            doc_id = store.add_document(Document(source=f"bench:{k}", kind="text", content=raw,
                                                 url=analysis.article.url, content_hash=content_hash(raw)))
            store.save_analysis(doc_id, analysis)
            t1 = time.perf_counter()
            place_article(store, doc_id, analysis)
        placing += time.perf_counter() - t1
        saving += t1 - t0
    out = [store.story_of(i + 1) for i in range(len(items))]
    store.close()
    return out, saving, placing


def tfidf_single_pass(texts: Sequence[str], threshold: float) -> list[int]:
    """The baseline: each text joins the cluster whose centroid is most similar (cosine) if at
    least ``threshold``, else starts one. IDF from the whole collection (an advantage)."""
    x = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts).tocsr()
    centroids = np.zeros(x.shape, dtype=np.float32)  # at most one cluster per text
    norms = np.zeros(x.shape[0])
    k = 0
    labels: list[int] = []
    for i in range(x.shape[0]):
        row = x[i]
        idx, vals = row.indices, row.data
        sims = centroids[:k, idx] @ vals / np.where(norms[:k] > 0, norms[:k], 1.0)
        best = int(np.argmax(sims)) if k else -1
        if best < 0 or sims[best] < threshold:
            best, k = k, k + 1
        centroids[best, idx] += vals
        norms[best] = float(np.linalg.norm(centroids[best]))
        labels.append(best)
    return labels


def _row(name: str, gold: list[str], labels: Sequence[object]) -> str:
    g = dict(enumerate(gold))
    s = {i: lab for i, lab in enumerate(labels)}
    b, p = bcubed(g, s), pairwise(g, s)
    return (f"| {name} | {len(set(gold))} | {len(set(labels))} | {b[0]:.3f} | {b[1]:.3f} | **{b[2]:.3f}** |"
            f" {p[0]:.3f} | {p[1]:.3f} | {p[2]:.3f} |")


def _evaluate(
    title: str, items: list[Analysis], gold: list[str], texts: list[str]
) -> tuple[list[str], float]:
    ours, saving, placing = place_all(items)
    rows = [_row(f"{title}: newsdesk", gold, ours)]
    best = max(THRESHOLDS, key=lambda t: bcubed(dict(enumerate(gold)),
                                                dict(enumerate(tfidf_single_pass(texts, t))))[2])
    rows.append(_row(f"{title}: TF-IDF single pass (best threshold {best})", gold,
                     tfidf_single_pass(texts, best)))
    return rows, placing / max(len(items), 1)


def _analysis_seconds(articles: list) -> float:  # type: ignore[type-arg]
    """Seconds per article of the per-article analysis (model loaded beforehand)."""
    from newsdesk.nlp import analyze_many, load_model

    nlp = load_model()
    t0 = time.perf_counter()
    list(analyze_many(articles, nlp))
    return (time.perf_counter() - t0) / max(len(articles), 1)


def run(shared: Path, limit: int | None = None) -> str:
    loaded = load_articles(shared)
    t17 = sorted(loaded, key=lambda a: (a.published, a.collection, a.id))
    docs = load_docs(shared)
    t17_an = dict(zip((a.id + a.collection for a in loaded),
                      analyses("timeline17", [a.to_article() for a in loaded]), strict=True))
    ecb_an = analyses("ecbplus", [d.to_article() for d in docs])
    parts = {
        "Timeline17 tuning (bpoil, H1N1, MJ)": [a for a in t17 if a.topic in TUNE_TOPICS],
        "Timeline17 check (LibyaWar, haiti)": [a for a in t17 if a.topic not in TUNE_TOPICS],
    }
    lines = ["## Stories", "", __doc__.split("\n\n", 1)[1].strip(), "",
             "| stream | gold stories | system stories | B³ P | B³ R | B³ F1 | pair P | pair R | pair F1 |",
             "|---|---|---|---|---|---|---|---|---|"]
    per_article = []
    for name, arts in parts.items():
        arts = arts[:limit] if limit else arts
        rows, ms = _evaluate(name, [t17_an[a.id + a.collection] for a in arts], [a.topic for a in arts],
                             [a.text for a in arts])
        lines += rows
        per_article.append(ms)
    for name, keep in (("ECB+ tuning (topics 1–11)", lambda d: d.topic in TUNE_ECB),
                       ("ECB+ check (topics 12–22)", lambda d: d.topic not in TUNE_ECB)):
        sel = [k for k, d in enumerate(docs) if keep(d)][: limit or None]
        rows, ms = _evaluate(name, [ecb_an[k] for k in sel], [docs[k].story for k in sel],
                             [docs[k].text for k in sel])
        lines += rows
        per_article.append(ms)
    analysis_s = _analysis_seconds([a.to_article() for a in parts["Timeline17 check (LibyaWar, haiti)"][:20]])
    place_s = float(np.mean(per_article))
    lines += ["", f"Placing an article (copies, entities, events and story, written to the store)"
              f" took {1000 * place_s:.1f} ms on average over the four streams, against"
              f" {1000 * analysis_s:.0f} ms to analyse one Timeline17 article (20 analysed in this run):"
              f" a ratio of {place_s / analysis_s:.3f}. Goals: B³ F1 ≥ 0.95 on Timeline17, ≥ 0.85 on ECB+."]
    return "\n".join(lines) + "\n"
