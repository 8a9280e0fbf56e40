"""What the quotes, events, search and saved-search routes share: reading filters from a query
string (an empty form field is no filter; a bad value is a 400 naming it), paging links that
keep the filters, safe highlighting, the API token check, and streamed downloads."""

from __future__ import annotations

import csv
import hmac
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import StreamingResponse
from markupsafe import Markup, escape

from newsdesk.errors import InputError
from newsdesk.store import MARK, Store
from newsdesk.store._events import check_since
from newsdesk.stories.profiles import find_entities
from newsdesk.urls import http_url
from newsdesk.web.deps import TEMPLATES
from newsdesk.web.listing import Pager

#: Most rows one download holds (the whole filtered set up to this; the page says so).
EXPORT_MAX = 100_000
#: Rows read from the store per step of a download.
EXPORT_CHUNK = 1_000
DOWNLOAD_FORMATS = ("csv", "jsonl")
_MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8"}


def text(request: Request, name: str) -> str | None:
    """The parameter's value, stripped; None when absent or empty (an empty form field)."""
    value = request.query_params.get(name)
    if value is None:
        return None
    value = value.strip()
    return value or None


def integer(request: Request, name: str) -> int | None:
    value = text(request, name)
    if value is None:
        return None
    if not value.isdigit() or len(value) > 18:
        raise InputError(f"{name} {value[:40]!r}", "not a number", f"{name} takes an id such as 12")
    return int(value)


def day(request: Request, name: str) -> str | None:
    """An ISO date or prefix (YYYY, YYYY-MM, YYYY-MM-DD)."""
    value = text(request, name)
    if value is None:
        return None
    try:
        return check_since(value)
    except ValueError as exc:
        raise InputError(name, str(exc).replace("since ", "", 1)) from None


def entity_ref(store: Store, request: Request, name: str, types: tuple[str, ...] = ()) -> int | None:
    """An entity filter: an id, or a name resolved to the entity it most likely names (-1: none)."""
    value = text(request, name)
    if value is None:
        return None
    if value.isdigit() and len(value) <= 18:
        return int(value)
    found = [eid for eid, type_, _, _ in find_entities(store, value[:300]) if not types or type_ in types]
    return found[0] if found else -1


def choice(request: Request, name: str, allowed: Iterable[str]) -> str | None:
    value = text(request, name)
    allowed = tuple(allowed)
    if value is not None and value not in allowed:
        raise InputError(f"{name} {value[:40]!r}", "unknown", f"use one of {', '.join(allowed)}")
    return value


def with_params(path: str, params: dict[str, Any]) -> str:
    """``path?k=v...`` with the non-empty parameters (URL-encoded)."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(kept) if kept else "")


def pager(path: str, filters: dict[str, Any], total: int, offset: int, limit: int, shown: int) -> Pager:
    prev_url = with_params(path, {**filters, "offset": max(offset - limit, 0) or None, "limit": limit}) \
        if offset > 0 else None
    next_url = with_params(path, {**filters, "offset": offset + limit, "limit": limit}) \
        if offset + shown < total else None
    return Pager(total, offset, limit, shown, prev_url, next_url)


def download_links(path: str, params: dict[str, Any], offset: int, limit: int
                   ) -> tuple[dict[str, str], dict[str, str]]:
    """Links to download the whole filtered set and to download this page only, per format."""
    whole = {fmt: with_params(path, {**params, "format": fmt}) for fmt in DOWNLOAD_FORMATS}
    page = {fmt: with_params(path, {**params, "format": fmt, "scope": "page", "offset": offset,
                                    "limit": limit}) for fmt in DOWNLOAD_FORMATS}
    return whole, page


def marked(snippet: str | None) -> Markup:
    """A snippet as HTML: everything escaped, the store's ``MARK`` runs as <mark> (balanced).
    Escaped a run at a time between markers (a character at a time cost 10 ms a page)."""
    out: list[str] = []
    run: list[str] = []
    open_ = False
    for part in _MARKS.split(snippet or ""):
        if part == MARK[0] and not open_:
            out.append(str(escape("".join(run))) + "<mark>")
            run, open_ = [], True
        elif part == MARK[1] and open_:
            out.append(str(escape("".join(run))) + "</mark>")
            run, open_ = [], False
        elif part not in MARK:
            run.append(part)
    out.append(str(escape("".join(run))) + ("</mark>" if open_ else ""))
    return Markup("".join(out))


_MARKS = re.compile(f"([{MARK[0]}{MARK[1]}])")


def plain(snippet: str | None) -> str:
    """A snippet without its highlight markers (for JSON and feeds)."""
    return (snippet or "").replace(MARK[0], "").replace(MARK[1], "")


TEMPLATES.env.filters["marked"] = marked
TEMPLATES.env.filters["http_url"] = http_url


def token_given(request: Request, form_token: str | None = None) -> str | None:
    """The token a request carries: ``Authorization: Bearer``, ``X-Newsdesk-Token`` or a form field."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.headers.get("x-newsdesk-token") or form_token


def token_problem(request: Request, form_token: str | None = None) -> str | None:
    """Why this write is refused (the app is read-only without the configured token), or None."""
    expected = request.app.state.settings.token
    if not expected:
        return ("this newsdesk is read-only: no API token is configured "
                f"(set {request.app.state.settings.token_env} where the server runs)")
    given = token_given(request, form_token) or ""
    if not hmac.compare_digest(given.encode(), expected.encode()):
        return "a valid API token is needed to change saved searches"
    return None


def download(
    fmt: str, name: str, columns: tuple[str, ...], pages: Callable[[int, int], list[Any]],
    row: Callable[[Any], dict[str, Any]], record: Callable[[Any], dict[str, Any]],
    offset: int, limit: int,
) -> StreamingResponse:
    """Stream ``limit`` rows from ``offset`` (read ``EXPORT_CHUNK`` at a time through ``pages``)
    as CSV (``row``) or JSONL (``record``); each step uses the store of the thread it runs on."""

    def chunks() -> Iterator[str]:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        if fmt == "csv":
            writer.writeheader()
        done = 0
        while done < limit:
            items = pages(offset + done, min(EXPORT_CHUNK, limit - done))
            for item in items:
                if fmt == "csv":
                    writer.writerow({k: "" if v is None else v for k, v in row(item).items()})
                else:
                    buf.write(json.dumps(record(item), ensure_ascii=False) + "\n")
            done += len(items)
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
            if len(items) < EXPORT_CHUNK:
                break

    headers = {"content-disposition": f'attachment; filename="{name}.{fmt}"'}
    return StreamingResponse(chunks(), media_type=_MEDIA[fmt], headers=headers)
