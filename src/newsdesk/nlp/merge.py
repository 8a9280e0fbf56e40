"""Merging the analyses of an article's parts into one analysis of the whole article.

Each part was analysed as a text of its own, so its offsets count from the part's start and
its ids from 1. Here every offset is shifted to the whole text, entities of the same type
and canonical name become one entity (people first, then the others, as in one analysis),
and entity, quote and time ids are renumbered with every reference to them remapped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsdesk.models import (
    Analysis,
    Article,
    Entity,
    Event,
    Mention,
    Participant,
    Quote,
    Role,
    Span,
    TimeExpression,
)

_Key = tuple[str, str]


def merge_parts(article: Article, parts: Sequence[tuple[int, Analysis]]) -> Analysis:
    """One analysis of ``article`` from ``(offset, analysis)`` pairs of its parts, in text order."""
    if not parts:
        raise ValueError("no parts to merge")
    merged: dict[_Key, Entity] = {}
    keys: list[dict[int, _Key]] = []  # per part: its entity id -> merged key
    for offset, part in parts:
        local: dict[int, _Key] = {}
        for e in part.entities:
            key = (e.type, e.canonical.casefold())
            local[e.id] = key
            _absorb(merged, key, e, offset)
        keys.append(local)
    order = sorted(merged, key=lambda k: k[0] != "PERSON")  # stable: first seen first
    final = {key: i for i, key in enumerate(order, start=1)}
    entities = [replace(merged[key], id=final[key]) for key in order]

    quotes: list[Quote] = []
    times: list[TimeExpression] = []
    events: list[Event] = []
    for (offset, part), local in zip(parts, keys, strict=True):
        ids = {old: final[key] for old, key in local.items()}
        qids = {q.id: len(quotes) + n for n, q in enumerate(part.quotes, start=1)}
        tids = {t.id: len(times) + n for n, t in enumerate(part.times, start=1)}
        quotes += [_quote(q, offset, qids, ids) for q in part.quotes]
        times += [_time(t, offset, tids) for t in part.times]
        events += [_event(ev, len(events) + n, offset, qids, tids, ids)
                   for n, ev in enumerate(part.events, start=1)]
    first = parts[0][1]
    return Analysis(article=article, entities=entities, quotes=quotes, times=times, events=events,
                    pipeline_version=first.pipeline_version, model=first.model,
                    schema_version=first.schema_version)


def _absorb(merged: dict[_Key, Entity], key: _Key, e: Entity, offset: int) -> None:
    """Add part entity ``e`` (shifted) to the merged entity of ``key``."""
    mentions = [_mention(m, offset) for m in e.mentions]
    roles = [_role(r, offset) for r in e.roles]
    into = merged.get(key)
    if into is None:
        merged[key] = Entity(e.id, e.type, e.canonical, mentions, [], e.affiliation, list(e.aliases), e.rule)
        into = merged[key]
    else:
        into.mentions += mentions
        into.affiliation = into.affiliation or e.affiliation
        into.aliases += [a for a in e.aliases if a not in into.aliases and a != into.canonical]
    for r in roles:  # one role per title, as within one part
        if all(r.title.lower() != x.title.lower() for x in into.roles):
            into.roles.append(r)


def _span(s: Span, offset: int) -> Span:
    return Span(s.start + offset, s.end + offset, s.text)


def _maybe(s: Span | None, offset: int) -> Span | None:
    return None if s is None else _span(s, offset)


def _mention(m: Mention, offset: int) -> Mention:
    return replace(m, start=m.start + offset, end=m.end + offset)


def _role(r: Role, offset: int) -> Role:
    return replace(r, start=r.start + offset, end=r.end + offset)


def _quote(q: Quote, offset: int, qids: dict[int, int], ids: dict[int, int]) -> Quote:
    return replace(
        q, id=qids[q.id], content=_span(q.content, offset), cue=_maybe(q.cue, offset),
        source=_maybe(q.source, offset), clause=_maybe(q.clause, offset),
        speaker_id=_ref(q.speaker_id, ids), intermediary_id=_ref(q.intermediary_id, ids),
        group=qids.get(q.group, 0))


def _time(t: TimeExpression, offset: int, tids: dict[int, int]) -> TimeExpression:
    anchor = t.anchor
    if anchor is not None and anchor.startswith("time:"):
        old = anchor.removeprefix("time:")
        anchor = f"time:{tids[int(old)]}" if old.isdigit() and int(old) in tids else None
    return replace(t, id=tids[t.id], start=t.start + offset, end=t.end + offset, anchor=anchor)


def _participant(p: Participant, offset: int, ids: dict[int, int]) -> Participant:
    return replace(p, start=p.start + offset, end=p.end + offset, entity_id=_ref(p.entity_id, ids))


def _event(ev: Event, eid: int, offset: int, qids: dict[int, int], tids: dict[int, int],
           ids: dict[int, int]) -> Event:
    return replace(
        ev, id=eid, trigger=_span(ev.trigger, offset), evidence=_span(ev.evidence, offset),
        mentions=[_span(m, offset) for m in ev.mentions],
        actors=[_participant(p, offset, ids) for p in ev.actors],
        recipients=[_participant(p, offset, ids) for p in ev.recipients],
        place=None if ev.place is None else _participant(ev.place, offset, ids),
        time_id=_ref(ev.time_id, tids), quote_id=_ref(ev.quote_id, qids))


def _ref(old: int | None, ids: dict[int, int]) -> int | None:
    """A remapped id; ``None`` stays ``None`` (and so does an id the part never defined)."""
    return None if old is None else ids.get(old)
