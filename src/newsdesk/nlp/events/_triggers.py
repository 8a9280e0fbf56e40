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
from newsdesk.nlp.events._clause_triggers import (
    CASTING_VERBS,
    WANT_VERBS,
    accusation,
    at_request,
    criticism,
    judgement,
    next_target,
    obligation,
    quoted_fault,
    quoted_judgement,
    readiness,
    reported_demand,
    stance,
    untrue,
    wanted_act,
)
from newsdesk.nlp.events._lexicon import COMPOUND_BLOCK, COMPOUND_RETYPE, NOUNS, REVERSALS, SETS, VERBS, Row
from newsdesk.nlp.events._needs import NOUN_NEEDS, VERB_NEEDS, NounCtx, VerbCtx, check_rows
from newsdesk.nlp.events._participants import Resolver
from newsdesk.nlp.events._shapes import shared_passive_subject
from newsdesk.nlp.events._tree import Tree, forms
from newsdesk.nlp.events._trigger import Trigger
from newsdesk.nlp.events._word_classes import LIGHT_VERBS, NEGATING_WORDS, RECEIVING_VERBS, REPORTING_VERBS

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
#: Acts whose promise threatens: force, coercion, sanctions, and protest ("vowed to *boycott*
#: the brand": CAMEO 133, threaten political dissent).
_HOSTILE = frozenset({"ASSAULT", "FIGHT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE", "PROTEST"})


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
            # not "the meetings are *talks*" (a description); "there were *clashes*"
            trig = at_request(tok, tree) or next_target(tok, tree) or _noun(tok, res)
        elif tok.pos_ == "ADJ" and dep == "acomp":
            trig = judgement(tok, tree) or quoted_judgement(tok, res) or readiness(tok, tree)
        elif (tok.pos_ == "ADJ" and dep == "oprd") or (tok.pos_ == "NOUN" and dep == "attr"):
            trig = (stance(tok, tree) if dep == "attr" else None) or quoted_judgement(tok, res)
        quoted = trig is not None and trig.rule in ("event.quoted-judgement", "event.quoted-denial",
                                                    "event.quoted-praise")
        if quoted and trig is not None and trig.carrier.i in judged:
            trig = None  # "was unfair and a shameful thing": one judgement per clause
        elif quoted and trig is not None:
            judged.add(trig.carrier.i)
        if trig is None and tok.pos_ == "VERB" and (tok.lemma_.lower() in REPORTING_VERBS | {"call"}
                                                    or tok.lemma_.lower() in CASTING_VERBS):
            trig = reported_demand(tok, tree) or criticism(tok, tree) or accusation(tok, tree) or untrue(
                tok, tree)
        if trig is None and tok.pos_ in ("VERB", "AUX"):
            trig = quoted_fault(tok, res)
        if trig is None and tok.pos_ == "VERB" and tok.lemma_.lower() in WANT_VERBS:
            trig = wanted_act(tok, tree)
        if tok.pos_ in ("VERB", "AUX") and (trig is None or not trig.noun):
            must = obligation(tok, tree)
            if must is not None and trig is None:
                trig = must
            elif must is not None and trig is not None:
                # "Israel must withdraw": a demand; "he should have beaten him": a reproach
                trig.retype(must.type, None, "must" if must.type == "DEMAND" else must.rule.split(".")[-1])
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
    drop |= _read_by_act(found, by_token, tree)
    for t in found:
        if t.noun and not t.verbal:
            t.owner = _owner(t.phrase, tree, by_token)
    _intent_types(found, by_token, tree)
    found.extend(_failures(doc, by_token, tree))
    found.sort(key=lambda t: t.token.i)
    return [t for t in found if t.token.i not in drop]


def _read_by_act(found: list[Trigger], by_token: dict[int, Trigger], tree: Tree) -> set[int]:
    """"is ready to *attack*", "willing to *forgive* him": when the act one is ready for is an
    event of its own, that event's reading of the readiness (``_retype``) stands; the bare
    readiness trigger counts only for acts the tables do not name ("ready to cover the repairs")."""
    drop = set()
    for t in found:
        if t.rule != "event.ready":
            continue
        acts = [c for c in tree.kids(t.token) if c.dep_ == "xcomp"]
        acts += [g for a in acts for g in tree.kids(a) if g.dep_ in ("conj", "dobj")]
        if any(a.i in by_token for a in acts):
            drop.add(t.token.i)
    return drop


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
                t.toll = t.toll or by_token[verb.i]
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
    present = dep == "pobj" and head.lower_ == "for" and lemma == "be"  # "was in Oslo *for* talks"
    if verb.i == phrase.i or (verb.pos_ != "VERB" and not present) or verb.i in triggers:
        return None
    if lemma in REPORTING_VERBS or lemma in NEGATING_WORDS or lemma in _NOT_OWNERS:
        return None
    return verb


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
    first = _hyphen_start(tok)
    if first is not None:
        joined = [f"{first.lower_}-{w}" for w in (lemma, tok.lower_)]
        key = next((k for k in joined if k in NOUNS), key)
        rows = NOUNS.get(key) or rows
    if not rows:
        return None
    mods = [c for c in kids if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
            and (first is None or c.i != first.i)]
    blocked = COMPOUND_BLOCK.get(lemma, frozenset())
    if any(m.lower_ in blocked for m in mods):
        return None
    for typ, mode, need in rows:
        if not _noun_need(need, tok, kids, mods, res):
            continue
        start = tok.idx if first is None or "-" not in key else first.idx
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


def _hyphen_start(tok: Token) -> Token | None:
    """The first part of a hyphenated noun whose last part is ``tok``: the tokenizer splits
    "cease-fire", "sit-in", "U-turn" into three tokens, and the table writes them whole."""
    i = tok.i
    if i < 2:
        return None
    doc = tok.doc
    dash, first = doc[i - 1], doc[i - 2]
    if dash.text != "-" or dash.whitespace_ or first.whitespace_ or not first.is_alpha:
        return None
    return first


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
