"""Sanity-check the gold files against the corpus (standard library only).

    python examples/gold/check_gold.py

Every article in the corpus must have a gold entry; every quoted content, cue, person
name and role string must occur verbatim in the article (HTML tags stripped, entities
decoded, whitespace collapsed); every named speaker of a person quote must be listed
among the article's people; duplicate pairs must point at each other.
"""

from __future__ import annotations

import html
import json
import pathlib
import re
import sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_text(markup: str) -> str:
    p = _Text()
    p.feed(markup)
    return "".join(p.parts)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(s)).strip()


def load_corpus() -> dict[str, tuple[str, dict]]:
    items: dict[str, tuple[str, dict]] = {}
    for path in sorted(CORPUS.rglob("*")):
        if not path.is_file() or path.name.startswith(".") or path.name == "README.md":
            continue
        rel = path.relative_to(CORPUS).as_posix()
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            for n, line in enumerate(raw.splitlines(), start=1):
                if not line.strip():
                    continue
                rec = json.loads(line)
                body = html_text(rec["html"]) if "html" in rec else rec["text"]
                items[f"{rel}:{n}"] = (norm(body), rec)
        elif path.suffix == ".html":
            items[rel] = (norm(html_text(raw)), {"raw": raw})
        else:
            items[rel] = (norm(raw), {})
    return items


def main() -> int:
    people = json.loads((HERE / "people.json").read_text(encoding="utf-8"))
    quotes = json.loads((HERE / "quotes.json").read_text(encoding="utf-8"))
    articles = json.loads((HERE / "articles.json").read_text(encoding="utf-8"))
    corpus = load_corpus()
    problems: list[str] = []
    for key in corpus:
        if key not in people or key not in quotes or key not in articles:
            problems.append(f"{key}: no gold entry")
    for key in set(people) | set(quotes) | set(articles):
        if key not in corpus:
            problems.append(f"{key}: gold entry for an article that does not exist")
    for key, plist in people.items():
        text = corpus.get(key, ("", {}))[0]
        for p in plist:
            if p["canonical"] not in text:
                problems.append(f"{key}: person {p['canonical']!r} not in text")
            for role in p["roles"]:
                if norm(role) not in text:
                    problems.append(f"{key}: role {role!r} of {p['canonical']} not in text")
    for key, qlist in quotes.items():
        text = corpus.get(key, ("", {}))[0]
        names = {p["canonical"] for p in people.get(key, [])}
        for q in qlist:
            if norm(q["content"]) not in text:
                problems.append(f"{key}: content not in text: {q['content'][:70]!r}")
            if q["cue"] not in text:
                problems.append(f"{key}: cue {q['cue']!r} not in text")
            if q["speaker_type"] == "person" and q["speaker"] not in names:
                problems.append(f"{key}: speaker {q['speaker']!r} is not among the article's people")
    for key, meta in articles.items():
        for other in meta["duplicate_of"]:
            if key not in articles.get(other, {}).get("duplicate_of", []):
                problems.append(f"{key}: duplicate {other} does not point back")
        extra = corpus.get(key, ("", {}))[1]
        if meta["published"] and extra.get("published"):
            if not extra["published"].startswith(meta["published"]):
                problems.append(f"{key}: feed published {extra['published']} != gold {meta['published']}")
    for p in problems:
        print("PROBLEM", p)
    n_quotes = sum(len(v) for v in quotes.values())
    kinds: dict[str, int] = {}
    for v in quotes.values():
        for q in v:
            kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    print(f"{len(corpus)} articles, {sum(len(v) for v in people.values())} person mentions, "
          f"{n_quotes} attributions {kinds}; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
