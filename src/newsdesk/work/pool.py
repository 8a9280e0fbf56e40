"""Worker processes that load the model once and do the work on batches of documents.

``nlp.pipe(n_process=N)`` starts its processes for every call and sends each parsed Doc
back to be analysed in the parent: with ingest's batches that cost more than it saved
(``-j 2`` was slower than one process). Here each worker keeps its model for the whole run
and returns only the finished articles and analyses; the parent reads, deduplicates and
writes while the workers analyse the next batches. Workers are started with ``spawn``:
forking a process that runs a progress thread can inherit a held lock.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from spacy.language import Language

from newsdesk.models import Document
from newsdesk.work._process import Done, process_documents

_worker: tuple[Language, tuple[str, ...], int] | None = None


def _start(models: tuple[str, ...], languages: tuple[str, ...], batch_size: int) -> None:
    global _worker
    from newsdesk.nlp import load_model

    _worker = (load_model(models), languages, batch_size)


def _run(docs: list[Document]) -> list[Done]:
    assert _worker is not None, "worker not started"
    nlp, languages, batch_size = _worker
    return process_documents(docs, nlp, languages, batch_size)


def model_names(nlp: Language | None) -> tuple[str, ...]:
    """What a worker loads to have ``nlp``: the folder it was loaded from, else the settings'
    models (a worker has to load the same model, or its analyses would differ)."""
    from newsdesk.config import load_settings

    path = getattr(nlp, "path", None)
    return ((str(path),) if path else ()) + load_settings().models


class WorkerPool:
    """``submit(docs)`` returns a Future of their ``Done`` list; ``close()`` stops the workers."""

    def __init__(self, workers: int, models: Sequence[str], languages: Sequence[str],
                 batch_size: int) -> None:
        self.workers = workers
        self._pool = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start,
            initargs=(tuple(models), tuple(languages), batch_size),
        )

    def submit(self, docs: list[Document]) -> Future[list[Done]]:
        return self._pool.submit(_run, docs)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
