"""Criticism by ascribing a fault: saying that someone lacks a virtue or shows a vice ("he has
no consistency", "the company had lost all credibility", "her comments show bias") judges
them badly, PLOVER's DISAPPROVE (CAMEO 111), though no word of criticism is used. Kept apart
from ``_clause_triggers`` (which calls ``faulted``) as a small word-and-shape test.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.nlp.events._tree import Tree

#: Qualities whose lack is a fault ("has no credibility", "lacks judgement", "lost all credibility").
VIRTUES = frozenset("""
    credibility consistency integrity decency shame honor honour judgment judgement temperament
    competence principle principles conscience courage clue backbone spine character honesty
    dignity vision leadership credential credentials respect morals
    """.split())
#: Faults that one shows ("shows bias", "displayed contempt for voters").
VICES = frozenset("""
    bias contempt disdain disrespect arrogance incompetence hypocrisy ignorance cowardice
    recklessness prejudice racism sexism bigotry dishonesty
    """.split())
_LACK = frozenset({"lack", "lose"})
_SHOW = frozenset({"show", "display", "exhibit", "demonstrate", "betray"})
_SELF = frozenset({"i", "we", "me", "us", "you"})


def faulted(verb: Token, tree: Tree) -> bool:
    """The clause headed by ``verb`` says its (third-party) subject lacks a virtue or shows a
    vice; not negated ("does not lack courage"), not the speaker about themselves."""
    lemma = verb.lemma_.lower()
    if lemma not in _LACK and lemma not in _SHOW and lemma != "have":
        return False
    kids = tree.kids(verb)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _SELF:
        return False
    negated = any(c.dep_ == "neg" for c in kids)
    for obj in (c for c in kids if c.dep_ == "dobj"):
        word = obj.lemma_.lower()
        if lemma in _LACK and word in VIRTUES and not negated:
            return True
        if lemma in _SHOW and word in VICES and not negated:
            return True
        if lemma == "have" and word in VIRTUES and (negated or any(
                d.dep_ == "det" and d.lower_ == "no" for d in obj.children)):
            return True
    return False
