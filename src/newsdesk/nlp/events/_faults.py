"""Criticism by ascribing a fault: saying that someone lacks a virtue or shows a vice ("he has
no consistency", "the company had lost all credibility", "her comments show bias") judges
them badly, PLOVER's DISAPPROVE (CAMEO 111), though no word of criticism is used. Kept apart
from ``_clause_triggers`` (which calls ``faulted``) as a small word-and-shape test.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.nlp.events._lexicon import NOUNS, VERBS
from newsdesk.nlp.events._tree import Tree
from newsdesk.nlp.events._word_classes import NATURAL_HAZARDS

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
#: Wrongdoing that saying someone did accuses them ("said the firm *lied*", "said the regulator *misled*
#: investors", "said Russia *meddled* in the vote"): deceit, rigging, abuse of trust.
WRONGDOINGS = frozenset("""
    lie mislead deceive manipulate distort cheat rig betray meddle defraud embezzle collude
    conspire fabricate falsify bribe plagiarize plagiarise
    """.split())
#: Harm done to others ("said the policy *endangers* troops", "said he was trying to *stir up* hatred",
#: "he *will divide* us"): saying a third party harms someone or something blames them (CAMEO 112,
#: accuse). Verb lemmas, or verb + particle for phrasal ones.
HARMS = frozenset("""
    harm hurt damage endanger jeopardise jeopardize undermine weaken erode destabilise destabilize
    divide incite inflame stir+up whip+up
    """.split())
#: Effrontery one "has" ("had the *gall* to", "has the *nerve* to"): saying so blames them.
_NERVE = frozenset("audacity gall nerve temerity effrontery impudence chutzpah cheek".split())
_LACK = frozenset({"lack", "lose"})
_SHOW = frozenset({"show", "display", "exhibit", "demonstrate", "betray"})
_SELF = frozenset({"i", "we", "me", "us", "you"})
#: Falling short of what one should do: "X failed to protect civilians" blames X. Not when an
#: event fails ("the talks failed to produce a deal": ``NOUNS`` subjects are left out).
_DUTY = frozenset({"fail", "neglect"})


def faulted(verb: Token, tree: Tree) -> bool:
    """The clause headed by ``verb`` says its (third-party) subject lacks a virtue or shows a
    vice; not negated ("does not lack courage"), not the speaker about themselves."""
    lemma = verb.lemma_.lower()
    if lemma == "be" and _out_of(verb, tree):
        return True
    if _harms(verb, tree):
        return True
    if lemma in ("go", "fall", "think", "believe") and _short(verb, tree):
        return True
    if lemma not in _LACK and lemma not in _SHOW and lemma not in _DUTY and lemma not in WRONGDOINGS \
            and lemma != "have" and verb.lower_ not in WRONGDOINGS:
        return False
    kids = tree.kids(verb)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _SELF:
        return False
    negated = any(c.dep_ == "neg" for c in kids)
    if lemma in WRONGDOINGS or verb.lower_ in WRONGDOINGS:
        return not negated and verb.pos_ == "VERB"
    if lemma in _DUTY:  # "the government has failed to protect them": a duty not done
        return not negated and subj.lemma_.lower() not in NOUNS and any(
            c.dep_ == "xcomp" and c.pos_ == "VERB" and not _accord(c, tree) for c in kids)
    for obj in (c for c in kids if c.dep_ == "dobj"):
        word = obj.lemma_.lower()
        if lemma in _LACK and word in VIRTUES and not negated:
            return True
        if lemma in _SHOW and word in VICES and not negated:
            return True
        if lemma == "have" and word in VIRTUES and (negated or any(
                d.dep_ == "det" and d.lower_ == "no" for d in obj.children)):
            return True
        if lemma == "have" and word in _NERVE and not negated:
            return True  # "he had the nerve to blame the nurses"
    return False


def _harms(verb: Token, tree: Tree, subj: Token | None = None) -> bool:
    """"the mayor is *undermining* the police", "they are trying to *stir up* hatred": a person,
    group or their doing harms someone or something (an object is named); not negated, not the
    speaker about themselves, not an event or a natural hazard doing the harm ("the floods damaged
    homes", "the war hurt trade": what is reported is the event's effect, nobody is blamed)."""
    if verb.pos_ != "VERB":
        return False
    kids = tree.kids(verb)
    if any(c.dep_ == "neg" for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ == "nsubj"), subj)
    prt = next((c.lower_ for c in kids if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    if lemma not in HARMS and f"{lemma}+{prt}" not in HARMS:
        # "was trying to stir up hatred", "is going to divide us": the harm in the verb's infinitive
        return any(_harms(c, tree, subj) for c in kids if c.dep_ == "xcomp")
    if not any(c.dep_ == "dobj" for c in kids) or subj is None or subj.lower_ in _SELF:
        return False
    word = subj.lemma_.lower()
    return word not in NOUNS and word not in NATURAL_HAZARDS


#: "out of *touch*", "out of *step*", "out of his *depth*", "out of *line*": said of someone, a
#: fault (the idioms of political criticism).
_OUT_OF = frozenset({"touch", "step", "depth", "line"})


def _out_of(verb: Token, tree: Tree) -> bool:
    """"the minister is *out of touch* with farmers": a third-party subject, not negated."""
    kids = tree.kids(verb)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _SELF or any(c.dep_ == "neg" for c in kids):
        return False
    return any(o.lower_ == "out" and any(p.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _OUT_OF for g in tree.kids(p)) for p in tree.kids(o))
        for o in kids)


def _short(verb: Token, tree: Tree) -> bool:
    """"The plan does *not go far enough*", "the deal *falls short*", "(I) don't think the bill goes
    far enough": saying a measure is insufficient faults it and those behind it."""
    kids = tree.kids(verb)
    negated = any(c.dep_ == "neg" for c in kids)
    lemma = verb.lemma_.lower()
    if lemma == "fall":
        return not negated and any(c.lower_ == "short" and c.dep_ in ("acomp", "advmod", "oprd")
                                   for c in kids)
    if lemma == "go":
        return negated and any(c.lower_ == "enough" and c.dep_ == "advmod" for c in kids)
    # "doesn't think the bill goes far enough": the negation sits on the belief
    clauses = [c for c in kids if c.dep_ == "ccomp" and c.lemma_.lower() == "go"]
    return negated and any(not any(g.dep_ == "neg" for g in tree.kids(c))
                           and any(g.lower_ == "enough" for g in tree.kids(c)) for c in clauses)


#: Readings of a failed act that make the failure a refusal, not a fault ("failed to *agree*",
#: "failed to reach *agreement*": ``_triggers`` codes it REJECT).
_ACCORDS = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "CONCEDE", "RETREAT", "AID"})


def _accord(verb: Token, tree: Tree) -> bool:
    words = [verb.lemma_.lower()] + [c.lemma_.lower() for c in tree.kids(verb) if c.dep_ == "dobj"]
    return any(typ in _ACCORDS for w in words for typ, _, _ in VERBS.get(w, []) + NOUNS.get(w, []))
