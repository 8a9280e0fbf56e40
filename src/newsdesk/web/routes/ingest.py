"""``POST /api/ingest``: add articles through the pipeline, only with the configured token.

The app is otherwise read-only: without a token in the configuration every ingest is refused
(403), without ``Authorization: Bearer ...`` it is 401, with a wrong token 403. Each request
opens its own writable ``Store`` (one writer at a time: requests are serialised by a lock, and
SQLite's WAL lets the pages keep reading meanwhile); the spaCy model is loaded on the first
ingest and kept. Each item is a JSONL record (``url``, ``html`` or ``text``, ``title``,
``published``, ``publisher``, the same fields ``newsdesk ingest`` reads): a bad item is reported
by its position and the rest go on.
"""

from __future__ import annotations

import hmac
import threading
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException, Request

from newsdesk.ingest._jsonl import FileNotes, record_document
from newsdesk.models import Document, IngestError, IngestWarning
from newsdesk.store import Store

router = APIRouter()

_setup = threading.Lock()
#: Items one request may carry (the body size limit applies too).
MAX_ITEMS = 1000

EXAMPLE = [{"url": "https://example.org/news/1", "title": "Council approves the ferry terminal",
            "published": "2026-05-04", "publisher": "Example Post",
            "text": "Council approves the ferry terminal\n\nThe council approved the terminal on Monday, "
                    "Mayor Helen Carter said."}]


def check_token(request: Request) -> None:
    """401 without a bearer token, 403 with a wrong one or when none is configured."""
    expected = request.app.state.settings.token
    if not expected:
        raise HTTPException(403, "this server is read-only: no API token is configured "
                                 f"(set {request.app.state.settings.token_env} to allow ingest)")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HTTPException(401, "ingest needs 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(403, "wrong API token")


def documents(payload: Any) -> list[Document | IngestError | IngestWarning]:
    """The request's items as the pipeline's input: each one a Document or an error naming it."""
    items = payload if isinstance(payload, list) else [payload]
    if len(items) > MAX_ITEMS:
        raise HTTPException(413, f"{len(items)} items in one request; at most {MAX_ITEMS}")
    notes = FileNotes("request")
    out: list[Document | IngestError | IngestWarning] = []
    for n, item in enumerate(items, 1):
        source = f"request item {n}"
        if not isinstance(item, dict):
            out.append(IngestError(source, "bad-json", f"expected an object, got {type(item).__name__}"))
            continue
        url = item.get("url")
        if isinstance(url, str) and url.strip():
            source += f" ({url.strip()[:200]})"
        out.append(record_document(source, n, item, notes))
    out.extend(notes.warnings())
    return out


def _state(request: Request) -> Any:
    state = request.app.state
    with _setup:
        if not hasattr(state, "ingest_lock"):
            state.ingest_lock = threading.Lock()
    return state


def _model(state: Any) -> Any:
    if getattr(state, "nlp", None) is None:
        from newsdesk.nlp import load_model

        state.nlp = load_model()
    return state.nlp


@router.post("/api/ingest", tags=["ingest"], status_code=200)
def api_ingest(
    request: Request,
    payload: Annotated[Any, Body(description="one item or a list of items: {url?, html? | text?, title?, "
                                             "published?, publisher?}", examples=[EXAMPLE])],
) -> dict[str, Any]:
    """Ingest articles (needs ``Authorization: Bearer <token>``); returns the ingest report:
    read, new, duplicates, versions, analysed, skipped, and each error with the item it names."""
    check_token(request)
    docs = documents(payload)
    from newsdesk.pipeline import ingest_documents

    state = _state(request)
    with state.ingest_lock:
        nlp = _model(state)
        with Store(state.stores.path, create=False) as store:
            report = ingest_documents(docs, store, nlp)
    return {"read": report.read, "new": report.new, "duplicates": report.duplicates,
            "versions": report.versions, "resumed": report.resumed, "analysed": report.analysed,
            "skipped": report.skipped, "errors": [asdict(e) for e in report.errors],
            "warnings": [asdict(w) for w in report.warnings]}
