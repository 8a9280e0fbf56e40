"""Store-wide entities: each article's people, organisations and places linked across articles.

Runs after ``save_analysis`` stored the article's rows pointing at the entity of each exact
name. For each of the article's entities the linker decides the store-wide entity, in three
passes, each by indexed keys (``stories.names``), never a scan of all entities:

1. the same name: a full name (or an organisation's or place's name) whose ``name_key`` is
   known is that entity — "Kim Jong-un" = "Kim Jong Un" = "KIM JONG UN" = "Mr. Kim Jong Un";
2. a close spelling: a full name with the skeleton of a known one ("Gadhafi" / "Qaddafi") and
   spelled alike word by word, or the same first and last words with compatible middle words
   ("George Bush" / "George W. Bush"), only when the article's context supports it;
3. a part of a name: a bare surname or first name ("Kim", "Trump") goes to the one known
   person with that word in their name whom the article's context clearly picks out (people,
   organisations and places named in both, a role they share, seen within ``WINDOW_DAYS``);
   never when the article names another person with that word (its own analysis declined).

Anything else is an entity of its own ("three Kims are three people everywhere"): a wrong
merge is worse than a missed one. The result depends only on the articles linked before, so
a rebuild in the same order gives the same entities.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from newsdesk.models import Analysis, Article, Entity
from newsdesk.store import Store
from newsdesk.store._links import surface
from newsdesk.stories import names

#: Weight of a co-mentioned entity as evidence, by type (a shared person says most).
CONTEXT_WEIGHT = {"PERSON": 2.0, "ORG": 1.0, "FAC": 1.0}
OTHER_WEIGHT = 0.5
#: A shared role title ("foreign minister") is worth this much.
ROLE_WEIGHT = 2.0
#: Support needed: for a bare surname or first name, for a close spelling, for a dropped or
#: added middle name ("George Bush" may be either President Bush).
MIN_PARTIAL, MIN_SPELLING, MIN_MIDDLE = 2.0, 2.0, 2.0
#: A bare name links to a fuller name only when that person was already named by it in this
#: many articles; and to anyone only when it names them at least ``DOMINANCE`` times as often
#: as anyone else (entities of other types included: "Hague" the city).
MIN_KNOWN, DOMINANCE = 2, 2.0
#: A bare name links only to someone seen within this many days of the article (when dated).
WINDOW_DAYS = 60
#: Candidates weighed per name (the most used first).
MAX_CANDIDATES = 20
_WORDS = re.compile(r"[^\W\d_]+")


@dataclass
class Decision:
    entity_id: int
    method: str
    score: float = 0.0


def link_entities(store: Store, article_id: int, analysis: Analysis) -> dict[int, int]:
    """Map each of the article's entity ids to a store-wide entity id (a wrong merge is worse
    than a missed one), re-pointing the article's rows where it differs from the exact name's.
    An article linked before (placed again) has its old links taken back first."""
    if store.has_entity_links(article_id):
        store._unlink_entities(article_id)
    exact = store.article_entity_ids(article_id)
    day = _day(analysis.article.published)
    ents = [e for e in analysis.entities if e.id in exact]
    keys = {e.id: names.name_key(e.canonical, e.type) for e in ents}
    partial = {e.id for e in ents if e.type == "PERSON" and not names.is_full_name(keys[e.id])}
    folded = _headline_variants(analysis.article, [e for e in ents if e.type == "PERSON"], keys)
    ents_all, ents = ents, [e for e in ents if e.id not in folded]
    decided: dict[int, Decision] = {}
    used: set[int] = set()
    for e in ents:  # 1. the same name
        if e.id not in partial and keys[e.id]:
            known = store.alias_candidates("name", keys[e.id], e.type)
            hit = next((i for i, _ in known if i not in used), None)
            if hit is not None:
                decided[e.id] = Decision(hit, "name")
                used.add(hit)
    context = {d.entity_id: e.type for e in ents if (d := decided.get(e.id))}
    for e in ents:  # 2. a close spelling, else a new entity
        if e.id in decided or e.id in partial:
            continue
        found = _close_spelling(store, e, keys[e.id], context, used) if e.type == "PERSON" else None
        decided[e.id] = found or _new(store, article_id, e, keys[e.id], exact[e.id], used)
        used.add(decided[e.id].entity_id)
        context[decided[e.id].entity_id] = e.type
    words_elsewhere = defaultdict(set)
    for e in ents:
        if e.type == "PERSON" and e.id not in partial:
            for w in names.tokens(keys[e.id]):
                words_elsewhere[w].add(e.id)
    for e in ents:  # 3. a part of a name
        if e.id not in partial:
            continue
        words = keys[e.id].split()
        found = None
        titles_only = all(w in names.TITLES or w in names.SUFFIXES for w in words)  # "President", "Jr"
        if names.tokens(keys[e.id]) and not titles_only and not any(words_elsewhere.get(w) for w in words):
            found = _partial(store, e, keys[e.id], words, _surname_use(e), context, used, day)
        decided[e.id] = found or _new(store, article_id, e, keys[e.id], exact[e.id], used)
        used.add(decided[e.id].entity_id)
    for a, b in folded.items():
        decided[a] = Decision(decided[b].entity_id, "headline")
    for e in ents_all:
        d = decided[e.id]
        extra = _keys(e, keys[e.id]) if d.method != "headline" else []  # no keys from a garbled name
        store.link_article_entity(article_id, e.id, d.entity_id, d.method, d.score, extra)
    return {e.id: decided[e.id].entity_id for e in ents_all}


def _headline_variants(article: Article, people: list[Entity], keys: dict[int, str]) -> dict[int, int]:
    """Person entities named only in title-case lines (a headline: "Tara Reid Finally Checks In")
    whose words contain the full name of one other person of the article: NER took the next
    capitalised words along. Local id → that person's local id."""
    named = [e for e in people if not _title_case_only(article, e)]
    out: dict[int, int] = {}
    for e in people:
        if e in named or not _title_case_only(article, e):
            continue
        words = f" {keys[e.id]} "
        full = [b for b in named if names.is_full_name(keys[b.id]) and f" {keys[b.id]} " in words]
        if len(full) == 1:
            out[e.id] = full[0].id
    return out


def _title_case_only(article: Article, e: Entity) -> bool:
    """Every mention of the entity lies in a headline or a title-case line."""
    heads = [(s.start, s.end) for s in article.sections if s.kind == "headline"]
    text = article.text
    for m in e.mentions:
        if any(a <= m.start < b for a, b in heads):
            continue
        lo = text.rfind("\n", 0, m.start) + 1
        hi = text.find("\n", m.start)
        words = _WORDS.findall(text[lo : hi if hi >= 0 else len(text)])
        if not 3 <= len(words) <= 15 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
            return False
    return bool(e.mentions)


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _keys(e: Entity, key: str) -> list[tuple[str, str, str]]:
    """The (kind, key, alias) look-up keys this link adds for the entity."""
    out: list[tuple[str, str, str]] = []
    if key:
        out.append(("name", key, e.canonical))
    if e.type == "PERSON" and key:
        if names.is_full_name(key):
            out.append(("skeleton", names.skeleton(key), e.canonical))
            fl = names.first_last(names.unit_key(e.canonical, e.type))
            if fl:
                out.append(("first_last", fl, e.canonical))
        out += [("token", w, e.canonical) for w in dict.fromkeys(names.tokens(key))]
    spellings = dict.fromkeys(surface(n) for n in [e.canonical, *e.aliases] if n.strip())
    out += [("surface", s, s) for s in spellings]
    return list({(k, v): (k, v, a) for k, v, a in out}.values())


def _new(store: Store, article_id: int, e: Entity, key: str, exact: int, used: set[int]) -> Decision:
    """An entity of its own: the exact name's row when no other article is linked to it."""
    if exact not in used and not store.entity_claimed(exact):
        return Decision(exact, "new")
    return Decision(store.new_entity(e.type, e.canonical, f"{key}#{article_id}.{e.id}"), "new")


def _support(store: Store, candidate: int, context: Mapping[int, str], roles: set[str]) -> float:
    """How much the article's context says it names ``candidate``: entities named with both,
    weighted by type, and a role title they share."""
    theirs = store.entity_context(candidate)
    score = sum(
        CONTEXT_WEIGHT.get(t, OTHER_WEIGHT) for i, t in context.items() if i in theirs and i != candidate
    )
    if roles and roles & {names.role_key(t)[0] for t in store.entity_role_titles(candidate)}:
        score += ROLE_WEIGHT
    return score


def _role_keys(e: Entity) -> set[str]:
    return {k for k in (names.role_key(r.title)[0] for r in e.roles) if k}


def _pick(scored: list[tuple[float, int]], minimum: float) -> tuple[int, float] | None:
    """The best candidate when its support reaches ``minimum`` and is at least twice the next."""
    if not scored:
        return None
    scored.sort(key=lambda x: (-x[0], x[1]))
    best, runner = scored[0][0], (scored[1][0] if len(scored) > 1 else 0.0)
    if best >= minimum and runner * 2 <= best:
        return scored[0][1], best
    return None


def _close_spelling(
    store: Store, e: Entity, key: str, context: Mapping[int, str], used: set[int]
) -> Decision | None:
    roles = _role_keys(e)
    sk = names.skeleton(key)
    spelled = [i for i, _ in store.alias_candidates("skeleton", sk, "PERSON", MAX_CANDIDATES)]
    middle: list[int] = []
    unit = names.unit_key(e.canonical, e.type)
    fl = names.first_last(unit)
    for kind, k in (("first_last", unit), ("name", fl), ("first_last", fl)):
        if k:
            middle += [i for i, _ in store.alias_candidates(kind, k, "PERSON", MAX_CANDIDATES)]
    facts = store.entity_facts([*spelled, *middle])
    for ids, ok, mine, keyed, minimum, method in (
        (spelled, names.close_spelling, key, names.name_key, MIN_SPELLING, "skeleton"),
        (middle, names.middles_compatible, unit, names.unit_key, MIN_MIDDLE, "first_last"),
    ):
        scored = [
            (_support(store, i, context, roles), i)
            for i in dict.fromkeys(ids)
            if i in facts and i not in used and ok(mine, keyed(facts[i].canonical, "PERSON"))
        ]
        picked = _pick(scored, minimum)
        if picked:
            return Decision(picked[0], method, picked[1])
    return None


def _surname_use(e: Entity) -> bool:
    """True when the text puts an honorific or title before the bare name ("Mr Kim", "President
    Obama"): then it is a family name, whichever end of the full name it is at."""
    for text in [e.canonical, *e.aliases, *(m.text for m in e.mentions)]:
        words = names.plain(text).split()
        if len(words) >= 2 and words[0] in names.TITLES:
            return True
    return False


def _partial(
    store: Store, e: Entity, key: str, words: list[str], surname: bool, context: Mapping[int, str],
    used: set[int], day: date | None,
) -> Decision | None:
    """A bare surname (or, after an honorific, a family name at either end) linked to the one
    known person the context picks out, who must also be the one the name usually stands for
    ("Osama" is not "Hajj Osama" when "Osama bin Laden" is far better known; "Gaddafi" is not
    Saif Gaddafi; a bearer of the name seen only at other times, or whom the article's context
    does not support at all, is no rival). A bare first name is never linked: "Sharon" may be
    Ariel Sharon or Sharon Osbourne, "Carol" anyone."""
    known = dict(store.alias_candidates("token", words[-1], "PERSON", MAX_CANDIDATES))
    for i, n in store.alias_candidates("name", key, "PERSON", MAX_CANDIDATES):
        known[i] = max(n, known.get(i, 0))
    ids = list(known)
    facts = store.entity_facts(ids)
    roles = _role_keys(e)
    scored, elsewhen = [], set()
    for i in dict.fromkeys(ids):
        f = facts.get(i)
        if f and day and not _in_window(day, f.first_seen, f.last_seen):
            elsewhen.add(i)  # seen only at other times: neither a candidate nor a rival
            continue
        theirs = names.name_key(f.canonical).split() if f else []
        if f is None or i in used or not _names_part(words, theirs, surname):
            continue
        scored.append((_support(store, i, context, roles), i))
    picked = _pick(scored, MIN_PARTIAL)
    if not picked:
        return None
    uses = known[picked[0]]
    same_name = names.name_key(facts[picked[0]].canonical).split() == words
    ruled_out = elsewhen | {i for s, i in scored if s == 0}  # the context says nothing for them
    rivals = [n for i, n in known.items() if i != picked[0] and i not in ruled_out]
    rivals.append(store.alias_count_other_types("name", key, "PERSON"))
    if (uses < MIN_KNOWN and not same_name) or uses < DOMINANCE * max(rivals):
        return None
    return Decision(picked[0], "context", picked[1])


def _names_part(words: list[str], theirs: list[str], surname: bool) -> bool:
    """The bare name is the end of the full name ("obama" of "barack obama"), or, used as a
    family name, its start ("kim" of "kim jong un"); or it is the same bare name."""
    n = len(words)
    if words == theirs:
        return True
    return len(theirs) > n and (theirs[-n:] == words or (surname and theirs[:n] == words))


def _in_window(day: date, first: str | None, last: str | None) -> bool:
    lo, hi = _day(first), _day(last)
    if lo and (lo - day).days > WINDOW_DAYS:
        return False
    return not (hi and (day - hi).days > WINDOW_DAYS)
