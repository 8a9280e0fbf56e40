"""Values of dates that count from the publication date or from an earlier date.

"on Thursday", "next month", "the 12th", "two years ago", "the previous night": each rule
reads its candidate's words, takes its direction from the governing verb's tense where
the words leave it open, and spells the value at the granularity the words have. Without
a publication date a deictic expression keeps ``value=None``: it is never guessed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsdesk.nlp.timex._calendar import (
    day_near,
    day_of_month_near,
    month_near,
    shift,
    value_at,
    weekday_near,
)
from newsdesk.nlp.timex._context import Context, Norm
from newsdesk.nlp.timex._lexicon import (
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    POSITION_MODS,
    SEASONS,
    UNITS,
    WEEKDAYS,
)
from newsdesk.nlp.timex._quantity import number_of, split_mod, unit_of

_POSITION = re.compile(
    r"^(?:(earlier|early|later|late|mid|post|pre|end|start)[\s-]*"
    r"|the\s+(middle|end|beginning|start|close)\s+of\s+(?:the\s+)?)",
    re.I,
)
#: how far ahead a past-tense month (months) or day (days) may still lie, and how far back a
#: future-looking day: reported plans and deadlines (tuned on TimeBank/AQUAINT)
MONTH_AHEAD = 1
DAY_AHEAD = 60
DAY_GRACE = 7
_WORD = re.compile(r"[A-Za-z]+'?s?|\d+")


def split_position(text: str) -> tuple[str | None, str]:
    """``("START", "next year")`` for "early next year"; "the end of May" gives ``END``."""
    m = _POSITION.match(text)
    if not m:
        return None, text
    word = (m[1] or m[2]).lower()
    return POSITION_MODS[word], text[m.end() :]


def _unresolved(type_: str, mod: str | None = None) -> Norm:
    return Norm(type_, None, mod)


def _month_of(text: str) -> int | None:
    for w in _WORD.findall(text):
        month = MONTHS.get(w.lower().rstrip("."))
        if month and w[0].isupper():
            return month
    return None


def _weekday_of(text: str) -> int | None:
    for w in _WORD.findall(text):
        wd = WEEKDAYS.get(w.lower().rstrip(".").removesuffix("s"))
        if wd and w[0].isupper():
            return wd
    return None


def _part_of_day(text: str) -> str | None:
    for w in reversed(text.lower().split()):
        if w in PARTS_OF_DAY:
            return PARTS_OF_DAY[w]
    return None


def _with_part(day: date, part: str | None, mod: str | None, anchor: str) -> Norm:
    if part:
        return Norm("TIME", f"{day.isoformat()}T{part}", mod, anchor, day, "D")
    return Norm("DATE", day.isoformat(), mod, anchor, day, "D")


# --------------------------------------------------------------------------- days


def weekday(text: str, ctx: Context) -> Norm | None:
    """"Thursday", "last Friday", "Thursday night", "the following Monday"."""
    mod, rest = split_position(text)
    low = rest.lower()
    wd = _weekday_of(rest)
    if wd is None:
        return None
    part = _part_of_day(rest)
    anaphoric = low.startswith(("the following", "the next", "the previous", "the same"))
    if anaphoric:
        base = ctx.reference_or_published()
        if base is None:
            return _unresolved("TIME" if part else "DATE", mod)
        anchor_day, _, anchor = base
        if low.startswith("the previous"):
            day = weekday_near(anchor_day - timedelta(days=1), wd, "past")
        else:
            day = weekday_near(anchor_day, wd, "future")
        return _with_part(day, part, mod, anchor)
    if ctx.published is None:
        return _unresolved("TIME" if part else "DATE", mod)
    pub = ctx.published
    if low.startswith("last") or low.startswith("this past"):
        day = weekday_near(pub - timedelta(days=1), wd, "past")
    elif low.startswith("next") or low.startswith("this coming"):
        day = weekday_near(pub, wd, "future")
    elif low.startswith("this") or (mod is not None and wd == pub.isoweekday()):
        day = weekday_near(pub, wd, "future") if wd != pub.isoweekday() else pub  # "later Friday": today
    elif wd == pub.isoweekday():
        # a bare weekday that is the publication day's own: that day ("said Tuesday", "is due Monday");
        # the week before or after would be written "last Tuesday", "next Monday"
        return Norm("TIME" if part else "DATE", f"{pub.isoformat()}T{part}" if part else pub.isoformat(), mod,
                    "published", pub, "D", "timex.relative.weekday-own")
    else:
        day = weekday_near(pub, wd, ctx.direction("past"))
    return _with_part(day, part, mod, "published")


_RELDAY_OFFSETS = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1,
                   "tomorrow": 1, "today": 0, "tonight": 0, "this": 0, "last": -1, "overnight": 0}


def relday(text: str, ctx: Context) -> Norm | None:
    """"today", "yesterday morning", "last night", "tonight", "earlier today"."""
    mod, rest = split_position(text)
    low = re.sub(r"^(\w+)\s+(yesterday|today|tomorrow)$", r"\2 \1", " ".join(rest.lower().split()))
    offset = next((v for k, v in _RELDAY_OFFSETS.items() if low.startswith(k)), None)
    if offset is None and low in ("morning", "afternoon", "evening") and mod is not None:
        return _part_of_ref_day(low, mod, ctx)  # "by mid afternoon"
    if low == "overnight":
        return _overnight(ctx)
    if offset is None:
        return None
    part = _part_of_day(low)
    if low.startswith("last") and part != "NI":
        offset = -1  # "last evening"
    if ctx.published is None:
        return _unresolved("TIME" if part else "DATE", mod)
    return _with_part(ctx.published + timedelta(days=offset), part, mod, "published")


def _overnight(ctx: Context) -> Norm:
    """"Tokyo stocks slid Tuesday after overnight selling on Wall Street": the night before the day in
    question (Monday night) when the text just named a day of the last week, else before publication;
    a stay to come ("will stay overnight in the capital") keeps the publication day's night."""
    if ctx.published is not None and ctx.direction("past") == "future":
        return _with_part(ctx.published, "NI", None, "published")
    ref = ctx.reference
    if ref is not None and ref.gran == "D" and ctx.published is not None \
            and 0 <= (ctx.published - ref.day).days <= DAY_GRACE:
        day, anchor = ref.day, f"time:{ref.id}"
    elif ctx.published is not None:
        day, anchor = ctx.published, "published"
    else:
        return _unresolved("TIME")
    return _with_part(day - timedelta(days=1), "NI", None, anchor)


def _part_of_ref_day(part: str, mod: str, ctx: Context) -> Norm:
    """"mid afternoon": part of the day last mentioned, else of the publication day."""
    if ctx.reference is not None and ctx.reference.gran == "D":
        return _with_part(ctx.reference.day, PARTS_OF_DAY[part], mod, f"time:{ctx.reference.id}")
    if ctx.published is None:
        return _unresolved("TIME", mod)
    return _with_part(ctx.published, PARTS_OF_DAY[part], mod, "published")


_ANAPHORIC_STEP = {"previous": -1, "prior": -1, "preceding": -1, "before": -1, "next": 1, "following": 1,
                   "after": 1, "same": 0, "that": 0}


def anaphoric(text: str, ctx: Context) -> Norm | None:
    """"the previous night", "the next day", "that week", "the day before": from the reference time."""
    mod, rest = split_position(text)
    words = rest.lower().split()
    step = next((_ANAPHORIC_STEP[w] for w in words if w in _ANAPHORIC_STEP), 0)
    unit = unit_of(rest) or ("day" if _part_of_day(rest) else None)
    if unit is None:
        return None
    part = _part_of_day(rest) if unit_of(rest) in (None, "night") else None  # "the following morning"
    if part and len(words) == 2 and words[0] == "the" and (ctx.habitual() or ctx.tense() == "present"):
        return Norm("SET", f"XXXX-XX-XXT{part}", mod)  # "never drinks coffee in the morning"
    base = ctx.reference_or_published()
    if base is None:
        return _unresolved("TIME" if part else "DATE", mod)
    anchor_day, ref_gran, anchor = base
    code = {"night": "D", "weekend": "WE"}.get(unit, UNITS[unit])
    if code not in ("D", "W", "WE", "M", "Y"):
        return None
    day = shift(anchor_day, "W" if code == "WE" else code, step)
    gran = code
    if ref_gran is not None and code == "D" and ref_gran != "D":
        return _unresolved("TIME" if part else "DATE", mod)  # "the next day" after "in March": no day
    if part and code == "D":  # "the following morning": a part of that day, a TIME
        return Norm("TIME", f"{value_at(day, 'D')}T{part}", mod, anchor, day, "D")
    return Norm("DATE", value_at(day, gran), mod, anchor, day, gran)


def elided_last(text: str, ctx: Context) -> Norm | None:
    """"twice as high this year as last": the period before the one just named (its unit elided)."""
    ref = ctx.reference
    if ref is None or ref.gran not in ("Y", "Q", "M", "W"):
        return None
    day = shift(ref.day, ref.gran, -1)
    return Norm("DATE", value_at(day, ref.gran), None, f"time:{ref.id}", day, ref.gran)


def day_of_month(text: str, ctx: Context) -> Norm | None:
    """"the 12th": this month's, the next one when the verb looks ahead and it has passed."""
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)", text)
    day_num = int(m[1]) if m else next((v for k, v in ORDINALS.items() if k in text.lower()), None)
    if not day_num or day_num > 31:
        return None
    if ctx.published is None:
        return _unresolved("DATE")
    day = day_of_month_near(ctx.published, day_num, ctx.direction("near"))
    if day is None:
        return None
    return Norm("DATE", day.isoformat(), None, "published", day, "D")


def month_day(text: str, ctx: Context) -> Norm | None:
    """"May 31", "31 May", "Friday, Aug. 7": the year from the tense (and a named weekday)."""
    month = _month_of(text)
    last = text.split()[-1]
    if last.lower() in ORDINALS:
        text = f"{text[: len(text) - len(last)]}{ORDINALS[last.lower()]}"  # "March eighth" -> "March 8"
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", text)
    if month is None or not m:
        return None
    year_after = ctx.year_after()
    if year_after is not None:  # "on March 3 of 2011", "the May 31 night in 2011"
        named = date(year_after, month, int(m[1]))
        return Norm("DATE", named.isoformat(), None, None, named, "D", "timex.relative.month-year-after")
    if ctx.published is None:
        return Norm("DATE", f"XXXX-{month:02d}-{int(m[1]):02d}")
    wd = _weekday_of(text.split(",")[0]) if "," in text or text.split()[0].rstrip(",.") in WEEKDAYS else None
    day = None
    if wd is not None:
        for year in (ctx.published.year, ctx.published.year - 1, ctx.published.year + 1):
            try:
                candidate = date(year, month, int(m[1]))
            except ValueError:
                continue
            if candidate.isoweekday() == wd:
                day = candidate
                break
    if day is None:
        low = text.lower()
        direction = "past" if low.startswith("last") else "future" if low.startswith("next") else None
        day = day_near(ctx.published, month, int(m[1]), direction or ctx.direction("near"),
                       0 if direction else DAY_AHEAD, DAY_GRACE)
    if day is None:
        return None
    return Norm("DATE", day.isoformat(), None, "published", day, "D")


# --------------------------------------------------------------------------- months, years, periods


def month(text: str, ctx: Context) -> Norm | None:
    """"March", "last November", "late May": the year from the words or the tense."""
    mod, rest = split_position(text)
    num = _month_of(rest)
    if num is None:
        return None
    year_after = ctx.year_after()
    if year_after is not None:  # "that January day in 2011"
        day = date(year_after, num, 1)
        return Norm("DATE", value_at(day, "M"), mod, None, day, "M", "timex.relative.month-year-after")
    if ctx.published is None:
        return Norm("DATE", f"XXXX-{num:02d}", mod)
    pub, low = ctx.published, rest.lower()
    if not low.startswith(("last", "next", "this")) and ctx.habitual():
        return Norm("DATE", f"XXXX-{num:02d}", mod, rule="timex.relative.habitual")  # "usually by May"
    if low.startswith(("last", "this past")):
        year = pub.year if num < pub.month else pub.year - 1
    elif low.startswith(("next", "this coming")):
        year = pub.year if num > pub.month else pub.year + 1
    elif low.startswith("this"):
        year = pub.year
    else:
        year = month_near(pub, num, ctx.direction("near"), MONTH_AHEAD)
    day = date(year, num, 1)
    return Norm("DATE", value_at(day, "M"), mod, "published", day, "M")


_REL_STEP = {"this coming": 1, "this past": -1, "the past": -1, "the coming": 1, "the current": 0,
             "the previous": -1, "the following": 1, "the same": 0, "the last": -1, "the next": 1,
             "this": 0, "last": -1, "next": 1, "past": -1, "coming": 1, "current": 0}
_DURATION_LIKE = ("the past", "past", "the last", "the coming")
_SPAN_BEFORE = re.compile(r"\b(?:over|during|within|throughout|for)\s+$", re.I)


def relative_unit(text: str, ctx: Context) -> Norm | None:
    """"next month", "last year", "this week", "earlier this year", "the end of the month"."""
    mod, rest = split_position(text)
    low = " ".join(rest.lower().split())
    unit = unit_of(low)
    if unit is None:
        return None
    over = bool(re.match(r"over\s+", low)) or bool(_SPAN_BEFORE.search(ctx.before))
    low = re.sub(r"^(?:around|about|over)\s+", "", low)
    definite = bool(re.match(r"(?:in\s+)?the\s+(?:year|month)$", low)) or low == unit
    if re.search(r"(?:year's|year|month)[\s-]end$", low):
        mod, low = "END", re.sub(r"(?:year's|year|month)[\s-]end$", unit, low)
    low = re.sub(r"^(?:in\s+)?the\s+(?:full\s+|calendar\s+|fiscal\s+)?(?=(?:year|month|week)\b)", "this ",
                 low)
    low = re.sub(r"^the\s+latest\s+fiscal\s+", "last ", low)
    if low == unit:
        low = "this " + unit  # "the end of the month"
    if low == "the weekend":
        return _weekend(ctx, mod)
    rel = next((k for k in _REL_STEP if low.startswith(k + " ")), None)
    if rel is None:
        return None
    code = {"weekend": "WE"}.get(unit, UNITS[unit])
    if code not in ("W", "WE", "M", "Y", "DE", "Q", "CE"):
        return None
    ahead = over and rel in ("the next", "the coming", "the following")
    if (rel in _DURATION_LIKE or ahead) and mod is None:
        # "the past week", "over the next decade": a stretch of time, not a calendar date
        value = f"P1{'Y' if code == 'Y' else code}" if code in ("W", "M", "Y") else (
            "P10Y" if code == "DE" else "P2D" if code == "WE" else f"P1{code}")
        return Norm("DURATION", value, rule="timex.duration.next-unit" if ahead else "")
    ref = ctx.reference
    if definite and rel == "this" and ref is not None and ctx.published is not None and code in ("Y", "M") \
            and ref.gran in ("Y", "Q", "H", "S", "M", "D") and ref.day.year < ctx.published.year:
        # "the end of the year" after "in 2011": the year in question, not the publication year
        day = shift(ref.day, code, 0)
        return Norm("DATE", value_at(day, code), mod, f"time:{ref.id}", day, code, "timex.anaphoric.the-unit")
    if rel in ("the same", "the previous", "the following"):
        base = ctx.reference_or_published()
        if base is None:
            return _unresolved("DATE", mod)
        anchor_day, anchor = base[0], base[2]
    else:
        if ctx.published is None:
            return _unresolved("DATE", mod)
        anchor_day, anchor = ctx.published, "published"
    day = shift(anchor_day, "W" if code == "WE" else code, _REL_STEP[rel])
    return Norm("DATE", value_at(day, code), mod, anchor, day, code)


_SPOKEN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                 "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_SPOKEN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                "eighty": 80, "ninety": 90}


def _spoken_year(low: str) -> int | None:
    """"nineteen ninety-six" is 1996, "the year two thousand" 2000 (broadcast transcripts)."""
    words = re.sub(r"^the\s+year\s+", "", low).replace("-", " ").replace(" and", "").split()
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(_SPOKEN_UNITS.get(w, 0) for w in words[2:])
    if words and words[0] == "nineteen":
        rest = words[1:]
        return 1900 + sum(_SPOKEN_TENS.get(w, _SPOKEN_UNITS.get(w, 0)) for w in rest) if rest else None
    return None


_SPOKEN = re.compile(r"\bnineteen[\s-]+[a-z]+(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?\b",
                     re.I)


def with_digits(text: str) -> str:
    """The text with a spoken year in digits: "January nineteen ninety-seven" -> "January 1997"."""
    m = _SPOKEN.search(text)
    spoken = _spoken_year(" ".join(m[0].lower().split())) if m else None
    return text[: m.start()] + str(spoken) + text[m.end() :] if m and spoken else text


def year(text: str, ctx: Context) -> Norm | None:
    """"2000", "mid-1998", "post-1959", "fiscal 1989", "nineteen ninety-six"."""
    mod, rest = split_position(text)
    m = re.search(r"(\d{4})|'(\d\d)", rest)
    if m:
        y = int(m[1]) if m[1] else (1900 + int(m[2]) if int(m[2]) >= 30 else 2000 + int(m[2]))
    else:
        spoken = _spoken_year(" ".join(rest.lower().split()))
        if spoken is None:
            return None
        y = spoken
    return Norm("DATE", f"{y:04d}", mod, None, date(y, 1, 1), "Y")


def _weekend(ctx: Context, mod: str | None) -> Norm:
    """"the weekend": the last one (or, when the verb looks ahead, the next one) in ISO week terms."""
    if ctx.published is None:
        return _unresolved("DATE", mod)
    saturday = weekday_near(ctx.published, 6, "future" if ctx.direction("past") == "future" else "past")
    return Norm("DATE", value_at(saturday, "WE"), mod, "published", saturday, "WE")


def rel_month(text: str, ctx: Context) -> Norm | None:
    """A month named with or without its year ("October", "October 2015")."""
    if re.search(r"\d{4}", text):
        from newsdesk.nlp.timex._absolute import parse_absolute

        parsed = parse_absolute(text)
        if parsed is None:
            return None
        day = date.fromisoformat(parsed[0][:7] + "-01")
        return Norm("DATE", parsed[0][:7], None, None, day, "M")
    return month(text, ctx)


def year_span(text: str, ctx: Context) -> Norm | None:
    """"the year ended March 31", "the fiscal year": a year-long period, not a calendar year."""
    return Norm("DURATION", "P1Y")


def week_of(text: str, ctx: Context) -> Norm | None:
    """"the week of March 6": the ISO week holding that day; "the last week of October": the week
    holding the month's last day (its first: the 1st)."""
    m = re.match(r"the\s+(first|second|third|fourth|last|final)\s+week\s+of\s+(.+)$", text, re.I | re.S)
    if m:
        named = rel_month(m[2], ctx)
        if named is None or named.day is None:
            return named
        first = named.day
        nxt = shift(first, "M", 1)
        order = m[1].lower()
        inside = nxt - timedelta(days=1) if order in ("last", "final") else first + timedelta(
            days=7 * ("first", "second", "third", "fourth").index(order))
        return Norm("DATE", value_at(inside, "W"), None, named.anchor, inside, "W")
    day = month_day(re.sub(r"^the\s+week\s+of\s+", "", text, flags=re.I), ctx)
    if day is None or day.day is None:
        return day
    return Norm("DATE", value_at(day.day, "W"), None, day.anchor, day.day, "W")


def month_of_year(text: str, ctx: Context) -> Norm | None:
    """"June last year", "January this year"."""
    num = _month_of(text)
    if num is None:
        return None
    if ctx.published is None:
        return Norm("DATE", f"XXXX-{num:02d}")
    low = text.lower()
    y = ctx.published.year + (-1 if "last year" in low else 1 if "next year" in low else 0)
    day = date(y, num, 1)
    return Norm("DATE", value_at(day, "M"), None, "published", day, "M")


_HALF_OF = re.compile(r"(?:the\s+)?(first|second|last|latter)\s+half\s+of\s+", re.I)


def decade(text: str, ctx: Context) -> Norm | None:
    """"the 1990s" is ``199``, "the '80s" ``198``, "the early nineties" ``199`` with START, "the
    last half of the '80s" ``198`` with END."""
    half = _HALF_OF.match(text)
    if half:
        text = text[half.end() :]
    mod, rest = split_position(re.sub(r"^the\s+", "", text, flags=re.I))
    if half:
        mod = "START" if half[1].lower() == "first" else "END"
    m = re.search(r"(\d{3})0s|'(\d)0s", rest)
    if m and m[1] and m[1].endswith("0") and m[1] < "200":  # "the 1800s": a century ("the 2000s": a decade)
        return Norm("DATE", m[1][:2], mod, None, date(int(m[1][:2]) * 100, 1, 1), "CE")
    if m:
        value = m[1] if m[1] else f"19{m[2]}"
    else:
        words = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}
        value = next((f"19{v}" for k, v in words.items() if k in rest.lower()), None)
        if value is None:
            return None
    return Norm("DATE", value, mod, None, date(int(value) * 10, 1, 1), "DE")


def century(text: str, ctx: Context) -> Norm | None:
    """"the 20th century" is ``19``; "this century" counts from the publication date."""
    mod, rest = split_position(re.sub(r"^the\s+", "", text, flags=re.I))
    low = rest.lower()
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)", low)
    n = int(m[1]) if m else next((v for k, v in ORDINALS.items() if low.startswith(k)), None)
    if n is not None:
        return Norm("DATE", f"{n - 1:02d}", mod, None, date(max(1, (n - 1) * 100), 1, 1), "CE")
    if ctx.published is None:
        return _unresolved("DATE", mod)
    step = 1 if low.startswith("next") else -1 if low.startswith(("last", "past")) else 0
    c = ctx.published.year // 100 + step
    return Norm("DATE", f"{c:02d}", mod, "published", date(max(1, c * 100), 1, 1), "CE")


#: a figure compared with one "a year earlier": the year before the period reported (in news, the
#: publication's), whatever date the text named last ("fell 8% from a year ago ... versus a year earlier")
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|from|than|versus|vs\.)\s+"
                       r"(?:[^\s;]*[^\s.;]\s+){0,5}$", re.I)


def ago(text: str, ctx: Context) -> Norm | None:
    """"two years ago" (from the publication date), "a year earlier" (from the reference time).

    A year before a quarter is that quarter a year earlier ("third-quarter profit rose
    from $5 million a year earlier"); a vague number ("years ago") is ``PAST_REF``.
    """
    qmod, rest = split_mod(text)
    low = rest.lower()
    span = re.search(r"year[\s-](?:ago|earlier)\s+(.+\s+months)$", low)
    if span:  # "the year-ago six months": a stretch of time, as "the first nine months" is
        months = number_of(span[1])
        return Norm("DURATION", f"P{int(months)}M" if months else "PXM", qmod)
    unit = unit_of(low)
    if unit is None:
        return None
    later = "later" in low or "after" in low
    before = bool(re.search(r"\bbefore$", low))
    n = 1.0 if re.match(r"(?:the\s+)?year[\s-](?:ago|earlier)", low) else number_of(low)
    if n is None:
        return Norm("DATE", "FUTURE_REF" if later else "PAST_REF", qmod)
    code = {"night": "D", "weekend": "W", "fortnight": "W"}.get(unit, UNITS[unit])
    if unit == "fortnight":
        n *= 2
    if code in ("DE", "CE"):  # "a decade ago" is a year
        n, code = n * (10 if code == "DE" else 100), "Y"
    if code in ("H", "S") or unit == "minute":
        code = "D"
    if code not in ("D", "W", "M", "Q", "Y", "DE", "CE") or n != int(n):
        return None
    ref = ctx.reference
    anaphoric = "earlier" in low or later or before
    if anaphoric and code == "Y" and not later and ref is not None and ref.gran not in ("Q", "H") \
            and (re.match(r"(?:the\s+)?year-earlier", low) or _COMPARED.search(ctx.before)):
        anaphoric = False  # "to $8 million from $7 million a year earlier": the reported period's year
    gran = code
    if ref is not None and (anaphoric or ref.gran == "Q") and ref.gran in ("Q", "H") and code == "Y":
        day = shift(ref.day, code, int(n) * (1 if later else -1))  # the year-earlier quarter: a comparison
        return Norm("DATE", value_at(day, ref.gran), qmod, f"time:{ref.id}")  # point, not a new reference
    elif anaphoric and ref is not None:
        anchor_day, anchor = ref.day, f"time:{ref.id}"
    elif ctx.published is not None:
        anchor_day, anchor = ctx.published, "published"
    else:
        return _unresolved("DATE", qmod)
    try:
        day = shift(anchor_day, code, int(n) * (1 if later else -1))
    except (ValueError, OverflowError):  # "3 million years ago": before the calendar
        return Norm("DATE", "FUTURE_REF" if later else "PAST_REF", qmod)
    return Norm("DATE", value_at(day, gran), qmod, anchor, day, gran)


def quarter(text: str, ctx: Context) -> Norm | None:
    """"the third quarter", "fourth-quarter", "the year-ago quarter", "Q3 2018"."""
    low = " ".join(text.lower().replace("-", " ").split())
    m = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th|q1|q2|q3|q4)\b", low)
    num = None
    if m:
        num = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}.get(
            m[1], int(m[1][1]) if m[1].startswith("q") else 0)
    ym = re.search(r"\b(\d{4})\b", low)
    if ym and num:
        return Norm("DATE", f"{ym[1]}-Q{num}", None, None, date(int(ym[1]), num * 3 - 2, 1), "Q")
    ref = ctx.reference
    year_back = "year ago" in low or "year earlier" in low or "last year" in low
    ahead = ref is not None and ctx.published is not None and ref.day > ctx.published
    if num is None and ctx.quarter is not None and (ref is None or ref.gran != "Q" or (year_back and ahead)):
        # "the quarter" is the one the story is about, even after other dates; "the year-ago period"
        # compares with a quarter reported, not one forecast ("a recovery by the second quarter of 2019")
        ref = ctx.quarter
    if num and not ym and not year_back and not re.search(r"\b(?:this|last|next|latest|current)\b", low) \
            and ctx.habitual():  # "usually conducted in the second and fourth quarters"
        return Norm("DATE", f"XXXX-Q{num}", None, None, None, None, "timex.relative.habitual")
    if ym and ref is not None and ref.gran == "Q":  # "the 1988 quarter": the quarter in question, that year
        day = date(int(ym[1]), ref.day.month, 1)
        return Norm("DATE", value_at(day, "Q"), None, f"time:{ref.id}", day, "Q")
    if ref is not None and ref.gran == "Q" and (num is None or year_back) and "latest" not in low \
            and "current" not in low:  # "the current quarter" is the publication's, not the one in question
        day = ref.day if num is None else date(ref.day.year, num * 3 - 2, 1)
        if year_back:  # a comparison point: later anaphora still count from the quarter itself
            return Norm("DATE", value_at(shift(day, "Y", -1), "Q"), None, f"time:{ref.id}")
        return Norm("DATE", value_at(day, "Q"), None, f"time:{ref.id}", day, "Q")
    if ctx.published is None:
        return _unresolved("DATE")
    pub = ctx.published
    current = (pub.month - 1) // 3 + 1
    if num is None:
        step = {"last": -1, "previous": -1, "latest": -1, "next": 1}.get(low.split()[0], 0)
        if low.split()[0] in ("the", "that") and "latest" not in low and "current" not in low:
            step = -1 if ctx.direction("past") == "past" else 0
        if "latest" in low:
            step = -1
        day = shift(date(pub.year, current * 3 - 2, 1), "Q", step)
        if ym:  # "the 1988 quarter" with no quarter in question yet: the latest quarter's, that year
            day = date(int(ym[1]), day.month, 1)
        if year_back:
            return Norm("DATE", value_at(shift(day, "Y", -1), "Q"), None, "published")
        return Norm("DATE", value_at(day, "Q"), None, "published", day, "Q")
    year = pub.year
    if "next year" in low:
        year += 1
    elif "last year" in low or year_back:
        year -= 1
    elif "this year" not in low and num > current and ctx.direction("past") == "past":
        year -= 1
    day = date(year, num * 3 - 2, 1)
    return Norm("DATE", value_at(day, "Q"), None, "published", day, "Q")


def half(text: str, ctx: Context) -> Norm | None:
    """"the first half of 1998" is ``1998-H1``; without a year, the publication year's."""
    low = text.lower()
    num = 1 if "first" in low or low.startswith("h1") else 2
    ym = re.search(r"\b(\d{4})\b", low)
    if ym:
        return Norm("DATE", f"{ym[1]}-H{num}", None, None, date(int(ym[1]), num * 6 - 5, 1), "H")
    if ctx.published is None:
        return _unresolved("DATE")
    y = ctx.published.year + (1 if "next year" in low else -1 if "last year" in low else 0)
    return Norm("DATE", f"{y}-H{num}", None, "published", date(y, num * 6 - 5, 1), "H")


def season(text: str, ctx: Context) -> Norm | None:
    """"this summer" is ``2018-SU``; "last fall" the previous year's."""
    mod, rest = split_position(with_digits(text))
    low = rest.lower()
    code = next((v for k, v in SEASONS.items() if k in low), None)
    if code is None:
        return None
    ym = re.search(r"\b(\d{4})\b", low)
    if ym:
        return Norm("DATE", f"{ym[1]}-{code}", mod, None, date(int(ym[1]), 6, 1), "S")
    if ctx.published is None:
        return _unresolved("DATE", mod)
    pub = ctx.published
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if not low.startswith(("last", "next", "this", "the past")) and ctx.habitual():
        return Norm("DATE", f"XXXX-{code}", mod, rule="timex.relative.habitual")  # "usually busy in summer"
    if low.startswith(("last", "this past", "the past")):
        y = pub.year if pub.month >= start + 3 else pub.year - 1
    elif low.startswith(("next", "this coming")):
        y = pub.year if pub.month < start else pub.year + 1
    elif low.startswith("this"):
        y = pub.year
        ended = pub.month >= start + 3 if code != "WI" else 3 <= pub.month < 12
        if code != "WI" and ended and ctx.direction("near") == "future":
            y += 1  # "expecting a child this summer", said in December: the coming one
    else:
        direction = ctx.direction("near")
        if direction == "past":
            y = pub.year if pub.month >= start else pub.year - 1
        elif direction == "future":
            y = pub.year if pub.month < start + 3 else pub.year + 1
        else:
            y = pub.year
    return Norm("DATE", f"{y}-{code}", mod, "published", date(y, start, 1), "S")


def _easter(y: int) -> date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    j, k = c // 4, c % 4
    m = (a + 11 * h) // 319
    r = (2 * e + 2 * j - k - h + m + 32) % 7
    n = (h - m + r + 90) // 25
    return date(y, n, (h - m + r + n + 19) % 32)


#: holidays on the nth weekday of a month (-1: the last): (name starts, month, ISO weekday, nth)
_FLOATING = [
    (("labor day", "labour day"), 9, 1, 1), (("memorial day",), 5, 1, -1),
    (("martin luther king", "mlk day", "king day", "king jr"), 1, 1, 3), (("presidents",), 2, 1, 3),
    (("mother's day",), 5, 7, 2), (("father's day",), 6, 7, 3),
]


def _nth_weekday(y: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ISO ``weekday`` of the month (``nth`` -1: the last one)."""
    if nth > 0:
        first = date(y, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = shift(date(y, month, 1), "M", 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday(text: str, ctx: Context) -> Norm | None:
    """Christmas, New Year's Day, Thanksgiving, Easter ...: the year from the words or the tense."""
    from newsdesk.nlp.timex._lexicon import HOLIDAYS

    low = " ".join(text.lower().split())
    ym = re.search(r"\b(\d{4})\b", low)
    name = re.sub(r"\s*\d{4}$", "", low)

    def on(y: int) -> date | None:
        if name in HOLIDAYS:
            return date(y, *HOLIDAYS[name])
        if name.startswith("thanksgiving"):
            first = date(y, 11, 1)
            return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        if name.startswith("easter"):
            return _easter(y)
        if name == "good friday":
            return _easter(y) - timedelta(days=2)
        if name == "election day":  # US: the Tuesday after the first Monday in November
            return date(y, 11, 2) + timedelta(days=(1 - date(y, 11, 2).weekday()) % 7)
        for names, month, weekday, nth in _FLOATING:
            if any(name.startswith(n) for n in names):
                return _nth_weekday(y, month, weekday, nth)
        return None

    if ym:
        day = on(int(ym[1]))
        return Norm("DATE", day.isoformat(), None, None, day, "D") if day else None
    if ctx.published is None:
        return _unresolved("DATE")
    pub = ctx.published
    options = [d for d in (on(pub.year - 1), on(pub.year), on(pub.year + 1)) if d]
    # a civic day is talked of ahead of it: "turning out on Election Day" in February is November's
    direction = ctx.direction("future" if name in ("election day", "inauguration day") else "near")
    if direction == "past":
        day = max((d for d in options if d <= pub), default=None)
    elif direction == "future":
        day = min((d for d in options if d >= pub), default=None)
    else:
        day = min(options, key=lambda d: abs((d - pub).days), default=None)
    return Norm("DATE", day.isoformat(), None, "published", day, "D") if day else None
