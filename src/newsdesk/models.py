"""The shared vocabulary: plain dataclasses that every stage exchanges.

Stages pass these objects, never dicts or spaCy objects, so that each stage can be
tested alone and the per-article analysis can run anywhere (a test, a batch, a Ray
worker). Every fact carries character offsets into ``Article.text``: users must be
able to check each fact against the text it came from.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

#: Version of the JSON shape produced by ``Analysis.to_dict`` (see docs/SCHEMA.md).
SCHEMA_VERSION = "1.0"

DocumentKind = Literal["html", "text"]
SectionKind = Literal["headline", "standfirst", "byline", "dateline", "paragraph"]
EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"]


@dataclass
class Document:
    """One raw input item as it arrived, before any extraction.

    ``source`` names where it came from (a path, ``path:line`` for JSONL, ``-`` for
    stdin) so that errors and provenance can point at it.
    """

    source: str
    kind: DocumentKind
    content: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    content_hash: str = ""


@dataclass
class IngestError:
    """A rejected input item: which one, and why (never a bare ``None``)."""

    source: str
    reason: str
    detail: str = ""


@dataclass
class Section:
    """A structural block of the cleaned text (headline, standfirst, paragraph ...)."""

    kind: SectionKind
    start: int
    end: int


@dataclass
class RemovedLine:
    """A line of page chrome dropped by plain-text extraction, with the rule that dropped it."""

    text: str
    reason: str


@dataclass
class Article:
    """The clean article: its text and metadata, each field with the signal that gave it.

    ``text`` is the headline, standfirst and body paragraphs joined by blank lines;
    ``sections`` locate each block in it. ``provenance`` maps a metadata field name
    (``title``, ``published``, ``authors`` ...) to the signal that produced it, e.g.
    ``"json-ld"``, ``"meta:article:published_time"``, ``"htmldate"``, ``"cli"``.
    """

    text: str
    title: str | None = None
    standfirst: str | None = None
    sections: list[Section] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    byline: str | None = None
    dateline: str | None = None
    wire: str | None = None
    publisher: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    provenance: dict[str, str] = field(default_factory=dict)
    removed: list[RemovedLine] = field(default_factory=list)

    @property
    def body(self) -> str:
        """The body paragraphs only (no headline or standfirst), blank-line separated."""
        return "\n\n".join(
            self.text[s.start : s.end] for s in self.sections if s.kind == "paragraph"
        )

    def paragraphs(self) -> list[str]:
        return [self.text[s.start : s.end] for s in self.sections if s.kind == "paragraph"]


@dataclass
class Mention:
    """One place in ``Article.text`` where an entity is named or referred to."""

    start: int
    end: int
    text: str
    kind: Literal["name", "partial", "title", "pronoun", "description"] = "name"


@dataclass
class Role:
    """A role or title the text gives an entity, with where it says so.

    ``source`` is the construction that gave it: ``premodifier`` ("Secretary of State
    Mike Pompeo"), ``apposition`` ("Andy Kim, head of ..."), ``relative_clause``,
    ``copula`` or ``honorific``.
    """

    title: str
    start: int
    end: int
    source: str
    organisation: str | None = None


@dataclass
class Entity:
    """One canonical identity within an article (people, organisations, places)."""

    id: int
    type: EntityType
    canonical: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Analysis:
    """Everything the per-article analysis found, with the versions that made it."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    pipeline_version: str = ""
    model: str = ""
    schema_version: str = SCHEMA_VERSION

    def people(self) -> list[Entity]:
        return [e for e in self.entities if e.type == "PERSON"]

    def entity(self, canonical: str) -> Entity | None:
        for e in self.entities:
            if e.canonical == canonical:
                return e
        return None

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity having a mention exactly at [start, end), if any."""
        for e in self.entities:
            for m in e.mentions:
                if m.start == start and m.end == end:
                    return e
        return None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def article_from_dict(d: dict[str, Any]) -> Article:
    d = dict(d)
    d["sections"] = [Section(**s) for s in d.get("sections", [])]
    d["removed"] = [RemovedLine(**r) for r in d.get("removed", [])]
    return Article(**d)


def analysis_from_dict(d: dict[str, Any]) -> Analysis:
    """Inverse of ``Analysis.to_dict`` (used by the store to reload stored analyses)."""
    ents = []
    for e in d.get("entities", []):
        e = dict(e)
        e["mentions"] = [Mention(**m) for m in e.get("mentions", [])]
        e["roles"] = [Role(**r) for r in e.get("roles", [])]
        ents.append(Entity(**e))
    return Analysis(
        article=article_from_dict(d["article"]),
        entities=ents,
        pipeline_version=d.get("pipeline_version", ""),
        model=d.get("model", ""),
        schema_version=d.get("schema_version", SCHEMA_VERSION),
    )
