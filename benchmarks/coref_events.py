"""Cross-document event coreference on ECB+ topics 1–22 with gold mentions (issue 9, item 3).

    python -m benchmarks.run --only coref_events

The gold event mentions (ACTION_* and NEG_ACTION_*) of every document are clustered into
events; scores are MUC, B³, CEAF-e and their mean, the CoNLL F1, as the ECB+ literature reports
them. As there, the "story" is given: the gold topic half (topic plus ecb / ecbplus, two
different real events of the same kind), i.e. gold document clusters. The baseline is the
literature's same-lemma one: mentions of one story with the same head lemma (spaCy) corefer.
newsdesk clusters with the features the store-wide linker uses (``stories.story_events``):
the event word folded through the event lexicon's derivations, synonyms and plurals
(``nlp.events.word_key``: "quake" → "earthquake", "bombing" → "bomb", "awards" → "award"; a
light verb's noun: "made an appearance" → "appearance"); a statement ("said", "announced") is
one event per speaker (the analysis's quote at that cue), a statement by an unknown speaker or an
event named by a pronoun an event of its own; then the date, place and participants the
per-article analysis gives the event at that mention (``Event.mentions``): mentions of one word
whose dates or places disagree are split, mentions of different words with the same PLOVER
reading and a shared participant are joined. These rules were chosen on topics 1–11 (a date
written anywhere in the mention's sentence was tried there and dropped: no gain); topics 12–22
are reported apart as the held-out check. Predicted (not gold) story clusters are not scored
here: the stories benchmark scores those clusters themselves.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks._analysed import analyses
from benchmarks._clusters import bcubed, ceaf_e, muc
from benchmarks._ecbplus import dataset_dir, load_docs
from newsdesk.models import Analysis
from newsdesk.nlp.events import dates_agree, places_agree, word_key
from newsdesk.nlp.events._lexicon import NOUNS, VERBS
from newsdesk.nlp.events._word_classes import REPORTING_VERBS

TRAIN, TEST = range(1, 12), range(12, 23)


@dataclass
class Mention:
    id: str
    story: str
    topic: int
    instance: str
    lemma: str           # the head's lemma (first verb, else last noun): the baseline's
    word: str            # ours: a light verb's noun ("made an appearance"), a pronoun as None
    reading: tuple[str, str | None] | None
    date: str | None = None
    place: str | None = None
    people: set[str] = field(default_factory=set)
    speaker: str | None = None


#: Verbs whose noun names the event in a multi-word mention ("made an appearance", "took place").
_LIGHT = frozenset({"make", "take", "have", "give", "do", "get", "hold", "go", "be"})


def _head(tokens: Sequence) -> object | None:  # spaCy tokens
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN")]
    return verbs[0] if verbs else nouns[-1] if nouns else tokens[-1] if tokens else None


def _word(tokens: Sequence, head: object | None) -> str | None:
    if head is None or head.pos_ == "PRON":
        return None
    nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN")]
    if head.lemma_.casefold() in _LIGHT and nouns:
        return nouns[-1].lemma_.casefold()
    return head.lemma_.casefold()


def _reading(lemma: str) -> tuple[str, str | None] | None:
    rows = VERBS.get(lemma) or NOUNS.get(lemma)
    return (rows[0][0], rows[0][1]) if rows else None


def _arguments(m: Mention, start: int, end: int, analysis: Analysis) -> None:
    """Date, place and participants of the analysed event having a mention at [start, end);
    the speaker when the mention is a quote's cue ("said")."""
    for q in analysis.quotes:
        if q.cue is not None and q.cue.start < end and start < q.cue.end and q.speaker:
            m.speaker = q.speaker.casefold()
    for e in analysis.events:
        spans = e.mentions or [e.trigger]
        if any(s.start < end and start < s.end for s in spans):
            m.date = e.date
            m.place = e.place.name if e.place else None
            for p in e.actors + e.recipients:
                ent = analysis.entity_by_id(p.entity_id)
                if ent is not None:
                    m.people.add(ent.canonical.casefold())
            return


def mentions(shared: Path, nlp) -> list[Mention]:  # noqa: ANN001 - a spaCy Language
    docs = load_docs(shared)
    found = analyses("ecbplus", [d.to_article() for d in docs], nlp)
    out = []
    with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p in ("parser", "ner")]):
        parsed = nlp.pipe([d.text for d in docs], batch_size=32)
        for d, analysis, sdoc in zip(docs, found, parsed, strict=True):
            for g in d.events:
                span = sdoc.char_span(g.start, g.end, alignment_mode="expand")
                tokens = list(span) if span is not None else []
                head = _head(tokens)
                lemma = head.lemma_.casefold() if head is not None else g.text.casefold()
                word = _word(tokens, head)
                m = Mention(f"{d.name}#{g.m_id}", d.story, d.topic, g.instance, lemma, word or "",
                            _reading(word or lemma))
                _arguments(m, g.start, g.end, analysis)
                out.append(m)
    return out


def same_lemma(ms: Sequence[Mention]) -> dict[str, str]:
    return {m.id: f"{m.story}|{m.lemma}" for m in ms}


def _agree(a: Mention, b: Mention) -> bool:
    return dates_agree(a.date, b.date) and places_agree(a.place, b.place)


def _key(m: Mention, speakers: bool) -> str:
    """The event word; a statement ("said", "announced") is one event per speaker, a statement
    whose speaker is unknown, or an event named by a pronoun, an event of its own."""
    if not m.word:
        return f"#{m.id}"
    key = word_key(m.word)
    if speakers and (m.word in REPORTING_VERBS or key == "say"):
        return f"say|{m.speaker}" if m.speaker else f"say#{m.id}"
    return key


def newsdesk(ms: Sequence[Mention], split: bool = True, join: bool = True,
             speakers: bool = True) -> dict[str, str]:
    """Cluster each story's mentions: by event word (statements by speaker), split where dates
    or places disagree, joined across words with the same PLOVER reading and a shared participant."""
    by_story: dict[str, list[Mention]] = defaultdict(list)
    for m in ms:
        by_story[m.story].append(m)
    labels: dict[str, str] = {}
    for story, group in by_story.items():
        clusters: list[list[Mention]] = []
        by_key: dict[str, list[list[Mention]]] = defaultdict(list)
        # mentions with arguments first, so that a bare mention joins the event they define
        for m in sorted(group, key=lambda m: -(bool(m.date) + bool(m.place) + bool(m.people))):
            subs = by_key[_key(m, speakers)]
            home = next((c for c in subs if not split or all(_agree(m, o) for o in c)), None)
            if home is None:
                home = []
                subs.append(home)
                clusters.append(home)
            home.append(m)
        if join:
            clusters = _join(clusters)
        for i, c in enumerate(clusters):
            for m in c:
                labels[m.id] = f"{story}|{i}"
    return labels


def _join(clusters: list[list[Mention]]) -> list[list[Mention]]:
    out: list[list[Mention]] = []
    for c in clusters:
        reading = next((m.reading for m in c if m.reading), None)
        people = set().union(*(m.people for m in c))
        home = None
        if reading is not None and people:
            home = next((o for o in out if any(m.reading == reading for m in o)
                         and people & set().union(*(m.people for m in o))
                         and all(_agree(a, b) for a in c for b in o)), None)
        if home is None:
            out.append(list(c))
        else:
            home.extend(c)
    return out


def scores(ms: Sequence[Mention], labels: dict[str, str], topics: range | None = None) -> tuple[float, ...]:
    keep = [m for m in ms if topics is None or m.topic in topics]
    gold = {m.id: m.instance for m in keep}
    system = {m.id: labels[m.id] for m in keep}
    f = [muc(gold, system)[2], bcubed(gold, system)[2], ceaf_e(gold, system)[2]]
    return (*f, sum(f) / 3)


def _row(name: str, s: tuple[float, ...]) -> str:
    return f"| {name} | " + " | ".join(f"{100 * x:.1f}" for x in s) + " |"


def run(shared: Path, limit: int | None = None) -> str:
    from newsdesk.nlp import load_model

    if not dataset_dir(shared).is_dir():
        return "## Cross-document event coreference (ECB+)\n\nECB+ not found; skipped.\n"
    t0 = time.perf_counter()
    ms = mentions(shared, load_model())
    systems = [
        ("same lemma within story (baseline)", same_lemma(ms)),
        ("newsdesk without the statement rule (event word only)",
         newsdesk(ms, split=False, join=False, speakers=False)),
        ("newsdesk: event word + statements by speaker", newsdesk(ms, split=False, join=False)),
        ("newsdesk: + split on disagreeing date/place", newsdesk(ms, split=True, join=False)),
        ("newsdesk: + join same PLOVER reading and participant (all)", newsdesk(ms, split=True, join=True)),
    ]
    lines = [
        "## Cross-document event coreference (ECB+)",
        "",
        f"ECB+ topics 1–22, {len(ms)} gold event mentions (ACTION_* / NEG_ACTION_*, singletons "
        f"included), {len({m.story for m in ms})} stories. Stories are the gold topic halves (gold "
        "document clusters, as the literature's gold-mention figures use). F1 of MUC, B³, CEAF-e "
        "and their mean, the CoNLL F1. Published anchors with gold mentions: about 80 CoNLL F1 "
        "for neural systems, mid-70s for the same-lemma baseline. Our switches were chosen on "
        "topics 1–11; topics 12–22 are the held-out check.",
        "",
    ]
    for title, topics in (("all topics 1–22", None), ("topics 1–11 (tuning)", TRAIN),
                          ("topics 12–22 (held out)", TEST)):
        lines += [f"**{title}**", "", "| system | MUC | B³ | CEAF-e | CoNLL F1 |",
                  "|---|---:|---:|---:|---:|"]
        lines += [_row(name, scores(ms, labels, topics)) for name, labels in systems]
        lines.append("")
    covered = sum(1 for m in ms if m.date or m.place or m.people)
    lines += [
        f"The analysis gives a date, place or participant to {covered} of the {len(ms)} mentions "
        f"({100 * covered / max(len(ms), 1):.0f}%; ECB+ texts carry no publication date, so most "
        "relative dates stay unresolved, and most ECB+ events are not PLOVER events); the rest are "
        "clustered by their word alone, which is why the split and join steps change little here "
        "(the split costs 0.4 on the held-out topics). The gain over the baseline comes from the "
        "event word (derivations, plurals, light verbs, pronouns) and from statements by speaker. "
        "The baseline's head is the mention's first verb, else its last noun (spaCy "
        "`en_core_web_sm` lemmas); singletons count, as in the published figures. "
        f"Time: {time.perf_counter() - t0:.0f} s (analyses from the shared cache when present).",
        "",
    ]
    return "\n".join(lines)
