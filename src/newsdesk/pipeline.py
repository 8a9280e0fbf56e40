"""Orchestration: ingest -> skip known content -> extract -> analyse in batches -> store.

Plain functions the CLI (and tests, and later workers) call. A bad item is recorded in
the store's ``errors`` table with the input it came from and the stage that failed, and
the run goes on: one broken page must never cost the rest of a corpus.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import BinaryIO

from spacy.language import Language

from newsdesk.config import load_settings
from newsdesk.errors import StoreError
from newsdesk.extract import extract
from newsdesk.ingest import iter_documents
from newsdesk.models import PIPELINE_VERSION, Analysis, Article, Document, IngestError, IngestWarning
from newsdesk.nlp import analyze
from newsdesk.store import OutcomeStatus, Store
from newsdesk.stories import place_article
from newsdesk.stories.views import refresh as refresh_story_views
from newsdesk.work import Done, ItemError, extraction_error, process_documents, unsupported_language
from newsdesk.work._process import analyse_all, extract_one
from newsdesk.work.pool import WorkerPool, model_names

__all__ = [
    "IngestReport", "ItemError", "ReanalyzeReport", "analyze_inputs", "extract_inputs", "ingest_documents",
    "ingest_paths", "reanalyze", "store_processed", "unsupported_language",
]


@dataclass
class IngestReport:
    """What one ingest run did; ``read`` counts every input item, good or bad.

    ``resumed`` are documents an interrupted run had stored without finishing them (by an
    older newsdesk: this one writes a document and its analysis in one transaction), now
    completed; ``skipped`` were stored and indexed without analysis (not English).
    """

    read: int = 0
    new: int = 0
    duplicates: int = 0
    versions: int = 0
    resumed: int = 0
    analysed: int = 0
    skipped: int = 0
    errors: list[ItemError] = field(default_factory=list)
    warnings: list[ItemError] = field(default_factory=list)

    @property
    def documents(self) -> int:
        """Items that were read as documents (new, versions and duplicates)."""
        return self.new + self.versions + self.duplicates + self.resumed


@dataclass
class ReanalyzeReport:
    candidates: int = 0
    done: int = 0
    analysed: int = 0
    skipped: int = 0
    errors: list[ItemError] = field(default_factory=list)
    warnings: list[ItemError] = field(default_factory=list)


Progress = Callable[[object], None]


def ingest_paths(
    paths: Sequence[str],
    store: Store,
    nlp: Language,
    batch_size: int | None = None,
    n_process: int | None = None,
    on_progress: Progress | None = None,
    max_bytes: int | None = None,
    stdin: BinaryIO | None = None,
) -> IngestReport:
    """Ingest every item under ``paths`` into ``store``; returns counts and the errors met.

    ``on_progress(report)`` is called after each input item. Content already stored (same
    hash) is skipped before extraction, so re-ingesting a corpus adds nothing; a stored
    document that was never finished is completed. Each document is written together with
    its analysis (or the recorded reason it has none) in one transaction: after a crash,
    running the same ingest again does exactly what is missing; a web archive's records
    already stored are skipped by their record id before they are read.
    """
    items = iter_documents(paths, max_bytes, stdin=stdin, known=_stored_records(store))
    return ingest_documents(items, store, nlp, batch_size, n_process, on_progress)


def _stored_records(store: Store) -> Callable[[str], bool]:
    """``known(source)`` for web-archive records: each file's stored records read once."""
    by_file: dict[str, set[str]] = {}

    def known(source: str) -> bool:
        path = source.rpartition("#")[0]
        if path not in by_file:
            by_file.clear()  # one archive at a time: the previous file's set is done with
            by_file[path] = store.complete_sources(path + "#")
        return source in by_file[path]

    return known


def ingest_documents(
    docs: Iterable[Document | IngestError | IngestWarning],
    store: Store,
    nlp: Language,
    batch_size: int | None = None,
    n_process: int | None = None,
    on_progress: Progress | None = None,
) -> IngestReport:
    """Ingest documents from any source (files, a watched feed): extract, analyse, store, place.

    The same rules as ``ingest_paths``, which calls it: known content is skipped, unfinished
    documents are completed, ``IngestError`` items are recorded as failed and
    ``IngestWarning`` items as warnings, and each document lands whole or not at all.
    """
    report = IngestReport()
    batch = _new_batch(store, nlp, report, batch_size, n_process)
    try:
        for item in docs:
            if isinstance(item, IngestWarning):
                warning = ItemError(item.source, "ingest", item.reason, item.detail)
                store.record_error(item.source, "ingest", item.reason, item.detail, level="warning")
                report.warnings.append(warning)
                continue
            report.read += 1
            if isinstance(item, IngestError):
                _fail(store, report.errors, ItemError(item.source, "ingest", item.reason, item.detail))
            elif batch.holds(item.content_hash):
                report.duplicates += 1
            else:
                known = store.find_hash(item.content_hash)
                if known is None:
                    batch.add(item)
                elif store.is_complete(known):
                    report.duplicates += 1
                else:
                    report.resumed += 1
                    batch.add(item, known)
            if on_progress:
                on_progress(report)
    except BaseException:
        batch.abort()  # Ctrl-C or a store failure: stop the workers, keep what is written
        raise
    batch.close()
    if on_progress:
        on_progress(report)
    return report


def store_processed(
    items: Iterable[tuple[Document, Done]], store: Store, on_progress: Progress | None = None,
) -> IngestReport:
    """Write documents extracted and analysed elsewhere (``newsdesk load``: a batch's shards)
    as ingest writes its own: known content skipped, each document with its analysis or
    outcome in one transaction, placed in its story in the order given."""
    report = IngestReport()
    settings = load_settings()
    batch = _Batch(store, None, settings.batch_size, 1, report, settings.languages)
    ready: list[tuple[_Pending, Done]] = []
    for doc, done in items:
        report.read += 1
        known = store.find_hash(doc.content_hash)
        if batch.holds(doc.content_hash) or known is not None and store.is_complete(known):
            report.duplicates += 1
        else:
            report.resumed += known is not None
            ready.append((_Pending(doc, known), done))
            batch._hashes.add(doc.content_hash)
        if len(ready) >= batch.size:
            batch._write_all(*map(list, zip(*ready, strict=True)))
            ready = []
        if on_progress:
            on_progress(report)
    if ready:
        batch._write_all(*map(list, zip(*ready, strict=True)))
    if on_progress:
        on_progress(report)
    return report


def reanalyze(
    store: Store,
    nlp: Language,
    since: str | None = None,
    batch_size: int | None = None,
    n_process: int | None = None,
    on_progress: Progress | None = None,
    failed: bool = False,
) -> ReanalyzeReport:
    """Re-run extraction and analysis over stored raw documents, replacing old results.

    By default the documents not done by this pipeline version (never analysed, analysed by
    another version, or failed or skipped by another version); ``since`` also redoes those
    analysed by that version or later; ``failed`` retries only the documents whose last
    attempt failed (see ``newsdesk status``).
    """
    ids = store.documents_needing_analysis(
        since_version=since, current_version=PIPELINE_VERSION, failed=failed
    )
    report = ReanalyzeReport(candidates=len(ids))
    batch = _new_batch(store, nlp, report, batch_size, n_process)
    try:
        for doc_id in ids:
            doc = store.get_document(doc_id)
            if doc is not None:
                batch.add(doc, doc_id)
            report.done += 1
            if on_progress:
                on_progress(report)
    except BaseException:
        batch.abort()
        raise
    batch.close()
    if on_progress:
        on_progress(report)
    return report


def extract_inputs(
    path: str, max_bytes: int | None = None, stdin: BinaryIO | None = None
) -> Iterator[tuple[Document, Article] | ItemError]:
    """Extract every item of one input (a file, a JSONL feed or ``-``) without the store."""
    for item in iter_documents([path], max_bytes, stdin=stdin):
        if isinstance(item, IngestWarning):
            continue
        if isinstance(item, IngestError):
            yield ItemError(item.source, "ingest", item.reason, item.detail)
            continue
        try:
            yield item, extract(item)
        except Exception as exc:  # noqa: BLE001 - reported for this input only
            yield extraction_error(item.source, exc)


def analyze_inputs(
    path: str,
    nlp: Language,
    published: str | None = None,
    max_bytes: int | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Analysis | ItemError]:
    """Extract and analyse one input without the store; ``published`` overrides the date."""
    for result in extract_inputs(path, max_bytes, stdin):
        if isinstance(result, ItemError):
            yield result
            continue
        doc, article = result
        if published:
            article.published = published
            article.provenance["published"] = "cli"
        unsupported = unsupported_language(article, load_settings().languages)
        if unsupported:
            yield ItemError(doc.source, "analyze", "unsupported-language", unsupported)
            continue
        try:
            yield analyze(article, nlp)
        except Exception as exc:  # noqa: BLE001 - any analysis bug is reported for this item only
            yield ItemError(doc.source, "analyze", "analysis-failed", f"{type(exc).__name__}: {exc}")


def _new_batch(
    store: Store, nlp: Language, report: IngestReport | ReanalyzeReport,
    batch_size: int | None, n_process: int | None,
) -> _Batch:
    """A batch sized from the arguments, else from the settings."""
    settings = load_settings()
    return _Batch(
        store, nlp, batch_size or settings.batch_size, n_process or settings.n_process, report,
        settings.languages,
    )


@dataclass
class _Pending:
    """A document on its way to the store: its article, then its analysis or its outcome."""

    doc: Document
    doc_id: int | None
    article: Article | None = None
    analysis: Analysis | None = None
    outcome: tuple[OutcomeStatus, ItemError] | None = None


class _Batch:
    """Extracts and analyses documents ``size`` at a time, then writes them in input order.

    In one process, ``analyse_all`` runs the batch through ``nlp.pipe`` (redone one document
    at a time if it raises). With ``n_process`` > 1, batches go to worker processes that
    keep their model for the run (``work.pool``), up to ``n_process + 1`` batches in flight,
    while this process writes the finished ones. Nothing of a new document reaches the
    store before its analysis or outcome is known; then the document, its article and its
    analysis (or outcome) are written in one transaction, so a crash loses at most the
    batches in memory, which a re-run redoes. ``close()`` writes what is left.
    """

    def __init__(
        self, store: Store, nlp: Language | None, size: int, n_process: int,
        report: IngestReport | ReanalyzeReport, languages: tuple[str, ...],
    ) -> None:
        self.store, self.nlp, self.size, self.report = store, nlp, size, report
        self.languages = languages
        self.pending: list[_Pending] = []
        self._hashes: set[str] = set()  # content waiting in a batch not yet written
        self._stories: set[int] = set()  # stories the batch placed articles in
        self.pool = WorkerPool(n_process, model_names(nlp), languages, size) if n_process > 1 else None
        self._flight: deque[tuple[list[_Pending], Future[list[Done]]]] = deque()

    def holds(self, content_hash: str) -> bool:
        """True when a document with this content is already waiting in a batch."""
        return content_hash in self._hashes

    def add(self, doc: Document, doc_id: int | None = None) -> None:
        item = _Pending(doc, doc_id)
        if self.pool is None:
            done = extract_one(doc, self.languages)
            item.article, item.outcome = done.article, done.outcome
        self.pending.append(item)
        self._hashes.add(doc.content_hash)
        if len(self.pending) >= self.size:
            self.flush()

    def flush(self) -> None:
        """Send the pending batch on (to the workers, or through the model here)."""
        pending, self.pending = self.pending, []
        if self.pool is not None:
            if pending:
                self._flight.append((pending, self.pool.submit([p.doc for p in pending])))
            while len(self._flight) > self.pool.workers:
                self._land(*self._flight.popleft())
            return
        assert self.nlp is not None, "a batch that analyses needs the model"
        done = [Done(p.article, None, p.outcome) for p in pending]
        analyse_all([p.doc.source for p in pending], done, self.nlp, self.size)
        self._write_all(pending, done)

    def close(self) -> None:
        """Write every batch still pending or in flight, then stop the workers."""
        try:
            self.flush()
            while self._flight:
                self._land(*self._flight.popleft())
        finally:
            self.abort()

    def abort(self) -> None:
        """Stop the workers; batches in flight are dropped (a re-run redoes them)."""
        if self.pool is not None:
            self.pool.close()
            self.pool = None

    def _land(self, pending: list[_Pending], future: Future[list[Done]]) -> None:
        try:
            done = future.result()
        except Exception:  # noqa: BLE001 - a worker died (killed, out of memory): redo the batch here
            assert self.nlp is not None
            done = process_documents([p.doc for p in pending], self.nlp, self.languages, self.size)
        self._write_all(pending, done)

    def _write_all(self, pending: list[_Pending], done: list[Done]) -> None:
        for item, result in zip(pending, done, strict=True):
            item.article, item.analysis, item.outcome = result.article, result.analysis, result.outcome
            self._write(item)
            self._hashes.discard(item.doc.content_hash)
        self._refresh_views()

    def _refresh_views(self) -> None:
        """Rebuild the stored views (timeline, summary, key quotes) of the stories the batch
        changed, once per story per batch; a failure is a warning (pages build it then)."""
        touched, self._stories = sorted(self._stories), set()
        for sid in touched:
            try:
                refresh_story_views(self.store, [sid])
            except Exception as exc:  # noqa: BLE001 - a stories-layer bug must not end the ingest
                detail = f"story {sid}: {type(exc).__name__}: {exc}"
                self.store.record_error(f"story:{sid}", "stories", "view-failed", detail, None, "warning")
                self.report.warnings.append(ItemError(f"story:{sid}", "stories", "view-failed", detail))

    def _write(self, item: _Pending) -> None:
        """The document with its analysis or outcome in one transaction; a write that fails is
        rolled back whole and retried as a 'store' failure, so the document is still kept."""
        try:
            doc_id = self._save(item)
        except Exception as exc:  # noqa: BLE001 - a fact the schema refuses, or a bug: this document only
            item.analysis = None
            detail = str(exc) if isinstance(exc, StoreError) else f"{type(exc).__name__}: {exc}"
            item.outcome = ("failed", ItemError(item.doc.source, "store", "write-failed", detail))
            try:
                doc_id = self._save(item)
            except StoreError as again:
                _fail(self.store, self.report.errors,
                      ItemError(item.doc.source, "store", "write-failed", str(again), item.doc_id))
                return
        if doc_id is None:
            return
        if item.analysis is not None:
            self.report.analysed += 1
        elif item.outcome is not None:
            status, error = item.outcome
            error.document_id = doc_id
            if status == "skipped":
                self.report.skipped += 1
            else:
                _fail(self.store, self.report.errors, error)

    def _save(self, item: _Pending) -> int | None:
        store = self.store
        with store.transaction():
            doc_id = item.doc_id
            if doc_id is None:
                added = store.insert_document(item.doc)
                if added.status == "duplicate":  # stored meanwhile by a concurrent ingest
                    if isinstance(self.report, IngestReport):
                        self.report.duplicates += 1
                    if store.is_complete(added.id):
                        return None
                elif isinstance(self.report, IngestReport):
                    self.report.new += added.status == "new"
                    self.report.versions += added.status == "version"
                doc_id = added.id
            if item.analysis is not None:
                store.save_analysis(doc_id, item.analysis)
                self._place(doc_id, item)
            elif item.outcome is not None:
                status, error = item.outcome
                store.save_outcome(doc_id, status, error.stage, error.reason, error.detail, item.article)
        return doc_id

    def _place(self, doc_id: int, item: _Pending) -> None:
        """Put the article in its story in the same transaction; a placement that fails is
        rolled back alone and logged (the analysis is kept; ``newsdesk restory`` places it)."""
        try:
            with self.store.savepoint("place"):
                placed = place_article(self.store, doc_id, item.analysis)  # type: ignore[arg-type]
            if placed.story_id is not None:
                self._stories.add(placed.story_id)
        except Exception as exc:  # noqa: BLE001 - a story-layer bug must not lose the analysis
            detail = f"{type(exc).__name__}: {exc}"
            warning = ItemError(item.doc.source, "stories", "placement-failed", detail, doc_id)
            self.store.record_error(item.doc.source, "stories", "placement-failed", detail, doc_id, "warning")
            self.report.warnings.append(warning)


def _fail(store: Store, errors: list[ItemError], error: ItemError) -> None:
    store.record_error(error.source, error.stage, error.reason, error.detail, error.document_id)
    errors.append(error)
