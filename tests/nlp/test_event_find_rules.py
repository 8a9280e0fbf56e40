"""Events found by the s35 ev-find rules, on hand-built parses of invented sentences."""

from __future__ import annotations

from parses import tagged_doc as _doc


def _triggers(doc):
    from newsdesk.nlp.events._participants import Resolver
    from newsdesk.nlp.events._triggers import find_triggers

    return find_triggers(doc, Resolver(doc, doc.text, [], []))


def test_parse_naming_someone_with_a_common_insult_criticises_them():
    # "Mora called Ostby a petulant thug"
    doc = _doc(["Mora", "called", "Ostby", "a", "petulant", "thug"], [1, 1, 1, 5, 5, 1],
               ["nsubj", "ROOT", "dobj", "det", "amod", "oprd"],
               ["PROPN", "VERB", "PROPN", "DET", "ADJ", "NOUN"],
               ["NNP", "VBD", "NNP", "DT", "JJ", "NN"], ["Mora", "call", "Ostby", "a", "petulant", "thug"])
    assert [(t.type, t.rule) for t in _triggers(doc)] == [("DISAPPROVE", "event.reported-criticism")]


def test_parse_an_event_noun_subject_of_a_reported_clause_is_the_news():
    from newsdesk.nlp.events._find import find_events

    # "Clashes were continuing, Lisk said"
    doc = _doc(["Clashes", "were", "continuing", ",", "Lisk", "said"], [2, 2, 5, 5, 5, 5],
               ["nsubj", "aux", "ccomp", "punct", "nsubj", "ROOT"],
               ["NOUN", "AUX", "VERB", "PUNCT", "PROPN", "VERB"], ["NNS", "VBD", "VBG", ",", "NNP", "VBD"],
               ["clash", "be", "continue", ",", "Lisk", "say"])
    assert [(e.type, e.trigger.text) for e in find_events(doc, [], [], [])] == [("FIGHT", "Clashes")]
