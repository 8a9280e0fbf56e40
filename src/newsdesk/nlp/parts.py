"""Cutting a long article into parts that are analysed one at a time.

spaCy refuses a text longer than ``nlp.max_length`` (1,000,000 characters) and its memory
grows with the text, as do some of the rules' costs. An article longer than a part is cut
at paragraph breaks (blank lines) so each part is a run of whole paragraphs; a paragraph
longer than a part is cut after sentence ends, a sentence longer than a part at whitespace,
and only a run of characters without any whitespace is cut blindly.
"""

from __future__ import annotations

import re

from newsdesk.models import Article, Section

#: Characters per part: a long news article (~15,000 words) fits in one, so nearly every
#: article is analysed whole, and one part's parse stays well under a gigabyte.
PART_CHARS = 100_000

_BLANK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+")


def split_parts(text: str, size: int = PART_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` offsets of parts of ``text``, in order, each at most ``size`` long.

    Parts never start or end with the whitespace between them; a text of at most ``size``
    characters is one part.
    """
    if size < 1:
        raise ValueError(f"part size must be positive, got {size}")
    if len(text) <= size:
        return [(0, len(text))]
    parts: list[tuple[int, int]] = []
    start = end = -1
    for a, b in _units(text, size):
        if start >= 0 and b - start <= size:
            end = b
            continue
        if start >= 0:
            parts.append((start, end))
        start, end = a, b
    if start >= 0:
        parts.append((start, end))
    return parts


def _units(text: str, size: int) -> list[tuple[int, int]]:
    """Paragraphs, with any longer than ``size`` cut into sentences and then at whitespace."""
    out: list[tuple[int, int]] = []
    for a, b in _pieces(text, 0, len(text), _BLANK):
        if b - a <= size:
            out.append((a, b))
            continue
        for s, e in _pieces(text, a, b, _SENTENCE_END, keep_end=True):
            out.extend([(s, e)] if e - s <= size else _hard_cuts(text, s, e, size))
    return out


def _pieces(text: str, a: int, b: int, sep: re.Pattern[str], keep_end: bool = False) -> list[tuple[int, int]]:
    """Stretches of ``text[a:b]`` between matches of ``sep``, trimmed of whitespace; with
    ``keep_end`` a match's non-space characters (the full stop, a closing quote) stay with
    the stretch before it."""
    out = []
    at = a
    for m in sep.finditer(text, a, b):
        end = m.start() + len(m.group().rstrip()) if keep_end else m.start()
        out.append((at, end))
        at = m.end()
    out.append((at, b))
    return [t for t in (_trim(text, s, e) for s, e in out) if t[1] > t[0]]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _hard_cuts(text: str, a: int, b: int, size: int) -> list[tuple[int, int]]:
    """Cut ``text[a:b]`` at the last whitespace that keeps each piece within ``size``."""
    out = []
    while b - a > size:
        cut = max(text.rfind(c, a + 1, a + size + 1) for c in " \t\n\r\f\v")
        cut = cut if cut > a else a + size
        s, e = _trim(text, a, cut)
        if e > s:
            out.append((s, e))
        a = _trim(text, cut, b)[0]
    if b > a:
        out.append((a, b))
    return out


def part_article(article: Article, start: int, end: int) -> Article:
    """The article's ``[start, end)`` as an article of its own: the sections inside it
    shifted to the part's text, the publication date and language kept (times and rules need
    them). The wire credit is left out: the caller adds it once to the merged analysis."""
    sections = [Section(s.kind, max(s.start, start) - start, min(s.end, end) - start)
                for s in article.sections if s.start < end and s.end > start]
    return Article(text=article.text[start:end], title=article.title, sections=sections,
                   published=article.published, language=article.language)
