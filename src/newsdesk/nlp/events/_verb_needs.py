"""Verb condition kinds (``@verb_need``): what the parse must show before a row of
``_lexicon.VERBS`` counts ("met *the king*", not "met the threshold"; "called *for* X").

Registered at import into ``_needs``; ``_triggers`` imports this module before it checks the
tables. Apart from the finder so that each kind reads as one small predicate.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.nlp.events._needs import VerbCtx, verb_need
from newsdesk.nlp.events._participants import Resolver
from newsdesk.nlp.events._shapes import (
    destination,
    has_partner,
    human_subject,
    in_set,
    is_agreement,
    is_money,
    plural_subject,
)
from newsdesk.nlp.events._word_classes import IN_NEED, SECTORS
from newsdesk.words import OUTLET_KEYS


@verb_need("with")
def _v_with(c: VerbCtx, arg: str) -> bool:
    """A "with"/"between" partner or a coordinated or plural subject ("talked with X",
    "discussed the crisis *with* X")."""
    obj_kids = list(c.obj.children) if c.obj is not None else []
    return has_partner(c.kids) or plural_subject(c.kids) or has_partner(obj_kids)


@verb_need("dest")
def _v_dest(c: VerbCtx, arg: str) -> bool:
    """A destination ("went *to Washington*")."""
    return destination(c.tok, c.particle, c.res) is not None


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


#: What one admits to when admitting a fault ("admitted *mistakes*", "acknowledged *responsibility*").
_FAULTS_OWNED = frozenset("""mistake mistakes error errors wrongdoing responsibility guilt failure
    failures fault faults misconduct""".split())
_OWN_PRONOUNS = frozenset("i we he she it they".split())


@verb_need("own_fault")
def _v_own_fault(c: VerbCtx, arg: str) -> bool:
    """Admitting one's own fault: a fault as object ("admitted *mistakes*"), or a clause about
    oneself ("acknowledged *she* misspoke", "the firm admits *it* altered the photo"), not a
    fact about others ("acknowledged that the economy is weak"), not denied."""
    if any(k.dep_ == "neg" for k in c.kids):
        return False
    if c.obj is not None and (c.obj.lemma_.lower() in _FAULTS_OWNED or c.obj.lower_ in _FAULTS_OWNED):
        return True
    subj = next((k for k in c.kids if k.dep_ == "nsubj"), None)
    if subj is None or not human_subject(c.tok, c.res):
        return False
    for comp in (k for k in c.kids if k.dep_ == "ccomp"):
        inner = next((g for g in comp.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if inner is not None and not any(g.dep_ == "neg" for g in comp.children) and (
                inner.lower_ in _OWN_PRONOUNS or inner.lower_ == subj.lower_):
            return True
    return False


@verb_need("none_of")
def _v_none_of(c: VerbCtx, arg: str) -> bool:
    """"have *no* intention of running", "does not have any intention to": an intention
    disowned, a refusal (the particle is the object noun)."""
    noun = c.particle
    return noun is not None and (any(g.dep_ == "det" and g.lower_ == "no" for g in noun.children)
                                 or any(k.dep_ == "neg" for k in c.kids))


@verb_need("on_board")
def _v_on_board(c: VerbCtx, arg: str) -> bool:
    """"got the union *on board*": someone brought to back a cause, an object and a bare "on
    board" (not "got on board the ferry", "brought the cargo on board the ship")."""
    board = [g for p in ([c.particle] if c.particle is not None else []) for g in p.children
             if g.dep_ == "pobj" and g.lower_ == "board"]
    return bool(board) and not any(True for _ in board[0].children) and c.obj is not None \
        and c.res.is_agent(c.obj)


@verb_need("not_guilty")
def _v_not_guilty(c: VerbCtx, arg: str) -> bool:
    """"pleaded *not guilty* to fraud": denying the charge (not "pleaded guilty", an admission)."""
    return any(k.lower_ == "guilty" and any(g.dep_ == "neg" for g in k.children) for k in c.kids)


@verb_need("held_accountable")
def _v_held_accountable(c: VerbCtx, arg: str) -> bool:
    """"They will be held accountable", "we will hold him responsible": a warning, not negated."""
    if not _willed(c.kids) or any(k.dep_ == "neg" for k in c.kids):
        return False
    said = [k for k in c.kids if k.dep_ in ("oprd", "acomp", "ccomp", "xcomp")]
    to_account = any(k.dep_ == "prep" and k.lower_ == "to" and any(g.lower_ == "account" for g in k.children)
                     for k in c.kids)
    return to_account or any(k.lower_ in ("accountable", "responsible") for k in said)


@verb_need("to_account")
def _v_to_account(c: VerbCtx, arg: str) -> bool:
    """"we need to hold the agency accountable", "continue to hold them to account": asking that
    someone answer for their acts, with no will or would (that is the warning of
    ``held_accountable``), not negated; "held him responsible for" (blame) is not read here."""
    if _willed(c.kids) or any(k.dep_ == "neg" for k in c.kids):
        return False
    said = [k for k in c.kids if k.dep_ in ("oprd", "acomp", "ccomp", "xcomp")]
    to_account = any(k.dep_ == "prep" and k.lower_ == "to" and any(g.lower_ == "account" for g in k.children)
                     for k in c.kids)
    return to_account or any(k.lower_ == "accountable" for k in said)


@verb_need("asked_by_others")
def _v_asked_by_others(c: VerbCtx, arg: str) -> bool:
    """Someone questioned or contacted by others than the press: "investigators interviewed the
    pilot", "she was contacted by the committee"; not "CNN interviewed voters", "reporters
    contacted him", "I interviewed her" (the writer's own reporting)."""
    if c.obj is None or not c.res.is_agent(c.obj):
        return False
    asker = next((k for k in c.kids if k.dep_ == "nsubj"), None) or next(
        (g for k in c.kids if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"), None)
    if asker is None:
        return True
    found = c.res.entity_at(asker, ("PERSON", "ORG", "GPE", "NORP"))
    name = c.res.text[found[1]:found[2]] if found is not None else asker.text
    press = SECTORS.get(asker.lemma_.lower(), SECTORS.get(asker.lower_)) == "JRN"
    return not press and name.lower() not in OUTLET_KEYS and asker.lower_ not in ("i", "we")


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
    return is_agreement(c.tok, c.kids, c.res)


@verb_need("partner")
def _v_partner(c: VerbCtx, arg: str) -> bool:
    """"met the king", "the leaders met"; not "met the threshold"."""
    if c.obj is not None:
        return c.res.is_agent(c.obj)
    return has_partner(c.kids) or plural_subject(c.kids) or _controlled(c.tok, c.res)


@verb_need("agent_or_place")
def _v_agent_or_place(c: VerbCtx, arg: str) -> bool:
    """"visited Kyiv", "visited the president"."""
    return c.obj is None or c.res.is_agent(c.obj) or c.res.is_place(c.obj)


@verb_need("obj_any")
def _v_obj_any(c: VerbCtx, arg: str) -> bool:
    return c.obj is not None or any(k.dep_ == "ccomp" for k in c.kids)


#: What people are pulled or dug out of after a disaster ("dug a miner *out of the debris*").
_RUBBLE = frozenset("rubble ruins ruin wreckage debris rubbles collapse mud".split())
_SURVIVORS = frozenset("survivor survivors".split())


@verb_need("from_rubble")
def _v_from_rubble(c: VerbCtx, arg: str) -> bool:
    """Someone brought out of rubble or wreckage ("dragged a woman alive *from the wreckage*", "dug
    *survivors* out"): a rescue (CAMEO 073 humanitarian aid), not pulling out troops or levers."""
    if c.obj is not None and c.obj.lemma_.lower() in _SURVIVORS:
        return True
    heads = [c.tok] + ([c.obj] + [m for m in c.obj.children if m.dep_ in ("amod", "oprd")]
                       if c.obj is not None else [])
    heads += [k for k in c.kids if k.dep_ in ("oprd", "acomp", "advmod", "prt")]  # "pulled him *free*"
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("from", "of", "out")]
    preps += [g for p in preps for g in p.children
              if g.dep_ == "prep" and g.lower_ in ("of", "from", "under")]  # "out from under the rubble"
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _RUBBLE for p in preps for g in p.children)


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
    return any(k.dep_ == "xcomp" for k in c.kids) or (c.obj is not None and in_set(c.obj, arg))


@verb_need("phonecall")
def _v_phonecall(c: VerbCtx, arg: str) -> bool:
    """"called Xi" with a phone in the sentence, or a named person called with nothing said of
    them ("the mayor *called* Ms Ruiz after the vote": a telephone call, CAMEO 041; the parser may
    read the name as what someone was called, but no one is called a person's name), not "called
    him a genius" nor "a test called Alpha"."""
    said_of = any(k.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp") for k in c.kids)
    phone = any(t.lower_ in ("phone", "telephone", "phoned") for t in c.tok.sent)
    if c.obj is not None and c.res.is_agent(c.obj) and not said_of and phone:
        return True
    named = [k for k in c.kids if k.dep_ in ("dobj", "oprd")]
    return len(named) == 1 and named[0].ent_type_ == "PERSON" and c.tok.dep_ != "acl" and not any(
        k.dep_ in ("dative", "npadvmod", "xcomp", "ccomp", "attr", "acomp") for k in c.kids) and not any(
        t.is_quote for t in c.tok.sent if t.i > named[0].i) and c.res.is_agent(named[0])


@verb_need("xcomp_or_obj")
def _v_xcomp_or_obj(c: VerbCtx, arg: str) -> bool:
    return c.obj is not None or any(k.dep_ in ("xcomp", "ccomp") for k in c.kids)


@verb_need("obj", takes_set=True)
def _v_obj(c: VerbCtx, arg: str) -> bool:
    """A direct (or passive) object from the set ("provided *aid*", "lifted *sanctions*")."""
    obj = c.obj
    if obj is None:
        return False
    return in_set(obj, arg) or (arg == "AID_GOODS" and (is_money(obj) or _goods_of(obj)))


@verb_need("aid_facility")
def _v_aid_facility(c: VerbCtx, arg: str) -> bool:
    """The thing set up is aid or serves it: a fund or aid goods ("set up a *relief fund*"), named
    so by a modifier ("*food* banks were set up"), or set up for aid goods or people in need ("a
    depot set up *for shipments of medicine*", "a camp *for families*")."""
    obj = c.obj
    if obj is None:
        return False
    if in_set(obj, "AID_GOODS") or _goods_of(obj):
        return True
    fors = [g for h in (c.tok, obj) for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
            for g in p.children if g.dep_ == "pobj"]
    fors += [g for f in fors for p in f.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]
    return any(in_set(f, "AID_GOODS") or f.lemma_.lower() in IN_NEED for f in fors)


def _goods_of(obj: Token) -> bool:
    """Packs, kits or parcels of aid goods: a thing named by a modifier from the set ("*food*
    parcels", "*water* purification tablets", "*medical* supplies" are given as aid)."""
    mods = [m for m in obj.lefts if m.dep_ in ("compound", "amod")]
    mods += [g for m in mods for g in m.lefts if g.dep_ in ("compound", "amod")]
    return any(in_set(m, "AID_GOODS") for m in mods)


@verb_need("pobj", takes_set=True)
def _v_pobj(c: VerbCtx, arg: str) -> bool:
    """The particle's object from the set ("reneged *on* the deal", "pulled out *of* the treaty")."""
    objs = [g for p in ([c.particle] if c.particle is not None else []) + [
        k for k in c.kids if k.dep_ == "prep"] for g in p.children if g.dep_ == "pobj"]
    return any(in_set(o, arg) for o in objs) or (c.obj is not None and in_set(c.obj, arg))


@verb_need("subj", takes_set=True)
def _v_subj(c: VerbCtx, arg: str) -> bool:
    """A subject from the set, or a crowd of them ("demonstrators *gathered*")."""
    return any(k.dep_ == "nsubj" and in_set(k, arg) for k in c.kids)


@verb_need("not_obj", takes_set=True)
def _v_not_obj(c: VerbCtx, arg: str) -> bool:
    """No object (nor "against" object) from the set ("fight corruption" is no battle)."""
    against = [g for k in c.kids if k.dep_ == "prep" and k.lower_ == "against"
               for g in k.children if g.dep_ == "pobj"]
    return not any(in_set(o, arg) for o in ([c.obj] if c.obj is not None else []) + against)


@verb_need("infinitive")
def _v_infinitive(c: VerbCtx, arg: str) -> bool:
    """An infinitive complement ("swore *to fight*"; not "was sworn in")."""
    return any(k.dep_ == "xcomp" for k in c.kids)


@verb_need("weapon_subject")
def _v_weapon_subject(c: VerbCtx, arg: str) -> bool:
    """A weapon as subject ("three rockets *hit* the city")."""
    subj = next((k for k in c.kids if k.dep_ == "nsubj"), None)
    return subj is not None and in_set(subj, "WEAPONS")


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
    return human_subject(c.tok, c.res)


@verb_need("intransitive")
def _v_intransitive(c: VerbCtx, arg: str) -> bool:
    return c.obj is None and not any(k.dep_ in ("ccomp", "xcomp") for k in c.kids) \
        and human_subject(c.tok, c.res)


def _controlled(tok: Token, res: Resolver) -> bool:
    """An infinitive or gerund without its own subject ("invitation to meet", "flew ... to meet")."""
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in res.tree.kids(tok)) and tok.tag_ in ("VB", "VBG")
