"""The per-article analysis: one pure function of (article, model) -> Analysis."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import Literal, cast

from spacy.language import Language
from spacy.tokens import Doc

from newsdesk.models import PIPELINE_VERSION, Analysis, Article, Entity, EntityType, Mention, Role
from newsdesk.nlp.events import find_events
from newsdesk.nlp.identity import Cluster, cluster_others, cluster_people, normalise_name
from newsdesk.nlp.lexicon import FEMALE_WORDS, MALE_WORDS, TITLE_HEADS
from newsdesk.nlp.mentions import RULE_NER, RawMention, collect_mentions, ents_within
from newsdesk.nlp.merge import merge_parts
from newsdesk.nlp.model import model_id
from newsdesk.nlp.parts import PART_CHARS, part_article, split_parts
from newsdesk.nlp.quotes import find_quotes
from newsdesk.nlp.roles import find_roles, premodifier_span
from newsdesk.nlp.timex import find_times

_PARAGRAPH_BREAK = re.compile(r"(?=\n\n)")
#: Rule id of the organisation a wire credit names ("... BLOOMBERG"), not found in the text.
RULE_WIRE = "entity.wire-credit"

__all__ = ["PIPELINE_VERSION", "analyze", "analyze_doc", "analyze_many"]


def analyze(article: Article, nlp: Language, part_chars: int = PART_CHARS) -> Analysis:
    """Analyse one article (pure: same input, same output).

    An article longer than ``part_chars`` (or the model's ``max_length``) is analysed part by
    part (``parts.py``), one part's parse in memory at a time, and the parts merged into one
    analysis of the whole text (``merge.py``); a shorter one is analysed whole.
    """
    mid = model_id(nlp)
    size = _part_size(nlp, part_chars)
    if len(article.text) <= size:
        return analyze_doc(article, nlp(article.text), mid)
    return _analyze_parts(article, nlp, size, mid)


def analyze_many(
    articles: Iterable[Article], nlp: Language, batch_size: int = 32, n_process: int = 1,
    part_chars: int = PART_CHARS,
) -> Iterator[Analysis]:
    """Analyse articles in ``nlp.pipe`` batches; yields in input order.

    A long article (see ``analyze``) is analysed alone, part by part, between the batches of
    the short ones around it, so a batch never holds more than one long text's parse.
    """
    mid = model_id(nlp)
    size = _part_size(nlp, part_chars)
    for long, run in groupby(articles, key=lambda a: len(a.text) > size):
        if long:
            for article in run:
                yield _analyze_parts(article, nlp, size, mid)
            continue
        pairs = ((a.text, a) for a in run)
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
            yield analyze_doc(article, doc, mid)


def _part_size(nlp: Language, part_chars: int) -> int:
    return max(1, min(part_chars, nlp.max_length))


def _analyze_parts(article: Article, nlp: Language, size: int, mid: str) -> Analysis:
    """Each part parsed and analysed by the same rules as a whole article, then merged."""
    done = []
    for start, end in split_parts(article.text, size):
        part = part_article(article, start, end)
        done.append((start, analyze_doc(part, nlp(part.text), mid)))
    merged = merge_parts(article, done)
    if article.wire:
        _add_wire(merged.entities, article.wire)
    return merged


def analyze_doc(article: Article, doc: Doc, model: str, quotes: bool = True) -> Analysis:
    """The rules on top of an already parsed Doc of ``article.text``.

    ``quotes=False`` skips attribution finding (the benchmark measures its cost that way).
    """
    mentions = collect_mentions(doc)
    title_spans = {}
    roles_at: dict[int, list[Role]] = {}
    for m in mentions:
        if m.label != "PERSON":
            continue
        rng = premodifier_span(doc, m)
        if rng is not None:
            title_spans[m.start] = rng
        roles_at[m.start] = find_roles(doc, m)
    titles = {start: doc[a:b].text for start, (a, b) in title_spans.items()}
    # organisations that are only part of a title ("Secretary of State") are not entities
    inside_titles = {i for a, b in title_spans.values() for i in range(a, b)}
    others = [m for m in mentions if m.label != "PERSON" and not _inside_title(m, inside_titles, doc)]
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(article.text)]
    genders = _genders(mentions, roles_at)
    people = cluster_people(mentions, titles, lambda offset: bisect.bisect_right(breaks, offset), genders)
    entities: list[Entity] = []
    for c in people:
        if _unsupported(c, roles_at, doc):
            continue
        entities.append(_person_entity(len(entities) + 1, c, roles_at, doc))
    for c in cluster_others(others):
        entities.append(_entity(len(entities) + 1, c))
    if article.wire:
        _add_wire(entities, article.wire)
    headline = [(s.start, s.end) for s in article.sections if s.kind == "headline"]
    found = find_quotes(doc, entities, headline) if quotes else []
    times = find_times(doc, article.published)
    events = find_events(doc, entities, found, times, article.published)
    return Analysis(article=article, entities=entities, quotes=found, times=times, events=events,
                    pipeline_version=PIPELINE_VERSION, model=model)


_ORG_WORDS = {"ministry", "department", "bureau", "office", "council", "committee", "agency", "commission"}


def _genders(mentions: list[RawMention], roles_at: dict[int, list[Role]]) -> dict[int, str]:
    """Gender a mention's honorific or role words state ("Ms Park", "spokeswoman Park Min-ji")."""
    out: dict[int, str] = {}
    for m in mentions:
        if m.label != "PERSON":
            continue
        words = {(m.honorific or "").lower()}
        for r in roles_at.get(m.start, []):
            words.update(r.title.lower().split())
        if words & FEMALE_WORDS and not words & MALE_WORDS:
            out[m.start] = "f"
        elif words & MALE_WORDS and not words & FEMALE_WORDS:
            out[m.start] = "m"
    return out


def _unsupported(c: Cluster, roles_at: dict[int, list[Role]], doc: Doc) -> bool:
    """A lone capitalised word opening a sentence ("Turnout", "Schools") that nothing else
    supports as a name: no full name, no honorific, no title, named only once."""
    if len(c.mentions) != 1:
        return False
    m = c.mentions[0]
    alone = len(m.tokens) == 1 and m.honorific is None and not roles_at.get(m.start)
    return bool(alone and doc[m.start].is_sent_start)


def _inside_title(m: RawMention, inside: set[int], doc: Doc) -> bool:
    if m.label == "GPE" or m.label == "LOC":
        return False
    words = [w.lower() for w in m.tokens]
    if words[-1] == "affairs" and not _ORG_WORDS & set(words):
        return True  # a portfolio ("East Asian and Pacific Affairs"), not an organisation
    if all(i in inside for i in range(m.start, m.end)):
        return True
    # "secretary of state for East Asian and Pacific Affairs": the 'of'/'for' object of a title
    prev = doc[m.start - 1] if m.start > 0 else None
    head = doc[m.start - 2] if m.start > 1 else None
    return bool(prev is not None and prev.lower_ in {"of", "for"} and head is not None
                and head.lower_ in {"secretary", "minister", "ministry"} and len(m.tokens) <= 2)


def _mentions(c: Cluster) -> list[Mention]:
    full = len(c.canonical.split())
    out = []
    for m in c.mentions:
        whole = c.label != "PERSON" or len(m.tokens) >= full
        kind: Literal["name", "partial"] = "name" if whole else "partial"
        out.append(Mention(m.start_char, m.end_char, m.text, kind))
    return out


def _aliases(c: Cluster) -> list[str]:
    seen: list[str] = []
    for m in c.mentions:
        if m.text != c.canonical and m.text not in seen:
            seen.append(m.text)
    return seen


def _person_entity(eid: int, c: Cluster, roles_at: dict[int, list[Role]], doc: Doc) -> Entity:
    roles: list[Role] = []
    for m in c.mentions:
        for r in roles_at.get(m.start, []):
            if all(r.title.lower() != x.title.lower() for x in roles):
                roles.append(r)
    affiliation = None
    for r in roles:
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        if span is None:
            continue
        # only a nationality before the title's head word qualifies the person ("former
        # North Korean spy chief"), not one inside a portfolio ("secretary ... for East Asian")
        kinds = {"NORP", "GPE"} if r.source == "premodifier" else {"NORP"}
        head = next((t.i for t in span if t.lower_ in TITLE_HEADS), span.end)
        norp = [e for e in ents_within(span) if e.label_ in kinds and e.end <= head]
        if norp:
            affiliation = normalise_name("GPE", norp[0].text)
            break
    return Entity(eid, "PERSON", c.canonical, _mentions(c), roles, affiliation, _aliases(c), _rule(c))


def _entity(eid: int, c: Cluster) -> Entity:
    return Entity(eid, cast(EntityType, c.label), c.canonical, _mentions(c), [], None, _aliases(c), _rule(c))


def _rule(c: Cluster) -> str:
    """The rule that found an identity: the model's entity of its type when one mention is
    that, else the rule of its first mention (a country list, an honorific, a vote ...)."""
    ner = RULE_NER + c.label.lower()
    if any(m.rule == ner for m in c.mentions):
        return ner
    return next((m.rule for m in c.mentions if m.rule), "")


def _add_wire(entities: list[Entity], wire: str) -> None:
    """The wire credit names an organisation even though it is not in the text."""
    name = wire.strip("() ").title() if wire.isupper() and len(wire) > 3 else wire.strip("() ")
    if not any(e.canonical.lower() == name.lower() for e in entities):
        entities.append(Entity(len(entities) + 1, "ORG", name, [], [], None, [], RULE_WIRE))
