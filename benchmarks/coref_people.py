"""Cross-document coreference of named people (issue 9): the entity linker on ECB+ topics 1–22.

**Gold.** Every ECB+ ``HUMAN_PART_PER`` mention that is a *name*, by one general rule: each
alphabetic word starts with a capital (name particles such as "da", "bin", "van" allowed),
it is not a pronoun, not only title words ("President", "the Pope" fails the capital rule),
and where capitals say nothing (at a sentence start, or in a title-case line: a headline) it
is kept only when the corpus never writes one of its words in lower case (so "Police" opening
a sentence or "Actress" in a headline are not names). Gold label:
the mention's cross-document chain.

**System.** Each document's cached analysis is stored in a ``Store(":memory:")`` through
``save_analysis`` and ``identities.link_entities``, in corpus order, as ingest would. A gold
mention takes the store-wide id of the PERSON entity mention overlapping it most; a gold
mention our NER missed is a **singleton** (its own cluster) — counted below; a second row
gives such mentions the exact-name label instead, to show what the misses cost.

**Baselines, same run.** (1) exact normalised name: the gold mention's own words,
case-folded, spaces collapsed (perfect mention detection, no NER); (2) the store before the
linker: each article entity's exact canonical name (``entities`` keyed by case-folded name,
what ``save_analysis`` stores), with the within-article resolution.

**Merge precision check (Timeline17).** The Timeline17 articles are linked in publication
order; every link that joins a person to a store-wide entity of a *different* name key (a
bare surname resolved by context, a transliteration, a dropped middle name or initial, a
spelling already linked) is listed, and a seeded sample of 40 is judged **by reading** the
article around the mention and the target's other articles (``python -m benchmarks.coref_people``
prints the sample). A merge is right when both names stand for the same real referent; a
merge that cannot be verified (a commenter's handle) counts as wrong. The judgements are in
``coref_people_labels.json`` (our words, keyed by a hash of collection and the two names);
judgements of earlier linker versions are kept there but only the current sample counts, and
a sampled merge not yet judged is reported as such.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import time
from collections import defaultdict
from pathlib import Path

from benchmarks._analysed import analyses
from benchmarks._clusters import bcubed, pairwise
from benchmarks._ecbplus import EcbDoc, load_docs
from benchmarks._timeline17 import load_articles
from newsdesk.ingest import content_hash
from newsdesk.models import Analysis, Article, Document
from newsdesk.store import Store
from newsdesk.stories import identities, names

PRONOUNS = frozenset(
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself "
    "she her hers herself they them their theirs themselves it its itself who whom whose one someone "
    "anyone everyone everybody somebody nobody".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def lower_vocabulary(docs: list[EcbDoc]) -> set[str]:
    """Words the corpus writes in lower case somewhere (common words, not names)."""
    return {w for d in docs for w in _WORD.findall(d.text) if w.islower()}


def is_name(text: str, capitals_say_nothing: bool, lower: set[str]) -> bool:
    """The general filter for a named mention (see the module docstring)."""
    words = _WORD.findall(text)
    if not words or any(w.casefold() in PRONOUNS for w in words if len(words) == 1):
        return False
    if any(not w[0].isupper() and w not in names.PARTICLES for w in words):
        return False
    if all(w.casefold() in names.TITLES for w in words):
        return False
    return not (capitals_say_nothing and all(w.casefold() in lower for w in words))


def capitals_say_nothing(doc: EcbDoc, start: int) -> bool:
    """True at a sentence start and in a title-case line (a headline), where a capital is no sign
    of a name."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    if start == line_start:
        return True
    line_end = doc.text.find("\n", start)
    words = _WORD.findall(doc.text[line_start : line_end if line_end >= 0 else None])
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def exact_label(text: str) -> str:
    return " ".join(text.casefold().split())


def link_corpus(
    articles: list[Article], results: list[Analysis]
) -> tuple[Store, list[int], list[dict[int, int]]]:
    """A store holding every analysis, linked in order: (store, document ids, local → store-wide)."""
    store = Store(":memory:")
    ids, links = [], []
    for art, analysis in zip(articles, results, strict=True):
        raw = f"{art.url}\n{art.text}"
        doc_id = store.add_document(Document(source=art.url or "?", kind="text", content=raw, url=art.url,
                                             content_hash=content_hash(raw)))
        with store.transaction():
            store.save_analysis(doc_id, analysis)
            store._unlink_entities(doc_id)
            links.append(identities.link_entities(store, doc_id, analysis))
        ids.append(doc_id)
    return store, ids, links


def _overlapping(analysis: Analysis, start: int, end: int) -> tuple[int, str] | None:
    """(local entity id, canonical) of the PERSON mention overlapping [start, end) most."""
    best, size = None, 0
    for e in analysis.people():
        for m in e.mentions:
            shared = min(end, m.end) - max(start, m.start)
            if shared > size:
                best, size = (e.id, e.canonical), shared
    return best


def ecb_scores(shared: Path, limit: int | None) -> tuple[list[str], dict[str, int]]:
    docs = load_docs(shared)
    results = analyses("ecbplus", [d.to_article() for d in docs])
    if limit:
        docs, results = docs[:limit], results[:limit]
    lower = lower_vocabulary(docs)
    store, _, links = link_corpus([d.to_article() for d in docs], results)
    gold, exact, before, linked, linked_fb = {}, {}, {}, {}, {}
    counts = defaultdict(int)
    for doc, analysis, link in zip(docs, results, links, strict=True):
        for m in doc.people:
            counts["HUMAN_PART_PER mentions"] += 1
            if not is_name(m.text, capitals_say_nothing(doc, m.start), lower):
                continue
            item = (doc.name, m.m_id)
            gold[item] = m.instance
            exact[item] = exact_label(m.text)
            hit = _overlapping(analysis, m.start, m.end)
            if hit is None:
                counts["named mentions our NER missed"] += 1
                linked[item] = ("missed", item)
                linked_fb[item] = ("exact", exact_label(m.text))
                before[item] = ("missed", item)
                continue
            local, canonical = hit
            linked[item] = linked_fb[item] = link[local]
            before[item] = ("key", exact_label(canonical))
    counts["named mentions (gold)"] = len(gold)
    counts["gold entities (chains)"] = len(set(gold.values()))
    counts["system entities"] = len({v for v in linked.values() if not isinstance(v, tuple)})
    store.close()
    rows = [
        ("exact normalised name (baseline)", exact),
        ("exact canonical entity key (store before the linker)", before),
        ("**linker** (missed mentions: singletons)", linked),
        ("linker (missed mentions: exact name)", linked_fb),
    ]
    lines = ["| system | B³ P | B³ R | B³ F1 | pairwise P | pairwise R | pairwise F1 |",
             "|---|---|---|---|---|---|---|"]
    for label, system in rows:
        b, p = bcubed(gold, system), pairwise(gold, system)
        lines.append(f"| {label} | " + " | ".join(f"{x:.3f}" for x in (*b, *p)) + " |")
    return lines, dict(counts)


#: Judgements of sampled Timeline17 merges, made by reading the article around each mention
#: (keyed by ``sample_key``; our own words, no text of the data set).
LABELS = Path(__file__).with_name("coref_people_labels.json")
SAMPLE = 40


def sample_key(collection: str, local: str, target: str) -> str:
    return hashlib.sha1(f"{collection}|{local}|{target}".encode()).hexdigest()[:10]


def t17_merges(shared: Path, limit: int | None) -> tuple[list[dict], dict[str, int], float]:
    """Every link of a Timeline17 PERSON entity to a store-wide entity of another name key, with
    what a reader needs to judge it; the links per method; the linker's share of the store time."""
    arts = load_articles(shared)
    results = analyses("timeline17", [a.to_article() for a in arts])
    order = sorted(range(len(arts)), key=lambda i: (arts[i].published, i))[: limit or None]
    articles = [arts[i].to_article() for i in order]
    analysed = [results[i] for i in order]
    started = time.perf_counter()
    plain = Store(":memory:")
    for art, analysis in zip(articles, analysed, strict=True):
        raw = f"{art.url}\n{art.text}"
        doc_id = plain.add_document(Document(source=art.url or "?", kind="text", content=raw, url=art.url,
                                             content_hash=content_hash(raw)))
        plain.save_analysis(doc_id, analysis)
    plain.close()
    store_only = time.perf_counter() - started
    started = time.perf_counter()
    store, ids, links = link_corpus(articles, analysed)
    with_links = time.perf_counter() - started
    methods = {r[0]: r[1] for r in store._conn.execute(
        "SELECT method, count(*) FROM entity_links GROUP BY method ORDER BY method")}
    merges = []
    for n, (doc_id, analysis) in enumerate(zip(ids, analysed, strict=True)):
        for e in analysis.people():
            row = store._conn.execute(
                "SELECT l.method, e.canonical FROM entity_links l JOIN entities e ON e.id = l.entity_id"
                " WHERE l.article_id = ? AND l.local_id = ?", (doc_id, e.id)).fetchone()
            if row is None or row[0] == "new" or names.name_key(e.canonical) == names.name_key(row[1]):
                continue
            a = arts[order[n]]
            merges.append({"key": sample_key(a.collection, e.canonical, row[1]), "method": row[0],
                           "collection": a.collection, "local": e.canonical, "target": row[1],
                           "article": analysis.article, "entity": e})
    store.close()
    return merges, methods, with_links / store_only - 1


def t17_section(shared: Path, limit: int | None) -> list[str]:
    merges, methods, overhead = t17_merges(shared, limit)
    labels = json.loads(LABELS.read_text("utf-8")) if LABELS.exists() else {}
    sample = random.Random(9).sample(merges, min(SAMPLE, len(merges)))
    judged = [labels[m["key"]][0] for m in sample if m["key"] in labels]
    by_method: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for m in sample:
        if m["key"] in labels:
            by_method[m["method"]][0] += 1
            by_method[m["method"]][1] += bool(labels[m["key"]][0])
    right = sum(bool(j) for j in judged)
    lines = [
        "",
        f"Timeline17 ({sum(methods.values())} article entities linked in publication order): links by"
        " method " + ", ".join(f"{k} {v}" for k, v in methods.items()) + f". Links that join a person to"
        f" an entity of another name key: {len(merges)}; a seeded sample of {len(sample)}, judged by"
        f" reading the article around the mention: **{right} of {len(judged)} right"
        f" (precision {right / len(judged) if judged else 0:.2f})**"
        + (f", {len(sample) - len(judged)} not judged" if len(judged) < len(sample) else "") + ".",
        "By method (right / judged): " + ", ".join(
            f"{k} {v[1]}/{v[0]}" for k, v in sorted(by_method.items())) + ".",
        f"Linking costs {overhead:.0%} on top of storing the analyses (same articles, same run).",
    ]
    return lines


def run(shared: Path, limit: int | None) -> str:
    ecb_lines, counts = ecb_scores(shared, limit)
    parts = [
        "## Cross-document coreference: named people (issue 9)",
        "",
        "ECB+ topics 1–22, gold `HUMAN_PART_PER` mentions that are names (the filter and the"
        " mapping are in `benchmarks/coref_people.py`); B³ and pairwise over gold mentions."
        " A gold mention our NER missed is a singleton in the linker's main row.",
        "",
        *ecb_lines,
        "",
        "Counts: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + ".",
        *t17_section(shared, limit),
    ]
    return "\n".join(parts) + "\n"


def _print_sample(shared: Path) -> None:
    """The sampled merges with the words around the first mention (for judging them)."""
    merges, _, _ = t17_merges(shared, None)
    labels = json.loads(LABELS.read_text("utf-8")) if LABELS.exists() else {}
    for m in random.Random(9).sample(merges, min(SAMPLE, len(merges))):
        text, mention = m["article"].text, m["entity"].mentions[0]
        print(f"\n## {m['key']} {labels.get(m['key'], '?')} {m['collection']} {m['method']}: "
              f"{m['local']!r} -> {m['target']!r}")
        print("   ", text[max(0, mention.start - 250): mention.end + 150].replace("\n", " "))


if __name__ == "__main__":
    _print_sample(Path(__file__).resolve().parent.parent.parent / "shared")
