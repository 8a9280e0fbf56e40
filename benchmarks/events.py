"""Events on the PLOVER gold-standard sentences: type accuracy and actor precision/recall,
newsdesk beside a keyword baseline run on the same parses.

``../shared/data/plover/gsr-dev.json`` holds one record per sentence (the DOCUMENT record is
skipped): the gold PLOVER ``event`` type, the ``text``, and ``source``/``target`` actor lists
with ``actorText``, an ISO-3166 alpha-3 (or IGO/NGO ...) ``code`` and a ``sector``.

**Main event.** The gold codes one event per sentence; newsdesk may find several. The
sentence's predicted event is the one with at least one participant whose trigger sits
highest in the dependency tree (fewest arcs to the root; a noun carried by a light verb
counts from that verb), ties to the earlier trigger; with no event found the sentence counts
as wrong. Type accuracy is micro (share of sentences); beside it, per-type precision/recall/F1
over the main events and their macro averages over the gold types.

**Actors.** A predicted participant's name and a gold ``actorText`` are compared as sets of
lower-cased word tokens (``\\w+``) without "the", "a", "an", "of", "'s": they match when one
set contains the other or their Dice overlap is at least ``MIN_DICE`` (0.5). A participant
resolved to an entity is tried under its canonical name and under the words the sentence
uses for it ("United States" and "US"). Matching is
one-to-one, greedy by overlap. Sources are scored against the main event's actors, targets
against its recipients, and "combined" pools both sides (a reciprocal event lists all its
parties as actors, PLOVER's own convention, so roles may differ from the gold's). Counts are
micro over all sentences, including those whose type is wrong.

**Baseline.** The first keyword of a small per-type list found in the sentence picks the type
(``BASELINE_KEYWORDS``: a few common words per type, matched as word prefixes); the first
named entity (PERSON/ORG/GPE/NORP) is the source and the last, if another, the target.

**Honesty.** gsr-dev has 161 sentences. newsdesk's lexicon was written from the PLOVER 0.5
manual, the CAMEO definitions and general English before the first run (54.7% type accuracy,
combined actor F1 55.0). The error *categories* of that run then led to general rules taken from
the PLOVER definitions. In issue 12 the vocabulary was broadened from the CAMEO/PLOVER code list;
some of those codes (receiving inspectors, evacuating people, strengthening forces, apologies) were
checked against gsr-dev's error categories, so its figure is now optimistic. Rules after that
were tuned on the new set's tune part only. The honest figure is the held-out part's.

**Modes.** Where the gold has a mode and the predicted type is right, a mode matches when equal
or when one is the other plus a suffix (``demo`` and ``demo-org``).

**Sets.** ``gsr`` is ``plover/gsr-dev.json``; ``new`` the tune part of the broader set labelled
from PolNeAR and Timeline17 articles (``benchmarks/_plover_labels.py``: offsets and labels only;
a gold ``NONE`` means the sentence reports no event, and predicting none is then right);
``heldout`` its held-out part (a hash of file and offset picks a quarter); ``all`` every set,
each scored on its own. The held-out part only ever prints its summary figures: no error list,
no per-rule table, so that no rule is written from it.

**Rules.** Each event records the rule that found it (``Event.rule``: ``event.verb.<key>``,
``event.noun.<key>``, ``event.reported-must``, plus ``/<retype>`` for each rule that changed the
type). ``--errors`` also prints a per-rule table: how many main events each rule gave, how many
had the wrong type and how many missed a gold actor.

**Second batch.** ``new2`` / ``heldout2``: more sentences labelled the same way from other
articles (``labels/plover2.jsonl``), its held-out part a quarter of its articles; ``heldout2``
prints figures only, like ``heldout``.

**Folds.** ``--fold a|b`` keeps only one fold of the tune part, split by a stable hash of the
source file (all sentences of one article in one fold). Rules are written from fold A's errors;
fold B, like the held-out part, prints only its summary figures, so it tells whether a rule
generalises to unseen articles before the held-out part is run.

    python -m benchmarks.events [--errors N] [--limit N] [--shared PATH] [--fold a|b]
                                [--set gsr|new|heldout|new2|heldout2|all]

prints the figures, then wrong types (gold vs predicted, with the sentence), actor misses and
the per-rule table.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ("data", "plover", "gsr-dev.json")
MIN_DICE = 0.5
_STOP = frozenset({"the", "a", "an", "of", "s"})
_WORD = re.compile(r"\w+")

#: The keyword baseline: a few everyday words per type, matched as word prefixes, first wins.
BASELINE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "CONSULT": ("meet", "met", "talks", "summit", "visit"),
    "AGREE": ("agree", "sign", "deal"),
    "SUPPORT": ("support", "endors", "prais"),
    "CONCEDE": ("concede", "apolog"),
    "COOPERATE": ("cooperat", "partner"),
    "AID": ("aid", "donat"),
    "RETREAT": ("withdr", "retreat", "ceasefire"),
    "INVESTIGATE": ("investigat", "probe"),
    "DEMAND": ("demand", "urge", "call for"),
    "DISAPPROVE": ("accus", "criticiz", "criticis", "condemn"),
    "REJECT": ("reject", "refus", "denie", "deny"),
    "THREATEN": ("threat", "warn"),
    "PROTEST": ("protest", "rally", "strike", "march"),
    "MOBILIZE": ("deploy", "mobiliz", "mobilis"),
    "SANCTION": ("sanction", "embargo", "ban"),
    "COERCE": ("arrest", "detain", "curfew", "expel"),
    "ASSAULT": ("attack", "bomb", "kill"),
    "FIGHT": ("clash", "fight", "fought"),
}


@dataclass
class Record:
    id: str
    text: str
    event: str
    sources: list[dict[str, Any]]
    targets: list[dict[str, Any]]
    mode: str | None = None


@dataclass
class Prediction:
    type: str | None
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    actor_codes: list[str | None] = field(default_factory=list)
    mode: str | None = None
    trigger: str = ""
    rule: str = ""


@dataclass
class Tally:
    n: int = 0
    correct: int = 0
    found: int = 0
    confusion: Counter = field(default_factory=Counter)  # (gold, predicted) -> count
    actor: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0, 0] for k in
                                                                   ("source", "target", "combined")})

    modes: list[int] = field(default_factory=lambda: [0, 0])  # [matched, gold modes of right types]

    def add(self, gold: Record, pred: Prediction) -> None:
        self.n += 1
        if gold.mode and pred.type == gold.event:
            self.modes[1] += 1
            self.modes[0] += mode_match(gold.mode, pred.mode)
        self.found += pred.type is not None
        self.correct += right_type(gold, pred)
        self.confusion[(gold.event, pred.type or ("NONE" if gold.event == "NONE" else None))] += 1
        g_src = [a.get("actorText", "") for a in gold.sources]
        g_tgt = [a.get("actorText", "") for a in gold.targets]
        for key, g, p in (("source", g_src, pred.actors), ("target", g_tgt, pred.recipients),
                          ("combined", g_src + g_tgt, pred.actors + pred.recipients)):
            m = len(match(g, p))
            counts = self.actor[key]
            counts[0] += m
            counts[1] += len(p)
            counts[2] += len(g)


# --- data -----------------------------------------------------------------------------------


def load(shared: Path, limit: int | None = None) -> list[Record]:
    raw = json.loads(shared.joinpath(*DATA).read_text("utf-8"))
    out = []
    for r in raw:
        if r.get("event") == "DOCUMENT" or not r.get("text"):
            continue
        out.append(Record(r.get("id", ""), r["text"], r["event"], _actors(r.get("source")),
                          _actors(r.get("target")), r.get("mode") or None))
    return out[:limit] if limit else out


def load_new(shared: Path, part: str, limit: int | None = None, second: bool = False) -> list[Record] | None:
    """The broader set's ``part`` (``tune``/``heldout``) as records, of its second batch when
    ``second``; None when its loader or labels are absent."""
    try:
        from benchmarks._plover_labels import LABELS, LABELS2, load_plover_labels
    except ImportError:
        return None
    path = LABELS2 if second else LABELS
    if not path.exists():
        return None
    raw = load_plover_labels(shared, part=part, path=path)
    out = [Record(r["id"], r["text"], r["event"], _actors(r.get("source")), _actors(r.get("target")),
                  r.get("mode") or None) for r in raw if r.get("text")]
    return out[:limit] if limit else out


def fold_of(record_id: str) -> str:
    """``a`` or ``b``: a stable hash of the record's source file (its id is ``file:start``), so
    all sentences of one article fall in one fold."""
    file = record_id.rsplit(":", 1)[0]
    return "ab"[int(hashlib.sha1(file.encode()).hexdigest(), 16) % 2]


def right_type(gold: Record, pred: Prediction) -> bool:
    """The predicted main event has the gold type; for a gold ``NONE``, no event is right."""
    return (pred.type or "NONE") == gold.event if gold.event == "NONE" else pred.type == gold.event


def _actors(value: Any) -> list[dict[str, Any]]:
    return [a for a in value if isinstance(a, dict) and a.get("actorText")] if isinstance(value, list) else []


# --- matching --------------------------------------------------------------------------------


def tokens(name: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(name.lower()) if w not in _STOP)


def similar(gold: str, pred: str) -> float:
    """1.0 when one name's tokens contain the other's, else their Dice overlap. A predicted
    ``name|surface`` pair scores its better alternative."""
    best = 0.0
    g = tokens(gold)
    for alt in pred.split("|"):
        p = tokens(alt)
        if not g or not p:
            continue
        if g <= p or p <= g:
            return 1.0
        best = max(best, 2 * len(g & p) / (len(g) + len(p)))
    return best


def match(gold: Sequence[str], pred: Sequence[str]) -> dict[int, int]:
    """One-to-one gold index → predicted index, greedy by similarity (≥ ``MIN_DICE``)."""
    pairs = sorted(((similar(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
                   key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = {}
    for score, i, j in pairs:
        if score < MIN_DICE or i in used_g or j in used_p:
            continue
        out[i] = j
        used_g.add(i)
        used_p.add(j)
    return out


def mode_match(gold: str, pred: str | None) -> bool:
    if not pred:
        return False
    g, p = gold.lower(), pred.lower()
    return g == p or g.startswith(p + "-") or p.startswith(g + "-")


def prf(counts: Sequence[int]) -> tuple[float, float, float]:
    m, npred, ngold = counts
    p = m / npred if npred else 0.0
    r = m / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def per_type(confusion: Counter) -> dict[str, tuple[float, float, float, int]]:
    """type → (precision, recall, F1, gold support) over main events."""
    golds = Counter()
    preds = Counter()
    hits = Counter()
    for (g, p), n in confusion.items():
        golds[g] += n
        if p is not None:
            preds[p] += n
        if g == p:
            hits[g] += n
    out = {}
    for t in sorted(set(golds) | set(preds)):
        p = hits[t] / preds[t] if preds[t] else 0.0
        r = hits[t] / golds[t] if golds[t] else 0.0
        out[t] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, golds[t])
    return out


def macro(table: dict[str, tuple[float, float, float, int]]) -> tuple[float, float]:
    """Macro recall and macro F1 over the gold types."""
    rows = [v for v in table.values() if v[3]]
    if not rows:
        return 0.0, 0.0
    return sum(v[1] for v in rows) / len(rows), sum(v[2] for v in rows) / len(rows)


# --- predictions -----------------------------------------------------------------------------


def main_event(events: Sequence[Any], doc: Any) -> Any | None:
    """The sentence's main event: with participants first, then the trigger nearest the root
    (a noun under a light verb counted from the verb), then the earlier one."""
    def key(e: Any) -> tuple[int, int, int, int]:
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        tok = span.root if span is not None and len(span) else None
        depth = _depth(tok) if tok is not None else 99
        if tok is not None and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass"):
            depth -= 1
        return (0 if e.actors or e.recipients else 1, int(e.embedded), depth, e.trigger.start)

    return min(events, key=key) if events else None


def _depth(tok: Any) -> int:
    n = 0
    while tok.head.i != tok.i and n < 50:
        tok = tok.head
        n += 1
    return n


def names(p: Any, text: str) -> str:
    """A participant's canonical name and, when different, the words the sentence uses for it
    ("United States" | "US"), joined by ``|`` so that either may match."""
    surface = text[p.start:p.end]
    return p.name if not surface or surface == p.name else f"{p.name}|{surface}"


def newsdesk_prediction(events: Sequence[Any], doc: Any) -> Prediction:
    e = main_event(events, doc)
    if e is None:
        return Prediction(None)
    text = doc.text
    return Prediction(e.type, [names(p, text) for p in e.actors], [names(p, text) for p in e.recipients],
                      [p.country for p in e.actors], e.mode, e.trigger.text, e.rule)


def baseline_prediction(doc: Any) -> Prediction:
    low = doc.text.lower()
    best: tuple[int, str] | None = None
    for typ, words in BASELINE_KEYWORDS.items():
        for w in words:
            m = re.search(r"\b" + re.escape(w), low)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), typ)
    ents = [e.text for e in doc.ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP")]
    src = ents[:1]
    tgt = ents[-1:] if len(ents) > 1 else []
    return Prediction(best[1] if best else None, src, tgt)


def evaluate(records: Sequence[Record], nlp: Any) -> tuple[Tally, Tally, list[tuple[Record, Prediction]]]:
    from newsdesk.models import Article
    from newsdesk.nlp.analyze import analyze_doc
    from newsdesk.nlp.model import model_id

    ours, base = Tally(), Tally()
    pairs = []
    mid = model_id(nlp)
    for rec, doc in zip(records, nlp.pipe([r.text for r in records], batch_size=64), strict=True):
        analysis = analyze_doc(Article(text=rec.text), doc, mid)
        pred = newsdesk_prediction(analysis.events, doc)
        ours.add(rec, pred)
        base.add(rec, baseline_prediction(doc))
        pairs.append((rec, pred))
    return ours, base, pairs


# --- report ----------------------------------------------------------------------------------


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def report(ours: Tally, base: Tally, source: str = "`plover/gsr-dev.json` (PLOVER 0.5 gold, CAMEO manual "
           "examples)") -> str:
    tab_o, tab_b = per_type(ours.confusion), per_type(base.confusion)
    mr_o, mf_o = macro(tab_o)
    mr_b, mf_b = macro(tab_b)
    lines = [
        "## Events (PLOVER gold-standard sentences)",
        "",
        f"{ours.n} sentences of {source}, one gold "
        "event each. The sentence's predicted event is the one with participants whose trigger is "
        "nearest the dependency root (ties: the earlier). Actor names match gold `actorText` when one's "
        "word set contains the other's or their Dice overlap is ≥ 0.5 (one-to-one); sources are scored "
        "against actors, targets against recipients, combined pools both. The keyword baseline takes "
        "the first of a few common words per type and the first/last named entity, on the same parses.",
        "",
        "| system | type accuracy | macro recall | macro F1 | sentences with an event |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, t, mr, mf in (("newsdesk", ours, mr_o, mf_o), ("keyword baseline", base, mr_b, mf_b)):
        lines.append(f"| {name} | **{_pct(t.correct / t.n if t.n else 0)}** | {_pct(mr)} | {_pct(mf)} | "
                     f"{_pct(t.found / t.n if t.n else 0)} |")
    m, total = ours.modes
    lines += ["", f"Modes: newsdesk gives the gold mode for {m} of the {total} sentences whose type it gets "
              "right and whose gold has a mode (the baseline gives none)."]
    lines += ["", "| actors (P / R / F1) | source | target | combined |", "|---|---:|---:|---:|"]
    for name, t in (("newsdesk", ours), ("keyword baseline", base)):
        cells = [" / ".join(_pct(x) for x in prf(t.actor[k])) for k in ("source", "target", "combined")]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "| type | gold | newsdesk P / R / F1 | baseline P / R / F1 |", "|---|---:|---:|---:|"]
    for typ in sorted(set(tab_o) | set(tab_b)):
        o = tab_o.get(typ, (0.0, 0.0, 0.0, 0))
        b = tab_b.get(typ, (0.0, 0.0, 0.0, 0))
        gold = max(o[3], b[3])
        lines.append(f"| {typ} | {gold} | {' / '.join(_pct(x) for x in o[:3])} | "
                     f"{' / '.join(_pct(x) for x in b[:3])} |")
    lines += [
        "",
        "gsr-dev was the only PLOVER data until issue 12; its figure is optimistic (some issue-12 codes "
        "were checked against its error categories). The new set (PolNeAR and Timeline17 sentences "
        "labelled with the PLOVER definitions, offsets only) has a tune part and a held-out part; the "
        "held-out figure is the honest one. "
        "The baseline's high source recall comes from these being one-event sentences that open with "
        "their source; newsdesk names no actor when the parse gives none. Gold locations are not scored.",
        "",
    ]
    return "\n".join(lines)


SETS = ("gsr", "new", "heldout", "new2", "heldout2")
_SET_NAMES = {"gsr": "gsr-dev (161 PLOVER sentences)", "new": "new set, tune part",
              "heldout": "new set, held-out part", "new2": "second batch, tune part",
              "heldout2": "second batch, held-out part (by article)"}
FIGURES_ONLY = frozenset({"heldout", "heldout2"})


def load_set(shared: Path, name: str, limit: int | None = None) -> list[Record] | None:
    if name == "gsr":
        return load(shared, limit) if shared.joinpath(*DATA).exists() else None
    return load_new(shared, "heldout" if name in FIGURES_ONLY else "tune", limit, second=name.endswith("2"))


def summary(rows: Sequence[tuple[str, Tally, Tally]]) -> str:
    """One row per set: type accuracy and combined/target actor F1, newsdesk and baseline."""
    lines = ["| set | sentences | type accuracy | actors F1 source / target / combined | "
             "baseline type accuracy | baseline combined F1 |", "|---|---:|---:|---:|---:|---:|"]
    for name, ours, base in rows:
        f1 = " / ".join(_pct(prf(ours.actor[k])[2]) for k in ("source", "target", "combined"))
        acc = _pct(ours.correct / ours.n if ours.n else 0)
        base_acc = _pct(base.correct / base.n if base.n else 0)
        base_f1 = _pct(prf(base.actor["combined"])[2])
        lines.append(f"| {name} | {ours.n} | **{acc}** | {f1} | {base_acc} | {base_f1} |")
    return "\n".join(lines)


def run(shared: Path, limit: int | None = None) -> str:
    path = shared.joinpath(*DATA)
    if not path.exists():
        return f"## Events (PLOVER gold-standard sentences)\n\n_Skipped: {path} is absent._\n"
    from newsdesk.nlp import load_model

    nlp = load_model()
    rows = []
    text = ""
    for name in SETS:
        records = load_set(shared, name, limit)
        if not records:
            continue
        ours, base, _ = evaluate(records, nlp)
        rows.append((_SET_NAMES[name], ours, base))
        if name == "gsr":
            text = report(ours, base)
        if name == "new":
            for fold in "ab":
                fold_ours, fold_base, _ = evaluate([r for r in records if fold_of(r.id) == fold], nlp)
                rows.append((f"{_SET_NAMES[name]}, fold {fold}", fold_ours, fold_base))
    return text + "\n### Events by set\n\n" + summary(rows) + "\n\n" + _HELD_OUT_NOTE


_HELD_OUT_NOTE = (
    "The held-out part was never looked at while writing rules: only these figures are printed for it. "
    "They were watched as a check, and a rule that lowered them was dropped, never tuned, so the figure "
    "is slightly less blind than at first. The tune part's two folds split it by article: from the "
    "second round of issue 12 on, rules are written from fold a's errors and kept only if fold b (figures "
    "only) does not drop. Both folds were tuned on before that, so both sit well above the held-out part: "
    "the gap measures how much of the tune figure is rules fitted to tune sentences. The second batch "
    "(760 more sentences from 415 other articles, labelled to the same guidelines) is held out by article; "
    "from its arrival on, rules are written from its tune part and fold a, and kept only when fold b and "
    "its held-out part together do not drop.\n"
)


def by_rule(pairs: Iterable[tuple[Record, Prediction]]) -> list[str]:
    """Main events grouped by the rule that found them: count, wrong types, actor misses."""
    table: dict[str, list[int]] = {}
    for r, p in pairs:
        key = p.rule or ("(no event)" if p.type is None else "(no rule)")
        row = table.setdefault(key, [0, 0, 0])
        row[0] += 1
        row[1] += not right_type(r, p)
        gold = [a["actorText"] for a in r.sources + r.targets]
        row[2] += len(match(gold, p.actors + p.recipients)) < len(gold)
    out = ["\n# errors by rule", "| rule | main events | wrong type | actor miss |", "|---|---:|---:|---:|"]
    for key, (n, wrong, miss) in sorted(table.items(), key=lambda kv: (-kv[1][1] - kv[1][2], kv[0])):
        out.append(f"| {key} | {n} | {wrong} | {miss} |")
    return out


def _errors(pairs: Iterable[tuple[Record, Prediction]], n: int) -> list[str]:
    out = []
    wrong = [(r, p) for r, p in pairs if not right_type(r, p)]
    out.append(f"\n# wrong types ({len(wrong)})")
    for r, p in wrong[:n]:
        out.append(f"- {r.id}: gold {r.event} predicted {p.type} ({p.trigger!r}, {p.rule})\n    {r.text}")
    misses = []
    for r, p in pairs:
        gold = [a["actorText"] for a in r.sources + r.targets]
        pred = p.actors + p.recipients
        hit = match(gold, pred)
        lost = [g for i, g in enumerate(gold) if i not in hit]
        if lost:
            misses.append(f"- {r.id}: missed {lost}; predicted actors {p.actors} recipients {p.recipients}"
                          f"\n    {r.text}")
    out.append(f"\n# actor misses ({len(misses)})")
    out.extend(misses[:n])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="PLOVER events benchmark (dev tool)")
    parser.add_argument("--errors", type=int, default=0, help="list this many errors of each kind")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--set", choices=(*SETS, "all"), default="gsr", dest="which",
                        help="gsr-dev, the new set's tune part, its held-out part (figures only), the second "
                        "batch's tune and held-out parts (the latter figures only), or all")
    parser.add_argument("--fold", choices=("a", "b"), default=None,
                        help="only this fold of the tune part (by source file); fold b prints figures only")
    args = parser.parse_args(argv)
    if not args.shared.joinpath(*DATA).exists():
        print(f"{args.shared.joinpath(*DATA)} is absent", file=sys.stderr)
        return 1
    from newsdesk.nlp import load_model

    nlp = load_model()
    rows = []
    for name in SETS if args.which == "all" else (args.which,):
        records = load_set(args.shared, name, args.limit)
        if records is None:
            print(f"# {name}: not available (no labels loader or labels)", file=sys.stderr)
            continue
        label = _SET_NAMES[name]
        if name == "new" and args.fold:
            records = [r for r in records if fold_of(r.id) == args.fold]
            label = f"{label}, fold {args.fold}"
        ours, base, pairs = evaluate(records, nlp)
        rows.append((label, ours, base))
        if name in FIGURES_ONLY or name == "new" and args.fold == "b":
            continue  # figures only: never errors of the held-out part or of fold b
        print(f"\n# {label}\n")
        print(report(ours, base) if name == "gsr" else report(ours, base, label))
        if args.errors:
            print("\n".join(_errors(pairs, args.errors)))
            print("\n".join(by_rule(pairs)))
    print("\n" + summary(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
