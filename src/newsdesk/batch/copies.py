"""Copies over a batch's output, as one distributed job: band keys grouped across the cluster.

Each article's MinHash signature (made on the way, ``rows.done_row``) is cut into the same
bands as the store's copies index (``stories.copies``: same scheme, same thresholds). Rows
are exploded into one row per band key and grouped by key, as large deduplication pipelines
do; in each group, an article is verified against the earliest members published before it
(at most ``per_key``, which bounds a mass reprint), with the store's decision: the estimated
Jaccard or containment, the same names, within ``max_days``. Each copy keeps its best original
(highest Jaccard, then earliest), and the chains (a copy of a copy) are followed to the
canonical article on the driver, which holds one small row per copy.

The shuffle carries each signature once per band (42 x 504 bytes): about 25 KB per article.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from newsdesk.stories.copies import (
    DEFAULT,
    Params,
    Signature,
    band_keys,
    days_apart,
    is_copy,
    jaccard,
    same_names,
)

LINK_COLUMNS = ["source", "original", "canonical", "jaccard"]


def _order(published: Any, source: str) -> tuple[str, str]:
    return (published or "", source)


def band_rows(row: dict[str, Any], params: Params = DEFAULT) -> list[dict[str, Any]]:
    """One row per band key of an article long enough to be judged."""
    if (row.get("shingles") or 0) < params.min_shingles or not row.get("minhash"):
        return []
    sig = Signature.from_bytes(row["minhash"], row["shingles"])
    keep = {k: row[k] for k in ("source", "published", "minhash", "shingles", "names")}
    return [{"band": key, **keep} for key in band_keys(sig, params)]


def verify_group(group: pd.DataFrame, params: Params = DEFAULT) -> pd.DataFrame:
    """The verified (copy, original) pairs among the articles sharing one band key."""
    found: list[dict[str, Any]] = []
    if len(group) > 1:
        members = sorted(group.to_dict("records"), key=lambda r: _order(r["published"], r["source"]))
        sigs = [Signature.from_bytes(m["minhash"], m["shingles"]) for m in members]
        for i in range(1, len(members)):
            me = members[i]
            for j in range(min(i, params.per_key)):
                other = members[j]
                if other["source"] == me["source"]:
                    continue
                score = jaccard(sigs[i], sigs[j])
                if not is_copy(score, sigs[i].size, sigs[j].size, params):
                    continue
                if not same_names(set(me["names"]), set(other["names"])):
                    continue
                if days_apart(me["published"], other["published"]) > params.max_days:
                    continue
                found.append({"copy": me["source"], "original": other["source"], "jaccard": round(score, 4),
                              "original_published": other["published"] or ""})
    return pd.DataFrame(found, columns=["copy", "original", "jaccard", "original_published"])


def best_original(group: pd.DataFrame) -> pd.DataFrame:
    """A copy's best original: the highest Jaccard, then the earliest."""
    rows = group.to_dict("records")
    best = min(rows, key=lambda r: (-r["jaccard"], r["original_published"], r["original"]))
    return pd.DataFrame([best])


def canonical_links(pairs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each copy with its original and its canonical article (the original of its original ...)."""
    original = {p["copy"]: p["original"] for p in pairs}
    links = []
    for p in sorted(pairs, key=lambda p: p["copy"]):
        root, seen = p["original"], {p["copy"]}
        while root in original and root not in seen:  # originals are earlier, so chains end
            seen.add(root)
            root = original[root]
        links.append({"source": p["copy"], "original": p["original"], "canonical": root,
                      "jaccard": float(p["jaccard"])})
    return links


def find_copies(articles: Any, params: Params = DEFAULT) -> list[dict[str, Any]]:
    """The copy links of a Ray Dataset of article rows (see ``rows``)."""
    bands = articles.flat_map(lambda row: band_rows(row, params))
    pairs = bands.groupby("band").map_groups(lambda g: verify_group(g, params), batch_format="pandas")
    best = pairs.groupby("copy").map_groups(best_original, batch_format="pandas")
    return canonical_links(best.take_all())
