"""Saved searches: ``/searches`` (list, save, delete), their Atom feeds, and ``/api/searches``.

Reading is open; saving and deleting change the store, so they need the API token (the app
is read-only without it): a form field on the page, ``Authorization: Bearer`` or
``X-Newsdesk-Token`` on the API. ``newsdesk searches add NAME QUERY`` saves one from the shell.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Body, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from newsdesk.errors import InputError, QueryError
from newsdesk.models import SavedSearch
from newsdesk.web.deps import PageDep, StoreDep, render
from newsdesk.web.routes import _lists as L
from newsdesk.web.routes._feeds import ATOM_TYPE, search_feed

router = APIRouter()

#: Articles in a saved search's feed (the newest matching).
FEED_ENTRIES = 30


def feed_url(saved: SavedSearch) -> str:
    return f"/searches/{saved.id}/feed.atom"


def saved_item(saved: SavedSearch) -> dict[str, Any]:
    search = L.with_params("/search", {"q": saved.query})
    return {**asdict(saved), "links": {"feed": feed_url(saved), "search": search}}


async def form_fields(request: Request) -> dict[str, str]:
    """An urlencoded form body as {name: first value} (no multipart: the forms send none)."""
    body = (await request.body()).decode("utf-8", errors="replace")
    return {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}


FormDep = Annotated[dict[str, str], Depends(form_fields)]


def _page(request: Request, store: Any, page: Any, status: int = 200, message: str | None = None,
          name: str = "", query: str | None = None) -> Response:
    found = store.saved_searches(limit=page.limit, offset=page.offset)
    total = store.count_saved_searches()
    return render(
        request, "searches.html", status_code=status, searches=found, message=message,
        pager=L.pager("/searches", {}, total, page.offset, page.limit, len(found)),
        name=name, query=query if query is not None else (L.text(request, "q") or ""),
        read_only=not request.app.state.settings.token,
    )


@router.get("/searches", response_class=HTMLResponse, include_in_schema=False)
def searches_page(request: Request, store: StoreDep, page: PageDep) -> Response:
    return _page(request, store, page)


@router.post("/searches", response_class=HTMLResponse, include_in_schema=False)
def save_from_form(request: Request, store: StoreDep, page: PageDep, form: FormDep) -> Response:
    name, query = form.get("name", ""), form.get("query", "")
    problem = L.token_problem(request, form.get("token"))
    if problem:
        return _page(request, store, page, 403, problem, name, query)
    try:
        saved = store.add_saved_search(name, query)
    except (InputError, QueryError) as exc:
        return _page(request, store, page, 400, str(exc), name, query)
    return RedirectResponse(f"/searches#search-{saved.id}", status_code=303)


@router.post("/searches/{search_id}/delete", response_class=HTMLResponse, include_in_schema=False)
def delete_from_form(request: Request, search_id: int, store: StoreDep, page: PageDep,
                     form: FormDep) -> Response:
    problem = L.token_problem(request, form.get("token"))
    if problem:
        return _page(request, store, page, 403, problem)
    if not store.remove_saved_search(search_id):
        return _page(request, store, page, 404, f"there is no saved search {search_id}")
    return RedirectResponse("/searches", status_code=303)


@router.get("/searches/{search_id}/feed.atom", tags=["searches"], summary="A saved search as an Atom feed")
def search_feed_atom(request: Request, search_id: int, store: StoreDep) -> Response:
    """Atom 1.0: the newest articles matching the saved search, one entry each."""
    saved = store.get_saved_search(search_id)
    if saved is None:
        raise HTTPException(404, f"there is no saved search {search_id}")
    hits = store.latest_matching(saved.query, limit=FEED_ENTRIES)
    xml = search_feed(saved, hits, str(request.base_url), str(request.url))
    return Response(xml, media_type=f"{ATOM_TYPE}; charset=utf-8")


@router.get("/api/searches", tags=["searches"], summary="Saved searches")
def api_searches(store: StoreDep, page: PageDep) -> dict[str, Any]:
    """``{"total","offset","limit","items"}``, by name, each with its feed's address."""
    found = store.saved_searches(limit=page.limit, offset=page.offset)
    return {"total": store.count_saved_searches(), "offset": page.offset, "limit": page.limit,
            "items": [saved_item(s) for s in found]}


@router.post("/api/searches", tags=["searches"], summary="Save a search (needs the API token)",
             status_code=201)
def api_save(request: Request, store: StoreDep,
             name: Annotated[str, Body(max_length=1000)], query: Annotated[str, Body(max_length=10_000)],
             ) -> Response:
    """Body ``{"name": ..., "query": ...}``; the token in ``Authorization: Bearer`` or
    ``X-Newsdesk-Token``. 403 without it, 400 for a malformed query or a name in use."""
    problem = L.token_problem(request)
    if problem:
        return JSONResponse({"detail": problem}, status_code=403)
    saved = store.add_saved_search(name, query)
    return JSONResponse(saved_item(saved), status_code=201)


@router.delete("/api/searches/{search_id}", tags=["searches"], summary="Delete a saved search (token)")
def api_delete(request: Request, search_id: int, store: StoreDep) -> Response:
    problem = L.token_problem(request)
    if problem:
        return JSONResponse({"detail": problem}, status_code=403)
    if not store.remove_saved_search(search_id):
        return JSONResponse({"detail": f"there is no saved search {search_id}"}, status_code=404)
    return Response(status_code=204)
