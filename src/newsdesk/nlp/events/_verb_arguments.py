"""A verb's partners beyond its subject: direct objects (recipients, or what moves, or the
means), the object of its own preposition ("called *on* Libya"), who gave what was received,
the partner an intention's infinitive names ("agreed to open its borders *to X*"), a threat's
condition ("*unless Israel* rescinded") and whom a demand's or judgement's clause names.

Apart so that ``_arguments`` reads as the assembly: which reader runs for which trigger.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.models import Participant
from newsdesk.nlp.events._clause_triggers import necessity_clause
from newsdesk.nlp.events._lexicon import SETS
from newsdesk.nlp.events._noun_arguments import demanded_of
from newsdesk.nlp.events._participant_phrases import (
    Agents,
    Arguments,
    is_place_entity,
    modified_group,
    modifier_agents,
    object_places,
    phrase_owner,
    prep_arguments,
    unglued,
)
from newsdesk.nlp.events._participants import Resolver, name_shaped
from newsdesk.nlp.events._shapes import in_set
from newsdesk.nlp.events._trigger import Trigger
from newsdesk.nlp.events._word_classes import SECTORS
from newsdesk.words import OUTLET_KEYS

#: Intentions aimed at someone: the threatened party may be named only deeper in the clause.
_HOSTILE_INTENT = frozenset({"THREATEN"})
#: Event types whose object is acted upon (a place object is where it happened).
_TRANSITIVE_PLACES = frozenset({"ASSAULT", "FIGHT", "COERCE"})
#: Types whose object's possessor is the recipient ("accepted *his* invitation", "demanded
#: the resignation *of the prime minister*", "froze the assets *of the company*").
_POSSESSOR_RECIPIENT = frozenset({"AGREE", "REJECT", "SUPPORT", "DISAPPROVE", "CONCEDE", "DEMAND",
                                  "SANCTION"})
#: Types whose object is what moves, not who receives it ("deployed *troops*").
_MOVING_OBJECT = frozenset({"MOBILIZE", "RETREAT", "TRAVEL"})


def particle_object(trig: Trigger, res: Resolver, args: Arguments, agents: Agents) -> None:
    """The object of a verb's own preposition is its target: "went *after* Walker", "called
    *on* Libya", "lashed out *at* the press" (the preposition is part of the trigger's key)."""
    prep = trig.particle
    if prep is not None and prep.dep_ == "dobj" and trig.type != "TRAVEL":
        prep_arguments(trig, prep, res, args, agents)  # "took aim *at Trump*", "joined forces *with X*"
        return
    if prep is None or prep.dep_ != "prep" or trig.type == "TRAVEL" or prep.lower_ == "as":
        return  # "held them *as hostages*": a role, not a party
    for g in (unglued(g) if g.dep_ == "pobj" else g for g in prep.children):
        if g.dep_ in ("pobj", "compound") and (res.is_agent(g) or _unlabelled_name(g, trig)) \
                and not is_place_entity(g, res):
            args.recipients.extend(agents(g))
        elif g.dep_ == "pobj" and not res.is_place(g):
            before = len(args.recipients)
            prep_arguments(trig, g, res, args, agents)  # "called for sanctions *against Iran*"
            owner = _owner(g, res) if trig.type in _POSSESSOR_RECIPIENT else None
            if owner is not None and len(args.recipients) == before:
                # "called for *the minister's* resignation", "pounced on *the governor's* remarks"
                args.recipients.extend(agents(owner))


#: Entity labels of a name the tagger missed or took for a building.
_UNLABELLED = frozenset({"", "FAC"})


def _unlabelled_name(tok: Token, trig: Trigger) -> bool:
    """A proper name the entity tagger left unlabelled or took for a building, as the object of
    an act aimed at someone's stance ("endorsed *Halvorsen*", "went after *Lund*"): someone. A
    singular name with an article is a title or a thing ("rejected *The Plan*"), not a person."""
    return trig.type in _POSSESSOR_RECIPIENT and name_shaped(tok, _UNLABELLED)


def givers(verb: Token, res: Resolver, agents: Agents) -> list[Participant]:
    """Who gave what the subject received: "received arms *from France*" (the phrase on the
    verb or on its object)."""
    heads = [verb] + [c for c in res.tree.kids(verb) if c.dep_ == "dobj"]
    return [p for h in heads for c in res.tree.kids(h) if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj" and res.is_agent(g) for p in agents(g)]


def object_arguments(trig: Trigger, verb: Token, res: Resolver, args: Arguments, agents: Agents) -> None:
    """Fill ``args`` from a verb's objects and the clauses a demand or judgement names."""
    for c in res.tree.kids(verb):
        if c.dep_ not in ("dobj", "dative") and not (c.dep_ == "oprd" and trig.mode == "phone") or (
                trig.particle is not None and c.i == trig.particle.i):
            continue  # "called Ms Ruiz", parsed as what someone was called: whom a phone call reaches
        c = unglued(c)  # "shelled Ashdod Tuesday night": the town, not the night
        lemma = c.lemma_.lower()
        moving = (trig.type in _MOVING_OBJECT and in_set(c, "FORCES")) or (
            trig.type == "AID" and in_set(c, "AID_GOODS")) or (
            trig.type in ("FIGHT", "ASSAULT") and lemma in SETS["WEAPONS"]) or (  # "launched jets": the means
            trig.type == "INVESTIGATE" and lemma in SETS["INVESTIGATORS"])  # "sent inspectors": who look
        object_places(c, res, args)
        if (res.is_agent(c) or _unlabelled_name(c, trig)) and trig.type != "TRAVEL" and not moving:
            if trig.rule.startswith("event.reported") and _audience(c, res):
                continue  # "told CNN that ...", "told reporters": who hears it, not whom it is about
            args.recipients.extend(agents(c))
            if trig.mode == "visit":  # "visited Russia": the host is also the place
                args.place = args.place or res.place(c)
        else:
            if trig.type in _TRANSITIVE_PLACES or trig.mode == "visit":
                place = res.place(c)
                if place is not None:
                    args.weak_places.append(place)
            owner = _owner(c, res) if trig.type in _POSSESSOR_RECIPIENT | _TRANSITIVE_PLACES else None
            if trig.type in _POSSESSOR_RECIPIENT | _TRANSITIVE_PLACES:
                if owner is not None:
                    args.recipients.extend(agents(owner))
                elif trig.type in _TRANSITIVE_PLACES:
                    group = modified_group(c, res)
                    unnamed = lemma in SETS["TERRITORY"] and not any(
                        t.ent_type_ in ("GPE", "LOC", "FAC") for t in c.subtree)
                    if not group and trig.type in ("FIGHT", "ASSAULT") and unnamed:
                        # "shelled *the capital city*": the place attacked, when no name says which
                        group = [res.group(c)]
                    args.recipients.extend(group)
                else:  # "condemned the remarks *by Trump*", "rejected the *Obama* plan"
                    args.recipients.extend(_named_owner(c, res, agents))
            if not moving and owner is None:  # "threatened action *against Russia*"; not "praised
                prep_arguments(trig, c, res, args, agents)  # X's record *with* Y": X's, and only X
    if trig.rule == "event.reported-necessity":
        # "said it was essential for drugmakers to work with ...": those who must act are the target
        found = necessity_clause(verb, res.tree)
        clause = found[1] if found is not None else None
        kids = list(clause.children) if clause is not None else []
        subj = next((g for g in kids if g.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and res.is_agent(subj):
            args.recipients.extend(agents(subj))
    if trig.type == "DEMAND":  # "insisted on its demands that Burundi's government grant ..."
        held = [c for c in res.tree.kids(verb) if c.dep_ == "dobj"] + [
            g for p in res.tree.kids(verb) if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        for h in held:
            if h.pos_ == "NOUN":
                args.recipients.extend(demanded_of(h, res, agents))
    if trig.type in ("DEMAND", "DISAPPROVE") or trig.rule == "event.verb.hold":
        # "demanded that President Mugabe abandon ...", "called for Gadhafi to step down",
        # "said NATO's actions were reckless", "will hold Gadhafi responsible"
        for c in res.tree.kids(verb):
            for_to = c.dep_ in ("advcl", "xcomp") and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            if c.dep_ == "ccomp" or for_to or (trig.type == "DISAPPROVE" and c.dep_ in ("oprd", "xcomp")):
                # "called Trump a liar": the parser may hang the one judged on the judgement (nmod)
                subj_deps = ("nsubj", "nsubjpass", "nmod") if c.dep_ == "oprd" else ("nsubj", "nsubjpass")
                subj = next((g for g in c.children if g.dep_ in subj_deps), None)
                if subj is None and c.dep_ in ("oprd", "xcomp") and c.pos_ == "PROPN":
                    subj = c  # "calling Trump a fascist" parsed with the name as the complement
                if subj is None and c.dep_ == "oprd" and trig.type == "DISAPPROVE":
                    # "what critics call *the mayor's* failure": whose the judged failing is
                    subj = next((g for g in c.children if g.dep_ == "poss"), None)
                if subj is not None and res.is_agent(subj):
                    args.recipients.extend(agents(subj))
                elif subj is not None and trig.type == "DISAPPROVE":
                    owner = phrase_owner(subj, res)
                    if owner is not None:
                        args.recipients.extend(agents(owner))


_PRESS = frozenset("reporter reporters journalist journalists press media audience crowd".split())


def _audience(tok: Token, res: Resolver) -> bool:
    """A news outlet or the press as listener ("told *CNN*", "told *reporters*")."""
    found = res.entity_at(tok, ("ORG",))
    name = res.text[found[1]:found[2]] if found is not None else tok.text
    return name.lower() in OUTLET_KEYS or tok.lemma_.lower() in _PRESS or tok.lower_ in _PRESS


def _owner(obj: Token, res: Resolver) -> Token | None:
    """Whose the object is: "accepted *his* invitation", "the resignation *of the minister*"."""
    owner = next((g for g in obj.children if g.dep_ == "poss"), None)
    if owner is None:
        of = next((g for g in obj.children if g.dep_ == "prep" and g.lower_ == "of"), None)
        owner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return owner if owner is not None and res.is_agent(owner) else None


def _named_owner(obj: Token, res: Resolver, agents: Agents) -> list[Participant]:
    """Whose a judged or accepted thing is when neither a possessor nor "of" says it: a "by" or
    "from" phrase naming someone, or a named modifier ("the *Obama* plan", "*Republican* efforts")."""
    owner = phrase_owner(obj, res)
    if owner is not None:
        return agents(owner)
    for c in res.tree.kids(obj):
        if c.dep_ in ("compound", "amod") and c.i < obj.i and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return modifier_agents(c, obj, res)
    return []


def infinitive_partners(trig: Trigger, verb: Token, res: Resolver, args: Arguments, agents: Agents) -> None:
    """"agreed to re-open its borders *to UN peacekeepers*", "offered to negotiate *with X*":
    an intention's partner is the one its infinitive names (its object or a with/to/against
    phrase that names someone); infinitives joined by "and" share the intention ("promised to
    build a wall and *deport* X")."""
    xcomps = [x for x in res.tree.kids(verb) if x.dep_ == "xcomp"]
    joined = [c for inf in xcomps for c in res.tree.kids(inf) if c.dep_ == "conj" and c.pos_ == "VERB"]
    for x in xcomps + joined:
        for c in res.tree.kids(x):
            if c.dep_ in ("dobj", "dative") and res.is_agent(c):
                args.recipients.extend(agents(c))
            elif c.dep_ == "prep" and c.lower_ in ("with", "to", "against", "on", "from"):
                for g in c.children:
                    if g.dep_ == "pobj" and res.is_agent(g) and not is_place_entity(g, res):
                        args.recipients.extend(agents(g))
            elif c.dep_ == "dobj":
                owner = phrase_owner(c, res)
                if owner is not None:
                    args.recipients.extend(agents(owner))
                elif trig.type in _HOSTILE_INTENT:
                    # "threatened to break off relations *with Congo*", "to shell *Iraqi* towns"
                    for p in res.tree.kids(c):
                        if p.dep_ == "prep" and p.lower_ in ("with", "to", "against", "on"):
                            for g in p.children:
                                if g.dep_ == "pobj" and res.is_agent(g) and not is_place_entity(g, res):
                                    args.recipients.extend(agents(g))
                    # "Iraqi towns", "rebel positions"; not "a general strike"
                    if not args.recipients and any(
                            m.ent_type_ in ("NORP", "GPE") or (m.dep_ == "compound" and m.lower_ in SECTORS)
                            for m in res.tree.kids(c) if m.i < c.i):
                        args.recipients.append(res.group(c))
    if trig.type in _HOSTILE_INTENT and not args.recipients:
        args.recipients.extend(_condition_subjects(verb, res, agents))


def _condition_subjects(verb: Token, res: Resolver, agents: Agents) -> list[Participant]:
    """"threatened to strike *if the United States* goes ahead", "*unless Israel* rescinded": a
    threat is aimed at whoever must meet its condition."""
    found: list[Participant] = []
    for x in [verb, *(c for c in res.tree.kids(verb) if c.dep_ == "xcomp")]:
        for a in res.tree.kids(x):
            if a.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                            for m in a.children):
                continue
            for s in res.tree.kids(a):
                if s.dep_ in ("nsubj", "nsubjpass") and res.is_agent(s):
                    found.extend(agents(s))
    return found
