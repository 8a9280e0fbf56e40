"""Plain text with page chrome: drop the chrome, recover headline, standfirst and credits.

The main block is found first (``_region``); lines before it are searched for the
headline, standfirst, byline and date line; every line left out of the article is
recorded in ``Article.removed`` with the rule that dropped it.
"""

from __future__ import annotations

import re

from ..errors import ExtractionError
from ..models import Article
from ._assemble import Draft, finish
from ._authors import clean_authors
from ._chrome import classify_line, copyright_owner, is_end_marker
from ._credits import WIRES, parse_byline, strip_wire_tail
from ._dates import normalize_date
from ._region import Unit, ends_sentence, is_prose, is_sentence, main_span, score, split_units

_DATE_WORDS = re.compile(
    r"^(?:published|updated|posted|first|last|modified|edited|created|on|at|am|pm|a\.m|p\.m|gmt|utc|"
    r"[a-z]{1,4}t|\d+(?:[:.]\d+)+(?:am|pm)?|\d+(?:st|nd|rd|th)?|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|"
    r"mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|ago|yesterday|today|just now|\d+[smhd]|"
    r"(?:sec|second|min|minute|hr|hour|day|week)s?|\W+)$",
    re.I,
)
_WIRE_NAMES = {w.casefold() for w in WIRES} | {"the associated press"}
_HEADER_LOOKBACK = 12
_HEADER_LINE_SCORE = -15.0


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


def timestamp_line(text: str) -> bool:
    """A line made only of date and time words ("Updated: May 31, 2018 10:00 AM", "2d ago")."""
    words = [w.strip(".:;|()") for w in re.split(r"[\s,|/·•–—-]+", text.strip())]
    words = [w for w in words if w]
    return 0 < len(words) <= 24 and all(_DATE_WORDS.match(w) for w in words) and any(
        c.isdigit() for c in text
    )


def date_line(text: str) -> str | None:
    """The day named by a line that is only a date, as ``YYYY-MM-DD``."""
    return normalize_date(text) if timestamp_line(text) else None


def _author_line(text: str) -> bool:
    """A line made of person names only ("Jane Doe and John Smith, Valley Times"): a byline without "By"."""
    if len(text.split()) > 10 or ends_sentence(text):
        return False
    names = clean_authors(text)
    covered = sum(len(n.split()) for n in names)
    return bool(names) and covered >= 0.6 * len(re.findall(r"\w+", text))


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


def _header(
    units: list[Unit], reasons: list[str | None], start: int, draft: Draft, title: str | None
) -> tuple[int, dict[int, str]]:
    """Read the lines just above the body: headline, standfirst, byline, date, credits.

    Returns where the article header begins and why each header line left the text.
    """
    candidates: list[int] = []
    notes: dict[int, str] = {}
    j = start - 1
    while j >= max(0, start - _HEADER_LOOKBACK) and len(candidates) < 2:
        text = units[j].text
        byline, day = parse_byline(text), date_line(text)
        if reasons[j]:
            notes[j] = reasons[j] or ""
        elif byline:
            draft.offer("byline", byline[0], "text:byline")
            draft.offer("authors", byline[1], "text:byline")
            notes[j] = "byline"
        elif day:
            draft.offer("published", day, "text:date-line")
            notes[j] = "date line"
        elif not candidates and _author_line(text):
            draft.offer("authors", clean_authors(text), "text:author-line")
            notes[j] = "byline"
        elif text.casefold().strip(" .-—") in _WIRE_NAMES:
            draft.offer("wire", text.strip(" .-—"), "text:credit-line")
            notes[j] = "wire credit"
        elif 3 <= units[j].words <= 60:
            candidates.insert(0, j)
        elif units[j].words > 60:
            break
        else:
            notes[j] = "page header before the article"  # a kicker, author name or button label
        if candidates and reasons[j]:
            notes.pop(j, None)
            break  # chrome above the headline group: the page header starts here
        j -= 1
    boundary = j + 1
    heads = [i for i in candidates if not ends_sentence(units[i].text) or units[i].text.endswith(("?", "!"))]
    if title and candidates:
        heads = sorted(candidates, key=lambda i: _overlap(units[i].text, title), reverse=True)[:1]
    if candidates and (not heads or units[heads[0]].words > 30):
        draft.paragraphs.extend(units[i].text for i in candidates)
        boundary = candidates[0]
    elif heads:
        boundary = heads[0]
        draft.headline = units[boundary].text
        draft.offer("title", draft.headline, "text:first-line")
        rest = [i for i in candidates if i > boundary]
        if rest and units[rest[0]].words >= 6:
            draft.standfirst = units[rest[0]].text
        for i in rest[1:]:
            draft.paragraphs.append(units[i].text)
    for k in sorted(notes):
        if k > boundary:
            draft.drop(units[k].text, notes[k], k)
    return boundary, notes


def _overlap(a: str, b: str) -> float:
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return len(wa & wb) / max(1, len(wa | wb))


def _meta_line(unit: Unit, draft: Draft) -> str | None:
    """Consume a byline or date line (offering its metadata); returns the removal reason."""
    byline = parse_byline(unit.text) if unit.words <= 16 else None
    if byline:
        draft.offer("byline", byline[0], "text:byline")
        draft.offer("authors", byline[1], "text:byline")
        return "byline"
    if timestamp_line(unit.text):
        draft.offer("published", date_line(unit.text), "text:date-line")
        return "date line"
    return None


def _top_of_block(units: list[Unit], start: int, end: int, draft: Draft) -> int:
    """Bylines and date lines opening the block are header; a line just before them is the standfirst."""
    if (
        draft.headline and not draft.standfirst and start + 1 < end and units[start].words <= 60
        and parse_byline(units[start].text) is None and not timestamp_line(units[start].text)
        and (parse_byline(units[start + 1].text) or timestamp_line(units[start + 1].text))
    ):
        draft.standfirst = units[start].text
        start += 1
    while start < end:
        reason = _meta_line(units[start], draft)
        if not reason:
            break
        draft.drop(units[start].text, reason, start)
        start += 1
    return start


def _lede_standfirst(units: list[Unit], start: int, end: int, draft: Draft) -> int:
    """Take the first body line as standfirst when the layout sets it apart from the body."""
    if draft.standfirst or not draft.headline or end - start < 3:
        return start
    first, nxt, after = units[start], units[start + 1], units[start + 2]
    if first.words > 60 or len(re.findall(r"[.!?](?:\s|$)", first.text)) > 2:
        return start
    wider_gap = nxt.gap > max(1, after.gap) or (nxt.gap >= 1 and after.gap == 0)
    lede_caps = bool(re.match(r"^[A-Z]{2,}[A-Z'’]*\b", nxt.text)) and not nxt.text.isupper()
    if wider_gap or lede_caps:
        draft.standfirst = first.text
        return start + 1
    return start


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
    draft = Draft()
    header_start, notes = _header(units, reasons, start, draft, title)
    for i in range(header_start):
        reason = notes.get(i) or reasons[i]
        if not reason and timestamp_line(units[i].text):
            draft.offer("published", date_line(units[i].text), "text:date-line")
            reason = "date line"
        draft.drop(units[i].text, reason or "page header before the article", i)
    start = _top_of_block(units, start, end, draft)
    start = _lede_standfirst(units, start, end, draft)
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
