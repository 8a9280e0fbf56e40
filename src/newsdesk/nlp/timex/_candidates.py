"""Where the time expressions are: a small regular grammar over the text.

Each rule names a *kind* of expression (``md`` month and day, ``ago``, ``duration`` ...)
that ``_normalise`` knows how to value. The extents follow TimeML: a leading "the" and
modifiers ("about", "early", "last") are part of the expression, a preposition ("on",
"since") is not. Rules run on the whole text once each; overlapping matches are settled
longest first, then by rule order, so "May 31, 2018" is one date and not a month, a day
and a year. Month and weekday names must be capitalised ("may", "march" and "sun" are
words too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.nlp.timex._lexicon import HOLIDAYS, NUMBERS, ORDINALS, QUANTITY_MODS, SEASONS


def _alt(words: list[str] | set[str] | dict) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


_MONTH = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))"
)
_MONTH_FULL = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"  # "Jan" alone is a name too often
)
_WEEKDAY = (
    r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)"
)
#: a weekday that a date follows may be abbreviated without a period: Reuters' "Thu Apr 30, 2009"
_WEEKDAY_ANY = r"(?:" + _WEEKDAY + r"|(?-i:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b))"
_WEEKDAYS = r"(?-i:(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b)"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_ORDDAY = r"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|" + _alt(ORDINALS) + r")"
_YEAR = r"(?<![\d$£€./])(?<!\d,)(?<!\d-)(?:1[6-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d|[a-rt-z])"  # not "2008copper"
_YEAR_ANY = r"(?:" + _YEAR + r"|'\d\d(?![\d']))"
_SPOKEN_DAY = _alt([w for w, n in ORDINALS.items() if n <= 31])
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_NUMBER_WORDS = _alt([w for w in NUMBERS if " " not in w])
_COMPOUND = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine)"
)
_NUM = (
    r"(?:\d+(?:\.\d+)?(?:\s+1/2)?|\d+\s+and\s+a\s+half|" + _COMPOUND + "|"
    + _alt([w for w in NUMBERS if w not in ("half",)]) + r"|several|a\s+few|few|many|some|a\s+number\s+of"
    r"|dozens\s+of|hundreds\s+of|thousands\s+of|millions\s+of|numerous)(?:\s+and\s+a\s+half)?"
)
_UNIT = (
    r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur(?:y|ie)"
    r"|millenni(?:um|a))"
)
_UNITS = _UNIT + r"s?"
# "about", "over" ... before a quantity; only the comparisons may precede "the" ("at least the past year")
_QMOD = (
    r"(?:(?:" + _alt(QUANTITY_MODS) + r")\s+(?!the\b)|(?:at\s+least|at\s+most|up\s+to|more\s+than|less\s+than"
    r"|no\s+more\s+than)\s+)"
)
_POS = (
    r"(?:early|earlier|late|later|mid|the\s+middle\s+of|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
    r"|the\s+close\s+of)"
)
_PART = r"(?:morning|afternoon|evening|night)"
_TZ = r"(?:\s+(?-i:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|JST|KST)\b|\s+local\s+time|\s+(?-i:UK)(?:\s+time)?\b)"
_CLOCK = (
    r"(?:(?:1[0-2]|0?[1-9]|00)(?:[:.][0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)"  # "00:10 am": BBC's
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?=" + _TZ + r"|\s*(?:a\.m|p\.m|h\b))"
    r"|(?:[01]?\d|2[0-3])\.[0-5]\d(?=" + _TZ + r")"  # "22.47 BST"
    r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?-i:GMT|UTC)\b)"  # wire style "0900 GMT"
    r"|\bnoon\b|\bmidnight\b|\bmidday\b|(?:1[0-2]|0?[1-9])\s+o'clock)" + _TZ + "?"
)
_SEASON = r"(?:" + _alt(SEASONS) + r")"
_SPOKEN_YEAR = r"(?:nineteen[\s-]+(?:" + _COMPOUND + r"|" + _TEENS + r")\b)"  # broadcast transcripts
_DECADE = (
    r"(?:(?:1[6-9]|20)\d0s|'\d0s|(?:nineteen[\s-])?(?:twenties|thirties|forties|fifties|sixties|seventies"
    r"|eighties|nineties))"
)
_REL = r"(?:this\s+coming|this\s+past|the\s+past|the\s+coming|the\s+current|the\s+previous|the\s+following" \
    r"|the\s+same|the\s+last|the\s+next|this|last|next|past|coming|current)"
_HOLIDAY = (
    r"(?-i:" + "|".join(re.escape(h.title()).replace(r"\ ", r"\s+").replace("'S", "'s") for h in HOLIDAYS)
    + r"|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Good\s+Friday|Labou?r\s+Day|Memorial\s+Day"
    r"|(?:Martin\s+Luther\s+King(?:\s+Jr\.?)?|MLK)\s+Day|Presidents'?\s+Day|Mother's\s+Day|Father's\s+Day"
    r"|Election\s+Day)"
)
_EARLY = r"(?:(?:early|late|earlier|later)\s+)?"
_DAY_UNITS = r"(?:day|night|morning|afternoon|evening|week|weekend|month|year)"

#: (kind, pattern) in priority order (earlier wins a tie between equally long matches)
_RULES: list[tuple[str, ...]] = [
    ("iso", r"\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?\b|\b\d{4}/\d{2}/\d{2}\b"),
    ("numeric", r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])"),
    ("time_date", _CLOCK + r",?\s+(?:" + _WEEKDAY + r"|(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?=,)|today|tomorrow"
     r"|yesterday|tonight)(?:,?\s+(?:" + _MONTH + r"\s+" + _DAYNUM + r"|" + _DAYNUM + r"\s+" + _MONTH + r"))?"
     r"(?:,?\s+" + _YEAR + r")?"),
    ("time_date", _CLOCK + r",?\s+" + _MONTH + r"\s+" + _DAYNUM + r"(?:,?\s+" + _YEAR + r")?"),
    # "March 21, 2011 at 5:34 pm", "7:22 pm on 20 May 2009": one point in time
    ("date_time", r"(?:" + _WEEKDAY_ANY + r",?\s+)?(?:" + _MONTH + r"\s+" + _DAYNUM + r"|" + _DAYNUM + r"\s+"
     + _MONTH + r"),?\s+" + _YEAR + r",?\s+(?:at\s+)?" + _CLOCK),
    # a web page's stamp: "updated: Sat Jul 30 2011 01:14:00" (a 24-hour clock, seconds)
    ("date_time", r"(?:(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+)?" + _MONTH + r"\s+" + _DAYNUM + r"\s+" + _YEAR
     + r"\s+(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])"),
    ("time_on_date", _CLOCK + r",?\s+on\s+(?:" + _WEEKDAY + r",?\s+)?(?:" + _MONTH + r"\s+" + _DAYNUM + r"|"
     + _DAYNUM + r"\s+" + _MONTH + r"),?\s+" + _YEAR),
    # a 24-hour clock before a full date, "on" or not: "At 16:12 29th Apr 2009, a reader wrote",
    # "12:13 UK time, Thursday, 10 June 2010", "data gathered at 16:00 on 17 June 2010"
    ("time_on_date", r"(?:[01]\d|2[0-3])[:.][0-5]\d(?:" + _TZ + r")?,?\s+(?:on\s+)?(?:" + _WEEKDAY
     + r",?\s+)?(?:" + _MONTH + r"\s+" + _DAYNUM + r"|" + _DAYNUM + r"\s+(?:of\s+)?" + _MONTH + r"),?\s+"
     + _YEAR),
    ("time", r"(?:(?:about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
     + _CLOCK + r"(?:\s+(?:today|tonight|yesterday|tomorrow))?"),
    ("time", r"\d{1,2}\s+in\s+the\s+(?:morning|afternoon|evening)"),
    ("mdy", r"(?:" + _WEEKDAY_ANY + r",?\s+)?" + _MONTH + r"\s+" + _DAYNUM + r"(?:,\s*|\s+)" + _YEAR_ANY),
    ("mdy", r"(?:" + _WEEKDAY_ANY + r",?\s+)?(?:the\s+)?" + _DAYNUM + r"\s+(?:of\s+)?" + _MONTH
     + r",?\s+" + _YEAR_ANY),
    ("my", r"(?:" + _POS + r"[\s-]*)?" + _MONTH + r",?\s+(?:of\s+)?(?:" + _YEAR_ANY + "|" + _SPOKEN_YEAR
     + ")"),
    ("md", r"(?:(?:last|next|this)\s+)?(?:" + _WEEKDAY + r",?\s+)?" + _MONTH + r"\s+" + _DAYNUM + r"\b"),
    # two days of one month: "on April 24 and 25" (``_find`` splits them: TimeML tags each day)
    ("md_pair", r"(?:" + _WEEKDAY + r",?\s+)?" + _MONTH + r"\s+" + _DAYNUM + r"\s+(?:and|or|to|through)\s+"
     + _DAYNUM + r"(?![\d%]|,\d|\.\d|\s*(?:percent|per|million|billion|[ap]\.?m\b))"),
    # a transcript's spoken day: "Sunday, March eighth"
    ("md", r"(?:(?:this\s+coming|last|next|this)\s+)?(?:" + _WEEKDAY + r",?\s+)?" + _MONTH + r"\s+(?:"
     + _SPOKEN_DAY + r")(?![\w-])"),
    ("md", r"(?:" + _WEEKDAY + r",?\s+)?(?:the\s+)?" + _DAYNUM + r"\s+(?:of\s+)?" + _MONTH),
    ("month", r"(?:(?:" + _POS + r"|last|next|this|this\s+past|this\s+coming)[\s-]*)?" + _MONTH_FULL),
    ("weekday_set", r"(?:(?:every|each)\s+" + _WEEKDAY + r"(?:\s+" + _PART + r")?|" + _WEEKDAYS + ")"),
    ("weekday_set", _WEEKDAY + r"\s+nights\b"),
    ("weekday", _EARLY + r"(?:(?:last|next|this|this\s+coming|this\s+past|the\s+following|the\s+previous"
     r"|the\s+next|the\s+same)\s+)?" + _WEEKDAY + r"(?:\s+" + _PART + r")?"),
    ("weekday", r"(?-i:Super\s+Tuesday)\b"),  # the primaries' day: a Tuesday read by its tense
    ("relday", _EARLY + r"(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
     r"|today|tonight|yesterday|tomorrow)(?:\s+" + _PART + r")?"),
    ("relday", _EARLY + r"(?:this|last|tomorrow|yesterday)\s+" + _PART),
    ("relday", r"\bovernight\b"),
    # the day in question, or the one named after it ("by late afternoon yesterday")
    ("relday", r"(?:early|late|mid)[\s-]*(?:morning|afternoon|evening)\b"
     r"(?:\s+(?:yesterday|today|tomorrow)\b)?"),
    ("anaphoric", _EARLY + r"(?:the\s+(?:previous|next|following|same|prior|preceding)|that"
     r"|the\s+very\s+same)\s+" + _DAY_UNITS),
    ("anaphoric", r"(?:the\s+)?(?:day|night|week|month|year)\s+(?:before|after)"
     r"(?=\s*[,.;:!?)\"”]|\s*$|\s+(?:and|but|when|in|at|on|with|as|to|for|by|while|because)\b)",
     "timex.anaphoric.day-before"),
    ("anaphoric", r"(?:earlier|later)\s+(?:that|the\s+same)\s+" + _DAY_UNITS),
    # "placed orders in the morning": a part of the day in question (or of any day, habitually)
    ("anaphoric", r"\b(?:in|during)\s+(?P<t>the\s+(?:morning|afternoon|evening))\b"
     r"(?!\s+(?:of|hours|news|papers?|sessions?|shows?|editions?|rush)\b|-)", "timex.anaphoric.part-of-day"),
    # "twice as much rain this year as last": the unit elided after a comparison
    ("elided", r"\b(?:than|as)\s+(?P<t>last)(?=\s*[.,;:)!?])"),
    ("holiday", _HOLIDAY + r"(?:\s+" + _YEAR + r")?"),
    ("quarter", r"(?:(?:the|this|last|next|this\s+year's|last\s+year's|next\s+year's|the\s+year-ago"
     r"|the\s+year-earlier|year-ago|year-earlier)\s+)?(?:(?:comparable|fiscal|calendar)\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th"
     r"|final|latest|current|last|previous|same|past)[\s-]+(?:fiscal[\s-]+)?quarters?\b(?:\s+of\s+(?:fiscal\s+)?(?:"
     + _YEAR + r"|this\s+year|last\s+year|next\s+year))?"),
    ("quarter", r"(?:the|this|that|last|next|the\s+latest|the\s+year-ago|the\s+year-earlier|the\s+comparable)"
     r"(?:\s+(?:fiscal|calendar))?\s+quarter\b(?!-to-)"),  # not "the quarter-to-quarter comparison"
    ("quarter", r"\b(?-i:Q[1-4])(?:\s+" + _YEAR + r")?\b"),
    ("quarter", r"the\s+" + _YEAR + r"\s+(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?"
     r"(?:fiscal\s+)?quarter\b"),
    ("quarter", r"(?:the\s+)?(?:latest|year-ago|year-earlier|comparable|comparable\s+year-ago|same|year-ago"
     r"|year-earlier)\s+(?:period|quarter)\b"),
    # a results story's comparison period, named with the year it goes back: one expression
    ("quarter", r"(?:(?:the\s+)?(?:(?:same|corresponding|comparable)\s+)?(?:period|quarter)\s+"
     r"(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier))|last\s+year's\s+(?:period|quarter))\b"),
    ("half", r"(?:the\s+)?(?:first|second|latter|last)\s+half(?:\s+of\s+(?:the\s+year|" + _YEAR
     + r"|this\s+year|last\s+year|next\s+year))?"),
    ("half", r"\b(?-i:H[12])\s+" + _YEAR),
    ("season", r"(?:(?:" + _POS + r"|this|last|next|the|this\s+past|this\s+coming|the\s+past)[\s-]+)"
     + _SEASON + r"(?:\s+(?:of\s+)?" + _YEAR + r")?"),
    ("season", _SEASON + r"\s+(?:of\s+)?" + _YEAR),
    # "the winter of nineteen ninety-four" (broadcast transcripts spell the years out)
    ("season", r"(?:the\s+)?" + _SEASON + r"\s+(?:of\s+)?" + _SPOKEN_YEAR),
    ("season", r"\b(?:summer|winter|autumn)\b"),  # "fall" and "spring" alone are verbs too often
    # "the last half of the '80s": one expression, the decade (TimeML)
    ("decade", r"(?:(?:the\s+)?(?:first|second|last|latter)\s+half\s+of\s+)?(?:the\s+)?"
     r"(?:(?:early|mid|late)[\s-]*)?" + _DECADE),
    ("century", r"(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?(?:\d{1,2}(?:st|nd|rd|th)|" + _alt(ORDINALS)
     + r")[\s-]+century"),
    ("century", r"(?:this|the\s+next|the\s+last|the\s+past|next|last)\s+century"),
    ("ago", r"(?:" + _QMOD + r")?(?:" + _NUM + r"|a)\s+" + _UNITS + r"(?:\s+or\s+so)?\s+ago"),
    # "30 years before," "a week after.": counted from the time in question (not "two days before the vote")
    ("ago", r"(?:" + _QMOD + r")?(?:" + _NUM + r"|a)\s+" + _UNITS + r"\s+(?:before|after)"
     r"(?=\s*[,.;:!?)\"”]|\s*$|\s+(?:and|but|when|while)\b)", "timex.anaphoric.before-after"),
    ("ago", r"(?:" + _QMOD + r")?(?:" + _NUM + r"|a)\s+" + _UNITS + r"\s+(?:earlier|later)",
     "timex.anaphoric.earlier-later"),
    ("ago", r"(?:the\s+)?year[\s-](?:ago|earlier)(?:\s+(?:period|quarter|nine\s+months|half))?"),
    ("ago", r"(?:(?:many|some|several|a\s+few)\s+)?(?:years|months|weeks|days|decades)\s+(?:ago|earlier)",
     "timex.relative.ago-vague"),
    ("set", r"(?:every|each)\s+(?:other\s+)?(?:" + _NUM + r"\s+)?(?:" + _UNITS + r"|" + _PART + r"|"
     + _MONTH + r"|" + _SEASON + r"|season)"),
    # a rate: "7 percent a year", "$47,476 a year", "40 hours a week" (TimeML: a SET)
    ("set", r"(?:\d(?:[\d.,]*\d)?%?|percent|dollars|cents|times|hours|minutes|days|million|billion|trillion)"
     r"\s+(?P<t>(?:an?|per)\s+(?:hour|day|week|month|year))\b(?![\w-]|\s+(?:ago|earlier|later|before|after)\b)",
     "timex.set.rate"),
    ("set", r"\b(?:once|twice|times)\s+(?P<t>an?\s+" + _UNIT + r")\b"),
    ("set", r"\b(?:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|fortnightly)\b"),
    ("relunit", r"(?:(?:" + _POS + r")\s+)?" + _REL
     + r"\s+(?:fiscal\s+)?(?:week|weekend|month|year|decade)\b"),
    ("relunit", _POS + r"\s+(?:in\s+)?the\s+(?:week|month|year)\b"),
    ("relunit", r"(?:(?:around|about)\s+)?(?:(?:this|last|next)\s+year's\s+end|year's\s+end"
     r"|(?:the\s+)?(?:year|month)[\s-]end\b)"),
    ("year_span", r"the\s+(?:(?:full|fiscal|latest|current|calendar)\s+)?year"
     r"(?=\s+(?:ended|ending|that\s+ended|that\s+ends|through|to\s+(?:" + _MONTH + r"|date)))"),
    ("year_span", r"the\s+fiscal\s+year\b"),
    ("relunit", r"(?:(?:" + _POS + r")\s+)?the\s+(?:full\s+|current\s+|calendar\s+|fiscal\s+"
     r"|latest\s+fiscal\s+)?year\b(?!\s+(?:before|after|earlier|later|ago))"),
    ("relunit", r"(?:" + _EARLY + r"|over\s+)?"
     r"(?P<t>(?:this|last|next|the|this\s+past|this\s+coming)\s+weekend)\b"),
    ("week_of", r"the\s+week\s+of\s+" + _MONTH + r"\s+" + _DAYNUM),
    ("week_of", r"the\s+(?:first|second|third|fourth|last|final)\s+week\s+of\s+" + _MONTH_FULL
     + r"(?:,?\s+" + _YEAR + r")?", "timex.relative.week-of-month"),
    ("month_year", _MONTH + r"\s+(?:of\s+)?(?:last|this|next)\s+year\b"),
    ("duration", r"(?:" + _QMOD + r")?(?:the\s+)?(?:(?:past|last|next|coming|previous|following|first|final"
     r"|latest|last\s+few|past\s+few|next\s+few|first\s+few)\s+)?" + _NUM
     + r"(?:\s+(?:more|additional|full|straight|consecutive|long|solid|trading|business|working))?[\s-]+"
     + _UNITS
     + r"(?:[\s-]long)?(?![\w-]|\s+old\b)"),  # ages ("6-year-old", "37 years old") are not times
    ("duration", r"(?:" + _QMOD + r")?(?:the\s+)?" + _NUM + r"[\s-]+(?:" + _UNITS + r")\s+and\s+(?:a\s+half|"
     + _NUM + r"\s+" + _UNITS + r")"),
    ("duration", r"(?:" + _QMOD + r")?(?:half\s+an?\s+(?:hour|day|year|century)"
     r"|an?\s+hour\s+and\s+a\s+half)"),
    ("duration", r"(?:the\s+)?(?:past|last|next|coming|previous|first|recent)\s+(?:few\s+|several\s+)?"
     + r"(?:second|minute|hour|day|week|month|quarter|year|decade|centurie)s"),
    ("duration", r"\b(?:for|in|within|over|for\s+many)\s+"
     r"(?P<t>(?:years|months|weeks|days|hours|minutes|decades|centuries))(?!\s+(?:ago|of|old|later|earlier|after|before))\b",
     "timex.duration.vague-plural"),
    # vague plural durations: "after weeks of", "spent years", "just days before", ", hours after"
    ("duration", r"\b(?:after|for|within|over|during|just|only|mere|spent|spend|spends|took|takes|lasted"
     r"|lasts|requires?|required|needs?|needed)\s+(?P<t>(?:minutes|hours|days|weeks|months|years|decades))\b(?!\s+(?:ago|old|later|earlier)\b)",
     "timex.duration.vague-plural"),
    # "over the years", "in the decades since", "in the years that followed": a vague stretch
    ("duration", r"\b(?:over|through|across|throughout)\s+(?P<t>the\s+(?:years|decades|centuries))\b",
     "timex.duration.vague-plural"),
    ("duration", r"\bin\s+(?P<t>the\s+(?:years|decades|months|weeks))"
     r"\s+(?:since|that\s+followed|following)\b",
     "timex.duration.vague-plural"),
    # "months if not years", "days or weeks": the second of a pair of vague plurals
    ("duration", r"(?:minutes|hours|days|weeks|months|years)\s+(?:or|if\s+not|and\s+even)\s+"
     r"(?P<t>(?:minutes|hours|days|weeks|months|years|decades))\b", "timex.duration.vague-plural"),
    ("duration", r"(?P<t>(?:minutes|hours|days|weeks|months|years))\s+(?:or|if\s+not)\s+"
     r"(?:minutes|hours|days|weeks|months|years|decades)\b", "timex.duration.vague-plural"),
    ("duration", r"(?:(?<=[,;:(]\s)|(?<=[,;:(])|\b(?:barely|only|just|mere|within)\s+)"
     r"(?P<t>(?:minutes|hours|days|weeks|months))\s+(?:after|before)\b", "timex.duration.vague-plural"),
    ("duration", r"(?:(?:the|those|these)\s+)?(?:weeks|months|years|days|decades)\s+(?:ahead|to\s+come)",
     "timex.duration.ahead"),
    ("duration", r"(?:" + _QMOD + r")?(?:the\s+(?:past|last|next|coming|previous|first)|past)"
     r"\s+(?:week|month|year|decade|century|quarter|day|hour)\b"),
    ("duration", r"\b(?:decades?|years?|months?|weeks?|days?|hours?)[\s-]long\b", "timex.duration.adjective"),
    ("ref", r"\b(?:now|currently|recently|nowadays|lately|presently|at\s+present|these\s+days|more\s+recently"
     r"|right\s+now)\b"),  # not the adjectives "current", "recent", "future": noise more than times
    ("ref", r"\bthe\s+(?:(?:near|distant|foreseeable)\s+)?future\b", "timex.reference.future"),
    ("ref", r"\bfuture\s+(?:years|months|quarters|weeks|generations)\b"),
    ("ref", r"\b(?:in|for|of|into)\s+(?P<t>the\s+(?:(?:near|distant|foreseeable|recent)\s+)?"
     r"(?:past|future))\b"
     r"(?!\s+(?:\d|" + _NUMBER_WORDS + r"|few|several|couple)\b)"),  # not "in the past nine elections"
    ("ref", r"\bat\s+(?P<t>a\s+later\s+date)\b"),
    # "in the near term", "the challenges of the short term": the near future (not "near-term debt")
    ("ref", r"\b(?:in|for|of|over|during)\s+(?P<t>the\s+(?:near|short)\s+term)\b"
     r"(?![\s-]+(?:debt|rates?|bonds?)\b|-)",
     "timex.reference.near-term"),
    # "for a while": a stretch of unstated length (TimeML: DURATION PXX)
    ("ref", r"\bfor\s+(?P<t>a\s+(?:little\s+)?while)\b(?!\s+(?:longer|now)\b)", "timex.duration.while"),
    ("ref", r"\b(?:at|for)\s+(?P<t>the\s+moment)\b(?!\s+(?:of|when|that)\b)", "timex.reference.moment"),
    # "at this crucial moment": now (not "at this moment of", "at that moment": the time in question)
    ("ref", r"\bat\s+(?P<t>this\s+(?:(?:very|crucial|critical|particular|difficult|important|historic)\s+)?"
     r"moment)\b(?!\s+(?:of|when|that|in)\b)", "timex.reference.moment"),
    ("ref", r"\bto\s+(?P<t>this\s+day)\b", "timex.reference.this-day"),
    # "at the time": the time the text is about, before now (not "at the time of", "at the time when";
    # "at the time she left" is left to the parse check)
    ("ref", r"\bat\s+(?P<t>the\s+time)\b(?!\s+(?:of|when|that|to|for)\b)", "timex.anaphoric.at-the-time"),
    ("dom", r"\b(?:on|by|until|till|from|before|after|since|through|to|around)\s+(?P<t>the\s+" + _ORDDAY
     + r")(?=\s*(?:[.,;:!?)\"”]|$)|\s+(?:and|or|at|in|when|after|before|with|for|but|because|if|as)\b)"),
    ("fiscal", r"(?:fiscal|financial|calendar|model|school)\s+(?:year\s+)?" + _YEAR_ANY),
    ("fiscal", r"\b(?-i:FY)\s?(?:" + _YEAR + r"|\d\d\b)"),
    ("year", r"(?:(?:" + _POS + r"|post|pre|end|start)[\s-]*)?" + _YEAR + r"(?!\s*(?:-|–)\s*\d)"),
    # "2009-2010", "1957-58", "2015–16": two years (``_find`` splits the range)
    ("year_range", r"(?<![\d$£€.,/-])(?:1[6-9]\d\d|20\d\d)\s*[-–]\s*(?:(?:1[6-9]|20)\d\d|\d\d|\d)(?![\d%-])",
     "timex.absolute.year-range"),
    ("year", r"(?:the\s+year\s+)?(?:nineteen[\s-]+(?:" + _COMPOUND + r"|" + _TEENS + r")"
     r"|two\s+thousand(?:\s+and)?(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b"),
]

#: stable rule ids (``TimeExpression.rule``) of each kind; a rule of ``_RULES`` may name its own
RULE_IDS = {
    "iso": "timex.absolute.iso",
    "numeric": "timex.absolute.numeric",
    "mdy": "timex.absolute.month-day-year",
    "my": "timex.absolute.month-year",
    "fiscal": "timex.absolute.fiscal-year",
    "year": "timex.absolute.year",
    "decade": "timex.absolute.decade",
    "century": "timex.absolute.century",
    "time_date": "timex.clock.time-day",
    "date_time": "timex.clock.day-at-time",
    "time_on_date": "timex.clock.time-on-date",
    "time": "timex.clock.time",
    "md": "timex.relative.month-day",
    "md_pair": "timex.relative.month-day-pair",
    "month": "timex.relative.month",
    "weekday": "timex.relative.weekday",
    "relday": "timex.relative.day-word",
    "holiday": "timex.relative.holiday",
    "quarter": "timex.relative.quarter",
    "half": "timex.relative.half",
    "season": "timex.relative.season",
    "ago": "timex.relative.ago",
    "relunit": "timex.relative.unit",
    "dom": "timex.relative.day-of-month",
    "week_of": "timex.relative.week-of",
    "month_year": "timex.relative.month-of-year",
    "anaphoric": "timex.anaphoric.unit",
    "elided": "timex.anaphoric.elided-last",
    "weekday_set": "timex.set.weekday",
    "set": "timex.set.unit",
    "duration": "timex.duration.quantity",
    "year_span": "timex.duration.year-span",
    "year_range": "timex.absolute.year-range",
    "ref": "timex.reference.adverb",
}


#: kinds whose match may follow a lower-case letter when it starts with a capital: a dated line
#: glued to the words before it by page scraping ("moderatorFeaturedFebruary 6, 2016 8:35PM")
_GLUED = {"mdy", "date_time"}


def _compile(rule: tuple[str, ...]) -> tuple[str, str, re.Pattern]:
    kind, pattern = rule[0], rule[1]
    start = r"(?:(?<!\w)|(?<=[a-z])(?=[A-Z]))" if kind in _GLUED else r"(?<!\w)"
    return kind, rule[2] if len(rule) > 2 else RULE_IDS[kind], re.compile(start + pattern, re.I)


_COMPILED = [_compile(rule) for rule in _RULES]


@dataclass(frozen=True)
class Candidate:
    """A stretch of text one rule took for a time expression."""

    start: int
    end: int
    kind: str
    text: str
    rule: str = ""


#: Word classes: every match of a rule holds a word of one of its kind's classes. The rules
#: only run on windows around such words, and only the rules whose class the window has:
#: sixty patterns over every character of a long text would cost more than the parse.
_CLASSES = {
    "digit": r"\d",
    "month": (
        r"(?-i:(?:\b|(?<=[a-z]))(?:January|February|March|April|May|June|July|August|September|October"
        r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
    ),
    "weekday": r"(?-i:\b(?:Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?s?\b)",
    "unit": (
        r"\b(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur(?:y|ie)"
        r"|millenni(?:um|a))s?(?:[\s-]|\b)"
    ),
    "dayword": (
        r"\b(?:today|tonight|yesterday|tomorrow|overnight|morning|afternoon|evening|night|noon|midnight"
        r"|midday)s?\b"
    ),
    "season": r"\b(?:spring|summer|fall|autumn|winter)s?\b",
    "holiday": r"\b" + _HOLIDAY + r"\b",  # the holiday rule's own names: one list to keep
    "ordinal": r"\b(?:" + _alt(ORDINALS) + r"|half)\b",
    "spoken": (
        r"\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|nineteen|thousand)\b"
    ),
    "ref": (
        r"\b(?:now|currently|recently|nowadays|lately|presently|present|these\s+days|future|past"
        r"|later\s+date|(?:at|for)\s+the\s+(?:time|moment)|this\s+(?:\w+\s+)?moment|this\s+day|(?:near|short)\s+term|a\s+(?:little\s+)?while)\b"
    ),
    "set": r"\b(?:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|fortnightly|every|each)\b",
    "elided": r"\b(?:than|as)\s+last\s*[.,;:)!?]",
}
_NEEDS: dict[str, tuple[str, ...]] = {
    "iso": ("digit",),
    "numeric": ("digit",),
    "fiscal": ("digit",),
    "dom": ("digit", "ordinal"),
    "time_date": ("digit", "dayword"),
    "time": ("digit", "dayword"),
    "date_time": ("month",),
    "time_on_date": ("month",),
    "year": ("digit", "spoken"),
    "year_range": ("digit",),
    "mdy": ("month",),
    "my": ("month",),
    "month_year": ("month",),
    "md": ("month",),
    "md_pair": ("month",),
    "month": ("month",),
    "week_of": ("month",),
    "weekday_set": ("weekday",),
    "weekday": ("weekday",),
    "relday": ("dayword",),
    "anaphoric": ("unit", "dayword"),
    "elided": ("elided",),
    "holiday": ("holiday",),
    "quarter": ("unit", "digit"),
    "half": ("ordinal", "digit"),
    "season": ("season",),
    "decade": ("digit", "spoken"),
    "century": ("unit",),
    "ago": ("unit",),
    "set": ("unit", "dayword", "month", "season", "set"),
    "relunit": ("unit",),
    "year_span": ("unit",),
    "duration": ("unit",),
    "ref": ("ref",),
}
_CLASS_RX = {name: re.compile(rx, re.I) for name, rx in _CLASSES.items()}
_REACH = 60  # characters a match may extend on either side of its class word


def _merge(text: str, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Windows of ``_REACH`` around the hits, merged, widened to whitespace."""
    spans: list[tuple[int, int]] = []
    for a, b in sorted(hits):
        start, end = max(0, a - _REACH), min(len(text), b + _REACH)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    out = []
    for start, end in spans:
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        out.append((start, end))
    return out


#: a live blog's time stamp opening a paragraph: "0912 Mike Thomas, co-ordinating ...", "2120 The BBC's"
#: (a four-digit clock time that cannot be a year of the news: 0000-1859 or 2030-2359)
_STAMP = re.compile(r"(?m)^[ \t]*((?:0\d|1[0-8]|20[3-9]|2[1-3])[0-5]\d)(?=[ \t]+(?-i:[A-Z]))")


#: a quantity of time used as an adjective ("the 18-minute speech", "the two-week delay"): the
#: article belongs to the noun it modifies, not to the time expression (TimeML extents)
_ADJECTIVE_THE = re.compile(r"(the\s+)(?:\d+(?:\.\d+)?|" + _COMPOUND + "|" + _alt(
    [w for w in NUMBERS if " " not in w and w not in ("a", "an", "half", "single")]) + r")[\s-]+" + _UNIT
    + r"\b", re.I)


#: "the year-ago results", "the year-earlier $4.5 million": the same, a comparison point as adjective
_YEAR_AGO_THE = re.compile(r"(the\s+)year-(?:ago|earlier)\b", re.I)


def find_candidates(text: str) -> list[Candidate]:
    """Non-overlapping candidates in text order (longest match first, then rule order)."""
    hits = {name: [m.span() for m in rx.finditer(text)] for name, rx in _CLASS_RX.items()}
    windows: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    found: list[tuple[int, int, int, str, str]] = []
    for rank, (kind, rule, rx) in enumerate(_COMPILED):
        needs = _NEEDS[kind]
        if needs not in windows:
            windows[needs] = _merge(text, [h for name in needs for h in hits[name]])
        for w_start, w_end in windows[needs]:
            window = text[w_start:w_end]
            for m in rx.finditer(window):
                start, end = m.span("t") if "t" in rx.groupindex else m.span()
                while end > start and window[end - 1] in " \t\n-,":
                    end -= 1
                if end > start:
                    found.append((w_start + start, w_start + end, rank, kind, rule))
    found += [(m.start(1), m.end(1), -1, "stamp", "timex.clock.blog-stamp") for m in _STAMP.finditer(text)]
    found.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[Candidate] = []
    for start, end, _, kind, rule in found:
        if any(start < b and a < end for a, b in taken):
            continue
        taken.append((start, end))
        article = _ADJECTIVE_THE.match(text, start, end) if kind == "duration" else \
            _YEAR_AGO_THE.match(text, start, end) if kind == "ago" else None
        if article is not None and article.end() == end:
            start += len(article[1])  # "the 18-minute speech": "the" goes with the speech
        out.append(Candidate(start, end, kind, text[start:end], rule))
    return sorted(out, key=lambda c: c.start)
