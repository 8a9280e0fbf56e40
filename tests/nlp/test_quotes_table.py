"""The speech-verb table: one home for cue, reporting and stance verbs, checked as data."""

import pytest

from newsdesk.nlp import speech_verbs
from newsdesk.nlp.events import _word_classes as event_words
from newsdesk.nlp.quotes import _frames, _lexicon


def test_rows_are_lower_case_lemmas_without_padding():
    for lemma in speech_verbs.VERBS:
        assert lemma == lemma.strip().lower() and lemma.isalpha(), lemma


def test_the_table_rejects_duplicates_unknown_attributes_and_bad_lemmas():
    with pytest.raises(ValueError, match="twice"):
        speech_verbs._parse("say cue\nsay cue core\n")
    with pytest.raises(ValueError, match="unknown attribute"):
        speech_verbs._parse("say cue loud\n")
    with pytest.raises(ValueError, match="lower-case"):
        speech_verbs._parse("Say cue\n")
    with pytest.raises(ValueError, match="lower-case"):
        speech_verbs._parse("told, cue\n")
    with pytest.raises(ValueError, match="weak but no cue"):
        speech_verbs._parse("know weak\n")
    with pytest.raises(ValueError, match="both object and clause"):
        speech_verbs._parse("maintain cue object clause\n")


def test_the_table_source_has_no_duplicate_rows():
    lemmas = [line.split()[0] for line in speech_verbs._TABLE.splitlines() if line.strip()]
    assert len(lemmas) == len(set(lemmas))
    assert lemmas == sorted(lemmas), "rows are kept in alphabetical order"


def test_inflected_forms_are_not_rows():
    # the finders compare lemmas: an inflected row ("told") could never match
    assert not {"told", "said", "says", "believes", "warned"} & set(speech_verbs.VERBS)


def test_quotes_and_events_read_the_same_table():
    assert _lexicon.SPEECH_VERBS is speech_verbs.SPEECH_VERBS
    assert _lexicon.WEAK_VERBS is speech_verbs.WEAK_VERBS
    assert _lexicon.RELAY_VERBS is speech_verbs.RELAY_VERBS
    assert _frames._CORE_SPEECH is speech_verbs.CORE_SPEECH
    assert _frames._XCOMP_VERBS is speech_verbs.TO_VERBS
    assert _frames._EVIDENCE_VERBS is speech_verbs.EVIDENCE_VERBS
    assert event_words.REPORTING_VERBS is speech_verbs.REPORTING_VERBS


def test_derived_sets_agree():
    cues = speech_verbs.SPEECH_VERBS
    assert speech_verbs.WEAK_VERBS <= cues
    assert speech_verbs.CORE_SPEECH <= cues - speech_verbs.WEAK_VERBS  # plain saying needs no clause
    assert speech_verbs.RELAY_VERBS <= cues
    assert speech_verbs.EVIDENCE_VERBS <= speech_verbs.WEAK_VERBS
    assert speech_verbs.OBJECT_VERBS <= cues
    assert set(speech_verbs.CONTENT_PREPS) <= cues
    # a verb with a belief, wish or plan needs something it is about
    assert speech_verbs.BELIEF_VERBS <= speech_verbs.WEAK_VERBS
    # the verbs events treat as reporting are mostly cues; the rest are verbs of learning
    assert speech_verbs.REPORTING_VERBS - cues == {"hear", "learn", "remember", "understand"}
    for preps in speech_verbs.CONTENT_PREPS.values():
        assert all(p == p.strip().lower() and p.isalpha() for p in preps)


def test_having_rejects_an_unknown_attribute():
    with pytest.raises(KeyError):
        speech_verbs.having("loud")
