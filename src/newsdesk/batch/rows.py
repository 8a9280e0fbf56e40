"""The batch output's rows: one per document (article shard) or per problem (errors shard).

Pure functions both ways (``newsdesk batch`` writes rows, ``newsdesk load`` reads them back),
with the Arrow schema that documents the Parquet files. No Ray here.

Article rows (``articles/date=YYYY-MM-DD/*.parquet``; ``date=undated`` when no date is known):

===================  =========================================================================
``source``           where the document came from (``FILE#<record id>``, ``FILE:LINE``, a path)
``kind``             ``html`` or ``text``; ``content`` the raw document as read
``content_hash``     the ingest content hash (duplicates are skipped by it on load)
``url`` ``title``    as the input gave them (the article's own are in ``analysis``)
``publisher``        ``doc_published``: the input's date
``published``        the article's publication date (ISO), ``date`` its day (the partition)
``status``           ``analysed`` (``analysis`` holds the full analysis as JSON, article included)
                     or ``skipped`` (``article`` holds the article as JSON; ``reason``/``detail``
                     say why it has no analysis: a language the analysis does not support)
``model``            the spaCy model and ``pipeline_version`` of newsdesk that made the analysis
``minhash``          the copies MinHash signature (uint32 little-endian, ``stories.copies``
                     scheme ``copies_scheme``), ``shingles`` its number of distinct shingles,
                     ``names`` the names in the text (copies must share them)
===================  =========================================================================

Error rows (``errors/*.parquet``): ``source``, ``stage`` (ingest, extract, analyze), ``reason``,
``detail``, ``level`` (``error`` or ``warning``: read anyway, or counted and skipped, such as a
web archive's redirects), and when there was a document its columns as above (so ``load``
keeps it for ``newsdesk reanalyze --failed``), with ``article`` when extraction succeeded.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from newsdesk.models import (
    PIPELINE_VERSION,
    Document,
    DocumentKind,
    IngestError,
    IngestWarning,
    analysis_from_dict,
    article_from_dict,
)
from newsdesk.stories import copies

if TYPE_CHECKING:  # the work package loads spaCy; a Ray task that only moves rows should not
    from newsdesk.work import Done

DOCUMENT = [
    ("source", pa.string()), ("kind", pa.string()), ("content", pa.large_string()),
    ("content_hash", pa.string()), ("url", pa.string()), ("title", pa.string()),
    ("publisher", pa.string()), ("doc_published", pa.string()),
]
ARTICLE_SCHEMA = pa.schema([
    *DOCUMENT, ("published", pa.string()), ("date", pa.string()), ("status", pa.string()),
    ("analysis", pa.large_string()), ("article", pa.large_string()), ("reason", pa.string()),
    ("detail", pa.string()), ("model", pa.string()), ("pipeline_version", pa.string()),
    ("minhash", pa.binary()), ("shingles", pa.int32()), ("names", pa.list_(pa.string())),
    ("copies_scheme", pa.string()),
])
ERROR_SCHEMA = pa.schema([
    ("source", pa.string()), ("stage", pa.string()), ("reason", pa.string()), ("detail", pa.string()),
    ("level", pa.string()), *DOCUMENT[1:], ("article", pa.large_string()),
])
#: What the batch job passes between its stages: every column of both, and which one it is.
ROW_SCHEMA = pa.schema([pa.field("part", pa.string()), *ARTICLE_SCHEMA,
                        *(f for f in ERROR_SCHEMA if f.name not in ARTICLE_SCHEMA.names)])
UNDATED = "undated"


def _document_columns(doc: Document) -> dict[str, Any]:
    return {"source": doc.source, "kind": doc.kind, "content": doc.content, "content_hash": doc.content_hash,
            "url": doc.url, "title": doc.title, "publisher": doc.publisher, "doc_published": doc.published}


def input_row(item: Document | IngestError | IngestWarning) -> dict[str, Any]:
    """What the reading stage passes on: a document, or a problem met reading the input."""
    if isinstance(item, Document):
        return {"part": "document", **_document_columns(item)}
    level = "warning" if isinstance(item, IngestWarning) else "error"
    return {"part": "errors", "source": item.source, "stage": "ingest", "reason": item.reason,
            "detail": item.detail, "level": level}


def row_document(row: dict[str, Any]) -> Document:
    kind: DocumentKind = "html" if row["kind"] == "html" else "text"
    return Document(source=row["source"], kind=kind, content=row["content"], url=row.get("url"),
                    title=row.get("title"), published=row.get("doc_published"),
                    publisher=row.get("publisher"), content_hash=row["content_hash"])


def done_row(doc: Document, done: Done, model: str) -> dict[str, Any]:
    """The output row of one processed document: an article row, or an error row."""
    row = {**_document_columns(doc)}
    article = done.analysis.article if done.analysis is not None else done.article
    if done.outcome is not None and done.outcome[0] == "failed":
        error = done.outcome[1]
        return {"part": "errors", **row, "stage": error.stage, "reason": error.reason, "detail": error.detail,
                "level": "error", "article": json.dumps(_article_dict(article)) if article else None}
    assert article is not None
    sig = copies.signature(article.text)
    published = article.published or None
    row.update({
        "part": "articles", "published": published, "date": day(published), "model": model,
        "pipeline_version": PIPELINE_VERSION, "minhash": sig.to_bytes(), "shingles": sig.size,
        "names": sorted(copies.names(article.text)), "copies_scheme": copies.DEFAULT.scheme,
    })
    if done.analysis is not None:
        row.update({"status": "analysed", "analysis": json.dumps(done.analysis.to_dict())})
    else:
        _, why = done.outcome  # type: ignore[misc]
        row.update({"status": "skipped", "article": json.dumps(_article_dict(article)),
                    "reason": why.reason, "detail": why.detail})
    return row


def _article_dict(article: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(article)


def day(published: str | None) -> str:
    """The partition of a publication date: its ``YYYY-MM-DD``, or ``undated``."""
    if published and len(published) >= 10 and published[4] == "-" and published[7] == "-":
        return published[:10]
    return UNDATED


def row_done(row: dict[str, Any]) -> Done:
    """The ``Done`` an article or error row describes (what ``load`` writes)."""
    from newsdesk.work import Done, ItemError
    from newsdesk.work._process import Status

    if row.get("analysis"):
        analysis = analysis_from_dict(json.loads(row["analysis"]))
        return Done(analysis.article, analysis)
    article = article_from_dict(json.loads(row["article"])) if row.get("article") else None
    status: Status = "skipped" if row.get("status") == "skipped" else "failed"
    stage = row.get("stage") or "analyze"
    error = ItemError(row["source"], stage, row["reason"] or "", row["detail"] or "")
    return Done(article, None, (status, error))
