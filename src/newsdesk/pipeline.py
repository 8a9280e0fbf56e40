"""Orchestration: ingest -> skip known content -> extract -> analyse in batches -> store.

Plain functions the CLI (and tests, and later workers) call. A bad item is recorded in
the store's ``errors`` table with the input it came from and the stage that failed, and
the run goes on: one broken page must never cost the rest of a corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from spacy.language import Language

from newsdesk.config import load_settings
from newsdesk.errors import ExtractionError, StoreError
from newsdesk.extract import extract
from newsdesk.ingest import iter_documents
from newsdesk.models import Analysis, Article, Document, IngestError, IngestWarning
from newsdesk.nlp import PIPELINE_VERSION, analyze, analyze_many
from newsdesk.store import Store


@dataclass
class ItemError:
    """One input that failed a stage: which input, where, and why."""

    source: str
    stage: str
    reason: str
    detail: str = ""
    document_id: int | None = None


@dataclass
class IngestReport:
    """What one ingest run did; ``read`` counts every input item, good or bad."""

    read: int = 0
    new: int = 0
    duplicates: int = 0
    versions: int = 0
    analysed: int = 0
    errors: list[ItemError] = field(default_factory=list)

    @property
    def documents(self) -> int:
        """Items that were read as documents (new, versions and duplicates)."""
        return self.new + self.versions + self.duplicates


@dataclass
class ReanalyzeReport:
    candidates: int = 0
    done: int = 0
    analysed: int = 0
    errors: list[ItemError] = field(default_factory=list)


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
    hash) is skipped before extraction, so re-ingesting a corpus adds nothing.
    """
    report = IngestReport()
    batch = _new_batch(store, nlp, report, batch_size, n_process)
    for item in iter_documents(paths, max_bytes, stdin=stdin):
        report.read += 1
        if isinstance(item, IngestError):
            _fail(store, report.errors, ItemError(item.source, "ingest", item.reason, item.detail))
        else:
            added = store.insert_document(item)
            if added.status == "duplicate":
                report.duplicates += 1
            else:
                report.new += added.status == "new"
                report.versions += added.status == "version"
                batch.add(added.id, item)
        if on_progress:
            on_progress(report)
    batch.flush()
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
) -> ReanalyzeReport:
    """Re-run extraction and analysis over stored raw documents, replacing old results.

    By default only documents never analysed or analysed by another pipeline version;
    ``since`` also redoes those analysed by that version or later (see the store).
    """
    ids = store.documents_needing_analysis(since_version=since, current_version=PIPELINE_VERSION)
    report = ReanalyzeReport(candidates=len(ids))
    batch = _new_batch(store, nlp, report, batch_size, n_process)
    for doc_id in ids:
        doc = store.get_document(doc_id)
        if doc is not None:
            batch.add(doc_id, doc)
        report.done += 1
        if on_progress:
            on_progress(report)
    batch.flush()
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
            yield _extraction_error(item.source, exc)


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
    return _Batch(store, nlp, batch_size or settings.batch_size, n_process or settings.n_process, report)


class _Batch:
    """Extracts documents as they come and analyses them ``size`` at a time.

    ``analyze_many`` runs the whole batch through ``nlp.pipe``; if it raises, the batch is
    redone one document at a time so only the document that fails is recorded as failed.
    """

    def __init__(
        self, store: Store, nlp: Language, size: int, n_process: int,
        report: IngestReport | ReanalyzeReport,
    ) -> None:
        self.store, self.nlp, self.size, self.n_process, self.report = store, nlp, size, n_process, report
        self.pending: list[tuple[int, str, Article]] = []

    def add(self, doc_id: int, doc: Document) -> None:
        try:
            article = extract(doc)
        except Exception as exc:  # noqa: BLE001 - an extractor bug on one page must not end the run
            error = _extraction_error(doc.source, exc)
            error.document_id = doc_id
            _fail(self.store, self.report.errors, error)
            return
        self.store.save_article(doc_id, article)
        self.pending.append((doc_id, doc.source, article))
        if len(self.pending) >= self.size:
            self.flush()

    def flush(self) -> None:
        pending, self.pending = self.pending, []
        if not pending:
            return
        for (doc_id, source, _), analysis in zip(pending, self._analyse(pending), strict=True):
            if analysis is None:
                continue
            try:
                self.store.save_analysis(doc_id, analysis)
            except StoreError as exc:  # e.g. an offset the schema refuses: this document only
                error = ItemError(source, "store", "write-failed", str(exc), doc_id)
                _fail(self.store, self.report.errors, error)
                continue
            self.report.analysed += 1

    def _analyse(self, pending: list[tuple[int, str, Article]]) -> list[Analysis | None]:
        articles = [article for _, _, article in pending]
        try:
            return list(analyze_many(articles, self.nlp, batch_size=self.size, n_process=self.n_process))
        except Exception:  # noqa: BLE001 - find the culprit one document at a time
            pass
        results: list[Analysis | None] = []
        for doc_id, source, article in pending:
            try:
                results.append(analyze(article, self.nlp))
            except Exception as exc:  # noqa: BLE001 - recorded against this document only
                detail = f"{type(exc).__name__}: {exc}"
                error = ItemError(source, "analyze", "analysis-failed", detail, doc_id)
                _fail(self.store, self.report.errors, error)
                results.append(None)
        return results


def _extraction_error(source: str, exc: Exception) -> ItemError:
    """ExtractionError says why no article was found; anything else is an extractor bug."""
    if isinstance(exc, ExtractionError):
        return ItemError(source, "extract", str(getattr(exc, "reason", "") or "no-article"), str(exc))
    return ItemError(source, "extract", "extractor-failed", f"{type(exc).__name__}: {exc}")


def _fail(store: Store, errors: list[ItemError], error: ItemError) -> None:
    store.record_error(error.source, error.stage, error.reason, error.detail, error.document_id)
    errors.append(error)
