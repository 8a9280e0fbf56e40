"""Who did it, to or with whom, and where: an event's arguments read off the parse.

Subject → actor (the "by" agent of a passive; the controller of an infinitive: "flew to
Washington *to meet*" takes the subject of "flew", "urged Iran *to release*" the object of
"urged"). Direct object, "with X", "to X", "against X", "on X" → recipients when they name
people, groups, organisations or countries; "between X and Y" → actors. An event noun also
takes its possessor ("*his* meeting"), a "by"/"from" phrase, and nationality or organisation
modifiers ("*US* sanctions", "*police* crackdown"). "in/at/near PLACE" → place; a movement's
destination is its place, and a purpose clause takes it too ("flew to Washington to meet").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Token

from newsdesk.models import Participant, Quote
from newsdesk.nlp.events._clause_triggers import necessity_clause
from newsdesk.nlp.events._countries import country_code, nationality_code
from newsdesk.nlp.events._lexicon import SETS
from newsdesk.nlp.events._participants import Resolver
from newsdesk.nlp.events._shapes import in_set, shared_passive_subject
from newsdesk.nlp.events._trigger import Trigger
from newsdesk.nlp.events._word_classes import PLACE_PREPS, SECTORS
from newsdesk.words import OUTLET_KEYS

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
#: Types whose partner may sit in their infinitive ("agreed to open its borders *to X*",
#: "threatened to stop talks *with X*", "refused to meet *X*", "battled to oust *X*").
_INTENT_TYPES = frozenset({"AGREE", "THREATEN", "REJECT", "DEMAND", "FIGHT"})
#: Intentions aimed at someone: the threatened party may be named only deeper in the clause.
_HOSTILE_INTENT = frozenset({"THREATEN"})
#: Types whose target, when no one else is named, is the place they are done in ("imposed a
#: curfew *in Abidjan*", "rioted in a jail *in Israel*"): PLOVER codes the place's polity.
_PLACE_TARGET_TYPES = frozenset({"COERCE", "SANCTION", "PROTEST", "RETREAT", "ASSAULT", "FIGHT", "CONCEDE",
                                 "THREATEN", "AID"})
#: Verbs whose object is the subject of their infinitive ("urged Iran to release").
_OBJECT_CONTROL = frozenset("""
    ask urge order call press invite persuade force allow tell encourage push pressure compel
    help enable permit require instruct
    """.split())
#: Prepositions whose gerund is done by the verb's object ("accused X *of* shelling").
_OBJECT_PREPS = frozenset({"of", "for", "with", "into", "from"})
#: Passives that raise their subject into their infinitive ("X *was expected* to meet").
_RAISING = frozenset("expect schedule slate set suppose due plan poise believe say report think".split())
#: Nouns whose infinitive is done by whoever receives them ("received an invitation *to visit*").
_MAX_HOPS = 8  # controller -> noun -> controller steps one argument may take
_OFFER_NOUNS = frozenset("invitation call request order appeal offer summons".split())
_RECEIVE_VERBS = frozenset("receive accept get have take".split())
#: Event nouns whose "of" phrase undergoes the event, and those whose "of" phrase does it.
_OF_UNDERGOES = frozenset({"INVESTIGATE", "DISAPPROVE", "SANCTION", "COERCE", "REJECT"})
#: Acts done *to* someone or somewhere whose "of" phrase undergoes them even where the type's
#: "of" otherwise does it ("the invasion *of Ukraine*", "the shelling *of Misrata*"); a possessor
#: still does them ("Russia's annexation of Crimea").
_OF_TARGET_NOUNS = frozenset("""
    invasion occupation annexation bombing shelling bombardment siege blockade capture liberation
    massacre shooting stabbing slaying beheading persecution repression harassment evacuation
    rescue indictment prosecution inspection interrogation encirclement
    """.split())
_OF_DOES = frozenset({"CONSULT", "TRAVEL", "PROTEST", "RETREAT", "FIGHT", "MOBILIZE", "AGREE", "SUPPORT",
                      "AID"})
#: Passives that state the subject's own stance ("is committed to", "is opposed to").
_STATE_PASSIVES = frozenset({"commit", "oppose", "prepare", "determine", "dedicate", "engage"})
#: Event types whose object is acted upon (a place object is where it happened).
_TRANSITIVE_PLACES = frozenset({"ASSAULT", "FIGHT", "COERCE"})
#: Types whose object's possessor is the recipient ("accepted *his* invitation", "demanded
#: the resignation *of the prime minister*").
_POSSESSOR_RECIPIENT = frozenset({"AGREE", "REJECT", "SUPPORT", "DISAPPROVE", "CONCEDE", "DEMAND"})
#: Types whose object is what moves, not who receives it ("deployed *troops*").
_MOVING_OBJECT = frozenset({"MOBILIZE", "RETREAT", "TRAVEL"})
#: Types with a destination ("deployed troops *to the border*", "went *to Washington*").
_DESTINATION_TYPES = frozenset({"TRAVEL", "CONSULT", "MOBILIZE", "RETREAT"})

Agents = Callable[[Token], list[Participant]]
#: Pronouns kept as participants when nothing before names them.
_UNRESOLVED_KEPT = frozenset({"he", "she", "they", "him", "her", "them", "i", "we", "me", "us"})


@dataclass
class Arguments:
    actors: list[Participant] = field(default_factory=list)
    recipients: list[Participant] = field(default_factory=list)
    place: Participant | None = None
    destination: Participant | None = None
    weak_places: list[Participant] = field(default_factory=list)  # from an object's own phrase


def arguments(trig: Trigger, res: Resolver, quote: Quote | None, previous: list[Participant]) -> Arguments:
    args = Arguments()

    def agents(tok: Token) -> list[Participant]:
        avoid = frozenset(p.entity_id for p in args.actors if p.entity_id is not None)
        found = res.agents(tok, quote, previous, avoid)
        if not found and tok.pos_ == "PRON" and tok.lower_ in _UNRESOLVED_KEPT:
            # nothing before names them (a first sentence): the pronoun itself, unresolved
            found = [Participant(tok.text, tok.idx, tok.idx + len(tok.text))]
        return found

    if trig.verbal:
        verb = trig.carrier
        subj, passive = _subject(verb, res)
        who = agents(subj) if subj is not None and not trig.occur else []
        if trig.rule.startswith(_JUDGED_RULES) and subj is not None and not res.is_agent(subj):
            who = []  # "the allegations are false": a claim, not a party
        if passive and verb.lemma_.lower() in _STATE_PASSIVES and _by_agent(verb, res) is None:
            # "Vietnam is committed to" (a state), not "were committed by government forces"
            passive = False
        if passive and trig.noun and subj is not None and subj.i == trig.phrase.i:
            # "crimes were committed by government forces": the noun is the subject, the agent acts
            agent = _by_agent(verb, res)
            args.actors = agents(agent) if agent is not None else []
        elif passive and not trig.noun:
            agent = _by_agent(verb, res)
            args.actors = agents(agent) if agent is not None else []
            args.recipients = who
        elif trig.undergo:
            args.recipients = who
        else:
            args.actors = who
        if not trig.noun:
            _objects(trig, verb, res, args, agents)
            _particle_object(trig, res, args, agents)
        _preps(trig, verb, res, args, agents)
        if trig.undergo and not args.actors and (not trig.noun or trig.type in ("AID", "SUPPORT")):
            # "received arms from France", "received a pledge from Kuwait", "got backing from X"
            args.actors = _givers(verb, res, agents)
        if not args.actors and subj is None and not trig.undergo:
            ctrl = _controller(verb, res)
            if ctrl is not None:
                args.actors = agents(ctrl)
            elif not trig.noun and _finite(verb, res):
                near = _preceding_name(verb, res)
                args.actors = agents(near) if near is not None else []
    if trig.noun:
        for head in {trig.token.i: trig.token, trig.phrase.i: trig.phrase}.values():
            _noun_arguments(trig, head, res, args, agents)
    if trig.noun and not trig.verbal and not args.recipients:
        args.recipients = _under(trig.phrase, res, agents)
    if not trig.verbal and trig.owner is not None and not args.actors:
        subj, _ = _subject(trig.owner, res)
        args.actors = agents(subj) if subj is not None else []
        _preps(trig, trig.owner, res, args, agents)
    if not args.recipients and trig.type in _INTENT_TYPES and trig.verbal and not trig.noun:
        _infinitive_partners(trig, trig.carrier, res, args, agents)
    if trig.type == "DEMAND" and (trig.rule == "event.must" or trig.rule.endswith("/must")) or (
            trig.rule.startswith(_JUDGED_RULES)):
        # "Libya must halt ...," Goose said: the one who must act is the target, the speaker demands;
        # "That is unacceptable," he said: what is judged is the target, the speaker criticises
        args.recipients = args.actors + args.recipients
        args.actors = _speaker(quote, res, trig)
    _place(trig, res, args)
    ids = {p.entity_id for p in args.actors if p.entity_id is not None}
    if not args.recipients and trig.type in _PLACE_TARGET_TYPES and args.place is not None:
        place = args.place
        if place.entity_id is not None and place.entity_id not in ids and (place.country or res.country.get(
                place.entity_id)) not in {p.country for p in args.actors if p.country}:
            args.recipients = [place]
    names = {p.name for p in args.actors}
    args.recipients = [p for p in _unique(args.recipients)
                       if (p.entity_id is None and p.name not in names) or
                       (p.entity_id is not None and p.entity_id not in ids)]
    args.actors = _unique(args.actors)
    return args


#: Rules whose trigger judges the clause's subject, spoken by the quote's speaker.
_JUDGED_RULES = ("event.quoted-judgement", "event.quoted-denial", "event.quoted-fault")


def _under(noun: Token, res: Resolver, agents: Agents) -> list[Participant]:
    """"Gadhafi and his sons are *under investigation*", "the town is *under siege*": the
    subject of the clause the phrase describes undergoes the event."""
    prep = res.tree.head(noun)
    if res.tree.dep(noun) != "pobj" or prep.lower_ != "under" or res.tree.dep(prep) != "prep":
        return []
    subj = next((c for c in res.tree.kids(res.tree.head(prep)) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return agents(subj) if subj is not None and res.is_agent(subj) else []


def _particle_object(trig: Trigger, res: Resolver, args: Arguments, agents: Agents) -> None:
    """The object of a verb's own preposition is its target: "went *after* Walker", "called
    *on* Libya", "lashed out *at* the press" (the preposition is part of the trigger's key)."""
    prep = trig.particle
    if prep is not None and prep.dep_ == "dobj" and trig.type != "TRAVEL":
        _preps(trig, prep, res, args, agents)  # "took aim *at Trump*", "joined forces *with X*"
        return
    if prep is None or prep.dep_ != "prep" or trig.type == "TRAVEL" or prep.lower_ == "as":
        return  # "held them *as hostages*": a role, not a party
    for g in prep.children:
        if g.dep_ == "pobj" and res.is_agent(g) and not _is_place_entity(g, res):
            args.recipients.extend(agents(g))
        elif g.dep_ == "pobj" and not res.is_place(g):
            _preps(trig, g, res, args, agents)  # "called for sanctions *against Iran*"


def _givers(verb: Token, res: Resolver, agents: Agents) -> list[Participant]:
    """Who gave what the subject received: "received arms *from France*" (the phrase on the
    verb or on its object)."""
    heads = [verb] + [c for c in res.tree.kids(verb) if c.dep_ == "dobj"]
    return [p for h in heads for c in res.tree.kids(h) if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj" and res.is_agent(g) for p in agents(g)]


def _speaker(quote: Quote | None, res: Resolver, trig: Trigger) -> list[Participant]:
    """The speaker of the quote an event sits in, as a participant."""
    if quote is None:
        return []
    span = quote.source or quote.cue or quote.content
    ent = res.entities.get(quote.speaker_id) if quote.speaker_id is not None else None
    if ent is not None:
        return [Participant(ent.canonical, span.start, span.end, ent.id, res.country.get(ent.id),
                            res.sector.get(ent.id))]
    if quote.speaker:
        return [Participant(quote.speaker, span.start, span.end)]
    return []


def _unique(people: list[Participant]) -> list[Participant]:
    seen: set[tuple[int | None, str]] = set()
    out = []
    for p in people:
        key = (p.entity_id, "" if p.entity_id is not None else p.name)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _subject(verb: Token, res: Resolver) -> tuple[Token | None, bool]:
    for c in res.tree.kids(verb):
        if c.dep_ == "nsubj":
            return c, False
        if c.dep_ == "nsubjpass":
            return c, True
    shared = shared_passive_subject(verb, res.tree)
    if shared is not None:  # "tried to approach but *were blocked* by security forces"
        return shared, True
    head = res.tree.head(verb)
    if res.tree.dep(verb) == "acl" and verb.tag_ == "VBG" and res.is_agent(head):
        return head, False  # "the rebel leaders *meeting* with Clinton" (not "a statement condemning")
    # "an area witnesses said has been shelled by X": a passive whose subject the parse lost;
    # "weapons provided by his state": a participle, its noun the patient, its by-phrase the actor
    passive = any(c.dep_ == "auxpass" for c in res.tree.kids(verb)) or (
        res.tree.dep(verb) == "acl" and verb.tag_ == "VBN")
    return None, passive and _by_agent(verb, res) is not None


def _by_agent(verb: Token, res: Resolver) -> Token | None:
    for c in res.tree.kids(verb):
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _controller(verb: Token, res: Resolver, hops: int = 0) -> Token | None:
    """Who does what an infinitive, gerund or subjectless conjunct says (``hops``: the
    climbs through ``_noun_controller`` so far, bounded)."""
    if hops > _MAX_HOPS:
        return None
    tree = res.tree
    tok = verb
    for _ in range(4):
        dep, gov = tree.dep(tok), tree.head(tok)
        if gov.i == tok.i:
            return None
        if dep == "pcomp" and tree.dep(gov) == "prep":
            prep = gov.lower_
            gov = tree.head(gov)
            obj = next((c for c in tree.kids(gov) if c.dep_ == "dobj"), None)
            if prep in _OBJECT_PREPS and obj is not None and res.is_agent(obj):
                return obj  # "accused Russia of shelling", not "told reporters before travelling"
        elif dep in ("acomp", "attr") and gov.pos_ in ("AUX", "VERB"):  # "is ready to meet"
            pass
        elif dep == "acl" and gov.pos_ == "NOUN":
            return _noun_controller(gov, res, hops + 1)
        elif dep not in ("xcomp", "advcl", "conj"):
            return None
        if dep == "xcomp" and gov.lemma_.lower() in _OBJECT_CONTROL:
            obj = next((c for c in tree.kids(gov) if c.dep_ == "dobj"), None)
            if obj is None:  # "called on Dean to apologize"
                on = next((c for c in tree.kids(gov) if c.dep_ == "prep" and c.lower_ == "on"), None)
                obj = next((g for g in on.children if g.dep_ == "pobj"), None) if on is not None else None
            if obj is not None:
                return obj
        subj, passive = _subject(gov, res)
        if subj is not None and passive and dep == "xcomp" and gov.lemma_.lower() in _RAISING \
                and _by_agent(gov, res) is None:
            return subj  # "X was expected to meet": X meets
        if subj is not None:
            return _by_agent(gov, res) if passive else subj
        tok = gov
    return None


def _noun_controller(noun: Token, res: Resolver, hops: int) -> Token | None:
    """"received an invitation to visit" → the receiver; "Iran's decision to attack" → Iran."""
    tree = res.tree
    offer = noun.lemma_.lower() in _OFFER_NOUNS
    poss = next((c for c in tree.kids(noun) if c.dep_ == "poss"), None)
    if poss is not None and not offer:
        return poss
    verb = tree.head(noun)
    if tree.dep(noun) == "pobj" and tree.dep(verb) == "prep":  # "converged for a rally to protest"
        verb = tree.head(verb)
        subj, passive = _subject(verb, res)
        return subj if subj is not None and not passive and verb.pos_ == "VERB" else None
    if tree.dep(noun) != "dobj" or verb.i == noun.i:
        return None
    if offer and verb.lemma_.lower() not in _RECEIVE_VERBS:
        return None
    subj, passive = _subject(verb, res)
    if subj is None:
        return _controller(verb, res, hops + 1)
    return None if passive else subj


def _finite(verb: Token, res: Resolver) -> bool:
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in res.tree.kids(verb))


def _preceding_name(verb: Token, res: Resolver) -> Token | None:
    """A finite verb the parse left without a subject (a broken parse, often across a
    paragraph break): the name or group just before it, with no other verb between."""
    tree = res.tree
    own = {c.i for c in tree.kids(verb) if c.dep_ in ("aux", "auxpass", "neg", "advmod")}
    for i in range(verb.i - 1, max(-1, verb.i - 12), -1):
        t = verb.doc[i]
        if i in own:
            continue
        if not tree.same_para(t, verb) or t.pos_ in ("VERB", "AUX") or t.lower_ in (".", ";", ":"):
            return None
        if t.pos_ == "PROPN" and res.entity_at(t, ("PERSON", "ORG", "GPE", "NORP")) is not None:
            return t
        if t.pos_ == "NOUN" and t.lower_ in SECTORS:
            return t
    return None


def _objects(trig: Trigger, verb: Token, res: Resolver, args: Arguments, agents: Agents) -> None:
    for c in res.tree.kids(verb):
        if c.dep_ not in ("dobj", "dative") or (trig.particle is not None and c.i == trig.particle.i):
            continue
        lemma = c.lemma_.lower()
        moving = (trig.type in _MOVING_OBJECT and in_set(c, "FORCES")) or (
            trig.type == "AID" and in_set(c, "AID_GOODS")) or (
            trig.type in ("FIGHT", "ASSAULT") and lemma in SETS["WEAPONS"]) or (  # "launched jets": the means
            trig.type == "INVESTIGATE" and lemma in SETS["INVESTIGATORS"])  # "sent inspectors": who look
        _object_places(c, res, args)
        if res.is_agent(c) and trig.type != "TRAVEL" and not moving:
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
            if trig.type in _POSSESSOR_RECIPIENT | _TRANSITIVE_PLACES:
                owner = _owner(c, res)
                if owner is not None:
                    args.recipients.extend(agents(owner))
                elif trig.type in _TRANSITIVE_PLACES:
                    args.recipients.extend(_modified_group(c, res))
                else:  # "condemned the remarks *by Trump*", "rejected the *Obama* plan"
                    args.recipients.extend(_named_owner(c, res, agents))
            if not moving:  # "threatened action *against Russia*"
                _preps(trig, c, res, args, agents)
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
                args.recipients.extend(_demanded_of(h, res, agents))
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
                if subj is not None and res.is_agent(subj):
                    args.recipients.extend(agents(subj))
                elif subj is not None and trig.type == "DISAPPROVE":
                    owner = _phrase_owner(subj, res)
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
    owner = _phrase_owner(obj, res)
    if owner is not None:
        return agents(owner)
    for c in res.tree.kids(obj):
        if c.dep_ in ("compound", "amod") and c.i < obj.i and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return _modifier_agents(c, obj, res)
    return []


def _preps(trig: Trigger, head: Token, res: Resolver, args: Arguments, agents: Agents) -> None:
    for p in res.tree.kids(head):
        if p.dep_ != "prep" and not (p.dep_ == "dative" and p.pos_ == "ADP"):  # "sent aid *to* refugees"
            continue
        word = p.lower_
        for g in p.children:
            if g.dep_ != "pobj":
                continue
            if word in ("between", "among"):
                (args.recipients if args.actors else args.actors).extend(agents(g))
            elif trig.type in _RECIPIENT_PREPS.get(word, frozenset()) and res.is_agent(g) \
                    and trig.type != "TRAVEL" and not _is_place_entity(g, res):
                args.recipients.extend(agents(g))
                _object_places(g, res, args)
            elif (word != "with" or _possessed(g, res)) and not res.is_place(g) \
                    and trig.type in _RECIPIENT_PREPS.get(word, frozenset()):
                # "riots against *Israeli* policies", "protest at violations *by the police*"
                owner = _phrase_owner(g, res)
                if owner is not None:
                    args.recipients.extend(agents(owner))
                else:
                    args.recipients.extend(_modified_group(g, res))
            elif word in ("to", "for", "into", "toward", "towards") and trig.type in _DESTINATION_TYPES:
                args.destination = args.destination or res.place(g)
            elif word in ("in", "at") and trig.type == "TRAVEL" and args.destination is None:
                args.destination = res.place(g)


def _infinitive_partners(trig: Trigger, verb: Token, res: Resolver, args: Arguments, agents: Agents) -> None:
    """"agreed to re-open its borders *to UN peacekeepers*", "offered to negotiate *with X*":
    an intention's partner is the one its infinitive names (its object or a with/to/against
    phrase that names someone)."""
    for x in res.tree.kids(verb):
        if x.dep_ != "xcomp":
            continue
        for c in res.tree.kids(x):
            if c.dep_ in ("dobj", "dative") and res.is_agent(c):
                args.recipients.extend(agents(c))
            elif c.dep_ == "prep" and c.lower_ in ("with", "to", "against", "on", "from"):
                for g in c.children:
                    if g.dep_ == "pobj" and res.is_agent(g) and not _is_place_entity(g, res):
                        args.recipients.extend(agents(g))
            elif c.dep_ == "dobj":
                owner = _phrase_owner(c, res)
                if owner is not None:
                    args.recipients.extend(agents(owner))
                elif trig.type in _HOSTILE_INTENT:
                    # "threatened to break off relations *with Congo*", "to shell *Iraqi* towns"
                    for p in res.tree.kids(c):
                        if p.dep_ == "prep" and p.lower_ in ("with", "to", "against", "on"):
                            for g in p.children:
                                if g.dep_ == "pobj" and res.is_agent(g) and not _is_place_entity(g, res):
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


def _possessed(tok: Token, res: Resolver) -> bool:
    """"talked with *Clinton's* operation", "cooperate with *the IG's* inquiry": a partner named by
    its possessor (a bare "with" phrase is often a means: "with heavy weapons")."""
    return any(g.dep_ == "poss" and res.is_agent(g) for g in tok.children)


def _phrase_owner(tok: Token, res: Resolver) -> Token | None:
    """Who a thing belongs to or comes from: "*his* demands", "the policies *of Israel*",
    "violations *by the security forces*"."""
    for g in tok.children:
        if g.dep_ == "poss" and res.is_agent(g):
            return g
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in ("of", "by", "from"):
            for g in p.children:
                if g.dep_ == "pobj" and res.is_agent(g) and not _is_place_entity(g, res):
                    return g
    return None


def _object_places(obj: Token, res: Resolver, args: Arguments) -> None:
    """"talks with his counterpart *in Riyadh*": a place the parse hung on the object."""
    for p in res.tree.kids(obj):
        if p.dep_ == "prep" and p.lower_ in ("in", "at"):
            for g in p.children:
                if g.dep_ == "pobj" and res.entity_at(g, ("GPE", "LOC", "FAC")) is not None:
                    place = res.place(g)
                    if place is not None:
                        args.weak_places.append(place)


def _modified_group(obj: Token, res: Resolver) -> list[Participant]:
    """"bombed *Kurdish positions*", "*rebel* positions": a target named by whose it is."""
    owners = [c for c in res.tree.kids(obj) if c.dep_ in ("amod", "compound")
              and (c.ent_type_ in ("NORP", "GPE") or c.lower_ in SECTORS)]
    return [res.group(obj)] if owners else []


def _is_place_entity(tok: Token, res: Resolver) -> bool:
    """A city or region named as a destination ("talks *in Geneva*" is not a partner)."""
    found = res.entity_at(tok, ("GPE", "LOC", "FAC"))
    return found is not None and found[0].type != "GPE"


def _noun_arguments(trig: Trigger, noun: Token, res: Resolver, args: Arguments, agents: Agents) -> None:
    _preps(trig, noun, res, args, agents)
    if trig.type == "SUPPORT" and noun.pos_ == "NOUN":
        _supported(noun, res, args, agents)
    if trig.type == "DEMAND" and noun.pos_ == "NOUN":
        args.recipients.extend(_demanded_of(noun, res, agents))
        head = res.tree.head(noun)
        if res.tree.dep(noun) == "dobj" and head.i != noun.i and not args.recipients:
            # "reiterated its demand today that Israel ease ...": the parser hangs the clause on the verb
            args.recipients.extend(_demanded_of(head, res, agents, ("ccomp",)))
    if noun.pos_ == "ADJ":  # "critical of X", "disappointed in X": whom the judgement is about
        for p in res.tree.kids(noun):
            if p.dep_ == "prep" and p.lower_ in ("in", "with", "by", "over"):
                for g in p.children:
                    if g.dep_ == "pobj" and res.is_agent(g):
                        args.recipients.extend(agents(g))
    kids = res.tree.kids(noun)
    has_of = any(p.dep_ == "prep" and p.lower_ == "of" for p in kids)
    backed = trig.type == "SUPPORT" and (any(c.dep_ == "poss" for c in kids) or _in_support(noun, res))
    for c in kids:
        if c.dep_ == "poss":
            who = agents(c)
            if trig.patient_noun and not has_of:
                args.recipients.extend(who)
            elif not args.actors:
                args.actors.extend(who)
        elif c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            for g in c.children:
                if g.dep_ != "pobj" or not res.is_agent(g):
                    continue
                if c.lower_ == "of" and (trig.patient_noun or trig.type in _OF_UNDERGOES or backed
                                         or noun.lemma_.lower() in _OF_TARGET_NOUNS):
                    # "the arrest of X", "criticism of X", "Trump's praise of X", "in support of X"
                    args.recipients.extend(agents(g))
                elif (c.lower_ in ("by", "from") or trig.type in _OF_DOES) and not args.actors:
                    args.actors.extend(agents(g))  # "the retreat of X's forces", "a visit by X"
        elif c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and not args.actors:
            if c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or c.lower_ in SECTORS:
                args.actors.extend(_modifier_agents(c, noun, res))
    if noun.pos_ == "NOUN" and trig.type in ("DISAPPROVE", "SUPPORT") and args.actors:
        _stance_object(noun, res, args, agents)  # someone's stance, about whom


_RELATIVES = frozenset({"that", "which", "who"})


def _demanded_of(noun: Token, res: Resolver, agents: Agents,
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
    """"support *for* Clinton", "praise *for* Christie's speech": a support noun's "for" phrase
    names whom it backs (a verb's "for" is its reason: "praised X *for* Y")."""
    for p in res.tree.kids(noun):
        if p.dep_ != "prep" or p.lower_ != "for":
            continue
        for g in p.children:
            if g.dep_ != "pobj" or res.is_place(g) or _is_place_entity(g, res):
                continue
            owner = g if res.is_agent(g) else _phrase_owner(g, res)
            args.recipients.extend(agents(owner) if owner is not None else _modified_group(g, res))


def _stance_object(noun: Token, res: Resolver, args: Arguments, agents: Agents) -> None:
    """"disappointment *in* the House vote", "confidence *in* Disney's plans": whom a stance is
    about (not "criticism in Washington", a place)."""
    for p in res.tree.kids(noun):
        if p.dep_ != "prep" or p.lower_ != "in":
            continue
        for g in p.children:
            if g.dep_ != "pobj" or res.is_place(g) or _is_place_entity(g, res):
                continue
            if res.is_agent(g):
                args.recipients.extend(agents(g))
            else:
                owner = _phrase_owner(g, res)
                args.recipients.extend(agents(owner) if owner is not None else _modified_group(g, res))


def _in_support(noun: Token, res: Resolver) -> bool:
    """"a concert *in support of* X": the phrase names whom the support is for."""
    head = res.tree.head(noun)
    return res.tree.dep(noun) == "pobj" and head.lower_ == "in" and head.i != noun.i


def _modifier_agents(mod: Token, noun: Token, res: Resolver) -> list[Participant]:
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


def _place(trig: Trigger, res: Resolver, args: Arguments) -> None:
    heads = [trig.token, trig.phrase] + ([trig.carrier] if trig.verbal else [])
    taken = {p.entity_id for p in args.recipients + args.actors if p.entity_id is not None}
    preps = PLACE_PREPS | ({"from"} if trig.type == "RETREAT" else set())
    for h in heads:
        for p in res.tree.kids(h):
            if args.place is not None:
                return
            if p.dep_ != "prep" or p.lower_ not in preps:
                continue
            for g in p.children:
                if g.dep_ == "pobj" and args.place is None:
                    place = res.place(g)
                    if place is not None and (place.entity_id is None or place.entity_id not in taken):
                        args.place = place
    if args.place is None and args.destination is not None:
        args.place = args.destination
    if args.place is None and trig.verbal:
        args.place = _relative_place(trig.carrier, res) or _purpose_place(trig.carrier, res)
    if args.place is None and args.weak_places:
        named = [p for p in args.weak_places if p.entity_id is not None and p.entity_id not in taken]
        args.place = (named or args.weak_places)[0]


def _relative_place(verb: Token, res: Resolver) -> Participant | None:
    """"the same place where they had dinner": the antecedent of a 'where' clause."""
    tree = res.tree
    if tree.dep(verb) != "relcl" or not any(c.lower_ == "where" for c in tree.kids(verb)):
        return None
    head = tree.head(verb)
    place = res.place(head)
    if place is None and tree.dep(head) == "appos":
        place = res.place(tree.head(head))
    return place


def _purpose_place(verb: Token, res: Resolver) -> Participant | None:
    """"flew to Washington to meet X": the purpose clause happens at the destination."""
    tree = res.tree
    if tree.dep(verb) not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tree.kids(verb)):
        return None
    for p in tree.kids(tree.head(verb)):
        if p.dep_ == "prep" and p.lower_ in ("to", "in", "at", "into"):
            for g in p.children:
                if g.dep_ == "pobj":
                    place = res.place(g)
                    if place is not None:
                        return place
    return None
