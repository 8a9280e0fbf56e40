"""The tense of the verb governing a time expression, read off the dependency parse.

"Said on Thursday" and "will go on Friday" name different weeks: the governing verb's
tense decides whether an underspecified date lies before or after the publication date.
``past``, ``future``, ``present`` and ``modal`` ("could meet on Friday": possible or
reported, which ``Context.direction`` reads as looking ahead) are returned; ``None`` when no
verb governs the expression. ``habitual_at`` tells a clause about what usually happens
("usually closes in August").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.nlp.heads import is_root, up_from
from newsdesk.nlp.timex._lexicon import FUTURE_VERBS, MODALS, WILL

Tense = str | None
_MAX_CLIMB = 6
_PLANNED = {"due", "set", "scheduled", "expected", "likely", "poised", "slated", "planned", "unlikely"}
#: adverbs of a clause about what usually happens: its months and quarters are no particular year's
_HABITUAL = {"usually", "typically", "normally", "traditionally", "customarily", "routinely", "habitually",
             "ordinarily"}


#: Verbs whose object is an act still to come, whatever their own tense ("*planned* a rally on
#: Saturday", "*has scheduled* a hearing Monday", "*postponed* the vote until Tuesday").
_SCHEDULING = frozenset({"schedule", "plan", "slate", "reschedule", "postpone", "delay", "defer", "adjourn"})


def _governor(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` (itself included), at most ``_MAX_CLIMB`` tokens up."""
    return next((t for t in up_from(tok, _MAX_CLIMB - 1) if t.pos_ in ("VERB", "AUX")), None)


def verb_tense(verb: Token) -> Tense:
    """Tense of a verb from its auxiliaries and tag; an infinitive takes the tense of the
    verb above it ("expected to travel"), climbing a bounded walk (``heads.up_from``): a root
    infinitive ("How to vote on Tuesday") has none."""
    for v in up_from(verb):
        tense, up = _own_tense(v)
        if not up:
            return tense
    return None


def _own_tense(verb: Token) -> tuple[Tense, bool]:
    """The verb's tense, or ``(None, True)`` when its head's verb decides (an infinitive)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    if words & WILL:
        return "future", False
    if words & MODALS:  # "could", "would": possible or reported; the context decides what it means
        return ("past" if any(a.lemma_ == "have" for a in aux) else "modal"), False
    if verb.lower_ in WILL and verb.tag_ == "MD":
        return "future", False
    if any(a.tag_ == "VBD" or a.lower_ in ("had", "was", "were", "did") for a in aux):
        return "past", False
    if verb.lemma_ in _SCHEDULING and any(c.dep_ == "dobj" for c in verb.children):
        return "future", False  # "has scheduled a news conference Thursday": the act lies ahead
    if any(a.lemma_ == "have" for a in aux) and verb.tag_ == "VBN":
        return "past", False  # present perfect: it has happened
    if verb.tag_ == "VBD":
        return "past", False
    planned = any(c.dep_ in ("acomp", "xcomp") and c.lower_ in _PLANNED for c in verb.children)
    if verb.lemma_ == "be" and planned:
        return "future", False  # "elections are due in September"
    if "to" in words or (verb.tag_ == "VB" and verb.dep_ == "xcomp"):
        head = verb.head
        if is_root(verb):
            return None, False
        if head.lemma_ in FUTURE_VERBS or head.lower_ in ("going", "due", "likely", "set", "scheduled"):
            return "future", False
        if head.lemma_ == "be" and verb.dep_ == "xcomp" and head.tag_ in ("VBZ", "VBP"):
            return "future", False  # "is to resume trading Tuesday": what is arranged
        if head.pos_ in ("NOUN", "ADJ") and verb.dep_ in ("acl", "relcl", "xcomp", "advcl"):
            return "future", False  # "a plan to meet in March", "ready to vote on Tuesday": still to come
        return None, head.pos_ in ("VERB", "AUX")
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in FUTURE_VERBS and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return "future", False  # "On Tuesday, the group plans to hold a news conference": still to come
    if verb.tag_ in ("VBZ", "VBP", "VBG") or words & {"do", "does"}:
        return "present", False  # "does not drink": do-support keeps the present
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
        return "past", False  # "talks held on Thursday"
    return None, False


def habitual_at(doc: Doc, start: int, end: int) -> bool:
    """The clause of ``doc[start:end]`` tells what usually happens: its verb has a habitual
    adverb ("is usually over by May") or is the complement of "used to" ("used to publish
    its results in November")."""
    span = doc[start:end]
    root = span.root
    verb = _governor(root.head if root.pos_ not in ("VERB", "AUX") else root)
    if verb is None:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "used" and head.tag_ == "VBD" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def tense_at(doc: Doc, start: int, end: int) -> Tense:
    """Tense governing the tokens ``doc[start:end]`` (an expression's token range)."""
    span = doc[start:end]
    root = span.root
    if is_root(root) and root.pos_ not in ("VERB", "AUX"):
        return None
    verb = _governor(root.head if root.pos_ not in ("VERB", "AUX") else root)
    return verb_tense(verb) if verb is not None else None
