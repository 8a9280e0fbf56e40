"""What every route needs: the store (one read-only connection per worker thread), the
templates, the settings, and the page/size parameters every list takes."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from fastapi.templating import Jinja2Templates

from newsdesk.store import Store
from newsdesk.urls import http_url as safe_url
from newsdesk.web.settings import WebSettings

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
TEMPLATES.env.filters["safe_url"] = safe_url


class StorePool:
    """One ``Store`` per thread (sqlite3 connections belong to the thread that opened them).

    FastAPI runs plain ``def`` routes in a thread pool; each worker keeps its connection, so a
    request costs no open. The database must exist: the app never creates one.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.path, create=False)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                try:
                    store.close()
                except Exception:  # noqa: BLE001 - closing from another thread may be refused
                    pass
            self._all.clear()


class ThreadStore:
    """The calling thread's ``Store`` from the pool, looked up on each attribute access.

    FastAPI resolves a plain ``def`` dependency in one worker thread and may run the route in
    another; a store handed over directly would then be used from a thread that did not open
    it (sqlite3 refuses: "SQLite objects created in a thread can only be used in that same
    thread"). This stand-in resolves the store where it is used.
    """

    def __init__(self, pool: StorePool) -> None:
        self._pool = pool

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pool.get(), name)


def get_store(request: Request) -> Store:
    return ThreadStore(request.app.state.stores)  # type: ignore[return-value]


def get_settings(request: Request) -> WebSettings:
    return request.app.state.settings


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[WebSettings, Depends(get_settings)]


class Page:
    """``?offset=&limit=`` of a list, the limit capped by the settings."""

    def __init__(
        self, request: Request,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
        limit: Annotated[int | None, Query(ge=1)] = None,
    ) -> None:
        settings: WebSettings = request.app.state.settings
        self.offset = offset
        self.limit = min(limit or settings.page_size, settings.max_page_size)


PageDep = Annotated[Page, Depends(Page)]


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> Any:
    """A page from ``templates/`` (autoescaped: article text is never trusted)."""
    return TEMPLATES.TemplateResponse(request, template, context, status_code=status_code)
