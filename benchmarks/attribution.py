"""Quote attribution on PolNeAR: Source, Cue and Content spans scored against the gold annotations.

    python -m benchmarks.attribution --split train|dev [--limit N] [--errors N]
        [--kind direct|all] [--article SUBSTR] [--role content|cue|source]
        [--match strict|exact|overlap|tok30] [--system newsdesk|textacy]
        [--label missed|boundary|spurious] [--seed N] [--no-cache]
        [--rules] [--rule PREFIX] [--set polnear|timeline17]

The command prints the summary figures, then a sample of false negatives and false
positives with their sentence, for tuning the rules on train and checking them on dev.
``--rules`` breaks newsdesk's predictions down by ``Quote.rule`` (precision per role, and
the gold spans missed nearest to each rule's predictions); ``--rule PREFIX`` lists only the
errors of one rule family. ``--set timeline17`` scores the attributions labelled on
Timeline17 (``benchmarks/labels/attribution.jsonl``, offsets only): its tune part with
errors, its held-out part (a quarter of the labelled lines, by hash) with figures only.
Parsed Docs are cached on disk outside the repository (``<tmp>/newsdesk-bench/attribution``,
one DocBin per article, keyed by model, spaCy version and text hash), so a second run only
redoes the rules. ``run(shared, limit)`` writes the BENCHMARKS.md section (dev only).

How it is scored (the section repeats this):

- Gold: the article text exactly as stored (offsets stay valid); each ``E`` line of the
  ``.ann`` file is one attribution. Articles with several annotators are scored against the
  alphabetically first annotator only; the others serve as a human-agreement reference.
- Predictions: newsdesk ``Quote`` records sharing ``group`` are merged into one attribution
  (union of their content, cue and source spans). textacy's ``direct_quotations`` runs on
  the same Docs (speaker → Source, cue → Cue, content → Content; triples sharing a cue are
  merged into one); it refuses a whole Doc with an odd number of quotation marks, and for
  such Docs it runs paragraph by paragraph. A mixed quote's Content is its ``clause``.
- Spans are scored per role, each article's spans counted once (a Source shared by two
  attributions is one span), with one-to-one matching, greedy by character overlap.
- Match criteria: ``strict`` identical characters; ``exact`` the same characters once
  whitespace, punctuation and quotation marks are set aside (so ``“We won,”`` equals ``We
  won``, and a split quote annotated as ``“A.” … “B,”`` equals one predicted as ``A.`` +
  ``B``: the marks at the edges and between fragments do not count); ``overlap`` at least one
  such character in common; ``tok30`` at least 30% of the ``\\w+`` tokens in common,
  relative to the longer of the two spans (our reading of the Gender Gap Tracker's ≥ 0.3
  overlap).
- Direct subset: gold attributions whose Content, stripped of whitespace and of a trailing
  ``.,;:``, begins and ends with a quotation mark (straight or curly); predicted ones of
  kind ``direct`` (all of textacy's).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ._brat import ROLES, Attribution, Spans, merge, parse_ann

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from newsdesk.models import Article, Quote

ROOT = Path(__file__).resolve().parent.parent
GOAL_COST = 1.15
MATCHES = ("strict", "exact", "overlap", "tok30")
SUBSETS = ("all", "direct")
SYSTEMS = ("newsdesk", "textacy")
QUOTE_MARKS = frozenset("\"'`“”„‟«»‘’‚‛‹›″")
ANCHORS = (
    "Published on PolNeAR **test** (exact F1 source / cue / content; other split and scorer, so a "
    "reference, not a like-for-like comparison): CofeNet (BERT, GPU) 83.2 / 75.3 / 72.9; "
    "CRF 50.6 / 53.4 / 28.6; CoreNLP quotes 13.9 / – / 17.5."
)


# --------------------------------------------------------------------------- data


@dataclass
class Item:
    """One PolNeAR article: its exact text and the gold attributions of one annotator."""

    name: str
    text: str
    gold: list[Attribution]
    annotator: str
    others: dict[str, list[Attribution]] = field(default_factory=dict)


def split_dir(shared: Path, split: str) -> Path:
    return shared / "data" / "polnear" / split


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as fh:  # no newline translation: offsets stay exact
        return fh.read()


def load_split(shared: Path, split: str, limit: int | None = None, article: str | None = None) -> list[Item]:
    """Articles of a split sorted by name (the first ``limit`` after the ``article`` filter).

    Annotation files are ``<article>_<annotator>.ann``; the alphabetically first annotator
    is the gold, the other annotators are kept in ``others``.
    """
    folder = split_dir(shared, split)
    anns: dict[str, dict[str, Path]] = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        stem, _, annotator = path.stem.rpartition("_")
        anns.setdefault(stem, {})[annotator] = path
    items = []
    for path in sorted((folder / "text").glob("*.txt")):
        if path.stem not in anns or (article and article not in path.stem):
            continue
        by_annotator = {a: parse_ann(_read(p)) for a, p in sorted(anns[path.stem].items())}
        first = next(iter(by_annotator))
        gold = by_annotator.pop(first)
        items.append(Item(path.stem, _read(path), gold, first, by_annotator))
        if limit and len(items) >= limit:
            break
    return items


# --------------------------------------------------------------------------- labelled Timeline17 set

#: Attributions labelled on Timeline17 articles, as offsets only (see ``load_labelled``).
LABELS = ROOT / "benchmarks" / "labels" / "attribution.jsonl"
LABEL_KINDS = ("belief", "intention", "position", "according-to", "noun-cue", "pronoun-source",
               "group-source", "speech")


def held_out(file: str, start: int) -> bool:
    """The project's held-out rule: a quarter of the labelled items, by hash, never read while
    writing rules."""
    return int(hashlib.sha1(f"{file}:{start}".encode()).hexdigest(), 16) % 4 == 0


def _t17_texts(shared: Path) -> dict[str, str]:
    """Article text by label ``file`` (``timeline17/<collection>/articles.jsonl.gz#<id>``): the
    text newsdesk analyses (``T17Article.to_article``: detokenized, one paragraph per line)."""
    from ._timeline17 import load_articles

    return {f"timeline17/{a.collection}/articles.jsonl.gz#{a.id}": a.to_article().text
            for a in load_articles(shared)}


def load_labelled(shared: Path, path: Path = LABELS) -> tuple[list[Item], list[Item]]:
    """The labelled Timeline17 attributions as (tune, held-out) items, one per labelled line.

    Each row of ``attribution.jsonl`` is one attribution: ``file`` (the collection's articles
    file relative to ``shared/data``, ``#`` the article id), ``source``/``cue``/``content`` as
    lists of ``[start, end]`` offsets into the article text newsdesk analyses, ``kind`` (one of
    ``LABEL_KINDS``) and ``check``, a hash of the labelled words (no text is stored). Labels
    cover the attributions of the lines they are on (not every line of an article), so each
    item is one line: its gold is that line's labels and only predictions whose cue is on the
    line are scored. A line is held out by the project's rule on ``file`` and the line's start.
    """
    import json

    texts = _t17_texts(shared)
    lines: dict[tuple[str, int], list[dict]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            row = json.loads(raw)
            text = texts[row["file"]]
            at = row["cue"][0][0]
            start = text.rfind("\n", 0, at) + 1
            lines.setdefault((row["file"], start), []).append(row)
    tune, held = [], []
    for (file, start), rows in sorted(lines.items()):
        gold = [Attribution(merge(map(tuple, r["source"])), merge(map(tuple, r["cue"])),
                            merge(map(tuple, r["content"])), f"L{n}", r["kind"])
                for n, r in enumerate(rows, 1)]
        item = Item(f"{file}@{start}", texts[file], gold, "labels")
        (held if held_out(file, start) else tune).append(item)
    return tune, held


def label_check(text: str, row: dict) -> str:
    """The hash a label row's ``check`` must equal: its words, role by role."""
    joined = "|".join(text[a:b] for r in ROLES for a, b in row[r])
    return hashlib.sha1(joined.encode()).hexdigest()[:10]


def _line_of(item: Item) -> tuple[int, int]:
    start = int(item.name.rpartition("@")[2])
    end = item.text.find("\n", start)
    return start, len(item.text) if end < 0 else end


def evaluate_labelled(items: Sequence[Item], nlp: Language) -> Run:
    """newsdesk on labelled lines: each article parsed (cached) and analysed once, its
    predictions kept for the lines that are items."""
    from newsdesk.models import Article
    from newsdesk.nlp import model_id
    from newsdesk.nlp.analyze import analyze_doc

    by_text: dict[str, Item] = {}
    for it in items:
        by_text.setdefault(it.text, Item(it.name.partition("@")[0].replace("/", "_").replace("#", "-"),
                                         it.text, [], ""))
    articles = list(by_text.values())
    docs = dict(zip((a.text for a in articles), cached_docs(nlp, "timeline17", articles), strict=True))
    mid = model_id(nlp)
    found: dict[str, tuple[list[Attribution], dict[str, str]]] = {}
    t0 = time.perf_counter()
    for text, doc in docs.items():
        ids: dict[str, str] = {}
        found[text] = (from_quotes(analyze_doc(Article(text=text), doc, mid).quotes, ids), ids)
    run = Run(list(items), [docs[it.text] for it in items], {"newsdesk": []}, {})
    run.rules_seconds["newsdesk"] = time.perf_counter() - t0
    for it in items:
        a, b = _line_of(it)
        preds, ids = found[it.text]
        mine = [p for p in preds if p.cue and a <= p.cue[0][0] < b]
        run.preds["newsdesk"].append(mine)
        run.rule_ids.append({p.id: ids[p.id] for p in mine})
    tally = Tally()
    for it, pred in zip(items, run.preds["newsdesk"], strict=True):
        tally.add(Text(it.text), it.gold, pred, subsets=("all",))
    run.tallies["newsdesk"] = tally
    return run


def make_article(text: str) -> Article:
    """An ``Article`` whose text is exactly ``text``: one section per non-blank line.

    The first line of a PolNeAR text is the headline, so it is the ``headline`` section
    (and the title); the other lines are ``paragraph`` sections.
    """
    from newsdesk.models import Article, Section

    sections = []
    for m in re.finditer(r"[^\n]+", text):
        a, b = m.span()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            sections.append(Section("headline" if not sections else "paragraph", a, b))
    title = text[sections[0].start : sections[0].end] if sections else None
    return Article(text=text, title=title, sections=sections)


# --------------------------------------------------------------------------- parse cache


def cache_root() -> Path:
    return Path(tempfile.gettempdir()) / "newsdesk-bench" / "attribution"


def _cache_path(nlp: Language, split: str, item: Item) -> Path:
    import spacy

    from benchmarks._data import pipeline_key
    from newsdesk.nlp import model_id

    digest = hashlib.sha1(item.text.encode("utf-8")).hexdigest()[:12]
    folder = f"{model_id(nlp)}-spacy{spacy.__version__}-{pipeline_key(nlp)}"
    return cache_root() / folder / split / f"{item.name}-{digest}.spacy"


def parse(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    return list(nlp.pipe(texts, batch_size=32))


def save_docs(nlp: Language, split: str, items: Sequence[Item], docs: Sequence[Doc]) -> None:
    from spacy.tokens import DocBin

    for item, doc in zip(items, docs, strict=True):
        path = _cache_path(nlp, split, item)
        if path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(DocBin(docs=[doc], store_user_data=False).to_bytes())
        tmp.replace(path)  # atomic: a concurrent run never reads half a file


def cached_docs(nlp: Language, split: str, items: Sequence[Item], use_cache: bool = True) -> list[Doc]:
    """Parsed Docs of the items, from the on-disk cache when present (parsing and caching the rest)."""
    from spacy.tokens import DocBin

    docs: list[Doc | None] = [None] * len(items)
    if use_cache:
        for i, item in enumerate(items):
            path = _cache_path(nlp, split, item)
            if path.exists():
                docs[i] = next(iter(DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab)))
    todo = [i for i, d in enumerate(docs) if d is None]
    if todo:
        print(f"parsing {len(todo)} articles (cached under {cache_root()}) ...", file=sys.stderr, flush=True)
        fresh = parse(nlp, [items[i].text for i in todo])
        for i, doc in zip(todo, fresh, strict=True):
            docs[i] = doc
        save_docs(nlp, split, [items[i] for i in todo], fresh)
    return [d for d in docs if d is not None]


# --------------------------------------------------------------------------- predictions


def from_quotes(quotes: Iterable[Quote], rules: dict[str, str] | None = None) -> list[Attribution]:
    """newsdesk quotes as attributions: parts sharing ``group`` merge into one (union of spans).

    The Content of a mixed quote is its reported ``clause`` when it has one (PolNeAR's Content
    is the reported clause, not just the words inside the quotation marks). ``rules``, when
    given, receives each attribution's rule id (that of its first part) by attribution id.
    """
    groups: dict[int, list[Quote]] = {}
    for q in quotes:
        groups.setdefault(q.group or q.id, []).append(q)
    out = []
    for gid, parts in groups.items():
        kinds = {p.kind for p in parts}
        out.append(
            Attribution(
                source=merge((p.source.start, p.source.end) for p in parts if p.source),
                cue=merge((p.cue.start, p.cue.end) for p in parts if p.cue),
                content=merge(((p.clause or p.content).start, (p.clause or p.content).end) for p in parts),
                id=f"Q{gid}",
                kind=kinds.pop() if len(kinds) == 1 else "mixed",
            )
        )
        if rules is not None:
            rules[f"Q{gid}"] = parts[0].rule or "(none)"
    return out


def _token_runs(tokens: Iterable) -> Spans:
    """Char spans of runs of consecutive tokens (a run covers the whitespace inside it)."""
    runs: list[list] = []
    for t in sorted(tokens, key=lambda t: t.i):
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return merge((r[0].idx, r[-1].idx + len(r[-1].text)) for r in runs)


def textacy_quotes(doc: Doc) -> tuple[list[Attribution], int, int]:
    """textacy ``direct_quotations`` as attributions, and (docs, paragraphs) it refused.

    textacy gives one triple per quotation; triples sharing the same cue tokens are the parts
    of one quote split around its cue, merged as newsdesk groups are. textacy raises on a Doc
    with an odd number of quotation marks; then it runs on each paragraph (``Span.as_doc``,
    same parse) and the paragraphs it refuses are skipped.
    """
    from textacy.extract.triples import direct_quotations

    parts: dict[Spans, list[tuple[Spans, Spans]]] = {}  # cue -> [(source, content)]

    def collect(triples: Iterable, offset: int) -> None:
        found = []
        for q in triples:
            cue = tuple((a + offset, b + offset) for a, b in _token_runs(q.cue))
            source = tuple((a + offset, b + offset) for a, b in _token_runs(q.speaker))
            content = ((q.content.start_char + offset, q.content.end_char + offset),)
            found.append((cue, source, content))
        for cue, source, content in found:  # only once the whole call succeeded
            parts.setdefault(cue, []).append((source, content))

    whole = refused = 0
    try:
        collect(direct_quotations(doc), 0)
    except ValueError:
        whole = 1
        for m in re.finditer(r"[^\n]+", doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
            if span is None or not span.text.strip():
                continue
            try:
                collect(direct_quotations(span.as_doc()), span.start_char)
            except ValueError:
                refused += 1
    out = [
        Attribution(
            merge(f for s, _ in ps for f in s), cue, merge(f for _, c in ps for f in c), f"X{n}", "direct"
        )
        for n, (cue, ps) in enumerate(parts.items(), 1)
    ]
    return out, whole, refused


# --------------------------------------------------------------------------- scoring


def _ignorable(ch: str) -> bool:
    return ch.isspace() or ch in QUOTE_MARKS or unicodedata.category(ch).startswith("P")


@dataclass(frozen=True)
class Key:
    """A span as character sets: ``raw`` as annotated; ``norm`` without whitespace, punctuation and
    quotation marks (so they do not count wherever they fall: at the edges, between the fragments
    of a split span); ``toks`` the ``\\w+`` word tokens ``norm`` touches."""

    raw: frozenset[int]
    norm: frozenset[int]
    toks: frozenset[int]


class Text:
    """The article text with a char → word-token index, to build span keys."""

    def __init__(self, text: str):
        self.text = text
        self.ignorable = [_ignorable(ch) for ch in text]
        self.token_at = [-1] * len(text)
        for n, m in enumerate(re.finditer(r"\w+", text)):
            for i in range(m.start(), m.end()):
                self.token_at[i] = n

    def key(self, spans: Spans) -> Key:
        raw = {i for a, b in spans for i in range(a, min(b, len(self.text)))}
        norm = {i for i in raw if not self.ignorable[i]}
        if not norm:  # nothing but punctuation: compare what is there
            norm = {i for i in raw if not self.text[i].isspace()}
        toks = {self.token_at[i] for i in norm if self.token_at[i] >= 0}
        return Key(frozenset(raw), frozenset(norm), frozenset(toks))

    def snippet(self, spans: Spans, width: int = 160) -> str:
        s = " … ".join(self.text[a:b] for a, b in spans).replace("\n", " ")
        return s if len(s) <= width else s[: width // 2 - 1] + " … " + s[-(width // 2 - 2) :]


def matches(criterion: str, g: Key, p: Key) -> bool:
    if criterion == "strict":
        return g.raw == p.raw
    if criterion == "exact":
        return g.norm == p.norm
    if criterion == "overlap":
        return bool(g.norm & p.norm)
    if criterion == "tok30":
        shared = len(g.toks & p.toks)
        return shared > 0 and shared / max(len(g.toks), len(p.toks)) >= 0.3
    raise ValueError(f"unknown match criterion {criterion!r}")


def match(gold: Sequence[Key], pred: Sequence[Key], criterion: str) -> dict[int, int]:
    """One-to-one matching gold index → predicted index, greedy by character overlap.

    Candidate pairs are those the criterion accepts; the pair sharing most characters is
    taken first (ties: fewer differing characters, then text order), and each span is used once.
    """
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if matches(criterion, g, p):
                pairs.append((-len(g.norm & p.norm), len(g.norm ^ p.norm), i, j))
    pairs.sort()
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, _, i, j in pairs:
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def is_direct(text: str, content: Spans) -> bool:
    """Gold Content that begins and ends with a quotation mark (after stripping whitespace and ``.,;:``)."""
    if not content:
        return False
    s = text[content[0][0] : content[-1][1]].strip().rstrip(".,;:").rstrip()
    return len(s) >= 2 and s[0] in QUOTE_MARKS and s[-1] in QUOTE_MARKS


def distinct(text: Text, attrs: Sequence[Attribution], role: str) -> tuple[list[Key], list[int]]:
    """Distinct keys of one role (a span shared by attributions counts once) and, per
    attribution, the index of its key (-1 when it has no span in that role)."""
    keys: list[Key] = []
    where: dict[frozenset[int], int] = {}
    index = []
    for a in attrs:
        spans = a.role(role)
        if not spans:
            index.append(-1)
            continue
        k = text.key(spans)
        if k.raw not in where:
            where[k.raw] = len(keys)
            keys.append(k)
        index.append(where[k.raw])
    return keys, index


def subset(text: str, attrs: Sequence[Attribution], which: str, gold: bool) -> list[Attribution]:
    if which == "all":
        return list(attrs)
    if gold:
        return [a for a in attrs if is_direct(text, a.content)]
    return [a for a in attrs if a.kind == "direct"]


@dataclass
class Tally:
    """Micro counts per (subset, role, criterion)."""

    tp: Counter = field(default_factory=Counter)
    gold: Counter = field(default_factory=Counter)
    pred: Counter = field(default_factory=Counter)

    def add(self, text: Text, gold: Sequence[Attribution], pred: Sequence[Attribution],
            subsets: Sequence[str] = SUBSETS) -> None:
        for which in subsets:
            g_attrs = subset(text.text, gold, which, gold=True)
            p_attrs = subset(text.text, pred, which, gold=False)
            for role in ROLES:
                g_keys, _ = distinct(text, g_attrs, role)
                p_keys, _ = distinct(text, p_attrs, role)
                for crit in MATCHES:
                    self.tp[which, role, crit] += len(match(g_keys, p_keys, crit))
                    self.gold[which, role, crit] += len(g_keys)
                    self.pred[which, role, crit] += len(p_keys)

    def prf(self, which: str, role: str, crit: str) -> tuple[float, float, float]:
        tp, g, p = self.tp[which, role, crit], self.gold[which, role, crit], self.pred[which, role, crit]
        prec = tp / p if p else 0.0
        rec = tp / g if g else 0.0
        return prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0


# --------------------------------------------------------------------------- evaluation


@dataclass
class Run:
    """Everything one evaluation produced: per-article predictions and the tallies."""

    items: list[Item]
    docs: list[Doc]
    preds: dict[str, list[list[Attribution]]]
    tallies: dict[str, Tally]
    textacy_refused: tuple[int, int] = (0, 0)
    textacy_error: str | None = None
    rules_seconds: dict[str, float] = field(default_factory=dict)
    rule_ids: list[dict[str, str]] = field(default_factory=list)  # per article: attribution id -> rule


def evaluate(items: Sequence[Item], docs: Sequence[Doc], nlp: Language,
             systems: Sequence[str] = SYSTEMS) -> Run:
    from newsdesk.nlp import model_id
    from newsdesk.nlp.analyze import analyze_doc

    mid = model_id(nlp)
    run = Run(list(items), list(docs), {}, {})
    if "newsdesk" in systems:
        t0 = time.perf_counter()
        run.rule_ids = [{} for _ in items]
        run.preds["newsdesk"] = [
            from_quotes(analyze_doc(make_article(it.text), doc, mid).quotes, ids)
            for it, doc, ids in zip(items, docs, run.rule_ids, strict=True)
        ]
        run.rules_seconds["newsdesk"] = time.perf_counter() - t0
    if "textacy" in systems:
        try:
            import textacy.extract.triples  # noqa: F401
        except ImportError as exc:
            run.textacy_error = str(exc)
        else:
            t0 = time.perf_counter()
            out, whole, paras = [], 0, 0
            for doc in docs:
                attrs, w, p = textacy_quotes(doc)
                out.append(attrs)
                whole, paras = whole + w, paras + p
            run.rules_seconds["textacy"] = time.perf_counter() - t0
            run.preds["textacy"] = out
            run.textacy_refused = (whole, paras)
    for name, per_article in run.preds.items():
        tally = Tally()
        for it, pred in zip(items, per_article, strict=True):
            tally.add(Text(it.text), it.gold, pred)
        run.tallies[name] = tally
    return run


def agreement(items: Sequence[Item]) -> tuple[Tally, int, int]:
    """Other annotators scored against the first one on multi-annotated articles:
    (tally, articles, annotator pairs). Annotators' direct quotes are found as for gold."""
    tally, articles, pairs = Tally(), 0, 0
    for it in items:
        if not it.others:
            continue
        articles += 1
        text = Text(it.text)
        for attrs in it.others.values():
            pairs += 1
            marked = [Attribution(a.source, a.cue, a.content, a.id,
                                  "direct" if is_direct(it.text, a.content) else None) for a in attrs]
            tally.add(text, it.gold, marked)
    return tally, articles, pairs


def measure_cost(
    nlp: Language, items: Sequence[Item], repeats: int = 3
) -> tuple[dict[str, float], list[Doc]]:
    """Parse once (timed), then the rules with and without attribution on the same Docs, best of
    ``repeats`` alternating runs."""
    from newsdesk.nlp import model_id
    from newsdesk.nlp.analyze import analyze_doc

    texts = [it.text for it in items]
    parse(nlp, texts[:4])  # warm-up outside the clock
    t0 = time.perf_counter()
    docs = parse(nlp, texts)
    parse_s = time.perf_counter() - t0
    articles = [make_article(t) for t in texts]
    mid = model_id(nlp)
    best = {True: float("inf"), False: float("inf")}
    for _ in range(repeats):
        for flag in (True, False):
            t0 = time.perf_counter()
            for a, d in zip(articles, docs, strict=True):
                analyze_doc(a, d, mid, quotes=flag)
            best[flag] = min(best[flag], time.perf_counter() - t0)
    return {"parse": parse_s, "with": best[True], "without": best[False]}, docs


# --------------------------------------------------------------------------- report


def _version(package: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "(not installed)"


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def table(tallies: dict[str, Tally], which: str, bold: str = "exact") -> list[str]:
    lines = [
        "| system | match | Source P / R / F1 | Cue P / R / F1 | Content P / R / F1 |",
        "|---|---|---|---|---|",
    ]
    for name, tally in tallies.items():
        for crit in MATCHES:
            cells = []
            for role in ROLES:
                p, r, f = tally.prf(which, role, crit)
                f1 = f"**{_pct(f)}**" if crit == bold else _pct(f)
                cells.append(f"{_pct(p)} / {_pct(r)} / {f1}")
            lines.append(f"| {name} | {crit} | " + " | ".join(cells) + " |")
    return lines


def _counts_line(run: Run, which: str) -> str:
    any_tally = next(iter(run.tallies.values()), None)
    if any_tally is None:
        return ""
    gold = ", ".join(f"{r} {any_tally.gold[which, r, 'exact']}" for r in ROLES)
    preds = "; ".join(
        f"{n}: " + ", ".join(f"{r} {t.pred[which, r, 'exact']}" for r in ROLES)
        for n, t in run.tallies.items()
    )
    return f"Distinct spans — gold: {gold}; predicted — {preds}."


def _f1s(tally: Tally, crit: str, which: str = "all") -> str:
    return " / ".join(_pct(tally.prf(which, r, crit)[2]) for r in ROLES)


def _in_headline(item: Item, a: Attribution) -> bool:
    end = item.text.find("\n")
    return any(f[0] < end for r in ROLES for f in a.role(r))


def run(shared: Path, limit: int | None = None) -> str:
    """Markdown section: newsdesk and textacy on PolNeAR dev, the human reference, the cost."""
    head = "## Quote attribution (PolNeAR dev)\n\n"
    if not split_dir(shared, "dev").is_dir():
        return head + f"_Skipped: {split_dir(shared, 'dev')} not found._\n"
    from newsdesk.nlp import load_model, model_id

    nlp = load_model()
    items = load_split(shared, "dev", limit)
    cost, docs = measure_cost(nlp, items)
    save_docs(nlp, "dev", items, docs)
    result = evaluate(items, docs, nlp)
    n_attr = sum(len(it.gold) for it in items)
    n_direct = sum(is_direct(it.text, a.content) for it in items for a in it.gold)
    multi = sum(1 for it in items if it.others)
    in_headline = sum(_in_headline(it, a) for it in items for a in it.gold)
    lines = [
        f"{len(items)} PolNeAR dev articles, {n_attr} gold attributions ({n_direct} direct), parsed once "
        f"with `{model_id(nlp)}`; newsdesk and textacy read the same Docs. Gold: the alphabetically first "
        f"annotator of each article ({multi} dev articles have several). Per role, each article's distinct "
        "spans, matched one-to-one (greedy by character overlap). Cells: P / R / F1 in %.",
        "",
        "Predictions: newsdesk quote parts sharing `group` form one attribution (union of spans), a mixed "
        "quote's Content is its reported `clause`; textacy triples sharing a cue form one attribution. "
        f"{in_headline} gold attributions ({in_headline / max(1, n_attr):.1%}) touch the headline "
        "(first line).",
        "",
        "Match: **strict** identical characters; **exact** the same characters once whitespace, punctuation "
        "and quotation marks are set aside (at span edges and between the fragments of a split quote alike); "
        "**overlap** any such character in common; **tok30** ≥ 30% of word tokens in common, relative to "
        "the longer span (Gender Gap Tracker style).",
        "",
        "**All attributions**",
        "",
        *table(result.tallies, "all"),
        "",
        _counts_line(result, "all"),
        "",
        "**Direct quotes** (gold: Content begins and ends with a quotation mark; predicted: kind `direct`; "
        "PolNeAR's direct Content includes the quotation marks, which strict counts and exact ignores)",
        "",
        *table(result.tallies, "direct"),
        "",
        _counts_line(result, "direct"),
        "",
    ]
    if result.textacy_error:
        lines += [f"textacy baseline skipped: {result.textacy_error}.", ""]
    else:
        whole, paras = result.textacy_refused
        lines += [
            f"textacy {_version('textacy')} `direct_quotations` refuses a Doc with an odd number of "
            f"quotation marks: {whole} of "
            f"{len(items)} Docs, run paragraph by paragraph instead ({paras} paragraphs still refused, "
            "skipped).",
            "",
        ]
    every = items if limit else load_split(shared, "train") + items
    agree, n_art, n_pairs = agreement(every)
    if n_pairs:
        lines += [
            f"Human reference: on the {n_art} multi-annotated {'dev' if limit else 'train + dev'} articles, "
            f"{n_pairs} annotations scored against the first annotator give F1 source / cue / content "
            f"exact {_f1s(agree, 'exact')}, overlap {_f1s(agree, 'overlap')}.",
            "",
        ]
    total_with = cost["parse"] + cost["with"]
    total_without = cost["parse"] + cost["without"]
    ratio = total_with / total_without
    rules_ratio = cost["with"] / cost["without"] if cost["without"] else float("nan")
    verdict = "meets" if ratio <= GOAL_COST else "misses"
    lines += [
        ANCHORS,
        "",
        f"Cost on these {len(items)} articles: parse (`nlp.pipe`, batch 32) {cost['parse']:.2f} s; "
        f"rules (`analyze_doc`, best of 3) {cost['with']:.2f} s with attribution, {cost['without']:.2f} s "
        f"without (rules-only ratio {rules_ratio:.2f}). "
        f"**Analysis time with attribution / without: {ratio:.3f}** ({verdict} the goal ≤ {GOAL_COST}).",
        "",
        "Errors to tune on: `python -m benchmarks.attribution --split train --errors 20` (see its `--help`; "
        "`--rules` breaks them down by rule id, `--set timeline17` scores the Timeline17 labels).",
        "",
        "**By rule** (newsdesk on dev, exact match, all attributions; each prediction's `Quote.rule`; "
        "the last column counts gold Contents missed whose nearest prediction came from that rule):",
        "",
        *rule_table(result, "all", "exact"),
        "",
    ]
    lines += _labelled_section(shared, nlp)
    return head + "\n".join(lines)


def _labelled_section(shared: Path, nlp: Language) -> list[str]:
    """The Timeline17 labels: the tune part and the held-out part, scored separately."""
    from ._timeline17 import dataset_dir

    if not dataset_dir(shared).is_dir() or not LABELS.exists():
        return ["_Timeline17 labels skipped: data or label file not found._", ""]
    tune, held = load_labelled(shared)
    lines = [
        "**Timeline17 labels** (attributions of the kinds PolNeAR dev misses most, labelled on Timeline17 "
        f"lines as offsets in `{LABELS.relative_to(ROOT)}`; a quarter of the lines, by hash, is held out and "
        "never inspected while writing rules; only predictions on labelled lines are scored):",
        "",
    ]
    for name, items in (("tune", tune), ("held-out", held)):
        result = evaluate_labelled(items, nlp)
        kinds = Counter(a.kind for it in items for a in it.gold)
        lines += [
            f"{name}: {len(items)} lines, {sum(kinds.values())} attributions "
            f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})",
            "",
            *table(result.tallies, "all"),
            "",
        ]
    return lines


# --------------------------------------------------------------------------- error listing


def _context(text: Text, doc: Doc, spans: Iterable[Spans], width: int = 500) -> str:
    frags = [f for s in spans for f in s]
    if not frags:
        return ""
    lo, hi = min(a for a, _ in frags), max(b for _, b in frags)
    start, end = lo, hi
    for sent in doc.sents:
        if sent.end_char > lo and sent.start_char < hi:
            start, end = min(start, sent.start_char), max(end, sent.end_char)
    s = text.text[start:end].replace("\n", " ⏎ ")
    return s if len(s) <= width else s[: width // 2] + " … " + s[-width // 2 :]


def _describe(text: Text, a: Attribution | None) -> str:
    if a is None:
        return "(nothing overlapping)"
    parts = [f"{r}: {text.snippet(a.role(r))!r}" if a.role(r) else f"{r}: –" for r in ROLES]
    kind = f" [{a.kind}]" if a.kind else ""
    return " | ".join(parts) + kind


def _nearest(text: Text, a: Attribution, others: Sequence[Attribution]) -> Attribution | None:
    """The attribution of ``others`` sharing most characters with ``a`` (any role)."""
    mine = text.key(merge(f for r in ROLES for f in a.role(r))).raw
    best, best_n = None, 0
    for o in others:
        n = len(mine & text.key(merge(f for r in ROLES for f in o.role(r))).raw)
        if n > best_n:
            best, best_n = o, n
    return best


@dataclass
class Error:
    kind: str  # "FN" or "FP"
    label: str  # "missed" / "boundary" / "spurious"
    item: Item
    doc: Doc
    attr: Attribution
    other: Attribution | None


def errors(result: Run, system: str, which: str, role: str, crit: str) -> list[Error]:
    """Gold attributions whose ``role`` span is unmatched (FN) and predicted ones likewise (FP)."""
    out: list[Error] = []
    for it, doc, pred in zip(result.items, result.docs, result.preds.get(system, []), strict=True):
        text = Text(it.text)
        g_attrs = subset(it.text, it.gold, which, gold=True)
        p_attrs = subset(it.text, pred, which, gold=False)
        g_keys, g_idx = distinct(text, g_attrs, role)
        p_keys, p_idx = distinct(text, p_attrs, role)
        m = match(g_keys, p_keys, crit)
        used = set(m.values())
        for a, k in zip(g_attrs, g_idx, strict=True):
            if k >= 0 and k not in m:
                near = _nearest(text, a, p_attrs)
                out.append(Error("FN", "boundary" if near else "missed", it, doc, a, near))
        for a, k in zip(p_attrs, p_idx, strict=True):
            if k >= 0 and k not in used:
                near = _nearest(text, a, g_attrs)
                out.append(Error("FP", "boundary" if near else "spurious", it, doc, a, near))
    return out


def by_rule(result: Run, which: str = "all", crit: str = "exact") -> dict[str, dict[str, Counter]]:
    """Per rule id of newsdesk's predictions: how many, and how many match gold per role
    (``pred``, ``tp``); and per rule the gold spans missed whose nearest prediction came
    from it (``near_miss``: boundary errors of that rule)."""
    out: dict[str, dict[str, Counter]] = {}
    preds = result.preds.get("newsdesk", [])
    for it, pred, ids in zip(result.items, preds, result.rule_ids, strict=True):
        text = Text(it.text)
        g_attrs = subset(it.text, it.gold, which, gold=True)
        p_attrs = subset(it.text, pred, which, gold=False)
        for role in ROLES:
            g_keys, g_idx = distinct(text, g_attrs, role)
            p_keys, p_idx = distinct(text, p_attrs, role)
            m = match(g_keys, p_keys, crit)
            hit = set(m.values())
            for a, k in zip(p_attrs, p_idx, strict=True):
                row = out.setdefault(ids.get(a.id, "(none)"), {"pred": Counter(), "tp": Counter(),
                                                               "near_miss": Counter()})
                if k >= 0:
                    row["pred"][role] += 1
                    row["tp"][role] += k in hit
            for a, k in zip(g_attrs, g_idx, strict=True):
                if k >= 0 and k not in m:
                    near = _nearest(text, a, p_attrs)
                    if near is not None:
                        row = out.setdefault(ids.get(near.id, "(none)"), {
                            "pred": Counter(), "tp": Counter(), "near_miss": Counter()})
                        row["near_miss"][role] += 1
    return out


def rule_table(result: Run, which: str = "all", crit: str = "exact") -> list[str]:
    """Markdown table of ``by_rule``: precision per role and boundary misses, by rule id."""
    rows = by_rule(result, which, crit)
    lines = ["| rule | predicted | Source P | Cue P | Content P | gold missed nearby (content) |",
             "|---|---|---|---|---|---|"]
    for rule, row in sorted(rows.items(), key=lambda kv: -kv[1]["pred"]["content"]):
        cells = []
        for role in ROLES:
            n = row["pred"][role]
            cells.append(f"{_pct(row['tp'][role] / n)} ({row['tp'][role]}/{n})" if n else "–")
        lines.append(f"| `{rule}` | {row['pred']['content']} | " + " | ".join(cells)
                     + f" | {row['near_miss']['content']} |")
    return lines


def _cue_words(e: Error) -> str:
    return " ".join(e.item.text[a:b] for a, b in e.attr.cue).lower() or "(no cue)"


def print_errors(errs: Sequence[Error], n: int, seed: int, label: str | None = None,
                 out: Callable[[str], None] = print) -> None:
    """Counts per kind and label, the most frequent cues, then a seeded sample with context."""
    rng = random.Random(seed)
    for kind in ("FN", "FP"):
        pool = [e for e in errs if e.kind == kind]
        labels = Counter(e.label for e in pool)
        if label:
            pool = [e for e in pool if e.label == label]
        counts = ", ".join(f"{k} {v}" for k, v in sorted(labels.items()))
        out(f"\n=== {kind}: {sum(labels.values())} ({counts}); "
            f"showing {min(n, len(pool))}{f' {label}' if label else ''} ===")
        cues = Counter(_cue_words(e) for e in pool).most_common(15)
        out("  top cues: " + ", ".join(f"{c} {v}" for c, v in cues))
        for e in sorted(rng.sample(pool, min(n, len(pool))), key=lambda e: (e.item.name, e.attr.id)):
            text = Text(e.item.text)
            gold, pred = (e.attr, e.other) if kind == "FN" else (e.other, e.attr)
            out(f"\n--- {kind} {e.label}  {e.item.name}  {e.attr.id}")
            spans = [a.role(r) for a in (e.attr, e.other) if a for r in ROLES]
            out(f"  context: {_context(text, e.doc, spans)}")
            out(f"  gold: {_describe(text, gold)}")
            out(f"  pred: {_describe(text, pred)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score quote attribution on PolNeAR and list errors.")
    add = parser.add_argument
    add("--split", choices=["train", "dev"], default="dev")
    add("--limit", type=int, default=None, help="only the first N articles (by name)")
    add("--errors", type=int, default=10, metavar="N", help="FN and FP samples to show (0: none)")
    add("--kind", choices=SUBSETS, default="all", help="all attributions or direct quotes only")
    add("--article", default=None, metavar="SUBSTR", help="only articles whose name contains it")
    add("--role", choices=ROLES, default="content", help="role whose errors are listed")
    add("--match", choices=MATCHES, default="exact", help="criterion for the error listing")
    add("--system", choices=SYSTEMS, default="newsdesk", help="system whose errors are listed")
    add("--label", choices=["missed", "boundary", "spurious"], default=None,
        help="only errors of this label (missed: no prediction overlaps; boundary: one overlaps but does "
        "not match; spurious: a prediction overlapping no gold)")
    add("--seed", type=int, default=0, help="seed of the error sample")
    add("--rules", action="store_true", help="break newsdesk's predictions and errors down by rule id")
    add("--rule", default=None, metavar="PREFIX", help="only list errors of predictions whose rule id "
        "starts with PREFIX (false negatives: those whose nearest prediction has it)")
    add("--no-cache", action="store_true", help="parse again instead of reading the cache")
    add("--shared", type=Path, default=ROOT.parent / "shared", help="the ../shared folder")
    add("--set", choices=["polnear", "timeline17"], default="polnear", dest="which_set",
        help="PolNeAR (--split) or the attributions labelled on Timeline17 (tune part and held-out "
        "part scored separately; errors are listed for the tune part only)")
    args = parser.parse_args(argv)
    if args.which_set == "timeline17":
        return _main_labelled(args)
    if not split_dir(args.shared, args.split).is_dir():
        print(f"{split_dir(args.shared, args.split)} not found: the PolNeAR data is not available here.",
              file=sys.stderr)
        return 2
    from newsdesk.nlp import load_model

    nlp = load_model()
    items = load_split(args.shared, args.split, args.limit, args.article)
    if not items:
        print("no article matches", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    docs = cached_docs(nlp, args.split, items, use_cache=not args.no_cache)
    load_s = time.perf_counter() - t0
    result = evaluate(items, docs, nlp)
    n_attr = sum(len(subset(it.text, it.gold, args.kind, gold=True)) for it in items)
    print(f"{args.split}: {len(items)} articles, {n_attr} gold attributions ({args.kind}); "
          "gold = alphabetically first annotator")
    timing = ", ".join(f"{k} rules {v:.2f} s" for k, v in result.rules_seconds.items())
    print(f"Docs ready in {load_s:.1f} s; {timing}")
    print()
    print("\n".join(table(result.tallies, args.kind)))
    print(_counts_line(result, args.kind))
    if args.rules and result.rule_ids:
        print(f"\nnewsdesk by rule ({args.match} match, {args.kind}):")
        print("\n".join(rule_table(result, args.kind, args.match)))
    if args.errors > 0 and args.system in result.preds:
        errs = errors(result, args.system, args.kind, args.role, args.match)
        if args.rule and args.system == "newsdesk":
            rule_of = {(it.name, k): v for it, ids in zip(result.items, result.rule_ids, strict=True)
                       for k, v in ids.items()}
            errs = [e for e in errs if (p := e.attr if e.kind == "FP" else e.other) is not None
                    and rule_of.get((e.item.name, p.id), "").startswith(args.rule)]
        print(f"\nErrors of {args.system} on {args.role} ({args.match} match, {args.kind}):")
        print_errors(errs, args.errors, args.seed, args.label)
    return 0


def _main_labelled(args: argparse.Namespace) -> int:
    from ._timeline17 import dataset_dir

    if not dataset_dir(args.shared).is_dir():
        print(f"{dataset_dir(args.shared)} not found: the Timeline17 data is not available here.",
              file=sys.stderr)
        return 2
    from newsdesk.nlp import load_model

    nlp = load_model()
    tune, held = load_labelled(args.shared)
    if args.limit:
        tune, held = tune[: args.limit], held[: args.limit]
    for name, items in (("tune", tune), ("held-out", held)):
        result = evaluate_labelled(items, nlp)
        n_attr = sum(len(it.gold) for it in items)
        kinds = Counter(a.kind for it in items for a in it.gold)
        print(f"\nTimeline17 labels, {name} part: {len(items)} lines, {n_attr} attributions "
              f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}); predictions scored on "
              "labelled lines only")
        print("\n".join(table(result.tallies, "all")))
        print(_counts_line(result, "all"))
        if name == "held-out":
            continue  # never list the held-out part's errors: its score is the honest one
        recall = _recall_by_kind(result)
        print("recall by kind (exact, source / cue / content): " + "; ".join(
            f"{k} " + " / ".join(_pct(x) for x in v) for k, v in sorted(recall.items())))
        if args.rules:
            print("\n".join(rule_table(result, "all", args.match)))
        if args.errors > 0:
            errs = errors(result, "newsdesk", "all", args.role, args.match)
            print(f"\nErrors of newsdesk on {args.role} ({args.match} match), tune part:")
            print_errors(errs, args.errors, args.seed, args.label)
    return 0


def _recall_by_kind(result: Run, crit: str = "exact") -> dict[str, list[float]]:
    """Per label kind, the share of gold attributions whose span matches, role by role."""
    hits: dict[str, list[int]] = {}
    totals: Counter = Counter()
    for it, pred in zip(result.items, result.preds["newsdesk"], strict=True):
        text = Text(it.text)
        for a in it.gold:
            totals[a.kind] += 1
        for n, role in enumerate(ROLES):
            g_keys, g_idx = distinct(text, it.gold, role)
            p_keys, _ = distinct(text, pred, role)
            m = match(g_keys, p_keys, crit)
            for a, k in zip(it.gold, g_idx, strict=True):
                row = hits.setdefault(a.kind or "", [0, 0, 0])
                row[n] += k >= 0 and k in m
    return {k: [h / totals[k] for h in row] for k, row in hits.items()}


if __name__ == "__main__":
    raise SystemExit(main())
