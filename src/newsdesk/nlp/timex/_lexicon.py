"""Words of time: month and weekday names, units, numbers, parts of the day, modifiers.

Kept apart from the grammar so that the patterns read as grammar and the vocabulary can
grow without touching them. Keys are lower case.
"""

from __future__ import annotations

from newsdesk.words import MONTHS, WEEKDAYS  # noqa: F401  (one home for month and weekday names)

#: unit word -> TIMEX3 unit letter (durations) and calendar granularity
UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "fortnight": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "millennium": "ML",
}

NUMBERS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12, "half a": 0.5,
    "a half": 0.5, "half": 0.5, "a couple of": 2, "couple of": 2, "a couple": 2, "single": 1,
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "thirtieth": 30,
}

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "tonight": "NI", "midday": "MI", "noon": "MI", "daytime": "DT",
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

#: fixed-date holidays (month, day)
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
    "bastille day": (7, 14), "boxing day": (12, 26), "may day": (5, 1),
    "inauguration day": (1, 20),  # US, since 1937
}

#: approximation and comparison words before a quantity -> TIMEX3 mod
QUANTITY_MODS = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "approximately": "APPROX", "nearly": "APPROX", "almost": "LESS_THAN", "close to": "APPROX",
    "more than": "MORE_THAN", "over": "MORE_THAN", "longer than": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN", "shorter than": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE", "just over": "MORE_THAN",
    "just under": "LESS_THAN", "well over": "MORE_THAN", "barely": "LESS_THAN", "some of": "APPROX",
}
#: position inside (or around) a period -> TIMEX3 mod
POSITION_MODS = {
    "early": "START", "earlier": "START", "beginning": "START", "start": "START", "dawn": "START",
    "mid": "MID", "middle": "MID", "late": "END", "later": "END", "end": "END", "close": "END",
    "post": "AFTER", "pre": "BEFORE",
}

#: adverbs naming the present, the past or the future without a date
REFERENCES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "the moment": "PRESENT_REF", "this day": "PRESENT_REF", "the time": "PAST_REF",
    "these days": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PAST_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
    "the past": "PAST_REF", "formerly": "PAST_REF", "more recently": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF",
    "a later date": "FUTURE_REF", "someday": "FUTURE_REF", "one day": "FUTURE_REF",
}

#: verbs whose complement is planned or expected ("plans to go on Friday"); not "try", whose
#: complement has happened or failed ("tried to call on Friday")
FUTURE_VERBS = {
    "plan", "expect", "schedule", "intend", "hope", "aim", "prepare", "propose", "promise", "vow",
    "pledge", "threaten", "seek", "want", "wish", "agree", "decide", "set", "due", "poise", "likely",
    "going", "slate", "mean", "offer", "invite", "urge", "ask", "call",
}
WILL = {"will", "'ll", "ll", "shall", "wo"}
#: modals other than will/shall: the tense module calls them "modal" (possible, or reported)
MODALS = {"would", "could", "might", "may", "should", "must", "can", "ca", "'d"}
