"""Named mentions from a spaCy Doc, with the statistical model's usual slips repaired.

The small English model tags "Mr Lavrov" as an organisation, keeps possessive "'s"
inside place names, folds "the" into names and misses some "Mr X" people entirely;
each repair here is a general rule, not a fix for one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from newsdesk.nlp.lexicon import DIRECTIONS, HONORIFICS, TITLE_WORDS, is_country
from newsdesk.words import MONTH_NAMES, WEEKDAY_NAMES

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
_MONTHS_DAYS = frozenset(MONTH_NAMES + WEEKDAY_NAMES)
_NAMED_EVENTS = frozenset({"cyclone", "hurricane", "typhoon", "storm", "tropical", "operation"})
_STORM = re.compile(r"\b(?:Cyclone|Hurricane|Typhoon|Storm|Tropical Storm)\s+([A-Z][a-z]+)")
_NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$")


@dataclass
class RawMention:
    """A named mention before identity resolution (token and character offsets into the Doc)."""

    label: str
    start: int  # token index
    end: int  # token index (exclusive)
    start_char: int
    end_char: int
    text: str
    honorific: str | None = None
    expands_to: str | None = None  # "South" in "South and North Korea" -> "South Korea"
    rule: str = ""  # the rule that found or last re-typed it ("entity.ner.person" ...)

    @property
    def tokens(self) -> list[str]:
        return self.text.split()


def ents_within(span: Span) -> list[Span]:
    """The named entities wholly inside ``span``, as ``span.ents`` gives them.

    spaCy's ``span.ents`` rebuilds every entity of the doc on each call: called once per
    title it made a long text's roles cost quadratic time. This reads the span's tokens only.
    """
    doc = span.doc
    out: list[Span] = []
    start, label = -1, 0
    for i in range(span.start, span.end):
        tok = doc[i]
        if tok.ent_iob == 1:  # inside: the open entity (or one begun before the span) goes on
            continue
        if start != -1:
            out.append(Span(doc, start, i, label=label))
        start = -1
        if tok.ent_iob == 3 and tok.ent_type != 0:
            start, label = i, tok.ent_type
    if start != -1 and (span.end >= len(doc) or doc[span.end].ent_iob != 1):
        out.append(Span(doc, start, span.end, label=label))
    return out


#: Rule ids of mentions (and so of entities): the model's entity of that label, re-typed by a
#: country list, by a vote over one surface's labels, by an honorific, as part of a full name;
#: or found by rule where the model found nothing (honorific + name, a full name seen elsewhere).
RULE_NER = "entity.ner."  # + the label in lower case: "entity.ner.person"
RULE_COUNTRY = "entity.country-list"
RULE_VOTE = "entity.label-vote"
RULE_HONORIFIC_RETYPE = "entity.honorific-retype"
RULE_NAME_PART = "entity.name-part"
RULE_HONORIFIC_NAME = "entity.honorific-name"
RULE_PROPAGATED = "entity.propagated-name"
RULE_DIRECTION = "entity.coordinated-direction"


def collect_mentions(doc: Doc) -> list[RawMention]:
    """All PERSON/ORG/GPE/LOC/FAC mentions in text order, cleaned and re-typed.

    Each carries ``rule``, the id of the rule that found it or last changed its type."""
    found: list[RawMention] = []
    storms = {m.group(1) for m in _STORM.finditer(doc.text)}
    for ent in doc.ents:
        m = _clean(doc, ent)
        if m is not None and not (m.label == "PERSON" and m.text in storms):
            found.append(m)
    _vote_labels(found)
    _retype_name_parts(doc, found)
    found.extend(_honorific_people(doc, found))
    _extend_people(doc, found)
    found.extend(_propagated_names(doc, found))
    found.sort(key=lambda m: m.start)
    _expand_coordinated_directions(doc, found)
    return found


def _clean(doc: Doc, ent: Span) -> RawMention | None:
    label = ent.label_
    if label not in ENTITY_LABELS:
        return None
    start, end = ent.start, ent.end
    # leading determiner / honorific / title words, trailing possessive and punctuation
    honorific = None
    while start < end and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    while start < end and doc[start].lower_.rstrip(".") in HONORIFICS:
        honorific = doc[start].text.rstrip(".")
        start += 1
        label = "PERSON"
    if label == "PERSON":
        while start < end - 1 and doc[start].lower_ in TITLE_WORDS:
            start += 1
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'"} or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    span = doc[start:end]
    text = span.text
    if text.islower():
        return None  # "fig" in a quoted "fig leaf": names are capitalised
    if label == "PERSON" and not _looks_like_name(span):
        return None
    if label == "PERSON" and span[0].lower_ in _NAMED_EVENTS:
        return None  # "Cyclone Halima" is a storm, not a person
    rule = RULE_NER + label.lower() if label == ent.label_ else RULE_HONORIFIC_RETYPE
    if label == "PERSON" and is_country(text):
        label, rule = "GPE", RULE_COUNTRY
    if honorific is None and start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS:
        honorific = doc[start - 1].text.rstrip(".")
    return RawMention(label, start, end, span.start_char, span.end_char, text, honorific, rule=rule)


def _looks_like_name(span: Span) -> bool:
    if any(ch.isdigit() for ch in span.text):
        return False
    connectors = {"-", "bin", "al", "de", "van", "von", "da", "dos", "del", "la", "le"}
    return all(
        _NAME_TOKEN.match(t.text) or t.text in connectors or (t.i > 0 and t.nbor(-1).text == "-")
        for t in span
    )


def _vote_labels(found: list[RawMention]) -> None:
    """One surface, one type: 'Busan' tagged PERSON once and GPE twice is a place."""
    votes: dict[str, dict[str, int]] = {}
    for m in found:
        votes.setdefault(m.text, {}).setdefault(m.label, 0)
        votes[m.text][m.label] += 1
    person_tokens = {t for m in found if m.label == "PERSON" and len(m.tokens) >= 2 for t in m.tokens}
    for m in found:
        labels = votes[m.text]
        places = {"GPE", "LOC"} & set(labels)
        before = m.label
        if "PERSON" in labels and places and len(m.tokens) == 1 and m.text not in person_tokens:
            m.label = max(places, key=lambda lab: labels[lab])  # "in Busan" once is enough
        elif len(labels) > 1 and m.honorific is None:
            # ties go to the non-person reading: a place misread as a person is the usual slip
            m.label = max(labels, key=lambda lab: (labels[lab], lab != "PERSON"))
        if m.label != before:
            m.rule = RULE_VOTE


def _retype_name_parts(doc: Doc, found: list[RawMention]) -> None:
    """A lone "Ogata" tagged ORG after "Shinji Ogata" is that person; so is an "organisation"
    "Ricardo Amaral" that the text later calls "Mr Amaral"."""
    honorific_names = {
        doc[t.i + 1].text for t in doc
        if t.lower_.rstrip(".") in HONORIFICS and t.text[:1].isupper() and t.i + 1 < len(doc)
    }
    for m in found:
        toks = m.tokens
        if m.label == "ORG" and (m.honorific is not None or (
                2 <= len(toks) <= 3 and toks[-1] in honorific_names
                and all(_NAME_TOKEN.match(t) for t in toks))):
            m.label, m.rule = "PERSON", RULE_HONORIFIC_RETYPE
    full = [m for m in found if m.label == "PERSON" and len(m.tokens) >= 2]
    parts = {t for m in full for t in (m.tokens[0], m.tokens[-1]) if len(t) > 2}
    for m in found:
        if m.label == "PERSON" or is_country(m.text):
            continue
        if len(m.tokens) == 1 and m.text in parts and doc[m.start].pos_ == "PROPN":
            m.label, m.rule = "PERSON", RULE_NAME_PART


def _extend_people(doc: Doc, found: list[RawMention]) -> None:
    """'Yuko' + 'Takeda' split by the model: a person runs on over untagged proper nouns."""
    taken = {i for m in found for i in range(m.start, m.end)}
    for m in found:
        if m.label != "PERSON":
            continue
        j = m.end
        # "Park Seo" + "-jun": a hyphenated given name the model cut short
        while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and doc[j + 1].is_alpha:
            j += 2
        while (
            j < len(doc)
            and j - m.end < 2
            and j not in taken
            and doc[j].pos_ == "PROPN"
            and _NAME_TOKEN.match(doc[j].text)
            and doc[j].lower_ not in _MONTHS_DAYS
        ):
            j += 1
        if j > m.end:
            span = doc[m.start : j]
            m.end, m.end_char, m.text = j, span.end_char, span.text
            taken.update(range(m.start, j))


def _honorific_people(doc: Doc, found: list[RawMention]) -> list[RawMention]:
    """'Mr X' that the model missed: honorific + up to four capitalised tokens."""
    taken = {i for m in found for i in range(m.start, m.end)}
    extra: list[RawMention] = []
    for tok in doc:
        if tok.lower_.rstrip(".") not in HONORIFICS or tok.i + 1 >= len(doc):
            continue
        if not tok.text[:1].isupper():
            continue
        j = tok.i + 1
        while (
            j < len(doc)
            and j - tok.i <= 4
            and _NAME_TOKEN.match(doc[j].text)
            and doc[j].lower_ not in _MONTHS_DAYS
            and not doc[j].is_sent_start
        ):
            j += 1
        if j == tok.i + 1 or any(i in taken for i in range(tok.i + 1, j)):
            continue
        span = doc[tok.i + 1 : j]
        extra.append(RawMention("PERSON", span.start, span.end, span.start_char, span.end_char,
                                span.text, tok.text.rstrip("."), rule=RULE_HONORIFIC_NAME))
        taken.update(range(span.start, span.end))
    return extra


def _propagated_names(doc: Doc, found: list[RawMention]) -> list[RawMention]:
    """Names the model tagged once but missed elsewhere (headlines, lists): tag them too.

    Only runs of capitalised proper nouns made wholly of tokens of full person names
    already found qualify, so a common word is never turned into a person.
    """
    full = [m for m in found if m.label == "PERSON" and len(m.tokens) >= 2]
    name_tokens = {t for m in full for t in m.tokens if len(t) > 2}
    taken = {i for m in found for i in range(m.start, m.end)}
    extra: list[RawMention] = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j not in taken and doc[j].text in name_tokens and doc[j].pos_ == "PROPN":
            j += 1
        if j > i:
            span = doc[i:j]
            extra.append(RawMention("PERSON", i, j, span.start_char, span.end_char, span.text,
                                    rule=RULE_PROPAGATED))
            i = j
        else:
            i += 1
    return extra


def _expand_coordinated_directions(doc: Doc, found: list[RawMention]) -> None:
    """'South and North Korea': the bare 'South' stands for 'South Korea'."""
    for i, m in enumerate(found):
        if len(m.tokens) != 1 or m.text.lower() not in DIRECTIONS or m.end + 1 >= len(doc):
            continue
        if doc[m.end].lower_ not in {"and", "or", "&"}:
            continue
        nxt = next((n for n in found[i + 1 :] if n.start == m.end + 1), None)
        if nxt and len(nxt.tokens) >= 2 and nxt.tokens[0].lower() in DIRECTIONS:
            m.expands_to = " ".join([m.text, *nxt.tokens[1:]])
            m.label, m.rule = nxt.label, RULE_DIRECTION
