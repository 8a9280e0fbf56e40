"""A synthetic stream of analysed articles for the cost-at-scale benchmark, built without spaCy.

Real analyses (Timeline17 and ECB+, from the shared cache) are the templates. Each synthetic
story takes the articles of one template group (a Timeline17 collection, an ECB+ topic half)
in order and rewrites them with a story-specific vocabulary: every capitalised word (names,
places, organisations) and about half of the other content words are replaced, consistently
within the story, by an invented word of the same length and case. Lengths are kept, so every
span offset of the analysis stays valid; function words are kept, so the stories still share
the common vocabulary that full-text candidate look-ups must wade through. Dates move forward
with the story (publication date, resolved times and event dates shifted together). Story
sizes are heavy-tailed; some articles are exact copies (the same text at another outlet) and
some near copies (a new headline and a credit line) of an earlier article of their story.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from newsdesk.ingest import content_hash
from newsdesk.models import Analysis, Document, analysis_from_dict

#: Kept as they are: they make the stories share a realistic common vocabulary.
STOP = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my no nor not now of off on once only or other our ours out over own same she should so some
    such than that the their theirs them then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours said says
    say told year years day days week weeks month months people new one two three first last since
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december mr mrs ms dr per cent percent""".split()
)
#: String fields of an analysis that hold prose (rewritten); the others are codes, dates, URLs.
_PROSE = frozenset({"text", "title", "standfirst", "authors", "byline", "dateline", "canonical", "aliases",
                    "affiliation", "organisation", "speaker", "intermediary", "name"})
_WORD = re.compile(r"[A-Za-z]+")
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_CONS, _VOWELS = "bcdfghklmnprstvz", "aeiou"
OUTLETS = [f"Outlet {c}{d}" for c in "ABCDEFGHJKLMNPRSTVWXYZ" for d in "123456789"]


@dataclass
class Template:
    group: str
    analysis: dict[str, Any]  # Analysis.to_dict(), rewritten per story


@dataclass
class StreamItem:
    """One article of the stream: its position (1-based), synthetic story and what ingest would store.

    ``kind``: "new" (a rewritten template), "copy" (an earlier article of the story at another
    outlet, the same text) or "near" (that, with a new headline and a credit line).
    """

    n: int
    story: int
    document: Document
    analysis: Analysis
    kind: str = "new"


def templates(groups: Sequence[tuple[str, Analysis]]) -> dict[str, list[Template]]:
    """Template analyses by group, in the order given (publication order for Timeline17)."""
    out: dict[str, list[Template]] = {}
    for group, analysis in groups:
        out.setdefault(group, []).append(Template(group, analysis.to_dict()))
    return out


class _Vocabulary:
    """One story's invented words: the same input word always becomes the same output word."""

    def __init__(self, story: int, variant: int = 0) -> None:
        self.story = story
        self.variant = variant  # > 0: the same names, other common words (a story's later rounds)
        self.words: dict[str, str] = {}

    def word(self, w: str) -> str:
        low = w.lower()
        if low in STOP:
            return w
        new = self.words.get(low)
        if new is None:
            common = not w[0].isupper() and self.variant
            key = f"{self.story}:{self.variant}:{low}" if common else f"{self.story}:{low}"
            h = hashlib.blake2b(key.encode(), digest_size=16).digest()
            if not w[0].isupper() and h[0] % 2 == 0:
                new = low  # half of the common content words are shared by every story
            else:
                new = "".join((_CONS if i % 2 == 0 else _VOWELS)[h[i % 16] % (16 if i % 2 == 0 else 5)]
                              for i in range(len(low)))
            self.words[low] = new
        if w.isupper() and len(w) > 1:
            return new.upper()
        return new[0].upper() + new[1:] if w[0].isupper() else new

    def text(self, s: str) -> str:
        return _WORD.sub(lambda m: self.word(m.group(0)), s)


def _shift(value: str, days: int) -> str:
    m = _ISO_DAY.match(value)
    if not m or not days:
        return value
    try:
        day = date.fromisoformat(m.group(1)) + timedelta(days=days)
    except ValueError:
        return value
    return day.isoformat() + value[10:]


def _rewrite(node: Any, vocab: _Vocabulary, days: int, key: str = "") -> Any:
    if isinstance(node, dict):
        return {k: _rewrite(v, vocab, days, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_rewrite(v, vocab, days, key) for v in node]
    if isinstance(node, str):
        if key in ("value", "date"):
            return _shift(node, days)
        return vocab.text(node) if key in _PROSE else node
    return node


def _sizes(total: int, rng: random.Random, largest: int = 300) -> list[int]:
    """Heavy-tailed story sizes (most stories a few articles, a few stories hundreds) summing to total."""
    sizes: list[int] = []
    while sum(sizes) < total:
        sizes.append(min(largest, int(rng.paretovariate(1.1))))
    sizes[-1] -= sum(sizes) - total
    return [s for s in sizes if s > 0]


def stream(groups: dict[str, list[Template]], total: int, seed: int = 9,
           start: date = date(2020, 1, 1), first_story: int = 0,
           span_days: int | None = None, largest: int = 300, vary_repeats: bool = False,
           ) -> Iterator[StreamItem]:
    """``total`` synthetic articles in publication order (ties: story, then position in it).

    Stories are numbered from ``first_story``: streams with far apart numbers share no story
    and no invented word. Stories start over ``span_days`` (default: about 30 articles a day);
    with ``span_days`` given, every date is kept inside it (a long story's later articles come
    closer together), so the stream covers that many days however large it is. ``largest``
    caps a story's size. A story longer than its template group goes round the group again;
    with ``vary_repeats`` each round rewrites the common words anew (the names stay), otherwise
    a later round repeats an earlier text word for word (at the same outlet every 198th
    article: a duplicate that ingest would skip)."""
    rng = random.Random(seed)
    names = sorted(groups)
    span = span_days or max(60, total // 30)
    end = start + timedelta(days=span - 1) if span_days else None
    plan: list[tuple[str, int, int, str, int, str, int]] = []  # (day, story, k, group, template, kind, round)
    for story, size in enumerate(_sizes(total, rng, largest), first_story):
        group = names[rng.randrange(len(names))]
        first = rng.randrange(len(groups[group]))
        day = start + timedelta(days=rng.randrange(span))
        for k in range(size):
            kind = "copy" if k and rng.random() < 0.05 else "near" if k and rng.random() < 0.05 else "new"
            rounds = (first + k) // len(groups[group]) if vary_repeats else 0
            plan.append((day.isoformat(), story, k, group, (first + k) % len(groups[group]), kind, rounds))
            day += timedelta(days=rng.choice((0, 0, 1, 1, 2)))
            if end is not None and day > end:
                day = end - timedelta(days=rng.randrange(min(span, 30)))
    plan.sort()
    vocabularies: dict[tuple[int, int], _Vocabulary] = {}
    previous: dict[int, dict[str, Any]] = {}
    for n, (day, story, k, group, index, kind, rounds) in enumerate(plan, 1):
        vocab = vocabularies.get((story, rounds)) or vocabularies.setdefault(
            (story, rounds), _Vocabulary(story, rounds))
        outlet = OUTLETS[(story * 7 + k) % len(OUTLETS)]
        if kind != "new" and story not in previous:
            kind = "new"
        if kind != "new":
            d = dict(previous[story])
            d["article"] = dict(d["article"])
            if kind == "near":
                d["article"]["text"] = d["article"]["text"] + f"\n\n(Reporting by {outlet} staff)"
                d["article"]["title"] = f"{d['article'].get('title') or ''} - update"
        else:
            template = groups[group][index].analysis
            old = template["article"].get("published")
            days = (date.fromisoformat(day) - date.fromisoformat(old[:10])).days if old else 0
            d = _rewrite(template, vocab, days)
            previous[story] = d
        d["article"] = {**d["article"], "published": day, "publisher": outlet,
                        "url": f"https://{outlet.lower().replace(' ', '')}.example/{story}/{k}"}
        text = d["article"]["text"]
        content = f"{outlet}\n\n{d['article'].get('title') or ''}\n\n{text}"
        document = Document(source=f"synthetic:{n}", kind="text", content=content, url=d["article"]["url"],
                            published=day, publisher=outlet, content_hash=content_hash(content))
        yield StreamItem(n, story, document, analysis_from_dict(d), kind)
