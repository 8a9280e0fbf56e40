"""The one shape of every API list: ``{"total", "offset", "limit", "items"}``, and the pager
the pages show under a list (previous/next links keeping the other query parameters)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import Request


def listing(total: int, offset: int, limit: int, items: Iterable[Any]) -> dict[str, Any]:
    """An API list page; ``items`` are dataclasses with ``to_dict`` or plain JSON values."""
    return {"total": total, "offset": offset, "limit": limit,
            "items": [i.to_dict() if hasattr(i, "to_dict") else i for i in items]}


@dataclass
class Pager:
    """Where a page of a list is and the links to its neighbours (None at either end)."""

    total: int
    offset: int
    limit: int
    shown: int
    prev_url: str | None
    next_url: str | None

    @property
    def first(self) -> int:
        return self.offset + 1 if self.shown else 0

    @property
    def last(self) -> int:
        return self.offset + self.shown


def pager(request: Request, total: int, offset: int, limit: int, shown: int) -> Pager:
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in ("offset", "limit")]

    def url(at: int) -> str:
        return f"{request.url.path}?{urlencode([*params, ('offset', at), ('limit', limit)])}"

    prev_url = url(max(0, offset - limit)) if offset > 0 else None
    next_url = url(offset + limit) if offset + limit < total else None
    return Pager(total, offset, limit, shown, prev_url, next_url)
