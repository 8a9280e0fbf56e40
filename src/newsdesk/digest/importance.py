"""The importance score that ranks an edition's stories (the weekend selection keeps the best).

Why these signals: a story many independent outlets cover matters more than one outlet's
exclusive (copies are counted once: a wire story reprinted by ten papers is one report with
ten outlets, and it is the outlets that count); a story that moved several times in the window
matters more than one that moved once; stories about people who are in the news a lot (store-
wide) matter more to most readers; and a deadly attack weighs more than a courtesy visit,
a summit that happened more than one that may happen. The score, for a story over the window::

    score = 1.0 * O + 1.0 * D + 0.5 * P + 2.0 * E

    O  distinct outlets that reported the story in the window (a copy adds its outlet, once)
    D  distinct store-wide events of the story reported in the window (dated developments)
    P  prominence: sum over the story's three most mentioned people of log2(1 + n), n the
       number of articles naming that person in the whole store
    E  the biggest event reported in the window: max of TYPE_WEIGHT[type] * STATUS_WEIGHT[status]

Stories are ranked by score, then by outlets, then by new articles, then by the latest
publication date, then by story id, so that a ranking is the same every time.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: How much one event of a PLOVER type weighs: material conflict most, a trip least.
TYPE_WEIGHT: dict[str, float] = {
    "ASSAULT": 3.0, "FIGHT": 3.0, "COERCE": 3.0,
    "MOBILIZE": 2.0, "SANCTION": 2.0, "THREATEN": 2.0, "PROTEST": 2.0, "AGREE": 2.0,
    "CONSULT": 1.5, "AID": 1.5, "COOPERATE": 1.5, "CONCEDE": 1.5, "RETREAT": 1.5,
    "INVESTIGATE": 1.5, "REJECT": 1.5, "DEMAND": 1.5,
    "DISAPPROVE": 1.0, "SUPPORT": 1.0,
    "TRAVEL": 0.5,
}
#: How much an event's status counts: what happened, fully; what may happen, a little.
STATUS_WEIGHT: dict[str, float] = {
    "happened": 1.0, "ongoing": 1.0, "planned": 0.6, "possible": 0.3, "negated": 0.2, "hypothetical": 0.1,
}
#: People counted for prominence.
PEOPLE = 3


@dataclass(frozen=True)
class Weights:
    """The weights of the score's four parts (see the module docstring)."""

    outlets: float = 1.0
    developments: float = 1.0
    prominence: float = 0.5
    event: float = 2.0


def event_weight(type_: str, status: str) -> float:
    """One event's weight: its type's weight times its status's (unknown: 1.0 and 0.5)."""
    return TYPE_WEIGHT.get(type_, 1.0) * STATUS_WEIGHT.get(status, 0.5)


def prominence(people_articles: Iterable[int]) -> float:
    """Sum of log2(1 + articles) over the ``PEOPLE`` most mentioned people given."""
    return sum(math.log2(1 + max(n, 0)) for n in list(people_articles)[:PEOPLE])


def importance(
    outlets: int, developments: int, people_articles: Sequence[int],
    events: Iterable[tuple[str, str]], weights: Weights = Weights(),
) -> float:
    """The score of one story over a window, rounded to 3 decimals.

    ``outlets``: distinct outlets in the window; ``developments``: distinct events reported in
    the window; ``people_articles``: store-wide article counts of its most mentioned people
    (most mentioned first); ``events``: (type, status) of the events reported in the window.
    """
    biggest = max((event_weight(t, s) for t, s in events), default=0.0)
    score = (weights.outlets * outlets + weights.developments * developments
             + weights.prominence * prominence(people_articles) + weights.event * biggest)
    return round(score, 3)
