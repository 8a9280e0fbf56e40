"""Within-article event coreference: the mentions of one real event become one ``Event``.

News names an event several times: "Hopefully we'll have a meeting on the 12th", "plans for a
summit in Singapore", "a potential summit next month" are one planned summit. Mentions are
merged when nothing they say disagrees (type and mode, realised or not, dates, places,
participants) and something ties them (a shared participant, the same event word, the same
date or place). The merged event keeps the most specific date, place and participants and
every mention's trigger in ``mentions``. Two meetings of different people, or of the same
people on different days, stay apart. Pure functions over ``Event`` values; the cross-article
linker (``stories.story_events``) uses the same compatibility rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsdesk.models import Event, Participant

#: Statuses that may describe one event: what happened (or goes on), what is yet to come, what did not.
STATUS_GROUPS = {"happened": "real", "ongoing": "real", "planned": "future", "possible": "future",
                 "hypothetical": "future", "negated": "negated"}
#: Which status a merged event takes: the firmest any mention gives.
STATUS_RANK = {"happened": 0, "ongoing": 1, "planned": 2, "possible": 3, "hypothetical": 4, "negated": 5}
_CALENDAR = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")
_WORD = re.compile(r"[^\W_]+")


#: Event words that name the same kind of event ("quake" and "earthquake"; nouns and their verbs).
_DERIVATIONS = {"quake": "earthquake", "temblor": "earthquake", "tremor": "earthquake", "talks": "talk",
                "summit": "meet", "meeting": "meet", "discussion": "discuss", "negotiation": "negotiate",
                "visit": "visit", "trip": "travel", "journey": "travel", "death": "die", "dead": "die",
                "murder": "kill", "slaying": "kill", "arrest": "arrest", "detention": "detain",
                "attack": "attack", "assault": "attack", "blast": "explode", "explosion": "explode",
                "election": "elect", "win": "win", "victory": "win", "resignation": "resign",
                "release": "release", "launch": "launch", "acquisition": "acquire", "purchase": "buy",
                "deal": "agree", "agreement": "agree", "announcement": "announce", "injury": "injure",
                "fire": "fire", "shooting": "shoot", "bombing": "bomb", "appointment": "appoint",
                "nomination": "nominate", "hire": "hire", "firing": "fire", "sacking": "sack",
                "decision": "decide", "choice": "choose", "conviction": "convict", "stoppage": "stop",
                "performance": "perform", "appearance": "appear", "arrival": "arrive",
                "departure": "depart", "sale": "sell", "theft": "steal", "robbery": "rob",
                "collision": "collide", "crash": "crash", "escape": "escape", "rescue": "rescue",
                "trial": "try", "sentence": "sentence", "verdict": "convict", "invasion": "invade",
                "protest": "protest", "demonstration": "protest", "strike": "strike",
                "negotiations": "negotiate", "statement": "say", "remark": "say", "comment": "say"}
#: Words ending in s that are not plurals.
_NOT_PLURAL = ("ss", "us", "is", "news", "ics", "ous")


def word_key(lemma: str) -> str:
    """The event word a lemma stands for: derivations and a few synonyms folded ("quake" →
    "earthquake", "meeting" → "meet"), an -ing noun as its verb ("bombing" → "bomb")."""
    word = lemma.casefold().strip().split(" ")[0].split("+")[0]
    if word in _DERIVATIONS:
        return _DERIVATIONS[word]
    if word.endswith("ing") and len(word) > 5:
        return word[:-3]
    if word.endswith("s") and len(word) > 3 and not word.endswith(_NOT_PLURAL):
        return word_key(word[:-3] + "y" if word.endswith("ies") else word[:-1])
    return word


def calendar(value: str | None) -> str | None:
    """The calendar part of a TIMEX3 value (YYYY, YYYY-MM, YYYY-MM-DD), else None."""
    m = _CALENDAR.match(value) if value else None
    return m.group(0) if m else None


def dates_agree(a: str | None, b: str | None) -> bool:
    """Unknown dates agree with anything; known ones when one contains the other (2018-06 ⊇ 2018-06-12)."""
    a, b = calendar(a), calendar(b)
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def after_publication(value: str | None, published: str | None) -> bool:
    """Whether a date lies wholly after the publication day: a day after it, or a month after
    its month (a year, or "June" in a June article, may still be past)."""
    day, pub = calendar(value), calendar((published or "")[:10])
    if day is None or pub is None or len(pub) < 10:
        return False
    if len(day) == 10:
        return day > pub
    return len(day) == 7 and day > pub[:7]


def finer_date(a: str | None, b: str | None) -> str | None:
    """The more specific of two agreeing dates."""
    if calendar(a) is None:
        return b if calendar(b) is not None else a or b
    if calendar(b) is None:
        return a
    return b if len(calendar(b) or "") > len(calendar(a) or "") else a


def _words(name: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(name) if w.casefold() not in ("the", "s")]


def places_agree(a: str | None, b: str | None, country_a: str | None = None,
                 country_b: str | None = None) -> bool:
    """Unknown places agree; known ones when the words of one run inside the other's
    ("New York" in "New York's East Side") and their countries, when known, are the same."""
    if not a or not b:
        return True
    if country_a and country_b and country_a != country_b:
        return False
    wa, wb = _words(a), _words(b)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    n = len(short)
    return n > 0 and any(long_[i:i + n] == short for i in range(len(long_) - n + 1))


def people_agree(a: set[object], b: set[object], resolved_a: set[object], resolved_b: set[object]) -> bool:
    """Participants agree when either side names nobody, or they share someone and the named
    entities of one are among the other's (Trump ⊆ Trump and Kim; not Lavrov–Ri vs Kim–Lavrov)."""
    if not a or not b:
        return True
    if not a & b:
        return False
    return resolved_a <= resolved_b or resolved_b <= resolved_a


def _key(p: Participant) -> object:
    return p.entity_id if p.entity_id is not None else p.name.casefold()


@dataclass
class _Cluster:
    event: Event
    lemmas: set[str]
    people: set[object] = field(default_factory=set)
    resolved: set[object] = field(default_factory=set)
    position: int = 0
    sentences: set[int] = field(default_factory=set)


_COMPOUND = re.compile(r"^[A-Z][\w']+(?:-[A-Z][\w']+)+$")


def split_compounds(events: Sequence[Event]) -> None:
    """A hyphenated pair of names ("Smith-Jones talks") stands for the two people it names:
    each part is replaced by the one participant of the article's events bearing that name,
    when every part has exactly one; otherwise the compound is left as it is."""
    named: dict[str, dict[object, Participant]] = {}
    for e in events:
        for p in e.actors + e.recipients:
            if not _COMPOUND.match(p.name):
                for word in _WORD.findall(p.name):
                    named.setdefault(word.casefold(), {})[_key(p)] = p
    for e in events:
        for role in ("actors", "recipients"):
            out: list[Participant] = []
            for p in getattr(e, role):
                parts = p.name.split("-") if _COMPOUND.match(p.name) else []
                found = [named.get(w.casefold(), {}) for w in parts]
                if parts and all(len(f) == 1 for f in found):
                    have = {_key(q) for q in out}
                    out.extend(q for f in found for q in f.values() if _key(q) not in have)
                else:
                    out.append(p)
            setattr(e, role, out)


def _people(e: Event) -> tuple[set[object], set[object]]:
    ps = e.actors + e.recipients
    return {_key(p) for p in ps}, {p.entity_id for p in ps if p.entity_id is not None}


def _agrees(c: _Cluster, e: Event, people: set[object], resolved: set[object]) -> bool:
    o = c.event
    if o.type != e.type or (o.mode and e.mode and o.mode != e.mode):
        return False
    if e.evidence.start in c.sentences and people:
        # two events in one sentence are two ("opened fire, killing"), unless one is a bare noun
        # naming the other again ("met in Singapore, the first meeting between ...")
        return False
    if STATUS_GROUPS.get(o.status) != STATUS_GROUPS.get(e.status):
        return False
    if not dates_agree(o.date, e.date):
        return False
    if not places_agree(o.place.name if o.place else None, e.place.name if e.place else None,
                        o.place.country if o.place else None, e.place.country if e.place else None):
        return False
    return people_agree(c.people, people, c.resolved, resolved)


def _tie(c: _Cluster, e: Event, lemma: str, people: set[object]) -> int:
    """How strongly the mention is tied to the cluster (0: nothing ties them)."""
    score = 2 * len(c.people & people) + 2 * (word_key(lemma) in {word_key(w) for w in c.lemmas})
    o = c.event
    if calendar(o.date) and calendar(o.date) == calendar(e.date):
        score += 1
    if o.place is not None and e.place is not None:
        score += 1
    return score


def _specificity(e: Event) -> tuple[int, int, int, int]:
    return ((calendar(e.date) is not None) + (e.place is not None), len(calendar(e.date) or ""),
            len(e.actors) + len(e.recipients), -e.trigger.start)


def _absorb(c: _Cluster, e: Event, lemma: str, people: set[object], resolved: set[object]) -> None:
    o = c.event
    if finer_date(o.date, e.date) != o.date:
        o.date, o.time_id = e.date, e.time_id
    if o.place is None and e.place is not None:
        o.place = e.place
    o.mode = o.mode or e.mode
    if STATUS_RANK.get(e.status, 9) < STATUS_RANK.get(o.status, 9):
        o.status = e.status
    if o.quote_id is None:
        o.quote_id = e.quote_id
    have = {_key(p) for p in o.actors + o.recipients}
    for role, mine in (("actors", o.actors), ("recipients", o.recipients)):
        for p in getattr(e, role):
            if _key(p) not in have:
                mine.append(p)
                have.add(_key(p))
    o.mentions = sorted(o.mentions + e.mentions, key=lambda s: s.start)
    c.lemmas.add(lemma)
    c.sentences.add(e.evidence.start)
    c.people |= people
    c.resolved |= resolved


def merge_mentions(events: Sequence[Event], lemmas: Sequence[str]) -> list[Event]:
    """The events with every group of coreferent mentions merged into its most specific one.

    ``lemmas[i]`` is the trigger lemma of ``events[i]``. Mentions are taken most specific
    first; each joins the agreeing cluster it is most tied to (the nearest on a tie) or starts
    one. Returns the events in text order, each with its mentions' triggers in ``mentions``.
    """
    split_compounds(events)
    order = sorted(range(len(events)), key=lambda i: _specificity(events[i]), reverse=True)
    clusters: list[_Cluster] = []
    for i in order:
        e, lemma = events[i], lemmas[i]
        if not e.mentions:
            e.mentions = [e.trigger]
        people, resolved = _people(e)
        best: tuple[int, int, _Cluster] | None = None
        for c in clusters:
            if not _agrees(c, e, people, resolved):
                continue
            tie = _tie(c, e, lemma, people)
            if tie and (best is None or (tie, -abs(c.position - e.trigger.start)) > best[:2]):
                best = (tie, -abs(c.position - e.trigger.start), c)
        if best is None:
            clusters.append(_Cluster(e, {lemma}, set(people), set(resolved), e.trigger.start,
                                     {e.evidence.start}))
        else:
            _absorb(best[2], e, lemma, people, resolved)
    return sorted((c.event for c in clusters), key=lambda e: e.trigger.start)
