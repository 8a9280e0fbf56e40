"""Loading Timeline17: dated articles (tokenized text) and gold timelines per collection.

Gold story of an article: its collection's topic (``H1N1_bbc`` and ``H1N1_reuters`` are one
topic, ``H1N1``). The text is tokenized ("Jackson 's death"); ``detokenize`` undoes the
common cases so the analysis reads it as prose.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path

from newsdesk.models import Article

FOLDER = ("data", "timeline17")


@dataclass
class T17Article:
    collection: str
    topic: str
    id: str
    published: str  # YYYY-MM-DD
    text: str       # detokenized, one sentence per line as in the data

    def to_article(self) -> Article:
        """The article as newsdesk's analysis sees it: one paragraph per sentence line."""
        return Article(
            text="\n\n".join(self.text.splitlines()), published=self.published,
            publisher=self.collection.split("_")[-1], url=f"timeline17:{self.collection}/{self.id}",
        )


@dataclass
class T17Timeline:
    collection: str
    topic: str
    entries: list[tuple[str, list[str]]]  # (YYYY-MM-DD, sentences), detokenized


def dataset_dir(shared: Path) -> Path:
    return shared.joinpath(*FOLDER)


def collections(shared: Path) -> list[str]:
    return sorted(p.name for p in dataset_dir(shared).iterdir() if (p / "articles.jsonl.gz").exists())


def topic_of(collection: str) -> str:
    return collection.split("_")[0]


_FIXES = [
    (re.compile(r"-LRB-\s*"), "("), (re.compile(r"\s*-RRB-"), ")"),
    (re.compile(r"-LSB-\s*"), "["), (re.compile(r"\s*-RSB-"), "]"),
    (re.compile(r"``\s*"), "\u201c"), (re.compile(r"\s*''"), "\u201d"),
    (re.compile(r" (n't|'s|'re|'ve|'m|'ll|'d)\b", re.I), r"\1"),
    (re.compile(r" ([.,;:!?%)\]])"), r"\1"), (re.compile(r"([(\[$]) "), r"\1"),
    (re.compile(r" +"), " "),
]


def detokenize(text: str) -> str:
    """Undo the tokenizer's spacing on one line ("Jackson 's" → "Jackson's", "-LRB-" → "(")."""
    for pattern, repl in _FIXES:
        text = pattern.sub(repl, text)
    return text.strip()


def _lines(text: str) -> str:
    return "\n".join(detokenize(line) for line in text.splitlines() if line.strip())


def load_articles(shared: Path, limit: int | None = None) -> list[T17Article]:
    """Every article of every collection, in publication order (ties: collection, id)."""
    out = []
    for coll in collections(shared):
        with gzip.open(dataset_dir(shared) / coll / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                out.append(T17Article(coll, topic_of(coll), str(d["id"]), d["time"][:10], _lines(d["text"])))
    out.sort(key=lambda a: (a.published, a.collection, a.id))
    return out[:limit] if limit else out


def load_timelines(shared: Path) -> list[T17Timeline]:
    """The gold timelines (one or more per collection)."""
    out = []
    for coll in collections(shared):
        with gzip.open(dataset_dir(shared) / coll / "timelines.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                entries = [(d[:10], [detokenize(s) for s in sents]) for d, sents in json.loads(line)]
                out.append(T17Timeline(coll, topic_of(coll), entries))
    return out
