"""Attribution rules on sentences written for these tests: each asserts who said what."""

import pytest

from builders import paragraphs as _article
from newsdesk.nlp import analyze
from newsdesk.nlp.quotes._marks import find_quotations


def _quotes(nlp, *paragraphs: str):
    return analyze(_article(*paragraphs), nlp).quotes


def _find(quotes, phrase: str):
    hits = [q for q in quotes if phrase in q.content.text]
    assert len(hits) == 1, [(q.content.text, q.speaker) for q in quotes]
    return hits[0]


# -- quotation marks ----------------------------------------------------------------------


def test_marks_pair_curly_straight_and_doubled_apostrophes():
    text = "He said “we go,” then \"we stay\" and ''we wait.'' It isn’t over."
    inner = [text[m.start:m.end] for m in find_quotations(text)]
    assert inner == ["we go", "we stay", "we wait"]


def test_marks_tell_single_quotes_from_apostrophes():
    text = "The minister’s plan was ‘a disgrace’, critics said, but it’s the ’90s again."
    assert [text[m.start:m.end] for m in find_quotations(text)] == ["a disgrace"]


def test_a_curly_quote_closed_by_a_straight_mark_is_one_quote():
    text = "“We will rebuild the pier,\" the mayor said. \"And the ferry.”"
    inner = [text[m.start:m.end] for m in find_quotations(text)]
    assert inner == ["We will rebuild the pier", "And the ferry"]


def test_an_opening_curly_mark_turned_the_wrong_way_closes_a_quote():
    text = "“Is this fair?“ she asked. “No.”"
    assert [text[m.start:m.end] for m in find_quotations(text)] == ["Is this fair?", "No"]


def test_a_straight_mark_opening_a_word_does_not_close_a_curly_quote():
    text = "“Call it \"reform” if you like, she said."
    assert [text[m.start:m.end] for m in find_quotations(text)] == ['Call it "reform']


def test_an_unclosed_quote_runs_on_into_the_next_paragraph():
    text = "“We will rebuild every school.\n\n“And every clinic,” she said."
    marks = find_quotations(text)
    assert [text[m.start:m.end] for m in marks] == ["We will rebuild every school", "And every clinic"]
    assert marks[0].unclosed and marks[1].continues


# -- kinds, cues and parts ------------------------------------------------------------------


@pytest.mark.slow
def test_a_quote_split_around_its_cue_is_one_group(nlp):
    qs = _quotes(nlp, "Anna Berg is the mayor of Tromsø.",
                 "“The harbour will reopen,” Ms Berg said on Monday. “But not before spring.”")
    first, second = _find(qs, "harbour will reopen"), _find(qs, "not before spring")
    assert first.kind == second.kind == "direct"
    assert first.speaker == second.speaker == "Anna Berg"
    assert second.group == first.group == first.id
    assert first.cue.text == "said"


@pytest.mark.slow
def test_a_quoted_fragment_inside_reported_speech_is_mixed(nlp):
    qs = _quotes(nlp, "Finance Minister Olav Lund said the budget was “a fair compromise” for the regions.")
    q = _find(qs, "fair compromise")
    assert q.kind == "mixed" and q.speaker == "Olav Lund"
    assert "the budget was" in q.clause.text


@pytest.mark.slow
def test_reported_speech_without_marks_is_indirect(nlp):
    qs = _quotes(nlp, "Prime Minister Ingrid Dahl warned that the strike could spread to the ports.")
    q = _find(qs, "strike could spread")
    assert q.kind == "indirect" and q.speaker == "Ingrid Dahl" and q.cue.text == "warned"


@pytest.mark.slow
def test_according_to_names_the_source(nlp):
    qs = _quotes(nlp, "Exports fell by 4% in March, according to the statistics office.")
    q = _find(qs, "Exports fell")
    assert q.cue.text == "according to" and q.speaker == "the statistics office"
    assert q.speaker_type == "organization"


@pytest.mark.slow
def test_being_asked_to_stay_is_no_statement_and_declining_to_say_is_a_refusal(nlp):
    qs = _quotes(nlp, "The mayor was asked to stay on for another year.")
    assert qs == []
    qs = _quotes(nlp, "The ministry declined to say whether the talks would resume.")
    assert [(q.cue.text, q.content.text) for q in qs] == [
        ("declined", "to say whether the talks would resume")]


# -- speakers --------------------------------------------------------------------------------


@pytest.mark.slow
def test_relayed_words_keep_their_outlet(nlp):
    qs = _quotes(nlp,
                 "Foreign Minister Pavel Orlov met his Chinese counterpart on Monday.",
                 "The talks were useful, Tass news agency cited Mr Orlov as saying.",
                 "“We agreed on the next steps,” Mr Orlov was quoted as saying.")
    indirect, direct = _find(qs, "talks were useful"), _find(qs, "next steps")
    assert indirect.speaker == direct.speaker == "Pavel Orlov"
    assert indirect.intermediary == direct.intermediary == "Tass"


@pytest.mark.slow
def test_an_outlet_reporting_a_statement_is_its_intermediary(nlp):
    qs = _quotes(nlp, "President Tomas Varga said the border would stay open, Reuters reported.")
    q = _find(qs, "border would stay open")
    assert q.speaker == "Tomas Varga" and q.intermediary == "Reuters"
    assert not any(q.speaker == "Reuters" for q in qs)


@pytest.mark.slow
def test_an_anonymous_source_stays_its_own_speaker(nlp):
    qs = _quotes(nlp,
                 "Defence Secretary Mark Ellis arrived in Oslo on Tuesday.",
                 "A senior defence official, who asked not to be identified, said the visit had been "
                 "planned for months. The official said no agreement would be signed.")
    first, later = _find(qs, "planned for months"), _find(qs, "no agreement")
    for q in (first, later):
        assert q.anonymous and q.speaker_id is None
        assert q.speaker == "A senior defence official"
    assert not any("not to be identified" in q.content.text for q in qs)


@pytest.mark.slow
def test_pronouns_follow_the_latest_person_of_their_gender(nlp):
    qs = _quotes(nlp,
                 "Ms Clara Novak met Mr Peter Holm in Prague.",
                 "She said the meeting had gone well. He said nothing had been decided.")
    assert _find(qs, "gone well").speaker == "Clara Novak"
    assert _find(qs, "nothing had been decided").speaker == "Peter Holm"


@pytest.mark.slow
def test_he_after_a_report_is_the_reporter_not_the_reported_subject(nlp):
    # "Y" is the subject of the clause X reports; the next "he" who speaks is X, the nearer Y only
    # when no reporter of that gender comes before
    qs = _quotes(nlp,
                 "Spokesman Tomas Berg said Mr Anders Lind hoped to visit Riga in May. "
                 "He declined to say whether the trip would include talks on energy.")
    assert _find(qs, "the trip would include").speaker == "Tomas Berg"
    qs = _quotes(nlp,
                 "The ministry said Mr Anders Lind hoped to visit Riga in May. "
                 "He said the trip would include talks on energy.")
    assert _find(qs, "the trip would include").speaker == "Anders Lind"


@pytest.mark.slow
def test_a_title_resolves_to_the_person_holding_it(nlp):
    qs = _quotes(nlp,
                 "Health Minister Sofia Reyes visited the hospital in Quito.",
                 "The minister said more nurses would be hired this year.")
    assert _find(qs, "more nurses").speaker == "Sofia Reyes"


@pytest.mark.slow
def test_a_quote_with_no_cue_continues_the_previous_speaker(nlp):
    qs = _quotes(nlp,
                 "“We lost everything,” said farmer Jonas Meyer, standing in his flooded field.",
                 "“The water came at night. Nobody warned us.”")
    assert _find(qs, "Nobody warned us").speaker == "Jonas Meyer"


@pytest.mark.slow
def test_a_transcript_label_attributes_the_paragraph(nlp):
    qs = _quotes(nlp, "Governor Mary Fallon spoke to the station on Sunday.",
                 "FALLON: I think the state needs to work together on this.")
    q = _find(qs, "state needs to work together")
    assert q.speaker == "Mary Fallon" and q.cue.text == ":"


@pytest.mark.slow
def test_a_quote_inside_a_reported_clause_belongs_to_the_reporter(nlp):
    qs = _quotes(nlp, "Trade Commissioner Lena Varga said both sides had agreed to work "
                      "“day and night” on the details.")
    assert _find(qs, "day and night").speaker == "Lena Varga"


@pytest.mark.slow
def test_a_name_within_quoted_words_is_not_the_pronoun_antecedent(nlp):
    qs = _quotes(nlp, "Analyst Ruth Okafor has followed the talks for years.",
                 "“Mr Daniel Price needs a success before the summer,” she said.")
    assert _find(qs, "needs a success").speaker == "Ruth Okafor"


@pytest.mark.slow
def test_an_honorific_picks_the_person_of_that_gender(nlp):
    qs = _quotes(nlp, "Presidential spokeswoman Lee Soo-jin said the trip had been planned for months.",
                 "President Lee Dong-hoon will travel to Osaka next week. Lee Dong-hoon has not "
                 "visited Japan since 2019.",
                 "“The president wants a fresh start,” Ms Lee said.")
    assert _find(qs, "fresh start").speaker == "Lee Soo-jin"
