"""Reusable scoring functions for extraction benchmarks.

Body scoring follows the ScrapingHub article-extraction benchmark exactly (``evaluate.py``
there): ``\\w+`` tokens, 4-token shingles counted as multisets, per-document TP/FP/FN
normalised so long articles do not weigh more, precision and recall averaged over the
documents where they are defined, and F1 computed from the two averages. Matching the
published definition keeps our figures comparable with the published anchors.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)

Counts = tuple[float, float, float]


def tokenize(text: str | None) -> list[str]:
    return _TOKEN_RE.findall(text or "")


def shingles(text: str | None, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles; a text shorter than n gives one short shingle."""
    tokens = tokenize(text)
    out: Counter[tuple[str, ...]] = Counter()
    for i in range(max(1, len(tokens) - n + 1)):
        gram = tuple(tokens[i : i + n])
        if gram:
            out[gram] += 1
    return out


def shingle_counts(true: str | None, pred: str | None, n: int = 4) -> Counts:
    """Normalised (tp, fp, fn) for one document."""
    t, p = shingles(true, n), shingles(pred, n)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    total = tp + fp + fn
    if total > 0:
        return tp / total, fp / total, fn / total
    return tp, fp, fn


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def prf(counts: Sequence[Counts]) -> dict[str, float]:
    """Precision and recall averaged over documents, F1 from those averages."""
    ps = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1}


def body_scores(pairs: Iterable[tuple[str | None, str | None]]) -> dict[str, float]:
    """Shingle P/R/F1 over (gold, predicted) body pairs."""
    return prf([shingle_counts(t, p) for t, p in pairs])


def norm_ws(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def title_match(gold: str | None, pred: str | None) -> bool:
    """Exact match after Unicode and whitespace normalisation."""
    return bool(gold) and norm_ws(gold) == norm_ws(pred)


def same_day(gold: str | None, pred: str | None) -> bool:
    return bool(gold) and bool(pred) and str(gold)[:10] == str(pred)[:10]


def _name_key(name: str) -> str:
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", name).casefold()))


def author_counts(gold: Iterable[str], pred: Iterable[str]) -> tuple[int, int, int]:
    """(tp, fp, fn) over case- and punctuation-insensitive author names of one document."""
    g = {_name_key(a) for a in gold if _name_key(a)}
    p = {_name_key(a) for a in pred if _name_key(a)}
    return len(g & p), len(p - g), len(g - p)


def micro_prf(counts: Iterable[tuple[int, int, int]]) -> dict[str, float]:
    tp = fp = fn = 0
    for a, b, c in counts:
        tp, fp, fn = tp + a, fp + b, fn + c
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
