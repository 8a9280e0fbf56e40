"""Entities: the entity page (names, aliases, roles over time, quotes, events, the network of
who they met or were mentioned with), ``/entities?name=`` and ``/api/entities[/{id}[/network]]``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from newsdesk.models import ENTITY_TYPES
from newsdesk.stories import names
from newsdesk.stories.profiles import entity_profile, find_entities
from newsdesk.web.deps import PageDep, StoreDep, render
from newsdesk.web.listing import listing, pager

router = APIRouter()

NameQuery = Annotated[str | None, Query(max_length=200, description="a name, spelling or the start of one")]
TypeQuery = Annotated[str | None, Query(description=f"one of {', '.join(ENTITY_TYPES)}")]


def _type(value: str | None) -> str | None:
    if not value:
        return None
    if value.upper() not in ENTITY_TYPES:
        raise HTTPException(400, f"unknown entity type {value!r}; expected one of {', '.join(ENTITY_TYPES)}")
    return value.upper()


@router.get("/entities", response_class=HTMLResponse, include_in_schema=False)
def entities_page(request: Request, store: StoreDep, page: PageDep, name: NameQuery = None,
                  type: TypeQuery = None) -> Any:
    """``?name=``: the entity of that name (a redirect when one matches), else the candidates."""
    kind = _type(type)
    if name and name.strip() and not page.offset:
        found = [f for f in find_entities(store, name.strip()) if kind is None or f[1] == kind]
        if len(found) == 1:
            return RedirectResponse(f"/entities/{found[0][0]}", status_code=303)
    key = names.plain(name) if name else None
    total, rows = store.entity_page(kind, key, page.limit, page.offset)
    return render(request, "entities.html", rows=rows, name=name or "", type=kind or "", types=ENTITY_TYPES,
                  pager=pager(request, total, page.offset, page.limit, len(rows)))


@router.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
def entity_page(request: Request, entity_id: int, store: StoreDep) -> Any:
    profile = entity_profile(store, entity_id)
    if profile is None:
        raise HTTPException(404, f"no entity {entity_id}")
    network = store.entity_network(entity_id)
    return render(request, "entity.html", p=profile, network=network,
                  quotes_url=f"/quotes?entity={entity_id}", events_url=f"/events?entity={entity_id}")


@router.get("/api/entities", tags=["entities"])
def api_entities(
    store: StoreDep, page: PageDep, name: NameQuery = None, type: TypeQuery = None,
) -> dict[str, Any]:
    """Store-wide entities, most seen first; ``name`` matches a name, spelling or a word of a
    name by its start, ignoring case and accents."""
    total, rows = store.entity_page(_type(type), names.plain(name) if name else None, page.limit, page.offset)
    return listing(total, page.offset, page.limit, rows)


@router.get("/api/entities/{entity_id}", tags=["entities"])
def api_entity(entity_id: int, store: StoreDep) -> dict[str, Any]:
    """The entity's profile: aliases, roles over time, latest articles, quotes and events,
    co-mentioned people (the same as ``newsdesk entity --json``)."""
    profile = entity_profile(store, entity_id)
    if profile is None:
        raise HTTPException(404, f"no entity {entity_id}")
    return profile.to_dict()


@router.get("/api/entities/{entity_id}/network", tags=["entities"])
def api_network(entity_id: int, store: StoreDep,
                limit: Annotated[int, Query(ge=1, le=200)] = 30) -> dict[str, Any]:
    """Who the entity took part in events with (``met``) and who the articles name with it
    (``mentioned``), from its latest 500 events and articles: ``nodes`` and ``edges`` ready for
    a graph library, and ``connections`` as a list."""
    net = store.entity_network(entity_id, limit)
    if net is None:
        raise HTTPException(404, f"no entity {entity_id}")
    me = net.entity
    nodes = [{"id": me.id, "label": me.canonical, "type": me.type, "center": True}]
    nodes += [{"id": c.id, "label": c.canonical, "type": c.type, "center": False} for c in net.connections]
    edges = [{"source": me.id, "target": c.id, "met": c.met, "mentioned": c.mentioned,
              "kind": "met" if c.met else "mentioned"} for c in net.connections]
    return {"entity": me.to_dict(), "nodes": nodes, "edges": edges,
            "connections": [vars(c) for c in net.connections]}
