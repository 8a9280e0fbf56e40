"""Quotes: ``/quotes`` (a filterable table) and ``/api/quotes`` (JSON, CSV or JSONL).

Filters (query parameters, the same on the page, the API and the download links): ``speaker``
(a name, as ``newsdesk quotes --speaker``), ``entity`` (the speaker's entity id or name),
``story`` (id), ``outlet`` (publisher, exactly), ``since``/``until`` (dates, inclusive),
``kind`` (direct, indirect, mixed) and ``words`` (the query syntax over the quoted words, as
``--about``). A row is one stored quote (one article's copy); downloads write the Quotebank
records of ``quotes_export``, one per row.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from newsdesk.errors import QueryError
from newsdesk.quotes_export import CSV_COLUMNS, csv_row, group_quotations
from newsdesk.store import QUOTE_KINDS, Store, StoredQuote
from newsdesk.web.deps import PageDep, StoreDep, render
from newsdesk.web.routes import _lists as L

router = APIRouter()


@dataclass
class QuoteFilters:
    speaker: str | None
    entity: str | None
    story: int | None
    outlet: str | None
    since: str | None
    until: str | None
    kind: str | None
    words: str | None

    def params(self) -> dict[str, Any]:
        return asdict(self)


def read_filters(request: Request) -> QuoteFilters:
    return QuoteFilters(
        speaker=L.text(request, "speaker"), entity=L.text(request, "entity"),
        story=L.integer(request, "story"), outlet=L.text(request, "outlet"),
        since=L.day(request, "since"), until=L.day(request, "until"),
        kind=L.choice(request, "kind", QUOTE_KINDS), words=L.text(request, "words"),
    )


def store_args(store: Store, request: Request, f: QuoteFilters) -> dict[str, Any]:
    return {"speaker": f.speaker, "about": f.words, "since": f.since, "kind": f.kind, "until": f.until,
            "outlet": f.outlet, "story": f.story, "entity": L.entity_ref(store, request, "entity")}


def quote_links(q: StoredQuote) -> dict[str, str | None]:
    """The quote in its article (at its offsets) and its speaker's entity page."""
    return {"article": f"/articles/{q.article_id}#q{q.quote_id}",
            "speaker": f"/entities/{q.speaker_id}" if q.speaker_id is not None else None}


def quote_item(q: StoredQuote) -> dict[str, Any]:
    return {**asdict(q), "links": quote_links(q)}


def _record(q: StoredQuote) -> dict[str, Any]:
    return group_quotations([q])[0].to_dict()


def _row(q: StoredQuote) -> dict[str, Any]:
    return csv_row(group_quotations([q])[0])


def _download(request: Request, store: Store, f: QuoteFilters, fmt: str, page: Any) -> Response:
    args = store_args(store, request, f)
    whole = L.text(request, "scope") != "page"
    offset, limit = (0, L.EXPORT_MAX) if whole else (page.offset, page.limit)

    def pages(at: int, n: int) -> list[StoredQuote]:
        return request.app.state.stores.get().quotes(**args, limit=n, offset=at)

    return L.download(fmt, "quotes", CSV_COLUMNS, pages, _row, _record, offset, limit)


@router.get("/api/quotes", tags=["quotes"], summary="Quotes, filtered and paginated (or downloaded)")
def api_quotes(request: Request, store: StoreDep, page: PageDep) -> Response:
    """``{"total","offset","limit","items"}``; ``format=csv|jsonl`` downloads the whole filtered set
    (at most 100,000 rows; ``scope=page``: this page only). Filters: speaker, entity, story,
    outlet, since, until, kind, words (README: Query syntax)."""
    f = read_filters(request)
    fmt = L.choice(request, "format", ("json", *L.DOWNLOAD_FORMATS)) or "json"
    if fmt != "json":
        return _download(request, store, f, fmt, page)
    args = store_args(store, request, f)
    items = store.quotes(**args, limit=page.limit, offset=page.offset)
    return JSONResponse({"total": store.count_quotes(**args),
                         "offset": page.offset, "limit": page.limit,
                         "items": [quote_item(q) for q in items]})


@router.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
def quotes_page(request: Request, store: StoreDep, page: PageDep) -> Response:
    f = read_filters(request)
    args = store_args(store, request, f)
    error, status = None, 200
    try:
        rows = store.quotes(**args, limit=page.limit, offset=page.offset)
        total = store.count_quotes(**args)
    except QueryError as exc:  # the table's form again, the filters kept, and what to change
        rows, total, error, status = [], 0, str(exc), 400
    params = f.params()
    downloads, page_downloads = L.download_links("/api/quotes", params, page.offset, page.limit)
    return render(
        request, "quotes.html", status_code=status, error=error, f=f, kinds=QUOTE_KINDS, rows=rows,
        links=[quote_links(q) for q in rows],
        pager=L.pager("/quotes", params, total, page.offset, page.limit, len(rows)),
        downloads=downloads, page_downloads=page_downloads,
        export_max=L.EXPORT_MAX, entity_missing=args["entity"] == -1,
    )
