"""The front page: developing stories with counts, outlets and last update; the latest editions."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from newsdesk.web.deps import StoreDep, render

router = APIRouter()


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def front_page(request: Request, store: StoreDep) -> HTMLResponse:
    stories = store.stories(limit=30)
    return render(request, "front.html", stories=stories)
