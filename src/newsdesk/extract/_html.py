"""HTML pages: trafilatura for the body, checked against the page's own JSON-LD body.

trafilatura alone sometimes returns the wrong block (a cookie dialog, a live-blog
index, a neighbouring story) or adds related links and comments to a good one. When
the publisher's JSON-LD ``articleBody`` is long enough to be a full body, it is used
as a second opinion: it replaces a trafilatura body that missed it, or filters the
paragraphs of one that contains it plus extra material.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from ..errors import ExtractionError
from ..models import Article
from ._assemble import Draft, apply_credits, finish
from ._authors import clean_authors
from ._chrome import classify_line
from ._credits import parse_dateline
from ._header import timestamp_line
from ._meta import Metadata, byline_near_headline, html_byline, read_metadata
from ._overlap import containment, shingle_set
from ._region import is_prose, is_sentence
from ._steps import on

MIN_JSONLD_WORDS = 120  # shorter articleBody values are usually teasers, not full bodies
PARA_SUPPORT = 0.5  # share of a paragraph's shingles that must appear in the JSON-LD body
MIN_BODY_WORDS = 20  # below this, a body needs at least one real sentence
_LIST_ITEM = ("- ", "• ", "* ")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def _trafilatura(html: str, url: str | None, **options: Any) -> list[str]:
    doc = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=not on("drop-tables"), with_metadata=False,
        **options,
    )
    found = doc.get("text") if isinstance(doc, dict) else doc.text if doc is not None else None
    text = found or ""
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def choose_body(paras: list[str], jsonld_body: str | None) -> tuple[list[str], str]:
    """The body paragraphs and the signal they came from (trafilatura, JSON-LD or both)."""
    ld_paras = [p for p in (jsonld_body or "").split("\n") if p.strip()]
    if sum(len(p.split()) for p in ld_paras) < MIN_JSONLD_WORDS:
        return paras, "trafilatura"
    ld = shingle_set(" ".join(ld_paras))
    ours = shingle_set(" ".join(paras))
    ld_in_ours, ours_in_ld = containment(ld, ours), containment(ours, ld)
    if ld_in_ours < 0.5 and on("jsonld-replace"):
        return ld_paras, "json-ld"
    if ld_in_ours >= 0.8 and ours_in_ld < 0.6 and on("jsonld-filter"):
        kept = [p for p in paras if containment(shingle_set(p), ld) >= PARA_SUPPORT]
        if kept:
            return kept, "trafilatura+json-ld"
    return paras, "trafilatura"


def _standfirst(meta: Metadata, paras: list[str]) -> tuple[str | None, list[str]]:
    """The standfirst and the body without it.

    A first paragraph that repeats the page description and is then restated by the
    next paragraph, or followed by the dateline that opens the story, is a displayed
    standfirst; otherwise the description is the
    standfirst unless it merely repeats the opening of the body.
    """
    desc = meta.description
    if len(paras) > 1 and len(paras[0].split()) <= 60 and on("standfirst"):
        first = shingle_set(paras[0])
        set_apart = containment(first, shingle_set(paras[1])) >= 0.5 or parse_dateline(paras[1]) is not None
        if desc and set_apart and containment(first, shingle_set(desc)) >= 0.8:
            return paras[0], paras[1:]
    if not desc or len(desc.split()) < 6:
        return None, paras
    if containment(shingle_set(desc), shingle_set(" ".join(paras[:3]))) >= 0.5:
        return None, paras
    return desc, paras


def _drop_chrome(paras: list[str], title: str | None, draft: Draft) -> list[str]:
    """Drop chrome paragraphs by the plain-text rules, and the link list under a "Related" heading."""
    kept = []
    in_links = False
    for i, para in enumerate(paras):
        same = title and " ".join(para.split()).casefold() == " ".join(title.split()).casefold()
        if i == 0 and same and on("headline-repeat"):
            draft.drop(para, "headline repeated in body", i)
            continue
        line = classify_line(para)
        listed = in_links and para.startswith(_LIST_ITEM)
        reason = line if on("chrome-lines") else None
        if not reason and listed and on("related-list"):
            reason = "related"
        if not reason and on("date-lines") and timestamp_line(para):
            reason = "date line"
        in_links = line == "related" or listed
        if reason:
            draft.drop(para, reason, i)
        else:
            kept.append(para)
    return kept


def extract_html(html: str, url: str | None = None, *, source: str = "input") -> Article:
    """Extract the article and its metadata from an HTML page."""
    if not html or not html.strip():
        raise ExtractionError(f"{source}: empty input: there is no HTML to extract")
    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses str input that declares an encoding
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"{source}: the HTML could not be parsed ({exc})") from exc
    meta = read_metadata(tree, html, url)
    paras = _trafilatura(html, url, favor_precision=True)
    if not paras and on("recall-fallback"):
        paras = _trafilatura(html, url, favor_recall=True)
    paras, body_signal = choose_body(paras, meta.jsonld.body if meta.jsonld else None)
    draft = Draft()
    for name in ("title", "published", "authors", "publisher", "language", "url"):
        draft.offer(name, getattr(meta, name), meta.provenance.get(name, ""))
    draft.headline = meta.title
    paras = _drop_chrome(paras, meta.title, draft)
    if not paras:
        raise ExtractionError(
            f"{source}: no article body found (trafilatura returned nothing usable and the page has "
            "no JSON-LD articleBody)"
        )
    words = sum(len(p.split()) for p in paras)
    readable = any(is_sentence(p) or is_prose(p) for p in paras)
    if words < MIN_BODY_WORDS and not readable and on("min-body"):
        raise ExtractionError(
            f"{source}: no article body found: only {words} words of text, none reading like a sentence"
        )
    draft.standfirst, draft.paragraphs = _standfirst(meta, paras)
    signal = "html:body" if draft.paragraphs is not paras else meta.provenance.get("description", "")
    draft.offer("standfirst", draft.standfirst, signal)
    draft.provenance["body"] = body_signal
    apply_credits(draft)
    draft.offer("authors", byline_near_headline(tree), "html:byline-text")
    draft.offer("authors", clean_authors(html_byline(tree)), "html:byline")
    return finish(draft, source)
