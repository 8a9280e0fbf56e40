"""Who did it, to or with whom, and where: an event's arguments read off the parse.

Subject → actor (the "by" agent of a passive; the controller of an infinitive: "flew to
Washington *to meet*" takes the subject of "flew", "urged Iran *to release*" the object of
"urged"). Direct object, "with X", "to X", "against X", "on X" → recipients when they name
people, groups, organisations or countries; "between X and Y" → actors. An event noun also
takes its possessor ("*his* meeting"), a "by"/"from" phrase, and nationality or organisation
modifiers ("*US* sanctions", "*police* crackdown"). "in/at/near PLACE" → place; a movement's
destination is its place, and a purpose clause takes it too ("flew to Washington to meet").

The readers live apart and this module assembles them and settles who is who: the actor in
``_subjects``, a verb's objects and partners in ``_verb_arguments``, an event noun's phrase in
``_noun_arguments``, the shared prepositional and owner phrases (and the ``Arguments`` record)
in ``_participant_phrases``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.models import Participant, Quote
from newsdesk.nlp.events._noun_arguments import noun_arguments
from newsdesk.nlp.events._participant_phrases import Agents, Arguments, prep_arguments
from newsdesk.nlp.events._participants import Resolver
from newsdesk.nlp.events._purposes import protested
from newsdesk.nlp.events._subjects import by_agent, controller, is_finite, preceding_name, subject_of
from newsdesk.nlp.events._trigger import Trigger
from newsdesk.nlp.events._verb_arguments import givers, infinitive_partners, object_arguments, particle_object
from newsdesk.nlp.events._word_classes import PLACE_PREPS

#: Types whose partner may sit in their infinitive ("agreed to open its borders *to X*",
#: "threatened to stop talks *with X*", "refused to meet *X*", "battled to oust *X*").
_INTENT_TYPES = frozenset({"AGREE", "THREATEN", "REJECT", "DEMAND", "FIGHT"})
#: Types whose target, when no one else is named, is the place they are done in ("imposed a
#: curfew *in Abidjan*", "rioted in a jail *in Israel*"): PLOVER codes the place's polity. A
#: movement's place is where it goes ("deployed troops *in X*", "arrived *in X*").
_PLACE_TARGET_TYPES = frozenset({"COERCE", "SANCTION", "PROTEST", "RETREAT", "ASSAULT", "FIGHT", "CONCEDE",
                                 "THREATEN", "AID", "TRAVEL", "MOBILIZE"})
#: Passives that state the subject's own stance ("is committed to", "is opposed to").
#: Rules whose passive subject is the aid facility set up, not who receives it.
_AID_FACILITY_RULES = frozenset({"event.verb.set+up", "event.verb.establish"})
_STATE_PASSIVES = frozenset({"commit", "oppose", "prepare", "determine", "dedicate", "engage"})
#: Pronouns kept as participants when nothing before names them.
_UNRESOLVED_KEPT = frozenset({"he", "she", "they", "him", "her", "them", "i", "we", "me", "us"})


def arguments(trig: Trigger, res: Resolver, quote: Quote | None, previous: list[Participant]) -> Arguments:
    """The actors, recipients, place and destination of ``trig``: the readers its shape calls, then
    who is who settled (the speaker of a quoted demand or judgement, a place as target, no one twice)."""
    args = Arguments()

    def agents(tok: Token) -> list[Participant]:
        avoid = frozenset(p.entity_id for p in args.actors if p.entity_id is not None)
        return _party(tok, res, quote, previous, avoid)

    if trig.verbal:
        verb = trig.carrier
        subj, passive = subject_of(verb, res)
        who = agents(subj) if subj is not None and not trig.occur else []
        if trig.rule.startswith(_JUDGED_RULES) and subj is not None and not res.is_agent(subj):
            who = []  # "the allegations are false": a claim, not a party
        if passive and verb.lemma_.lower() in _STATE_PASSIVES and by_agent(verb, res) is None:
            # "Vietnam is committed to" (a state), not "were committed by government forces"
            passive = False
        if passive and trig.noun and subj is not None and subj.i == trig.phrase.i:
            # "crimes were committed by government forces": the noun is the subject, the agent acts
            agent = by_agent(verb, res)
            args.actors = agents(agent) if agent is not None else []
        elif passive and not trig.noun:
            agent = by_agent(verb, res)
            args.actors = agents(agent) if agent is not None else []
            # "a depot was set up": the facility set up for aid is the aid, not its recipient
            args.recipients = [] if trig.rule in _AID_FACILITY_RULES else who
        elif trig.undergo:
            args.recipients = who
        else:
            args.actors = who
            if who and trig.type in _SPEECH_ACTS and subj is not None and subj.pos_ == "NOUN" and (
                    not subj.ent_type_ and not res.is_agent(subj)):
                # "Ruiz said the situation demands a response", '"The plan got me on board," says
                # Ruiz': a thing that "demands" or "backs" voices the one who reports it
                args.actors = _stated_by(trig, res, agents) or _speaker(quote, res, trig) or who
        if not trig.noun:
            object_arguments(trig, verb, res, args, agents)
            particle_object(trig, res, args, agents)
        prep_arguments(trig, verb, res, args, agents)
        if trig.undergo and not args.actors and (not trig.noun or trig.type in ("AID", "SUPPORT")):
            # "received arms from France", "received a pledge from Kuwait", "got backing from X"
            args.actors = givers(verb, res, agents)
        if not args.actors and subj is None and not trig.undergo:
            ctrl = controller(verb, res)
            if ctrl is not None:
                args.actors = agents(ctrl)
            elif not trig.noun and is_finite(verb, res):
                near = preceding_name(verb, res)
                args.actors = agents(near) if near is not None else []
    if trig.noun:
        for head in {trig.token.i: trig.token, trig.phrase.i: trig.phrase}.values():
            noun_arguments(trig, head, res, args, agents)
    if trig.noun and not trig.verbal and not args.recipients:
        args.recipients = _under(trig.phrase, res, agents) or _affected(trig.phrase, res, agents)
    if trig.rule == "event.next-target":  # "their next target would be *Port Harcourt*"
        args.recipients = [p for c in res.tree.kids(trig.carrier) if c.dep_ == "attr" for p in agents(c)]
    if not trig.verbal and trig.owner is not None and not args.actors:
        subj, _ = subject_of(trig.owner, res)
        args.actors = agents(subj) if subj is not None else []
        prep_arguments(trig, trig.owner, res, args, agents)
    if not args.recipients and trig.type in _INTENT_TYPES and trig.verbal and not trig.noun:
        infinitive_partners(trig, trig.carrier, res, args, agents)
    if not args.recipients and trig.type == "PROTEST":
        # "began a hunger strike to demand the minister's resignation": whom its purpose opposes
        heads = {h.i: h for h in (trig.carrier, trig.token, trig.phrase)}
        args.recipients = protested(list(heads.values()), res, agents)
    if trig.type == "DEMAND" and (trig.rule == "event.must" or trig.rule.endswith("/must")) or (
            trig.rule.startswith(_JUDGED_RULES)) or (trig.type == "DISAPPROVE" and (
            trig.rule == "event.reproach" or trig.rule.endswith("/reproach"))):
        # "Libya must halt ...," Goose said: the one who must act is the target, the speaker demands;
        # "That is unacceptable," he said: what is judged is the target, the speaker criticises
        args.recipients = args.actors + args.recipients
        args.actors = _speaker(quote, res, trig) or _stated_by(trig, res, agents)
    if not args.actors and quote is not None and trig.type in _SPEECH_ACTS and not _someone_else(trig, res):
        # "'Those responsible must be punished,' the minister said": a demand, criticism, threat,
        # refusal, backing or promise made in words with no one else named is the speaker's
        taken = {p.entity_id for p in args.recipients if p.entity_id is not None}
        args.actors = [p for p in _speaker(quote, res, trig)
                       if p.entity_id is None or p.entity_id not in taken]
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
    if any(not _unnamed_rest(p) for p in args.recipients):
        # "condemned Mayor Okafor and others": the rest beside someone named is no party of its own
        args.recipients = [p for p in args.recipients if not _unnamed_rest(p)]
    args.actors = _unique(args.actors)
    return args


def _party(tok: Token, res: Resolver, quote: Quote | None, previous: list[Participant],
           avoid: frozenset[int] = frozenset()) -> list[Participant]:
    """Who ``tok`` names; a pronoun nothing before names (a first sentence) as itself, unresolved."""
    found = res.agents(tok, quote, previous, avoid)
    if not found and tok.pos_ == "PRON" and tok.lower_ in _UNRESOLVED_KEPT:
        found = [Participant(tok.text, tok.idx, tok.idx + len(tok.text))]
    return found


def feared_by(trig: Trigger, args: Arguments, res: Resolver, quote: Quote | None,
              previous: list[Participant]) -> None:
    """A hostile act retyped as feared ("we believe X will commit atrocities", "never imagined
    X would kill ..."): the one who fears it accuses its doer, so the believer (or the quote's
    speaker) is the actor and the doer the target; the act's own victims are no party to it."""
    believer = next((c for c in res.tree.kids(res.tree.head(trig.carrier)) if c.dep_ == "nsubj"), None)
    who = _party(believer, res, quote, previous) if believer is not None else []
    who = who or _speaker(quote, res, trig)
    if who and args.actors:
        args.actors, args.recipients = who, args.actors


def _unnamed_rest(p: Participant) -> bool:
    """"others", "other allies", "and other regional bodies": the unnamed rest of a list."""
    if p.entity_id is not None:
        return False
    words = p.name.lower().split()
    return words == ["others"] or "other" in words[:-1]


#: PLOVER types that a statement itself performs (PLOVER codes the one who makes it as source).
#: Not AGREE: a quote mostly reports what others agreed ("the text is already agreed").
_SPEECH_ACTS = frozenset({"DEMAND", "DISAPPROVE", "THREATEN", "REJECT", "SUPPORT"})
#: Rules whose trigger judges the clause's subject, spoken by the quote's speaker.
_JUDGED_RULES = ("event.quoted-judgement", "event.quoted-denial", "event.quoted-fault", "event.quoted-praise")


_THIRD_PERSONS = frozenset({"he", "she", "they", "his", "her", "their"})
_FIRST_PERSONS = frozenset({"i", "we"})


def _someone_else(trig: Trigger, res: Resolver) -> bool:
    """The act has a doer of its own, so the speaker is not it: "'He reiterated *his* call,' the
    spokesman said"; "46 per cent of respondents *approved*, according to the survey" (a subject
    that is not a party is still the one who acts, and so is the noun a participle describes)."""
    heads = {trig.token.i: trig.token, trig.phrase.i: trig.phrase, trig.carrier.i: trig.carrier}
    # "X said Y must leave": a reported necessity's subject is who is asked, not who asks
    own_subject = not trig.rule.startswith(("event.reported", "event.must"))
    if own_subject and trig.token.dep_ in ("acl", "relcl"):
        return True  # "respondents *approving* of X": the noun it describes takes part, not the speaker
    return any((own_subject and c.dep_ == "nsubj" and c.lower_ not in _FIRST_PERSONS)
               or (c.dep_ == "poss" and c.lower_ in _THIRD_PERSONS)
               for h in heads.values() for c in res.tree.kids(h))


def _under(noun: Token, res: Resolver, agents: Agents) -> list[Participant]:
    """"Gadhafi and his sons are *under investigation*", "the town is *under siege*": the
    subject of the clause the phrase describes undergoes the event."""
    prep = res.tree.head(noun)
    if res.tree.dep(noun) != "pobj" or prep.lower_ != "under" or res.tree.dep(prep) != "prep":
        return []
    subj = next((c for c in res.tree.kids(res.tree.head(prep)) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return agents(subj) if subj is not None and res.is_agent(subj) else []


def _affected(noun: Token, res: Resolver, agents: Agents) -> list[Participant]:
    """"Air *attacks* have stopped the army's advance", "*protests* forced the minister out": an
    act that is its clause's subject does what the clause says to the party its verb takes."""
    verb = res.tree.head(noun)
    if res.tree.dep(noun) != "nsubj" or verb.i == noun.i or verb.lemma_.lower() == "be":
        return []
    for c in res.tree.kids(verb):
        if c.dep_ == "dobj" and res.is_agent(c) and not res.is_place(c):
            return agents(c)
    return []


def _stated_by(trig: Trigger, res: Resolver, agents: Agents) -> list[Participant]:
    """"*We* have made it plain that the firm should pay the fine": with no quote
    to name a speaker, who states the necessity is the subject of the clause it completes."""
    verb = trig.carrier
    if res.tree.dep(verb) != "ccomp" or res.tree.head(verb).i == verb.i:
        return []
    subj = next((c for c in res.tree.kids(res.tree.head(verb)) if c.dep_ == "nsubj"), None)
    return agents(subj) if subj is not None and res.is_agent(subj) else []


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
    if quote.source is not None and quote.source.text.lower() in _UNRESOLVED_KEPT:
        # '"X has got to act," he said': the unnamed "he" who says it, as written
        return [Participant(quote.source.text, quote.source.start, quote.source.end)]
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
