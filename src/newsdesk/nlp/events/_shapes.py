"""Parse shapes and word tests shared by the condition kinds, the clause triggers, the finder
and argument finding: set membership (also through "a team *of doctors*"), partners, plural and
human subjects, sums of money, destinations, a passive conjunct's shared subject, agreements.

Apart so that the verb and noun conditions (``_verb_needs``, ``_noun_needs``), ``_triggers``
and ``_arguments`` read one copy.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.nlp.events._lexicon import SETS
from newsdesk.nlp.events._participants import Resolver
from newsdesk.nlp.events._tree import Tree
from newsdesk.nlp.events._word_classes import OF_HEADS

#: Prepositions of where a movement goes ("went *to* Washington"); "in" and "at" only after
#: "arrive" and "land".
DEST_PREPS = frozenset({"to", "for", "into", "toward", "towards"})
_ARRIVE_PREPS = frozenset({"in", "at"})


def is_word(tok: Token, words: frozenset[str]) -> bool:
    """The token's lemma or its lower-cased form is in ``words`` (lemmatiser slips are common)."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def in_set(tok: Token, name: str) -> bool:
    """``tok`` is a word of the named set, or a group or measure of one ("a team *of doctors*")."""
    return _in_set(tok, name)


def _in_set(tok: Token, name: str) -> bool:
    words = SETS.get(name, frozenset())
    if is_word(tok, words):
        return True
    if tok.lemma_.lower() in OF_HEADS or tok.lower_ in OF_HEADS:  # "thousands": lemma "thousand"
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(
            g.dep_ == "pobj" and is_word(g, words) for g in p.children)
            for p in tok.children)
    return False


def is_money(tok: Token) -> bool:
    """A MONEY entity, or a word with one among its direct dependents."""
    return tok.ent_type_ == "MONEY" or any(c.ent_type_ == "MONEY" for c in tok.children)


def has_partner(kids: list[Token]) -> bool:
    """A "with", "between" or "among" phrase: someone the act is done with."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in kids)


def plural_subject(kids: list[Token]) -> bool:
    """A coordinated, plural or collective subject: parties that can meet each other."""
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if any(c.dep_ == "conj" for c in subj.children):
        return True
    return subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we", "both") or \
        subj.lemma_.lower() in _COLLECTIVE


#: Collective nouns whose members can meet each other ("the council has been *meeting*").
_COLLECTIVE = frozenset("""group council committee cabinet parliament assembly panel board alliance
    coalition""".split())


def human_subject(tok: Token, res: Resolver) -> bool:
    """No subject, or one that can act: a name, a pronoun, an agent or a doer ("workers")."""
    subj = next((c for c in res.tree.kids(tok) if c.dep_ == "nsubj"), None)
    if subj is None:
        return True
    if subj.pos_ in ("PROPN", "NUM", "PRON"):
        return subj.lower_ not in ("it", "this", "that")
    return res.is_agent(subj) or subj.lower_.endswith(("ers", "ists", "ors"))


def destination(tok: Token, particle: Token | None, res: Resolver) -> Token | None:
    """The place a movement goes to ("went *to Washington*", "arrived *in* Seoul")."""
    kids = res.tree.kids(tok)
    preps = [particle] if particle is not None and particle.dep_ == "prep" else []
    preps += [c for c in kids if c.dep_ == "prep" and (particle is None or c.i != particle.i)]
    for p in preps:
        low = p.lower_
        if low in DEST_PREPS or (low in _ARRIVE_PREPS and tok.lemma_.lower() in ("arrive", "land")):
            for g in p.children:
                if g.dep_ == "pobj" and res.is_place(g):
                    return g
    for c in kids:
        if c.dep_ in ("advmod", "dobj") and c.lower_ in ("home", "abroad"):
            return c
        if c.dep_ == "dobj" and tok.lemma_.lower() == "tour" and res.is_place(c):
            return c
    return None


def shared_passive_subject(verb: Token, tree: Tree) -> Token | None:
    """The subject a passive conjunct shares with the verb before it ("tried to approach the
    house but *were blocked* by security forces", "were detained and later *deported*"): the
    one it is done to."""
    kids = tree.kids(verb)
    head = tree.head(verb)
    if tree.dep(verb) != "conj" or head.i == verb.i or verb.tag_ != "VBN" or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in kids):
        return None
    own_aux = any(c.dep_ == "aux" for c in kids)  # "was born and *has promised*": active
    if not any(c.dep_ == "auxpass" for c in kids) and (own_aux or not any(
            c.dep_ == "auxpass" for c in tree.kids(head))):
        return None
    return next((c for c in tree.kids(head) if c.dep_ in ("nsubj", "nsubjpass")), None)


def is_agreement(tok: Token, kids: list[Token], res: Resolver) -> bool:
    """"agree with X" needs an actor as X ("agrees with that" is an opinion); "agreed that Y"
    only when Y is a commitment ("will", "would", "should")."""
    with_what = [g for c in kids if c.dep_ == "prep" and c.lower_ == "with" and c.i > tok.i
                 for g in c.children if g.dep_ == "pobj"]
    if with_what and not any(res.is_agent(g) for g in with_what):
        return False
    comps = [c for c in kids if c.dep_ == "ccomp"]
    return not comps or any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall", "should", "'ll")
                            for c in comps for a in c.children)
