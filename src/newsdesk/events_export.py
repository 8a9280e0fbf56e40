"""Event export in a flat, GDELT-like schema: one row per event, CAMEO codes beside PLOVER types.

Analysts already have tooling for GDELT 2.0 Events. ``event_row`` turns a stored event
(``Store.events``) into one flat record whose first columns carry GDELT's names and meaning
(``GlobalEventID``, ``Day``, ``Actor1Name``, ``Actor1CountryCode``, ``EventCode``,
``QuadClass``, ``ActionGeo_FullName``, ``SOURCEURL`` ...), so that a column mapping is all such
tooling needs, followed by newsdesk's own columns (PLOVER type and mode, status, the evidence
offsets, the quote an event is reported in). ``cameo_code`` gives the nearest CAMEO code for a
PLOVER type and mode (``CAMEO_CODES``); docs/SCHEMA.md ("Event export") documents every column
and the mapping.

Pure functions over store records: no SQL, no terminal, so the CLI, a test or a later web
API call them alike.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from typing import Any, TextIO

from newsdesk.models import EVENT_TYPE_ALIASES
from newsdesk.store import StoredEvent, StoredParticipant

EXPORT_FORMATS = ("csv", "jsonl")

#: GDELT 2.0 Event columns newsdesk fills, in GDELT's order, then newsdesk's own columns.
GDELT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "SOURCEURL",
)
NEWSDESK_COLUMNS = (
    "DaySource", "EventDate", "ArticleID", "EventID", "ArticlePublished", "ArticleTitle",
    "PloverType", "PloverMode", "Status",
    "Actor1Names", "Actor1EntityID", "Actor2Names", "Actor2EntityID", "ActionGeo_EntityID",
    "TimeID", "TimeText", "TriggerText", "TriggerStart", "TriggerEnd",
    "EvidenceStart", "EvidenceEnd", "EvidenceText", "QuoteID", "Speaker",
)
CSV_COLUMNS = GDELT_COLUMNS + NEWSDESK_COLUMNS

#: Events per article that ``GlobalEventID`` (article id x 10,000 + event id) can number.
EVENT_ID_LIMIT = 10_000

_MASS_VIOLENCE = {
    "unconventional": "200", "cleansing": "200", "mass-expulsion": "201", "mass-killing": "202",
    "massacre": "202", "ethnic-cleansing": "203", "wmd": "204", "cbrn": "204", "chemical": "204",
    "biological": "204", "nuclear": "204",
}
_WEAPONS = {"firearms": "193", "small-arms": "193", "heavy-weapons": "194", "artillery": "194",
            "tanks": "194", "aerial": "195", "airstrike": "195", "ceasefire-violation": "196"}

#: PLOVER type -> (CAMEO code for the type, {PLOVER mode: more specific CAMEO code}).
#: CAMEO 1.1b3 codes. The modes are those of PLOVER 0.5 and of the 2021 CAMEO-to-PLOVER
#: table (openeventdata/PLOVER), plus plain words for the same things. TRAVEL (not a PLOVER
#: type) is CAMEO's "make a visit".
CAMEO_CODES: dict[str, tuple[str, dict[str, str]]] = {
    "AGREE": ("030", {"sign": "057", "treaty": "057"}),
    "CONSULT": ("040", {"phone": "041", "visit": "042", "host": "043", "third-party": "044",
                        "mediate": "045", "negotiate": "046"}),
    "SUPPORT": ("050", {"praise": "051", "endorse": "051", "defend": "052", "rally": "053",
                        "recognize": "054", "apologize": "055", "forgive": "056", "sign": "057"}),
    "COOPERATE": ("060", {"economic": "061", "military": "062", "judicial": "063", "legal": "063",
                          "intelligence": "064"}),
    "AID": ("070", {"economic": "071", "military": "072", "humanitarian": "073",
                    "peacekeeping": "074", "asylum": "075"}),
    "CONCEDE": ("080", {"ease": "081", "reform": "083", "release": "084", "return": "084"}),
    "RETREAT": ("080", {"release": "084", "return": "084", "ease": "085", "access": "086",
                        "disarm": "087", "ceasefire": "087", "withdraw": "087"}),
    "INVESTIGATE": ("090", {"crime": "091", "corruption": "091", "human-rights": "092",
                            "military": "093", "war-crimes": "094"}),
    "DEMAND": ("100", {"assist": "101", "change": "104", "yield": "105", "meet": "106"}),
    "DISAPPROVE": ("110", {"investigate": "090", "criticize": "111", "denounce": "111",
                           "accuse": "112", "complain": "114", "lawsuit": "115", "convict": "116"}),
    "REJECT": ("120", {"assist": "121", "change": "123", "yield": "124", "meet": "125",
                       "veto": "129"}),
    "THREATEN": ("130", {"relations": "131", "restrict": "132", "ban": "132", "political": "132",
                         "curfew": "132", "martial-law": "132", "expel": "136",
                         "violence": "138", "territory": "138", "ultimatum": "139"}),
    "PROTEST": ("140", {"demo": "141", "demo-org": "141", "demo-spon": "141", "hunger": "142",
                        "strike-hun": "142", "boycott": "143", "strike": "143", "strike-gen": "143",
                        "obstruct": "144", "riot": "145", "riot-org": "145", "riot-spon": "145"}),
    "MOBILIZE": ("150", {"police": "153", "troops": "154", "cyber": "155"}),
    "SANCTION": ("160", {"withdraw": "161", "relations": "161", "discontinue": "162",
                         "embargo": "163", "restrict": "163", "expel": "166"}),
    "COERCE": ("170", {"confiscate": "171", "destroy": "171", "seize": "171", "restrict": "172",
                       "ban": "172", "censor": "172", "curfew": "172", "martial-law": "172",
                       "arrest": "173", "detain": "173", "deport": "174", "firearms": "175",
                       "repression": "175", "cyber": "176"}),
    # a shooting by a gunman or militants is unconventional violence (180), not a gun battle (193)
    "ASSAULT": ("180", {**_WEAPONS, **_MASS_VIOLENCE, "firearms": "180", "small-arms": "180",
                        "abduct": "181", "beat": "182", "primitive": "182", "execute": "182",
                        "sexual": "182", "torture": "182", "explosives": "183",
                        "suicide-attack": "183", "assassinate": "186", "destroy": "171"}),
    "FIGHT": ("190", {"blockade": "191", "occupy": "192", **_WEAPONS, **_MASS_VIOLENCE}),
    "TRAVEL": ("042", {"host": "043"}),
}

#: A planned cooperative event is coded as CAMEO's "express intent to ..." (root 03).
CAMEO_INTENT: dict[str, str] = {
    "AGREE": "030", "COOPERATE": "031", "SUPPORT": "032", "AID": "033", "CONCEDE": "035",
    "RETREAT": "035", "CONSULT": "036", "TRAVEL": "036",
}

_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")


def _mode_key(mode: str | None) -> str:
    return "-".join((mode or "").strip().lower().replace("_", " ").split())


def cameo_code(plover_type: str, mode: str | None = None, status: str | None = None) -> str | None:
    """The nearest CAMEO event code (``"042"``) for a PLOVER type and mode; None for an unknown type.

    POLECAT's REQUEST and ACCUSE count as DEMAND and DISAPPROVE. A mode with a more specific
    CAMEO code gives that code (CONSULT/visit -> 042, FIGHT/aerial -> 195; the mass-violence
    modes of ASSAULT and FIGHT -> 20x); a ``planned`` cooperative event gives CAMEO's matching
    "express intent" code (a planned meeting -> 036).
    """
    key = plover_type.strip().upper()
    key = EVENT_TYPE_ALIASES.get(key, key)
    if status == "planned" and key in CAMEO_INTENT:
        return CAMEO_INTENT[key]
    found = CAMEO_CODES.get(key)
    if found is None:
        return None
    default, by_mode = found
    return by_mode.get(_mode_key(mode), default)


def quad_class(code: str | None) -> int | None:
    """GDELT's QuadClass of a CAMEO code, by root: 1 verbal cooperation (01-05), 2 material
    cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20)."""
    if not code:
        return None
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def global_event_id(article_id: int, event_id: int) -> int:
    """A stable integer id: ``article_id * 10000 + event_id`` (ValueError past 9,999 events)."""
    if not 0 <= event_id < EVENT_ID_LIMIT:
        raise ValueError(f"event id {event_id} of article {article_id} does not fit GlobalEventID")
    return article_id * EVENT_ID_LIMIT + event_id


def event_day(date: str | None, published: str | None) -> tuple[str | None, str | None]:
    """``(YYYYMMDD, "event"|"article")``: the event's date when it is a calendar day, else the article's."""
    for value, source in ((date, "event"), (published, "article")):
        m = _DAY_RE.match(value or "")
        if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            return "".join(m.groups()), source
    return None, None


def _actor_code(p: StoredParticipant | None) -> str | None:
    """CAMEO-style actor code: country then sector ("PRTGOV"), either alone, or None."""
    if p is None:
        return None
    return ((p.country or "") + (p.sector or "")).upper() or None


def _names(people: list[StoredParticipant]) -> str | None:
    return ";".join(p.label.replace(";", "%3B") for p in people) or None


def event_record(e: StoredEvent) -> dict[str, Any]:
    """One event as a flat record over ``CSV_COLUMNS`` (None for an empty cell)."""
    actor1 = e.actors[0] if e.actors else None
    actor2 = e.recipients[0] if e.recipients else None
    code = cameo_code(e.type, e.mode, e.status)
    day, day_source = event_day(e.date, e.published)
    return {
        "GlobalEventID": global_event_id(e.article_id, e.event_id),
        "Day": int(day) if day else None,
        "MonthYear": int(day[:6]) if day else None,
        "Year": int(day[:4]) if day else None,
        "Actor1Code": _actor_code(actor1),
        "Actor1Name": actor1.label if actor1 else None,
        "Actor1CountryCode": actor1.country if actor1 else None,
        "Actor1Type1Code": actor1.sector if actor1 else None,
        "Actor2Code": _actor_code(actor2),
        "Actor2Name": actor2.label if actor2 else None,
        "Actor2CountryCode": actor2.country if actor2 else None,
        "Actor2Type1Code": actor2.sector if actor2 else None,
        "EventCode": code,
        "EventBaseCode": code[:3] if code else None,
        "EventRootCode": code[:2] if code else None,
        "QuadClass": quad_class(code),
        "ActionGeo_FullName": e.place.label if e.place else None,
        "ActionGeo_CountryCode": e.place.country if e.place else None,
        "SOURCEURL": e.url,
        "DaySource": day_source,
        "EventDate": e.date,
        "ArticleID": e.article_id,
        "EventID": e.event_id,
        "ArticlePublished": e.published,
        "ArticleTitle": e.title,
        "PloverType": e.type,
        "PloverMode": e.mode,
        "Status": e.status,
        "Actor1Names": _names(e.actors),
        "Actor1EntityID": actor1.entity_id if actor1 else None,
        "Actor2Names": _names(e.recipients),
        "Actor2EntityID": actor2.entity_id if actor2 else None,
        "ActionGeo_EntityID": e.place.entity_id if e.place else None,
        "TimeID": e.time_id,
        "TimeText": e.time_text,
        "TriggerText": e.trigger.text,
        "TriggerStart": e.trigger.start,
        "TriggerEnd": e.trigger.end,
        "EvidenceStart": e.evidence.start,
        "EvidenceEnd": e.evidence.end,
        "EvidenceText": " ".join(e.evidence.text.split()),
        "QuoteID": e.quote_id,
        "Speaker": e.speaker,
    }


def jsonl_record(e: StoredEvent) -> dict[str, Any]:
    """The flat record plus every actor and recipient and the place, as nested objects."""
    return {
        **event_record(e),
        "actors": [_participant(p) for p in e.actors],
        "recipients": [_participant(p) for p in e.recipients],
        "place": _participant(e.place) if e.place else None,
    }


def _participant(p: StoredParticipant) -> dict[str, Any]:
    return {
        "name": p.label, "text": p.name, "entity_id": p.entity_id, "country": p.country,
        "sector": p.sector, "code": _actor_code(p), "start": p.start, "end": p.end,
    }


def write_jsonl(events: Iterable[StoredEvent], fp: TextIO) -> int:
    """One JSON object per line; returns the number of events written."""
    n = 0
    for e in events:
        fp.write(json.dumps(jsonl_record(e), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(events: Iterable[StoredEvent], fp: TextIO) -> int:
    """A header line and one row per event (empty cells for None); returns the number written."""
    writer = csv.DictWriter(fp, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for e in events:
        writer.writerow({k: "" if v is None else v for k, v in event_record(e).items()})
        n += 1
    return n


def write_export(events: Iterable[StoredEvent], fmt: str, fp: TextIO) -> int:
    """Write in ``fmt`` (one of ``EXPORT_FORMATS``); ValueError names an unknown format."""
    if fmt == "jsonl":
        return write_jsonl(events, fp)
    if fmt == "csv":
        return write_csv(events, fp)
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
