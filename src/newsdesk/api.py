"""The Python API a notebook needs, re-exported by ``import newsdesk``.

Each function is a thin, documented wrapper over the stage that does the work (``extract``,
``nlp``, ``pipeline``, ``store``), taking the inputs a person has at hand: a path, a page's
HTML or text as a string, a ``Document`` or an ``Article``. The model is loaded once per
process when a function needs it and none is given. Heavy imports (spaCy, trafilatura) happen
inside the functions, so ``import newsdesk`` stays fast.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.errors import InputError
from newsdesk.models import Analysis, Article, Document, DocumentKind

if TYPE_CHECKING:
    from spacy.language import Language

    from newsdesk.pipeline import IngestReport
    from newsdesk.store import Store

#: What ``extract`` (and so ``analyze``) accepts: a path, the page itself, or a Document.
Source = str | os.PathLike[str] | Document

_MAX_PATH = 4096


def load_model(names: Sequence[str] | str | None = None) -> Language:
    """The spaCy model the analysis runs on, loaded once per process.

    ``names`` are tried in order (default: the ``models`` setting); raises ``ModelError``
    naming every model tried when none is installed.
    """
    from newsdesk.nlp.model import load_model as _load_model

    return _load_model(names)


def extract(source: Source, *, url: str | None = None, published: str | None = None) -> Article:
    """The article of one page: body, headline, byline, dates, wire credit, with provenance.

    ``source`` is a path to an HTML or text file (one item), the page's HTML or plain text as
    a string, or a ``Document``. ``url`` and ``published`` (``YYYY-MM-DD``) fill what the page
    does not say. Raises ``InputError`` when the input cannot be read (saying why) and
    ``ExtractionError`` when no article can be found in it.
    """
    from newsdesk.extract import extract as _extract

    return _extract(_document(source, url, published))


def analyze(
    source: Article | Source, nlp: Language | None = None, *, published: str | None = None,
) -> Analysis:
    """The full analysis of one article: entities with roles, quotes, times and events.

    ``source`` is an ``Article`` (from ``extract``) or anything ``extract`` accepts;
    ``nlp`` defaults to ``load_model()``. Pure: the same input gives the same analysis.
    """
    from newsdesk.nlp import analyze as _analyze

    return _analyze(_article(source, published), nlp if nlp is not None else load_model())


def analyze_many(
    sources: Iterable[Article | Source], nlp: Language | None = None, *, batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[Analysis]:
    """Analyse many articles in ``nlp.pipe`` batches, yielding analyses in input order."""
    from newsdesk.nlp import analyze_many as _analyze_many

    articles = (_article(s, None) for s in sources)
    model = nlp if nlp is not None else load_model()
    yield from _analyze_many(articles, model, batch_size=batch_size, n_process=n_process)


def ingest(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], store: Store | str | os.PathLike[str],
    nlp: Language | None = None, **options: object,
) -> IngestReport:
    """Read, extract, analyse and store every item under ``paths`` (files, folders, JSONL feeds).

    ``store`` is an open ``Store`` or the path of a database (created if missing, closed
    afterwards). Content already stored is skipped, so ingesting again adds only what is new.
    ``options`` are those of ``newsdesk.pipeline.ingest_paths`` (``batch_size``, ``n_process``,
    ``on_progress``, ``max_bytes``). Returns the counts and the errors met, item by item.
    """
    from newsdesk.pipeline import ingest_paths
    from newsdesk.store import Store as _Store

    items = [os.fspath(paths)] if isinstance(paths, (str, os.PathLike)) else [os.fspath(p) for p in paths]
    model = nlp if nlp is not None else load_model()
    if isinstance(store, _Store):
        return ingest_paths(items, store, model, **options)  # type: ignore[arg-type]
    with _Store(store) as opened:
        return ingest_paths(items, opened, model, **options)  # type: ignore[arg-type]


def _article(source: Article | Source, published: str | None) -> Article:
    if isinstance(source, Article):
        if published:
            source.published = published
            source.provenance["published"] = "input"
        return source
    return extract(source, published=published)


def _document(source: Source, url: str | None, published: str | None) -> Document:
    if isinstance(source, Document):
        doc = source
    elif isinstance(source, os.PathLike) or (
            isinstance(source, str) and "\n" not in source and len(source) < _MAX_PATH and "<" not in source
            and Path(source).is_file()):
        doc = _read_one(os.fspath(source))
    elif isinstance(source, str):
        kind: DocumentKind = "html" if source.lstrip()[:1] == "<" else "text"
        doc = Document(source="<string>", kind=kind, content=source)
    else:
        raise InputError(repr(source)[:60], "unsupported-input",
                         f"a {type(source).__name__}: give a path, the page as a string or a Document")
    if url:
        doc.url = url
    if published:
        doc.published = published
    return doc


def _read_one(path: str) -> Document:
    from newsdesk.ingest import iter_documents
    from newsdesk.models import IngestError, IngestWarning

    items = [i for i in iter_documents([path]) if not isinstance(i, IngestWarning)]
    if len(items) != 1:
        raise InputError(path, "not-one-item",
                         f"it holds {len(items)} items; extract reads one (newsdesk.ingest reads many)")
    item = items[0]
    if isinstance(item, IngestError):
        raise InputError(item.source, item.reason, item.detail)
    return item


__all__ = ["Source", "analyze", "analyze_many", "extract", "ingest", "load_model"]
