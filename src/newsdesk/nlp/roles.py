"""Roles and titles of people, from the three constructions news copy uses for them.

- premodifier: "Russian Foreign Minister Sergei Lavrov", "then-president Bill Clinton";
- apposition: "Andy Kim, head of the Korea desk at the Central Intelligence Agency,";
- relative clause: "Ana Ruiz, who is the bank's chief economist," / "who heads the agency".
A title must contain a known title word: better a missing role than a wrong one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsdesk.models import Role
from newsdesk.nlp.lexicon import HONORIFICS, NOT_TITLES, TITLE_BREAKERS, TITLE_HEADS, TITLE_WORDS
from newsdesk.nlp.mentions import RawMention, ents_within

_MAX_APPOSITION = 18
_GLUE = {"'s", "’s", "of", "the"}
_RELCL_VERBS = {"heads": "head", "leads": "leader", "chairs": "chair", "runs": "head", "directs": "director"}


def find_roles(doc: Doc, m: RawMention) -> list[Role]:
    """Every role the text gives the person named at ``m``."""
    roles = []
    pre = _premodifier(doc, m)
    if pre is not None:
        roles.append(pre)
    else:
        inverse = _inverse_apposition(doc, m)
        if inverse is not None:
            roles.append(inverse)
    post = _apposition(doc, m) or _relative_clause(doc, m)
    if post is not None:
        roles.append(post)
    return roles


def _inverse_apposition(doc: Doc, m: RawMention) -> Role | None:
    """"Brazil's trade minister, Rafael Silva," / "The agency's country director, Nadia Haddad,"."""
    comma = m.start - 1
    if comma < 1 or doc[comma].text != "," or doc[comma - 1].lower_ not in TITLE_HEADS:
        return None
    if m.end < len(doc) and doc[m.end].text not in {",", ".", ";"}:
        return None  # "the minister, Silva said" is two clauses, not an apposition
    i = comma - 1
    start = comma
    while i >= 0 and comma - i <= 8:
        t = doc[i]
        if t.lower_ in TITLE_WORDS or t.lower_ in _GLUE or t.ent_type_ in {"NORP", "GPE", "ORG"}:
            start = i
        elif t.pos_ == "PROPN" and i + 1 < comma and doc[i + 1].lower_ in {"'s", "’s"}:
            start = i
        else:
            break
        i -= 1
    while start < comma and doc[start].lower_ in {"the", "of"}:
        start += 1
    if start >= comma or (start > 0 and doc[start - 1].lower_ in {"a", "an"}):
        return None
    span = doc[start:comma]
    return Role(span.text, span.start_char, span.end_char, "apposition", _org_in(span))


def premodifier_span(doc: Doc, m: RawMention) -> tuple[int, int] | None:
    """Token range of the title right before a name, if there is one."""
    i = m.start - 1
    while i >= 0 and doc[i].lower_.rstrip(".") in HONORIFICS:
        i -= 1
    end = i + 1
    start = end
    while i >= 0:
        t = doc[i]
        low = t.lower_
        if low in TITLE_BREAKERS or t.is_sent_end or low in NOT_TITLES:
            break
        if low in TITLE_WORDS or _is_hyphen_title(t.text) or t.text == "-":
            start = i
        elif t.ent_type_ in {"NORP", "GPE"} and start < end:
            start = i
        elif low == "of" and start < end and i > 0 and doc[i - 1].lower_ in TITLE_WORDS:
            if any(t.lower_ in TITLE_HEADS for t in doc[i + 1 : end]):
                break  # "member of | Prime Minister X": the title is already whole
            start = i
        elif t.ent_type_ == "ORG" and i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and start < end:
            start = i  # "Kremlin spokesman", "IMF chief"
        else:
            break
        i -= 1
    if start >= end:
        return None
    words = [t.lower_ for t in doc[start:end]]
    if not any(w in TITLE_HEADS or _is_hyphen_title(w) for w in words):
        return None
    # a trailing "of"/"-" is never part of a title
    while start < end and doc[start].lower_ in {"of", "-"}:
        start += 1
    return (start, end) if start < end else None


def _premodifier(doc: Doc, m: RawMention) -> Role | None:
    rng = premodifier_span(doc, m)
    if rng is None:
        return None
    span = doc[rng[0] : rng[1]]
    return Role(_title_case(span.text), span.start_char, span.end_char, "premodifier", _org_in(span))


def _apposition(doc: Doc, m: RawMention) -> Role | None:
    j = m.end
    if j < len(doc) and doc[j].lower_ in {"'s", "’s"}:
        return None
    if j >= len(doc) or doc[j].text != ",":
        return None
    k = j + 1
    if k < len(doc) and doc[k].lower_ in {"and", "or", "but", "who", "which", "that"}:
        return None  # a list or a clause, not an apposition
    if k < len(doc) and doc[k].lower_ in {"a", "an", "the"}:
        k += 1
    start = k
    stop = k
    while stop < len(doc) and stop - start < _MAX_APPOSITION:
        t = doc[stop]
        if t.text == "(":  # "(OCHA)": an acronym in brackets belongs to the apposition
            close = next((k for k in range(stop + 1, min(stop + 6, len(doc))) if doc[k].text == ")"), None)
            if close is None:
                break
            stop = close + 1
            continue
        if t.text in {",", ";", ":", ".", ")", '"', "“", "”"}:
            break
        if t.pos_ in {"VERB", "AUX"} and t.lower_ not in TITLE_WORDS:
            break
        if t.lower_ in {"who", "which", "that"}:
            break
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and stop > start and doc[stop - 1].lower_ == "and":
            stop -= 1  # "X, the minister, and Y": stop before the next person
            break
        stop += 1
    if stop <= start or stop >= len(doc) or doc[stop].text not in {",", ".", ";", ")"}:
        if not (stop < len(doc) and doc[stop].lower_ == "and"):
            return None
    span = doc[start:stop]
    while len(span) and span[-1].lower_ in {"and", "or"}:
        span = doc[span.start : span.end - 1]
    head_words = [t.lower_ for t in span[:8]]
    if not span or not any(w in TITLE_HEADS or _is_hyphen_title(w) for w in head_words):
        return None
    if any(t.ent_type_ == "PERSON" for t in span):  # a list of names, not an apposition
        return None
    return Role(span.text, span.start_char, span.end_char, "apposition", _org_in(span))


def _relative_clause(doc: Doc, m: RawMention) -> Role | None:
    j = m.end
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ != "who":
        return None
    verb = doc[j + 2]
    k = j + 3
    if verb.lower_ in {"is", "was"}:
        title_prefix = ""
    elif verb.lower_ in _RELCL_VERBS:
        title_prefix = _RELCL_VERBS[verb.lower_] + " of "
    else:
        return None
    start = k
    while k < len(doc) and doc[k].text not in {",", ".", ";"} and k - start < _MAX_APPOSITION:
        k += 1
    span = doc[start:k]
    if not span:
        return None
    body = span.text
    if title_prefix:
        return Role(title_prefix + body, span.start_char, span.end_char, "relative_clause", _org_in(span))
    words = [t.lower_ for t in span]
    if not any(w in TITLE_HEADS for w in words):
        return None
    noun_phrase = words[0] in {"a", "an", "the"} or words[0] in TITLE_WORDS
    if not (noun_phrase or span[0].ent_type_ in {"NORP", "ORG"}):
        return None  # "who is widely expected to run for president" is not a title
    if span[0].lower_ in {"a", "an", "the"}:
        span = doc[span.start + 1 : span.end]
    return Role(span.text, span.start_char, span.end_char, "relative_clause", _org_in(span))


def _org_in(span: Span) -> str | None:
    for ent in ents_within(span):
        if ent.label_ == "ORG":
            text = ent.text
            return text[4:] if text.lower().startswith("the ") else text
    return None


def _is_hyphen_title(word: str) -> bool:
    return "-" in word and any(p in TITLE_HEADS for p in word.lower().split("-"))


def _title_case(text: str) -> str:
    """'PRESIDENT' at a lede's start reads 'President'; other casing is kept as written."""
    return " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in text.split())
