"""Real articles and the reprints generated from them, for the copies benchmark.

A reprint is made the way outlets edit wire copy: trimmed from the bottom, a paragraph or two
dropped or added (taken from another article of the same source), a new headline, page
chrome left in, another credit line or dateline, the other side's spelling and house style.
Each original gets a reprint with two such edits and a reprint *of that reprint* with one
more (a copy of a copy). The chrome, credits and headlines below are written for this
benchmark. Everything is seeded: the same data gives the same set.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks._timeline17 import load_articles


@dataclass
class Item:
    key: str     # unique in its stream
    group: str   # the original it comes from (gold copy group, before data duplicates)
    text: str    # headline and paragraphs, blank-line separated
    kind: str    # "original", "variant", "negative" (Timeline17) or "demo"


def polnear(shared: Path, split: str) -> list[Item]:
    folder = shared / "data" / "polnear" / split / "text"
    return [Item(f"polnear/{split}/{p.stem}", f"polnear/{split}/{p.stem}", p.read_text("utf-8").strip(),
                 "original") for p in sorted(folder.glob("*.txt"))]


def article_extraction(shared: Path) -> list[Item]:
    gold = json.loads((shared / "data" / "article-extraction" / "articles.json").read_text("utf-8"))
    out = []
    for key in sorted(gold):
        title, body = (gold[key].get("title") or "").strip(), (gold[key].get("articleBody") or "").strip()
        if body:
            out.append(Item(f"ae/{key}", f"ae/{key}", f"{title}\n\n{body}" if title else body, "original"))
    return out


def timeline17(shared: Path, collections: set[str]) -> list[Item]:
    """The hard negatives: every article of these collections (same topic, same days)."""
    return [Item(f"t17/{a.collection}/{a.id}", f"t17/{a.collection}/{a.id}", a.to_article().text, "negative")
            for a in load_articles(shared) if a.collection in collections]


def t17_collections(shared: Path) -> list[str]:
    folder = shared / "data" / "timeline17"
    return sorted(p.name for p in folder.iterdir() if (p / "articles.jsonl.gz").exists())


# -- edits ------------------------------------------------------------------------------
NAV = ["Home | News | World | Politics | Business | Opinion", "Skip to main content", "Menu Search Sign in"]
MID = ["Advertisement", "Share this article", "Story continues below", "READ MORE: Top stories of the day"]
END = ["(c) 2024 The Daily Example. All rights reserved.", "Follow us on Facebook and X for the latest news.",
       "Sign up for our morning newsletter.", "Share | Tweet | Email | Print", "Comments are closed."]
CREDITS = ["(AP)", "(Reuters)", "(AFP)", "(Bloomberg)", "(dpa)"]
CITIES = ["WASHINGTON", "LONDON", "NEW YORK", "PARIS", "BRUSSELS"]
BYLINES = ["By Jane Roe, Associated Press", "By Sam Doe, Reuters", "Staff and agencies", "From wire reports"]
SIGNOFF = ["Reporting by Jane Roe; Editing by Sam Doe", "The Associated Press contributed to this report.",
           "Additional reporting by agencies."]
US_UK = [("ize", "ise"), ("izing", "ising"), ("ized", "ised"), ("ization", "isation"), ("color", "colour"),
         ("honor", "honour"), ("favor", "favour"), ("labor", "labour"), ("center", "centre"),
         ("defense", "defence"), ("percent", "per cent"), ("program", "programme"), ("traveled", "travelled")]
_CREDIT_RE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}\((?:AP|Reuters|AFP|[A-Za-z ]{2,20})\)\s*[-\u2014\u2013]+\s*")


def _paras(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def trim(ps: list[str], rng: random.Random, other: list[str]) -> list[str]:
    keep = max(3, round(len(ps) * rng.uniform(0.5, 0.9)))
    return ps[:keep]


def drop(ps: list[str], rng: random.Random, other: list[str]) -> list[str]:
    if len(ps) < 5:
        return ps
    for _ in range(1 if len(ps) < 10 else 2):
        del ps[rng.randrange(2, len(ps))]
    return ps


def add(ps: list[str], rng: random.Random, other: list[str]) -> list[str]:
    """One or two paragraphs of another article (of 8+ paragraphs, so never most of it)."""
    donors = [d for d in (_paras(o) for o in rng.sample(other, 20)) if len(d) >= 8]
    extra = [p for p in donors[0][1:] if len(p) > 80][: rng.randint(1, 2)] if donors else []
    at = rng.randint(2, len(ps)) if len(ps) > 2 else len(ps)
    return ps[:at] + extra + ps[at:]


def headline(ps: list[str], rng: random.Random, other: list[str]) -> list[str]:
    if rng.random() < 0.5:
        return [_paras(other[rng.randrange(len(other))])[0]] + ps[1:]
    ws = ps[0].split()
    return [" ".join(ws[: max(3, len(ws) - rng.randint(1, 4))]) + ": what we know"] + ps[1:]


def chrome(ps: list[str], rng: random.Random, other: list[str]) -> list[str]:
    at = rng.randint(1, len(ps) - 1) if len(ps) > 2 else len(ps)
    out = [rng.choice(NAV)] + ps[:at] + [rng.choice(MID)] + ps[at:] + rng.sample(END, 2)
    return out


def credit(ps: list[str], rng: random.Random, other: list[str]) -> list[str]:
    if len(ps) < 2:
        return ps
    lead = _CREDIT_RE.sub("", ps[1])
    ps[1] = f"{rng.choice(CITIES)} {rng.choice(CREDITS)} \u2014 {lead}"
    return [ps[0], rng.choice(BYLINES)] + ps[1:] + [rng.choice(SIGNOFF)]


def spelling(ps: list[str], rng: random.Random, other: list[str]) -> list[str]:
    pairs = US_UK if rng.random() < 0.5 else [(b, a) for a, b in US_UK]
    out = []
    for p in ps:
        for a, b in pairs:
            p = re.sub(rf"(?<=[a-z]){a}\b" if a in ("ize", "izing", "ized", "ization", "ise", "ising", "ised",
                                                    "isation") else rf"\b{a}\b", b, p)
        p = p.replace("Mr. ", "Mr ").replace("Mrs. ", "Mrs ") if pairs is US_UK else re.sub(
            r"\b(Mr|Mrs|Dr) (?=[A-Z])", r"\1. ", p)
        p = p.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace(" \u2014 ", " - ")
        out.append(p)
    return out


EDITS: list[Callable[[list[str], random.Random, list[str]], list[str]]] = [
    trim, drop, add, headline, chrome, credit, spelling,
]


def variants(originals: list[Item], seed: int = 9) -> list[Item]:
    """Two reprints of every original of 4+ paragraphs: two edits, then one more on top."""
    texts = [o.text for o in originals]
    out = []
    for n, orig in enumerate(originals):
        ps = _paras(orig.text)
        if len(ps) < 4:
            continue
        rng = random.Random(f"{seed}:{orig.key}")
        others = texts[:n] + texts[n + 1 :]
        first, second = rng.sample(EDITS, 2)
        v1 = second(first(list(ps), rng, others), rng, others)
        third = rng.choice([e for e in EDITS if e not in (first, second)])
        v2 = third(list(v1), rng, others)
        name = f"{orig.key}#v1:{first.__name__}+{second.__name__}"
        out.append(Item(name, orig.group, "\n\n".join(v1), "variant"))
        out.append(Item(f"{orig.key}#v2:+{third.__name__}", orig.group, "\n\n".join(v2), "variant"))
    return out


def shuffled(items: list[Item], seed: int = 17) -> list[Item]:
    """Arrival order: a reprint may arrive before its original (the first stored is canonical)."""
    out = list(items)
    random.Random(seed).shuffle(out)
    return out
