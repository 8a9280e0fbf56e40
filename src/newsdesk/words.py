"""Word classes every stage shares: month and weekday names, news agencies and outlets,
words for people in general.

One home per word class, so that extraction (datelines, wire credits), time expressions and
the analysis rules never disagree on what a month or an agency is. This module imports
nothing from the project, so any stage can import it without a cycle. Keys of the lookup
tables are lower case; display tables keep the spelling agencies sign their copy with.
"""

from __future__ import annotations

_MONTH_FORMS = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
)
_WEEKDAY_FORMS = (
    ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"),
    ("thursday", "thu", "thur", "thurs"), ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun"),
)

#: Month name or abbreviation (lower case, no dot) -> month number 1-12.
MONTHS: dict[str, int] = {form: i + 1 for i, forms in enumerate(_MONTH_FORMS) for form in forms}

#: The twelve full month names, lower case, in calendar order.
MONTH_NAMES: tuple[str, ...] = tuple(forms[0] for forms in _MONTH_FORMS)

#: Weekday name or abbreviation (lower case, no dot) -> ISO weekday (Monday = 1).
WEEKDAYS: dict[str, int] = {form: i + 1 for i, forms in enumerate(_WEEKDAY_FORMS) for form in forms}

#: The seven full weekday names, lower case, Monday first.
WEEKDAY_NAMES: tuple[str, ...] = tuple(forms[0] for forms in _WEEKDAY_FORMS)

#: News agencies (wire services) as they sign their copy ("SEOUL (Reuters) -", "... BLOOMBERG").
NEWS_AGENCIES: tuple[str, ...] = (
    "Associated Press", "AP", "Reuters", "AFP", "Agence France-Presse", "Bloomberg", "Xinhua", "DPA",
    "EFE", "ANSA", "Kyodo", "Kyodo News", "Yonhap", "Yonhap News Agency", "Bernama", "Antara", "PTI",
    "IANS", "ANI", "UPI", "TASS", "Interfax", "RIA", "RIA Novosti", "KCNA", "Korean Central News Agency",
    "AAP", "CNA", "Canadian Press", "CP", "Press Association", "PA", "Dow Jones",
)

#: Newspapers and services whose credit closes syndicated copy like an agency's.
SYNDICATES: tuple[str, ...] = (
    "New York Times", "NYTimes", "NYT", "Washington Post", "WPost", "The Straits Times",
    "Tribune News Service", "McClatchy",
)

#: Broadcasters and papers that report others' words ("..., the BBC reported").
NEWS_OUTLETS: tuple[str, ...] = (
    "CNN", "BBC", "NHK", "Al Jazeera", "Wall Street Journal", "Financial Times", "Fox News", "NBC News",
    "ABC News", "CBS News", "Politico", "The Guardian", "The Times",
)

#: Every credit that marks a text as wire or syndicated copy.
WIRE_CREDITS: tuple[str, ...] = NEWS_AGENCIES + SYNDICATES

#: Short forms that more often name something else ("PA", the Palestinian Authority; "CP", a
#: communist party): a credit in a dateline, but not an outlet when the text names them.
AMBIGUOUS_SHORT_FORMS = frozenset({"PA", "CP", "ANI", "CNA"})

#: Lower-cased names of agencies and outlets that relay others' words, also after "the".
OUTLET_KEYS: frozenset[str] = frozenset(
    variant
    for name in NEWS_AGENCIES + SYNDICATES + NEWS_OUTLETS
    if name not in AMBIGUOUS_SHORT_FORMS
    for variant in (name.lower(), "the " + name.lower())
    if not variant.startswith("the the ")
)

#: Pronouns for whoever it may concern, no one in particular ("anyone who feels ill", "everyone").
ANYONE_WORDS = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever"})

#: Pronouns that name a group only by what its modifier says ("*those* handling the birds").
GROUP_PRONOUNS = frozenset({"those", "people"})

__all__ = [
    "AMBIGUOUS_SHORT_FORMS", "ANYONE_WORDS", "GROUP_PRONOUNS", "MONTHS", "MONTH_NAMES", "NEWS_AGENCIES",
    "NEWS_OUTLETS", "OUTLET_KEYS",
    "SYNDICATES", "WEEKDAYS", "WEEKDAY_NAMES", "WIRE_CREDITS",
]
