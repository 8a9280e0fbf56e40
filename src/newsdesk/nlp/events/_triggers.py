"""Trigger words: verbs and event nouns of the lexicon, checked against the parse.

A verb counts when its reading's ``need`` holds ("called Xi" is a phone call, "called for"
a demand, "called it a mistake" nothing). An event noun counts when it heads its phrase
("peace *talks*", not "*summit* venue") and nothing marks it as another sense ("heart
attack"); its *carrier* is the light verb that gives it tense and subject ("*held* talks",
"*imposed* sanctions", "*went on* strike"), or the noun itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from newsdesk.nlp.events._faults import faulted
from newsdesk.nlp.events._lexicon import COMPOUND_BLOCK, COMPOUND_RETYPE, NOUNS, REVERSALS, SETS, VERBS, Row
from newsdesk.nlp.events._participants import Resolver
from newsdesk.nlp.events._tree import Tree, forms
from newsdesk.nlp.events._word_classes import (
    DISAPPROVING_ADJECTIVES,
    IN_NEED,
    LIGHT_VERBS,
    NATURAL_HAZARDS,
    NEGATING_WORDS,
    NEGATIVE_WORDS,
    RECEIVING_VERBS,
    REPORTING_VERBS,
    SECTORS,
    UNDERGO_VERBS,
)
from newsdesk.words import OUTLET_KEYS

#: Nouns that count or group events: "a *round* of talks", "a *wave* of protests".
QUANTITY_NOUNS = frozenset("""
    set series round wave spate string number flurry couple lot host day days week weeks month
    months year years hours
    """.split())
#: Verbs of which an event noun can be the subject while keeping its own reading
#: ("clashes *broke out*", "the talks *will take place*").
OCCUR_VERBS = frozenset("""
    take begin start continue resume end break erupt go happen occur open conclude collapse stall
    flare intensify escalate proceed last
    """.split())
#: Particles the parser often attaches as adverbs ("pushed *back* on the charges").
_ADVERB_PARTICLES = frozenset({"back", "off", "out", "down", "up", "away", "aside"})
_PHRASAL_HEADS = frozenset(k.split("+")[0] for k in VERBS if "+" in k)
#: Verbs whose subject watches, judges or suffers an event rather than taking part in it.
_NOT_OWNERS = frozenset("""
    see watch witness hear cover film photograph mark commemorate remember recall describe
    call blame fear expect predict survive escape flee die injure wound kill hurt follow
    prompt spark trigger cause provoke end stop halt prevent avoid postpone delay look want
    wish hope await need require urge demand ask call press push
    """.split())
#: Verbs that count the toll of a fight ("killed *in* clashes", "died *during* the fighting"):
#: the casualties are the fight's, not an assault of their own (PLOVER FIGHT).
CASUALTY_VERBS = frozenset("kill wound injure die".split())
_TOLL_PREPS = frozenset({"in", "during", "amid"})
#: Nouns naming combat between armed sides (the FIGHT rows of ``NOUNS``, read at import).
_FIGHT_NOUNS = frozenset(k for k, rows in NOUNS.items() if any(r[0] == "FIGHT" for r in rows))
#: Light verbs that say how a consultation went ("*hosted* talks", "*brokered* talks").
CARRIER_MODES = {"host": "host", "broker": "mediate", "mediate": "mediate"}
#: Passive verbs whose subject, an event noun, took place where and when they say ("clashes
#: *were reported* in Misrata").
_WITNESSED = frozenset("report hear see observe witness record".split())
#: Verbs that raise an event noun's subject ("the summit is *expected* to take place").
_RAISING = frozenset("expect set due schedule slate plan suppose poise bind".split())
_DEST_PREPS = frozenset({"to", "for", "into", "toward", "towards"})
_ARRIVE_PREPS = frozenset({"in", "at"})
_UNMEETABLE = frozenset("""
    demand demands target targets deadline deadlines need needs requirement requirements
    expectation expectations standard standards criterion criteria goal goals obligation
    obligations condition conditions cost costs challenge challenges end ends
    """.split())
#: Event nouns that someone is given: "has the *backing* of", "won *support* from".
_GIVEN_NOUNS = frozenset("support backing endorsement approval praise aid assistance".split())
_INTENT = frozenset({"promise", "pledge", "vow", "offer", "commit", "agree", "swear"})
_HOSTILE = frozenset({"ASSAULT", "FIGHT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})
_PATIENT_NOUNS = frozenset("""
    arrest detention imprisonment release killing murder assassination abduction kidnapping
    execution deportation expulsion torture rape beating lynching repatriation
    """.split())


@dataclass
class Trigger:
    """A word that names an event, with the clause that carries it."""

    token: Token
    type: str
    mode: str | None
    noun: bool
    carrier: Token
    start: int
    end: int
    particle: Token | None = None
    undergo: bool = False  # the carrier's subject undergoes the event ("Iran *faced* sanctions")
    occur: bool = False  # the noun is the carrier's subject ("clashes *broke out*")
    frame: Token | None = None  # "a new *round* of talks": the phrase that carries the noun
    owner: Token | None = None  # a verb whose subject takes part ("*renewed* talks", "came *for* talks")
    rule: str = ""  # "event.verb.meet", "event.noun.talk", then "/<retype>" for each rule that retyped it
    reversal: bool = False  # undoes an earlier act ("lifted sanctions", "violated the ceasefire")

    def retype(self, typ: str, mode: str | None, why: str) -> None:
        self.type, self.mode = typ, mode
        self.rule += f"/{why}"

    @property
    def phrase(self) -> Token:
        return self.frame if self.frame is not None else self.token

    @property
    def verbal(self) -> bool:
        """Carried by a verb (the trigger itself, or a light verb for a noun)."""
        return not self.noun or self.carrier.i != self.phrase.i

    @property
    def patient_noun(self) -> bool:
        """An event noun whose possessor undergoes it ("his arrest", "her release")."""
        return self.noun and self.token.lemma_.lower() in _PATIENT_NOUNS


# --- condition kinds ------------------------------------------------------------------------
#
# Each ``need`` of a lexicon row names a predicate registered below with ``@verb_need`` or
# ``@noun_need``; ``check_rows`` (run at import) refuses a row whose kind is not registered,
# or whose set argument is missing or unknown, so no row can silently never fire.


@dataclass
class VerbCtx:
    tok: Token
    kids: list[Token]
    obj: Token | None  # direct object or passive subject
    particle: Token | None
    res: Resolver


@dataclass
class NounCtx:
    tok: Token
    kids: list[Token]
    mods: list[Token]  # compound/amod/nmod modifiers before the noun
    preps: set[str]
    res: Resolver


@dataclass(frozen=True)
class Need:
    kind: str
    test: Callable[[Any, str], bool]
    takes_set: bool


VERB_NEEDS: dict[str, Need] = {}
NOUN_NEEDS: dict[str, Need] = {}


def _register(registry: dict[str, Need], kind: str, takes_set: bool) -> Callable[[Callable[[Any, str], bool]],
                                                                               Callable[[Any, str], bool]]:
    def deco(fn: Callable[[Any, str], bool]) -> Callable[[Any, str], bool]:
        if kind in registry:
            raise ValueError(f"condition kind {kind!r} registered twice")
        registry[kind] = Need(kind, fn, takes_set)
        return fn
    return deco


def verb_need(kind: str, takes_set: bool = False) -> Callable[[Callable[[VerbCtx, str], bool]],
                                                              Callable[[VerbCtx, str], bool]]:
    """Register a verb condition kind (``need`` column of ``VERBS``)."""
    return _register(VERB_NEEDS, kind, takes_set)


def noun_need(kind: str, takes_set: bool = False) -> Callable[[Callable[[NounCtx, str], bool]],
                                                              Callable[[NounCtx, str], bool]]:
    """Register a noun condition kind (``need`` column of ``NOUNS``)."""
    return _register(NOUN_NEEDS, kind, takes_set)


def check_rows(table: dict[str, list[Row]], registry: dict[str, Need], name: str) -> None:
    """Raise ``ValueError`` for a row whose condition kind is unknown, or whose set argument
    is missing, unexpected or not in ``SETS``."""
    for key, rows in table.items():
        for _typ, _mode, need in rows:
            if need is None:
                continue
            kind, sep, arg = need.partition(":")
            entry = registry.get(kind)
            if entry is None:
                raise ValueError(f"{name} row {key!r}: unknown condition kind {kind!r}")
            if entry.takes_set and arg not in SETS:
                raise ValueError(f"{name} row {key!r}: {kind!r} needs a known set, not {arg!r}")
            if not entry.takes_set and sep:
                raise ValueError(f"{name} row {key!r}: {kind!r} takes no argument")


def find_triggers(doc: Doc, res: Resolver) -> list[Trigger]:
    """Every trigger of ``doc`` in text order; a noun carried by a verb trigger of the same type
    ("signed an agreement") is one event, kept on the noun."""
    tree = res.tree
    found: list[Trigger] = []
    judged: set[int] = set()  # copulas already carrying a quoted judgement
    for tok in doc:
        dep = tree.dep(tok)
        if dep in ("compound", "amod") and tok.pos_ != "VERB":
            continue
        trig = None
        if tok.pos_ == "VERB" and dep != "amod":
            trig = _verb(tok, res)
        elif tok.pos_ == "NOUN" and (dep != "attr" or _existential(tok, tree)):
            trig = _noun(tok, res)  # not "the meetings are *talks*" (a description); "there were *clashes*"
        elif tok.pos_ == "ADJ" and dep == "acomp":
            trig = _judgement(tok, tree) or _quoted_judgement(tok, res)
        elif (tok.pos_ == "ADJ" and dep == "oprd") or (tok.pos_ == "NOUN" and dep == "attr"):
            trig = _quoted_judgement(tok, res)
        quoted = trig is not None and trig.rule in ("event.quoted-judgement", "event.quoted-denial")
        if quoted and trig is not None and trig.carrier.i in judged:
            trig = None  # "was unfair and a shameful thing": one judgement per clause
        elif quoted and trig is not None:
            judged.add(trig.carrier.i)
        if trig is None and tok.pos_ == "VERB" and tok.lemma_.lower() in REPORTING_VERBS | {"call"}:
            trig = _reported_demand(tok, tree) or _criticism(tok, tree) or _accusation(tok, tree) or _untrue(
                tok, tree)
        if trig is None and tok.pos_ in ("VERB", "AUX"):
            trig = _quoted_fault(tok, res)
        if trig is None and tok.pos_ == "VERB" and tok.lemma_.lower() in _WANT_VERBS:
            trig = _wanted_act(tok, tree)
        if tok.pos_ in ("VERB", "AUX") and (trig is None or not trig.noun):
            must = _obligation(tok, tree)
            if must is not None and trig is None:
                trig = must
            elif must is not None and trig is not None:
                trig.retype("DEMAND", None, "must")  # "Israel must withdraw": a demand
        if trig is not None:
            found.append(trig)
    by_token = {t.token.i: t for t in found}
    drop = set()
    for t in found:
        head = tree.head(t.phrase)
        carried = t.noun and tree.dep(t.phrase) in ("dobj", "nsubjpass") and head.i != t.phrase.i
        if carried and head.i in by_token:
            verb = by_token[head.i]
            if verb.type == t.type or (verb.token.lemma_.lower() in LIGHT_VERBS and verb.particle is None):
                drop.add(verb.token.i)
                t.carrier = verb.token
                t.occur = False
                if verb.type == t.type and verb.mode is not None:  # "mediated talks"
                    t.mode = verb.mode
        elif t.noun and t.verbal and t.carrier.lemma_.lower() in CARRIER_MODES and t.type == "CONSULT":
            t.mode = CARRIER_MODES[t.carrier.lemma_.lower()]  # "hosted talks"
    drop |= _tolls(found, by_token, tree)
    for t in found:
        if t.noun and not t.verbal:
            t.owner = _owner(t.phrase, tree, by_token)
    _intent_types(found, by_token, tree)
    found.extend(_failures(doc, by_token, tree))
    found.sort(key=lambda t: t.token.i)
    return [t for t in found if t.token.i not in drop]


def _existential(noun: Token, tree: Tree) -> bool:
    """"there were *clashes* in Misrata": the copula's subject is an expletive, so the noun is
    what happened, not a description of something else."""
    return any(c.dep_ == "expl" for c in tree.kids(tree.head(noun)))


def _tolls(found: list[Trigger], by_token: dict[int, Trigger], tree: Tree) -> set[int]:
    """Casualty verbs that count a fight's toll ("eight were killed and 22 injured *in
    fighting*", "died in clashes"): the fight is the event (PLOVER FIGHT), so their own
    ASSAULT triggers, and those of casualty verbs they are conjoined with, are dropped."""
    drop: set[int] = set()
    for t in found:
        prep = tree.head(t.phrase)
        if t.type != "FIGHT" or tree.dep(t.phrase) not in ("pobj", "pcomp") or prep.lower_ not in _TOLL_PREPS:
            continue
        verb, before = tree.head(prep), len(drop)
        while verb.pos_ == "VERB" and verb.lemma_.lower() in CASUALTY_VERBS:
            if verb.i in by_token and by_token[verb.i].type == "ASSAULT":
                drop.add(verb.i)
            if tree.dep(verb) != "conj":
                break
            verb = tree.head(verb)
        if len(drop) > before:
            t.rule += "/toll"
    return drop


def _owner(phrase: Token, tree: Tree, triggers: dict[int, Trigger]) -> Token | None:
    """A verb that is not a light verb but whose subject takes part in the event noun it
    governs: "Israel and Lebanon *renewed* negotiations", "thousands *gathered* for a rally".
    Not a reporting or perception verb ("described the attack"), not one that stops the
    event ("cancelled the talks"), not another trigger ("condemned the attack")."""
    head = tree.head(phrase)
    dep = tree.dep(phrase)
    if dep == "pobj" and head.lower_ in ("for", "to") and tree.dep(head) == "prep":
        verb = tree.head(head)
    elif dep == "dobj":
        verb = head
    else:
        return None
    lemma = verb.lemma_.lower()
    if verb.i == phrase.i or verb.pos_ != "VERB" or verb.i in triggers:
        return None
    if lemma in REPORTING_VERBS or lemma in NEGATING_WORDS or lemma in _NOT_OWNERS:
        return None
    return verb


def _reported_demand(verb: Token, tree: Tree) -> Trigger | None:
    """"Russia said Sudan *must* return the helicopter": a statement that someone else must act
    is a demand (CAMEO's and PLOVER's DEMAND covers orders and 'must' statements)."""
    for comp in tree.kids(verb):
        if comp.dep_ != "ccomp":
            continue
        must = next((c for c in tree.kids(comp) if c.dep_ == "aux" and c.lower_ in _MODAL_DEMAND), None)
        if must is None and comp.lemma_.lower() == "need" and any(c.dep_ in ("dobj", "xcomp")
                                                                  for c in tree.kids(comp)):
            must = comp  # "says the U.S. needs campaign reform", "said Libya needs to halt ...":
            # what another needs (to do) is asked of them
        subj = next((c for c in tree.kids(comp) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if must is None or subj is None or subj.pos_ == "PRON" and subj.lower_ in ("i", "we", "it"):
            continue
        return Trigger(verb, "DEMAND", None, False, verb, must.idx, must.idx + len(must.text),
                       rule="event.reported-must")
    clause = necessity_clause(verb, tree)
    if clause is not None:
        word = clause[0]
        return Trigger(verb, "DEMAND", None, False, verb, word.idx, word.idx + len(word.text),
                       rule="event.reported-necessity")
    return None


#: Words saying that something must be done ("it is *essential* for drugmakers to work with ...").
_NECESSITY = frozenset("essential necessary vital imperative crucial important urgent critical".split())


def necessity_clause(verb: Token, tree: Tree) -> tuple[Token, Token] | None:
    """``(necessity word, clause verb)`` when a reporting verb's clause says something must be
    done by someone named: "said it was *essential* for drugmakers *to work* with governments",
    "said it is *vital* that the sides *resume* talks" (not "it was important to remember")."""
    for comp in tree.kids(verb):
        if comp.dep_ != "ccomp" or any(c.dep_ == "neg" for c in tree.kids(comp)):
            continue
        words = [comp] + [c for c in tree.kids(comp) if c.dep_ in ("acomp", "ccomp", "oprd")]
        for word in words:
            if word.lemma_.lower() not in _NECESSITY:
                continue
            for clause in tree.kids(word) + tree.kids(comp):
                if clause.dep_ not in ("advcl", "ccomp", "xcomp") or clause.pos_ not in ("VERB", "AUX"):
                    continue
                marks = {c.lower_ for c in tree.kids(clause) if c.dep_ in ("aux", "mark")}
                someone = any(c.dep_ in ("nsubj", "nsubjpass") for c in tree.kids(clause))
                if marks & {"to", "that", "for"} and someone:  # who must act is said
                    return word, clause
    return None


_WANT_VERBS = frozenset({"want", "wish"})
_NOT_ACTORS = frozenset({"it", "there", "this", "that", "things", "everything", "nothing"})


def _wanted_act(verb: Token, tree: Tree) -> Trigger | None:
    """"The White House wants BP *to pay*", "we want to see the world support it": wanting
    someone else to act is asking them to (PLOVER DEMAND; ``arguments`` makes the one who is
    to act the target). Not wanting to act oneself ("I want to win"), not wanting a thing."""
    comps = [c for c in tree.kids(verb) if c.dep_ == "ccomp"]
    seen = [g for c in tree.kids(verb) if c.dep_ == "xcomp" and c.lemma_.lower() == "see"
            for g in tree.kids(c) if g.dep_ == "ccomp"]
    for comp in comps + seen:
        kids = tree.kids(comp)
        subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in _NOT_ACTORS:
            continue  # "wants it to be fair": a wish about things, nobody is asked
        # a bare infinitive, which the tagger often reads as a present after "see X"
        bare = comp.tag_ == "VB" or (comp.tag_ == "VBP" and comp in seen)
        if comp.pos_ in ("VERB", "AUX") and (bare or any(c.lower_ == "to" for c in kids)):
            return Trigger(verb, "DEMAND", None, False, verb, verb.idx, verb.idx + len(verb.text),
                           rule="event.want-to")
    return None


_MODAL_DEMAND = frozenset({"must", "should"})
_FIRST_PERSON = frozenset({"i", "we", "it", "there", "this", "that", "you"})


def _judgement(adj: Token, tree: Tree) -> Trigger | None:
    """"was *critical* of Trump", "are *furious* at the company": the subject criticises whom
    the preposition names (DISAPPROVE), carried by the copula."""
    preps = DISAPPROVING_ADJECTIVES.get(adj.lemma_.lower()) or DISAPPROVING_ADJECTIVES.get(adj.lower_)
    if not preps or not any(c.dep_ == "prep" and c.lower_ in preps for c in tree.kids(adj)):
        return None
    head = tree.head(adj)
    if head.i == adj.i:
        return None
    return Trigger(adj, "DISAPPROVE", None, True, head, adj.idx, adj.idx + len(adj.text),
                   rule=f"event.adj.{adj.lemma_.lower()}")


#: Verbs that link a subject to a judgement of it ("is *unacceptable*", "seems *ridiculous*").
_COPULAS = frozenset("be seem sound look remain appear".split())
_SELF = frozenset({"i", "we", "me", "us"})
#: Nouns a bad word describes without judging anyone ("horrible times", "a terrible day").
_LAMENTED = frozenset("time day week month year moment period night situation news weather".split())


def _quoted_judgement(word: Token, res: Resolver) -> Trigger | None:
    """"That is *unacceptable*," Patzek said; "that was unfair and a *shameful* thing": inside
    a quotation, a copula judging its subject with a word of ``NEGATIVE_WORDS`` is the speaker
    criticising it (PLOVER DISAPPROVE; ``arguments`` makes the speaker the source and the
    subject the target). Not outside quotations (the narrator's "the damage is terrible"), not
    negated ("is not wrong"), not a speaker judging themselves ("I was wrong" concedes)."""
    tree = res.tree
    if word.lemma_.lower() in _LAMENTED:
        return None  # "these are horrible times": a lament, nobody is criticised
    judged = [word] + ([m for m in tree.kids(word) if m.dep_ == "amod"] if word.pos_ == "NOUN" else [])
    if not any(_is_word(w, NEGATIVE_WORDS) for w in judged):
        return None
    head = tree.head(word)
    if head.i == word.i or head.lemma_.lower() not in _COPULAS:
        return None
    kids = tree.kids(head)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "expl")), None)
    if subj is None or subj.lower_ in _SELF or any(c.dep_ == "neg" for c in kids + tree.kids(word)):
        return None
    if not any(q.content.start <= word.idx < q.content.end for q in res.quotes):
        return None
    if tree.dep(head) == "ccomp" and tree.head(head).lemma_.lower() in REPORTING_VERBS:
        return None  # "said BP were incompetent": the reporting verb carries it (``_criticism``)
    if _denial(judged):
        return Trigger(word, "REJECT", None, True, head, word.idx, word.idx + len(word.text),
                       rule="event.quoted-denial")
    return Trigger(word, "DISAPPROVE", None, True, head, word.idx, word.idx + len(word.text),
                   rule="event.quoted-judgement")


def _quoted_fault(verb: Token, res: Resolver) -> Trigger | None:
    """"He has no consistency about him," she said: inside a quotation, saying a third party
    lacks a virtue or shows a vice criticises them (``_faults``); the speaker is the source
    and the subject the target, as for ``_quoted_judgement``. A clause reported by a verb of
    saying is left to that verb (``_criticism``)."""
    tree = res.tree
    if not faulted(verb, tree) or not any(q.content.start <= verb.idx < q.content.end for q in res.quotes):
        return None
    if tree.dep(verb) == "ccomp" and tree.head(verb).lemma_.lower() in REPORTING_VERBS:
        return None
    return Trigger(verb, "DISAPPROVE", None, False, verb, verb.idx, verb.idx + len(verb.text),
                   rule="event.quoted-fault")


def _obligation(verb: Token, tree: Tree) -> Trigger | None:
    """"They must make sure the panel is fair", "those responsible should be held to account":
    a statement that someone must or should act is a demand (PLOVER DEMAND), by whoever says
    it. Not "I/we must" (an intention), not "should have" (a judgement of the past), not a
    clause already reported as a demand."""
    kids = tree.kids(verb)
    modal = next((c for c in kids if c.dep_ == "aux" and c.lower_ in _MODAL_DEMAND), None)
    if modal is None and verb.lemma_.lower() == "need" and any(c.dep_ == "xcomp" for c in kids):
        modal = verb  # "Libya needs to halt the use of these weapons"
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if modal is None or subj is None or subj.lower_ in _FIRST_PERSON:
        return None
    if any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in kids):
        return None
    if verb.lemma_.lower() == "be" and not any(c.dep_ == "auxpass" for c in kids):
        return None
    head = tree.head(verb)
    if tree.dep(verb) == "ccomp" and head.lemma_.lower() in REPORTING_VERBS:
        return None  # the reporting verb carries it (``_reported_demand``)
    return Trigger(verb, "DEMAND", None, False, verb, modal.idx, modal.idx + len(modal.text),
                   rule="event.must")


def _criticism(verb: Token, tree: Tree) -> Trigger | None:
    """"Bush called Trump *unhinged*", "Markey said BP were *incompetent*": a speaker judging
    someone badly criticises them (DISAPPROVE). The judgement is a complement of the verb
    whose head or attribute is a word of ``NEGATIVE_WORDS``; the complement holds no event
    of its own (that event would be what is reported)."""
    for comp in tree.kids(verb):
        if comp.dep_ not in ("ccomp", "oprd", "xcomp", "dobj"):
            continue
        if comp.dep_ == "ccomp" and faulted(comp, tree):  # "said the company had lost all credibility"
            return Trigger(verb, "DISAPPROVE", None, False, verb, verb.idx, verb.idx + len(verb.text),
                           rule="event.reported-criticism")
        if comp.dep_ == "ccomp" and any(c.dep_ == "dobj" and c.lemma_.lower() in NOUNS
                                        for c in tree.kids(comp)):
            continue  # "said the judge opened *fraud investigations*": the act reported, not a judgement
        words = [comp] + [c for c in tree.kids(comp) if c.dep_ in ("acomp", "attr", "oprd", "dobj", "amod")]
        words += [g for w in list(words) for g in tree.kids(w) if g.dep_ in ("amod", "compound", "acomp")]
        # coordinated judgements: "is costly and *reckless*", "is in bad taste and *insensitive*"
        words += [g for w in list(words) for g in tree.kids(w)
                  if g.dep_ == "conj" and g.pos_ in ("ADJ", "NOUN")]
        if any(_is_word(w, NEGATIVE_WORDS) for w in words):
            if any(c.dep_ == "neg" for c in tree.kids(comp)):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in NATURAL_HAZARDS
                   for c in tree.kids(comp)):
                continue  # "said the earthquake was the worst he had seen": nobody is blamed
            if _denial(words):
                return Trigger(verb, "REJECT", None, False, verb, verb.idx, verb.idx + len(verb.text),
                               rule="event.reported-denial")
            return Trigger(verb, "DISAPPROVE", None, False, verb, verb.idx, verb.idx + len(verb.text),
                           rule="event.reported-criticism")
    return None


#: Acts against a rule: saying someone did one accuses them ("said the airstrikes *violated* the
#: resolution", "said NATO had *exceeded* its mandate").
_BREACHES = frozenset("violate breach flout contravene defy".split())
_LIMITS = frozenset("authority mandate powers remit limits limit bounds".split())


def _accusation(verb: Token, tree: Tree) -> Trigger | None:
    """A reporting verb whose clause says someone broke a rule or overstepped a mandate: the
    speaker accuses them (PLOVER DISAPPROVE); the breach itself is only what is alleged."""
    for comp in tree.kids(verb):
        if comp.dep_ != "ccomp" or any(c.dep_ == "neg" for c in tree.kids(comp)):
            continue
        lemma = comp.lemma_.lower()
        objs = [c for c in tree.kids(comp) if c.dep_ == "dobj"]
        subj = next((c for c in tree.kids(comp) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in ("i", "we"):
            continue  # "we violated ..." admits, it does not accuse
        if lemma in _BREACHES or (lemma == "exceed" and any(o.lemma_.lower() in _LIMITS for o in objs)):
            return Trigger(verb, "DISAPPROVE", None, False, verb, verb.idx, verb.idx + len(verb.text),
                           rule="event.reported-accusation")
    return None


#: Words that call a claim untrue: saying so denies it (PLOVER REJECT: deny an accusation).
_FALSITY = frozenset("lie lies false untrue baseless unfounded fabricated fabrication nonsense".split())


#: Words that grant a claim: saying it is *not* true denies it.
_TRUTH = frozenset("true accurate correct".split())
_BELIEF = frozenset("believe think".split())


def _untrue(verb: Token, tree: Tree) -> Trigger | None:
    """"We don't believe this is true," X said; X said the report was not accurate: saying a
    claim is untrue denies it (PLOVER REJECT), as calling it a lie does."""
    for comp in tree.kids(verb):
        if comp.dep_ != "ccomp":
            continue
        negated = any(c.dep_ == "neg" for c in tree.kids(comp))
        clauses = [comp]
        if comp.lemma_.lower() in _BELIEF:  # "don't believe (that) this is true"
            clauses = [c for c in tree.kids(comp) if c.dep_ == "ccomp"]
        for clause in clauses:
            neg = negated or any(c.dep_ == "neg" for c in tree.kids(clause))
            if neg and any(c.dep_ == "acomp" and c.lemma_.lower() in _TRUTH for c in tree.kids(clause)):
                return Trigger(verb, "REJECT", None, False, verb, verb.idx, verb.idx + len(verb.text),
                               rule="event.reported-denial")
    return None


def _denial(words: list[Token]) -> bool:
    """"Everything they said about me is a *lie*": the judgement calls a claim false. Only a
    word predicated of the subject ("is a lie", "is false"), not a person lying ("were
    lying": criticism) or lies believed ("believes the lies")."""
    return any(_is_word(w, _FALSITY) and w.pos_ in ("NOUN", "ADJ")
               and w.dep_ in ("attr", "acomp", "oprd") for w in words)


def _intent_types(found: list[Trigger], by_token: dict[int, Trigger], tree: Tree) -> None:
    """"vowed to retaliate" threatens; "vowed to cooperate" agrees (PLOVER: intentions)."""
    for t in found:
        if t.type != "AGREE" or t.noun or t.token.lemma_.lower() not in _INTENT:
            continue
        comp = next((c for c in tree.kids(t.token) if c.dep_ == "xcomp"), None)
        acts = [comp] + [c for c in tree.kids(comp) if c.dep_ == "conj"] if comp is not None else []
        if any(a.i in by_token and by_token[a.i].type in _HOSTILE for a in acts):
            # "promised to build a wall and *deport* millions": a hostile intention threatens
            t.retype("THREATEN", None, "hostile-intent")


#: Cooperative acts whose failure or refusal is a rejection (CAMEO 12: decline to yield,
#: reject a plan or agreement, reject a proposal to meet).
_COOPERATIVE = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "CONCEDE", "RETREAT", "AID"})
_FAIL_VERBS = frozenset({"fail"})


def _failures(doc: Doc, by_token: dict[int, Trigger], tree: Tree) -> list[Trigger]:
    """"failed to reach agreement", "failed to agree": REJECT on "fail" (the cooperative act,
    in its infinitive, did not happen)."""
    out = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in _FAIL_VERBS or tok.i in by_token:
            continue
        for x in tree.kids(tok):
            if x.dep_ != "xcomp":
                continue
            acts = [by_token.get(x.i)] + [by_token.get(c.i) for c in tree.kids(x) if c.dep_ == "dobj"]
            if any(a is not None and a.type in _COOPERATIVE for a in acts):
                out.append(Trigger(tok, "REJECT", None, False, tok, tok.idx, tok.idx + len(tok.text),
                                   rule="event.verb.fail"))
                break
    return out


# --- verbs --------------------------------------------------------------------------------


def _verb(tok: Token, res: Resolver) -> Trigger | None:
    lemma = next((f for f in forms(tok) if f in VERBS or f in _PHRASAL_HEADS), tok.lemma_.lower())
    readings: list[tuple[str, Row, Token | None]] = []
    for c in res.tree.kids(tok):
        if (c.dep_ in ("prt", "prep", "dobj") or (c.dep_ == "advmod" and c.lower_ in _ADVERB_PARTICLES)) \
                and c.i > tok.i:
            key = f"{lemma}+{c.lower_}"
            for row in VERBS.get(key, ()):
                readings.append((key, row, c))
        if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > tok.i:  # "called for X to step down"
            mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "for"), None)
            if mark is not None:
                key = f"{lemma}+for"
                readings.extend((key, row, mark) for row in VERBS.get(key, ()))
    readings.extend((lemma, row, None) for row in VERBS.get(lemma, ()))
    for key, (typ, mode, need), particle in readings:
        if lemma == "meet" and _dobj_lemma(tok, res.tree) in _UNMEETABLE and key == "meet":
            if _dobj_lemma(tok, res.tree) in SETS["DEMANDS"]:  # "met their demands": accede (CAMEO 083)
                return Trigger(tok, "CONCEDE", None, False, tok, tok.idx, tok.idx + len(tok.text),
                               rule="event.verb.meet+demands")
            return None
        if _verb_need(need, tok, particle, res):
            end = particle if particle is not None and particle.i == tok.i + 1 else tok
            # "rebels received arms from France": the subject is given the aid, "from" gives it
            undergo = typ == "AID" and lemma in RECEIVING_VERBS
            return Trigger(tok, typ, mode, False, tok, tok.idx, end.idx + len(end.text), particle,
                           undergo, rule=f"event.verb.{key}", reversal=(key, typ) in REVERSALS)
    return None


def _verb_need(need: str | None, tok: Token, particle: Token | None, res: Resolver) -> bool:
    if need is None:
        return True
    kind, _, arg = need.partition(":")
    kids = res.tree.kids(tok)
    return VERB_NEEDS[kind].test(VerbCtx(tok, kids, _patient(tok, kids, res.tree), particle, res), arg)


def _patient(verb: Token, kids: list[Token], tree: Tree) -> Token | None:
    """What the verb acts on: its object, or the noun a participle or relative clause
    describes ("weapons *provided* by his state", "supplies, which the group will *provide*")."""
    obj = _object(kids)
    if obj is not None and obj.lower_ in ("which", "that") and tree.dep(verb) == "relcl":
        return tree.head(verb)
    if obj is None and tree.dep(verb) == "acl" and verb.tag_ == "VBN":
        return tree.head(verb)
    if obj is None:
        return shared_passive_subject(verb, tree)
    return obj


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


@verb_need("with")
def _v_with(c: VerbCtx, arg: str) -> bool:
    """A "with"/"between" partner or a coordinated or plural subject ("talked with X",
    "discussed the crisis *with* X")."""
    obj_kids = list(c.obj.children) if c.obj is not None else []
    return _has_partner(c.kids) or _plural_subject(c.kids) or _has_partner(obj_kids)


@verb_need("dest")
def _v_dest(c: VerbCtx, arg: str) -> bool:
    """A destination ("went *to Washington*")."""
    return _destination(c.tok, c.particle, c.res) is not None


@verb_need("agent")
def _v_agent(c: VerbCtx, arg: str) -> bool:
    """A person, group, organisation or country as object ("called Xi")."""
    return c.obj is not None and c.res.is_agent(c.obj)


@verb_need("whether")
def _v_whether(c: VerbCtx, arg: str) -> bool:
    """A whether- or if-clause: doubt cast on something ("questioned *whether* ...")."""
    return any(k.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                         for m in k.children) for k in c.kids)


@verb_need("agent_for")
def _v_agent_for(c: VerbCtx, arg: str) -> bool:
    """"hit Trump *for skipping* the debate": a person blamed for something, not for a time."""
    if c.obj is None or not c.res.is_agent(c.obj):
        return False
    return any(k.dep_ == "prep" and k.lower_ == "for" and any(
        g.dep_ == "pcomp" or (g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")) for g in k.children)
        for k in c.kids)


@verb_need("agent_reason")
def _v_agent_reason(c: VerbCtx, arg: str) -> bool:
    """"challenged him *over* his comments", "confronted X *for* lying": a person taken to task
    for something (not "over the weekend", "for hours")."""
    if c.obj is None or not c.res.is_agent(c.obj):
        return False
    return any(k.dep_ == "prep" and k.lower_ in ("for", "over", "about") and any(
        g.dep_ == "pcomp" or (g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")
                              and not g.like_num) for g in k.children)
        for k in c.kids)


@verb_need("agent_in_need")
def _v_agent_in_need(c: VerbCtx, arg: str) -> bool:
    """Helping a people, a country or a side, or those in need ("help the survivors", "helped
    Libya", "help the rebels"): PLOVER's AID; not helping a person or a team out ("let me help
    you", "would not help the defense")."""
    obj = c.obj
    if obj is None or obj.pos_ == "PRON":
        return False
    lemma = obj.lemma_.lower()
    return lemma in IN_NEED or obj.ent_type_ in ("GPE", "NORP") or (
        SECTORS.get(lemma, SECTORS.get(obj.lower_)) in ("CVL", "REF", "REB", "MIL", "MED"))


_WILLED = frozenset({"will", "would", "'ll", "wo", "shall", "'d"})


def _willed(kids: list[Token]) -> bool:
    return any(k.dep_ == "aux" and k.lower_ in _WILLED for k in kids)


@verb_need("willed_refusal")
def _v_willed_refusal(c: VerbCtx, arg: str) -> bool:
    """"We will not allow any ship to dock": a negated will or would, said by someone."""
    subj = next((k for k in c.kids if k.dep_ in ("nsubj", "nsubjpass")), None)
    return _willed(c.kids) and any(k.dep_ == "neg" for k in c.kids) and subj is not None and \
        c.res.is_agent(subj)  # not "the rules will not allow that"


@verb_need("held_accountable")
def _v_held_accountable(c: VerbCtx, arg: str) -> bool:
    """"They will be held accountable", "we will hold him responsible": a warning, not negated."""
    if not _willed(c.kids) or any(k.dep_ == "neg" for k in c.kids):
        return False
    said = [k for k in c.kids if k.dep_ in ("oprd", "acomp", "ccomp", "xcomp")]
    to_account = any(k.dep_ == "prep" and k.lower_ == "to" and any(g.lower_ == "account" for g in k.children)
                     for k in c.kids)
    return to_account or any(k.lower_ in ("accountable", "responsible") for k in said)


@verb_need("named_pobj")
def _v_named_pobj(c: VerbCtx, arg: str) -> bool:
    """"spoke *to Calderon*": a named partner, not "reporters" nor an outlet ("talked to CNN")."""
    objs = [g for g in (c.particle.children if c.particle is not None else ()) if g.dep_ == "pobj"]
    return any(_named_party(g, c.res) for g in objs)


def _named_party(tok: Token, res: Resolver) -> bool:
    found = res.entity_at(tok, ("PERSON", "ORG", "GPE", "NORP"))
    name = res.text[found[1]:found[2]] if found is not None else (
        tok.text if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") else "")
    return bool(name) and name.lower() not in OUTLET_KEYS


@verb_need("agreement")
def _v_agreement(c: VerbCtx, arg: str) -> bool:
    return _agreement(c.tok, c.kids, c.res)


@verb_need("partner")
def _v_partner(c: VerbCtx, arg: str) -> bool:
    """"met the king", "the leaders met"; not "met the threshold"."""
    if c.obj is not None:
        return c.res.is_agent(c.obj)
    return _has_partner(c.kids) or _plural_subject(c.kids) or _controlled(c.tok, c.res)


@verb_need("agent_or_place")
def _v_agent_or_place(c: VerbCtx, arg: str) -> bool:
    """"visited Kyiv", "visited the president"."""
    return c.obj is None or c.res.is_agent(c.obj) or c.res.is_place(c.obj)


@verb_need("obj_any")
def _v_obj_any(c: VerbCtx, arg: str) -> bool:
    return c.obj is not None or any(k.dep_ == "ccomp" for k in c.kids)


@verb_need("agent_or_obj")
def _v_agent_or_obj(c: VerbCtx, arg: str) -> bool:
    return c.obj is not None


#: Acts that answer a question: being asked to do them is being asked, not told ("asked
#: experts *to rank* the candidates", "was asked to comment").
_ANSWER_ACTS = frozenset("""
    rank rate pick choose name identify describe explain say answer respond comment evaluate
    compare imagine guess predict estimate list recall assess grade score
    """.split())


@verb_need("xcomp")
def _v_xcomp(c: VerbCtx, arg: str) -> bool:
    """An object and an infinitive ("asked X *to* leave"), not a question ("asked to rank")."""
    acts = [k for k in c.kids if k.dep_ == "xcomp"]
    return c.obj is not None and bool(acts) and not any(k.lemma_.lower() in _ANSWER_ACTS for k in acts)


@verb_need("xcomp_or", takes_set=True)
def _v_xcomp_or(c: VerbCtx, arg: str) -> bool:
    """An infinitive, or an object from the set ("offered *talks*")."""
    return any(k.dep_ == "xcomp" for k in c.kids) or (c.obj is not None and _in_set(c.obj, arg))


@verb_need("phonecall")
def _v_phonecall(c: VerbCtx, arg: str) -> bool:
    """"called Xi" with a phone in the sentence, not "called him a genius"."""
    said_of = any(k.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp") for k in c.kids)
    phone = any(t.lower_ in ("phone", "telephone", "phoned") for t in c.tok.sent)
    return c.obj is not None and c.res.is_agent(c.obj) and not said_of and phone


@verb_need("xcomp_or_obj")
def _v_xcomp_or_obj(c: VerbCtx, arg: str) -> bool:
    return c.obj is not None or any(k.dep_ in ("xcomp", "ccomp") for k in c.kids)


@verb_need("obj", takes_set=True)
def _v_obj(c: VerbCtx, arg: str) -> bool:
    """A direct (or passive) object from the set ("provided *aid*", "lifted *sanctions*")."""
    obj = c.obj
    return obj is not None and (_in_set(obj, arg) or (arg == "AID_GOODS" and _is_money(obj)))


@verb_need("pobj", takes_set=True)
def _v_pobj(c: VerbCtx, arg: str) -> bool:
    """The particle's object from the set ("reneged *on* the deal", "pulled out *of* the treaty")."""
    objs = [g for p in ([c.particle] if c.particle is not None else []) + [
        k for k in c.kids if k.dep_ == "prep"] for g in p.children if g.dep_ == "pobj"]
    return any(_in_set(o, arg) for o in objs) or (c.obj is not None and _in_set(c.obj, arg))


@verb_need("subj", takes_set=True)
def _v_subj(c: VerbCtx, arg: str) -> bool:
    """A subject from the set, or a crowd of them ("demonstrators *gathered*")."""
    return any(k.dep_ == "nsubj" and _in_set(k, arg) for k in c.kids)


@verb_need("not_obj", takes_set=True)
def _v_not_obj(c: VerbCtx, arg: str) -> bool:
    """No object (nor "against" object) from the set ("fight corruption" is no battle)."""
    against = [g for k in c.kids if k.dep_ == "prep" and k.lower_ == "against"
               for g in k.children if g.dep_ == "pobj"]
    return not any(_in_set(o, arg) for o in ([c.obj] if c.obj is not None else []) + against)


@verb_need("infinitive")
def _v_infinitive(c: VerbCtx, arg: str) -> bool:
    """An infinitive complement ("swore *to fight*"; not "was sworn in")."""
    return any(k.dep_ == "xcomp" for k in c.kids)


@verb_need("weapon_subject")
def _v_weapon_subject(c: VerbCtx, arg: str) -> bool:
    """A weapon as subject ("three rockets *hit* the city")."""
    subj = next((k for k in c.kids if k.dep_ == "nsubj"), None)
    return subj is not None and _in_set(subj, "WEAPONS")


@verb_need("armed_subject")
def _v_armed_subject(c: VerbCtx, arg: str) -> bool:
    """Armed forces as subject ("the rebels *advanced*"), or as the passive's agent ("targeted
    *by Gadhafi forces*"), not prices or talks."""
    subj = next((k for k in c.kids if k.dep_ == "nsubj"), None)
    if subj is None:
        subj = next((g for k in c.kids if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"), None)
    return subj is not None and SECTORS.get(subj.lemma_.lower(), SECTORS.get(subj.lower_)) in (
        "MIL", "REB", "UAF", "COP")


@verb_need("human")
def _v_human(c: VerbCtx, arg: str) -> bool:
    """A subject that is not a thing ("workers *struck*", not "prices struck")."""
    return _human_subject(c.tok, c.res)


@verb_need("intransitive")
def _v_intransitive(c: VerbCtx, arg: str) -> bool:
    return c.obj is None and not any(k.dep_ in ("ccomp", "xcomp") for k in c.kids) \
        and _human_subject(c.tok, c.res)


def _controlled(tok: Token, res: Resolver) -> bool:
    """An infinitive or gerund without its own subject ("invitation to meet", "flew ... to meet")."""
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in res.tree.kids(tok)) and tok.tag_ in ("VB", "VBG")


def _object(kids: list[Token]) -> Token | None:
    """The direct object, else the passive subject ("sanctions were lifted"); a passive that
    keeps an object names the thing by it ("he was denied *bail*", "they were given *aid*")."""
    return next((c for c in kids if c.dep_ == "dobj"), None) or next(
        (c for c in kids if c.dep_ == "nsubjpass"), None)


def _dobj_lemma(tok: Token, tree: Tree) -> str:
    obj = next((c for c in tree.kids(tok) if c.dep_ == "dobj"), None)
    return obj.lemma_.lower() if obj is not None else ""


#: Heads that pass a set test on to their "of" phrase ("the *state* of emergency", "*part* of the aid").
_OF_HEADS = frozenset("""state part some all most rest bulk remainder number numbers crowd crowds
    group groups thousands hundreds dozens contingent team teams
    ton tons tonne tonnes kg kilogram kilograms pound pounds litre litres liter liters gallon gallons
    barrel barrels dose doses box boxes crate crates bag bags truckload truckloads planeload
    planeloads shipment shipments consignment consignments batch batches load loads""".split())


def _is_word(tok: Token, words: frozenset[str]) -> bool:
    """The token's lemma or its lower-cased form is in ``words`` (lemmatiser slips are common)."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def in_set(tok: Token, name: str) -> bool:
    """``tok`` is a word of the named set, or a group or measure of one ("a team *of doctors*")."""
    return _in_set(tok, name)


def _in_set(tok: Token, name: str) -> bool:
    words = SETS.get(name, frozenset())
    if _is_word(tok, words):
        return True
    if tok.lemma_.lower() in _OF_HEADS or tok.lower_ in _OF_HEADS:  # "thousands": lemma "thousand"
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(
            g.dep_ == "pobj" and _is_word(g, words) for g in p.children)
            for p in tok.children)
    return False


def _is_money(tok: Token) -> bool:
    return tok.ent_type_ == "MONEY" or any(c.ent_type_ == "MONEY" for c in tok.children)


def _has_partner(kids: list[Token]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in kids)


def _plural_subject(kids: list[Token]) -> bool:
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


def _human_subject(tok: Token, res: Resolver) -> bool:
    subj = next((c for c in res.tree.kids(tok) if c.dep_ == "nsubj"), None)
    if subj is None:
        return True
    if subj.pos_ in ("PROPN", "NUM", "PRON"):
        return subj.lower_ not in ("it", "this", "that")
    return res.is_agent(subj) or subj.lower_.endswith(("ers", "ists", "ors"))


def _destination(tok: Token, particle: Token | None, res: Resolver) -> Token | None:
    """The place a movement goes to ("went *to Washington*", "arrived *in* Seoul")."""
    kids = res.tree.kids(tok)
    preps = [particle] if particle is not None and particle.dep_ == "prep" else []
    preps += [c for c in kids if c.dep_ == "prep" and (particle is None or c.i != particle.i)]
    for p in preps:
        low = p.lower_
        if low in _DEST_PREPS or (low in _ARRIVE_PREPS and tok.lemma_.lower() in ("arrive", "land")):
            for g in p.children:
                if g.dep_ == "pobj" and res.is_place(g):
                    return g
    for c in kids:
        if c.dep_ in ("advmod", "dobj") and c.lower_ in ("home", "abroad"):
            return c
        if c.dep_ == "dobj" and tok.lemma_.lower() == "tour" and res.is_place(c):
            return c
    return None


# --- nouns --------------------------------------------------------------------------------


def _noun(tok: Token, res: Resolver) -> Trigger | None:
    tree = res.tree
    kids = tree.kids(tok)
    lemma = tok.lemma_.lower()
    key = lemma
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in kids):
        key = "call+for"
        rows = NOUNS.get(key, [])
    elif lemma == "state" and _state_of_emergency(kids):
        return _noun_trigger(tok, "COERCE", "martial-law", tok.idx, tree, "event.noun.state-of-emergency")
    else:
        key = lemma if lemma in NOUNS else tok.lower_
        rows = NOUNS.get(key) or []
    if not rows:
        return None
    mods = [c for c in kids if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
    blocked = COMPOUND_BLOCK.get(lemma, frozenset())
    if any(m.lower_ in blocked for m in mods):
        return None
    for typ, mode, need in rows:
        if not _noun_need(need, tok, kids, mods, res):
            continue
        start = tok.idx
        rule = f"event.noun.{key}"
        for m in mods:
            retype = COMPOUND_RETYPE.get((lemma, m.lower_))
            if retype is not None:
                typ, mode = retype
                start = m.idx
                rule = f"event.noun.{m.lower_}-{key}"
        trig = _noun_trigger(tok, typ, mode, start, tree, rule)
        trig.reversal = (key, typ) in REVERSALS
        return trig
    return None


def _noun_trigger(tok: Token, typ: str, mode: str | None, start: int, tree: Tree, rule: str) -> Trigger:
    frame = _frame(tok, tree)
    carrier, undergo, occur = _carrier(frame or tok, tree)
    return Trigger(tok, typ, mode, True, carrier, start, tok.idx + len(tok.text), None, undergo, occur, frame,
                   rule=rule)


def _frame(tok: Token, tree: Tree) -> Token | None:
    """"a new round of *talks*": the counting noun carries the phrase."""
    prep = tree.head(tok)
    if tree.dep(tok) != "pobj" or prep.lower_ != "of":
        return None
    head = tree.head(prep)
    counting = head.i != prep.i and head.pos_ == "NOUN" and head.lemma_.lower() in QUANTITY_NOUNS
    return head if counting else None


def _noun_need(need: str | None, tok: Token, kids: list[Token], mods: list[Token], res: Resolver) -> bool:
    if need is None:
        return True
    kind, _, arg = need.partition(":")
    preps = {c.lower_ for c in kids if c.dep_ == "prep"}
    return NOUN_NEEDS[kind].test(NounCtx(tok, kids, mods, preps, res), arg)


@noun_need("plural")
def _n_plural(c: NounCtx, arg: str) -> bool:
    """Only the plural ("talks", "sanctions")."""
    return c.tok.tag_ in ("NNS", "NNPS")


@noun_need("with")
def _n_with(c: NounCtx, arg: str) -> bool:
    """A partner ("talks *with* X", "*between*")."""
    return bool(c.preps & {"with", "between", "among"})


@noun_need("compound", takes_set=True)
def _n_compound(c: NounCtx, arg: str) -> bool:
    """A modifier from the set ("*phone* call", "*joint* exercise")."""
    return any(m.lower_ in SETS[arg] for m in c.mods)


@noun_need("for")
def _n_for(c: NounCtx, arg: str) -> bool:
    """Someone it is for or whose it is ("support *for* X", "in support *of* X", "his praise")."""
    return bool(c.preps & {"for", "of"}) or any(k.dep_ == "poss" for k in c.kids)


@noun_need("with_to")
def _n_with_to(c: NounCtx, arg: str) -> bool:
    return bool(c.preps & {"to", "with", "from"})


@noun_need("agreement")
def _n_agreement(c: NounCtx, arg: str) -> bool:
    return _agreement(c.tok, c.kids, c.res)


@noun_need("partner")
def _n_partner(c: NounCtx, arg: str) -> bool:
    """A side: "war *with*/*against*/*on* X", "Russia's war", "the Iran war"."""
    return bool(c.preps & {"with", "against", "between", "on"}) or any(
        k.dep_ == "poss" or k.ent_type_ in ("NORP", "GPE") for k in c.kids)


_ARMED = frozenset({"MIL", "REB", "UAF"})


@noun_need("armed")
def _n_armed(c: NounCtx, arg: str) -> bool:
    """Armed forces make it: their own ("the rebels' *advance*", "*government troops'*
    advances"), or the subject of the verb that carries it ("the rebels made an *advance*");
    not "advances in medicine" nor "a salary advance"."""
    def armed(t: Token) -> bool:
        return SECTORS.get(t.lemma_.lower(), SECTORS.get(t.lower_)) in _ARMED

    if any(k.dep_ in ("poss", "compound", "amod") and armed(k) for k in c.kids):
        return True
    head = c.res.tree.head(c.tok)
    return c.res.tree.dep(c.tok) == "dobj" and any(
        k.dep_ == "nsubj" and armed(k) for k in c.res.tree.kids(head))


@noun_need("for_needy")
def _n_for_needy(c: NounCtx, arg: str) -> bool:
    """"an appeal *for the earthquake victims*": raising help for people in need (PLOVER AID),
    not an appeal for calm or for help from someone (DEMAND)."""
    return any(k.dep_ == "prep" and k.lower_ == "for" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in IN_NEED for g in k.children) for k in c.kids)


@noun_need("not_quantity")
def _n_not_quantity(c: NounCtx, arg: str) -> bool:
    """Not a quantity ("a great deal")."""
    return not any(m.lower_ in ("great", "good", "big") for m in c.mods)


@noun_need("dest")
def _n_dest(c: NounCtx, arg: str) -> bool:
    return bool(c.preps & _DEST_PREPS)


@noun_need("into")
def _n_into(c: NounCtx, arg: str) -> bool:
    """What it looks into ("a hearing *into* the killings", also when the parser hangs the
    phrase on the verb that opens or holds it: "opened a hearing Wednesday *into* ...")."""
    if c.preps & {"into", "on"}:
        return True
    tree = c.res.tree
    head = tree.head(c.tok)
    return tree.dep(c.tok) == "dobj" and head.lemma_.lower() in LIGHT_VERBS and any(
        k.dep_ == "prep" and k.lower_ == "into" and k.i > c.tok.i for k in tree.kids(head))


@noun_need("voiced")
def _n_voiced(c: NounCtx, arg: str) -> bool:
    """Said aloud by someone: "*expressed* disappointment", "*voiced* concern" (not "a concern
    for the economy")."""
    carrier, _, _ = _carrier(c.tok, c.res.tree)
    return carrier.lemma_.lower() in ("express", "voice", "raise", "register", "air")


_REASON_PREPS = frozenset({"over", "for", "after"})
#: Words that make "demand" the market's ("consumer demand", "weak demand").
_MARKET = frozenset("""
    consumer consumers oil energy gas fuel power global domestic market export import housing
    weak weaker strong stronger robust sluggish soft firm rising falling
    """.split())


@noun_need("made")
def _n_made(c: NounCtx, arg: str) -> bool:
    """A demand someone makes, not demand in a market (see ``_lexicon``)."""
    if any(m.lower_ in _MARKET for m in c.mods):
        return False
    if c.tok.tag_ in ("NNS", "NNPS") or any(k.dep_ == "poss" for k in c.kids) or "by" in c.preps:
        return True
    return "for" in c.preps or any(k.dep_ in ("acl", "ccomp", "relcl") for k in c.kids)


@noun_need("under_criticism")
def _n_under_criticism(c: NounCtx, arg: str) -> bool:
    """"BP came under fire *over* the video": the idiom, with a reason and no weapon named."""
    tree = c.res.tree
    prep = tree.head(c.tok)
    if tree.dep(c.tok) != "pobj" or prep.lower_ != "under" or c.mods:
        return False
    near = c.kids + tree.kids(tree.head(prep))
    return any(k.dep_ == "prep" and k.lower_ in _REASON_PREPS for k in near) and "from" not in c.preps


@noun_need("protest_rally")
def _n_protest_rally(c: NounCtx, arg: str) -> bool:
    """A rally that protests: not a candidate's own rally, not the venue a statement was made at."""
    if "against" in c.preps:
        return True
    tree = c.res.tree
    owner = next((k for k in c.kids if k.dep_ == "poss"), None)
    if owner is not None and (owner.ent_type_ == "PERSON" or c.res.entity_at(owner, ("PERSON",)) is not None):
        return False  # "Sanders' rallies", "Trump's rally": campaign events
    prep = tree.head(c.tok)
    said_at = prep.lower_ == "at" and tree.head(prep).lemma_.lower() in REPORTING_VERBS
    if tree.dep(c.tok) == "pobj" and said_at:
        return False  # "said at a rally in Evansville": where the words were said
    return True


@noun_need("in")
def _n_in(c: NounCtx, arg: str) -> bool:
    """Placed in someone or something ("confidence *in* Disney's plans")."""
    return "in" in c.preps


@noun_need("against")
def _n_against(c: NounCtx, arg: str) -> bool:
    """Aimed at someone ("a suit *against* the city")."""
    return "against" in c.preps


@noun_need("agent_or_place")
def _n_agent_or_place(c: NounCtx, arg: str) -> bool:
    """A visitor or a place visited: "Macron's visit *to Kyiv*", "the Chinese leader's visit",
    "a state visit by the king" (not "a visit to the doctor", "the visit was short")."""
    for k in c.kids:
        if k.dep_ == "poss" or (k.dep_ in ("amod", "compound", "nmod") and k.ent_type_ in ("NORP", "GPE")):
            return True
        if k.dep_ == "prep" and k.lower_ in ("to", "by", "from", "of", "in"):
            if any(g.dep_ == "pobj" and (c.res.is_agent(g) or c.res.is_place(g)) for g in k.children):
                return True
    return False


@noun_need("money")
def _n_money(c: NounCtx, arg: str) -> bool:
    """A sum of money given: "a pledge *of $180 million*", "a *$5 million* pledge", "received a
    pledge *for $180 million*" (the parser may hang the sum on the verb) (CAMEO 071)."""
    tree = c.res.tree
    head = tree.head(c.tok)
    kids = c.kids + (tree.kids(head) if tree.dep(c.tok) == "dobj" and head.i != c.tok.i else [])
    return any(k.dep_ in ("compound", "amod", "nmod", "nummod") and _is_money(k) for k in c.kids) or any(
        k.dep_ == "prep" and k.lower_ in ("of", "for") and any(
            g.dep_ == "pobj" and _is_money(g) for g in k.children) for k in kids)


@noun_need("obj", takes_set=True)
def _n_obj(c: NounCtx, arg: str) -> bool:
    """What the act is on, from the set: "a ban *on* protests", "the *party* ban"."""
    if any(_in_set(m, arg) for m in c.mods):
        return True
    return any(k.dep_ == "prep" and k.lower_ in ("on", "of", "against") and any(
        g.dep_ == "pobj" and _in_set(g, arg) for g in k.children) for k in c.kids)


@noun_need("meal")
def _n_meal(c: NounCtx, arg: str) -> bool:
    """A meal held with someone ("hosted a dinner for X", "had lunch with X")."""
    carrier, _, _ = _carrier(c.tok, c.res.tree)
    if carrier.i == c.tok.i:
        return False
    ckids = c.res.tree.kids(carrier)
    return "with" in c.preps or _has_partner(ckids) or _plural_subject(ckids)


def _carrier(tok: Token, tree: Tree) -> tuple[Token, bool, bool]:
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
    if dep == "pobj" and head.lower_ in _TOLL_PREPS and tok.lemma_.lower() in _FIGHT_NOUNS:
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


def _state_of_emergency(kids: list[Token]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.lower_ == "emergency" for g in c.children) for c in kids)


def _agreement(tok: Token, kids: list[Token], res: Resolver) -> bool:
    """"agree with X" needs an actor as X ("agrees with that" is an opinion); "agreed that Y"
    only when Y is a commitment ("will", "would", "should")."""
    with_what = [g for c in kids if c.dep_ == "prep" and c.lower_ == "with" and c.i > tok.i
                 for g in c.children if g.dep_ == "pobj"]
    if with_what and not any(res.is_agent(g) for g in with_what):
        return False
    comps = [c for c in kids if c.dep_ == "ccomp"]
    return not comps or any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall", "should", "'ll")
                            for c in comps for a in c.children)


check_rows(VERBS, VERB_NEEDS, "VERBS")
check_rows(NOUNS, NOUN_NEEDS, "NOUNS")
