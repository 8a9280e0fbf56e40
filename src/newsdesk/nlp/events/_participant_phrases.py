"""The ``Arguments`` record and the phrase readers verbs and event nouns share: prepositional
partners ("talks *with* X", "sanctions *on* Y", "went *to* Z"), possessors and "of"/"by"/"from"
owners, named modifiers ("*US* sanctions", "*police* crackdown") and places hung on an object.

Apart so that the verb side (``_verb_arguments``) and the noun side (``_noun_arguments``) read
one copy without importing the assembly in ``_arguments``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Token

from newsdesk.models import Participant
from newsdesk.nlp.events._countries import country_code, nationality_code
from newsdesk.nlp.events._participants import Resolver
from newsdesk.nlp.events._trigger import Trigger
from newsdesk.nlp.events._word_classes import SECTORS

#: Prepositions whose object is a recipient, by event type.
_RECIPIENT_PREPS: dict[str, frozenset[str]] = {
    "with": frozenset({"CONSULT", "COOPERATE", "AGREE", "FIGHT", "SUPPORT"}),
    "against": frozenset({"FIGHT", "ASSAULT", "PROTEST", "SANCTION", "DISAPPROVE", "THREATEN",
                          "COERCE", "MOBILIZE", "DEMAND", "REJECT", "COOPERATE", "INVESTIGATE"}),
    "on": frozenset({"SANCTION", "ASSAULT", "FIGHT", "COERCE", "DEMAND"}),
    "to": frozenset({"AID", "SUPPORT", "CONCEDE", "DEMAND", "CONSULT", "AGREE", "RETREAT", "COOPERATE",
                     "THREATEN"}),
    "from": frozenset({"DEMAND", "COERCE", "REJECT", "CONSULT"}),
    "over": frozenset({"DISAPPROVE", "PROTEST", "THREATEN"}),
    "toward": frozenset({"THREATEN", "MOBILIZE"}),
    "towards": frozenset({"THREATEN", "MOBILIZE"}),
    "into": frozenset({"FIGHT", "MOBILIZE"}),
    "at": frozenset({"ASSAULT", "FIGHT", "PROTEST", "DISAPPROVE"}),
    "for": frozenset({"AID"}),
}
#: Types with a destination ("deployed troops *to the border*", "went *to Washington*").
_DESTINATION_TYPES = frozenset({"TRAVEL", "CONSULT", "MOBILIZE", "RETREAT"})

Agents = Callable[[Token], list[Participant]]


@dataclass
class Arguments:
    """An event's participants as read off the parse (``_find`` turns them into the ``Event``)."""
    actors: list[Participant] = field(default_factory=list)
    recipients: list[Participant] = field(default_factory=list)
    place: Participant | None = None
    destination: Participant | None = None
    weak_places: list[Participant] = field(default_factory=list)  # from an object's own phrase


def prep_arguments(trig: Trigger, head: Token, res: Resolver, args: Arguments, agents: Agents) -> None:
    """Partners, a destination or a travel place named by the prepositions on ``head``."""
    for p in res.tree.kids(head):
        if p.dep_ != "prep" and not (p.dep_ == "dative" and p.pos_ == "ADP"):  # "sent aid *to* refugees"
            continue
        word = p.lower_
        if word == "over" and any(c.dep_ == "dobj" and res.is_agent(c) for c in res.tree.kids(head)):
            continue  # "criticised Halvorsen *over* his remarks": why, once whom is named
        for g in p.children:
            if g.dep_ != "pobj":
                continue
            if word in ("between", "among"):
                (args.recipients if args.actors else args.actors).extend(agents(g))
            elif trig.type in _RECIPIENT_PREPS.get(word, frozenset()) and res.is_agent(g) \
                    and trig.type != "TRAVEL" and not is_place_entity(g, res):
                args.recipients.extend(agents(g))
                object_places(g, res, args)
            elif (word != "with" or _possessed(g, res)) and not res.is_place(g) \
                    and trig.type in _RECIPIENT_PREPS.get(word, frozenset()):
                # "riots against *Israeli* policies", "protest at violations *by the police*"
                owner = phrase_owner(g, res)
                if owner is not None:
                    args.recipients.extend(agents(owner))
                else:
                    args.recipients.extend(modified_group(g, res))
            elif word in ("to", "for", "into", "toward", "towards") and trig.type in _DESTINATION_TYPES:
                args.destination = args.destination or res.place(g)
            elif word in ("in", "at") and trig.type == "TRAVEL" and args.destination is None:
                args.destination = res.place(g)


def _possessed(tok: Token, res: Resolver) -> bool:
    """"talked with *Clinton's* operation", "cooperate with *the IG's* inquiry": a partner named by
    its possessor (a bare "with" phrase is often a means: "with heavy weapons")."""
    return any(g.dep_ == "poss" and res.is_agent(g) for g in tok.children)


def phrase_owner(tok: Token, res: Resolver) -> Token | None:
    """Who a thing belongs to or comes from: "*his* demands", "the policies *of Israel*",
    "violations *by the security forces*"."""
    for g in tok.children:
        if g.dep_ == "poss" and res.is_agent(g):
            return g
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in ("of", "by", "from"):
            for g in p.children:
                if g.dep_ == "pobj" and res.is_agent(g) and not is_place_entity(g, res):
                    return g
    return participle_agent(tok, res)


def participle_agent(tok: Token, res: Resolver) -> Token | None:
    """Who did a thing a participle describes: "the steps *taken by* the council", "the plan *put
    forward by* the mayor" (the one judged or examined is who took them)."""
    for v in tok.children:
        if v.dep_ != "acl" or v.tag_ != "VBN":
            continue
        for a in v.children:
            if a.dep_ == "agent":
                for g in a.children:
                    if g.dep_ == "pobj" and res.is_agent(g) and not is_place_entity(g, res):
                        return g
    return None


def object_places(obj: Token, res: Resolver, args: Arguments) -> None:
    """"talks with his counterpart *in Riyadh*": a place the parse hung on the object."""
    for p in res.tree.kids(obj):
        if p.dep_ == "prep" and p.lower_ in ("in", "at"):
            for g in p.children:
                if g.dep_ == "pobj" and res.entity_at(g, ("GPE", "LOC", "FAC")) is not None:
                    place = res.place(g)
                    if place is not None:
                        args.weak_places.append(place)


def modified_group(obj: Token, res: Resolver) -> list[Participant]:
    """"bombed *Kurdish positions*", "*rebel* positions": a target named by whose it is."""
    owners = [c for c in res.tree.kids(obj) if c.dep_ in ("amod", "compound")
              and (c.ent_type_ in ("NORP", "GPE") or c.lower_ in SECTORS)]
    return [res.group(obj)] if owners else []


def is_place_entity(tok: Token, res: Resolver) -> bool:
    """A city or region named as a destination ("talks *in Geneva*" is not a partner)."""
    found = res.entity_at(tok, ("GPE", "LOC", "FAC"))
    return found is not None and found[0].type != "GPE"


def modifier_agents(mod: Token, noun: Token, res: Resolver) -> list[Participant]:
    """"US sanctions", "Israeli air strikes", "police crackdown": the modifier is the actor."""
    found = res.entity_at(mod, ("PERSON", "ORG", "GPE", "NORP"))
    if found is not None:
        return [res.participant(*found)]
    words = [t for t in noun.doc[mod.left_edge.i:mod.i + 1] if t.ent_type_ == mod.ent_type_] or [mod]
    text = noun.doc[words[0].i:words[-1].i + 1].text
    code = nationality_code(text) or country_code(text) if mod.ent_type_ else None
    sector = SECTORS.get(mod.lower_)
    if code is None and sector is None:
        return []
    return [Participant(text, words[0].idx, words[-1].idx + len(words[-1].text), None, code, sector)]


#: Time nouns the parser makes the head of a name before them ("shelled *Ashdod Tuesday night*",
#: "lashed out at *Jones hours* after ...").
_TIME_HEADS = frozenset("""
    hour hours minute minutes day days evening evenings morning mornings night nights afternoon
    week weeks month months year years
    """.split())


def unglued(tok: Token) -> Token:
    """The name a time noun swallowed as its compound ("Ashdod" in "shelled Ashdod Tuesday night"):
    the object is the name, the rest says when. Else ``tok`` itself."""
    if tok.lemma_.lower() not in _TIME_HEADS and tok.ent_type_ not in ("DATE", "TIME"):
        return tok
    name = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and c.ent_type_ not in ("DATE", "TIME")), None)
    return name if name is not None else tok
