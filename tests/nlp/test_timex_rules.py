"""The TimeML rules of issue 12, one test each, on sentences and parses written for these tests.

Grammar rules are checked on ``find_candidates`` (text only), normalisation rules on
``normalise`` with a hand-set context (publication date, reference time, tense), and the
parse checks on hand-built ``Doc``s: none of these depend on a statistical model.
"""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from newsdesk.nlp.timex._candidates import _COMPILED, RULE_IDS, find_candidates
from newsdesk.nlp.timex._context import Context, Ref
from newsdesk.nlp.timex._filters import plausible
from newsdesk.nlp.timex._find import _year_range
from newsdesk.nlp.timex._normalise import normalise
from newsdesk.nlp.timex._quantity import number_of

PUB = date(2018, 5, 31)  # a Thursday
VOCAB = spacy.blank("en").vocab  # lexical attributes (lower, is_title) without a trained model


def ctx(tense: str | None = None, before: str = "", after: str = "", ref: Ref | None = None,
        published: date | None = PUB) -> Context:
    return Context(published, ref, lambda: tense, before, after)


def cands(text: str) -> dict[str, tuple[str, str]]:
    """``{matched text: (kind, rule id)}`` of the candidates in ``text``."""
    return {c.text: (c.kind, c.rule) for c in find_candidates(text)}


# --------------------------------------------------------------------------- rule ids


def test_every_rule_has_a_stable_dotted_id():
    ids = [rule for _, rule, _ in _COMPILED]
    assert all(rule.startswith("timex.") and rule.count(".") == 2 and rule == rule.strip().lower()
               for rule in ids)
    assert set(RULE_IDS) == {kind for kind, _, _ in _COMPILED}


def test_candidates_carry_their_rule():
    found = cands("The talks ended on May 31, 2011.")
    assert found["May 31, 2011"] == ("mdy", "timex.absolute.month-day-year")
    assert cands("He resigned on Friday.")["Friday"] == ("weekday", "timex.relative.weekday")


# --------------------------------------------------------------------------- year ranges


def test_year_ranges_are_two_years():
    assert cands("the 2009-2010 season")["2009-2010"][0] == "year_range"
    assert cands("during the 1957-58 crisis")["1957-58"][0] == "year_range"
    assert _year_range(10, "2009-2010") == [(10, 14, 2009), (15, 19, 2010)]
    assert _year_range(0, "1957-58") == [(0, 4, 1957), (5, 7, 1958)]
    assert _year_range(0, "1999-00") == [(0, 4, 1999), (5, 7, 2000)]
    assert cands("the collapse of 2008-9 hit banks")["2008-9"][0] == "year_range"
    assert _year_range(0, "2008-9") == [(0, 4, 2008), (5, 6, 2009)]
    assert _year_range(0, "2009-0") == [(0, 4, 2009), (5, 6, 2010)]
    assert _year_range(0, "1914-8") == [(0, 4, 1914), (5, 6, 1918)]
    assert _year_range(0, "2009-8") == []
    assert _year_range(0, "2012-2009") == []  # not a range


# --------------------------------------------------------------------------- referring back


def test_the_day_before_counts_from_the_reference_time():
    assert "the day before" in cands("He arrived the day before in Paris.")
    ref = Ref(date(2011, 3, 4), "D", 1)
    assert normalise("anaphoric", "the day before", ctx(ref=ref)).value == "2011-03-03"


def test_at_the_time_is_a_past_reference():
    found = cands("The files were not marked secret at the time.")
    assert found["the time"] == ("ref", "timex.anaphoric.at-the-time")
    assert normalise("ref", "the time", ctx()).value == "PAST_REF"
    assert "the time" not in cands("He was abroad at the time of the attack.")


def test_at_the_moment_and_to_this_day_are_the_present():
    assert normalise("ref", "the moment", ctx()).value == "PRESENT_REF"
    assert "the moment" in cands("It is out of reach at the moment, he said.")
    assert "this day" in cands("The record stands to this day.")


def test_n_years_before_counts_back_from_the_reference_time():
    assert cands("since the crash of 1987 30 years before, prices rose.")["30 years before"][1] == \
        "timex.anaphoric.before-after"
    norm = normalise("ago", "30 years before", ctx(ref=Ref(date(2000, 3, 1), "S", 1)))
    assert (norm.type, norm.value) == ("DATE", "1970")


def test_the_end_of_the_year_after_an_earlier_year_is_that_year():
    norm = normalise("relunit", "the end of the year", ctx(tense="past", ref=Ref(date(2011, 1, 1), "Y", 1)))
    assert (norm.value, norm.mod, norm.rule) == ("2011", "END", "timex.anaphoric.the-unit")
    assert normalise("relunit", "the end of the year", ctx()).value == "2018"  # nothing earlier named
    assert normalise("relunit", "this year", ctx(ref=Ref(date(2011, 1, 1), "Y", 1))).value == "2018"


def test_the_following_morning_is_a_time_of_that_day():
    norm = normalise("anaphoric", "the following morning", ctx(ref=Ref(date(2011, 3, 4), "D", 1)))
    assert (norm.type, norm.value) == ("TIME", "2011-03-05TMO")


# --------------------------------------------------------------------------- vague durations, sets


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("After weeks of talks, the deal collapsed.", "weeks", "PXW"),
    ("It was just days before the vote.", "days", "PXD"),
    ("He spoke on Tuesday, hours after the arrest.", "hours", "PTXH"),
    ("The talks lasted minutes.", "minutes", "PTXM"),
    ("They have fought for years.", "years", "PXY"),
])
def test_vague_plural_durations(text, phrase, value):
    kind, _ = cands(text)[phrase]
    assert normalise(kind, phrase, ctx()).value == value


@pytest.mark.parametrize(("phrase", "value"), [
    ("a minute and a half", "PT1M30S"),
    ("an hour and a half", "PT1H30M"),
    ("two and a half years", "P2Y6M"),
    ("a day and a half", "P1DT12H"),
])
def test_half_units_carry_into_the_next_smaller_unit(phrase, value):
    assert normalise("duration", phrase, ctx()).value == value


def test_a_unit_long_adjective_is_one_unit_and_its_plural_is_vague():
    assert cands("after their third day-long meeting")["day-long"][0] == "duration"
    assert normalise("duration", "day-long", ctx()).value == "P1D"
    assert normalise("duration", "year-long", ctx()).value == "P1Y"
    assert normalise("duration", "weeks-long", ctx()).value == "PXW"


def test_a_few_is_vague():
    assert number_of("a few months") is None
    assert normalise("duration", "a few months", ctx()).value == "PXM"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Consumption grows 7 percent a year.", "a year", "P1Y"),
    ("They work more than 40 hours a week.", "a week", "P1W"),
    ("He earns $12 an hour.", "an hour", "PT1H"),
    ("The club hires a coach each season.", "each season", "P1Y"),
    ("The board meets every week.", "every week", "P1W"),
])
def test_sets(text, phrase, value):
    kind, _ = cands(text)[phrase]
    norm = normalise(kind, phrase, ctx())
    assert (norm.type, norm.value) == ("SET", value)


# --------------------------------------------------------------------------- direction


def test_until_looks_ahead_when_no_past_verb_says_otherwise():
    assert normalise("weekday", "Monday", ctx(tense="present", before="remains closed until ")).value == \
        "2018-06-04"
    assert normalise("weekday", "Monday", ctx(tense="past", before="stayed until ")).value == "2018-05-28"


def test_a_deadline_given_or_extended_until_a_day_looks_ahead_whatever_the_tense():
    given = ctx(tense="past", before="The agency has given the Miami relatives until ")
    assert normalise("weekday", "Monday", given).value == "2018-06-04"
    extended = ctx(tense="past", before="and extended its deadline until ")
    assert normalise("weekday", "Monday", extended).value == "2018-06-04"
    assert normalise("weekday", "Monday", ctx(tense="past", before="The talks lasted until ")).value == \
        "2018-05-28"


def test_would_and_planned_infinitives_look_ahead():
    assert normalise("month", "January", ctx(tense="modal")).value == "2019-01"
    assert normalise("month", "January", ctx(tense="future")).value == "2019-01"
    assert normalise("month", "January", ctx(tense="past")).value == "2018-01"


def test_an_infinitive_under_a_noun_looks_ahead():
    from newsdesk.nlp.timex._tense import verb_tense

    words = ["It", "unveiled", "a", "plan", "to", "vote", "on", "Friday"]
    heads = [1, 1, 3, 1, 5, 3, 5, 6]
    deps = ["nsubj", "ROOT", "det", "dobj", "aux", "acl", "prep", "pobj"]
    pos = ["PRON", "VERB", "DET", "NOUN", "PART", "VERB", "ADP", "PROPN"]
    tags = ["PRP", "VBD", "DT", "NN", "TO", "VB", "IN", "NNP"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert verb_tense(doc[5]) == "future"


def test_a_scheduled_act_lies_ahead_whatever_the_scheduling_verbs_tense():
    from newsdesk.nlp.timex._tense import verb_tense

    def doc(aux: str | None, verb: str, lemma: str) -> Doc:
        words = ["Police"] + ([aux] if aux else []) + [verb, "a", "briefing", "Thursday"]
        v = 2 if aux else 1
        heads = [v] + ([v] if aux else []) + [v, v + 2, v, v]
        deps = ["nsubj"] + (["aux"] if aux else []) + ["ROOT", "det", "dobj", "npadvmod"]
        pos = ["NOUN"] + (["AUX"] if aux else []) + ["VERB", "DET", "NOUN", "PROPN"]
        tags = ["NNS"] + (["VBZ" if aux == "has" else "VBD"] if aux else []) + [
            "VBN" if aux else "VBD", "DT", "NN", "NNP"]
        lemmas = ["police"] + (["have"] if aux else []) + [lemma, "a", "briefing", "Thursday"]
        return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)

    assert verb_tense(doc("has", "scheduled", "schedule")[2]) == "future"
    assert verb_tense(doc(None, "planned", "plan")[1]) == "future"
    assert verb_tense(doc("had", "scheduled", "schedule")[2]) == "past"  # a plan of the past
    assert verb_tense(doc("has", "held", "hold")[2]) == "past"


def test_a_present_plan_to_act_looks_ahead_when_the_day_hangs_on_the_plan():
    from newsdesk.nlp.timex._tense import verb_tense

    def doc(verb: str, tag: str, lemma: str) -> Doc:
        # "On Tuesday, the union plans to hold a rally": the day attaches to the verb of planning
        words = ["On", "Tuesday", ",", "the", "union", verb, "to", "hold", "a", "rally"]
        return Doc(VOCAB, words=words, heads=[5, 0, 5, 4, 5, 5, 7, 5, 9, 7],
                   deps=["prep", "pobj", "punct", "det", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                   pos=["ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN"],
                   tags=["IN", "NNP", ",", "DT", "NN", tag, "TO", "VB", "DT", "NN"],
                   lemmas=["on", "Tuesday", ",", "the", "union", lemma, "to", "hold", "a", "rally"])

    assert verb_tense(doc("plans", "VBZ", "plan")[5]) == "future"
    assert verb_tense(doc("tries", "VBZ", "try")[5]) == "present"  # not a verb of intending
    assert verb_tense(doc("planned", "VBD", "plan")[5]) == "past"  # told after the fact


def test_a_habitual_clause_names_no_particular_year():
    from newsdesk.nlp.timex._tense import habitual_at

    words = ["The", "season", "is", "usually", "over", "by", "May"]
    doc = Doc(VOCAB, words=words, heads=[1, 2, 2, 2, 2, 2, 5],
              deps=["det", "nsubj", "ROOT", "advmod", "acomp", "prep", "pobj"],
              pos=["DET", "NOUN", "AUX", "ADV", "ADV", "ADP", "PROPN"],
              tags=["DT", "NN", "VBZ", "RB", "RB", "IN", "NNP"])
    assert habitual_at(doc, 6, 7)
    words = ["The", "firm", "used", "to", "publish", "results", "in", "November"]
    doc = Doc(VOCAB, words=words, heads=[1, 2, 2, 4, 2, 4, 4, 6],
              deps=["det", "nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj"],
              pos=["DET", "NOUN", "VERB", "PART", "VERB", "NOUN", "ADP", "PROPN"],
              tags=["DT", "NN", "VBD", "TO", "VB", "NNS", "IN", "NNP"])
    assert habitual_at(doc, 7, 8)
    usual = Context(PUB, None, lambda: "present", "", "", lambda: True)
    assert normalise("month", "May", usual).value == "XXXX-05"
    assert normalise("quarter", "third-quarter", usual).value == "XXXX-Q3"
    assert normalise("season", "summer", usual).value == "XXXX-SU"
    assert normalise("month", "next May", usual).value == "2019-05"  # a named one stays dated
    assert normalise("month", "May", ctx(tense="past")).value == "2018-05"


def test_the_current_quarter_is_the_publications_not_the_one_in_question():
    ref = Ref(date(2018, 1, 1), "Q", 1)
    assert normalise("quarter", "the current quarter", ctx(ref=ref)).value == "2018-Q2"
    assert normalise("quarter", "the quarter", ctx(ref=ref)).value == "2018-Q1"


def test_a_quarter_with_its_year_is_that_years_quarter_in_question():
    # no quarter named before: the latest quarter, in the year written
    assert normalise("quarter", "the 2017 quarter", ctx(tense="past")).value == "2017-Q1"
    ref = Ref(date(2018, 7, 1), "Q", 1)
    assert normalise("quarter", "the 2017 quarter", ctx(ref=ref)).value == "2017-Q3"


def test_the_quarter_is_the_last_quarter_named_even_after_other_dates():
    # "... in its fiscal fourth quarter. Earlier this month it said it would break even for the quarter"
    named = Ref(date(2017, 10, 1), "Q", 1)
    since = Ref(date(2018, 5, 2), "D", 2)  # a day named in between
    told = Context(PUB, since, lambda: "past", "", "", quarter=named)
    assert normalise("quarter", "the quarter", told).value == "2017-Q4"
    assert normalise("quarter", "this quarter", told).value == "2017-Q4"
    assert normalise("quarter", "the quarter", ctx(tense="past", ref=since)).value == "2018-Q1"  # none named
    assert normalise("quarter", "the current quarter", told).value == "2018-Q2"
    assert normalise("quarter", "the first quarter", told).value == "2018-Q1"  # a numbered one: its own


@pytest.mark.parametrize("text, phrase", [
    ("Profit fell from $2 million in the corresponding period last year.",
     "the corresponding period last year"),
    ("Sales for last year's quarter were $3 million.", "last year's quarter"),
    ("For the quarter a year ago, it earned $5 million.", "the quarter a year ago"),
])
def test_a_comparison_period_with_its_year_back_is_one_expression(text, phrase):
    assert cands(text)[phrase][0] == "quarter"
    third = Ref(date(2018, 7, 1), "Q", 1)  # "third-quarter profit rose ..."
    assert normalise("quarter", phrase, ctx(ref=third)).value == "2017-Q3"


def test_is_to_do_is_arranged_ahead():
    from newsdesk.nlp.timex._tense import verb_tense

    words = ["Trading", "is", "to", "resume", "Tuesday"]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 3, 1, 3], deps=["nsubj", "ROOT", "aux", "xcomp", "npadvmod"],
              pos=["NOUN", "AUX", "PART", "VERB", "PROPN"], tags=["NN", "VBZ", "TO", "VB", "NNP"],
              lemmas=["trading", "be", "to", "resume", "Tuesday"])
    assert verb_tense(doc[3]) == "future"


def test_the_publication_days_own_weekday_is_that_day():
    for tense in ("past", "present", "future", None):
        norm = normalise("weekday", "Thursday", ctx(tense=tense))
        assert (norm.value, norm.rule) == ("2018-05-31", "timex.relative.weekday-own")
    assert normalise("weekday", "last Thursday", ctx()).value == "2018-05-24"
    assert normalise("weekday", "next Thursday", ctx()).value == "2018-06-07"


# --------------------------------------------------------------------------- durations, explicit years


def test_over_the_next_decade_is_a_duration():
    norm = normalise("relunit", "the next decade", ctx(before="investment over "))
    assert (norm.type, norm.value, norm.rule) == ("DURATION", "P10Y", "timex.duration.next-unit")
    assert normalise("relunit", "next year", ctx(before="over ")).type == "DATE"  # "over next year"? a date


def test_an_explicit_year_after_a_month_wins():
    norm = normalise("month", "January", ctx(tense="past", after=" day in 2011, when the"))
    assert (norm.value, norm.rule) == ("2011-01", "timex.relative.month-year-after")
    assert normalise("md", "March 3", ctx(after=" of 2011")).value == "2011-03-03"
    assert normalise("month", "January", ctx(tense="past", after=" and 2011")).value == "2018-01"


def test_the_last_week_of_a_month():
    found = cands("Sales peaked the last week of October after the launch.")
    assert found["the last week of October"] == ("week_of", "timex.relative.week-of-month")
    assert normalise("week_of", "the last week of October", ctx(tense="past")).value == "2017-W44"


def test_this_summer_said_after_it_looks_ahead():
    december = date(2015, 12, 21)
    assert normalise("season", "this summer", ctx(tense="future", published=december)).value == "2016-SU"
    assert normalise("season", "this summer", ctx(tense="past", published=december)).value == "2015-SU"


# --------------------------------------------------------------------------- parse checks


def _doc(words, pos, ents=None, sent_starts=None):
    doc = Doc(VOCAB, words=words, pos=pos, sent_starts=sent_starts)
    if ents:
        from spacy.tokens import Span

        doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return doc


def test_a_weekday_that_is_a_first_name_is_not_a_time():
    doc = _doc(["a", "memoir", "by", "Wednesday", "Adams", "about", "it"],
               ["DET", "NOUN", "ADP", "PROPN", "PROPN", "ADP", "PRON"], [(3, 5, "PERSON")])
    assert not plausible("weekday", "Wednesday", doc[3:4], doc)
    doc = _doc(["He", "spoke", "on", "Wednesday", "in", "Rome"],
               ["PRON", "VERB", "ADP", "PROPN", "ADP", "PROPN"])
    assert plausible("weekday", "Wednesday", doc[3:4], doc)


def test_a_show_title_is_not_a_time():
    doc = _doc(["the", "show", "\u201c", "Last", "Week", "Tonight", "\u201d", "aired"],
               ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB"],
               sent_starts=[True] + [False] * 7)
    assert not plausible("relunit", "Last Week", doc[3:5], doc)
    doc = _doc(["He", "left", "last", "week", "."], ["PRON", "VERB", "ADJ", "NOUN", "PUNCT"],
               sent_starts=[True] + [False] * 4)
    assert plausible("relunit", "last week", doc[2:4], doc)


def test_an_award_of_the_year_is_not_a_time():
    doc = _doc(["named", "Person", "of", "the", "Year", "."],
               ["VERB", "PROPN", "ADP", "DET", "PROPN", "PUNCT"], sent_starts=[True] + [False] * 5)
    assert not plausible("relunit", "the Year", doc[3:5], doc)
    doc = _doc(["sales", "of", "the", "year", "."], ["NOUN", "ADP", "DET", "NOUN", "PUNCT"],
               sent_starts=[True] + [False] * 4)
    assert plausible("relunit", "the year", doc[2:4], doc)


def test_now_in_a_compound_is_not_a_time():
    doc = _doc(["his", "now", "-", "familiar", "promise"], ["PRON", "ADV", "PUNCT", "ADJ", "NOUN"])
    assert not plausible("ref", "now", doc[1:2], doc)
    doc = _doc(["He", "is", "here", "now", "."], ["PRON", "AUX", "ADV", "ADV", "PUNCT"])
    assert plausible("ref", "now", doc[3:4], doc)


def test_since_points_back_whatever_the_verb():
    may = date(1999, 5, 6)
    before = "police have been searching for him since shortly after the "
    since = normalise("md", "Oct. 23", ctx(tense="present", before=before, published=may))
    assert since.value == "1998-10-23"
    nearer = normalise("md", "Oct. 23", ctx(tense="present", before="the ", published=may))
    assert nearer.value == "1999-10-23"  # without "since", the nearer one
    assert normalise("month", "September", ctx(before="closed since ", published=may)).value == "1998-09"


def test_the_adjective_future_is_not_the_future():
    words = ["a", "tour", "of", "the", "future", "Acme", "Tower", "today"]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 1, 4, 2, 6, 4, 1],
              deps=["det", "ROOT", "prep", "det", "pobj", "compound", "appos", "npadvmod"],
              pos=["DET", "NOUN", "ADP", "DET", "NOUN", "PROPN", "PROPN", "NOUN"])
    assert not plausible("ref", "the future", doc[3:5], doc)
    words = ["plans", "for", "the", "future", "and", "beyond"]
    doc = Doc(VOCAB, words=words, heads=[0, 0, 3, 1, 3, 3],
              deps=["ROOT", "prep", "det", "pobj", "cc", "conj"],
              pos=["NOUN", "ADP", "DET", "NOUN", "CCONJ", "ADV"])
    assert plausible("ref", "the future", doc[2:4], doc)


def test_a_daily_or_weekly_adjective_is_a_set():
    def doc(words, pos, tags, deps):
        return Doc(VOCAB, words=words, pos=pos, tags=tags, deps=deps, heads=[0] * len(words))

    show = doc(["hosts", "the", "weekly", "show"], ["VERB", "DET", "ADJ", "NOUN"], ["VBZ", "DT", "JJ", "NN"],
               ["ROOT", "det", "amod", "dobj"])
    assert plausible("set", "weekly", show[2:3], show)
    paper = doc(["the", "Party", "daily", "Granma"], ["DET", "PROPN", "NOUN", "PROPN"],
                ["DT", "NNP", "NN", "NNP"], ["det", "compound", "compound", "ROOT"])
    assert not plausible("set", "daily", paper[2:3], paper)
    average = doc(["average", "daily", "volume"], ["ADJ", "ADJ", "NOUN"], ["JJ", "JJ", "NN"],
                  ["amod", "amod", "ROOT"])
    assert not plausible("set", "daily", average[1:2], average)


def test_on_a_day_when_is_no_duration():
    doc = _doc(["On", "a", "day", "when", "rebels", "lost"], ["ADP", "DET", "NOUN", "ADV", "NOUN", "VERB"])
    assert not plausible("duration", "a day", doc[1:3], doc)
    doc = _doc(["It", "took", "a", "day", "."], ["PRON", "VERB", "DET", "NOUN", "PUNCT"])
    assert plausible("duration", "a day", doc[2:4], doc)


def test_no_tomorrow_is_an_idiom():
    doc = _doc(["spend", "like", "there", "is", "no", "tomorrow"],
               ["VERB", "SCONJ", "PRON", "VERB", "DET", "NOUN"])
    assert not plausible("relday", "tomorrow", doc[5:6], doc)
    doc = _doc(["vote", "tomorrow", "."], ["VERB", "NOUN", "PUNCT"])
    assert plausible("relday", "tomorrow", doc[1:2], doc)


def test_that_night_is_a_time_of_the_reference_day():
    ref = Ref(date(2011, 3, 4), "D", 1)
    norm = normalise("anaphoric", "that night", ctx(ref=ref))
    assert (norm.type, norm.value) == ("TIME", "2011-03-04TNI")
    assert normalise("anaphoric", "the night before", ctx(ref=ref)).value == "2011-03-03TNI"
    assert normalise("anaphoric", "that day", ctx(ref=ref)).type == "DATE"


def test_a_dated_line_glued_to_the_words_before_it():
    found = cands("moderatorFeaturedFebruary 6, 2016 8:35PM 'There It Is!'")
    assert found["February 6, 2016 8:35PM"] == ("date_time", "timex.clock.day-at-time")
    assert "2016" not in found
    assert "May 2" not in cands("the dismay 2 days on")  # a lower-case month never starts a glued match


def test_an_adjectival_quantity_leaves_the_article_to_its_noun():
    found = cands("The 18-minute speech followed the two day rally and the 30-day delay.")
    assert "18-minute" in found and "The 18-minute" not in found
    assert "two day" in found and "30-day" in found
    assert "the past two years" in cands("He worked there for the past two years.")
    assert "the two years" in cands("He did it in the two years he had.")  # a noun phrase keeps it
    assert "year-ago" in cands("The year-ago results were restated.")


def test_a_spoken_year_after_a_month_or_a_season():
    found = cands("One man was killed. January nineteen ninety-seven. Atlanta again.")
    assert found["January nineteen ninety-seven"][0] == "my"
    assert normalise("my", "January nineteen ninety-seven", ctx()).value == "1997-01"
    assert normalise("season", "the winter of nineteen ninety-four", ctx()).value == "1994-WI"


def test_a_web_page_stamp_is_one_time():
    found = cands("Police said. updated: Sat Jul 30 2011 01:14:00 The talks went on.")
    assert found["Sat Jul 30 2011 01:14:00"] == ("date_time", "timex.clock.day-at-time")
    assert normalise("date_time", "Sat Jul 30 2011 01:14:00", ctx()).value == "2011-07-30T01:14"


@pytest.mark.parametrize(("text", "stamp", "value"), [
    ("Good show. At 16:12 29th Apr 2009, a reader wrote: yes.", "16:12 29th Apr 2009", "2009-04-29T16:12"),
    ("A reporter | 12:13 UK time, Thursday, 10 June 2010 The minister spoke.",
     "12:13 UK time, Thursday, 10 June 2010", "2010-06-10T12:13"),
    ("At 00:10 am on 06 May 2009, a reader wrote: no.", "00:10 am on 06 May 2009", "2009-05-06T00:10"),
    ("Figures gathered at 16:00 on 17 June 2010.", "16:00 on 17 June 2010", "2010-06-17T16:00"),
    ("ROME | Thu Apr 30, 2009 7:36 pm EDT ROME (Wire) - Officials said.", "Thu Apr 30, 2009 7:36 pm EDT",
     "2009-04-30T19:36"),
])
def test_web_page_stamps_with_a_24_hour_clock(text, stamp, value):
    found = find_candidates(text)
    hit = next(c for c in found if c.text == stamp)
    assert normalise(hit.kind, hit.text, ctx()).value == value


def test_super_tuesday_is_one_expression():
    assert cands("delegates after Super Tuesday balloting")["Super Tuesday"][0] == "weekday"
    assert normalise("weekday", "Super Tuesday", ctx(tense="past")).value == "2018-05-29"


def test_a_quarter_inside_a_longer_word_is_no_quarter():
    assert "first quarter" not in cands("after its first quarterly loss as a public firm")
    assert "The quarter" not in cands("The quarter-to-quarter comparison was better.")
    assert "the first quarter of 1999" in cands("Sales rose in the first quarter of 1999.")


def test_names_that_hold_time_words():
    march = _doc(["the", "``", "March", "of", "the", "Combatant", "Mothers"],
                 ["DET", "PUNCT", "PROPN", "ADP", "DET", "PROPN", "PROPN"])
    assert not plausible("month", "March", march[2:3], march)
    dated = _doc(["rain", "in", "March", "of", "the", "year"],
                 ["NOUN", "ADP", "PROPN", "ADP", "DET", "NOUN"])
    assert plausible("month", "March", dated[2:3], dated)
    show = _doc(["said", "on", "``", "60", "Minutes", "''"],
                ["VERB", "ADP", "PUNCT", "NUM", "PROPN", "PUNCT"], sent_starts=[True] + [False] * 5)
    assert not plausible("duration", "60 Minutes", show[3:5], show)
    headline = _doc(["Obama", "'s", "First", "100", "Days"], ["PROPN", "PART", "ADJ", "NUM", "NOUN"],
                    sent_starts=[True] + [False] * 4)
    assert plausible("duration", "First 100 Days", headline[2:5], headline)
    paper = _doc(["This", "is", "VOA", "Today", "."], ["PRON", "AUX", "PROPN", "PROPN", "PUNCT"],
                 sent_starts=[True] + [False] * 4)
    assert not plausible("relday", "Today", paper[3:4], paper)
    paper = _doc(["told", "USA", "TODAY", "."], ["VERB", "PROPN", "PROPN", "PUNCT"],
                 sent_starts=[True] + [False] * 3)
    assert not plausible("relday", "TODAY", paper[2:3], paper)
    show = _doc(["on", "Piers", "Morgan", "Tonight", "."], ["ADP", "PROPN", "PROPN", "PROPN", "PUNCT"],
                sent_starts=[True] + [False] * 4)
    assert not plausible("relday", "Tonight", show[3:4], show)
    opening = _doc(["Today", ",", "he", "left"], ["NOUN", "PUNCT", "PRON", "VERB"],
                   sent_starts=[True] + [False] * 3)
    assert plausible("relday", "Today", opening[0:1], opening)


def test_a_year_after_a_comma_without_a_space():
    found = cands("School of Economics, University of Delhi,1996 and")
    assert found["1996"] == ("year", "timex.absolute.year")
    assert "2000" not in cands("a bill of 3,2000 dollars")


# ------------------------------------------------------------------- clock times, holidays, vague words


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Posted March 21, 2011 at 5:34 pm | Reply", "March 21, 2011 at 5:34 pm", "2011-03-21T17:34"),
    ("Featured February 6, 2016 8:35PM", "February 6, 2016 8:35PM", "2016-02-06T20:35"),
    ("At 7:22 pm on 20 May 2009, a reader wrote:", "7:22 pm on 20 May 2009", "2009-05-20T19:22"),
    ("Tweeted 3:44 pm ET February 11, 2013 by the bank", "3:44 pm ET February 11, 2013", "2013-02-11T15:44"),
    ("Aired on the station, 4:30 PM Thu, 11 Jun 2009", "4:30 PM Thu, 11 Jun 2009", "2009-06-11T16:30"),
    ("The briefing began at 3.30 pm CDT in Venice.", "3.30 pm CDT", "2018-05-31T15:30"),
])
def test_a_day_and_its_clock_time_are_one_time(text, phrase, value):
    kind, _ = cands(text)[phrase]
    norm = normalise(kind, phrase, ctx())
    assert (norm.type, norm.value) == ("TIME", value)


def test_a_live_blog_stamp_opening_a_paragraph_is_a_time():
    found = {c.text: c for c in find_candidates("Rescue teams arrived.\n0912 Mike Thomas tells the BBC ...")}
    assert found["0912"].rule == "timex.clock.blog-stamp"
    assert normalise("stamp", "0912", ctx(before="arrived.\n")).value == "2018-05-31T09:12"
    assert cands("\n2015 The year the deal was signed")["2015"][0] == "year"  # a year, not 20:15


@pytest.mark.parametrize(("name", "value"), [
    ("Labor Day", "2018-09-03"), ("Memorial Day", "2018-05-28"), ("Martin Luther King Day", "2018-01-15"),
    ("Presidents Day", "2018-02-19"), ("Good Friday", "2018-03-30"), ("Mother's Day", "2018-05-13"),
])
def test_floating_holidays(name, value):
    assert cands(f"The office is closed on {name}.")[name][0] == "holiday"
    assert normalise("holiday", name, ctx(tense="past" if value < "2018-05-31" else "future")).value == value


def test_vague_quantities_and_pairs():
    assert normalise("duration", "thousands of years", ctx()).value == "PXY"
    found = cands("The repair could require months if not years of work.")
    assert {"months", "years"} <= set(found)
    assert "the moment" in cands("For the moment the road stays open, police said.")
    assert normalise("ref", "the recent past", ctx()).value == "PAST_REF"
    assert "the recent past" in cands("It suffered floods in the recent past.")


def test_a_year_glued_to_a_word_is_not_a_year():
    assert "2008" not in cands("At noon, 2008copper wrote:")
    assert "2008" in cands("It fell in 2008.")


@pytest.mark.parametrize(("text", "published", "value"), [
    ("The race is tight from now to Election Day.", date(1998, 10, 26), "1998-11-03"),
    ("Turnout on Election Day 2016 was high.", date(2017, 3, 1), "2016-11-08"),
    ("He resigned before Inauguration Day.", date(2017, 2, 1), "2017-01-20"),
])
def test_us_civic_days(text, published, value):
    kind, rule = cands(text)[next(k for k in cands(text) if "Day" in k)]
    assert rule == "timex.relative.holiday"
    tense = "future" if "from now" in text else "past"
    phrase = next(k for k in cands(text) if "Day" in k)
    assert normalise(kind, phrase, ctx(tense=tense, published=published)).value == value


def test_election_day_without_a_tense_is_the_next_one():
    # published in February 2016: the nearest Election Day was November 2015, the one meant is ahead
    assert normalise("holiday", "Election Day", ctx(published=date(2016, 2, 9))).value == "2016-11-08"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Health care costs rose over the years.", "the years", "PXY"),
    ("In the years that followed, the rebels regrouped.", "the years", "PXY"),
    ("It turned a profit after several quarters of losses.", "several quarters", "PXQ"),
])
def test_vague_stretches(text, phrase, value):
    kind, _ = cands(text)[phrase]
    assert normalise(kind, phrase, ctx()).value == value


@pytest.mark.parametrize(("text", "phrase", "kept"), [
    ("They import three quarters of their food.", "three quarters", False),  # a fraction
    ("It lost money for several quarters of the year.", "several quarters", True),  # a stretch of time
])
def test_quarters_of_something(text, phrase, kept):
    doc = Doc(VOCAB, words=text[:-1].split() + ["."])
    start = len(text[: text.index(phrase)].split())
    span = doc[start:start + len(phrase.split())]
    assert plausible("duration", phrase, span, doc) is kept


def test_present_day_today_is_not_the_day():
    def doc(words, pos):
        lemmas = [w[:-3] + "y" if w.endswith("ies") else w for w in words]
        return Doc(VOCAB, words=words, pos=pos, lemmas=lemmas, heads=[0] * len(words),
                   deps=["dep"] * len(words))

    era = doc(["the", "music", "of", "today", "'s", "young", "families"],
              ["DET", "NOUN", "ADP", "NOUN", "PART", "ADJ", "NOUN"])
    assert not plausible("relday", "today", era[3:4], era)
    paper = doc(["in", "today", "'s", "edition", "of", "the", "paper"],
                ["ADP", "NOUN", "PART", "NOUN", "ADP", "DET", "NOUN"])
    assert plausible("relday", "today", paper[1:2], paper)


def test_a_rate_after_millions_is_a_set():
    found = cands("The plant will save $40 million a year in fuel costs.")
    assert found["a year"] == ("set", "timex.set.rate")
    assert normalise("set", "a year", ctx()).value == "P1Y"
    assert "a year" not in cands("Sales fell to $3 million from $4 million a year ago.")


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The board worries about the risks of the near term.", "the near term", "FUTURE_REF"),
    ("Margins will shrink in the short term, the company said.", "the short term", "FUTURE_REF"),
    ("The refinery will stay closed for a while.", "a while", "PXX"),
])
def test_the_near_term_and_a_while(text, phrase, value):
    kind, _ = cands(text)[phrase]
    assert normalise(kind, phrase, ctx()).value == value


def test_a_near_term_compound_is_no_time():
    found = cands("It repaid short-term debt; the near-term outlook is weak in the short term debt market.")
    assert not any("term" in text for text in found)


def test_a_spoken_day_of_the_month():
    day = "this coming Tuesday, June fifth"
    kind, _ = cands(f"The vote is {day}, he said.")[day]
    assert kind == "md"
    assert normalise(kind, day, ctx()).value == "2018-06-05"
    assert normalise("md", "March eighth", ctx(tense="past")).value == "2018-03-08"


def test_half_of_a_decade_is_one_expression():
    found = cands("Sales stalled in the last half of the '90s and the first half of the 1970s.")
    assert found["the last half of the '90s"][0] == "decade"
    late = normalise("decade", "the last half of the '90s", ctx())
    assert (late.value, late.mod) == ("199", "END")
    assert normalise("decade", "the first half of the 1970s", ctx()).mod == "START"


def test_a_capitalised_noon_in_a_title_is_no_time():
    film = Doc(VOCAB, words=["He", "watched", "``", "High", "Noon", "''", "again", "."],
               sent_starts=[True] + [False] * 7)
    assert not plausible("time", "Noon", film[4:5], film)
    lunch = Doc(VOCAB, words=["They", "met", "at", "noon", "."], sent_starts=[True] + [False] * 4)
    assert plausible("time", "noon", lunch[3:4], lunch)


def test_the_people_of_tomorrow_is_no_day():
    def doc(words, pos):
        return Doc(VOCAB, words=words, pos=pos, heads=[0] * len(words), deps=["dep"] * len(words))

    era = doc(["the", "leaders", "of", "tomorrow", "."], ["DET", "NOUN", "ADP", "NOUN", "PUNCT"])
    assert not plausible("relday", "tomorrow", era[3:4], era)
    day = doc(["the", "vote", "is", "tomorrow", "."], ["DET", "NOUN", "AUX", "NOUN", "PUNCT"])
    assert plausible("relday", "tomorrow", day[3:4], day)


def test_two_days_of_one_month_are_two_dates():
    from newsdesk.nlp.timex import find_times

    doc = spacy.blank("en")("The summit will be held on April 24 and 25 in Washington.")
    found = find_times(doc, "1999-02-10")
    assert [(t.text, t.value) for t in found] == [("April 24", "1999-04-24"), ("25", "1999-04-25")]
    assert "April 24 and 25" not in cands("Shares rose between April 24 and 25 percent.")


def test_at_this_moment_is_now():
    kind, rule = cands("He would not travel at this crucial moment, aides said.")["this crucial moment"]
    assert rule == "timex.reference.moment"
    assert normalise(kind, "this crucial moment", ctx()).value == "PRESENT_REF"
    assert "this moment" not in cands("At this moment of crisis, he spoke.")


def test_in_the_morning_is_the_morning_of_the_day_in_question():
    kind, rule = cands("Dealers placed buy orders in the morning, then sold.")["the morning"]
    assert rule == "timex.anaphoric.part-of-day"
    friday = Ref(date(2018, 5, 25), "D", 1)
    found = normalise(kind, "the morning", ctx(tense="past", ref=friday))
    assert (found.type, found.value) == ("TIME", "2018-05-25TMO")
    habit = normalise(kind, "the morning", ctx(tense="present"))  # "never drinks coffee in the morning"
    assert (habit.type, habit.value) == ("SET", "XXXX-XX-XXTMO")
    assert "the morning" not in cands("He read it in the morning papers.")


def test_do_support_keeps_the_present():
    from newsdesk.nlp.timex._tense import verb_tense

    words = ["He", "does", "not", "drink", "coffee"]
    doc = Doc(VOCAB, words=words, tags=["PRP", "VBZ", "RB", "VB", "NN"], heads=[3, 3, 3, 3, 3],
              deps=["nsubj", "aux", "neg", "ROOT", "dobj"])
    assert verb_tense(doc[3]) == "present"


def test_trading_and_business_days_are_days():
    found = cands("Eight trading days after the crash, and within 10 business days, it recovered.")
    assert found["Eight trading days"][0] == "duration"
    assert normalise("duration", "Eight trading days", ctx()).value == "P8D"
    assert normalise("duration", "10 business days", ctx()).value == "P10D"


def test_a_unit_after_counted_things_is_a_rate():
    from newsdesk.nlp.timex._filters import counted_rate

    def doc(rows):
        words, tags, heads, deps = zip(*rows, strict=True)
        return Doc(VOCAB, words=list(words), tags=list(tags), heads=list(heads), deps=list(deps))

    flights = doc([("Qantas", "NNP", 1, "nsubj"), ("runs", "VBZ", 1, "ROOT"), ("four", "CD", 3, "nummod"),
                   ("flights", "NNS", 1, "dobj"), ("a", "DT", 5, "det"), ("week", "NN", 3, "npadvmod")])
    assert counted_rate("a week", flights[4:6], flights)
    calls = doc([("They", "PRP", 1, "nsubj"), ("did", "VBD", 1, "ROOT"), ("hundreds", "NNS", 1, "dobj"),
                 ("of", "IN", 2, "prep"), ("interviews", "NNS", 3, "pobj"), ("a", "DT", 6, "det"),
                 ("day", "NN", 1, "npadvmod")])
    assert counted_rate("a day", calls[5:7], calls)
    talks = doc([("The", "DT", 1, "det"), ("talks", "NNS", 2, "nsubj"), ("lasted", "VBD", 2, "ROOT"),
                 ("a", "DT", 4, "det"), ("week", "NN", 2, "npadvmod")])
    assert not counted_rate("a week", talks[3:5], talks)


def test_at_the_time_with_a_clause_is_a_conjunction_unless_said():
    def doc(rows):
        words, lemmas, heads, deps = zip(*rows, strict=True)
        return Doc(VOCAB, words=list(words), lemmas=list(lemmas), heads=list(heads), deps=list(deps))

    when = doc([("At", "at", 2, "prep"), ("the", "the", 2, "det"), ("time", "time", 2, "ROOT"),
                ("Ruiz", "Ruiz", 5, "nsubjpass"), ("was", "be", 5, "auxpass"),
                ("captured", "capture", 2, "relcl")])
    assert not plausible("ref", "the time", when[1:3], when)
    said = doc([("saying", "say", 0, "ROOT"), ("at", "at", 0, "prep"), ("the", "the", 3, "det"),
                ("time", "time", 1, "pobj"), ("he", "he", 5, "nsubj"), ("was", "be", 3, "relcl")])
    assert plausible("ref", "the time", said[2:4], said)
    then = doc([("It", "it", 1, "nsubj"), ("was", "be", 1, "ROOT"), ("at", "at", 1, "prep"),
                ("the", "the", 4, "det"), ("time", "time", 2, "pobj")])
    assert plausible("ref", "the time", then[3:5], then)
    assert cands("He said at the time it was a mistake.")["the time"][1] == "timex.anaphoric.at-the-time"


def test_an_elided_last_is_the_period_before_the_one_named():
    assert cands("Profit will be twice as high this year as last.")["last"][0] == "elided"
    assert "last" not in cands("He came at last. They met last.")
    this_year = Ref(date(2018, 1, 1), "Y", 1)
    assert normalise("elided", "last", ctx(ref=this_year)).value == "2017"
    assert normalise("elided", "last", ctx(ref=Ref(PUB, "D", 1))) is None  # no period named
