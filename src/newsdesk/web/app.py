"""``create_app(db)``: the FastAPI app — routers, static files, errors, security headers."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsdesk import __version__
from newsdesk.errors import InputError, QueryError, StoreError
from newsdesk.web.deps import StorePool, render
from newsdesk.web.routes import ROUTERS
from newsdesk.web.security import SecurityMiddleware
from newsdesk.web.settings import WebSettings, load_web_settings

STATIC = Path(__file__).parent / "static"


def create_app(db: str | os.PathLike[str], settings: WebSettings | None = None) -> FastAPI:
    """The app over the database at ``db`` (which must exist: the app never creates one)."""
    settings = settings or load_web_settings()
    app = FastAPI(
        title="newsdesk", version=__version__, docs_url=None, redoc_url=None,  # routes/docs.py
        openapi_url="/api/openapi.json",
        description="News intelligence over one store: articles, entities, quotes, events, stories, "
                    "editions, search and attention analytics. Every list is paginated (offset, limit, "
                    "total); every query uses the one query syntax (README: Query syntax).",
    )
    app.state.settings = settings
    app.state.stores = StorePool(str(db))
    app.state.stores.get()  # fail now, naming the file, rather than on the first request
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for router in ROUTERS:
        app.include_router(router)
    app.add_middleware(SecurityMiddleware, max_body_bytes=settings.max_body_bytes)
    _errors(app)
    app.router.on_shutdown.append(app.state.stores.close)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or "application/json" in request.headers.get("accept", "")


def _errors(app: FastAPI) -> None:
    """User errors are 400 with the message (a malformed query says what to change); a store
    that cannot answer is 503; both as JSON for the API and as a page for a browser."""

    def respond(  # noqa: ANN202
        request: Request, status: int, message: str, headers: dict[str, str] | None = None,
    ):
        if _wants_json(request):
            return JSONResponse({"detail": message}, status_code=status, headers=headers)
        page = render(request, "error.html", status_code=status, status=status, message=message)
        page.headers.update(headers or {})
        return page

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):  # noqa: ANN202
        return respond(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError):  # noqa: ANN202
        return respond(request, 400, str(exc))

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError):  # noqa: ANN202
        return respond(request, 400, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):  # noqa: ANN202
        return respond(request, 503, str(exc))
