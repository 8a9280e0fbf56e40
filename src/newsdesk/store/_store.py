"""The Store: every write of newsdesk, each in one transaction.

One writer, many readers (WAL). A write either lands whole or not at all, so a bad item
or a crash never leaves half an analysis behind, and nothing already stored is lost.
"""

from __future__ import annotations

import json
import os
import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from newsdesk.errors import StoreError
from newsdesk.models import PIPELINE_VERSION, Analysis, Article, Document, analysis_from_dict
from newsdesk.store import _events, _quotes, _read
from newsdesk.store._analytics import AnalyticsStore
from newsdesk.store._budget import bounded
from newsdesk.store._copies import CopiesStore
from newsdesk.store._db import compress, connect, decompress, schema_version
from newsdesk.store._editions import EditionStore
from newsdesk.store._links import EntityLinkStore
from newsdesk.store._outbox import OutboxStore
from newsdesk.store._quotes import ListFilters
from newsdesk.store._records import (
    Added,
    EntitySummary,
    ErrorRecord,
    Outcome,
    OutcomeStatus,
    SearchResults,
    StoredArticle,
    StoredEvent,
    StoredQuote,
    StoreStatus,
)
from newsdesk.store._saved_searches import SavedSearchStore
from newsdesk.store._sources import SourcesStore
from newsdesk.store._stories import StoriesStore
from newsdesk.store._story_events import StoryEventStore
from newsdesk.store._story_views import StoryViewStore
from newsdesk.store._topics import TopicStore
from newsdesk.store._web_read import WebReads
from newsdesk.store._web_search import WebSearchStore


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def entity_key(canonical: str) -> str:
    """The cross-article identity key: NFC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", canonical).casefold().split())


class Store(CopiesStore, EntityLinkStore, StoryEventStore, StoriesStore, SourcesStore, EditionStore,
            TopicStore, OutboxStore, SavedSearchStore, WebSearchStore, WebReads, AnalyticsStore,
            StoryViewStore):
    """The SQLite database of documents, articles, analyses and entities (``":memory:"`` works).

    ``create=False`` refuses a database file that does not exist yet (read commands).
    """

    #: Seconds a read may run before it stops with a QueryError (None: the ``[query]`` setting;
    #: 0: no limit). Reads marked ``@bounded`` also stop at once on Ctrl-C; writes never do.
    query_seconds: float | None = None

    def __init__(self, path: str | os.PathLike[str] = ":memory:", create: bool = True) -> None:
        self.path = os.fspath(path)
        self._conn = connect(self.path, create=create)

    # -- lifecycle -----------------------------------------------------------------
    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return schema_version(self._conn)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``; rolled back whole on any error (nests as one)."""
        if self._conn.in_transaction:
            yield self._conn
            return
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except sqlite3.Error as exc:
            self._conn.execute("ROLLBACK")
            raise StoreError(f"database write failed: {exc}") from exc
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    @contextmanager
    def savepoint(self, name: str = "part") -> Iterator[bool]:
        """A part of a transaction that can fail alone: on an error it is rolled back and the
        error re-raised, while the enclosing transaction (the article's analysis) goes on."""
        self._conn.execute(f"SAVEPOINT {name}")
        try:
            yield True
        except BaseException:
            self._conn.execute(f"ROLLBACK TO {name}")
            self._conn.execute(f"RELEASE {name}")
            raise
        self._conn.execute(f"RELEASE {name}")

    # -- documents and errors --------------------------------------------------------
    def complete_sources(self, prefix: str) -> set[str]:
        """The sources starting with ``prefix`` whose documents are complete (analysed or with a
        recorded outcome): a web archive's stored records (``FILE#``), read once per file."""
        rows = self._conn.execute(
            "SELECT d.source FROM documents d WHERE d.source >= ? AND d.source < ?"
            " AND (EXISTS (SELECT 1 FROM analyses WHERE document_id = d.id)"
            "  OR EXISTS (SELECT 1 FROM analysis_outcomes WHERE document_id = d.id))",
            (prefix, prefix + "\U0010ffff"),
        )
        return {row[0] for row in rows}

    def find_hash(self, content_hash: str) -> int | None:
        cur = self._conn.execute("SELECT id FROM documents WHERE content_hash = ?", (content_hash,))
        row = cur.fetchone()
        return row[0] if row else None

    def is_complete(self, document_id: int) -> bool:
        """True when the document has an analysis or a recorded outcome (failed, skipped)."""
        row = self._conn.execute(
            "SELECT EXISTS (SELECT 1 FROM analyses WHERE document_id = ?)"
            " OR EXISTS (SELECT 1 FROM analysis_outcomes WHERE document_id = ?)",
            (document_id, document_id),
        ).fetchone()
        return bool(row[0])

    def insert_document(self, doc: Document) -> Added:
        """Store a raw document unless its content is known; a changed URL becomes a new version.

        The raw content is stored compressed. Call it inside ``transaction()`` together with
        the document's analysis or outcome, so no document is ever visible half done.
        """
        if not doc.content_hash:
            raise StoreError(f"{doc.source}: document has no content_hash")
        with self.transaction() as conn:
            known = self.find_hash(doc.content_hash)
            if known is not None:
                return Added(known, "duplicate")
            previous = None
            if doc.url:
                previous = conn.execute(
                    "SELECT id, url_version FROM documents WHERE url = ? ORDER BY url_version DESC LIMIT 1",
                    (doc.url,),
                ).fetchone()
            cur = conn.execute(
                "INSERT INTO documents (source, url, kind, content, raw, raw_size, content_hash, title,"
                " published, publisher, url_version, previous_id, ingested_at)"
                " VALUES (?,?,?,'',?,?,?,?,?,?,?,?,?)",
                (
                    doc.source, doc.url, doc.kind, compress(doc.content), len(doc.content.encode("utf-8")),
                    doc.content_hash, doc.title,
                    doc.published, doc.publisher, previous[1] + 1 if previous else 1,
                    previous[0] if previous else None, _now(),
                ),
            )
            return Added(int(cur.lastrowid or 0), "version" if previous else "new")

    def add_document(self, doc: Document) -> int:
        """Idempotent: the id of the new row, or of the row already holding this content."""
        return self.insert_document(doc).id

    def get_document(self, document_id: int) -> Document | None:
        return _read.document(self._conn, document_id)

    def has_error(self, source: str, stage: str, reason: str) -> bool:
        """True when this problem of this input is already logged (a load run twice adds none)."""
        row = self._conn.execute(
            "SELECT EXISTS (SELECT 1 FROM errors WHERE source = ? AND stage = ? AND reason = ?)",
            (source, stage, reason),
        ).fetchone()
        return bool(row[0])

    def record_error(
        self, source: str, stage: str, reason: str, detail: str = "", document_id: int | None = None,
        level: str = "error",
    ) -> int:
        """Log a failed item (``level="error"``) or an item read anyway (``"warning"``)."""
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO errors (source, stage, reason, detail, document_id, at, level)"
                " VALUES (?,?,?,?,?,?,?)",
                (source, stage, reason, detail, document_id, _now(), level),
            )
            return int(cur.lastrowid or 0)

    def save_outcome(
        self, document_id: int, status: OutcomeStatus, stage: str, reason: str, detail: str = "",
        article: Article | None = None,
    ) -> None:
        """Record why a document has no current analysis (replaces an earlier outcome).

        ``article`` (when extraction got that far) is stored so the text is searchable. A
        failure keeps an analysis stored before (an older version's, with the article it was
        made from): better an old analysis than none. A skip drops it: a document the
        analysis does not apply to (not English) must not keep facts it should never have had.
        """
        with self.transaction() as conn:
            analysed = conn.execute(
                "SELECT 1 FROM analyses WHERE document_id = ?", (document_id,)
            ).fetchone() is not None
            if status == "skipped" and analysed:
                self._clear_analysis(conn, document_id)
                conn.execute("DELETE FROM analyses WHERE document_id = ?", (document_id,))
                analysed = False
            if article is not None and not analysed:
                self.save_article(document_id, article)
            conn.execute(
                "INSERT INTO analysis_outcomes (document_id, status, stage, reason, detail,"
                " pipeline_version, at) VALUES (?,?,?,?,?,?,?) ON CONFLICT(document_id) DO UPDATE SET"
                " status=excluded.status, stage=excluded.stage, reason=excluded.reason,"
                " detail=excluded.detail, pipeline_version=excluded.pipeline_version, at=excluded.at",
                (document_id, status, stage, reason, detail, PIPELINE_VERSION, _now()),
            )

    @bounded
    def outcome(self, document_id: int) -> Outcome | None:
        return _read.outcome(self._conn, document_id)

    @bounded
    def status(self) -> StoreStatus:
        """Documents, analysed, failed and skipped with reasons, pending, versions, sizes."""
        return _read.status(self._conn, PIPELINE_VERSION, self.path)

    @bounded
    def list_errors(self, limit: int = 100, offset: int = 0) -> list[ErrorRecord]:
        return _read.errors(self._conn, limit, offset)

    # -- articles and analyses ---------------------------------------------------------
    def save_article(self, document_id: int, article: Article) -> None:
        """Insert or replace the document's article (its id stays the document's id)."""
        d = asdict(article)
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO articles (id, title, standfirst, text, body, published, authors, byline,"
                " dateline, wire, publisher, language, url, sections, provenance, removed, extracted_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                " title=excluded.title, standfirst=excluded.standfirst, text=excluded.text,"
                " body=excluded.body, published=excluded.published, authors=excluded.authors,"
                " byline=excluded.byline, dateline=excluded.dateline, wire=excluded.wire,"
                " publisher=excluded.publisher, language=excluded.language, url=excluded.url,"
                " sections=excluded.sections, provenance=excluded.provenance,"
                " removed=excluded.removed, extracted_at=excluded.extracted_at",
                (
                    document_id, article.title, article.standfirst, article.text, article.body,
                    article.published, _json(d["authors"]), article.byline, article.dateline,
                    article.wire, article.publisher, article.language, article.url,
                    _json(d["sections"]), _json(d["provenance"]), _json(d["removed"]), _now(),
                ),
            )

    def save_analysis(self, document_id: int, analysis: Analysis) -> None:
        """Store an analysis with its entity, quote, time and event rows, replacing the old ones.

        One transaction: a failing write leaves the previous analysis and all its rows in place.
        """
        with self.transaction() as conn:
            self.save_article(document_id, analysis.article)
            conn.execute("DELETE FROM analysis_outcomes WHERE document_id = ?", (document_id,))
            self._clear_analysis(conn, document_id)
            conn.execute(
                "INSERT INTO analyses (document_id, pipeline_version, model, schema_version, analysed_at,"
                " analysis) VALUES (?,?,?,?,?,?) ON CONFLICT(document_id) DO UPDATE SET"
                " pipeline_version=excluded.pipeline_version, model=excluded.model,"
                " schema_version=excluded.schema_version, analysed_at=excluded.analysed_at,"
                " analysis=excluded.analysis",
                (
                    document_id, analysis.pipeline_version, analysis.model, analysis.schema_version,
                    _now(), compress(_json(analysis.to_dict())),
                ),
            )
            stored_ids: dict[int, int] = {}
            for e in analysis.entities:
                entity_id = self._entity_id(e.type, e.canonical)
                stored_ids[e.id] = entity_id
                ae = conn.execute(
                    "INSERT INTO article_entities (article_id, entity_id, local_id, canonical, aliases,"
                    " affiliation) VALUES (?,?,?,?,?,?)",
                    (document_id, entity_id, e.id, e.canonical, _json(e.aliases), e.affiliation),
                ).lastrowid
                conn.executemany(
                    "INSERT INTO mentions (article_id, article_entity_id, entity_id, start, end, text, kind)"
                    " VALUES (?,?,?,?,?,?,?)",
                    [(document_id, ae, entity_id, m.start, m.end, m.text, m.kind) for m in e.mentions],
                )
                conn.executemany(
                    "INSERT INTO roles (article_id, article_entity_id, entity_id, title, start, end, source,"
                    " organisation) VALUES (?,?,?,?,?,?,?,?)",
                    [
                        (document_id, ae, entity_id, r.title, r.start, r.end, r.source, r.organisation)
                        for r in e.roles
                    ],
                )
            rows = _quotes.entity_rows(analysis.entities, stored_ids)
            _quotes.insert_quotes(conn, document_id, analysis.quotes, rows)
            _events.insert_times(conn, document_id, analysis.times)
            _events.insert_events(conn, document_id, analysis.events, analysis.times, rows)

    @staticmethod
    def _clear_analysis(conn: sqlite3.Connection, document_id: int) -> None:
        """Delete the per-article facts of a document's analysis (not the analyses row)."""
        for table, column in (
            ("event_participants", "article_id"), ("events", "article_id"),
            ("time_expressions", "article_id"), ("quotes", "article_id"),
            ("article_entities", "article_id"),
        ):
            conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (document_id,))

    def _entity_id(self, type_: str, canonical: str) -> int:
        key = entity_key(canonical)
        self._conn.execute(
            "INSERT INTO entities (type, canonical, key) VALUES (?,?,?) ON CONFLICT(type, key) DO NOTHING",
            (type_, canonical, key),
        )
        row = self._conn.execute("SELECT id FROM entities WHERE type = ? AND key = ?", (type_, key))
        return int(row.fetchone()[0])

    @bounded
    def get_analysis(self, document_id: int) -> Analysis | None:
        row = self._conn.execute("SELECT analysis FROM analyses WHERE document_id = ?", (document_id,))
        found = row.fetchone()
        return analysis_from_dict(json.loads(decompress(found[0]))) if found else None

    # -- reads -----------------------------------------------------------------------------
    @bounded
    def search(self, query: str, limit: int = 20, offset: int = 0) -> SearchResults:
        """Full-text search ranked by bm25 (headline weighs most), with highlighted snippets."""
        return _read.search(self._conn, query, limit, offset)

    @bounded
    def get_article(self, article_id: int) -> StoredArticle | None:
        return _read.article(self._conn, article_id)

    @bounded
    def list_entities(
        self, type: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[EntitySummary]:
        """Entities by number of articles, with the roles the articles give them."""
        return _read.entities(self._conn, type, limit, offset)

    @bounded
    def quotes(
        self,
        speaker: str | None = None,
        about: str | None = None,
        since: str | None = None,
        kind: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        *,
        until: str | None = None,
        outlet: str | None = None,
        story: int | None = None,
        entity: int | None = None,
    ) -> list[StoredQuote]:
        """Stored quotes, oldest article first (then article id, then position in the text).

        ``speaker`` matches the speaker's canonical name or an alias, whole words, ignoring
        case, accents and a leading honorific ("lavrov" finds Sergei Lavrov); ``about`` is a
        full-text query over the quoted words (same syntax as ``search``); ``since`` keeps
        articles published on or after that ISO date or prefix ("2018-05", "2018-05-31");
        ``kind`` is direct, indirect or mixed. ``limit=None`` returns every match. ``until``
        (inclusive, a date or prefix), ``outlet`` (the publisher), ``story`` (a story id) and
        ``entity`` (the speaker's store-wide entity id) narrow it further (``ListFilters``).
        """
        more = ListFilters(until, outlet, story, entity)
        return _quotes.quotes(self._conn, speaker, about, since, kind, limit, offset, more=more)

    @bounded
    def latest_quotes(self, about: str, limit: int = 5) -> list[StoredQuote]:
        """The quotes last stored whose words match ``about`` (same syntax as ``search``)."""
        return _quotes.latest(self._conn, about, limit)

    @bounded
    def count_quotes(
        self,
        speaker: str | None = None,
        about: str | None = None,
        since: str | None = None,
        kind: str | None = None,
        *,
        until: str | None = None,
        outlet: str | None = None,
        story: int | None = None,
        entity: int | None = None,
    ) -> int:
        """How many quotes ``quotes`` would return without a limit (for paging)."""
        more = ListFilters(until, outlet, story, entity)
        return _quotes.count(self._conn, speaker, about, since, kind, more=more)

    @bounded
    def events(
        self,
        actor: str | None = None,
        type: str | None = None,
        since: str | None = None,
        status: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        *,
        until: str | None = None,
        outlet: str | None = None,
        story: int | None = None,
        entity: int | None = None,
        place: int | None = None,
    ) -> list[StoredEvent]:
        """Stored events, oldest first, each with the article it was reported in.

        ``actor`` matches an actor's or recipient's words, canonical name or alias, whole
        words, ignoring case, accents and a leading honorific ("pompeo" finds Mike Pompeo);
        ``type`` is a PLOVER type in any case (POLECAT's REQUEST and ACCUSE stand for DEMAND
        and DISAPPROVE; an unknown type is a ValueError); ``since`` (``YYYY``, ``YYYY-MM`` or
        ``YYYY-MM-DD``) keeps events whose date is on or after it, where an event's date is
        its own calendar date when the analysis gives one (a month or a year counts when it
        reaches ``since``: "2018-06" is kept for since="2018-06-15") and the article's
        publication date otherwise; ``status`` is happened, ongoing, planned, possible,
        negated or hypothetical. Order: by that date (undated last), then article, then
        position in the text. ``limit=None`` returns every match. ``until`` (inclusive, compared
        as ``since`` is), ``outlet``, ``story``, ``entity`` (an actor's or recipient's store-wide
        entity id) and ``place`` (the place's entity id) narrow it further.
        """
        more = ListFilters(until, outlet, story, entity)
        return _events.events(self._conn, actor, type, since, status, limit, offset, more=more, place=place)

    @bounded
    def count_events(
        self,
        actor: str | None = None,
        type: str | None = None,
        since: str | None = None,
        status: str | None = None,
        *,
        until: str | None = None,
        outlet: str | None = None,
        story: int | None = None,
        entity: int | None = None,
        place: int | None = None,
    ) -> int:
        """How many events ``events`` would return without a limit (for paging)."""
        more = ListFilters(until, outlet, story, entity)
        return _events.count(self._conn, actor, type, since, status, more=more, place=place)

    def documents_needing_analysis(
        self, since_version: str | None = None, current_version: str | None = None, failed: bool = False
    ) -> list[int]:
        """Ids of documents to (re)analyse, in id order.

        Default: those never analysed and without an outcome of this version (pending, or
        failed or skipped by another version), and those analysed by another pipeline
        version. With ``since_version``: also those analysed by that version or a later one.
        ``failed=True``: only the documents whose last attempt failed, whatever its version.
        """
        if current_version is None:
                current_version = PIPELINE_VERSION
        if failed:
            return _read.failed_documents(self._conn)
        return _read.needing_analysis(self._conn, current_version, since_version)

    @bounded
    def richest_articles(self, limit: int = 1) -> list[int]:
        """Ids of the articles naming the most people (then entities): good samples to show."""
        return _read.richest_articles(self._conn, limit)

    @bounded
    def counts(self) -> dict[str, int]:
        return _read.counts(self._conn)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
