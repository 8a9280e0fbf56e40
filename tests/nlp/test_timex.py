"""Time expressions on sentences written for these tests (publication date 2018-05-31, a Thursday)."""

from __future__ import annotations

import pytest

from newsdesk.models import TimeExpression
from newsdesk.nlp.timex import find_times

PUB = "2018-05-31"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def times(nlp):
    def run(text: str, published: str | None = PUB) -> list[TimeExpression]:
        return find_times(nlp(text), published)

    return run


def _one(found: list[TimeExpression], phrase: str) -> TimeExpression:
    hits = [t for t in found if t.text == phrase]
    assert len(hits) == 1, f"{phrase!r} in {[t.text for t in found]}"
    return hits[0]


def _value(times, text: str, phrase: str, published: str | None = PUB) -> str | None:
    return _one(times(text, published), phrase).value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # the governing verb's tense picks the week
        ("The minister said on Friday that the port would reopen.", "Friday", "2018-05-25"),
        ("The minister will travel to Paris on Friday.", "Friday", "2018-06-01"),
        ("The minister is expected to travel to Paris on Friday.", "Friday", "2018-06-01"),
        ("The delegation is going to arrive on Monday.", "Monday", "2018-06-04"),
        ("He tried to call the minister on Monday.", "Monday", "2018-05-28"),
        ("The two sides could meet on Saturday.", "Saturday", "2018-06-02"),
        ("The two sides met on Thursday.", "Thursday", "2018-05-31"),  # the publication day itself
        ("The two sides met on Tuesday.", "Tuesday", "2018-05-29"),
        ("The talks collapsed last Thursday.", "last Thursday", "2018-05-24"),
        ("The vote will take place next Tuesday.", "next Tuesday", "2018-06-05"),
        # a day of the month alone
        ("The vote took place on the 12th.", "the 12th", "2018-05-12"),
        ("The vote will take place on the 12th.", "the 12th", "2018-06-12"),
        ("We'll have a meeting on the 12th and then we will see.", "the 12th", "2018-06-12"),
        # months, with and without a year
        ("Prices have risen since March.", "March", "2018-03"),
        ("Elections are due in September.", "September", "2018-09"),
        ("The plant closed in November.", "November", "2017-11"),
        ("The plant closed in November 2016.", "November 2016", "2016-11"),
        ("The summit could happen next month.", "next month", "2018-06"),
        ("Sales fell last month.", "last month", "2018-04"),
        # years, weeks, days
        ("The two leaders last met in 2000.", "2000", "2000"),
        ("Profits doubled last year.", "last year", "2017"),
        ("The company was founded two years ago.", "two years ago", "2016"),
        ("The talks stalled earlier this week.", "earlier this week", "2018-W22"),
        ("The ferry sank yesterday.", "yesterday", "2018-05-30"),
        ("The results will be announced tomorrow.", "tomorrow", "2018-06-01"),
        ("The ministers met three days ago.", "three days ago", "2018-05-28"),
        # written-out dates
        ("The treaty was signed on 31 May 2018.", "31 May 2018", "2018-05-31"),
        ("The treaty was signed on May 31, 2018.", "May 31, 2018", "2018-05-31"),
        ("The treaty was signed on 2018-05-31.", "2018-05-31", "2018-05-31"),
        ("The treaty was signed on 31/05/2018.", "31/05/2018", "2018-05-31"),
        ("The treaty was signed on Sept. 30, 1989.", "Sept. 30, 1989", "1989-09-30"),
        ("The ceasefire began on May 20.", "May 20", "2018-05-20"),
        ("The trial opens on June 12.", "June 12", "2018-06-12"),
        # times of day
        ("Polls close at 7 p.m. on Thursday.", "7 p.m.", "2018-05-31T19:00"),
        ("The explosion happened Thursday night.", "Thursday night", "2018-05-31TNI"),
        ("The fire started at 10:35 a.m. yesterday.", "10:35 a.m. yesterday", "2018-05-30T10:35"),
        # reported plans and deadlines: a past-tense verb, a date still to come
        ("The company said the deal would close on June 12.", "June 12", "2018-06-12"),
        ("The board set June 20 as the deadline.", "June 20", "2018-06-20"),
        ("The dividend is payable Dec. 15.", "Dec. 15", "2018-12-15"),
        ("The hearing was postponed; it could come as early as Tuesday.", "Tuesday", "2018-06-05"),
        ("The plant closed last Oct. 23.", "last Oct. 23", "2017-10-23"),
        # decades, quarters, seasons, periods
        ("Inflation was high in the 1970s.", "the 1970s", "197"),
        ("Railways spread in the 1800s.", "the 1800s", "18"),
        ("The deal was signed on 2018/05/30.", "2018/05/30", "2018-05-30"),
        ("Troops have been there since the post-1959 reforms.", "post-1959", "1959"),
        ("Sales rose in the quarter ended March 31.", "the quarter", "2018-Q1"),
        ("The talks resumed over the weekend.", "the weekend", "2018-W21-WE"),
        ("The company expects the deal to close by the end of the year.", "the end of the year", "2018"),
        ("The election will be held in June next year.", "June next year", "2019-06"),
        ("Two bombs exploded by mid afternoon.", "mid afternoon", "2018-05-31TAF"),
        ("Trading resumed at 0900 GMT yesterday.", "0900 GMT yesterday", "2018-05-30T09:00"),
        ("Profit rose in H1 2017.", "H1 2017", "2017-H1"),
        ("The company expects a loss in FY2019.", "FY2019", "2019"),
        ("Profit rose in the first quarter.", "the first quarter", "2018-Q1"),
        ("Profit rose in the third quarter.", "the third quarter", "2017-Q3"),  # past tense: last year's
        ("The bridge will open this summer.", "this summer", "2018-SU"),
    ],
)
def test_values(times, text, phrase, value):
    assert _value(times, text, phrase) == value


def test_relative_values_count_from_the_publication_date(times):
    found = _one(times("The summit could happen next month."), "next month")
    assert (found.type, found.anchor) == ("DATE", "published")
    absolute = _one(times("The two leaders last met in 2000."), "2000")
    assert absolute.anchor is None


def test_anaphora_count_from_the_last_date_mentioned(times):
    found = times("The envoys met on Tuesday in Geneva, where they had dinner the previous night.")
    tuesday, night = _one(found, "Tuesday"), _one(found, "the previous night")
    assert tuesday.value == "2018-05-29"
    assert night.value == "2018-05-28TNI" and night.anchor == f"time:{tuesday.id}"  # a TIME, as "last night"
    found = times("The factory opened on March 3, 1998. Two days later it closed. A year later it reopened.")
    assert _one(found, "Two days later").value == "1998-03-05"
    assert _one(found, "A year later").value == "1999"  # at the granularity the words give


def test_clock_times_take_their_day(times):
    found = times("The envoys met on Tuesday. They left at 10 p.m. for the airport.")
    assert _one(found, "10 p.m.").value == "2018-05-29T22:00"  # the day the story is about
    found = times("The envoys met on Tuesday night.\n\n4:30 p.m.\n\nThe minister says the talks failed.")
    assert _one(found, "4:30 p.m.").value == "2018-05-31T16:30"  # a live blog's time stamp: today
    found = times("The minister will speak later Thursday in Seoul.")
    assert _one(found, "later Thursday").value == "2018-05-31"


def test_without_a_publication_date_relative_values_stay_open(times):
    text = "The minister said on Friday that prices had risen since March and would fall next month."
    found = times(text, None)
    for phrase in ("Friday", "March", "next month"):
        assert _one(found, phrase).value in (None, "XXXX-03"), phrase
    assert all(t.anchor is None for t in found)
    assert _value(times, "The treaty was signed on 31 May 2018.", "31 May 2018", None) == "2018-05-31"
    assert _value(times, "The ceasefire began yesterday.", "yesterday", None) is None


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The talks lasted three days.", "three days", "P3D", None),
        ("He spent two years in prison.", "two years", "P2Y", None),
        ("They had dinner for about 90 minutes.", "about 90 minutes", "PT90M", "APPROX"),
        ("The dispute has lasted more than a decade.", "more than a decade", "P10Y", "MORE_THAN"),
        ("The strike lasted 2 1/2 years.", "2 1/2 years", "P2Y6M", None),
        ("The minister travelled twice to Seoul in recent weeks.", "recent weeks", "PXW", None),
        ("Output fell over the past two years.", "the past two years", "P2Y", None),
        ("It was a two-year programme.", "two-year", "P2Y", None),
    ],
)
def test_durations(times, text, phrase, value, mod):
    found = _one(times(text), phrase)
    assert (found.type, found.value, found.mod) == ("DURATION", value, mod)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The board meets every week.", "every week", "P1W"),
        ("Inspectors visit twice a year.", "a year", "P1Y"),
        ("The figures are published daily.", "daily", "P1D"),
        ("The market opens each Thursday.", "each Thursday", "XXXX-WXX-4"),
    ],
)
def test_sets(times, text, phrase, value):
    found = _one(times(text), phrase)
    assert (found.type, found.value) == ("SET", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The port is now closed.", "now", "PRESENT_REF"),
        ("The port is currently closed.", "currently", "PRESENT_REF"),
        ("The port was recently reopened.", "recently", "PAST_REF"),
        ("Such deals have failed in the past.", "the past", "PAST_REF"),
        ("Such deals may succeed in the future.", "the future", "FUTURE_REF"),
    ],
)
def test_references(times, text, phrase, value):
    assert _value(times, text, phrase) == value


@pytest.mark.parametrize(
    "text",
    [
        "A 6-year-old boy was rescued off the coast.",  # an age
        "Mr Reupke, 52 years old, will retire.",
        "Rooms will cost between $35 and $55 a night.",  # a rate
        "Thousands of $12-an-hour workers lost their jobs.",
        "Every candidate has done so in the past nine elections.",
        "Iraq imports about three-quarters of its food.",  # a fraction
        "The ministers of Poland and Hungary and Jan Kavan of the Czech Republic signed.",  # "Jan", a name
        "Thousands joined the annual March for Life.",
        "The Communist Party daily Granma printed the letter.",
        "Officials may announce the results.",  # "may", the modal
        "About 2000 people marched through the city.",  # a count, not a year
        "Maybe we will have a second meeting.",  # "a second", the ordinal
        "The treaty was signed on 03/04/2018.",  # day-first or month-first: it cannot tell
        "The bill costs $2018 per household.",
    ],
)
def test_not_time_expressions(times, text):
    assert [(t.text, t.value) for t in times(text) if t.value is not None] == []


def test_granularity_is_kept(times):
    found = times("The law took effect in May 2018 and was amended in 2019.")
    assert [(t.text, t.value) for t in found] == [("May 2018", "2018-05"), ("2019", "2019")]


def test_offsets_point_at_the_text(nlp):
    text = "On Thursday the council said the road would reopen next month, two years after it closed."
    for t in find_times(nlp(text), PUB):
        assert text[t.start : t.end] == t.text
