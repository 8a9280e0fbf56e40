"""Timex rules of the s29 round (figures compared across periods, the day in question), one test
each, on invented sentences with a hand-set context or a blank pipeline (no statistical model)."""

from __future__ import annotations

from datetime import date

import spacy

from newsdesk.nlp.timex import find_times
from newsdesk.nlp.timex._context import Context, Ref
from newsdesk.nlp.timex._normalise import normalise

PUB = date(2018, 5, 31)  # a Thursday


def ctx(before: str = "", ref: Ref | None = None, tense: str | None = None) -> Context:
    return Context(PUB, ref, lambda: tense, before, "")


def test_a_figure_a_year_earlier_is_the_year_before_the_reported_one():
    last_year = Ref(date(2017, 1, 1), "Y", 1)  # "Orders slipped from last year, ..."
    before = "Orders slipped from last year, and revenue rose to $8.2 million from $7.1 million "
    assert normalise("ago", "a year earlier", ctx(before, last_year)).value == "2017"
    assert normalise("ago", "year-earlier", ctx("its ", last_year)).value == "2017"


def test_a_year_earlier_in_a_story_still_counts_from_the_last_year_named():
    in_2015 = Ref(date(2015, 1, 1), "Y", 1)  # "He moved to Lyon in 2015. A year earlier, ..."
    assert normalise("ago", "A year earlier", ctx("He moved to Lyon in 2015. ", in_2015)).value == "2014"


def test_the_year_ago_six_months_is_a_stretch_of_six_months():
    quarter = Ref(date(2018, 1, 1), "Q", 1)  # "... in the first quarter. Sales in the year-ago ..."
    norm = normalise("ago", "the year-ago six months", ctx("Sales in ", quarter))
    assert (norm.type, norm.value) == ("DURATION", "P6M")


def test_the_year_ago_period_compares_with_the_quarter_reported_not_a_forecast_one():
    # a blank pipeline: no parse needed, the quarter rules read the words and the dates named before
    doc = spacy.blank("en")("Sales rose in the first quarter. A recovery is expected by the second quarter "
                            "of 2019. In the year-ago period, the chain lost $2 million.")
    values = {t.text: t.value for t in find_times(doc, "2018-05-31")}
    assert values["the second quarter of 2019"] == "2019-Q2"
    assert values["the year-ago period"] == "2017-Q1"  # not 2018-Q2, a year before the forecast quarter


def test_a_part_of_the_day_before_yesterday_is_yesterdays():
    doc = spacy.blank("en")("The mayor left by late afternoon yesterday, aides said.")
    found = [(t.text, t.type, t.value) for t in find_times(doc, "2018-05-31")]
    assert found == [("late afternoon yesterday", "TIME", "2018-05-30TAF")]


def test_overnight_is_the_night_before_the_day_in_question():
    tuesday = Ref(date(2018, 5, 29), "D", 1)  # "Tokyo stocks slid Tuesday after overnight selling"
    assert normalise("relday", "overnight", ctx("slid Tuesday after ", tuesday)).value == "2018-05-28TNI"
    assert normalise("relday", "overnight", ctx("Rain fell ")).value == "2018-05-30TNI"
    long_ago = Ref(date(2018, 5, 2), "D", 1)  # a day weeks back is no day in question for the night
    assert normalise("relday", "overnight", ctx("roads closed ", long_ago)).value == "2018-05-30TNI"


def test_overnight_ahead_is_no_night_gone_by():
    assert normalise("relday", "overnight", ctx("will stay ", tense="future")).value == "2018-05-31TNI"
