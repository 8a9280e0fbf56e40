"""HTML metadata: JSON-LD first, then meta tags, then page heuristics and htmldate.

Each value is returned with the signal that gave it, so an ``Article`` can say where
its date or authors came from (``provenance``); users must be able to check them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from ._authors import clean_authors
from ._dates import normalize_date
from ._jsonld import JsonLdArticle, find_article

_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "article:published", "datepublished",
    "publishdate", "publish-date", "publish_date", "pubdate", "date", "dc.date.issued", "dcterms.date",
    "dcterms.created", "dc.date", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
    "article.published", "published_time", "displaydate", "og:pubdate", "datecreated",
)
_AUTHOR_KEYS = (
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "creator",
)
_TITLE_SEP = re.compile(r"\s+[|\-–—:·»]\s+")


@dataclass
class Metadata:
    """Metadata values with their provenance; body-independent."""

    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    description: str | None = None
    language: str | None = None
    url: str | None = None
    provenance: dict[str, str] = field(default_factory=dict)
    jsonld: JsonLdArticle | None = None

    def set(self, name: str, value: object, signal: str) -> None:
        """Fill ``name`` from ``signal`` unless a better signal already did."""
        if value and not getattr(self, name):
            setattr(self, name, value)
            self.provenance[name] = signal


def meta_tags(tree: HtmlElement) -> dict[str, str]:
    """First non-empty value of every ``<meta>`` (name, property or itemprop; lower-cased keys)."""
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        value = el.get("content") or el.get("datetime")
        if key and value and value.strip():
            found.setdefault(key.strip().lower(), " ".join(value.split()))
    return found


def _strip_site(title: str, site: str | None) -> str:
    """Drop a trailing or leading " | Site" from a page title."""
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        return title
    if site:
        key = site.casefold()
        if parts[-1].casefold() in key or key in parts[-1].casefold():
            return title[: title.rfind(parts[-1])].rstrip(" |-–—:·»")
        if parts[0].casefold() in key or key in parts[0].casefold():
            return title[len(parts[0]) :].lstrip(" |-–—:·»")
    if len(parts[-1].split()) <= 3 and len(parts[0].split()) >= 4:
        return title[: title.rfind(parts[-1])].rstrip(" |-–—:·»")
    return title


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").casefold()))


def _agreement(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / max(len(wa), len(wb)) if wa and wb else 0.0


def _h1_texts(tree: HtmlElement) -> list[str]:
    return [" ".join(el.text_content().split()) for el in tree.iter("h1")]


def visible_headline(tree: HtmlElement, titles: list[str]) -> str | None:
    """The displayed ``<h1>`` headline, when it agrees with a metadata title.

    Metadata titles are often SEO variants or carry the site name; the visible headline
    is what readers see, but an ``<h1>`` may also be a logo or section name, so it is
    only trusted when it shares most of its words with some metadata title. A kicker
    ("Opinion | ...") is dropped when the rest agrees better.
    """
    best, best_score = None, 0.5
    if not titles:  # nothing to check against: the first plausible h1 is the best we have
        return next((t for t in _h1_texts(tree) if len(t.split()) >= 2), None)
    for el in tree.iter("h1"):
        text = " ".join(el.text_content().split())
        if not 3 <= len(text) <= 300:
            continue
        for cand in [text, *[p for p in _TITLE_SEP.split(text) if len(p.split()) >= 3]]:
            score = max((_agreement(cand, t) for t in titles), default=0.0)
            if score > best_score + 0.01:
                best, best_score = cand, score
    return best


def _time_element(tree: HtmlElement) -> str | None:
    for el in tree.xpath("//time[@datetime][1] | //*[@itemprop='datePublished'][@datetime][1]"):
        day = normalize_date(el.get("datetime"))
        if day:
            return day
    return None


_URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)")


def url_date(url: str | None) -> str | None:
    """The day written in an article URL (".../2023/12/22/..." or ".../2023-12-22-...")."""
    m = _URL_DATE.search(url or "")
    return normalize_date(f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}") if m else None


def _utc_shifted(raw: object, day: str, url_day: str) -> bool:
    """A UTC timestamp one day off the URL's day: the URL keeps the publisher's local calendar day."""
    from datetime import date

    text = str(raw or "")
    if not (text.endswith("Z") or text.endswith("+00:00") or text.endswith("+0000")):
        return False
    return abs((date.fromisoformat(day) - date.fromisoformat(url_day)).days) == 1


def _htmldate(tree: HtmlElement, html: str, url: str | None) -> str | None:
    if html.startswith("http") and " " not in html:
        return None  # htmldate would take this "page" for a URL and download it: never fetch
    try:
        from htmldate import find_date

        found = find_date(html, url=url, original_date=True, extensive_search=True)
    except Exception:  # noqa: BLE001 - htmldate raises assorted errors on odd pages
        return None
    if found and found.endswith("-01-01") and not _names_new_year(html, found[:4]):
        return None  # a bare year ("© 2026") read as 1 January: no publication date at all
    return found


def _names_new_year(html: str, year: str) -> bool:
    """True when the page writes 1 January of ``year`` as a date (numeric or in words)."""
    patterns = (
        rf"{year}[-/.]0?1[-/.]0?1\b", rf"\b0?1[-/.]0?1[-/.]{year}",
        rf"\b(?:1|1st|01)\s+jan(?:uary|\.)?,?\s+{year}", rf"\bjan(?:uary|\.)?\s+(?:1|1st|01),?\s+{year}",
    )
    return any(re.search(p, html, re.I) for p in patterns)


_BYLINE_XPATH = (
    "//*[@rel='author'] | //*[@itemprop='author']//*[@itemprop='name'] | //*[@itemprop='author'][not(*)]"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]"
    " | //*[contains(@class, 'author-name') or contains(@class, 'byline__name')]"
    " | //*[contains(@class, 'authorName')]"
)


def html_byline(tree: HtmlElement) -> list[str]:
    """Names from the page's first byline markup (rel=author, itemprop, byline classes).

    Only the first element that yields a name is used: later ones usually belong to
    related-article cards, whose authors are not this article's.
    """
    for el in tree.xpath(_BYLINE_XPATH)[:10]:
        text = " ".join(el.text_content().split())
        if 2 <= len(text) <= 120 and clean_authors(text):
            return [text]
    return []


def byline_near_headline(tree: HtmlElement, limit: int = 60) -> list[str]:
    """A "By Jane Doe" line among the first elements after the ``<h1>``."""
    from ._credits import parse_byline

    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return []
    for el in h1.xpath("following::*")[:limit]:
        text = " ".join(el.text_content().split()) if isinstance(el.tag, str) else ""
        if 4 <= len(text) <= 100:
            found = parse_byline(text)
            if found and found[1]:
                return found[1]
    return []


def read_metadata(tree: HtmlElement, html: str, url: str | None = None) -> Metadata:
    """All page metadata, preferring JSON-LD, then meta tags, then heuristics."""
    meta = Metadata()
    tags = meta_tags(tree)
    ld = find_article(tree)
    meta.jsonld = ld
    site = tags.get("og:site_name") or tags.get("application-name")
    if ld:
        meta.set("published", normalize_date(ld.published) or normalize_date(ld.created), "json-ld")
        meta.set("authors", clean_authors(ld.authors), "json-ld")
        meta.set("publisher", ld.publisher, "json-ld")
        meta.set("description", ld.description, "json-ld")
        meta.set("language", ld.language, "json-ld")
        meta.set("url", ld.url if ld.url and ld.url.startswith("http") else None, "json-ld")
    title_el = tree.find(".//title")
    page_title = " ".join((title_el.text or "").split()) if title_el is not None else ""
    offered = [ld.headline if ld else None, tags.get("og:title"), tags.get("twitter:title"), page_title]
    titles = [t for t in offered if t]
    meta.set("title", visible_headline(tree, titles), "html:h1")
    if ld:
        meta.set("title", ld.headline and _strip_site(ld.headline, site), "json-ld")
    for key in ("og:title", "twitter:title", "title", "dc.title"):
        if key in tags:
            meta.set("title", _strip_site(tags[key], site), f"meta:{key}")
    meta.set("title", page_title and _strip_site(page_title, site), "html:title")
    for key in _DATE_KEYS:
        meta.set("published", normalize_date(tags.get(key)), f"meta:{key}")
    url_day = url_date(url or tags.get("og:url"))
    if meta.published and url_day and _utc_shifted(ld.published if ld else None, meta.published, url_day):
        meta.published, meta.provenance["published"] = url_day, "url"
    meta.set("published", url_day, "url")
    meta.set("published", _time_element(tree), "html:time")
    if not meta.published:
        meta.set("published", _htmldate(tree, html, url), "htmldate")
    for key in _AUTHOR_KEYS:
        if key in tags and not tags[key].startswith("http"):
            meta.set("authors", clean_authors(tags[key]), f"meta:{key}")
    meta.set("publisher", site, "meta:og:site_name")
    for key in ("og:description", "description", "twitter:description"):
        meta.set("description", tags.get(key), f"meta:{key}")
    lang = tree.get("lang") or tags.get("og:locale") or tags.get("content-language")
    meta.set("language", lang, "html:lang")
    if meta.language:
        meta.language = meta.language.replace("_", "-").split("-")[0].lower()
    og_url = tags.get("og:url") or ""
    meta.set("url", og_url if og_url.startswith("http") else None, "meta:og:url")
    meta.set("url", url, "input")
    return meta
