"""Byline, dateline and wire-credit parsing, shared by the HTML and plain-text paths.

Wire copy opens with a dateline ("SEOUL (Reuters) - ", "ATLANTA --") and often ends
with the agency's name ("... was quoted as saying. BLOOMBERG"). They are metadata, not
prose: recorded on the Article and stripped from the paragraph text, so that later
stages do not read "BLOOMBERG" as part of a quote or "SEOUL" as a sentence subject.
"""

from __future__ import annotations

import re

from newsdesk.words import WIRE_CREDITS as WIRES  # one home for news agencies

from ._authors import clean_authors
from ._dates import _MONTH_RE

_WIRE_ALT = "|".join(sorted((re.escape(w) for w in WIRES), key=len, reverse=True))
_DASH = r"(?:--|-|–|—|―)"
_CAPS_PLACE = r"[A-Z][A-Z.'’\-]+(?:[ ,]+[A-Z][A-Z.'’\-]+){0,4}"
_MIXED_PLACE = r"[A-Z][a-z.'’\-]+(?: [A-Z][a-z.'’\-]+){0,2}"
_STATE = (  # ", Mo.", ", D.C.", ", Mozambique"
    r"(?:,\s*[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]?\.)?|,\s*[A-Z]\.[A-Z]\.|,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
)
# ", May 31", " 12 March 2026", ", May 31, 2018"
_DAY = (
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s+(?:19|20)\d\d)?"
)
_WHEN = rf"(?:,?\s+{_DAY})?"
_AGENCY = r"(?:\s*\((?P<agency>[A-Za-z][\w .&/-]{1,40})\))?"
# "SEOUL (Reuters) - ", "NEW YORK, May 31 (Reuters) - ", "ATLANTA -- ", "LONDON: "
_CAPS_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}){_STATE}{_WHEN}{_AGENCY}\s*(?:{_DASH}|:)\s*(?=[\"“‘'A-Z0-9])"
)
# "Washington (AFP) – " ; a mixed-case place needs an agency or a spaced dash to count
_MIXED_DATELINE = re.compile(
    rf"^(?P<place>{_MIXED_PLACE}){_STATE}{_WHEN}(?:{_AGENCY}\s*{_DASH}|\s+{_DASH})\s+(?=[\"“‘'A-Z0-9])"
)
# "May 31, 2018 — ": a date alone opening the text, set off by a dash
_DATE_DATELINE = re.compile(
    rf"^(?P<place>)(?:(?i:{_MONTH_RE})\s+\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{_MONTH_RE}))"
    rf"\s+(?:19|20)\d\d{_AGENCY}\s+{_DASH}\s+(?=[\"“‘'A-Z0-9])"
)
_WIRE_TAIL = re.compile(
    rf"(?<=[.!?\"”’)])\s*(?:{_DASH}\s*)?(?P<wire>\((?:{_WIRE_ALT})\)|(?:{_WIRE_ALT})(?:\s*[,/&]\s*(?:{_WIRE_ALT}))*"
    rf"|[A-Z][A-Z&/]{{1,}}(?:[ ,/&]+[A-Z][A-Z&/]+){{0,3}})\s*$"
)
_WIRE_LINE = re.compile(
    rf"^\s*(?:{_DASH}\s*|\()?(?P<wire>(?:{_WIRE_ALT})(?:\s*[,/&]\s*(?:{_WIRE_ALT}))*)\)?\s*$", re.I
)
_BYLINE = re.compile(
    r"^\s*(?:posted(?: on)?\s+(?:[\w,:. ]{0,30}\s+)?by|by|written by|reporting by|words by|story by|text by)"
    r"\s*:?\s+(?P<names>.{2,120})$",
    re.I,
)
_KNOWN_WIRES = {w.casefold() for w in WIRES}


def parse_dateline(paragraph: str) -> tuple[str, str | None, str] | None:
    """``(dateline, agency, rest)`` when the paragraph opens with a dateline, else None."""
    m = _CAPS_DATELINE.match(paragraph)
    if m and not m["place"].replace(".", "").isdigit():
        words = re.findall(r"[A-Za-z]+", m["place"])
        if not words or (len(words) == 1 and len(words[0]) < 3 and not m["agency"]):
            return None
    else:
        m = _MIXED_DATELINE.match(paragraph) or _DATE_DATELINE.match(paragraph)
        if not m:
            return None
    agency = m["agency"]
    if agency and agency.casefold() not in _KNOWN_WIRES and not agency.isupper():
        return None
    rest = paragraph[m.end() :].strip()
    if len(rest.split()) < 4:
        return None
    dateline = re.sub(rf"\s*(?:{_DASH}|:)\s*$", "", paragraph[: m.end()].strip())
    return dateline, agency, rest


def _is_wire(candidate: str) -> bool:
    parts = [p for p in re.split(r"\s*[,/&]\s*", candidate.strip("()")) if p]
    if all(p.casefold() in _KNOWN_WIRES for p in parts):
        return True
    return candidate.isupper() and len(candidate.replace(" ", "")) >= 3 and len(candidate.split()) <= 4


def strip_wire_tail(paragraph: str) -> tuple[str, str | None]:
    """Split a trailing wire credit ("... saying. BLOOMBERG") off the last paragraph."""
    line = _WIRE_LINE.match(paragraph)
    if line:
        return "", line["wire"]
    m = _WIRE_TAIL.search(paragraph)
    if not m or not _is_wire(m["wire"]):
        return paragraph, None
    head = paragraph[: m.start()].rstrip()
    if len(head.split()) < 5:
        return paragraph, None
    return head, m["wire"].strip("()")


def parse_byline(line: str) -> tuple[str, list[str]] | None:
    """``(byline, authors)`` for a "By Jane Doe" line; authors may be empty ("By Staff")."""
    m = _BYLINE.match(line)
    if not m or len(m["names"].split()) > 14 or m["names"].rstrip().endswith((".", "?", "!")) and (
        len(m["names"].split()) > 6
    ):
        return None
    return line.strip(), clean_authors(m["names"])
