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


def _silenced(verb: str, lemma: str, obj: tuple[str, str, str, str]):
    # "The council <verb> <obj>"
    return _doc(["The", "council", verb, obj[0]], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
                ["DET", "NOUN", "VERB", obj[2]], ["DT", "NN", "VBD", obj[3]],
                ["the", "council", lemma, obj[1]])


def test_parse_silencing_or_suspending_a_person_is_coercion():
    him = ("him", "he", "PRON", "PRP")
    for verb, lemma in (("stifled", "stifle"), ("gagged", "gag"), ("squelched", "squelch"),
                        ("subdued", "subdue"), ("suspended", "suspend")):
        [t] = [t for t in _triggers(_silenced(verb, lemma, him)) if t.token.lower_ == verb]
        assert t.type == "COERCE", verb
    # "The council suspended the talks" stays what it was: no person is coerced
    talks = ("talks", "talk", "NOUN", "NNS")
    assert all(t.type != "COERCE" for t in _triggers(_silenced("suspended", "suspend", talks)))


def test_parse_an_active_conjunct_of_a_passive_is_done_by_the_passive_subject():
    from newsdesk.nlp.events._participants import Resolver
    from newsdesk.nlp.events._subjects import controller

    # "the villagers were outnumbered and fought back"
    doc = _doc(["the", "villagers", "were", "outnumbered", "and", "fought", "back"], [1, 3, 3, 3, 3, 3, 5],
               ["det", "nsubjpass", "auxpass", "ROOT", "cc", "conj", "advmod"],
               ["DET", "NOUN", "AUX", "VERB", "CCONJ", "VERB", "ADV"],
               ["DT", "NNS", "VBD", "VBN", "CC", "VBD", "RB"],
               ["the", "villager", "be", "outnumber", "and", "fight", "back"])
    assert controller(doc[5], Resolver(doc, doc.text, [], [])).text == "villagers"
    # "the men were arrested and charged by police": a passive conjunct keeps the "by" agent
    doc = _doc(["the", "men", "were", "arrested", "and", "charged", "by", "police"], [1, 3, 3, 3, 3, 3, 5, 6],
               ["det", "nsubjpass", "auxpass", "ROOT", "cc", "conj", "agent", "pobj"],
               ["DET", "NOUN", "AUX", "VERB", "CCONJ", "VERB", "ADP", "NOUN"],
               ["DT", "NNS", "VBD", "VBN", "CC", "VBN", "IN", "NNS"],
               ["the", "man", "be", "arrest", "and", "charge", "by", "police"])
    assert controller(doc[5], Resolver(doc, doc.text, [], [])) is None


def test_parse_saying_someone_made_a_mess_criticises_them():
    # "Lund said the mayor made a mess"
    doc = _doc(["Lund", "said", "the", "mayor", "made", "a", "mess"], [1, 1, 3, 4, 1, 6, 4],
               ["nsubj", "ROOT", "det", "nsubj", "ccomp", "det", "dobj"],
               ["PROPN", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN"],
               ["NNP", "VBD", "DT", "NN", "VBD", "DT", "NN"],
               ["Lund", "say", "the", "mayor", "make", "a", "mess"])
    assert [(t.type, t.rule) for t in _triggers(doc)] == [("DISAPPROVE", "event.reported-criticism")]


def test_parse_taking_a_bridge_or_a_checkpoint_is_taking_ground():
    for word in ("bridge", "checkpoint", "airfield"):
        # "Militias took the <word>"
        doc = _doc(["Militias", "took", "the", word], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                   ["NOUN", "VERB", "DET", "NOUN"], ["NNS", "VBD", "DT", "NN"],
                   ["militia", "take", "the", word])
        assert [(t.type, t.mode) for t in _triggers(doc)] == [("FIGHT", "occupy")], word
