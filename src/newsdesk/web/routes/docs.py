"""``/api/docs``: the OpenAPI docs, offline and under the CSP.

FastAPI's own docs page loads Swagger UI from a CDN and starts it with an inline script; this
one serves the vendored ``swagger-ui-dist`` and starts it from ``static/api-docs.js``.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from newsdesk.web.deps import render

router = APIRouter()


@router.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
def api_docs(request: Request) -> Any:
    return render(request, "api_docs.html", openapi_url=request.app.openapi_url)
