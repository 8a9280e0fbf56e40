"""Events: ``/events`` (a filterable table) and ``/api/events`` (JSON, CSV or JSONL).

Filters (the same on the page, the API and the download links): ``type`` (PLOVER, any case;
POLECAT's names accepted), ``status``, ``actor`` (words of an actor's or recipient's name, as
``newsdesk events --actor``), ``entity`` (an actor's or recipient's entity id or name),
``place`` (the place's entity id or name), ``story`` (id), ``outlet`` (publisher, exactly),
``since``/``until`` (the event's date, else its article's, inclusive). Downloads write the
GDELT-like rows of ``events_export``, one per row shown.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from newsdesk.errors import InputError
from newsdesk.events_export import CSV_COLUMNS, event_record, jsonl_record
from newsdesk.models import EVENT_STATUSES, EVENT_TYPES
from newsdesk.store import Store, StoredEvent, event_type
from newsdesk.web.deps import PageDep, StoreDep, render
from newsdesk.web.routes import _lists as L

router = APIRouter()

PLACE_TYPES = ("GPE", "LOC", "FAC")


@dataclass
class EventFilters:
    type: str | None
    status: str | None
    actor: str | None
    entity: str | None
    place: str | None
    story: int | None
    outlet: str | None
    since: str | None
    until: str | None

    def params(self) -> dict[str, Any]:
        return asdict(self)


def read_filters(request: Request) -> EventFilters:
    kind = L.text(request, "type")
    if kind is not None:
        try:
            kind = event_type(kind[:60])
        except ValueError as exc:
            raise InputError("type", str(exc)) from None
    return EventFilters(
        type=kind, status=L.choice(request, "status", EVENT_STATUSES), actor=L.text(request, "actor"),
        entity=L.text(request, "entity"), place=L.text(request, "place"),
        story=L.integer(request, "story"), outlet=L.text(request, "outlet"),
        since=L.day(request, "since"), until=L.day(request, "until"),
    )


def store_args(store: Store, request: Request, f: EventFilters) -> dict[str, Any]:
    return {"actor": f.actor, "type": f.type, "since": f.since, "status": f.status, "until": f.until,
            "outlet": f.outlet, "story": f.story, "entity": L.entity_ref(store, request, "entity"),
            "place": L.entity_ref(store, request, "place", PLACE_TYPES)}


def event_item(e: StoredEvent) -> dict[str, Any]:
    return {**asdict(e), "links": {"article": f"/articles/{e.article_id}"}}


def _download(request: Request, store: Store, f: EventFilters, fmt: str, page: Any) -> Response:
    args = store_args(store, request, f)
    whole = L.text(request, "scope") != "page"
    offset, limit = (0, L.EXPORT_MAX) if whole else (page.offset, page.limit)

    def pages(at: int, n: int) -> list[StoredEvent]:
        return request.app.state.stores.get().events(**args, limit=n, offset=at)

    return L.download(fmt, "events", CSV_COLUMNS, pages, event_record, jsonl_record, offset, limit)


@router.get("/api/events", tags=["events"], summary="Events, filtered and paginated (or downloaded)")
def api_events(request: Request, store: StoreDep, page: PageDep) -> Response:
    """``{"total","offset","limit","items"}``; ``format=csv|jsonl`` downloads the whole filtered set
    (at most 100,000 rows; ``scope=page``: this page only). Filters: type, status, actor, entity,
    place, story, outlet, since, until."""
    f = read_filters(request)
    fmt = L.choice(request, "format", ("json", *L.DOWNLOAD_FORMATS)) or "json"
    if fmt != "json":
        return _download(request, store, f, fmt, page)
    args = store_args(store, request, f)
    items = store.events(**args, limit=page.limit, offset=page.offset)
    return JSONResponse({"total": store.count_events(**args), "offset": page.offset, "limit": page.limit,
                         "items": [event_item(e) for e in items]})


@router.get("/events", response_class=HTMLResponse, include_in_schema=False)
def events_page(request: Request, store: StoreDep, page: PageDep) -> Response:
    f = read_filters(request)
    args = store_args(store, request, f)
    rows = store.events(**args, limit=page.limit, offset=page.offset)
    total = store.count_events(**args)
    params = f.params()
    downloads, page_downloads = L.download_links("/api/events", params, page.offset, page.limit)
    return render(
        request, "events.html", f=f, types=EVENT_TYPES, statuses=EVENT_STATUSES, rows=rows,
        pager=L.pager("/events", params, total, page.offset, page.limit, len(rows)),
        downloads=downloads, page_downloads=page_downloads,
        export_max=L.EXPORT_MAX, entity_missing=args["entity"] == -1, place_missing=args["place"] == -1,
    )
