"""The tense of the verb governing a time expression, read off the dependency parse.

"Said on Thursday" and "will go on Friday" name different weeks: the governing verb's
tense decides whether an underspecified date lies before or after the publication date.
``past``, ``future``, ``present`` and ``modal`` ("could meet on Friday": possible or
reported, which ``Context.direction`` reads as looking ahead) are returned; ``None`` when no
verb governs the expression.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.nlp.timex._lexicon import FUTURE_VERBS, MODALS, WILL

Tense = str | None
_MAX_CLIMB = 6
_PLANNED = {"due", "set", "scheduled", "expected", "likely", "poised", "slated", "planned", "unlikely"}


def _governor(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` (itself included)."""
    for _ in range(_MAX_CLIMB):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def verb_tense(verb: Token) -> Tense:
    """Tense of a verb from its auxiliaries, tag and (for infinitives) the verb above."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    if words & WILL:
        return "future"
    if words & MODALS:  # "could", "would": possible or reported; the context decides what it means
        return "past" if any(a.lemma_ == "have" for a in aux) else "modal"
    if verb.lower_ in WILL and verb.tag_ == "MD":
        return "future"
    if any(a.tag_ == "VBD" or a.lower_ in ("had", "was", "were", "did") for a in aux):
        return "past"
    if any(a.lemma_ == "have" for a in aux) and verb.tag_ == "VBN":
        return "past"  # present perfect: it has happened
    if verb.tag_ == "VBD":
        return "past"
    planned = any(c.dep_ in ("acomp", "xcomp") and c.lower_ in _PLANNED for c in verb.children)
    if verb.lemma_ == "be" and planned:
        return "future"  # "elections are due in September"
    if "to" in words or (verb.tag_ == "VB" and verb.dep_ == "xcomp"):
        head = verb.head
        if head is verb:
            return None
        if head.lemma_ in FUTURE_VERBS or head.lower_ in ("going", "due", "likely", "set", "scheduled"):
            return "future"
        if head.pos_ in ("VERB", "AUX"):
            return verb_tense(head)
        return None
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
        return "past"  # "talks held on Thursday"
    return None


def tense_at(doc: Doc, start: int, end: int) -> Tense:
    """Tense governing the tokens ``doc[start:end]`` (an expression's token range)."""
    span = doc[start:end]
    root = span.root
    if root.head is root and root.pos_ not in ("VERB", "AUX"):
        return None
    verb = _governor(root.head if root.pos_ not in ("VERB", "AUX") else root)
    return verb_tense(verb) if verb is not None else None
