"""schema.org JSON-LD: the publisher's own statement of headline, date, authors and body.

It is the most reliable metadata a page carries, so it is read first. Articles hide in
``@graph`` arrays, lists and ``mainEntity``; related-article lists carry other
articles too, so the best-ranked article object is chosen, not just any.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

NEWS_TYPES = frozenset(
    {
        "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "ReviewNewsArticle", "BackgroundNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting",
    }
)
ARTICLE_TYPES = frozenset({"Article", "BlogPosting", "Report", "TechArticle", "SocialMediaPosting", "Blog"})
_TAG = re.compile(r"<[^>]+>")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


@dataclass
class JsonLdArticle:
    """The fields newsdesk reads from the chosen article object (raw, not yet cleaned)."""

    headline: str | None = None
    published: Any = None
    created: Any = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    description: str | None = None
    body: str | None = None
    language: str | None = None
    url: str | None = None


def _loads(raw: str) -> Any:
    raw = raw.strip().removeprefix("<!--").removesuffix("-->").strip()
    raw = raw.removeprefix("//<![CDATA[").removesuffix("//]]>").strip()
    try:
        return json.loads(raw, strict=False)
    except ValueError:
        try:
            return json.loads(_TRAILING_COMMA.sub(r"\1", raw), strict=False)
        except ValueError:
            return None


def _walk(obj: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(obj, list):
        for item in obj:
            yield from _walk(item, depth + 1)
    elif isinstance(obj, dict):
        yield obj
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(obj.get(key), dict | list):
                yield from _walk(obj[key], depth + 1)


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    names = t if isinstance(t, list) else [t]
    return {str(n).rsplit("/", 1)[-1] for n in names if n}


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str | dict)), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if not isinstance(value, str):
        return None
    value = " ".join(html.unescape(html.unescape(value)).split())
    return value or None


def _author_names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):
            if _types(item) & {"Organization", "NewsMediaOrganization", "Corporation"}:
                continue
            item = item.get("name")
            if isinstance(item, list):
                names.extend(n for n in item if isinstance(n, str))
                continue
        if isinstance(item, str) and item.strip():
            names.append(html.unescape(item))
    return names


def body_text(raw: Any) -> str | None:
    """``articleBody`` as plain text: entities decoded, tags removed, paragraphs kept."""
    if isinstance(raw, list):
        raw = "\n\n".join(x for x in raw if isinstance(x, str))
    if not isinstance(raw, str):
        return None
    text = html.unescape(html.unescape(raw))
    text = re.sub(r"(?i)</?(?:p|br|div|h\d|li)\b[^>]*>", "\n", text)
    text = _TAG.sub(" ", text).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line) or None


def _rank(obj: dict[str, Any]) -> int:
    types = _types(obj)
    score = 2 if types & NEWS_TYPES else 1 if types & ARTICLE_TYPES else 0
    return score * 2 + (1 if obj.get("headline") else 0) if score else 0


def find_article(tree: HtmlElement) -> JsonLdArticle | None:
    """The best schema.org article object on the page, or None when there is none."""
    best: dict[str, Any] | None = None
    best_rank = 0
    for script in tree.xpath('//script[contains(translate(@type, "JSON", "json"), "ld+json")]'):
        for obj in _walk(_loads(script.text or "")):
            rank = _rank(obj)
            if rank > best_rank:
                best, best_rank = obj, rank
    if best is None:
        return None
    return JsonLdArticle(
        headline=_text(best.get("headline")) or _text(best.get("name")),
        published=best.get("datePublished"),
        created=best.get("dateCreated"),
        authors=_author_names(best.get("author") or best.get("creator")),
        publisher=_text(best.get("publisher")) or _text(best.get("sourceOrganization")),
        description=_text(best.get("description")),
        body=body_text(best.get("articleBody")),
        language=_text(best.get("inLanguage")),
        url=_text(best.get("url")),
    )
