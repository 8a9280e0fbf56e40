"""What the store hands back: small dataclasses for results that are not shared vocabulary.

Articles and entities come back as ``newsdesk.models`` objects; these wrap them with
database facts (ids, versions, counts) and know their own JSON shape for ``--json``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from newsdesk.models import Article, Entity, Span, TimeExpression

AddStatus = Literal["new", "duplicate", "version"]


@dataclass(frozen=True)
class Added:
    """Outcome of storing a document: its id and whether it was new, known, or a new URL version."""

    id: int
    status: AddStatus


@dataclass
class SearchHit:
    id: int
    title: str | None
    snippet: str
    score: float
    published: str | None = None
    publisher: str | None = None
    url: str | None = None


@dataclass
class SearchResults:
    """One page of hits plus the total, so callers can page through every match."""

    query: str
    total: int
    limit: int
    offset: int
    hits: list[SearchHit] = field(default_factory=list)

    @property
    def next_offset(self) -> int | None:
        nxt = self.offset + len(self.hits)
        return nxt if nxt < self.total and self.hits else None

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "next_offset": self.next_offset}


@dataclass
class DocumentInfo:
    """Where an article came from and which version of its URL it is."""

    id: int
    source: str
    kind: str
    url: str | None
    url_version: int
    previous_id: int | None
    content_hash: str
    ingested_at: str


@dataclass
class AnalysisInfo:
    pipeline_version: str
    model: str
    analysed_at: str


OutcomeStatus = Literal["failed", "skipped"]


@dataclass
class Outcome:
    """Why a stored document has no (current) analysis: it failed at a stage, or was skipped.

    ``stage`` is extract, analyze or store; ``reason`` a short code (``analysis-failed``,
    ``unsupported-language`` ...); ``detail`` the message. ``pipeline_version`` made it.
    """

    status: OutcomeStatus
    stage: str
    reason: str
    detail: str = ""
    pipeline_version: str = ""
    at: str = ""


@dataclass
class StoreStatus:
    """How complete processing is: the overview ``newsdesk status`` prints.

    ``pending`` documents have neither an analysis nor an outcome (an ingest interrupted
    before this version, or stored by an older newsdesk): ``newsdesk reanalyze`` does them.
    """

    documents: int
    articles: int
    analysed: int
    failed: int
    skipped: int
    pending: int
    outdated: int
    pipeline_versions: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[str, str, int]] = field(default_factory=list)
    skips: list[tuple[str, str, int]] = field(default_factory=list)
    errors: int = 0
    warnings: int = 0
    raw_bytes: int = 0
    stored_raw_bytes: int = 0
    file_bytes: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class StoredArticle:
    """An article with its document, its analysis versions and its entities.

    In ``entities`` each ``Entity.id`` is the cross-article id (``newsdesk entities``),
    not the article-local id of the analysis; so is ``speaker_id`` in ``quotes`` and
    ``entity_id`` in the participants of ``events``. ``times`` keep the analysis's ids.
    """

    id: int
    article: Article
    document: DocumentInfo
    analysis: AnalysisInfo | None
    entities: list[Entity] = field(default_factory=list)
    quotes: list[StoredQuote] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    events: list[StoredEvent] = field(default_factory=list)
    outcome: Outcome | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["article"]["body"] = self.article.body
        d["events"] = [e.to_dict() for e in self.events]
        return d


@dataclass
class StoredQuote:
    """A stored quote (``models.Quote``) with the article it appeared in.

    ``id`` is the row id; ``quote_id`` and ``group`` are ``Quote.id`` and ``Quote.group``
    within the article's analysis; ``clause`` is the reported clause a mixed quote sits in
    (when the analysis gives one). ``speaker_id`` and ``intermediary_id`` are cross-article
    entity ids (``newsdesk entities``), None for an anonymous or unresolved source.
    ``speaker_roles`` are the titles the article gives the speaker. Offsets are
    ``[start, end)`` into the article's text.
    """

    id: int
    article_id: int
    quote_id: int
    kind: str
    content: Span
    cue: Span | None
    source: Span | None
    speaker: str | None
    speaker_id: int | None
    speaker_type: str
    anonymous: bool
    intermediary: str | None
    intermediary_id: int | None
    group: int
    speaker_roles: list[str] = field(default_factory=list)
    title: str | None = None
    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    clause: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class StoredParticipant:
    """An event's actor, recipient or place as stored (``models.Participant``).

    ``name`` is the participant's words as the analysis gives them; ``canonical`` is the name
    of the entity it resolves to (None for an unresolved group such as "a North Korean
    delegation"), ``entity_id`` that entity's cross-article id (``newsdesk entities``).
    ``country`` is an ISO 3166 alpha-3 code, ``sector`` a CAMEO/PLOVER sector code.
    """

    name: str
    start: int
    end: int
    entity_id: int | None = None
    canonical: str | None = None
    country: str | None = None
    sector: str | None = None

    @property
    def label(self) -> str:
        """The name to show: the entity's canonical name when resolved, else the words."""
        return self.canonical or self.name

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "label": self.label}


@dataclass
class StoredEvent:
    """A stored event (``models.Event``) with the article it was reported in.

    ``id`` is the row id; ``event_id``, ``time_id`` and ``quote_id`` are ids within the
    article's analysis. ``type`` is the PLOVER type (POLECAT's REQUEST and ACCUSE come back
    as DEMAND and DISAPPROVE). ``date`` is the event's TIMEX3 value (``2018-06-12``,
    ``2018-06``, ``2000``) or None; ``time_text`` the words of the time expression that dates
    it. ``speaker`` is who the event is attributed to when it is reported in a quote. Offsets
    are ``[start, end)`` into the article's text.
    """

    id: int
    article_id: int
    event_id: int
    type: str
    mode: str | None
    status: str
    trigger: Span
    evidence: Span
    date: str | None = None
    time_id: int | None = None
    time_text: str | None = None
    actors: list[StoredParticipant] = field(default_factory=list)
    recipients: list[StoredParticipant] = field(default_factory=list)
    place: StoredParticipant | None = None
    quote_id: int | None = None
    speaker: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    publisher: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["actors"] = [p.to_dict() for p in self.actors]
        d["recipients"] = [p.to_dict() for p in self.recipients]
        d["place"] = self.place.to_dict() if self.place else None
        return d


@dataclass
class EntitySummary:
    """A cross-article identity with how often it appears and the roles given to it."""

    id: int
    type: str
    canonical: str
    articles: int
    mentions: int
    roles: list[tuple[str, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["roles"] = [{"title": t, "articles": n} for t, n in self.roles]
        return d


@dataclass
class ErrorRecord:
    id: int
    source: str
    stage: str
    reason: str
    detail: str
    document_id: int | None
    at: str
    level: str = "error"
