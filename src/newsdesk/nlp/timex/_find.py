"""Time expressions found and normalised: candidates, a few parse checks, then values.

The grammar (``_candidates``) runs on the text around time words; the parse is consulted
only per candidate (is "2000" a year or a count? which verb governs "on Friday"?), so the
cost stays small next to spaCy's own. Two last passes join neighbours: "7 p.m. on
Thursday" and "the quarter ended Sept. 30".
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span

from newsdesk.models import TimeExpression
from newsdesk.nlp.timex._calendar import shift
from newsdesk.nlp.timex._candidates import Candidate, find_candidates
from newsdesk.nlp.timex._context import Context, Ref
from newsdesk.nlp.timex._filters import counted_rate, plausible
from newsdesk.nlp.timex._normalise import normalise
from newsdesk.nlp.timex._tense import habitual_at, tense_at


def _published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def find_times(doc: Doc, published: str | None) -> list[TimeExpression]:
    """Every time expression in ``doc``, normalised against ``published`` (ISO date or None)."""
    text = doc.text
    pub = _published(published)
    times: list[TimeExpression] = []
    ref: Ref | None = None
    quarter: Ref | None = None  # the last quarter named: "the quarter" in a results story
    for c in find_candidates(text):
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if not plausible(c.kind, c.text, span, doc):
            continue
        if c.kind == "duration" and counted_rate(c.text, span, doc):
            c = Candidate(c.start, c.end, "set", c.text, "timex.set.rate")  # "four flights a week"

        def tense(span: Span | None = span) -> str | None:
            return tense_at(doc, span.start, span.end) if span is not None else None

        def habitual(span: Span | None = span) -> bool:
            return span is not None and habitual_at(doc, span.start, span.end)

        if c.kind == "year_range":
            for start, end, year in _year_range(c.start, c.text):
                tid = len(times) + 1
                times.append(TimeExpression(tid, start, end, text[start:end], "DATE", f"{year:04d}",
                                            None, None, c.rule))
                ref = Ref(date(year, 1, 1), "Y", tid)
            continue
        pair = _DAY_PAIR.match(c.text) if c.kind == "md_pair" else None
        end = c.start + pair.end(1) if pair else c.end  # "April 24 and 25": "April 24", then "25"
        ctx = Context(pub, ref, tense, text[max(0, c.start - 60) : c.start], text[c.end : c.end + 30],
                      habitual, quarter)
        norm = normalise("md" if pair else c.kind, text[c.start : end], ctx)
        if norm is None:
            continue
        tid = len(times) + 1
        times.append(TimeExpression(tid, c.start, end, text[c.start : end], norm.type,  # type: ignore[arg-type]
                                    norm.value, norm.anchor, norm.mod, norm.rule or c.rule))
        if pair and norm.value and _DAY_VALUE.match(norm.value):
            second = f"{norm.value[:8]}{int(pair[2]):02d}"
            times.append(TimeExpression(tid + 1, c.start + pair.start(2), c.end, pair[2], "DATE", second,
                                        f"time:{tid}", None, c.rule))
        if norm.day is not None and norm.gran is not None and norm.type in ("DATE", "TIME"):
            ref = Ref(norm.day, norm.gran, tid)
            if norm.gran == "Q" and (pub is None or shift(norm.day, "Q", 1) <= pub):
                quarter = ref  # a quarter ended: the one a results story reports (not a forecast's)
    _clock_days(times, text)
    _period_ends(times, text)
    return times


#: two days of one month: "April 24 and 25" (the month-day, then the second day's number)
_DAY_PAIR = re.compile(r"(.*?\d{1,2})(?:st|nd|rd|th)?\s+(?:and|or|to|through)\s+(\d{1,2})(?:st|nd|rd|th)?$")
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")
_RANGE = re.compile(r"(\d{4})\s*[-–]\s*(\d{4}|\d\d|\d)$")


def _year_range(start: int, text: str) -> list[tuple[int, int, int]]:
    """``[(start, end, year), ...]`` for the two ends of "2009-2010", "1957-58" or "2008-9" (TimeML
    tags each year); nothing when the second is not a later year of the same century or the next."""
    m = _RANGE.match(text)
    if not m:
        return []
    first = int(m[1])
    scale = 10 ** len(m[2]) if len(m[2]) < 4 else 1  # the digits the second year replaces
    second = int(m[2]) if len(m[2]) == 4 else first // scale * scale + int(m[2])
    if len(m[2]) < 4 and second <= first:
        second += scale  # "1999-00", "2009-0"
    if len(m[2]) == 1 and second - first > 10 - first % 10:
        return []  # one digit reaches to the decade's end at most: "2008-9", "1914-8", not "2009-8"
    if not first < second <= first + 100:
        return []
    return [(start, start + 4, first), (start + m.start(2), start + m.end(2), second)]


_BETWEEN = re.compile(r"^[\s,]*(?:on\s+)?$")
_ENDED = re.compile(r"^\s+(?:that\s+)?(?:ended|ending|ends|through)\s+(?:on\s+)?$", re.I)
_QUARTER_VALUE = re.compile(r"^\d{4}-Q([1-4])$")
_ORDINAL_QUARTER = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\b", re.I)
_CLOCK_VALUE = re.compile(r"^(?:\d{4}-\d\d-\d\d|XXXX-XX-XX)(T\d\d:\d\d)$")


def _clock_days(times: list[TimeExpression], text: str) -> None:
    """"7 p.m. on Thursday": the clock time takes the day named right after it."""
    for t, nxt in zip(times, times[1:], strict=False):
        m = _CLOCK_VALUE.match(t.value or "")
        if m and nxt.type == "DATE" and nxt.value and len(nxt.value) == 10 and nxt.value[4] == "-" \
                and _BETWEEN.match(text[t.end : nxt.start]):
            t.value, t.anchor = nxt.value + m[1], f"time:{nxt.id}"


def _period_ends(times: list[TimeExpression], text: str) -> None:
    """"the quarter ended Sept. 30": the quarter holding that day (a fiscal "fourth quarter ended
    Sept. 30" keeps its number and takes the day's year)."""
    for t, nxt in zip(times, times[1:], strict=False):
        m = _QUARTER_VALUE.match(t.value or "")
        if not (m and nxt.value and len(nxt.value) == 10 and _ENDED.match(text[t.end : nxt.start])):
            continue
        year, month = int(nxt.value[:4]), int(nxt.value[5:7])
        number = m[1] if _ORDINAL_QUARTER.search(t.text) else str((month - 1) // 3 + 1)
        t.value, t.anchor = f"{year:04d}-Q{number}", f"time:{nxt.id}"
