"""Attention analytics: ``/analytics`` (several queries on one chart, top lists, a day's stories)
and its API ``/api/analytics/{attention,top,stories}``, each as JSON or CSV (``format=csv``).

Every query goes through the one parser (store/_query.py); a malformed one is a 400 naming
what to change (app.py's handler), never a 500. The page renders the tables and CSV links on
the server (they work without JavaScript); ``static/analytics.js`` draws the chart from the API.
"""

from __future__ import annotations

import csv
import io
from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from newsdesk.errors import QueryError
from newsdesk.store._analytics import KINDS, MAX_QUERIES
from newsdesk.web.deps import PageDep, StoreDep, render

router = APIRouter()

Copies = Literal["once", "all"]
Format = Literal["json", "csv"]
Kind = Literal["outlets", "people", "places", "terms"]
QueryList = Annotated[list[str], Query(description="a query in the query syntax; repeat for side by side")]
Day = Annotated[str | None, Query(description="ISO date YYYY-MM-DD", max_length=40)]
TOP_ON_PAGE = 10
#: The page reads its people, places and terms tables from at most this many matching articles
#: (evenly spread; the page says when it sampled): a broad query over a year stays fast. The
#: CSV links under the tables and the API are exact up to the store's own caps. Terms cost
#: most (each article's opening is read and split into words).
PAGE_SAMPLE = {"people": 300, "places": 300, "terms": 150}


def _queries(q: list[str]) -> list[str]:
    queries = [x for x in q if x.strip()]
    if not queries:
        raise QueryError("give a query: q=... (the query syntax is in the README)")
    if len(queries) > MAX_QUERIES:
        raise QueryError(f"give 1 to {MAX_QUERIES} queries side by side, not {len(queries)}")
    return queries


@router.get("/api/analytics/attention", tags=["analytics"])
def attention_api(
    store: StoreDep, q: QueryList, since: Day = None, until: Day = None,
    copies: Copies = "once", format: Format = "json",
) -> Response:
    """Articles per day for each query (count, all articles that day, share), every day listed."""
    series = store.attention(_queries(q), since, until, copies)
    if format == "csv":
        return _csv("attention.csv", ["query", "day", "count", "total", "share"],
                    [[s.query, d.day, d.count, d.total, d.share] for s in series for d in s.days])
    return JSONResponse({"since": series[0].since, "until": series[0].until, "copies": copies,
                         "series": [s.to_dict() for s in series]})


@router.get("/api/analytics/top", tags=["analytics"])
def top_api(
    store: StoreDep, page: PageDep, q: str, kind: Kind = "outlets", since: Day = None,
    until: Day = None, copies: Copies = "once", format: Format = "json",
) -> Response:
    """The top outlets, people, places or terms of a query's articles (terms: from a sample)."""
    top = store.attention_top(_queries([q])[0], kind, since, until, copies, limit=page.offset + page.limit)
    items = top.items[page.offset:]
    if format == "csv":
        return _csv(f"top-{kind}.csv", ["rank", "name", "articles", "share", "entity_id"],
                    [[page.offset + i + 1, t.name, t.articles, t.share, t.entity_id]
                     for i, t in enumerate(items)])
    body = top.to_dict()
    body.update(total=len(top.items), offset=page.offset, limit=page.limit,
                items=body["items"][page.offset:])
    return JSONResponse(body)


@router.get("/api/analytics/stories", tags=["analytics"])
def stories_api(
    store: StoreDep, page: PageDep, q: str, day: Annotated[str, Query(max_length=40)],
    copies: Copies = "once", format: Format = "json",
) -> Response:
    """The stories of the query's articles on one day (a click on a spike), most matching first."""
    found = store.attention_stories(_queries([q])[0], day, copies, page.limit, page.offset)
    if format == "csv":
        return _csv(f"stories-{found.day}.csv", ["story_id", "title", "articles", "size", "first_seen",
                                                  "last_seen"],
                    [[s.id, s.title, s.articles, s.size, s.first_seen, s.last_seen] for s in found.items])
    return JSONResponse(found.to_dict())


@router.get("/analytics", response_class=HTMLResponse, include_in_schema=False)
def analytics_page(
    request: Request, store: StoreDep, q: Annotated[list[str], Query()] = [],  # noqa: B006
    since: Day = None, until: Day = None, copies: Copies = "once",
    scale: Literal["raw", "share"] = "raw",
) -> HTMLResponse:
    queries = [x for x in q if x.strip()][:MAX_QUERIES]
    ctx: dict[str, object] = {"queries": queries, "copies": copies, "scale": scale, "error": None,
                              "since": since or "", "until": until or "", "kinds": KINDS}
    status = 200
    if queries:
        try:
            found = store.attention_with_tops(queries, KINDS, since, until, copies, TOP_ON_PAGE,
                                              sample=PAGE_SAMPLE)
            series = [a for a, _ in found]
            window = {"since": series[0].since, "until": series[0].until, "copies": copies}
            ctx.update(
                series=series, window=window, tops=[t for _, t in found],
                api=_url("/api/analytics/attention", [("q", x) for x in queries] + list(window.items())),
                chart_csv=_url("/api/analytics/attention",
                               [("q", x) for x in queries] + list(window.items()) + [("format", "csv")]),
                links=[_links(s.query, window) for s in series],
            )
        except QueryError as exc:
            ctx["error"], status = str(exc), 400
    return render(request, "analytics.html", status_code=status, **ctx)


def _links(query: str, window: dict[str, str]) -> dict[str, str]:
    """The CSV (and search) links of one query's tables."""
    base = [("q", query), *window.items()]
    out: dict[str, str] = {
        k: _url("/api/analytics/top", [*base, ("kind", k), ("format", "csv")]) for k in KINDS}
    out["days"] = _url("/api/analytics/attention", [*base, ("format", "csv")])
    out["search"] = _url("/search", [("q", query)])
    return out


def _url(path: str, params: list[tuple[str, str]]) -> str:
    return f"{path}?{urlencode(params)}"


def _csv(name: str, header: list[str], rows: list[list[object]]) -> Response:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([[_cell(v) for v in row] for row in rows])
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _cell(value: object) -> object:
    """A spreadsheet must not run article text as a formula (=, +, -, @ at the start)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value
