"""Plain text with page chrome: drop the chrome, recover headline, standfirst and credits.

The main block is found first (``_region``); lines before it are searched for the
headline, standfirst, byline and date line; every line left out of the article is
recorded in ``Article.removed`` with the rule that dropped it.
"""

from __future__ import annotations

from ..errors import ExtractionError
from ..models import Article
from ._assemble import Draft, finish
from ._chrome import classify_line, copyright_owner, is_end_marker
from ._credits import parse_byline, strip_wire_tail
from ._header import date_line, headline_on_top, lede_standfirst, read_header, timestamp_line, top_of_block
from ._region import Unit, ends_sentence, is_prose, is_sentence, main_span, score, split_units

_HEADER_LINE_SCORE = -15.0  # a date or byline line inside text: likely the next article's header


def _reject(text: str) -> str | None:
    stripped = "".join(text.split())
    if not stripped:
        return "empty input: there is no text to extract"
    letters = sum(c.isalpha() for c in stripped)
    if letters < 0.5 * len(stripped):
        return f"input is mostly not letters ({letters} of {len(stripped)} characters): binary or markup?"
    if stripped.startswith("<") and stripped.count("<") > 20:
        return "input looks like HTML; extract it as kind 'html'"
    return None


def _join_split_bylines(units: list[Unit]) -> list[Unit]:
    """Re-join a byline that the page split over two lines ("By" / "Jane Doe")."""
    out: list[Unit] = []
    for unit in units:
        if out and out[-1].text.rstrip(":").lower() == "by" and unit.words <= 10:
            out[-1] = Unit(f"By {unit.text}", out[-1].gap)
        else:
            out.append(unit)
    return out


def _nav_runs(units: list[Unit], reasons: list[str | None]) -> None:
    """Runs of four or more very short title-case lines are a navigation menu."""
    def navlike(i: int) -> bool:
        t = units[i].text
        return units[i].words <= 3 and not ends_sentence(t) and t[:1].isupper() and not reasons[i]

    i = 0
    while i < len(units):
        j = i
        while j < len(units) and navlike(j):
            j += 1
        if j - i >= 4:
            for k in range(i, j):
                reasons[k] = "navigation menu"
        i = max(j, i + 1)


def _extend(units: list[Unit], reasons: list[str | None], start: int, end: int) -> tuple[int, int]:
    """Grow the main block over adjacent sentence-like lines (short first or last paragraphs)."""
    while start > 0 and not reasons[start - 1] and is_sentence(units[start - 1].text) and not (
        parse_byline(units[start - 1].text) or date_line(units[start - 1].text)
    ):
        start -= 1
    while end < len(units) and not reasons[end] and is_sentence(units[end].text):
        end += 1
    return start, end


def _trailer(units: list[Unit], reasons: list[str | None], end: int, draft: Draft) -> None:
    for i in range(end, len(units)):
        text = units[i].text
        head, wire = strip_wire_tail(text) if i < end + 2 and units[i].words <= 4 else (text, None)
        if wire and not head:
            draft.offer("wire", wire, "text:wire-credit")
            draft.drop(text, "wire credit", i)
        else:
            draft.drop(text, reasons[i] or "after the article text", i)


def extract_text(text: str, *, title: str | None = None, source: str = "input") -> Article:
    """Recover the article from plain text that may still carry its page chrome."""
    why = _reject(text)
    if why:
        raise ExtractionError(f"{source}: {why}")
    units = _join_split_bylines(split_units(text))
    reasons: list[str | None] = [classify_line(u.text) for u in units]
    _nav_runs(units, reasons)
    scores = [score(u, r, is_end_marker(u.text, r)) for u, r in zip(units, reasons, strict=True)]
    for i, unit in enumerate(units):
        if not reasons[i] and (timestamp_line(unit.text) or parse_byline(unit.text)):
            scores[i] = _HEADER_LINE_SCORE  # another article's header: a strong block boundary
    span = main_span(scores)
    if span is None:
        raise ExtractionError(
            f"{source}: no article text found: {len(units)} lines, none reads like prose "
            "(all are short, or are menus, promos or other page chrome)"
        )
    start, end = _extend(units, reasons, *span)
    start = headline_on_top(units, reasons, start, end, title)
    draft = Draft()
    header_start, notes = read_header(units, reasons, start, draft, title)
    for i in range(header_start):
        reason = notes.get(i) or reasons[i]
        if not reason and timestamp_line(units[i].text):
            draft.offer("published", date_line(units[i].text), "text:date-line")
            reason = "date line"
        draft.drop(units[i].text, reason or "page header before the article", i)
    start = top_of_block(units, start, end, draft)
    start = lede_standfirst(units, start, end, draft)
    if draft.standfirst:
        draft.offer("standfirst", draft.standfirst, "text:standfirst")
    for i in range(start, end):
        reason = reasons[i] or ("date line" if timestamp_line(units[i].text) else None)
        if reason:
            draft.drop(units[i].text, reason, i)
        else:
            draft.paragraphs.append(units[i].text)
    _trailer(units, reasons, end, draft)
    for line in draft.removed:
        if line.reason == "copyright":
            draft.offer("publisher", copyright_owner(line.text), "text:copyright")
    if not any(is_prose(p) or is_sentence(p) for p in draft.paragraphs):
        raise ExtractionError(f"{source}: no article text found: no line in the main block reads like prose")
    return finish(draft, source)
