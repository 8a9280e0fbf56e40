"""Who does a verb: its subject (or the "by" agent of a passive), the controller of an
infinitive, gerund or subjectless conjunct ("urged Iran *to release*" -> Iran, "accused Russia
*of shelling*" -> Russia, "X was expected *to meet*" -> X), and the name just before a verb the
parse left without a subject.

Apart because it reads only the clause structure (no ``Arguments``); the climbs through nouns
are bounded by ``_MAX_HOPS``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.nlp.events._participants import Resolver
from newsdesk.nlp.events._shapes import shared_passive_subject
from newsdesk.nlp.events._word_classes import SECTORS

#: Verbs whose object is the subject of their infinitive ("urged Iran to release").
_OBJECT_CONTROL = frozenset("""
    ask urge order call press invite persuade force allow tell encourage push pressure compel
    help enable permit require instruct
    """.split())
#: Prepositions whose gerund is done by the verb's object ("accused X *of* shelling").
_OBJECT_PREPS = frozenset({"of", "for", "with", "into", "from"})
#: Passives that raise their subject into their infinitive ("X *was expected* to meet").
_RAISING = frozenset("expect schedule slate set suppose due plan poise believe say report think".split())
#: Verbs of perception, whose passive subject does what was perceived ("was seen *grabbing* X",
#: "was heard *threatening* them"), however the parser attaches the participle.
_PERCEPTION = frozenset("see hear watch catch spot film photograph record observe".split())
#: Tags of a verb that is active however it stands (not a past participle).
_ACTIVE_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ", "VBG"})
_MAX_HOPS = 8  # controller -> noun -> controller steps one argument may take
#: Nouns whose infinitive is done by whoever receives them ("received an invitation *to visit*").
_OFFER_NOUNS = frozenset("invitation call request order appeal offer summons".split())
_RECEIVE_VERBS = frozenset("receive accept get have take".split())


def subject_of(verb: Token, res: Resolver) -> tuple[Token | None, bool]:
    """The subject of ``verb`` and whether it is passive (a shared or lost passive subject too)."""
    for c in res.tree.kids(verb):
        if c.dep_ == "nsubj":
            return c, False
        if c.dep_ == "nsubjpass":
            return c, True
    shared = shared_passive_subject(verb, res.tree)
    if shared is not None:  # "tried to approach but *were blocked* by security forces"
        return shared, True
    head = res.tree.head(verb)
    if res.tree.dep(verb) == "acl" and verb.tag_ == "VBG" and res.is_agent(head):
        return head, False  # "the rebel leaders *meeting* with Clinton" (not "a statement condemning")
    # "an area witnesses said has been shelled by X": a passive whose subject the parse lost;
    # "weapons provided by his state": a participle, its noun the patient, its by-phrase the actor
    passive = any(c.dep_ == "auxpass" for c in res.tree.kids(verb)) or (
        res.tree.dep(verb) == "acl" and verb.tag_ == "VBN")
    return None, passive and by_agent(verb, res) is not None


def by_agent(verb: Token, res: Resolver) -> Token | None:
    """The object of a passive's "by" phrase ("were blocked *by security forces*")."""
    for c in res.tree.kids(verb):
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def controller(verb: Token, res: Resolver, hops: int = 0) -> Token | None:
    """Who does what an infinitive, gerund or subjectless conjunct says (``hops``: the
    climbs through ``_noun_controller`` so far, bounded)."""
    if hops > _MAX_HOPS:
        return None
    tree = res.tree
    tok = verb
    for _ in range(4):
        dep, gov = tree.dep(tok), tree.head(tok)
        if gov.i == tok.i:
            return None
        if dep == "pcomp" and tree.dep(gov) == "prep":
            prep = gov.lower_
            gov = tree.head(gov)
            obj = next((c for c in tree.kids(gov) if c.dep_ == "dobj"), None)
            if prep in _OBJECT_PREPS and obj is not None and res.is_agent(obj):
                return obj  # "accused Russia of shelling", not "told reporters before travelling"
        elif dep in ("acomp", "attr") and gov.pos_ in ("AUX", "VERB"):  # "is ready to meet"
            pass
        elif dep == "acl" and gov.pos_ == "NOUN":
            return _noun_controller(gov, res, hops + 1)
        elif dep not in ("xcomp", "advcl", "conj"):
            return None
        if dep == "xcomp" and gov.lemma_.lower() in _OBJECT_CONTROL:
            obj = next((c for c in tree.kids(gov) if c.dep_ == "dobj"), None)
            if obj is None:  # "called on Dean to apologize"
                on = next((c for c in tree.kids(gov) if c.dep_ == "prep" and c.lower_ == "on"), None)
                obj = next((g for g in on.children if g.dep_ == "pobj"), None) if on is not None else None
            if obj is not None:
                return obj
        subj, passive = subject_of(gov, res)
        if subj is not None and passive and (dep == "xcomp" or gov.lemma_.lower() in _PERCEPTION):
            # "X was expected to meet", "X was urged by Y to resign", "X was seen grabbing Z": the
            # passive's subject, not its "by" agent, does what the complement says
            return subj
        if subj is not None and passive and dep == "conj" and verb.tag_ in _ACTIVE_TAGS:
            # "they were outgunned and *fight back*": an active conjunct of a passive is done by
            # the passive's subject ("was arrested and charged by X" keeps the "by" agent)
            return subj
        if subj is not None:
            return by_agent(gov, res) if passive else subj
        tok = gov
    return None


def _noun_controller(noun: Token, res: Resolver, hops: int) -> Token | None:
    """"received an invitation to visit" → the receiver; "Iran's decision to attack" → Iran."""
    tree = res.tree
    offer = noun.lemma_.lower() in _OFFER_NOUNS
    poss = next((c for c in tree.kids(noun) if c.dep_ == "poss"), None)
    if poss is not None and not offer:
        return poss
    verb = tree.head(noun)
    if tree.dep(noun) == "pobj" and tree.dep(verb) == "prep":  # "converged for a rally to protest"
        verb = tree.head(verb)
        subj, passive = subject_of(verb, res)
        return subj if subj is not None and not passive and verb.pos_ == "VERB" else None
    if tree.dep(noun) != "dobj" or verb.i == noun.i:
        return None
    if offer and verb.lemma_.lower() not in _RECEIVE_VERBS:
        return None
    subj, passive = subject_of(verb, res)
    if subj is None:
        return controller(verb, res, hops + 1)
    return None if passive else subj


def is_finite(verb: Token, res: Resolver) -> bool:
    """A tensed verb or one with an auxiliary other than "to" (it should have had a subject)."""
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in res.tree.kids(verb))


def preceding_name(verb: Token, res: Resolver) -> Token | None:
    """A finite verb the parse left without a subject (a broken parse, often across a
    paragraph break): the name or group just before it, with no other verb between."""
    tree = res.tree
    own = {c.i for c in tree.kids(verb) if c.dep_ in ("aux", "auxpass", "neg", "advmod")}
    for i in range(verb.i - 1, max(-1, verb.i - 12), -1):
        t = verb.doc[i]
        if i in own:
            continue
        if not tree.same_para(t, verb) or t.pos_ in ("VERB", "AUX") or t.lower_ in (".", ";", ":"):
            return None
        if t.pos_ == "PROPN" and res.entity_at(t, ("PERSON", "ORG", "GPE", "NORP")) is not None:
            return t
        if t.pos_ == "NOUN" and t.lower_ in SECTORS:
            return t
    return None
