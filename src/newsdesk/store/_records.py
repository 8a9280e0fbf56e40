"""What the store hands back: small dataclasses for results that are not shared vocabulary.

Articles and entities come back as ``newsdesk.models`` objects; these wrap them with
database facts (ids, versions, counts) and know their own JSON shape for ``--json``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from newsdesk.models import Article, Entity, Span

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


@dataclass
class StoredArticle:
    """An article with its document, its analysis versions and its entities.

    In ``entities`` each ``Entity.id`` is the cross-article id (``newsdesk entities``),
    not the article-local id of the analysis; so is ``speaker_id`` in ``quotes``.
    """

    id: int
    article: Article
    document: DocumentInfo
    analysis: AnalysisInfo | None
    entities: list[Entity] = field(default_factory=list)
    quotes: list[StoredQuote] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["article"]["body"] = self.article.body
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
