"""The shared vocabulary: plain dataclasses that every stage exchanges.

Stages pass these objects, never dicts or spaCy objects, so that each stage can be
tested alone and the per-article analysis can run anywhere (a test, a batch, a Ray
worker). Every fact carries character offsets into ``Article.text``: users must be
able to check each fact against the text it came from.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

#: Version of the JSON shape produced by ``Analysis.to_dict`` (see docs/SCHEMA.md).
SCHEMA_VERSION = "1.0"
#: Version of the analysis rules, recorded with every stored analysis and outcome; bumped
#: whenever rules change what an analysis contains (``newsdesk reanalyze`` redoes older ones).
#: It lives here, not in ``nlp``, so that store-only commands need not import spaCy.
PIPELINE_VERSION = "0.6.1"

DocumentKind = Literal["html", "text"]
SectionKind = Literal["headline", "standfirst", "byline", "dateline", "paragraph"]
EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"]
ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)
QuoteKind = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal["person", "organization", "anonymous", "unknown"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
EventStatus = Literal["happened", "ongoing", "planned", "possible", "negated", "hypothetical"]
EVENT_STATUSES: tuple[str, ...] = get_args(EventStatus)

#: PLOVER 0.5 event types (CRIME and DOCUMENT left out: not political events between actors).
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE",
    "ASSAULT", "FIGHT",
)
#: Every type an ``Event`` can carry: PLOVER plus TRAVEL (a movement that is not a meeting).
EVENT_TYPES: tuple[str, ...] = PLOVER_TYPES + ("TRAVEL",)
#: Later names for the same types (POLECAT's REQUEST and ACCUSE, CAMEO-era YIELD ...).
EVENT_TYPE_ALIASES: dict[str, str] = {
    "REQUEST": "DEMAND", "ACCUSE": "DISAPPROVE", "YIELD": "CONCEDE",
    "REDUCE RELATIONS": "SANCTION", "REDUCE_RELATIONS": "SANCTION", "MOVE": "TRAVEL",
}


def normalise_event_type(name: str) -> str:
    """The canonical type for ``name`` (any case; REQUEST → DEMAND, ACCUSE → DISAPPROVE).

    Raises ``ValueError`` naming the input and the known types otherwise. One vocabulary for
    the extractor, the store and the CLI.
    """
    key = " ".join(name.strip().upper().split())
    key = EVENT_TYPE_ALIASES.get(key, key)
    if key in EVENT_TYPES:
        return key
    aliases = ", ".join(f"{a} (= {t})" for a, t in EVENT_TYPE_ALIASES.items())
    raise ValueError(f"unknown event type {name!r}; expected one of {', '.join(EVENT_TYPES)} or {aliases}")


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
class IngestWarning:
    """Something about an input that was read anyway: said once, never silently dropped.

    E.g. bytes replaced while decoding, a JSONL field newsdesk does not know, a date it could
    not parse. ``source`` names the item (or the file, for a per-file notice).
    """

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
    """One canonical identity within an article (people, organisations, places).

    ``rule`` is the stable id of the rule that found it (the model's named entities, a
    lexicon of countries or agencies, a titled description...)."""

    id: int
    type: EntityType
    canonical: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    rule: str = ""


@dataclass
class Span:
    """A stretch of ``Article.text`` quoted as evidence."""

    start: int
    end: int
    text: str


@dataclass
class Quote:
    """One attribution: who said (or thought, or claimed) what, and where the text says so.

    ``content`` is the reported words: inside the quotation marks for ``direct`` and
    ``mixed`` quotes, the reported clause for ``indirect`` ones. ``cue`` is the verb or
    phrase that attributes it ("said", "according to", "his warning"), ``source`` the words
    naming the speaker at that cue ("he", "a senior official", "Mr Trump"). ``speaker_id``
    is the ``Entity.id`` the source resolves to; ``speaker`` is that entity's canonical name,
    or the description itself for an anonymous or unresolved source, which is never merged
    with a named person. ``intermediary`` is the outlet the words reached us through
    ("Tass news agency cited Mr Lavrov as saying"). A quote split around its cue gives one
    ``Quote`` per part; the parts share ``group`` (the id of the first part). A mixed
    quote keeps the reported ``clause`` it sits in ("was looking for a 'historic' commitment").
    ``rule`` is the stable id of the rule that found it (``quote.direct.cue_after`` ...), so
    errors can be grouped by rule.
    """

    id: int
    kind: QuoteKind
    content: Span
    cue: Span | None = None
    source: Span | None = None
    speaker_id: int | None = None
    speaker: str | None = None
    speaker_type: SpeakerType = "unknown"
    anonymous: bool = False
    intermediary_id: int | None = None
    intermediary: str | None = None
    group: int = 0
    clause: Span | None = None
    rule: str = ""


@dataclass
class TimeExpression:
    """A time expression and its TIMEX3-style normalisation.

    ``value`` follows TIMEX3: ``2018-05-31``, ``2018-06``, ``2018-W22``, ``2018-05-31T19:00``,
    ``P3D``, ``PRESENT_REF``, ``PAST_REF``; ``None`` when a relative expression could not be
    resolved (no publication date is known: it is never guessed from today). ``anchor`` says
    what a relative value was computed from (``"published"``, or ``"time:<id>"`` for another
    expression); ``None`` for absolute dates. ``mod`` is TIMEX3's modifier (``BEFORE``,
    ``AFTER``, ``START``, ``END``, ``APPROX``...). ``rule`` is the stable id of the rule that
    found and normalised it.
    """

    id: int
    start: int
    end: int
    text: str
    type: TimexType
    value: str | None
    anchor: str | None = None
    mod: str | None = None
    rule: str = ""


@dataclass
class Participant:
    """An event's actor, recipient or place: who (or where) it is, and where the text says so.

    ``entity_id`` points at the article's ``Entity`` when the participant is one; a group
    without a name ("a North Korean delegation") keeps its words as ``name``. ``country`` is an
    ISO 3166 alpha-3 code and ``sector`` a CAMEO/PLOVER sector code (GOV, MIL, REB, ...) when
    known.
    """

    name: str
    start: int
    end: int
    entity_id: int | None = None
    country: str | None = None
    sector: str | None = None


@dataclass
class Event:
    """Who did what with whom, where and when, typed in the PLOVER ontology.

    ``type`` is a PLOVER 0.5 type (AGREE, CONSULT, ... , FIGHT) or TRAVEL; ``mode`` refines it
    where PLOVER has modes (a CONSULT may be a ``visit``, ``meet``, ``phone``, ``mediate``).
    ``trigger`` is the word that names the event, ``evidence`` the sentence that states it.
    ``time_id`` points at the ``TimeExpression`` that dates it and ``date`` copies its value as a
    calendar date (a TIME's day without its clock or part of day: "2018-05-30TNI" → "2018-05-30").
    ``status``: happened, ongoing, planned, possible, negated or hypothetical. An event reported
    in a quote keeps that attribution in ``quote_id`` (the claim is that speaker's).
    ``mentions`` are the triggers of every mention of this one event in the article ("a meeting
    on the 12th", "a summit in Singapore"), in text order; empty in analyses made before 0.5.0.
    ``lemma`` is the trigger's lemma (the cross-article linker compares event words).
    ``negated``: the text says the act did not (or will not) happen ("did not meet").
    ``reversal``: the act undoes an earlier one ("lifted the state of emergency", "reneged on the
    deal"); ``type`` is then the act of undoing, not the act undone. ``embedded``: the trigger
    sits inside another act's complement ("said they must reach an agreement"), or an event noun
    only dates its clause ("*after the attacks*, he ..."), so it is not what the sentence reports
    as done. ``rule`` is the stable id of the rule that found it.
    """

    id: int
    type: str
    trigger: Span
    evidence: Span
    status: EventStatus = "happened"
    mode: str | None = None
    actors: list[Participant] = field(default_factory=list)
    recipients: list[Participant] = field(default_factory=list)
    place: Participant | None = None
    time_id: int | None = None
    date: str | None = None
    quote_id: int | None = None
    mentions: list[Span] = field(default_factory=list)
    lemma: str = ""
    negated: bool = False
    reversal: bool = False
    embedded: bool = False
    rule: str = ""


@dataclass
class Analysis:
    """Everything the per-article analysis found, with the versions that made it."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
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

    def entity_by_id(self, eid: int | None) -> Entity | None:
        return next((e for e in self.entities if e.id == eid), None) if eid is not None else None

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
        quotes=[_quote_from_dict(q) for q in d.get("quotes", [])],
        times=[TimeExpression(**t) for t in d.get("times", [])],
        events=[_event_from_dict(e) for e in d.get("events", [])],
        pipeline_version=d.get("pipeline_version", ""),
        model=d.get("model", ""),
        schema_version=d.get("schema_version", SCHEMA_VERSION),
    )


def _span(d: dict[str, Any] | None) -> Span | None:
    return Span(**d) if d else None


def _quote_from_dict(d: dict[str, Any]) -> Quote:
    d = dict(d)
    d["content"] = Span(**d["content"])
    d["cue"] = _span(d.get("cue"))
    d["source"] = _span(d.get("source"))
    d["clause"] = _span(d.get("clause"))
    return Quote(**d)


def _event_from_dict(d: dict[str, Any]) -> Event:
    d = dict(d)
    d["trigger"] = Span(**d["trigger"])
    d["evidence"] = Span(**d["evidence"])
    d["actors"] = [Participant(**p) for p in d.get("actors", [])]
    d["recipients"] = [Participant(**p) for p in d.get("recipients", [])]
    d["place"] = Participant(**d["place"]) if d.get("place") else None
    d["mentions"] = [Span(**m) for m in d.get("mentions", [])]
    return Event(**d)


# -- the cross-article layer (stories/): copies, store-wide entities, events, stories ----------


@dataclass
class CopyLink:
    """An article found to be a copy (a reprint or near-duplicate) of an earlier one.

    ``canonical_id`` is the first-stored article of the copy group; ``similarity`` the
    estimated Jaccard similarity of their word shingles (MinHash).
    """

    article_id: int
    canonical_id: int
    similarity: float


@dataclass
class EventReport:
    """One article's report of a store-wide event: the evidence for it and what it said then."""

    article_id: int
    event_local_id: int
    status: str
    date: str | None
    published: str | None
    evidence: Span
    outlet: str | None = None


@dataclass
class StatusChange:
    """A change in an event's status (planned → cancelled → back on → happened), with its source."""

    status: str
    article_id: int
    published: str | None
    evidence: Span


@dataclass
class StoryEvent:
    """One real event, however many reports mention it ("events, not reports").

    It keeps the most specific date, place and participants its reports give, its status
    history, and every report as evidence.
    """

    id: int
    type: str
    mode: str | None = None
    status: str = "happened"
    date: str | None = None
    place: str | None = None
    participants: list[str] = field(default_factory=list)
    story_id: int | None = None
    reports: list[EventReport] = field(default_factory=list)
    history: list[StatusChange] = field(default_factory=list)


@dataclass
class StoryArticle:
    """An article of a story, with the copies folded into it (each copy's outlet listed)."""

    article_id: int
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    copies: list[int] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)


@dataclass
class TimelineEntry:
    """One dated development of a story: when it happened (not when it was published)."""

    date: str
    summary: str
    events: list[StoryEvent] = field(default_factory=list)
    quote: str | None = None
    quote_speaker: str | None = None
    evidence: list[tuple[int, Span]] = field(default_factory=list)


@dataclass
class Story:
    """A story followed across articles: what it is about, who is in it, when it was seen."""

    id: int
    title: str
    first_seen: str | None = None
    last_seen: str | None = None
    articles: list[StoryArticle] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    events: list[StoryEvent] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    merged_into: int | None = None


@dataclass
class RoleHeld:
    """A role or title a person held across the store, dated by the articles that give it.

    ``first`` / ``last`` are the earliest and latest publication dates of the articles that
    give it as current; ``past`` is True when the latest article giving it says it is past
    ("former", "then-"), and ``until`` is then that article's date (held before it).
    """

    title: str
    first: str | None = None
    last: str | None = None
    articles: int = 0
    past: bool = False
    until: str | None = None


@dataclass
class EntityProfile:
    """A store-wide entity across the store (``newsdesk entity``): who it is, how it is named,
    the roles it held when, where it appears, what it said and did, and who appears with it."""

    id: int
    type: str
    canonical: str
    aliases: list[tuple[str, int]] = field(default_factory=list)
    roles: list[RoleHeld] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)
    article_count: int = 0
    quote_count: int = 0
    quotes: list[dict[str, Any]] = field(default_factory=list)
    event_count: int = 0
    events: list[dict[str, Any]] = field(default_factory=list)
    co_mentioned: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["aliases"] = [{"alias": a, "articles": n} for a, n in self.aliases]
        return d


@dataclass
class StoryProfile:
    """A story's compact centroid as the clusterer scores it: top terms, entity counts (of the
    entities asked about), its main places and people, event keys, first and last seen."""

    id: int
    size: int
    first_seen: str | None
    last_seen: str | None
    centroid: dict[str, float] = field(default_factory=dict)
    entities: dict[int, int] = field(default_factory=dict)
    main_places: set[int] = field(default_factory=set)
    main_people: set[int] = field(default_factory=set)
    events: dict[str, int] = field(default_factory=dict)


# -- sources and watching (sources/) ---------------------------------------------------------


@dataclass
class Feed:
    """One feed of a source (rss, atom, json, sitemap) with its validators and poll record."""

    id: int
    source_id: int
    url: str
    kind: str
    etag: str | None = None
    last_modified: str | None = None
    last_polled: str | None = None
    last_success: str | None = None
    last_error: str | None = None
    last_error_at: str | None = None
    polls: int = 0
    errors: int = 0
    consecutive_errors: int = 0
    next_poll: str | None = None


@dataclass
class Source:
    """A followed site, its feeds and its health (``newsdesk sources list``).

    ``articles_per_day`` counts pages stored from it over the last 7 days (or since it was
    added, when later); ``error_rate`` is failed polls over polls, all feeds together.
    """

    id: int
    url: str
    name: str | None = None
    country: str | None = None
    language: str | None = None
    added_at: str | None = None
    feeds: list[Feed] = field(default_factory=list)
    last_success: str | None = None
    last_error: str | None = None
    last_error_at: str | None = None
    polls: int = 0
    errors: int = 0
    articles: int = 0
    articles_per_day: float = 0.0

    @property
    def error_rate(self) -> float:
        return self.errors / self.polls if self.polls else 0.0


@dataclass
class FeedItem:
    """One entry of a feed or sitemap: the page to fetch and the hints the feed gives about it."""

    url: str
    guid: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass
class WatchItem:
    """A feed item recorded in the store, waiting for its page to be fetched and ingested."""

    id: int
    url: str
    source_id: int | None = None
    feed_id: int | None = None
    title: str | None = None
    published: str | None = None
    attempts: int = 0


# -- editions (digest/) and their delivery (delivery/) ------------------------------------------


@dataclass
class EditionLink:
    """A source of an edition item: one article (copies folded, each copy's outlet listed)."""

    article_id: int
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    outlets: list[str] = field(default_factory=list)


@dataclass
class EditionEvent:
    """A store-wide event of an edition item, as the reader sees it (``StoryEvent`` without
    its evidence): what kind of event, its status now, its date and place, who took part."""

    event_id: int
    type: str
    mode: str | None = None
    status: str = "happened"
    date: str | None = None
    place: str | None = None
    participants: list[str] = field(default_factory=list)


@dataclass
class EditionItem:
    """One story in an edition: what it is, what moved since the last edition, and its sources.

    ``development`` is the key development (one line); ``changes`` what is new since the
    previous edition of the same kind and topic; ``summary`` a few sentences (the weekend
    selection's summary of the story's week); ``importance`` the documented score it was ranked by.
    """

    story_id: int
    title: str
    development: str = ""
    changes: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    quote: str | None = None
    quote_speaker: str | None = None
    importance: float = 0.0
    outlets: list[str] = field(default_factory=list)
    links: list[EditionLink] = field(default_factory=list)
    #: The story's store-wide events reported in the window (type, status, date, place).
    events: list[EditionEvent] = field(default_factory=list)
    #: The recorded edition (same kind and topic) that last reported this story; None: first time.
    previous_edition: int | None = None
    #: The story's first publication date (a story first seen in the edition's window is new).
    first_seen: str | None = None
    #: The state reported (compared by the next edition): every article of the story up to the
    #: edition's date, copies included ...
    article_ids: list[int] = field(default_factory=list)
    #: ... and the status of each of its store-wide events, as ``[event id, status]`` pairs.
    event_status: list[list[Any]] = field(default_factory=list)


@dataclass
class Edition:
    """A digest for one date: the weekday ``daily`` update or the ``weekend`` selection.

    ``since`` is the start of the window it covers (the previous edition's time or a day/week
    before ``date``); ``topic`` the saved query it was restricted to (None: everything).
    ``id`` is set once the edition is recorded in the store (the outbox delivers by id).
    """

    kind: str
    date: str
    since: str | None = None
    topic: str | None = None
    title: str = ""
    items: list[EditionItem] = field(default_factory=list)
    id: int | None = None
    created: str | None = None


@dataclass
class Topic:
    """A saved query, so that a user can have an edition about their own beat.

    A story is in the topic when every facet given matches (any one value within a facet):
    ``words`` (the search query syntax) in one of its articles of the edition's window,
    one of ``people`` or ``places`` among its store-wide entities, a store-wide event of one
    of ``event_types`` (PLOVER types).
    """

    name: str
    words: str | None = None
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    event_types: list[str] = field(default_factory=list)
    id: int | None = None
    created: str | None = None


@dataclass
class SavedSearch:
    """A query saved under a name (``newsdesk searches``, the web app's /searches), so that a
    reader can follow it as an Atom feed of its latest matching articles."""

    name: str
    query: str
    id: int | None = None
    created: str | None = None


def edition_from_dict(d: dict[str, Any]) -> Edition:
    """Inverse of ``dataclasses.asdict(edition)`` (the JSON the store keeps and ``--format json``)."""
    d = dict(d)
    items = []
    for it in d.get("items", []):
        it = dict(it)
        it["links"] = [EditionLink(**link) for link in it.get("links", [])]
        it["events"] = [EditionEvent(**e) for e in it.get("events", [])]
        it["event_status"] = [list(p) for p in it.get("event_status", [])]
        items.append(EditionItem(**it))
    d["items"] = items
    return Edition(**d)
