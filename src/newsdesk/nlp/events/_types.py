"""The event type vocabulary: PLOVER 0.5 types, TRAVEL, and the later names that map onto them."""

from __future__ import annotations

#: PLOVER 0.5 event types (CRIME and DOCUMENT left out: not political events between actors).
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE",
    "ASSAULT", "FIGHT",
)

#: Every type an ``Event`` can carry: PLOVER plus TRAVEL (a movement that is not a meeting).
EVENT_TYPES: tuple[str, ...] = PLOVER_TYPES + ("TRAVEL",)

#: Names used by POLECAT (PLOVER's later revision) and CAMEO for the same types.
TYPE_ALIASES: dict[str, str] = {
    "REQUEST": "DEMAND",
    "ACCUSE": "DISAPPROVE",
    "YIELD": "CONCEDE",
    "REDUCE RELATIONS": "SANCTION",
    "REDUCE_RELATIONS": "SANCTION",
    "MOVE": "TRAVEL",
}


def normalise_type(name: str) -> str:
    """The canonical type for ``name`` (case-insensitive; POLECAT's REQUEST → DEMAND,
    ACCUSE → DISAPPROVE). Raises ``ValueError`` naming the known types otherwise."""
    key = " ".join(name.strip().upper().split())
    key = TYPE_ALIASES.get(key, key)
    if key in EVENT_TYPES:
        return key
    known = ", ".join(EVENT_TYPES + tuple(TYPE_ALIASES))
    raise ValueError(f"unknown event type {name!r}; known: {known}")
