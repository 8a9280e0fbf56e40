"""Quotation marks: pair them into quoted stretches of text, paragraph by paragraph.

News style leaves a quote open at the end of a paragraph when the same speaker goes on in
the next one, which re-opens it; such parts are linked with ``continues``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN = {"“": "”", "«": "»", "„": "“", "``": "''"}
_TOGGLE = {'"', "''"}
_TOKEN = re.compile(r"``|''|[“”«»„\"‘’']")
_PARA = re.compile(r"[^\n]+")
_MAX_SINGLE = 300  # a 'single-quoted' stretch longer than this is apostrophes, not a quote


@dataclass
class QuoteMark:
    """A quoted stretch: ``start``/``end`` are the words inside the marks."""

    start: int
    end: int
    open_at: int
    close_end: int
    unclosed: bool = False
    continues: bool = False  # re-opens a quote left open at the end of the previous paragraph


def find_quotations(text: str) -> list[QuoteMark]:
    """Every quoted stretch of ``text`` (inner offsets), in order."""
    found: list[QuoteMark] = []
    left_open = False
    for para in _PARA.finditer(text):
        marks = _pair(text, para.start(), para.end())
        if marks and left_open and marks[0].open_at == _first_char(text, para.start()):
            marks[0].continues = True
        left_open = bool(marks) and marks[-1].unclosed
        found.extend(m for m in marks if m.end > m.start)
    return found


def _first_char(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _pair(text: str, start: int, end: int) -> list[QuoteMark]:
    out: list[QuoteMark] = []
    opened: tuple[int, str] | None = None  # (offset of the mark, the mark)
    single: int | None = None
    for m in _TOKEN.finditer(text, start, end):
        tok, at = m.group(), m.start()
        if tok in ("‘", "'", "’"):
            single = _single(text, tok, at, single, opened is not None, out)
            continue
        if opened is None:
            if tok in _OPEN or tok in _TOGGLE:
                opened = (at, tok)
            continue
        o_at, o_tok = opened
        if (tok in _TOGGLE and o_tok in _TOGGLE or tok == _OPEN.get(o_tok) or (tok in "”»" and o_tok != "«")
                or (tok in ('"', "“") and o_tok == "“" and _closes(text, at, at + 1))):
            out.append(_mark(text, o_at + len(o_tok), at, o_at, at + len(tok)))
            opened = None
        elif tok in _OPEN and _starts_word(text, at + len(tok)):
            opened = (at, tok)  # a stray opening mark: the earlier one was never closed
    if opened is not None:
        o_at, o_tok = opened
        out.append(_mark(text, o_at + len(o_tok), end, o_at, end, unclosed=True))
    return out


def _single(text: str, tok: str, at: int, single: int | None, in_double: bool,
            out: list[QuoteMark]) -> int | None:
    """British-style ‘single’ quotes, told apart from apostrophes ("don’t", "the ’90s")."""
    if in_double:
        return single
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if single is None:
        if tok in ("‘", "'") and (before.isspace() or before in "([—–-") and after.isalnum():
            return at
        return None
    if (tok in ("’", "'") and not after.isalnum() and not before.isspace()
            and at - single <= _MAX_SINGLE):
        out.append(_mark(text, single + 1, at, single, at + 1))
        return None
    return single


def _starts_word(text: str, i: int) -> bool:
    return i < len(text) and text[i].isalnum()


def _closes(text: str, at: int, end: int) -> bool:
    """A mark glued to the word before it and not to a word after it, where a closing mark
    stands: mixed typography ("“We won," he said") or a mark turned the wrong way ("“Why?“ he
    asked") closes a curly quote."""
    return at > 0 and not text[at - 1].isspace() and not _starts_word(text, end)


_TRAIL = " \t,.;:—–-"


def _mark(text: str, s: int, e: int, open_at: int, close_end: int, unclosed: bool = False) -> QuoteMark:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1] in _TRAIL:
        e -= 1
    return QuoteMark(s, e, open_at, close_end, unclosed)
