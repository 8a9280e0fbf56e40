"""Extract, check the language, analyse: a batch of documents to one ``Done`` each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from spacy.language import Language

from newsdesk.errors import ExtractionError
from newsdesk.extract import extract
from newsdesk.models import Analysis, Article, Document
from newsdesk.nlp import analyze, analyze_many

Status = Literal["failed", "skipped"]


@dataclass
class ItemError:
    """One input that failed a stage (or, as a warning, was read anyway): which input, where, why."""

    source: str
    stage: str
    reason: str
    detail: str = ""
    document_id: int | None = None


@dataclass
class Done:
    """A document's outcome: its article, and its analysis or why it has none."""

    article: Article | None = None
    analysis: Analysis | None = None
    outcome: tuple[Status, ItemError] | None = None


def unsupported_language(article: Article, languages: Sequence[str]) -> str | None:
    """Why the (English-only) analysis does not apply to ``article``, or None when it does.

    An article whose language is unknown is analysed: better an analysis of a short English
    text the detector could not place than none.
    """
    if article.language and article.language not in languages:
        return f"language {article.language!r}: the analysis supports {', '.join(languages)}"
    return None


def extraction_error(source: str, exc: Exception) -> ItemError:
    """ExtractionError says why no article was found; anything else is an extractor bug."""
    if isinstance(exc, ExtractionError):
        return ItemError(source, "extract", str(getattr(exc, "reason", "") or "no-article"), str(exc))
    return ItemError(source, "extract", "extractor-failed", f"{type(exc).__name__}: {exc}")


def extract_one(doc: Document, languages: Sequence[str]) -> Done:
    """The article, or why there is none; an article in a language the analysis does not
    support is kept (stored and searchable) with a 'skipped' outcome."""
    try:
        article = extract(doc)
    except Exception as exc:  # noqa: BLE001 - an extractor bug on one page must not end the run
        return Done(outcome=("failed", extraction_error(doc.source, exc)))
    detail = unsupported_language(article, languages)
    if detail:
        detail += "; the article is stored and searchable"
        skipped = ItemError(doc.source, "analyze", "unsupported-language", detail)
        return Done(article, outcome=("skipped", skipped))
    return Done(article)


def analyse_all(sources: Sequence[str], done: Sequence[Done], nlp: Language, batch_size: int,
                n_process: int = 1) -> None:
    """Analyse every ``Done`` that has an article and no outcome, in ``nlp.pipe`` batches; if
    the batch raises, one at a time, so only the document that fails is recorded as failed."""
    todo = [(source, d) for source, d in zip(sources, done, strict=True) if d.outcome is None and d.article]
    if not todo:
        return
    try:
        results = list(analyze_many([d.article for _, d in todo], nlp, batch_size=batch_size,  # type: ignore[misc]
                                    n_process=n_process))
    except Exception:  # noqa: BLE001 - find the culprit one document at a time
        results = []
    if len(results) == len(todo):
        for (_, item), analysis in zip(todo, results, strict=True):
            item.analysis = analysis
        return
    for source, item in todo:
        try:
            item.analysis = analyze(item.article, nlp)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - recorded against this document only
            detail = f"{type(exc).__name__}: {exc}"
            item.outcome = ("failed", ItemError(source, "analyze", "analysis-failed", detail))


def process_documents(docs: Sequence[Document], nlp: Language, languages: Sequence[str],
                      batch_size: int = 32) -> list[Done]:
    """Each document extracted and analysed: one ``Done`` per document, in order; nothing raises."""
    done = [extract_one(doc, languages) for doc in docs]
    analyse_all([doc.source for doc in docs], done, nlp, batch_size)
    return done
