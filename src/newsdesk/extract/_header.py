"""The article header in scraped text: headline, standfirst, byline, date line, credit lines.

These sit just above the body, mixed with kickers, share buttons and captions, and in
any order; they are read bottom-up from the body, consumed into metadata (each with its
signal) and recorded as removed lines, so nothing silently disappears.
"""

from __future__ import annotations

import re

from ._assemble import Draft
from ._authors import clean_authors
from ._credits import WIRES, parse_byline, parse_dateline
from ._dates import normalize_date
from ._region import Unit, ends_sentence, is_prose

_DATE_WORDS = re.compile(
    r"^(?:published|updated|posted|first|last|modified|edited|created|on|at|am|pm|a\.m|p\.m|gmt|utc|"
    r"[a-z]{1,4}t|\d+(?:[:.]\d+)+(?:am|pm)?|\d+(?:st|nd|rd|th)?|"
    r"jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|"
    r"mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|ago|yesterday|today|just now|\d+[smhd]|"
    r"(?:sec|second|min|minute|hr|hour|day|week)s?|\W+)$",
    re.I,
)
_WIRE_NAMES = {w.casefold() for w in WIRES} | {"the associated press"}
_HEADER_LOOKBACK = 12  # lines above the body searched for the header
_HEADLINE_MAX_WORDS = 20  # a headline that ends like a sentence is still short: ledes run longer
_TITLE_CASE_MAX_WORDS = 25
_TITLE_CASE_SHARE = 0.8  # share of words of four letters or more capitalised in Title Case
_LEDE_WORDS = re.compile(  # reported speech in the past tense and a weekday: a lede, not a headline
    r"\b(?:said|told|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)
_INNER_STOP = re.compile(r"[a-z]{2}[.!?][\"”’']?\s+[A-Z]")  # "... he said. The ...": two sentences
_TITLE_HINT_MIN = 0.5  # word overlap with a given title for a line to be taken as the headline


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


def title_case(text: str) -> bool:
    """Most longer words capitalised ("Trump Sounds Weirdly Sophisticated"): headline style, not prose."""
    long = [w for w in re.findall(r"[^\W\d_][\w’'-]*", text) if len(w) >= 4]
    return len(long) >= 2 and sum(w[0].isupper() for w in long) >= _TITLE_CASE_SHARE * len(long)


def sentence_headline(unit: Unit) -> bool:
    """A headline that ends like a sentence ("Trump's rivals pull their punches."): short,
    capitalised, one sentence, not a dateline, byline or date line, without a lede's "said" or
    "on Tuesday"; a Title Case line may be longer and hold two sentences or a kicker
    ("FIX IS IN: PBS Moderators Ignore ...")."""
    text = unit.text
    titled = title_case(text)
    dateline = parse_dateline(text)
    return (
        3 <= unit.words <= (_TITLE_CASE_MAX_WORDS if titled else _HEADLINE_MAX_WORDS)
        and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“‘'")
        and (titled or not _INNER_STOP.search(text))
        and not _LEDE_WORDS.search(text)
        and (dateline is None or title_case(dateline[2]))
        and parse_byline(text) is None
        and not timestamp_line(text)
    )


def headline_on_top(
    units: list[Unit], reasons: list[str | None], start: int, end: int, title: str | None
) -> int:
    """Where the body starts when its first line is the page's headline ending with '.' or ':'.

    The main block takes in short sentence-like lines, a headline ending with a full stop
    too; it is given back to the header when it is the first line that is neither chrome
    nor a kicker, prose follows it, and it matches the given title if there is one.
    """
    if not sentence_headline(units[start]) or not any(is_prose(u.text) for u in units[start + 1 : end]):
        return start
    if title and _overlap(units[start].text, title) < _TITLE_HINT_MIN:
        return start
    if start > _HEADER_LOOKBACK or any(
        not reasons[j] and units[j].words >= 3 and not parse_byline(units[j].text)
        and not timestamp_line(units[j].text)
        for j in range(start)
    ):
        return start  # a headline candidate above: this line is a standfirst or the lede
    return start + 1


def _author_line(text: str) -> bool:
    """A line made of person names only ("Jane Doe and John Smith, Valley Times"): a byline without "By"."""
    if len(text.split()) > 10 or ends_sentence(text):
        return False
    names = clean_authors(text)
    covered = sum(len(n.split()) for n in names)
    return bool(names) and covered >= 0.6 * len(re.findall(r"\w+", text))


def read_header(
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
    heads = heads or [i for i in candidates if sentence_headline(units[i])]
    if title and candidates:
        best = max(candidates, key=lambda i: _overlap(units[i].text, title))
        if _overlap(units[best].text, title) >= _TITLE_HINT_MIN:
            heads = [best]
    if candidates and (not heads or units[heads[0]].words > 30):
        draft.paragraphs.extend(units[i].text for i in candidates)
        boundary = candidates[0]
    elif heads:
        boundary = heads[0]
        draft.headline = units[boundary].text.rstrip(" ;")  # "Jobs report lifts Democrats; " + a deck
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


def top_of_block(units: list[Unit], start: int, end: int, draft: Draft) -> int:
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


def lede_standfirst(units: list[Unit], start: int, end: int, draft: Draft) -> int:
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
