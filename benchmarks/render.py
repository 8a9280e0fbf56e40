"""Naive full-page text: what a scraper that keeps the page chrome would hand us.

All visible text of ``<body>``, scripts and styles dropped, one block element per line.
This is the input of the plain-text chrome-removal benchmark.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

_SKIP = frozenset(
    "script style noscript template svg iframe object embed head button select option canvas".split()
)
_BLOCK = frozenset(
    """p div h1 h2 h3 h4 h5 h6 li ul ol section article header footer nav aside table tr td th br
    blockquote figure figcaption form main dd dt dl pre address hr fieldset details summary""".split()
)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _walk(el: etree._Element, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _SKIP or el.get("hidden") is not None or _HIDDEN.search(el.get("style") or ""):
        if el.tail:
            out.append(el.tail)
        return
    block = tag in _BLOCK
    if block:
        out.append("\n")
    if isinstance(el.tag, str) and el.text:
        out.append(el.text)
    for child in el:
        _walk(child, out)
    if block:
        out.append("\n")
    if el.tail:
        out.append(el.tail)


def page_text(html: str) -> str:
    """Visible ``<body>`` text, one block per line, whitespace collapsed within lines."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    body = root.find(".//body")
    out: list[str] = []
    _walk(body if body is not None else root, out)
    lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)
