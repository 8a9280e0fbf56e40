"""Status from tense, aspect, modality, negation, conditionals and the governing words.

A clause's own grammar gives a first reading (past → happened, "is meeting" → ongoing,
"will meet" → planned, "may meet" → possible, "would meet" → hypothetical, "did not meet"
→ negated, an "if" clause → hypothetical). A non-finite clause ("to meet", "before
travelling") takes its reading from the word that governs it ("agreed *to meet*" → planned,
"hoped to meet" → possible, "refused to meet" → negated) and from that word's own clause.
Reported clauses keep their own reading: the status is the claim's, and "said he would
meet" is a plan. When readings combine, the less certain one wins.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.nlp.events._carriers import OCCUR_VERBS
from newsdesk.nlp.events._tree import Tree, forms
from newsdesk.nlp.events._trigger import Trigger
from newsdesk.nlp.events._word_classes import (
    CONDITIONAL_MARKS,
    FUTURE_AUX,
    HEDGES,
    HYPOTHETICAL_AUX,
    NEGATING_WORDS,
    NEGATORS,
    NOUN_STATUS,
    ONGOING_WORDS,
    PAST_PREPS,
    PLAN_WORDS,
    POSSIBLE_AUX,
    POSSIBLE_WORDS,
    PROSPECT_PREPS,
    REPORTING_VERBS,
)

#: Readings by certainty: when two combine, the higher wins.
RANK = {"happened": 0, "ongoing": 1, "planned": 2, "possible": 3, "hypothetical": 4, "negated": 5}
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})
_PAST_BE = frozenset({"was", "were"})
_PERFECT = frozenset({"has", "have", "had", "'ve", "'s", "'d"})
_UP_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "acl", "acomp", "attr", "oprd", "prep", "pobj"})
#: Governing nouns and verbs read only as verbs ("is *set* to meet", not "a *set* of meetings").
_VERB_ONLY = frozenset({"set", "stage", "way", "call", "look", "push", "need", "stop", "block"})
_MAX_CLIMB = 8
_OCCUR_OR_GO = OCCUR_VERBS | {"go"}


def worst(*readings: str | None) -> str:
    return max((r for r in readings if r), key=RANK.__getitem__, default="happened")


def status_of(trig: Trigger, tree: Tree, reported: bool) -> str:
    """The status of ``trig``'s event; ``reported`` when it lies in a quote or reported clause."""
    if not trig.verbal:
        return _noun_status(trig.phrase, tree, reported, trig.token)
    reading = clause_status(trig.carrier, tree, reported)
    if trig.noun:
        reading = worst(reading, _noun_modifiers(trig.token, tree), _noun_modifiers(trig.phrase, tree))
    return reading


def clause_status(verb: Token, tree: Tree, reported: bool = False) -> str:
    readings: list[str] = []
    tok = verb
    for _ in range(_MAX_CLIMB):
        own, finite = _own(tok, tree, reported)
        readings.append(own or "happened")
        if finite:
            if tree.dep(tok) == "ccomp":
                readings.append(_complement_reading(tree.head(tok)) or "happened")
            break
        gov = _governor(tok, tree)
        if gov is None:
            break
        readings.append(governing_word(gov) or "happened")
        if gov.lemma_.lower() in REPORTING_VERBS:
            break
        tok = gov
    return worst(*readings)


def _own(tok: Token, tree: Tree, reported: bool) -> tuple[str | None, bool]:
    """A clause's own reading and whether it is finite (has its own tense or modal)."""
    kids = tree.kids(tok)
    aux_words = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
    readings: list[str] = []
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATORS) for c in kids):
        readings.append("negated")
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in kids):
        readings.append("hypothetical")
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
           for c in kids):
        readings.append("hypothetical")
    if any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in kids):
        readings.append("possible")
    if aux_words & FUTURE_AUX:
        readings.append("planned")
    if aux_words & POSSIBLE_AUX:
        readings.append("possible")
    if aux_words & HYPOTHETICAL_AUX:
        # "said he would meet": a future seen from the past, not a hypothesis
        would_only = aux_words & HYPOTHETICAL_AUX <= {"would", "'d"}
        future_in_past = would_only and (reported or _under_reporting(tok, tree))
        readings.append("planned" if future_in_past else "hypothetical")
    if _going_to(tok, tree):
        readings.append("planned")
    tag = tok.tag_
    finite = bool(aux_words & (FUTURE_AUX | POSSIBLE_AUX | HYPOTHETICAL_AUX)) or tag in ("VBD", "VBZ", "VBP")
    if tag == "VBG" and aux_words & _PRESENT_BE:
        readings.append("ongoing")
        finite = True
    elif tag == "VBG" and aux_words & _PAST_BE:
        finite = True
    elif tag == "VBN" and aux_words & (_PERFECT | _PRESENT_BE | _PAST_BE):
        finite = True
    if tree.dep(tok) == "acl" and tag == "VBG" and tok.lemma_.lower() == "go":  # "meetings going on"
        readings.append("ongoing")
    return (worst(*readings) if readings else None), finite


def _going_to(tok: Token, tree: Tree) -> bool:
    """"are going to determine": the infinitive under a progressive 'go'."""
    head = tree.head(tok)
    return (tree.dep(tok) == "xcomp" and head.lemma_.lower() == "go" and head.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def _under_reporting(tok: Token, tree: Tree) -> bool:
    for _ in range(3):
        if tree.dep(tok) != "ccomp":
            return False
        tok = tree.head(tok)
        if tok.lemma_.lower() in REPORTING_VERBS:
            return True
    return False


def _governor(tok: Token, tree: Tree) -> Token | None:
    dep = tree.dep(tok)
    if dep not in _UP_DEPS:
        return None
    head = tree.head(tok)
    if dep == "pcomp" and tree.dep(head) == "prep":  # "before travelling" → the verb of "before"
        up = tree.head(head)
        return up if up.i != head.i else None
    return head


def governing_word(gov: Token) -> str | None:
    """What a governing word says of the event it governs ("*agreed* to meet" → planned)."""
    lemma = gov.lemma_.lower()
    if gov.pos_ == "ADP":
        return "negated" if lemma == "without" else None
    if gov.pos_ == "NOUN" and lemma in _VERB_ONLY:
        return None
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in gov.children) and lemma in ("call", "break"):
        return "negated"  # "called off the strike"
    for word in forms(gov):
        if word in NEGATING_WORDS:
            return "negated"
        if word in POSSIBLE_WORDS:
            return "possible"
        if word in PLAN_WORDS:
            return "planned"
        if word in ONGOING_WORDS:
            return "ongoing"
    return None


def _complement_reading(gov: Token) -> str | None:
    """What a finite complement clause inherits from the verb it complements ("hoped that",
    "denied that"); reporting verbs pass nothing on."""
    lemma = gov.lemma_.lower()
    if lemma == "deny":
        return "negated"
    if lemma in ("hope", "wish", "fear", "doubt", "want", "suspect", "speculate", "wonder"):
        return "possible"
    if lemma in ("expect", "predict", "plan", "agree"):
        return "planned"
    return None


def _noun_modifiers(noun: Token, tree: Tree) -> str | None:
    readings: list[str | None] = []
    for c in tree.kids(noun):
        low = c.lower_
        if c.dep_ == "det" and low == "no":
            readings.append("negated")
        elif c.dep_ in ("amod", "compound", "nmod") and low in NOUN_STATUS:
            readings.append(NOUN_STATUS[low])
        elif c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() in _OCCUR_OR_GO:
            readings.append(_own(c, tree, False)[0])
    return worst(*readings) if readings else None


def _noun_status(phrase: Token, tree: Tree, reported: bool, noun: Token) -> str:
    """An event noun without a light verb: its modifiers, then what governs it ("plans *for*
    a summit", "*after* his meeting", "cancelled the summit")."""
    readings = [_noun_modifiers(phrase, tree), _noun_modifiers(noun, tree)]
    head = tree.head(phrase)
    dep = tree.dep(phrase)
    if dep == "pobj" and head.pos_ == "ADP":
        prep = head.lower_
        gov = tree.head(head)
        if prep in PROSPECT_PREPS or (prep == "of" and gov.lower_ == "ahead"):
            readings.append("planned")
        elif prep == "without":
            readings.append("negated")
        elif prep in PAST_PREPS:
            if gov.pos_ in ("VERB", "AUX") and clause_status(gov, tree, reported) == "planned":
                readings.append("planned")  # "after the summit" in a clause about the future
        elif gov.i != head.i:
            words = [gov] + [c for c in tree.kids(gov) if c.dep_ == "dobj"]
            readings.extend(governing_word(w) for w in words)
            if gov.pos_ in ("VERB", "AUX"):
                gov_reading = clause_status(gov, tree, reported)
                if gov_reading in ("negated", "hypothetical", "possible"):
                    readings.append(gov_reading)
    elif dep in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        readings.append(governing_word(head))
        gov_reading = clause_status(head, tree, reported)
        if gov_reading in ("negated", "hypothetical"):
            readings.append(gov_reading)
    elif dep == "nsubj" and head.pos_ in ("VERB", "AUX"):
        if clause_status(head, tree, reported) == "hypothetical":
            readings.append("hypothetical")
    return worst(*readings)
