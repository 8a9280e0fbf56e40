"""Trigger words: verbs and event nouns of the lexicon, checked against the parse.

A verb counts when its reading's ``need`` holds ("called Xi" is a phone call, "called for"
a demand, "called it a mistake" nothing). An event noun counts when it heads its phrase
("peace *talks*", not "*summit* venue") and nothing marks it as another sense ("heart
attack"); its *carrier* is the light verb that gives it tense and subject ("*held* talks",
"*imposed* sanctions", "*went on* strike"), or the noun itself.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# the condition kinds register at import: both modules before ``check_rows`` below
from newsdesk.nlp.events import _noun_needs, _verb_needs  # noqa: F401
from newsdesk.nlp.events._carriers import CASUALTY_VERBS, TOLL_PREPS, carrier_of
from newsdesk.nlp.events._faults import faulted
from newsdesk.nlp.events._lexicon import COMPOUND_BLOCK, COMPOUND_RETYPE, NOUNS, REVERSALS, SETS, VERBS, Row
from newsdesk.nlp.events._needs import NOUN_NEEDS, VERB_NEEDS, NounCtx, VerbCtx, check_rows
from newsdesk.nlp.events._participants import Resolver
from newsdesk.nlp.events._shapes import is_word, shared_passive_subject
from newsdesk.nlp.events._tree import Tree, forms
from newsdesk.nlp.events._trigger import Trigger
from newsdesk.nlp.events._word_classes import (
    DISAPPROVING_ADJECTIVES,
    LIGHT_VERBS,
    NATURAL_HAZARDS,
    NEGATING_WORDS,
    NEGATIVE_WORDS,
    RECEIVING_VERBS,
    REPORTING_VERBS,
)

#: Nouns that count or group events: "a *round* of talks", "a *wave* of protests".
QUANTITY_NOUNS = frozenset("""
    set series round wave spate string number flurry couple lot host day days week weeks month
    months year years hours
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
#: Light verbs that say how a consultation went ("*hosted* talks", "*brokered* talks").
CARRIER_MODES = {"host": "host", "broker": "mediate", "mediate": "mediate"}
_UNMEETABLE = frozenset("""
    demand demands target targets deadline deadlines need needs requirement requirements
    expectation expectations standard standards criterion criteria goal goals obligation
    obligations condition conditions cost costs challenge challenges end ends
    """.split())
_INTENT = frozenset({"promise", "pledge", "vow", "offer", "commit", "agree", "swear"})
_HOSTILE = frozenset({"ASSAULT", "FIGHT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})


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
        if t.type != "FIGHT" or tree.dep(t.phrase) not in ("pobj", "pcomp") or prep.lower_ not in TOLL_PREPS:
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
    if not any(is_word(w, NEGATIVE_WORDS) for w in judged):
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
        if any(is_word(w, NEGATIVE_WORDS) for w in words):
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
    return any(is_word(w, _FALSITY) and w.pos_ in ("NOUN", "ADJ")
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


def _object(kids: list[Token]) -> Token | None:
    """The direct object, else the passive subject ("sanctions were lifted"); a passive that
    keeps an object names the thing by it ("he was denied *bail*", "they were given *aid*")."""
    return next((c for c in kids if c.dep_ == "dobj"), None) or next(
        (c for c in kids if c.dep_ == "nsubjpass"), None)


def _dobj_lemma(tok: Token, tree: Tree) -> str:
    obj = next((c for c in tree.kids(tok) if c.dep_ == "dobj"), None)
    return obj.lemma_.lower() if obj is not None else ""


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
    carrier, undergo, occur = carrier_of(frame or tok, tree)
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


def _state_of_emergency(kids: list[Token]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.lower_ == "emergency" for g in c.children) for c in kids)


check_rows(VERBS, VERB_NEEDS, "VERBS")
check_rows(NOUNS, NOUN_NEEDS, "NOUNS")
