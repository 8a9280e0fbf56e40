"""Copies over a batch's output, as one distributed job: band keys grouped across the cluster.

Each article's MinHash signature (made on the way, ``rows.done_row``) is cut into the same
bands as the store's copies index (``stories.copies``: same scheme, same thresholds). Rows
are exploded into one row per band key and grouped by key, as large deduplication pipelines
do; in each group, an article is verified against the earliest members published before it
(at most ``per_key``, which bounds a mass reprint), with the store's decision: the estimated
Jaccard or containment, the same names, within ``max_days``. Each copy keeps its best original
(highest Jaccard, then earliest), and the chains (a copy of a copy) are followed to the
canonical article on the driver, which holds one small row per copy.

The grouping is a two-stage shuffle in plain Ray tasks, as MapReduce does it: a map task per
group of article blocks cuts its band rows into P parts by key, and a reduce task per part
takes that part from every map task and verifies its keys (one call per part, not per key:
most keys have one article). P grows with the articles (``ARTICLES_PER_PART``). Ray Data's
hash shuffle did the same with aggregator actors that took 3-4 s to start on every job, more
than the whole stage at 400 articles; tasks run in the worker processes Ray already has.

The shuffle carries each signature once per band (42 x 504 bytes): about 25 KB per article.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

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


#: The article columns a band row carries (and all the copies job reads of an article).
BAND_COLUMNS = ["source", "published", "minhash", "shingles", "names"]


def _order(published: Any, source: str) -> tuple[str, str]:
    return (published or "", source)


def band_rows(row: dict[str, Any], params: Params = DEFAULT) -> list[dict[str, Any]]:
    """One row per band key of an article long enough to be judged."""
    if (row.get("shingles") or 0) < params.min_shingles or not row.get("minhash"):
        return []
    sig = Signature.from_bytes(row["minhash"], row["shingles"])
    keep = {k: row[k] for k in BAND_COLUMNS}
    return [{"band": key, **keep} for key in band_keys(sig, params)]


PAIR_COLUMNS = ["copy", "original", "jaccard", "original_published"]


def _verify(
    members: list[dict[str, Any]], params: Params, seen: set[tuple[str, str]]
) -> list[dict[str, Any]]:
    """The verified (copy, original) pairs among the articles sharing one band key."""
    members = sorted(members, key=lambda r: _order(r["published"], r["source"]))
    sigs = [Signature.from_bytes(m["minhash"], m["shingles"]) for m in members]
    found = []
    for i in range(1, len(members)):
        me = members[i]
        for j in range(min(i, params.per_key)):
            other = members[j]
            pair = (me["source"], other["source"])
            if other["source"] == me["source"] or pair in seen:
                continue
            seen.add(pair)
            score = jaccard(sigs[i], sigs[j])
            if not is_copy(score, sigs[i].size, sigs[j].size, params):
                continue
            if not same_names(set(me["names"]), set(other["names"])):
                continue
            if days_apart(me["published"], other["published"]) > params.max_days:
                continue
            found.append({"copy": me["source"], "original": other["source"], "jaccard": round(score, 4),
                          "original_published": other["published"] or ""})
    return found


def best_originals(pairs: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each copy's best original: the highest Jaccard, then the earliest."""
    best: dict[str, dict[str, Any]] = {}
    for p in pairs:
        key = (-p["jaccard"], p["original_published"], p["original"])
        mine = best.get(p["copy"])
        if mine is None or key < (-mine["jaccard"], mine["original_published"], mine["original"]):
            best[p["copy"]] = dict(p)
    return list(best.values())


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


ARTICLES_PER_PART = 10_000  # about 250 MB of band rows per map and per reduce task


def split_bands(parts: int, params: Params, *tables: Any) -> Any:
    """Map: the band rows of some article blocks, cut into ``parts`` tables by band key."""
    import pyarrow as pa

    cut: list[list[dict[str, Any]]] = [[] for _ in range(parts)]
    for table in tables:
        for row in table.to_pylist():
            for band in band_rows(row, params):
                cut[band["band"] % parts].append(band)
    schema = pa.schema([("band", pa.int64()), ("source", pa.string()), ("published", pa.string()),
                        ("minhash", pa.binary()), ("shingles", pa.int64()), ("names", pa.list_(pa.string()))])
    out = tuple(pa.Table.from_pylist(rows, schema=schema) for rows in cut)
    return out if parts > 1 else out[0]


def verify_part(params: Params, *tables: Any) -> list[dict[str, Any]]:
    """Reduce: the verified pairs among one part's band rows, gathered from every map task.
    The part holds every row of its keys; most keys have one article and cost nothing."""
    groups: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for table in tables:
        for row in table.to_pylist():
            groups[row["band"]].append(row)
    seen: set[tuple[str, str]] = set()
    return [p for members in groups.values() if len(members) > 1 for p in _verify(members, params, seen)]


def find_copies(articles: Any, count: int, params: Params = DEFAULT) -> list[dict[str, Any]]:
    """The copy links of a Ray Dataset of ``count`` article rows (see ``rows``), found by the
    two-stage shuffle above; the pairs, one small row each, are reduced on the driver."""
    import ray

    parts = max(1, -(-count // ARTICLES_PER_PART))
    refs = articles.select_columns(BAND_COLUMNS).to_arrow_refs()
    split = ray.remote(split_bands).options(num_returns=parts)
    mapped = []
    for m in range(parts):  # as many map tasks as parts, each over every parts-th block
        out = split.remote(parts, params, *refs[m::parts])
        mapped.append(out if parts > 1 else [out])
    verify = ray.remote(verify_part)
    pairs = ray.get([verify.remote(params, *(out[p] for out in mapped)) for p in range(parts)])
    return canonical_links(best_originals(p for found in pairs for p in found))
