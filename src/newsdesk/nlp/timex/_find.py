"""Time expressions found and normalised: candidates, a few parse checks, then values.

The grammar (``_candidates``) runs on the text once; the parse is consulted only per
candidate (is "2000" a year or a count? which verb governs "on Friday"?), so the cost
stays small next to spaCy's own.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span

from newsdesk.models import TimeExpression
from newsdesk.nlp.timex._candidates import Candidate, find_candidates
from newsdesk.nlp.timex._context import Context, Ref
from newsdesk.nlp.timex._normalise import normalise
from newsdesk.nlp.timex._tense import tense_at

_MONTH_CUES = {"in", "since", "until", "till", "by", "from", "through", "of", "last", "next", "this",
               "early", "late", "mid", "before", "after", "during", "end", "beginning", "and", "or", "to",
               "between", "late-", "mid-", "early-", "middle", "start", "past"}
_COUNTED = {"NNS", "NNPS"}


def _published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _plausible(c: Candidate, span: Span | None, doc: Doc) -> bool:
    """Parse checks the grammar cannot make: "May" the modal, "2000 people", "a second meeting"."""
    if span is None:
        return True
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    low = c.text.lower()
    if c.kind == "month" and low == "may":
        return before is not None and before.lower_ in _MONTH_CUES
    if c.kind == "year":
        if after is not None and after.tag_ in _COUNTED and span.root.head.i == after.i:
            return False  # "2000 people"
        if before is not None and before.lower_ in ("$", "no.", "#", "number", "flight", "route", "article"):
            return False
        return not (after is not None and after.lower_ in ("%", "percent", "per"))
    if c.kind == "duration":
        if low in ("a second", "the second", "one second") and after is not None:
            return not after.is_alpha
        if after is not None and after.lower_ == "of" and "quarter" in low:
            return False  # "about three-quarters of its food"
        if low.split()[0] in ("a", "an") and before is not None and (before.like_num or before.tag_ == "$"):
            return False  # a rate: "$35 a night", "700 seats a week"
    if c.kind == "month" and before is not None and before.lower_ in ("the", "a", "annual") \
            and after is not None and after.lower_ in ("for", "of", "on", "against", "to"):
        return False  # "the annual March for Life"
    if c.kind == "set" and low == "daily" and span.root.tag_ == "JJ":
        return False  # "a daily newspaper", "average daily turnover": not a recurrence of an event
    return True


def find_times(doc: Doc, published: str | None) -> list[TimeExpression]:
    """Every time expression in ``doc``, normalised against ``published`` (ISO date or None)."""
    text = doc.text
    pub = _published(published)
    times: list[TimeExpression] = []
    ref: Ref | None = None
    for c in find_candidates(text):
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if not _plausible(c, span, doc):
            continue

        def tense(span: Span | None = span) -> str | None:
            return tense_at(doc, span.start, span.end) if span is not None else None

        norm = normalise(c.kind, c.text, Context(pub, ref, tense, text[max(0, c.start - 30) : c.start]))
        if norm is None:
            continue
        tid = len(times) + 1
        times.append(TimeExpression(tid, c.start, c.end, c.text, norm.type,  # type: ignore[arg-type]
                                    norm.value, norm.anchor, norm.mod))
        if norm.day is not None and norm.gran is not None and norm.type in ("DATE", "TIME"):
            ref = Ref(norm.day, norm.gran, tid)
    _clock_days(times, text)
    return times


_BETWEEN = re.compile(r"^[\s,]*(?:on\s+)?$")
_CLOCK_VALUE = re.compile(r"^(?:\d{4}-\d\d-\d\d|XXXX-XX-XX)(T\d\d:\d\d)$")


def _clock_days(times: list[TimeExpression], text: str) -> None:
    """"7 p.m. on Thursday": the clock time takes the day named right after it."""
    for t, nxt in zip(times, times[1:], strict=False):
        m = _CLOCK_VALUE.match(t.value or "")
        if m and nxt.type == "DATE" and nxt.value and len(nxt.value) == 10 and nxt.value[4] == "-" \
                and _BETWEEN.match(text[t.end : nxt.start]):
            t.value, t.anchor = nxt.value + m[1], f"time:{nxt.id}"
