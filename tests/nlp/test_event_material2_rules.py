"""Material acts found where no trigger fired: aid facilities set up, sums of money raised.
Hand-built parses of invented sentences."""

from __future__ import annotations

from parses import tagged_doc as _doc


def _with_arguments(doc):
    from newsdesk.nlp.events._arguments import arguments
    from newsdesk.nlp.events._participants import Resolver
    from newsdesk.nlp.events._triggers import find_triggers

    res = Resolver(doc, doc.text, [], [])
    return [(t, arguments(t, res, None, [])) for t in find_triggers(doc, res)]


def _set_up(obj: list[str], obj_lemmas: list[str], tags: list[str]):
    # "the charity set up a <obj>": the last word of obj is the head, the others its compounds
    n = len(obj)
    head = 4 + n - 1
    return _doc(["the", "charity", "set", "up", *obj], [1, 2, 2, 2, *([head] * (n - 1)), 2],
                ["det", "nsubj", "ROOT", "prt", *(["compound"] * (n - 1)), "dobj"],
                ["DET", "NOUN", "VERB", "ADP", *(["NOUN"] * n)], ["DT", "NN", "VBD", "RP", *tags],
                ["the", "charity", "set", "up", *obj_lemmas])


def test_parse_a_fund_or_relief_facility_set_up_is_aid_a_committee_is_not():
    [(t, args)] = _with_arguments(_set_up(["relief", "fund"], ["relief", "fund"], ["NN", "NN"]))
    assert (t.type, t.rule) == ("AID", "event.verb.set+up")
    assert [p.name for p in args.actors] == ["the charity"]
    [(t, _)] = _with_arguments(_set_up(["food", "banks"], ["food", "bank"], ["NN", "NNS"]))
    assert (t.type, t.rule) == ("AID", "event.verb.set+up")
    assert _with_arguments(_set_up(["committee"], ["committee"], ["NN"])) == []
    assert _with_arguments(_set_up(["sports", "club"], ["sport", "club"], ["NNS", "NN"])) == []


def test_parse_a_depot_set_up_for_supplies_is_aid_and_not_its_own_recipient():
    # "a depot was set up for supplies": set up for aid goods; the depot receives nothing
    doc = _doc(["a", "depot", "was", "set", "up", "for", "supplies"], [1, 3, 3, 3, 3, 3, 5],
               ["det", "nsubjpass", "auxpass", "ROOT", "prt", "prep", "pobj"],
               ["DET", "NOUN", "AUX", "VERB", "ADP", "ADP", "NOUN"],
               ["DT", "NN", "VBD", "VBN", "RP", "IN", "NNS"],
               ["a", "depot", "be", "set", "up", "for", "supply"])
    [(t, args)] = _with_arguments(doc)
    assert (t.type, t.rule) == ("AID", "event.verb.set+up")
    assert args.recipients == []
    plain = _doc(["a", "depot", "was", "set", "up", "for", "tools"], [1, 3, 3, 3, 3, 3, 5],
                 ["det", "nsubjpass", "auxpass", "ROOT", "prt", "prep", "pobj"],
                 ["DET", "NOUN", "AUX", "VERB", "ADP", "ADP", "NOUN"],
                 ["DT", "NN", "VBD", "VBN", "RP", "IN", "NNS"],
                 ["a", "depot", "be", "set", "up", "for", "tool"])
    assert _with_arguments(plain) == []


def _called(words, heads, deps, pos, tags, lemmas, ents):
    return _with_arguments(_doc(words, heads, deps, pos, tags, lemmas, ents))


def test_parse_calling_a_named_person_is_a_phone_call_calling_them_names_is_not():
    # "Okafor called Ruiz": a telephone call (CAMEO 041, PLOVER CONSULT), even with no phone named
    [(t, args)] = _called(["Okafor", "called", "Ruiz"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                          ["PROPN", "VERB", "PROPN"], ["NNP", "VBD", "NNP"], ["Okafor", "call", "Ruiz"],
                          ["B-PERSON", "O", "B-PERSON"])
    assert (t.type, t.mode, t.rule) == ("CONSULT", "phone", "event.verb.call")
    assert [p.name for p in args.recipients] == ["Ruiz"]
    # the parser reads the name as what someone was called: no one is called a person's name
    [(t, args)] = _called(["Okafor", "called", "Ruiz"], [1, 1, 1], ["nsubj", "ROOT", "oprd"],
                          ["PROPN", "VERB", "PROPN"], ["NNP", "VBD", "NNP"], ["Okafor", "call", "Ruiz"],
                          ["B-PERSON", "O", "B-PERSON"])
    assert (t.type, [p.name for p in args.recipients]) == ("CONSULT", ["Ruiz"])
    # "Okafor called Ruiz a coward": something said of Ruiz, no call
    assert [t.type for t, _ in _called(
        ["Okafor", "called", "Ruiz", "a", "coward"], [1, 1, 1, 4, 1],
        ["nsubj", "ROOT", "dobj", "det", "oprd"],
        ["PROPN", "VERB", "PROPN", "DET", "NOUN"], ["NNP", "VBD", "NNP", "DT", "NN"],
        ["Okafor", "call", "Ruiz", "a", "coward"], ["B-PERSON", "O", "B-PERSON", "O", "O"])] != ["CONSULT"]
