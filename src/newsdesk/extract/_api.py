"""The stage entry point: dispatch a Document to its path and fill gaps from its own fields."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..errors import ExtractionError
from ..models import Article, Document
from ._dateline import dateline_day
from ._dates import normalize_date
from ._html import extract_html
from ._meta import url_date
from ._text import extract_text


def _fill_from_input(article: Article, doc: Document) -> Article:
    """Document fields (from a JSONL record, say) fill what extraction did not find.

    A given publication date also replaces one read off a text dateline, the weakest
    signal; a plain-text document's URL can still date it (or give its dateline a year).
    """
    given = {
        "url": doc.url,
        "title": doc.title,
        "published": normalize_date(doc.published) if doc.published else None,
        "publisher": doc.publisher,
    }
    if given["published"] and article.provenance.get("published") == "text:dateline":
        article.published = None
    for name, value in given.items():
        if value and not getattr(article, name):
            setattr(article, name, value)
            article.provenance[name] = "input"
    if not article.published and article.url:
        chrome = (r.text for r in article.removed)
        day = dateline_day(article.dateline, url=article.url, text=article.text, chrome=chrome)
        found = ((url_date(article.url), "url"), (day, "text:dateline"))
        for value, signal in found:
            if value:
                article.published, article.provenance["published"] = value, signal
                break
    return article


def extract(doc: Document) -> Article:
    """Extract the Article from one Document; raises ExtractionError saying why it cannot."""
    if doc.kind == "html":
        article = extract_html(doc.content, doc.url, source=doc.source)
    elif doc.kind == "text":
        article = extract_text(doc.content, title=doc.title, source=doc.source)
    else:
        raise ExtractionError(f"{doc.source}: unknown document kind {doc.kind!r} (expected 'html' or 'text')")
    return _fill_from_input(article, doc)


def article_to_json(article: Article) -> dict[str, Any]:
    """The JSON object printed by ``newsdesk extract --json``."""
    return {
        "title": article.title,
        "standfirst": article.standfirst,
        "body": article.body,
        "published": article.published,
        "authors": list(article.authors),
        "byline": article.byline,
        "dateline": article.dateline,
        "wire": article.wire,
        "publisher": article.publisher,
        "language": article.language,
        "url": article.url,
        "provenance": dict(article.provenance),
        "removed": [asdict(r) for r in article.removed],
        "text": article.text,
        "sections": [asdict(s) for s in article.sections],
    }
