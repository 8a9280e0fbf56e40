"""Clustering and coreference scores: BCubed, pairwise, MUC, CEAF-e and the CoNLL F1.

Every function takes two dicts item → cluster label (gold, system) over the same items
(an item missing from ``system`` counts as a singleton of its own). Scores are (P, R, F1).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping

Labels = Mapping[Hashable, Hashable]
Score = tuple[float, float, float]


def _f(p: float, r: float) -> Score:
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _clusters(labels: Labels, items: list[Hashable]) -> list[set[Hashable]]:
    groups: dict[Hashable, set[Hashable]] = defaultdict(set)
    for item in items:
        groups[labels.get(item, ("__single__", item))].add(item)
    return list(groups.values())


def _aligned(gold: Labels, system: Labels) -> tuple[list[set[Hashable]], list[set[Hashable]]]:
    items = list(gold)
    return _clusters(gold, items), _clusters(system, items)


def bcubed(gold: Labels, system: Labels) -> Score:
    """BCubed precision and recall averaged over items (Bagga & Baldwin 1998)."""
    g_of = {i: c for c in _aligned(gold, system)[0] for i in c}
    s_of = {i: c for c in _aligned(gold, system)[1] for i in c}
    if not g_of:
        return 0.0, 0.0, 0.0
    p = sum(len(g_of[i] & s_of[i]) / len(s_of[i]) for i in g_of) / len(g_of)
    r = sum(len(g_of[i] & s_of[i]) / len(g_of[i]) for i in g_of) / len(g_of)
    return _f(p, r)


def pairwise(gold: Labels, system: Labels) -> Score:
    """Precision and recall over pairs of items put in one cluster."""
    g, s = _aligned(gold, system)
    g_of = {i: n for n, c in enumerate(g) for i in c}
    same_sys = sum(len(c) * (len(c) - 1) // 2 for c in s)
    same_gold = sum(len(c) * (len(c) - 1) // 2 for c in g)
    both = 0
    for c in s:
        counts: dict[int, int] = defaultdict(int)
        for i in c:
            counts[g_of[i]] += 1
        both += sum(k * (k - 1) // 2 for k in counts.values())
    p = both / same_sys if same_sys else 1.0
    r = both / same_gold if same_gold else 1.0
    return _f(p, r)


def muc(gold: Labels, system: Labels) -> Score:
    """MUC (Vilain et al. 1995): links needed to join each key cluster, over its partition."""
    g, s = _aligned(gold, system)

    def score(keys: list[set[Hashable]], responses: list[set[Hashable]]) -> float:
        of = {i: n for n, c in enumerate(responses) for i in c}
        num = sum(len(k) - len({of[i] for i in k}) for k in keys)
        den = sum(len(k) - 1 for k in keys)
        return num / den if den else 0.0

    return _f(score(s, g), score(g, s))


def ceaf_e(gold: Labels, system: Labels) -> Score:
    """Entity-based CEAF (Luo 2005) with phi4 similarity and an optimal one-to-one alignment."""
    from scipy.optimize import linear_sum_assignment

    g, s = _aligned(gold, system)
    if not g or not s:
        return 0.0, 0.0, 0.0
    import numpy as np

    sim = np.zeros((len(g), len(s)))
    s_of = {i: n for n, c in enumerate(s) for i in c}
    for a, gc in enumerate(g):
        for i in gc:
            b = s_of[i]
            if sim[a, b] == 0:
                sim[a, b] = 2 * len(gc & s[b]) / (len(gc) + len(s[b]))
    rows, cols = linear_sum_assignment(-sim)
    total = float(sim[rows, cols].sum())
    return _f(total / len(s), total / len(g))


def conll(gold: Labels, system: Labels) -> float:
    """The CoNLL F1: the mean of the MUC, B³ and CEAF-e F1 scores."""
    return (muc(gold, system)[2] + bcubed(gold, system)[2] + ceaf_e(gold, system)[2]) / 3
