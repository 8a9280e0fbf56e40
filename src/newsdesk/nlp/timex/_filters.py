"""Parse checks the grammar cannot make: is this candidate a time expression at all?

"May" the modal, "2000 people", "a second meeting", "$35 a night", "the annual March for
Life", "the Communist Party daily Granma": the words match a rule, their neighbours in the
parse say they are something else.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newsdesk.nlp.speech_verbs import REPORTING_VERBS

_MONTH_CUES = {"in", "since", "until", "till", "by", "from", "through", "of", "last", "next", "this",
               "early", "late", "mid", "before", "after", "during", "end", "beginning", "and", "or", "to",
               "between", "late-", "mid-", "early-", "middle", "start", "past"}
_COUNTED = {"NNS", "NNPS"}
_DETERMINERS = {"DT", "PRP$", "POS"}
_NOT_YEAR_BEFORE = {"$", "no.", "#", "number", "flight", "route", "article"}
_MARCH_NOUN_AFTER = {"for", "of", "on", "against", "to"}

Check = Callable[[str, Span, Token | None, Token | None], bool]


def _month(low: str, span: Span, before: Token | None, after: Token | None) -> bool:
    if low == "may":  # the modal, unless a preposition or modifier introduces it
        return before is not None and before.lower_ in _MONTH_CUES
    march_noun = before is not None and before.lower_ in ("the", "a", "annual") and after is not None \
        and after.lower_ in _MARCH_NOUN_AFTER
    doc = span.doc
    named = low == "march" and after is not None and after.lower_ == "of" and after.i + 2 < len(doc) \
        and doc[after.i + 1].lower_ == "the" and doc[after.i + 2].is_title  # "the “March of the Mothers”"
    return not (march_noun or named)  # "the annual March for Life"


def _year(low: str, span: Span, before: Token | None, after: Token | None) -> bool:
    counted = after is not None and after.tag_ in _COUNTED and span.root.head.i == after.i
    introduced = before is not None and (before.tag_ in _DETERMINERS or before.text == "-")
    if counted and not introduced:
        return False  # "2000 people", but "the 1992 protests", "the post-1959 politics"
    if before is not None and before.lower_ in _NOT_YEAR_BEFORE:
        return False
    return not (after is not None and after.lower_ in ("%", "percent", "per"))


_VAGUE_COUNT = re.compile(r"(?:several|many|a\s+few|few|consecutive|successive|straight)\b")


def _duration(low: str, span: Span, before: Token | None, after: Token | None) -> bool:
    """Not a rate ("$35 a night"), a count of something else ("three-quarters of its food"), an
    ordinal ("a second meeting"), a day named vaguely ("on a day when"), nor a title: a
    capitalised unit mid-sentence ("CBS's “60 Minutes”", though a headline's "First 100 Days"
    stays)."""
    unit, words = span[-1], [t for t in span[:-1] if t.is_alpha]
    if unit.is_title and not span[0].is_sent_start and (before is None or not before.is_title) \
            and not any(t.is_title for t in words):
        return False
    if low in ("a day", "one day", "a night", "one night") and before is not None and before.lower_ == "on":
        return False  # "on a day when the rebels lost": a day, not a stretch of one
    if low in ("a second", "the second", "one second") and after is not None:
        return not after.is_alpha  # "a second meeting"
    if after is not None and after.lower_ == "of" and "quarter" in low and not _VAGUE_COUNT.match(low):
        return False  # "about three-quarters of its food"; "several quarters of losses" is a time
    if before is not None and before.text == "-" and before.i > 0:
        before = before.doc[before.i - 1]  # "$12-an-hour"
    rate = before is not None and (before.like_num or before.tag_ == "$")
    first = low.replace("-", " ").split()[0]
    return not (first in ("a", "an") and rate)  # "$35 a night", "700 seats a week", "$12-an-hour"


def _set(low: str, span: Span, before: Token | None, after: Token | None) -> bool:
    """"daily", "weekly", "monthly" as adverbs, or as adjectives of a common noun ("his weekly radio
    address", "daily life": TimeML SETs); not the noun "a daily" (a newspaper: "the Communist Party
    daily Granma"), nor an average's measure ("average daily volume")."""
    if low not in ("daily", "weekly", "monthly"):
        return True
    if after is not None and after.pos_ == "PROPN":
        return False
    if span.root.tag_ == "RB" or after is not None and after.lower_ == "basis":
        return True
    adjective = span.root.tag_ == "JJ" and span.root.dep_ == "amod"
    return adjective and after is not None and after.pos_ == "NOUN" \
        and not (before is not None and before.lower_ in ("average", "avg"))


def _weekday(low: str, span: Span, before: Token | None, after: Token | None) -> bool:
    """Not a first name: "a memoir by Wednesday Martin" (a capitalised name right after)."""
    return not (after is not None and after.pos_ == "PROPN" and after.is_title and after.ent_type_ == "PERSON"
                or after is not None and after.is_title and span.root.ent_type_ == "PERSON")


def _title(low: str, span: Span, before: Token | None, after: Token | None) -> bool:
    """Not a title: "Last Week Tonight", ABC's "This Week" (every word capitalised mid-sentence),
    an award's "Person of the Year", "Employee of the Month" (a capitalised unit after "of the")."""
    words = [t for t in span if t.is_alpha]
    award = low in ("the year", "the month", "the week", "the day") and words[-1].is_title \
        and before is not None and before.lower_ == "of" and not span[0].is_sent_start
    if award:
        return False
    if not words or not all(t.is_title for t in words):
        return True
    doc = span.doc
    closes = after is not None and (
        after.is_title or after.text in ('"', "”", "'", "’")
        or after.text == "," and after.i + 1 < len(doc) and doc[after.i + 1].text in ('"', "”"))
    quoted = before is not None and before.text in ('"', "“", "'", "‘") and closes
    mid = len(words) >= 2 and not span[0].is_sent_start and before is not None and not before.is_punct
    tail = before is not None and before.is_title and before.lower_ in ("week", "weekend", "day", "night")
    return not (quoted and len(words) >= 2 or mid or tail)


def _then(span: Span, before: Token | None) -> bool:
    """"at the time" is "then", but "at the time Ruiz was captured" is a conjunction ("when"):
    a clause on "time" takes it, unless a speech verb comes first ("saying at the time he was
    willing": what was said, and when)."""
    if not any(c.dep_ in ("relcl", "acl") for c in span[-1].children):
        return True
    spoken = before is not None and before.i > 0 and before.doc[before.i - 1].lemma_ in REPORTING_VERBS
    return spoken


def _ref(low: str, span: Span, before: Token | None, after: Token | None) -> bool:
    """Not a compound's first part: "his now-familiar promise"; not "at the time" as a conjunction
    (``_then``); not the adjective "future" of a
    noun phrase: "the future president", "a tour of the future Trump hotel" (the parser may
    take the name for an apposition)."""
    if low == "now" and after is not None and after.text in ("-", "–"):
        return False
    if low == "the time":
        return _then(span, before)
    if not low.endswith("future") or after is None:
        return True
    return not (span[-1].dep_ == "amod" or after.pos_ in ("NOUN", "PROPN")
                and after.dep_ in ("compound", "amod", "appos", "nmod"))


_NAMED_DAY_WORDS = {"Today", "TODAY", "Tonight", "TONIGHT"}
# "today's" before these means "present-day" (an era, not a day): TimeBank leaves it untagged
_PRESENT_DAY_NOUNS = {
    "world", "society", "youth", "generation", "economy", "culture", "climate", "era", "age",
    "environment", "workplace", "standard", "dollar", "kid", "child", "student", "family",
    "consumer", "worker", "computer", "technology", "politics", "media", "teenager", "parent",
    "reality",
}


def _present_day(span: Span, after: Token | None) -> bool:
    """"today's world", "many of today's computers": the generic present, not the day."""
    if span[-1].lower_ != "today" or after is None or after.lower_ not in ("'s", "’s"):
        return False
    doc = span.doc
    for tok in doc[after.i + 1 : min(len(doc), after.i + 4)]:
        if tok.pos_ in ("NOUN", "PROPN"):
            return (tok.lemma_ or tok.lower_).lower() in _PRESENT_DAY_NOUNS
    return False


def _relday(low: str, span: Span, before: Token | None, after: Token | None) -> bool:
    """Not an idiom: "like there is no tomorrow"; not the present-day "today's world" nor the
    generic future "the leaders of tomorrow" (a noun's "of tomorrow": an era, not a day); not a
    name: "USA TODAY", "This is VOA Today", "Piers Morgan Tonight" (a capitalised "Today" or
    "Tonight" right after a name); not a title (``_title``)."""
    if before is not None and before.lower_ == "no" or _present_day(span, after):
        return False
    if low == "tomorrow" and before is not None and before.lower_ == "of" and before.i > 0 \
            and before.doc[before.i - 1].pos_ in ("NOUN", "PROPN"):
        return False
    if span[0].text in _NAMED_DAY_WORDS and not span[0].is_sent_start and before is not None \
            and (before.pos_ == "PROPN" or before.is_upper and before.is_alpha):
        return False
    return _title(low, span, before, after)


def _season(low: str, span: Span, before: Token | None, after: Token | None) -> bool:
    """Not a title or a name: "The Fall And Rise Of ...", "the Summer Olympics" (English writes the
    seasons in lower case; a capitalised one mid-sentence without a year names something else)."""
    word = next((t for t in span if t.lower_ in ("spring", "summer", "fall", "autumn", "winter")), None)
    if word is None or word.is_sent_start or any(t.like_num for t in span):
        return True
    return not word.is_title


_CLOCK_WORDS = {"noon", "midnight", "midday"}


def _clock(low: str, span: Span, before: Token | None, after: Token | None) -> bool:
    """Not a title or a name: the film "High Noon", "Midnight Express" (English writes "noon"
    and "midnight" in lower case; a capitalised one mid-sentence names something else)."""
    word = span[0]
    return not (word.lower_ in _CLOCK_WORDS and word.is_title and not word.is_sent_start
                and before is not None and (before.is_title or before.text in ('"', "“", "``")))


_CHECKS: dict[str, Check] = {
    "month": _month, "year": _year, "duration": _duration, "set": _set, "weekday": _weekday,
    "season": _season, "relunit": _title, "relday": _relday, "ref": _ref, "time": _clock,
}


_RATE_UNITS = re.compile(r"(?:an?|per)\s+(?:hour|day|week|month|year)$", re.I)
_COUNT_WORDS = {"hundreds", "thousands", "dozens", "millions", "billions", "scores", "tens"}


def counted_rate(text: str, span: Span | None, doc: Doc) -> bool:
    """"four flights a week", "hundreds of interviews a day": "a week" after counted things is
    how often, a rate (TimeML: a SET), not a stretch of time."""
    if span is None or span.start == 0 or not _RATE_UNITS.match(text):
        return False
    noun = doc[span.start - 1]
    if noun.tag_ not in _COUNTED:
        return False
    if any(c.dep_ == "nummod" for c in noun.children):
        return True
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _COUNT_WORDS


def plausible(kind: str, text: str, span: Span | None, doc: Doc) -> bool:
    """False when the parse shows the candidate of ``kind`` is not a time expression."""
    check = _CHECKS.get(kind)
    if check is None or span is None:
        return True
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    return check(text.lower(), span, before, after)
