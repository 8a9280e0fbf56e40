"""Whom a protest is against when the protest names no one itself: its stated purpose does
("began a fast *to demand the mayor's removal*", "marched *in protest
against violations by the police*", "rallied *in defiance of the authorities*"). PLOVER codes
the protest's target as the one the protesters oppose or make demands of.

Apart from ``_arguments`` so that the assembly stays short: one reader, one purpose.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.models import Participant
from newsdesk.nlp.events._participant_phrases import Agents, is_place_entity, modified_group, phrase_owner
from newsdesk.nlp.events._participants import Resolver

#: Verbs of a protest's purpose clause whose object (or "for"/"against" phrase) is opposed.
_PURPOSE_VERBS = frozenset({"protest", "demand", "denounce", "oppose", "condemn", "call", "seek", "urge",
                            "press", "decry", "challenge", "reject"})
#: Nouns of "in protest of X", "in defiance of X", "in opposition to X".
_PURPOSE_NOUNS = frozenset({"protest", "defiance", "opposition", "response"})
_PURPOSE_PREPS = frozenset({"of", "against", "at", "to", "over"})


def protested(heads: list[Token], res: Resolver, agents: Agents) -> list[Participant]:
    """The target a protest's purpose clause or "in protest of" phrase names (see the module)."""
    for head in heads:
        for c in res.tree.kids(head):
            if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and c.lemma_.lower() in _PURPOSE_VERBS:
                found = _opposed(_objects(c, res, ("dobj",), ("for", "against")), res, agents)
            elif c.dep_ == "prep" and c.lower_ == "in":
                nouns = [g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _PURPOSE_NOUNS]
                objects = [o for n in nouns for o in _objects(n, res, (), _PURPOSE_PREPS)]
                found = _opposed(objects, res, agents)
            else:
                continue
            if found:
                return found
    return []


def _objects(head: Token, res: Resolver, deps: tuple[str, ...], preps: frozenset[str] | tuple[str, ...]
             ) -> list[Token]:
    out = [c for c in res.tree.kids(head) if c.dep_ in deps]
    for p in res.tree.kids(head):
        if p.dep_ == "prep" and p.lower_ in preps:
            out.extend(g for g in p.children if g.dep_ == "pobj")
    return out


def _opposed(objects: list[Token], res: Resolver, agents: Agents) -> list[Participant]:
    """Who an opposed thing names: itself when a party, else its owner ("the government's
    decision", "violations by the police") or whose it is ("Israeli policies")."""
    for obj in objects:
        if res.is_place(obj) or is_place_entity(obj, res):
            continue
        if res.is_agent(obj):
            return agents(obj)
        owner = phrase_owner(obj, res)
        found = agents(owner) if owner is not None else modified_group(obj, res)
        if found:
            return found
    return []
