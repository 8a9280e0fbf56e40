"""An event noun's own participants: its prepositions, possessor ("*Iran's* decision"),
"of"/"by"/"from" phrases (who does it or who undergoes it, by type and noun), nationality or
sector modifiers ("*US* sanctions"), whom a demand's clause names ("its demand *that Israel*
ease ...") and whom a support or a stance is about ("support *for* X", "confidence *in* X").

Apart from the verb side because the noun's own phrase, not a clause, holds them.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.models import Participant
from newsdesk.nlp.events._participant_phrases import (
    Agents,
    Arguments,
    is_place_entity,
    modified_group,
    modifier_agents,
    participle_agent,
    phrase_owner,
    prep_arguments,
)
from newsdesk.nlp.events._participants import Resolver
from newsdesk.nlp.events._trigger import Trigger
from newsdesk.nlp.events._word_classes import PRAISING_ADJECTIVES, SECTORS

#: Event nouns whose "of" phrase undergoes the event, and those whose "of" phrase does it.
_OF_UNDERGOES = frozenset({"INVESTIGATE", "DISAPPROVE", "SANCTION", "COERCE", "REJECT"})
#: Acts done *to* someone or somewhere whose "of" phrase undergoes them even where the type's
#: "of" otherwise does it ("the invasion *of Ukraine*", "the shelling *of Misrata*"); a possessor
#: still does them ("Russia's annexation of Crimea").
_OF_TARGET_NOUNS = frozenset("""
    invasion occupation annexation bombing shelling bombardment siege blockade capture liberation
    massacre shooting stabbing slaying beheading persecution repression harassment evacuation
    rescue indictment prosecution inspection interrogation encirclement
    supporter backer champion defender admirer critic detractor
    """.split())
#: A demand's "of" phrase is who asks ("at the request *of police*", "the demands *of the strikers*").
_OF_DOES = frozenset({"CONSULT", "TRAVEL", "PROTEST", "RETREAT", "FIGHT", "MOBILIZE", "AGREE", "SUPPORT",
                      "AID", "DEMAND"})


def noun_arguments(trig: Trigger, noun: Token, res: Resolver, args: Arguments, agents: Agents) -> None:
    """Fill ``args`` from an event noun's own phrase (see the module docstring)."""
    prep_arguments(trig, noun, res, args, agents)
    if trig.type == "SUPPORT" and noun.pos_ == "NOUN":
        _supported(noun, res, args, agents)
    if trig.type == "DEMAND" and noun.pos_ == "NOUN":
        args.recipients.extend(demanded_of(noun, res, agents))
        for p in res.tree.kids(noun):  # "a call for *the minister's* dismissal"
            if p.dep_ == "prep" and p.lower_ == "for":
                owners = (_thing_owner(g, res) for g in p.children
                          if g.dep_ == "pobj" and not res.is_agent(g))
                args.recipients.extend(a for o in owners if o is not None for a in agents(o))
        head = res.tree.head(noun)
        if res.tree.dep(noun) == "dobj" and head.i != noun.i and not args.recipients:
            # "reiterated its demand today that Israel ease ...": the parser hangs the clause on the verb
            args.recipients.extend(demanded_of(head, res, agents, ("ccomp",)))
    if noun.pos_ == "ADJ":  # "critical of X", "disappointed in X": whom the judgement is about
        for p in res.tree.kids(noun):
            if p.dep_ == "prep" and (p.lower_ in ("in", "with", "by", "over")
                                     or p.lower_ in PRAISING_ADJECTIVES.get(noun.lower_, ())):  # "proud of X"
                for g in p.children:
                    if g.dep_ == "pobj" and res.is_agent(g):
                        args.recipients.extend(agents(g))
    kids = res.tree.kids(noun)
    has_of = any(p.dep_ == "prep" and p.lower_ == "of" for p in kids)
    backed = trig.type == "SUPPORT" and (any(c.dep_ == "poss" for c in kids) or _in_support(noun, res))
    for c in kids:
        if c.dep_ == "poss":
            who = agents(c)
            if trig.undergo and _own(who, args.recipients):
                continue  # "Kovac received *her* first briefing": the one who undergoes it, not its doer
            if trig.patient_noun and not has_of:
                args.recipients.extend(who)
            elif not args.actors:
                args.actors.extend(who)
        elif c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                undergoes = c.lower_ == "of" and (trig.patient_noun or trig.type in _OF_UNDERGOES or backed
                                                  or noun.lemma_.lower() in _OF_TARGET_NOUNS
                                                  or trig.rule == "event.at-request")  # yielded to X
                if not res.is_agent(g):
                    owner = _thing_owner(g, res) if undergoes else None
                    if owner is not None:  # "critical of *the mayor's* handling", "an inquiry into ..."
                        args.recipients.extend(agents(owner))
                    continue
                if undergoes:
                    # "the arrest of X", "criticism of X", "Trump's praise of X", "in support of X"
                    args.recipients.extend(agents(g))
                elif (c.lower_ in ("by", "from") or trig.type in _OF_DOES) and not args.actors:
                    args.actors.extend(agents(g))  # "the retreat of X's forces", "a visit by X"
        elif c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and not args.actors:
            if c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or c.lower_ in SECTORS:
                args.actors.extend(modifier_agents(c, noun, res))
    if noun.pos_ == "NOUN" and trig.type in ("DISAPPROVE", "SUPPORT") and args.actors:
        _stance_object(noun, res, args, agents)  # someone's stance, about whom


def _own(who: list[Participant], undergoers: list[Participant]) -> bool:
    """The possessor is the one the event's carrier says undergoes it ("faced *its* ...")."""
    ids = {p.entity_id for p in undergoers if p.entity_id is not None}
    names = {p.name for p in undergoers}
    return bool(who) and all((p.entity_id in ids) if p.entity_id is not None else p.name in names
                             for p in who)


_RELATIVES = frozenset({"that", "which", "who"})


def _thing_owner(thing: Token, res: Resolver) -> Token | None:
    """Whose a judged or examined thing is: "critical of *the mayor's* handling of the budget",
    "an investigation of *the firm's* accounts" (its possessor, not a place)."""
    owner = next((g for g in thing.children if g.dep_ == "poss"), None)
    if owner is None or not res.is_agent(owner) or is_place_entity(owner, res):
        return participle_agent(thing, res)  # "criticism of the steps *taken by* the council"
    return owner


def demanded_of(noun: Token, res: Resolver, agents: Agents,
                 deps: tuple[str, ...] = ("acl", "ccomp", "relcl")) -> list[Participant]:
    """"its demand *that Israel* ease restrictions", "a call for *Gadhafi* to step down": whoever
    a demand's clause says must act is its target."""
    found: list[Participant] = []
    for c in res.tree.kids(noun):
        if c.dep_ not in deps:
            continue
        marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
        if c.dep_ == "relcl" and not marks & {"that", "for"}:
            continue  # "the demands *which* they made": a relative clause, not the content
        for g in res.tree.kids(c):
            if g.dep_ in ("nsubj", "nsubjpass") and res.is_agent(g) and g.lower_ not in _RELATIVES:
                found.extend(agents(g))
    return found


def _supported(noun: Token, res: Resolver, args: Arguments, agents: Agents) -> None:
    """"support *for* Clinton", "praise *for* the mayor's speech": a support noun's "for" phrase
    names whom it backs (a verb's "for" is its reason: "praised X *for* Y")."""
    for p in res.tree.kids(noun):
        if p.dep_ != "prep" or p.lower_ != "for":
            continue
        for g in p.children:
            if g.dep_ != "pobj" or res.is_place(g) or is_place_entity(g, res):
                continue
            owner = g if res.is_agent(g) else phrase_owner(g, res)
            args.recipients.extend(agents(owner) if owner is not None else modified_group(g, res))


def _stance_object(noun: Token, res: Resolver, args: Arguments, agents: Agents) -> None:
    """"disappointment *in* the House vote", "confidence *in* Disney's plans": whom a stance is
    about (not "criticism in Washington", a place)."""
    for p in res.tree.kids(noun):
        if p.dep_ != "prep" or p.lower_ != "in":
            continue
        for g in p.children:
            if g.dep_ != "pobj" or res.is_place(g) or is_place_entity(g, res):
                continue
            if res.is_agent(g):
                args.recipients.extend(agents(g))
            else:
                owner = phrase_owner(g, res)
                args.recipients.extend(agents(owner) if owner is not None else modified_group(g, res))


def _in_support(noun: Token, res: Resolver) -> bool:
    """"a concert *in support of* X": the phrase names whom the support is for."""
    head = res.tree.head(noun)
    return res.tree.dep(noun) == "pobj" and head.lower_ == "in" and head.i != noun.i
