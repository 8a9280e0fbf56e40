"""Articles: the article page (clean text with its facts highlighted and linked, the removed
chrome, the provenance of each metadata field, its story) and ``/api/articles[/{id}]``."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from newsdesk.web.deps import PageDep, StoreDep, render
from newsdesk.web.listing import listing
from newsdesk.web.marks import article_marks, highlight

router = APIRouter()

#: The metadata fields shown with their provenance, in this order.
FIELDS = ("title", "standfirst", "authors", "byline", "dateline", "wire", "publisher", "published",
          "language", "url")


@router.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
def article_page(request: Request, article_id: int, store: StoreDep) -> Any:
    stored = store.get_article(article_id)
    if stored is None:
        raise HTTPException(404, f"no article {article_id}")
    a = stored.article
    fields = []
    for name in FIELDS:
        value = getattr(a, name)
        if isinstance(value, list):
            value = ", ".join(value)
        fields.append((name, value, a.provenance.get(name)))
    copy = store.copy_link(article_id)
    group = store.copies_of(article_id) if copy is None else []
    copies = store.article_rows([c for c in group if c != article_id])
    return render(
        request, "article.html", stored=stored, a=a, text=highlight(a.text, article_marks(stored)),
        fields=fields, story=store.article_story(article_id), copy=copy,
        original=store.article_rows([copy.canonical_id]) if copy else [], copies=copies,
        people=[e for e in stored.entities if e.type == "PERSON"],
        others=[e for e in stored.entities if e.type != "PERSON"],
    )


@router.get("/api/articles", tags=["articles"])
def api_articles(
    store: StoreDep, page: PageDep,
    outlet: Annotated[str | None, Query(max_length=300, description="the publisher, exactly")] = None,
    since: Annotated[date | None, Query(description="published on or after this day")] = None,
    until: Annotated[date | None, Query(description="published on or before this day")] = None,
    story: Annotated[int | None, Query(description="only this story's articles (copies included)")] = None,
) -> dict[str, Any]:
    """Articles, latest first, with their story."""
    total, rows = store.article_page(outlet, since.isoformat() if since else None,
                                     until.isoformat() if until else None, story, page.limit, page.offset)
    return listing(total, page.offset, page.limit, rows)


@router.get("/api/articles/{article_id}", tags=["articles"])
def api_article(article_id: int, store: StoreDep) -> dict[str, Any]:
    """The article (text, metadata with provenance, removed lines) and its analysis: entities
    (store-wide ids), quotes, time expressions and events, with offsets into the text; its story
    and, for a copy, its original."""
    stored = store.get_article(article_id)
    if stored is None:
        raise HTTPException(404, f"no article {article_id}")
    out = stored.to_dict()
    found = store.article_story(article_id)
    out["story"] = {"id": found[0], "title": found[1]} if found else None
    link = store.copy_link(article_id)
    out["copy_of"] = asdict(link) if link else None
    return out
