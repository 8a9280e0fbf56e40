"""Find the article in scraped text: units (lines or unwrapped paragraphs) and the main block.

Page chrome is short (menus, buttons, teaser headlines); article prose comes in long
sentences. The main block is the run of lines with the most prose in it, found with a
maximum-sum segment (Kadane) where prose scores its word count and every short or
chrome line costs a little, so a few captions or subheads inside an article do not
split it, while menus and footers around it are left out.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"[.!?:;]['\"”’)\]]*$|[\"”’]$")
_TRUNCATED = re.compile(r"(?:\.\.\.|…)\W*$")
_CREDIT_TAIL = re.compile(  # "... saying. BLOOMBERG", "... (AP)": a wire credit after the last sentence
    r"(?<=[.!?\"”’])\s*(?:[-–—]+\s*)?\(?[A-Z][A-Za-z]*[A-Z](?:[ ,/&]+[A-Z]{2,}){0,3}\)?$"
)
_SOURCE_TAG = re.compile(  # "... next season. [Buzzfeed]", "...hard-working.” ― Carla Ruiz, 34"
    r"(?<=[.!?\"”’])\s*(?:\[[^\]]{1,40}\]|[―—–]{1,2}\s*[A-Z][^.!?\"“”]{0,60})$"
)
_WRAP_MAX = 100


@dataclass
class Unit:
    """One line (or unwrapped paragraph) of the input, with the blank lines before it."""

    text: str
    gap: int = 0

    @property
    def words(self) -> int:
        return len(self.text.split())


def ends_sentence(text: str) -> bool:
    """Ends like a sentence (a wire credit after it is ignored); an ellipsis marks a teaser."""
    text = _SOURCE_TAG.sub("", _CREDIT_TAIL.sub("", text.rstrip()))
    return bool(_SENTENCE_END.search(text)) and not _TRUNCATED.search(text)


def is_prose(text: str) -> bool:
    """A line that reads like article prose: complete sentences (teasers and headlines often are not)."""
    words = len(text.split())
    return words >= 80 or (words >= 12 and ends_sentence(text))


def is_sentence(text: str) -> bool:
    """A short line that still reads like a sentence ("He declined to comment.")."""
    words = text.split()
    if len(words) < 2 or not ends_sentence(text):
        return False
    first = words[0][:1]
    return first.isupper() or first.isdigit() or first in "\"“‘'"


def _wrapped(lines: list[str]) -> bool:
    """True when the text looks hard-wrapped at a fixed width (e-mail, plain-text archives)."""
    lengths = [len(line) for line in lines if line.strip()]
    if len(lengths) < 4:
        return False
    width = max(lengths)
    if width > _WRAP_MAX:
        return False
    near = sum(1 for n in lengths if n >= 0.75 * width)
    return near >= 0.5 * len(lengths) and statistics.median(lengths) >= 40


def split_units(text: str) -> list[Unit]:
    """Lines with their preceding blank-line gaps; hard-wrapped paragraphs are re-joined."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ").split("\n")
    wrapped = _wrapped(raw)
    width = max((len(line) for line in raw), default=0)
    units: list[Unit] = []
    gap = 0
    joinable = False
    for line in raw:
        clean = " ".join(line.split())
        if not clean:
            gap += 1
            joinable = False
            continue
        if wrapped and joinable and units and gap == 0:
            units[-1].text += " " + clean
        else:
            units.append(Unit(clean, gap))
        joinable = wrapped and len(line.rstrip()) >= 0.6 * width
        gap = 0
    return units


def score(unit: Unit, reason: str | None, end_marker: bool) -> float:
    """How much a line argues for being inside the article block."""
    if end_marker:
        return -40.0
    if reason:
        return -8.0
    if is_prose(unit.text):
        return float(unit.words)
    if is_sentence(unit.text):
        return 0.5 * unit.words
    return -(4.0 + 0.3 * unit.words)


def main_span(scores: list[float]) -> tuple[int, int] | None:
    """``[start, end)`` of the maximum-sum run of line scores, or None when nothing scores."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += s
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span
