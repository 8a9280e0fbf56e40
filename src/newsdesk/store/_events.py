"""Time-expression and event rows: writing an analysis's times and events, reading events back.

Events are typed in PLOVER; POLECAT's names for two of its types (REQUEST for DEMAND,
ACCUSE for DISAPPROVE) are accepted everywhere a type is given and stored as the PLOVER
name, so one filter finds both. Actors and recipients live in ``event_participants``, one
row each, and are looked up by name the way quote speakers are (``_quotes``): case, accents
and punctuation do not matter, whole words of the participant's words, canonical name or an
alias match (a possessor is not the participant: "Duarte's predecessor" is found by
"predecessor", not by "Duarte"). The FTS5 index narrows the candidates and a word-boundary check on the
normalised names decides.

An event's date for filtering and ordering is its own date when the analysis gives a
calendar date (``2018-06-12``, ``2018-06``, ``2000``), else the article's publication date.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace

from newsdesk.models import (
    EVENT_STATUSES,
    EVENT_TYPE_ALIASES,
    Event,
    Participant,
    Span,
    TimeExpression,
    normalise_event_type,
)
from newsdesk.store._query import check_name
from newsdesk.store._quotes import (
    NO_FILTERS,
    EntityRow,
    ListFilters,
    _like_escape,
    list_clauses,
    names_field,
    speaker_query_key,
)
from newsdesk.store._records import StoredEvent, StoredParticipant

_CALENDAR_RE = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?(?![\d-]\d)")
#: A possessor in front of a participant's words ("Duarte's predecessor", "the rebels' leaders").
_POSSESSOR_RE = re.compile(r"^.*(?:['\u2019]s|s['\u2019])\s+")
_SINCE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?([T ].*)?$")


event_type = normalise_event_type


def stored_type(name: str) -> str:
    """The type as stored: upper case, POLECAT aliases as their PLOVER name, unknown types kept."""
    key = name.strip().upper()
    return EVENT_TYPE_ALIASES.get(key, key)


def date_key(value: str | None) -> str | None:
    """The calendar part of a TIMEX3 value (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``), else None.

    ``2018-05-31T19:00`` gives ``2018-05-31``; a week (``2018-W22``) or season (``2018-SU``)
    gives its year; ``PRESENT_REF``, durations and ``XXXX-06`` give None.
    """
    if not value:
        return None
    m = _CALENDAR_RE.match(value)
    if not m:
        return None
    return "-".join(part for part in m.groups() if part)


# -- writing ----------------------------------------------------------------------------------

def insert_times(conn: sqlite3.Connection, article_id: int, times: Iterable[TimeExpression]) -> None:
    """Insert the time-expression rows of one analysis (the caller has deleted the old ones)."""
    conn.executemany(
        "INSERT INTO time_expressions (article_id, local_id, start, end, text, type, value, anchor, mod)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        [(article_id, t.id, t.start, t.end, t.text, t.type, t.value, t.anchor, t.mod) for t in times],
    )


def insert_events(
    conn: sqlite3.Connection,
    article_id: int,
    events: Iterable[Event],
    times: Sequence[TimeExpression],
    entities: dict[int, EntityRow],
) -> None:
    """Insert the event and participant rows of one analysis (the caller has deleted the old ones).

    An event without a ``date`` whose ``time_id`` points at a time expression with a value
    takes that value.
    """
    values = {t.id: t.value for t in times}
    for ev in events:
        date = ev.date or (values.get(ev.time_id) if ev.time_id is not None else None)
        place = ev.place
        where = entities.get(place.entity_id) if place and place.entity_id is not None else None
        row = conn.execute(
            "INSERT INTO events (article_id, local_id, type, mode, status, trigger, trigger_start,"
            " trigger_end, evidence, evidence_start, evidence_end, date, date_key, time_local_id,"
            " place, place_start, place_end, place_local_id, place_entity_id, place_country,"
            " quote_local_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                article_id, ev.id, stored_type(ev.type), ev.mode or None, ev.status,
                ev.trigger.text, ev.trigger.start, ev.trigger.end,
                ev.evidence.text, ev.evidence.start, ev.evidence.end,
                date, date_key(date), ev.time_id,
                place.name if place else None, place.start if place else None,
                place.end if place else None, place.entity_id if place else None,
                where.entity_id if where else None, place.country if place else None,
                ev.quote_id,
            ),
        )
        event_row = int(row.lastrowid or 0)
        conn.executemany(
            "INSERT INTO event_participants (event_id, article_id, role, position, name, start, end,"
            " entity_local_id, entity_id, country, sector, names) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                _participant_row(event_row, article_id, role, i, p, entities)
                for role, people in (("actor", ev.actors), ("recipient", ev.recipients))
                for i, p in enumerate(people)
            ],
        )


def _participant_row(
    event_row: int, article_id: int, role: str, position: int, p: Participant, entities: dict[int, EntityRow]
) -> tuple[object, ...]:
    who = entities.get(p.entity_id) if p.entity_id is not None else None
    # "Duarte's predecessor" is not Duarte: a possessor is left out of the words looked up
    names = [_POSSESSOR_RE.sub("", p.name)] + ([who.canonical, *who.aliases] if who else [])
    return (
        event_row, article_id, role, position, p.name, p.start, p.end, p.entity_id,
        who.entity_id if who else None, p.country, p.sector, names_field(names),
    )


# -- reading ----------------------------------------------------------------------------------

#: The date an event is filtered and ordered by: its own calendar date, else the article's.
_WHEN = "COALESCE(e.date_key, substr(a.published, 1, 10))"


def check_since(since: str) -> str:
    """``since`` if it is an ISO date or prefix (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD[T...]``)."""
    if not _SINCE_RE.match(since):
        raise ValueError(f"since {since!r} is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD")
    return since


def _where(
    actor: str | None,
    type_: str | None,
    since: str | None,
    status: str | None,
    article_id: int | None,
    more: ListFilters = NO_FILTERS,
    place: int | None = None,
) -> tuple[str, list[object]] | None:
    """The WHERE clause and parameters, or None when a filter can match nothing.

    ``more.until`` compares the event's date as ``since`` does (a month reaching it counts);
    ``more.entity`` is an actor or recipient; ``place`` the store-wide entity of the place.
    """
    clauses, params = list_clauses(replace(more, until=None), "e.article_id", "a.published")
    if more.until is not None:
        clauses.append(f"{_WHEN} <= substr(?, 1, length({_WHEN}))")
        params.append(check_since(more.until))
    if more.entity is not None:
        clauses.append("e.id IN (SELECT event_id FROM event_participants WHERE entity_id = ?)")
        params.append(more.entity)
    if place is not None:
        clauses.append("e.place_entity_id = ?")
        params.append(place)
    if type_ is not None:
        clauses.append("e.type = ?")
        params.append(event_type(type_))
    if status is not None:
        if status not in EVENT_STATUSES:
            raise ValueError(
                f"unknown event status {status!r}; expected one of {', '.join(EVENT_STATUSES)}"
            )
        clauses.append("e.status = ?")
        params.append(status)
    if since is not None:
        clauses.append(f"{_WHEN} >= substr(?, 1, length({_WHEN}))")
        params.append(check_since(since))
    if actor is not None:
        check_name(actor, "actor")
        key = speaker_query_key(actor)
        if not key:
            return None
        clauses.append(
            "e.id IN (SELECT p.event_id FROM event_participants p"
            " WHERE p.id IN (SELECT rowid FROM event_participants_fts WHERE event_participants_fts MATCH ?)"
            " AND p.names LIKE ? ESCAPE '\\')"
        )
        params += [f'names : "{key}"', f"% {_like_escape(key)} %"]
    if article_id is not None:
        clauses.append("e.article_id = ?")
        params.append(article_id)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


_FROM = " FROM events e JOIN articles a INDEXED BY articles_card ON a.id = e.article_id"
_SELECT = (
    "SELECT e.*, a.title, a.published, a.url, a.publisher, t.text AS time_text, q.speaker,"
    " pae.canonical AS place_canonical"
    + _FROM
    + " LEFT JOIN time_expressions t ON t.article_id = e.article_id AND t.local_id = e.time_local_id"
    " LEFT JOIN quotes q ON q.article_id = e.article_id AND q.local_id = e.quote_local_id"
    " LEFT JOIN article_entities pae ON pae.article_id = e.article_id AND pae.local_id = e.place_local_id"
)
_ORDER = (
    f" ORDER BY {_WHEN} IS NULL, {_WHEN}, a.published IS NULL, a.published, e.article_id,"
    " e.trigger_start, e.local_id"
)
_TEXT_ORDER = " ORDER BY e.trigger_start, e.local_id"


def events(
    conn: sqlite3.Connection,
    actor: str | None = None,
    type_: str | None = None,
    since: str | None = None,
    status: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    article_id: int | None = None,
    more: ListFilters = NO_FILTERS,
    place: int | None = None,
) -> list[StoredEvent]:
    """Matching events, by date (see module doc); one article's events in text order."""
    where = _where(actor, type_, since, status, article_id, more, place)
    if where is None:
        return []
    sql, params = where
    order = _TEXT_ORDER if article_id is not None else _ORDER
    params = [*params, -1 if limit is None else max(limit, 0), max(offset, 0)]
    rows = conn.execute(_SELECT + sql + order + " LIMIT ? OFFSET ?", params).fetchall()
    people = _participants(conn, [r["id"] for r in rows])
    return [_record(r, people.get(r["id"], {})) for r in rows]


def count(
    conn: sqlite3.Connection,
    actor: str | None = None,
    type_: str | None = None,
    since: str | None = None,
    status: str | None = None,
    more: ListFilters = NO_FILTERS,
    place: int | None = None,
) -> int:
    where = _where(actor, type_, since, status, None, more, place)
    if where is None:
        return 0
    sql, params = where
    return int(conn.execute("SELECT count(*)" + _FROM + sql, params).fetchone()[0])


def times(conn: sqlite3.Connection, article_id: int) -> list[TimeExpression]:
    """One article's time expressions in text order, with the analysis's ids."""
    rows = conn.execute(
        "SELECT local_id, start, end, text, type, value, anchor, mod FROM time_expressions"
        " WHERE article_id = ? ORDER BY start, end, local_id",
        (article_id,),
    )
    return [TimeExpression(*r) for r in rows]


_People = dict[str, list[StoredParticipant]]


def _participants(conn: sqlite3.Connection, event_ids: list[int]) -> dict[int, _People]:
    """Actors and recipients of the given event rows, in the analysis's order."""
    found: dict[int, _People] = {}
    for i in range(0, len(event_ids), 500):
        chunk = event_ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
            "SELECT p.event_id, p.role, p.name, p.start, p.end, p.entity_id, ae.canonical, p.country,"
            " p.sector FROM event_participants p"
            " LEFT JOIN article_entities ae"
            " ON ae.article_id = p.article_id AND ae.local_id = p.entity_local_id"
            f" WHERE p.event_id IN ({marks}) ORDER BY p.event_id, p.role, p.position",
            chunk,
        ):
            found.setdefault(r[0], {}).setdefault(r[1], []).append(StoredParticipant(*r[2:]))
    return found


def _record(r: sqlite3.Row, people: _People) -> StoredEvent:
    place = None
    if r["place"] is not None:
        place = StoredParticipant(
            name=r["place"], start=r["place_start"], end=r["place_end"], entity_id=r["place_entity_id"],
            canonical=r["place_canonical"], country=r["place_country"],
        )
    return StoredEvent(
        id=r["id"],
        article_id=r["article_id"],
        event_id=r["local_id"],
        type=r["type"],
        mode=r["mode"],
        status=r["status"],
        trigger=Span(r["trigger_start"], r["trigger_end"], r["trigger"]),
        evidence=Span(r["evidence_start"], r["evidence_end"], r["evidence"]),
        date=r["date"],
        time_id=r["time_local_id"],
        time_text=r["time_text"],
        actors=people.get("actor", []),
        recipients=people.get("recipient", []),
        place=place,
        quote_id=r["quote_local_id"],
        speaker=r["speaker"],
        title=r["title"],
        published=r["published"],
        url=r["url"],
        publisher=r["publisher"],
    )
