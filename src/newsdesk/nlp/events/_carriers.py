"""The carrier of an event noun: the verb that gives it tense and subject ("*held* talks",
"clashes *broke out*", "eight were killed *in fighting*"), with whether that subject undergoes
the event and whether the noun is the verb's subject.

Apart because the finder (``_triggers``), the noun conditions ("voiced", "meal") and status
(``OCCUR_VERBS``) all read it.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.nlp.events._lexicon import NOUNS
from newsdesk.nlp.events._tree import Tree
from newsdesk.nlp.events._word_classes import LIGHT_VERBS, RECEIVING_VERBS, UNDERGO_VERBS

#: Verbs of which an event noun can be the subject while keeping its own reading
#: ("clashes *broke out*", "the talks *will take place*").
OCCUR_VERBS = frozenset("""
    take begin start continue resume end break erupt go happen occur open conclude collapse stall
    flare intensify escalate proceed last
    """.split())
#: Verbs that count the toll of a fight ("killed *in* clashes", "died *during* the fighting"):
#: the casualties are the fight's, not an assault of their own (PLOVER FIGHT).
CASUALTY_VERBS = frozenset("kill wound injure die".split())
TOLL_PREPS = frozenset({"in", "during", "amid"})
#: Nouns naming combat between armed sides (the FIGHT rows of ``NOUNS``, read at import).
_FIGHT_NOUNS = frozenset(k for k, rows in NOUNS.items() if any(r[0] == "FIGHT" for r in rows))
#: Passive verbs whose subject, an event noun, took place where and when they say ("clashes
#: *were reported* in Misrata").
_WITNESSED = frozenset("report hear see observe witness record".split())
#: Verbs that raise an event noun's subject ("the summit is *expected* to take place").
_RAISING = frozenset("expect set due schedule slate plan suppose poise bind".split())
#: Event nouns that someone is given: "has the *backing* of", "won *support* from".
_GIVEN_NOUNS = frozenset("support backing endorsement approval praise aid assistance".split())


def carrier_of(tok: Token, tree: Tree) -> tuple[Token, bool, bool]:
    """The verb that gives an event noun its tense and subject; whether that subject
    undergoes the event; whether the noun is that verb's subject."""
    head = tree.head(tok)
    if head.i == tok.i:
        return tok, False, False
    dep = tree.dep(tok)
    lemma = head.lemma_.lower()
    turned = any(c.dep_ == "prt" and c.lower_ not in ("out", "up", "on") for c in tree.kids(head))
    if dep in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and lemma in LIGHT_VERBS and not turned:
        undergo = dep == "dobj" and (lemma in UNDERGO_VERBS or (
            lemma in RECEIVING_VERBS and tok.lemma_.lower() in _GIVEN_NOUNS))
        return head, undergo, False  # not "called *off* the strike"
    first = head if dep == "conj" and tree.dep(head) == "nsubjpass" else tok  # "explosions and *airstrikes*"
    seen = tree.head(first)
    if tree.dep(first) == "nsubjpass" and seen.lemma_.lower() in _WITNESSED and seen.i != first.i:
        return seen, False, True  # "airstrikes were reported in Tripoli": they took place there
    if dep == "nsubj" and head.pos_ in ("VERB", "AUX") and lemma in OCCUR_VERBS:
        if lemma != "go" or any(c.dep_ == "prt" and c.lower_ in ("on", "ahead") for c in tree.kids(head)):
            return head, False, True
    if dep in ("nsubj", "nsubjpass") and lemma in _RAISING:
        comp = next((c for c in tree.kids(head)
                     if c.dep_ == "xcomp" and c.lemma_.lower() in OCCUR_VERBS), None)
        if comp is not None:  # "the summit is expected to take place in June"
            return comp, False, True
    if dep == "pobj" and head.lower_ in TOLL_PREPS and tok.lemma_.lower() in _FIGHT_NOUNS:
        verb = tree.head(head)
        if verb.pos_ == "VERB" and verb.lemma_.lower() in CASUALTY_VERBS:
            return verb, True, False  # "eight people were killed in fighting": the fight, its toll
    if dep == "pobj" and head.lower_ in ("on", "in", "into", "under"):
        verb = tree.head(head)
        if verb.lemma_.lower() == "part" and not tree.is_root(verb):  # "took part in talks"
            verb = tree.head(verb)
        if verb.i != head.i and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in (
                "go", "take", "engage", "participate", "join", "come", "remain", "embark"):
            return verb, verb.lemma_.lower() == "come", False  # "came under attack"
    return tok, False, False
