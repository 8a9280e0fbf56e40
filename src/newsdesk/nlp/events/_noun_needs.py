"""Noun condition kinds (``@noun_need``): what the parse must show before a row of
``_lexicon.NOUNS`` counts ("talks *with* X", "*phone* call", "a demand *by* X", not "oil demand").

Registered at import into ``_needs``; ``_triggers`` imports this module before it checks the
tables. Apart from the finder so that each kind reads as one small predicate.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.nlp.events._carriers import carrier_of
from newsdesk.nlp.events._lexicon import SETS
from newsdesk.nlp.events._needs import NounCtx, noun_need
from newsdesk.nlp.events._shapes import (
    DEST_PREPS,
    has_partner,
    in_set,
    is_agreement,
    is_money,
    plural_subject,
)
from newsdesk.nlp.events._word_classes import IN_NEED, LIGHT_VERBS, REPORTING_VERBS, SECTORS


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
    return is_agreement(c.tok, c.kids, c.res)


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
    """"an appeal *for the storm victims*", "an appeal *for $5m*": raising help or money for
    people in need (PLOVER AID), not an appeal for calm or for help from someone (DEMAND)."""
    return any(k.dep_ == "prep" and k.lower_ == "for" and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in IN_NEED or is_money(g)) for g in k.children)
        for k in c.kids)


#: Verbs that start or run a collection ("*launched* an appeal", "the appeal is *run* by ...").
_APPEAL_RUNNERS = frozenset({"launch", "run", "open", "organise", "organize", "start", "set"})


@noun_need("fundraising")
def _n_fundraising(c: NounCtx, arg: str) -> bool:
    """A collection of help (PLOVER AID): "an appeal *for the flood victims*", "an appeal
    *for $50 million*", "the charity *launched* an appeal"; not an appeal for calm, nor one
    lodged against a verdict."""
    if _n_for_needy(c, arg):
        return True
    if any(k.dep_ == "prep" and k.lower_ == "for" and any(
            g.dep_ == "pobj" and (is_money(g) or in_set(g, "FUNDS")) for g in k.children) for k in c.kids):
        return True
    carrier, _, _ = carrier_of(c.tok, c.res.tree)
    return carrier.i != c.tok.i and carrier.lemma_.lower() in _APPEAL_RUNNERS and not c.preps & {
        "against", "to", "for"}


@noun_need("not_quantity")
def _n_not_quantity(c: NounCtx, arg: str) -> bool:
    """Not a quantity ("a great deal")."""
    return not any(m.lower_ in ("great", "good", "big") for m in c.mods)


@noun_need("dest")
def _n_dest(c: NounCtx, arg: str) -> bool:
    return bool(c.preps & DEST_PREPS)


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
    carrier, _, _ = carrier_of(c.tok, c.res.tree)
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
    carrier, _, _ = carrier_of(c.tok, c.res.tree)
    if carrier.i != c.tok.i and carrier.lemma_.lower() in _DEMAND_CARRIERS:
        return True  # "made a final demand to the network", "issued a demand"
    return "for" in c.preps or any(k.dep_ in ("acl", "ccomp", "relcl") for k in c.kids)


#: Verbs with which someone voices a demand ("*made* a demand", "*issued* demands").
_DEMAND_CARRIERS = frozenset("make issue press repeat renew reiterate submit deliver send present".split())


@noun_need("to_act")
def _n_to_act(c: NounCtx, arg: str) -> bool:
    """A call or appeal for someone to act: an infinitive on the noun ("his *calls to end* the
    war", "an appeal to stop the fighting"), not a phone call ("a call to his mother"). The
    parser often hangs the infinitive on the clause's verb, so "to" right after the noun counts."""
    doc = c.tok.doc
    nxt = doc[c.tok.i + 1] if c.tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "to" and nxt.dep_ == "aux" and nxt.head.pos_ == "VERB" \
            and nxt.head.i > nxt.i:
        return True
    return any(k.dep_ in ("acl", "relcl") and k.pos_ == "VERB" and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in k.children) for k in c.kids)


#: Modifiers of "appeal" as a candidate's pull ("broad appeal", "his crossover appeal").
_POPULARITY = frozenset("""broad wide widespread popular mass electoral crossover general universal
    enduring growing limited narrow personal voter""".split())


@noun_need("plea")
def _n_plea(c: NounCtx, arg: str) -> bool:
    """An appeal someone makes, not someone's pull on voters ("his appeal *among* young voters",
    "her *broad* appeal")."""
    return "among" not in c.preps and not any(m.lower_ in _POPULARITY for m in c.mods)


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
    return any(k.dep_ in ("compound", "amod", "nmod", "nummod") and is_money(k) for k in c.kids) or any(
        k.dep_ == "prep" and k.lower_ in ("of", "for") and any(
            g.dep_ == "pobj" and is_money(g) for g in k.children) for k in kids)


@noun_need("obj", takes_set=True)
def _n_obj(c: NounCtx, arg: str) -> bool:
    """What the act is on, from the set: "a ban *on* protests", "the *party* ban"."""
    if any(in_set(m, arg) for m in c.mods):
        return True
    return any(k.dep_ == "prep" and k.lower_ in ("on", "of", "against") and any(
        g.dep_ == "pobj" and in_set(g, arg) for g in k.children) for k in c.kids)


@noun_need("meal")
def _n_meal(c: NounCtx, arg: str) -> bool:
    """A meal held with someone ("hosted a dinner for X", "had lunch with X")."""
    carrier, _, _ = carrier_of(c.tok, c.res.tree)
    if carrier.i == c.tok.i:
        return False
    ckids = c.res.tree.kids(carrier)
    return "with" in c.preps or has_partner(ckids) or plural_subject(ckids)


@noun_need("of_agent")
def _n_of_agent(c: NounCtx, arg: str) -> bool:
    """Who is let go, when said: "the *release of* the hostages", "his release"; not the
    release of things ("the release *of* the e-mails", "of documents"), which frees no one."""
    released = [g for k in c.kids if k.dep_ == "prep" and k.lower_ == "of" for g in k.children
                if g.dep_ == "pobj"]
    return all(c.res.is_agent(g) for g in released)
