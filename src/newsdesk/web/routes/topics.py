"""Topics (the editions' saved beats): ``/topics``, ``/api/topics`` and each topic's Atom feed.

The feed holds the topic's recent recorded editions (``newsdesk edition --topic T --record`` or
``newsdesk publish``), rendered by the digest's own ``render_atom_feed``; a topic with none
recorded gets the edition built now for today (not recorded: reading a feed writes nothing).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from newsdesk.digest import build_edition
from newsdesk.digest.render import render_atom_feed
from newsdesk.models import Topic
from newsdesk.web.deps import PageDep, StoreDep, render
from newsdesk.web.routes._feeds import ATOM_TYPE

router = APIRouter()

#: Recorded editions a topic's feed holds (the newest).
FEED_EDITIONS = 10


def feed_url(topic: Topic) -> str:
    return f"/topics/{quote(topic.name, safe='')}/feed.atom"


def topic_item(topic: Topic) -> dict[str, Any]:
    return {**asdict(topic), "links": {"feed": feed_url(topic)}}


@router.get("/topics", response_class=HTMLResponse, include_in_schema=False)
def topics_page(request: Request, store: StoreDep) -> Response:
    found = store.topics()
    return render(request, "topics.html", topics=found, feeds=[feed_url(t) for t in found])


@router.get("/api/topics", tags=["topics"], summary="The editions' topics")
def api_topics(store: StoreDep, page: PageDep) -> dict[str, Any]:
    """``{"total","offset","limit","items"}``: each topic's definition and feed address, by name."""
    found = store.topics()
    return {"total": len(found), "offset": page.offset, "limit": page.limit,
            "items": [topic_item(t) for t in found[page.offset:page.offset + page.limit]]}


@router.get("/topics/{name:path}/feed.atom", tags=["topics"], summary="A topic's editions as an Atom feed")
def topic_feed(request: Request, name: str, store: StoreDep) -> Response:
    """Atom 1.0: one entry per story of each of the topic's recent editions."""
    topic = store.get_topic(name)
    if topic is None:
        raise HTTPException(404, f"there is no topic {name!r}")
    editions = [e for i in store.edition_ids(topic=topic.name, limit=FEED_EDITIONS)
                if (e := store.get_edition(i)) is not None]
    if not editions:
        editions = [build_edition(store, topic=topic)]
    xml = render_atom_feed(editions, f"newsdesk: {topic.name}", self_url=str(request.url))
    return Response(xml, media_type=f"{ATOM_TYPE}; charset=utf-8")
