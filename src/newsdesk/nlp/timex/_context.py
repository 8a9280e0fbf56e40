"""What a normalisation rule knows: the publication date, the last date mentioned, the tense.

Deictic expressions ("yesterday", "on Thursday", "next month") count from the
publication date; anaphoric ones ("the previous night", "a year earlier", "that day")
from the last date the text mentioned before them (its *reference time*), as HeidelTime
does. The tense is computed on demand: most expressions never need it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

#: words just before an expression that point it forward whatever the verb ("as early as
#: Tuesday", "payable Dec. 15"); "until" and "by" do not ("until this week")
_AHEAD = re.compile(
    r"\b(?:as\s+soon\s+as|as\s+early\s+as|as\s+late\s+as|no\s+later\s+than|effective"
    r"|payable|starting|beginning|expire[sd]?|due|deadline\s+of|ahead\s+of)\s+(?:on\s+|in\s+|at\s+)?$",
    re.I,
)


#: "since" points back whatever the verb: "searching since (shortly after) the Oct. 23 slaying"
_SINCE = re.compile(r"\b(?:ever\s+)?since\s+(?:(?:shortly|just|soon|right|well)\s+)?(?:(?:after|before)\s+)?"
                    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$", re.I)
_UNTIL = re.compile(r"\b(?:until|till|through)\s+(?:next\s+)?$", re.I)
#: A deadline given, extended or put off "until" a day looks ahead whatever the verb's tense
#: ("has given the relatives until 9 a.m. Tuesday", "extended its deadline until Tuesday").
_DEADLINE_UNTIL = re.compile(
    r"\b(?:extend\w*|give[ns]?|gave|grant\w*|deadline\w*|postpone\w*|delay\w*|adjourn\w*|put\s+off)"
    r"\b[^.;]{0,40}?\b(?:until|till)\s+(?:next\s+)?$", re.I)
_YEAR_AFTER = re.compile(r"^(?:\s+(?:day|night|morning|evening|afternoon|weekend))?,?\s+(?:in|of)\s+"
                         r"((?:1[6-9]|20)\d\d)\b(?![\d%])")


@dataclass(frozen=True)
class Ref:
    """A date the text mentioned: a day inside it, its granularity and its expression id."""

    day: date
    gran: str
    id: int


@dataclass
class Context:
    published: date | None
    reference: Ref | None
    tense: Callable[[], str | None]
    before: str = ""
    after: str = ""  # the text right after the expression ("that January day in 2011")
    habitual: Callable[[], bool] = lambda: False  # "usually closes in August": no year's August
    quarter: Ref | None = None  # the last quarter the text named (a reference of granularity Q)

    def direction(self, default: str = "past") -> str:
        """``past``/``future`` from the words before the expression or the governing verb's tense
        (a modal looks ahead: "could meet on Friday"); ``default`` when neither says."""
        if _AHEAD.search(self.before) or _DEADLINE_UNTIL.search(self.before):
            return "future"
        if _SINCE.search(self.before):
            return "past"
        tense = self.tense()
        if tense == "modal":
            return "future"
        if tense in ("past", "future"):
            return tense
        if _UNTIL.search(self.before):
            return "future"  # "remains closed until Monday": a present or no verb; the end lies ahead
        return default

    def year_after(self) -> int | None:
        """An explicit year right after the expression: "that January day in 2011", "May of 2011"."""
        m = _YEAR_AFTER.match(self.after)
        return int(m[1]) if m else None

    def reference_or_published(self) -> tuple[date, str | None, str] | None:
        """The reference time (day, granularity, anchor label), else the publication date."""
        if self.reference is not None:
            return self.reference.day, self.reference.gran, f"time:{self.reference.id}"
        if self.published is not None:
            return self.published, None, "published"
        return None


@dataclass
class Norm:
    """A normalised expression; ``day``/``gran`` make it a reference for later anaphora."""

    type: str
    value: str | None
    mod: str | None = None
    anchor: str | None = None
    day: date | None = None
    gran: str | None = None
    rule: str = ""  # a rule id of its own (a reading the normalisation chose), else the candidate's


#: A rule: the candidate's text and the context to a normalisation (None drops the candidate).
Rule = Callable[[str, Context], Norm | None]
