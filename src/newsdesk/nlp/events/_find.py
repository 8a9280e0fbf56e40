"""Event finding: triggers → arguments, status, attribution, time → ``Event`` objects.

The readings that depend on who acts (occupiers, state protests, force on civilians, announced
acts) are settled in ``_retype``; this module runs the stages and decides which drafts become
events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from newsdesk.models import Entity, Event, Participant, Quote, Span, TimeExpression
from newsdesk.nlp.events._arguments import arguments, feared_by
from newsdesk.nlp.events._coref import after_publication, merge_mentions
from newsdesk.nlp.events._lexicon import NOUNS
from newsdesk.nlp.events._participant_phrases import Arguments
from newsdesk.nlp.events._participants import Resolver
from newsdesk.nlp.events._retype import FIGURATIVE, VERBAL_ATTACKS, people_only, retype
from newsdesk.nlp.events._status import status_of
from newsdesk.nlp.events._times import TimeIndex, governing_clauses
from newsdesk.nlp.events._tree import Tree
from newsdesk.nlp.events._trigger import Trigger
from newsdesk.nlp.events._triggers import find_triggers
from newsdesk.nlp.events._word_classes import DISEASES, NATURAL_HAZARDS, REPORTING_VERBS, SUBJECT_PRONOUNS
from newsdesk.words import ANYONE_WORDS, GROUP_PRONOUNS

#: Acts whose own negation is a refusal: not agreeing to or accepting something, not yielding
#: to a demand, not withdrawing or stepping down ("she will not resign": CAMEO 124, refuse to
#: yield), is declining it (PLOVER's REJECT). Other negated acts keep their type with
#: ``negated`` set ("will not support him", "did not meet").
_REFUSABLE = frozenset({"AGREE", "CONCEDE", "RETREAT"})


@dataclass
class _Draft:
    trig: Trigger
    args: Arguments
    status: str
    quote: Quote | None
    own_participants: bool
    embedded: bool = False
    pronoun: bool = False  # done by "he"/"they" whom nothing before names (a first sentence)
    topic: bool = False  # an event noun the sentence's main clause is about ("Protests followed")


def find_events(doc: Doc, entities: list[Entity], quotes: list[Quote],
                times: list[TimeExpression], published: str | None = None) -> list[Event]:
    """Every event ``doc`` reports, with participants resolved to ``entities``, attributed
    claims tied to their ``quotes`` and dates taken from ``times``; an article published on
    ``published`` cannot report as done an event dated after that day (it is planned)."""
    if not len(doc):
        return []
    text = doc.text  # read once: spaCy rebuilds the string on every access
    res = Resolver(doc, text, entities, quotes)
    persons = {e.id for e in entities if e.type == "PERSON"}
    drafts: list[_Draft] = []
    for trig in find_triggers(doc, res):
        quote = _quote_at(quotes, trig.start)
        previous = _previous_participants(drafts, trig, text)
        args = arguments(trig, res, quote, previous)
        if trig.toll is not None and not (args.actors or args.recipients):
            # "two soldiers were killed in a counterattack by rebels": the fight names no one,
            # the casualty verb it stands for does (its victims and its "by" agent); a fight
            # that names anyone keeps its own (taking the verb's then lost a fold-b sentence)
            counted = arguments(trig.toll, res, quote, previous)
            args.actors, args.recipients = counted.actors, counted.recipients
        reported = quote is not None or _in_reported_clause(trig, res.tree)
        status = status_of(trig, res.tree, reported)
        if status == "negated" and trig.rule.startswith("event.adj.not-"):
            status = "happened"  # "is not impressed by the deal": the denied approval is the criticism
        if status == "negated" and trig.type in _REFUSABLE and not trig.noun and any(
                c.dep_ == "neg" for c in res.tree.kids(trig.carrier)):
            # "would not meet their demands", "did not accept the plan": a refusal (CAMEO 12)
            trig.retype("REJECT", None, "refusal")
            status = "happened"
        if status == "negated" and trig.type == "REJECT" and _force_kept_open(trig, res.tree):
            # "did not rule out an attack on the rebels": keeping force open threatens it (CAMEO 138)
            trig.retype("THREATEN", "violence", "not-ruled-out")
            status = "happened"
        retype(trig, args, status, res.tree, reported)
        if trig.rule.endswith("/feared"):
            feared_by(trig, args, res, quote, previous)
        if trig.type in ("FIGHT", "ASSAULT") and people_only(args, persons):
            if trig.noun and trig.token.lemma_.lower() in FIGURATIVE:
                trig.retype("", None, "figurative")  # "the battle between Rubio and Christie"
            elif not trig.noun and trig.token.lemma_.lower() in VERBAL_ATTACKS:
                trig.retype("DISAPPROVE", None, "verbal-attack")  # "Trump attacked Clinton"
        if not trig.type or _polled(trig, res.tree) or _public_advice(trig, args, res.tree) or (
                _travel_described(trig, res.tree)):
            continue
        own = bool(args.actors or args.recipients)
        drafts.append(_Draft(trig, args, status, quote, own, pronoun=_pronoun_subject(trig, res.tree),
                             topic=_topic(trig, res.tree)))
    event_tokens = {d.trig.token.i for d in drafts} | {d.trig.carrier.i for d in drafts} | {
        d.trig.owner.i for d in drafts if d.trig.owner is not None}
    for d in drafts:
        d.embedded = _embedded(d.trig, event_tokens - {d.trig.token.i, d.trig.carrier.i}, res.tree) or (
            _backdrop(d.trig, res.tree))
    index = TimeIndex(doc, res.tree, times, event_tokens)
    kept = []
    for d in drafts:
        time = _time(index, d, res.tree)
        if _keep(d, time):
            kept.append((d, time))
    _inherit_participants([d for d, _ in kept])
    kept = [(d, t) for d, t in kept
            if d.args.actors or d.args.recipients or d.args.place or t or d.pronoun or d.topic]
    # one event per real event, not one per mention of it (standfirst and body, "the summit")
    drafted = [_event(i, d, time, text) for i, (d, time) in enumerate(kept, start=1)]
    for e in drafted:
        if e.status in ("happened", "ongoing") and after_publication(e.date, published):
            e.status = "planned"
    events = merge_mentions(drafted,
                            [d.trig.token.lemma_.lower() for d, _ in kept])
    for i, e in enumerate(events, start=1):
        e.id = i
    return events


#: Forceful acts whose use, not ruled out, is threatened.
_FORCE_TYPES = frozenset({"ASSAULT", "FIGHT", "COERCE", "MOBILIZE"})
_OPENINGS = frozenset({"possibility", "option", "prospect", "use"})


def _force_kept_open(trig: Trigger, tree: Tree) -> bool:
    """"did not rule out an *attack*", "did not rule out the *possibility of* military *action*":
    the refused exclusion is of force (a noun of the force types, or one with "military")."""
    if trig.noun or trig.token.lemma_.lower() != "rule":
        return False
    objs = [c for c in tree.kids(trig.carrier) if c.dep_ == "dobj"]
    objs += [g for o in list(objs) if o.lemma_.lower() in _OPENINGS for p in tree.kids(o)
             if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ in ("pobj", "pcomp")]
    return any(any(t in _FORCE_TYPES for t, _m, _n in NOUNS.get(o.lemma_.lower(), ())) or any(
        c.lower_ == "military" for c in o.children) for o in objs)


def _quote_at(quotes: list[Quote], offset: int) -> Quote | None:
    best = None
    for q in quotes:
        spans = [q.content] + ([q.clause] if q.clause is not None else [])
        for s in spans:
            if s.start <= offset < s.end and (best is None or s.end - s.start < best[0]):
                best = (s.end - s.start, q)
    return best[1] if best else None


def _in_reported_clause(trig: Trigger, tree: Tree) -> bool:
    tok = trig.carrier
    for _ in range(6):
        if tree.is_root(tok):
            return False
        head = tree.head(tok)
        if tree.dep(tok) == "ccomp" and head.lemma_.lower() in REPORTING_VERBS:
            return True
        tok = head
    return False


#: Measurements of opinion: what "a poll found" people support or say is no act of theirs.
_POLLS = frozenset("poll polls survey surveys polling".split())


def _polled(trig: Trigger, tree: Tree) -> bool:
    """"the poll found that 43% of voters *support* X", "a survey showed most *said* ...": the
    act is a measured opinion, not a political event (PLOVER codes none)."""
    tok = trig.carrier
    for _ in range(4):
        if tree.is_root(tok):
            return False
        head = tree.head(tok)
        if tree.dep(tok) == "ccomp" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _POLLS
                                            for c in tree.kids(head)):
            return True
        tok = head
    return False


def _previous_participants(drafts: list[_Draft], trig: Trigger, text: str) -> list[Participant]:
    """The participants of the latest event in this paragraph (for "they")."""
    para = text.rfind("\n\n", 0, trig.start)
    for d in reversed(drafts):
        if d.trig.start < para:
            break
        people = d.args.actors + d.args.recipients
        if len(people) >= 2:
            return people
    return []


#: Dependencies by which an act sits inside another's complement ("agreed *to meet*", "said
#: they must reach an *agreement*", "condemned the *attack*", "accused X *of* shelling").
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "nsubjpass", "pobj", "pcomp", "prep", "acl", "conj"})
#: Prepositions of circumstance: "killed *in* an attack", "*after* the talks" embed nothing.
_ADJUNCT_PREPS = frozenset({"after", "before", "during", "since", "following", "amid", "in", "at", "until",
                            "despite", "ahead", "as", "while", "because", "under"})


def _embedded(trig: Trigger, others: set[int], tree: Tree) -> bool:
    """The trigger sits in the complement of another event's trigger: that other act is what
    the sentence reports ("X said Y *must* reach an agreement": the demand; "agreed to meet":
    the agreement), this one is only its content."""
    tok = trig.carrier if trig.verbal else trig.phrase
    for _ in range(6):
        if tree.is_root(tok):
            return False
        dep = tree.dep(tok)
        head = tree.head(tok)
        if dep not in _COMPLEMENT_DEPS or (dep == "prep" and tok.lower_ in _ADJUNCT_PREPS):
            return False
        if dep == "conj" and head.i in others:
            return False  # "met and agreed": two acts side by side
        if dep == "ccomp" and tok.i < head.i and any(
                t.text == ";" and t.head.i == head.i for t in tok.doc[tok.i:head.i]):
            return False  # "X called for talks; Y voted for sanctions": two clauses, not a complement
        if head.i in others:
            return True
        tok = head
    return False


#: Prepositions that set an event as the time of another ("*after* the attacks, he ...").
_BACKDROP_PREPS = frozenset({"after", "before", "since", "following", "during", "amid"})


def _backdrop(trig: Trigger, tree: Tree) -> bool:
    """An event noun that only dates the clause's act: "*After the attacks*, the mayor released
    an advert", "*during* the protest a flag flew": the clause's own act, when one is found,
    is what the sentence reports."""
    if not trig.noun or trig.verbal:
        return False
    tok = trig.phrase
    if tree.dep(tok) != "pobj":
        return False
    prep = tree.head(tok)
    return prep.lower_ in _BACKDROP_PREPS and tree.head(prep).pos_ in ("VERB", "AUX")


def _inherit_participants(drafts: list[_Draft]) -> None:
    """An event noun without participants of its own but with a place or a date ("plans for
    a summit in Singapore") takes those of the latest earlier mention of the same noun that
    had some (a summit named again is, in news, the same summit)."""
    latest: dict[str, _Draft] = {}
    for d in drafts:
        key = d.trig.token.lemma_.lower()
        if d.trig.noun and not d.own_participants and key in latest:
            src = latest[key].args
            d.args.actors = list(src.actors)
            d.args.recipients = list(src.recipients)
        if d.trig.noun and d.own_participants:
            latest[key] = d


_PERSONAL = SUBJECT_PRONOUNS - {"you"}
_PERSONAL_POSS = frozenset({"his", "her", "their", "our", "my"})


def _pronoun_subject(trig: Trigger, tree: Tree) -> bool:
    """A clause whose subject is a personal pronoun: someone acts even when the sentence alone
    does not say who ("they must make sure ...", "he said it was reckless")."""
    if trig.noun and any(c.dep_ == "poss" and c.lower_ in _PERSONAL_POSS for c in tree.kids(trig.phrase)):
        return True  # "he reiterated *his* call for respect": someone's act, even unnamed here
    if not trig.verbal:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in _PERSONAL for c in tree.kids(trig.carrier))


_NOT_ACTORS = NATURAL_HAZARDS | DISEASES


def _travel_described(trig: Trigger, tree: Tree) -> bool:
    """"a chef *who had flown* to Oslo", "tourists *flying* home from Bergen": a
    journey in a clause that describes a noun says who someone is, no act the sentence reports
    (and a mere movement, not an official visit, is no PLOVER event at all)."""
    return trig.type == "TRAVEL" and not trig.noun and tree.dep(trig.carrier) in ("relcl", "acl")


def _public_advice(trig: Trigger, args: Arguments, tree: Tree) -> bool:
    """"Anyone with a fever should see a doctor", "those handling the birds have to wear gloves":
    an obligation laid on whoever it may concern, with no one saying it, is advice to the public,
    no demand one actor makes of another (PLOVER DEMAND needs both). "Those responsible should
    be punished," said with a speaker, stays a demand."""
    if trig.type != "DEMAND" or args.actors or not (trig.rule == "event.must" or trig.rule.endswith("/must")):
        return False
    subj = next((c for c in tree.kids(trig.carrier) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    low = subj.lower_
    return low in ANYONE_WORDS or low in GROUP_PRONOUNS and any(
        c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") for c in tree.kids(subj))


def _keep(d: _Draft, time: TimeExpression | None) -> bool:
    """Events need someone or somewhere; an event noun with nobody needs a place or a date of
    its own (a bare "the talks" only refers back to talks already found). A storm that
    "struck" or "killed" is a disaster, not a political event between actors; so is a flu or a
    virus that killed people."""
    if any(set(re.findall(r"[a-z]+", p.name.lower())) & _NOT_ACTORS for p in d.args.actors):
        return False
    if not d.trig.noun or d.own_participants:
        return d.own_participants or d.args.place is not None or d.pronoun
    return d.args.place is not None or time is not None or (d.pronoun and not d.trig.verbal) or d.topic


def _topic(trig: Trigger, tree: Tree) -> bool:
    """An event noun that is the subject of the sentence's main verb ("*Protests* followed", "air
    *attacks* have stopped the advance"): what the sentence reports, not a mention referring back
    to an event found elsewhere, even with no one named."""
    tok = trig.phrase
    if not trig.noun or tree.dep(tok) not in ("nsubj", "nsubjpass"):
        return False
    if trig.verbal and (tree.dep(tok) != "nsubj" or any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in tree.kids(tok))):
        # "talks were held": a light verb's passive subject is left as it was; "the call for
        # talks ended": a definite noun under an aspect verb refers back, "clashes continued" is news
        return False
    head = tree.head(tok)
    # "*Clashes* went on near the port, a witness said": the clause a reporting verb reports is
    # the sentence's own news, as its main clause would be
    main = tree.is_root(head) or (tree.dep(head) == "ccomp" and tree.is_root(tree.head(head))
                                  and tree.head(head).lemma_.lower() in REPORTING_VERBS)
    # "*This summit* is an opportunity": a copula describing an event named before refers back
    return main and head.lemma_.lower() != "be" and not any(
        c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in tree.kids(tok))


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_DEFINITE = _DEMONSTRATIVES | {"the"}


def _time(index: TimeIndex, d: _Draft, tree: Tree) -> TimeExpression | None:
    trig = d.trig
    tokens = [trig.token, trig.phrase] + ([trig.carrier] if trig.verbal else [])
    tokens += [trig.owner] if trig.owner is not None else []
    governors = governing_clauses(trig.carrier, tree) if trig.verbal else []
    return index.time_for(tokens, governors, d.status in ("happened", "ongoing"), trig.token)


def _event(eid: int, d: _Draft, time: TimeExpression | None, text: str) -> Event:
    trig = d.trig
    sent = trig.token.sent
    start, end = sent.start_char, sent.end_char
    para_start = text.rfind("\n", 0, trig.start) + 1
    para_end = text.find("\n", trig.end)
    start = max(start, para_start)
    end = min(end, para_end) if para_end != -1 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    return Event(
        id=eid,
        type=trig.type,
        trigger=Span(trig.start, trig.end, text[trig.start:trig.end]),
        evidence=Span(start, end, text[start:end]),
        status=d.status,  # type: ignore[arg-type]
        mode=trig.mode,
        actors=d.args.actors,
        recipients=d.args.recipients,
        place=d.args.place,
        time_id=time.id if time is not None else None,
        date=_day(time.value) if time is not None else None,
        quote_id=d.quote.id if d.quote is not None else None,
        mentions=[Span(trig.start, trig.end, text[trig.start:trig.end])],
        lemma=trig.token.lemma_.lower(),
        negated=d.status == "negated",
        reversal=trig.reversal,
        embedded=d.embedded,
        rule=trig.rule,
    )


def _day(value: str | None) -> str | None:
    """An event happens on a day: a TIME value keeps its date and drops the clock or part of day
    ("2018-05-30TNI", "2018-05-31T14:00" -> the day), so events are compared and placed by day."""
    return value.partition("T")[0] if value and value[:1].isdigit() else value
