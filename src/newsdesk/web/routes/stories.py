"""Stories: the story page (timeline, key quotes, participants, articles with copies folded)
and ``/api/stories`` (list: ``active``, ``since``) and ``/api/stories/{id}`` (with its timeline)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from newsdesk.config import load_settings
from newsdesk.models import Story
from newsdesk.store import Store
from newsdesk.web.deps import PageDep, StoreDep, render
from newsdesk.web.listing import listing, pager
from newsdesk.web.views import story_view

router = APIRouter()


def _cutoff(store: Store, active: bool, since: date | None) -> str | None:
    cutoff = since.isoformat() if since else None
    if active:
        window = store.active_since(load_settings().stories_active_days)
        cutoff = max(filter(None, (cutoff, window)), default=None)
    return cutoff


@router.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
def story_page(request: Request, story_id: int, store: StoreDep, page: PageDep) -> Any:
    view = story_view(store, story_id, page.offset, page.limit)
    if view is None:
        raise HTTPException(404, f"no story {story_id}")
    if view.story.id != story_id:  # merged into another story
        return RedirectResponse(f"/stories/{view.story.id}", status_code=308)
    return render(request, "story.html", v=view,
                  pager=pager(request, view.total_articles, page.offset, page.limit, len(view.articles)))


@router.get("/api/stories", tags=["stories"])
def api_stories(
    store: StoreDep, page: PageDep,
    active: Annotated[bool, Query(description="only stories seen within [stories] active_days")] = False,
    since: Annotated[date | None, Query(description="only stories seen on or after this day")] = None,
) -> dict[str, Any]:
    """Live stories, latest first, each with its counts (articles with copies folded, reports),
    outlets, people and places."""
    total, ids = store.story_id_page(_cutoff(store, active, since), page.limit, page.offset)
    heads = [h for h in (store.story_head(i) for i in ids) if h is not None]
    return listing(total, page.offset, page.limit, [_story_summary(store, h) for h in heads])


@router.get("/api/stories/{story_id}", tags=["stories"])
def api_story(story_id: int, store: StoreDep, page: PageDep) -> dict[str, Any]:
    """One story with its timeline, summary, key quotes and the events of its timeline (all its
    events: ``/api/events?story=``); its articles (copies folded under their original) are one
    page (``offset``, ``limit``) with their total."""
    view = story_view(store, story_id, page.offset, page.limit)
    if view is None:
        raise HTTPException(404, f"no story {story_id}")
    s = view.story
    events = list({e.id: e for t in view.timeline for e in t.events}.values())
    return {
        **_summary(s, view.total_articles, view.total_reports),
        "summary": view.summary, "timeline": [asdict(t) for t in view.timeline],
        "key_quotes": [asdict(q) for q in view.key_quotes], "events": [asdict(e) for e in events],
        "all_events": f"/api/events?story={s.id}",
        "participants": [p.to_dict() for p in view.participants],
        "articles": listing(view.total_articles, page.offset, page.limit, [
            {**asdict(f.article), "copies": [c.to_dict() for c in f.copies]} for f in view.articles]),
    }


def _story_summary(store: Store, s: Story) -> dict[str, Any]:
    listed, reports, s.outlets, _ = store.story_article_page(s.id, 0, 0)
    return _summary(s, listed, reports)


def _summary(s: Story, articles: int, reports: int) -> dict[str, Any]:
    return {"id": s.id, "title": s.title, "first_seen": s.first_seen, "last_seen": s.last_seen,
            "articles": articles, "reports": reports, "outlets": s.outlets, "people": s.people,
            "places": s.places}
