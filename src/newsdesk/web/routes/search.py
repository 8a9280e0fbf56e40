"""Search: ``/search?q=`` (articles and quotes, with facets) and ``/api/search``.

Every query goes through the one parser (README: Query syntax): a malformed, too long or too
costly query is a 400 with the parser's message. Facets (outlet, story, person, month) count
the best ``FACET_TOP`` matches by rank, not every match, so a search costs the same on any
store; the page says so when there are more matches. A facet value is a link that narrows the
search to it (``outlet=``, ``story=``, ``person=``, ``month=``).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from newsdesk.errors import InputError, QueryError
from newsdesk.store import MARK, SearchFacets, SearchFilters, SearchHit, Store
from newsdesk.web.deps import Page, PageDep, StoreDep, render
from newsdesk.web.routes import _lists as L
from newsdesk.web.routes.quotes import quote_item, quote_links

router = APIRouter()

#: Matches the facets count (the best by rank).
HITS_SHOWN = 20  # hits per page unless ?limit= asks: each carries a snippet, cut from its text
FACET_TOP = 250  # at 500 the facets were a third of a search page's time (BENCHMARKS: web speed)
#: Values shown per facet.
FACET_VALUES = 10
#: Quotes shown beside the article hits, the last stored first (the rest: /quotes?words=...).
QUOTES_SHOWN = 5


def read_filters(request: Request) -> SearchFilters:
    month = L.text(request, "month")
    if month is not None and not (len(month) == 7 and month[4] == "-" and (month[:4] + month[5:]).isdigit()):
        raise InputError(f"month {month[:40]!r}", "not a month", "use YYYY-MM")
    return SearchFilters(outlet=L.text(request, "outlet"), story=L.integer(request, "story"),
                         person=L.integer(request, "person"), month=month)


def highlights(snippet: str) -> tuple[str, list[list[int]]]:
    """The snippet as plain text and the [start, end) runs the query matched in it."""
    text: list[str] = []
    runs: list[list[int]] = []
    at = 0
    for ch in snippet:
        if ch == MARK[0]:
            runs.append([at, at])
        elif ch == MARK[1]:
            if runs:
                runs[-1][1] = at
        else:
            text.append(ch)
            at += 1
    return "".join(text), [r for r in runs if r[1] > r[0]]


def hit_item(h: SearchHit) -> dict[str, Any]:
    snippet, runs = highlights(h.snippet or "")
    return {"id": h.id, "title": h.title, "published": h.published, "publisher": h.publisher,
            "url": L.http_url(h.url), "score": h.score, "snippet": snippet, "highlights": runs,
            "links": {"article": f"/articles/{h.id}"}}


def _search(store: Store, q: str, f: SearchFilters, offset: int, limit: int) -> dict[str, Any]:
    results, facets = store.search_with_facets(q, limit, offset, f, top=FACET_TOP, each=FACET_VALUES)
    quotes = store.latest_quotes(q, limit=QUOTES_SHOWN)
    return {"results": results, "facets": facets, "quotes": quotes,
            "quote_total": store.count_quotes(about=q) if quotes else 0}


def _hits(request: Request, page: Page) -> int:
    """``HITS_SHOWN`` hits a page, or what ``?limit=`` asks (within the settings' cap)."""
    return page.limit if "limit" in request.query_params else min(HITS_SHOWN, page.limit)


def _facets_dict(facets: SearchFacets) -> dict[str, Any]:
    return asdict(facets)


@router.get("/api/search", tags=["search"], summary="Full-text search over articles and quotes")
def api_search(request: Request, store: StoreDep, page: PageDep) -> Response:
    """Articles matching ``q`` (README: Query syntax), best first, 20 a page unless ``limit``
    asks (each hit carries a snippet), narrowed by
    ``outlet``, ``story``, ``person`` (entity id) or ``month`` (YYYY-MM); ``facets`` count the
    best 250 matches (``facets.considered``); ``quotes``: the last stored quotes whose words match.
    A malformed query is a 400 whose ``detail`` says what to change."""
    q = L.text(request, "q")
    if q is None:
        raise InputError("q", "missing", "give a query, e.g. ?q=strike")
    found = _search(store, q, read_filters(request), page.offset, _hits(request, page))
    results = found["results"]
    return JSONResponse({
        "query": q, "total": results.total, "offset": page.offset, "limit": results.limit,
        "items": [hit_item(h) for h in results.hits], "facets": _facets_dict(found["facets"]),
        "quotes": {"total": found["quote_total"], "items": [quote_item(x) for x in found["quotes"]],
                   "more": L.with_params("/api/quotes", {"words": q})},
    })


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(request: Request, store: StoreDep, page: PageDep) -> Response:
    q = L.text(request, "q")
    f = read_filters(request)
    if q is None:
        return render(request, "search.html", q=None, f=f)
    try:
        found = _search(store, q, f, page.offset, _hits(request, page))
    except QueryError as exc:  # the form again, with the query kept and what to change
        return render(request, "search.html", status_code=400, q=q, f=f, error=str(exc))
    params = {"q": q, **asdict(f)}
    results = found["results"]

    def narrowed(**change: Any) -> str:
        return L.with_params("/search", {**params, **change})

    return render(
        request, "search.html", q=q, f=f, results=results, facets=found["facets"], facet_top=FACET_TOP,
        quotes=found["quotes"], quote_links=[quote_links(x) for x in found["quotes"]],
        quote_total=found["quote_total"], more_quotes=L.with_params("/quotes", {"words": q}),
        pager=L.pager("/search", params, results.total, page.offset, results.limit, len(results.hits)),
        narrowed=narrowed, filtered=bool(f), unfiltered=L.with_params("/search", {"q": q}),
        feed_hint=L.with_params("/searches", {"q": q}),
    )
