"""The front page (developing stories with counts, outlets and last update; the latest editions)
and editions: ``/editions/{id}`` (the edition's own HTML) and ``/api/editions[/{id}]``."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from newsdesk.digest.render import render as render_edition
from newsdesk.web.deps import PageDep, StoreDep, render
from newsdesk.web.listing import listing, pager

router = APIRouter()

#: The edition's HTML is an email-safe page styled inline: its own policy allows inline style
#: and nothing else (no script at all, no outside resource).
EDITION_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none';"
               " frame-ancestors 'none'; form-action 'none'")
LATEST_EDITIONS = 8


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def front_page(request: Request, store: StoreDep, page: PageDep) -> Any:
    total, ids = store.story_id_page(None, min(page.limit, 30), page.offset)
    stories = store.story_cards(ids)
    editions_total, editions = store.edition_page(LATEST_EDITIONS, 0)
    return render(request, "front.html", stories=stories, editions=editions, editions_total=editions_total,
                  pager=pager(request, total, page.offset, min(page.limit, 30), len(stories)))


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> RedirectResponse:
    """Browsers ask for /favicon.ico whatever the page says: send them to the icon."""
    return RedirectResponse("/static/favicon.svg", status_code=301)


@router.get("/editions/{edition_id}", response_class=HTMLResponse, include_in_schema=False)
def edition_page(edition_id: int, store: StoreDep) -> HTMLResponse:
    edition = store.get_edition(edition_id)
    if edition is None:
        raise HTTPException(404, f"no edition {edition_id}")
    return HTMLResponse(render_edition(edition, "html"), headers={"content-security-policy": EDITION_CSP})


@router.get("/api/editions", tags=["editions"])
def api_editions(store: StoreDep, page: PageDep) -> dict[str, Any]:
    """Recorded editions, latest first (kind, date, topic, title, number of stories)."""
    total, rows = store.edition_page(page.limit, page.offset)
    return listing(total, page.offset, page.limit, rows)


@router.get("/api/editions/{edition_id}", tags=["editions"])
def api_edition(edition_id: int, store: StoreDep) -> dict[str, Any]:
    """A recorded edition as it was built (its stories, developments, links and events)."""
    edition = store.get_edition(edition_id)
    if edition is None:
        raise HTTPException(404, f"no edition {edition_id}")
    return asdict(edition)
