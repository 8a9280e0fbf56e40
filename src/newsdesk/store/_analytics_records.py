"""What attention analytics hand back (``store/_analytics.py``): small dataclasses with their JSON shape."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Copies = Literal["once", "all"]
TopKind = Literal["outlets", "people", "places", "terms"]


@dataclass
class DayCount:
    """One day of a query: matching articles, all articles, and the share (0 when none that day)."""

    day: str
    count: int
    total: int

    @property
    def share(self) -> float:
        return self.count / self.total if self.total else 0.0


@dataclass
class Attention:
    """A query's articles per day over ``since``..``until`` (ISO days, both included), every day listed.

    ``copies``: "once" counts a copy group (an article and its reprints) once, on its canonical
    article's day, when any of its articles matches; "all" counts every copy. ``unknown``: the
    query's entity: names that name no stored entity (they match nothing)."""

    query: str
    since: str
    until: str
    copies: Copies
    days: list[DayCount] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    @property
    def matched(self) -> int:
        return sum(d.count for d in self.days)

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query, "since": self.since, "until": self.until, "copies": self.copies,
            "matched": self.matched, "unknown": self.unknown,
            "days": [{**asdict(d), "share": d.share} for d in self.days],
        }


@dataclass
class TopItem:
    """An outlet, entity or word, and how many of the (sampled) matching articles have it."""

    name: str
    articles: int
    share: float
    entity_id: int | None = None


@dataclass
class TopList:
    """The top ``kind`` of a query's articles. ``sample``: how many articles were read when the
    list comes from a sample of the ``matched`` articles (None: from all of them)."""

    query: str
    kind: TopKind
    since: str
    until: str
    copies: Copies
    matched: int
    sample: int | None = None
    items: list[TopItem] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class DayStory:
    """A story with articles matching a query on one day (``articles``: how many)."""

    id: int
    title: str | None
    articles: int
    size: int
    first_seen: str | None
    last_seen: str | None


@dataclass
class DayStories:
    """One page of the stories of a query's day, most matching articles first. ``unplaced``: the
    day's matching articles in no story yet (not analysed, or placed later)."""

    query: str
    day: str
    copies: Copies
    total: int
    offset: int
    limit: int
    matched: int
    unplaced: int
    items: list[DayStory] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
