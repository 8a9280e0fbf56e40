"""Criticism by ascribing a fault (``events/_faults``) on hand-built parses (no model)."""

from __future__ import annotations

from newsdesk.nlp.events._faults import faulted
from newsdesk.nlp.events._participants import Resolver
from newsdesk.nlp.events._tree import Tree
from newsdesk.nlp.events._triggers import find_triggers
from parses import tagged_doc as _doc


def _clause(subj: str, verb: str, lemma: str, neg: bool, det: str, obj: str, obj_lemma: str):
    words = [subj] + (["does", "not"] if neg else []) + [verb, det, obj]
    v = 3 if neg else 1
    heads = [v] + ([v, v] if neg else []) + [v, v + 2, v]
    deps = ["nsubj"] + (["aux", "neg"] if neg else []) + ["ROOT", "det", "dobj"]
    pos = ["PRON"] + (["AUX", "PART"] if neg else []) + ["VERB", "DET", "NOUN"]
    tags = ["PRP"] + (["VBZ", "RB"] if neg else []) + ["VB" if neg else "VBZ", "DT", "NN"]
    lemmas = [subj] + (["do", "not"] if neg else []) + [lemma, det, obj_lemma]
    doc = _doc(words, heads, deps, pos, tags, lemmas)
    return doc, doc[v]


def test_lacking_a_virtue_or_showing_a_vice_is_a_fault():
    for args in [("he", "lacks", "lack", False, "the", "judgment", "judgment"),
                 ("he", "has", "have", False, "no", "credibility", "credibility"),
                 ("she", "shows", "show", False, "some", "bias", "bias")]:
        doc, verb = _clause(*args)
        assert faulted(verb, Tree(doc, doc.text)), args


def test_no_fault_when_negated_about_oneself_or_of_a_plain_quality():
    for args in [("he", "lack", "lack", True, "the", "courage", "courage"),
                 ("we", "have", "have", False, "no", "credibility", "credibility"),
                 ("he", "has", "have", False, "a", "plan", "plan"),
                 ("he", "shows", "show", False, "the", "video", "video")]:
        doc, verb = _clause(*args)
        assert not faulted(verb, Tree(doc, doc.text)), args


def test_saying_someone_lost_all_credibility_criticises_them():
    # "the senator said the company had lost all credibility"
    words = ["the", "senator", "said", "the", "company", "had", "lost", "all", "credibility"]
    doc = _doc(words, [1, 2, 2, 4, 6, 6, 2, 8, 6],
               ["det", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "det", "dobj"],
               ["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN"],
               ["DT", "NN", "VBD", "DT", "NN", "VBD", "VBN", "DT", "NN"],
               ["the", "senator", "say", "the", "company", "have", "lose", "all", "credibility"])
    trigs = {t.token.lower_: t for t in find_triggers(doc, Resolver(doc, doc.text, [], []))}
    said = trigs["said"]
    assert (said.type, said.rule) == ("DISAPPROVE", "event.reported-criticism")


def test_a_reported_act_with_a_bad_word_in_its_object_is_no_criticism_by_the_sayer():
    # "the court said the judge opened fraud investigations": "fraud" names the case, the act is reported
    words = ["the", "court", "said", "the", "judge", "opened", "fraud", "investigations"]
    doc = _doc(words, [1, 2, 2, 4, 5, 2, 7, 5],
               ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "compound", "dobj"],
               ["DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "NOUN", "NOUN"],
               ["DT", "NN", "VBD", "DT", "NN", "VBD", "NN", "NNS"],
               ["the", "court", "say", "the", "judge", "open", "fraud", "investigation"])
    trigs = {t.token.lower_: t for t in find_triggers(doc, Resolver(doc, doc.text, [], []))}
    assert "said" not in trigs
    assert trigs["investigations"].type == "INVESTIGATE"


def test_the_outlet_told_is_no_target_of_the_criticism():
    # "Ryan told CNN the company had lost all credibility"
    from newsdesk.nlp.events._arguments import arguments

    words = ["Ryan", "told", "CNN", "the", "company", "had", "lost", "all", "credibility"]
    doc = _doc(words, [1, 1, 1, 4, 6, 6, 1, 8, 6],
               ["nsubj", "ROOT", "dobj", "det", "nsubj", "aux", "ccomp", "det", "dobj"],
               ["PROPN", "VERB", "PROPN", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN"],
               ["NNP", "VBD", "NNP", "DT", "NN", "VBD", "VBN", "DT", "NN"],
               ["Ryan", "tell", "CNN", "the", "company", "have", "lose", "all", "credibility"],
               ["B-PERSON", "O", "B-ORG", "O", "O", "O", "O", "O", "O"])
    res = Resolver(doc, doc.text, [], [])
    [told] = [t for t in find_triggers(doc, res) if t.token.lower_ == "told"]
    assert told.rule == "event.reported-criticism"
    args = arguments(told, res, None, [])
    assert [p.name for p in args.recipients] == ["the company"]


def test_a_judgement_coordinated_with_a_plain_word_is_still_criticism():
    # "he said the plan was costly and reckless"
    words = ["he", "said", "the", "plan", "was", "costly", "and", "reckless"]
    doc = _doc(words, [1, 1, 3, 4, 1, 4, 5, 5],
               ["nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "cc", "conj"],
               ["PRON", "VERB", "DET", "NOUN", "AUX", "ADJ", "CCONJ", "ADJ"],
               ["PRP", "VBD", "DT", "NN", "VBD", "JJ", "CC", "JJ"],
               ["he", "say", "the", "plan", "be", "costly", "and", "reckless"])
    trigs = {t.token.lower_: t for t in find_triggers(doc, Resolver(doc, doc.text, [], []))}
    assert (trigs["said"].type, trigs["said"].rule) == ("DISAPPROVE", "event.reported-criticism")


def _said(subj: str, verb: str, lemma: str, rest: list[tuple[str, str, str, str, str, int]]):
    """"the senator said <subj> <verb> <rest>": rest rows are (word, lemma, pos, tag, dep, head)."""
    words = ["the", "senator", "said", subj, verb] + [r[0] for r in rest]
    heads = [1, 2, 2, 4, 2] + [r[5] for r in rest]
    deps = ["det", "nsubj", "ROOT", "nsubj", "ccomp"] + [r[4] for r in rest]
    pos = ["DET", "NOUN", "VERB", "PRON" if subj == "they" else "NOUN", "VERB"] + [r[2] for r in rest]
    tags = ["DT", "NN", "VBD", "PRP" if subj == "they" else "NN", "VBD"] + [r[3] for r in rest]
    lemmas = ["the", "senator", "say", subj, lemma] + [r[1] for r in rest]
    doc = _doc(words, heads, deps, pos, tags, lemmas)
    return {t.token.lower_: t for t in find_triggers(doc, Resolver(doc, doc.text, [], []))}


def test_saying_someone_lied_or_meddled_accuses_them():
    for verb, lemma, rest in [("lied", "lie", []),
                              ("meddled", "meddle", [("in", "in", "ADP", "IN", "prep", 4),
                                                     ("elections", "election", "NOUN", "NNS", "pobj", 5)])]:
        said = _said("they", verb, lemma, rest)["said"]
        assert (said.type, said.rule) == ("DISAPPROVE", "event.reported-criticism"), verb


def test_saying_someone_failed_to_protect_people_blames_them_but_a_failed_accord_is_no_fault():
    # "the senator said officials failed to protect civilians"
    said = _said("officials", "failed", "fail", [("to", "to", "PART", "TO", "aux", 6),
                                                 ("protect", "protect", "VERB", "VB", "xcomp", 4),
                                                 ("civilians", "civilian", "NOUN", "NNS", "dobj", 6)])["said"]
    assert (said.type, said.rule) == ("DISAPPROVE", "event.reported-criticism")
    # "the senator said officials failed to reach agreement": a refusal, not a fault
    trigs = _said("officials", "failed", "fail", [("to", "to", "PART", "TO", "aux", 6),
                                                  ("reach", "reach", "VERB", "VB", "xcomp", 4),
                                                  ("agreement", "agreement", "NOUN", "NN", "dobj", 6)])
    assert "said" not in trigs or trigs["said"].type != "DISAPPROVE"


def test_a_denied_lie_or_a_failed_event_is_no_fault():
    words = ["he", "did", "not", "lie"]
    doc = _doc(words, [3, 3, 3, 3], ["nsubj", "aux", "neg", "ROOT"], ["PRON", "AUX", "PART", "VERB"],
               ["PRP", "VBD", "RB", "VB"], ["he", "do", "not", "lie"])
    assert not faulted(doc[3], Tree(doc, doc.text))
    words = ["the", "talks", "failed", "to", "end", "the", "war"]
    doc = _doc(words, [1, 2, 2, 4, 2, 6, 4], ["det", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
               ["DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN"],
               ["DT", "NNS", "VBD", "TO", "VB", "DT", "NN"],
               ["the", "talk", "fail", "to", "end", "the", "war"])
    assert not faulted(doc[2], Tree(doc, doc.text))


def _violation_said(neg: bool):
    # "the ministry said the raid was [not] a violation of the truce"
    words = ["the", "ministry", "said", "the", "raid", "was"] + (["not"] if neg else []) + [
        "a", "violation", "of", "the", "truce"]
    n = 1 if neg else 0
    heads = [1, 2, 2, 4, 5, 2] + ([5] if neg else []) + [7 + n, 5, 7 + n, 10 + n, 8 + n]
    deps = ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp"] + (["neg"] if neg else []) + [
        "det", "attr", "prep", "det", "pobj"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "AUX"] + (["PART"] if neg else []) + [
        "DET", "NOUN", "ADP", "DET", "NOUN"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "VBD"] + (["RB"] if neg else []) + ["DT", "NN", "IN", "DT", "NN"]
    lemmas = ["the", "ministry", "say", "the", "raid", "be"] + (["not"] if neg else []) + [
        "a", "violation", "of", "the", "truce"]
    doc = _doc(words, heads, deps, pos, tags, lemmas)
    return {t.token.lower_: t for t in find_triggers(doc, Resolver(doc, doc.text, [], []))}


def test_saying_an_act_was_a_violation_of_a_rule_accuses():
    said = _violation_said(False)["said"]
    assert (said.type, said.rule) == ("DISAPPROVE", "event.reported-accusation")
    assert "said" not in _violation_said(True)


def test_saying_someone_is_out_of_touch_criticises_them():
    # "the senator said the minister was out of touch"
    words = ["the", "senator", "said", "the", "minister", "was", "out", "of", "touch"]
    doc = _doc(words, [1, 2, 2, 4, 5, 2, 5, 6, 7],
               ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "prep", "prep", "pobj"],
               ["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "ADP", "ADP", "NOUN"],
               ["DT", "NN", "VBD", "DT", "NN", "VBD", "IN", "IN", "NN"],
               ["the", "senator", "say", "the", "minister", "be", "out", "of", "touch"])
    assert faulted(doc[5], Tree(doc, doc.text))
    trigs = {t.token.lower_: t for t in find_triggers(doc, Resolver(doc, doc.text, [], []))}
    assert (trigs["said"].type, trigs["said"].rule) == ("DISAPPROVE", "event.reported-criticism")
    # "we were out of touch" admits; "it was out of sight" is no idiom of fault
    for subj, noun in [("we", "touch"), ("it", "sight")]:
        doc = _doc([subj, "was", "out", "of", noun], [1, 1, 1, 2, 3],
                   ["nsubj", "ROOT", "prep", "prep", "pobj"],
                   ["PRON", "AUX", "ADP", "ADP", "NOUN"], ["PRP", "VBD", "IN", "IN", "NN"],
                   [subj, "be", "out", "of", noun])
        assert not faulted(doc[1], Tree(doc, doc.text)), noun


def _described_as(word: str, pos: str, tag: str):
    # "the senator described the plan as <word>"
    words = ["the", "senator", "described", "the", "plan", "as", word]
    doc = _doc(words, [1, 2, 2, 4, 2, 2, 5], ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
               ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", pos], ["DT", "NN", "VBD", "DT", "NN", "IN", tag],
               ["the", "senator", "describe", "the", "plan", "as", word])
    return {t.token.lower_: t for t in find_triggers(doc, Resolver(doc, doc.text, [], []))}


def test_describing_something_as_bad_criticises_but_as_good_does_not():
    t = _described_as("reckless", "ADJ", "JJ")["described"]
    assert (t.type, t.rule) == ("DISAPPROVE", "event.reported-criticism")
    assert "described" not in _described_as("productive", "ADJ", "JJ")


def test_saying_a_measure_does_not_go_far_enough_or_falls_short_criticises():
    # "critics said the plan does not go far enough"
    words = ["critics", "said", "the", "plan", "does", "not", "go", "far", "enough"]
    doc = _doc(words, [1, 1, 3, 6, 6, 6, 1, 8, 6],
               ["nsubj", "ROOT", "det", "nsubj", "aux", "neg", "ccomp", "advmod", "advmod"],
               ["NOUN", "VERB", "DET", "NOUN", "AUX", "PART", "VERB", "ADV", "ADV"],
               ["NNS", "VBD", "DT", "NN", "VBZ", "RB", "VB", "RB", "RB"],
               ["critic", "say", "the", "plan", "do", "not", "go", "far", "enough"])
    assert faulted(doc[6], Tree(doc, doc.text))
    trigs = {t.token.lower_: t for t in find_triggers(doc, Resolver(doc, doc.text, [], []))}
    assert (trigs["said"].type, trigs["said"].rule) == ("DISAPPROVE", "event.reported-criticism")
    # "the deal falls short"; "the deal went far enough" is no fault
    short = _doc(["the", "deal", "falls", "short"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "acomp"],
                 ["DET", "NOUN", "VERB", "ADJ"], ["DT", "NN", "VBZ", "JJ"], ["the", "deal", "fall", "short"])
    assert faulted(short[2], Tree(short, short.text))
    far = _doc(["the", "deal", "went", "far", "enough"], [1, 2, 2, 4, 2],
               ["det", "nsubj", "ROOT", "advmod", "advmod"], ["DET", "NOUN", "VERB", "ADV", "ADV"],
               ["DT", "NN", "VBD", "RB", "RB"],
               ["the", "deal", "go", "far", "enough"])
    assert not faulted(far[2], Tree(far, far.text))


def test_having_the_gall_to_act_is_a_fault_but_not_denied():
    for neg in (False, True):
        have = "have" if neg else "had"
        words = ["he"] + (["did", "not"] if neg else []) + [have, "the", "gall", "to", "blame"]
        v = 3 if neg else 1
        heads = [v] + ([v, v] if neg else []) + [v, v + 2, v, v + 4, v + 2]
        deps = ["nsubj"] + (["aux", "neg"] if neg else []) + ["ROOT", "det", "dobj", "aux", "acl"]
        pos = ["PRON"] + (["AUX", "PART"] if neg else []) + ["VERB", "DET", "NOUN", "PART", "VERB"]
        tags = ["PRP"] + (["VBD", "RB"] if neg else []) + ["VB" if neg else "VBD", "DT", "NN", "TO", "VB"]
        lemmas = ["he"] + (["do", "not"] if neg else []) + ["have", "the", "gall", "to", "blame"]
        doc = _doc(words, heads, deps, pos, tags, lemmas)
        assert faulted(doc[v], Tree(doc, doc.text)) is not neg


def test_calling_an_act_genocide_accuses_whoever_committed_it():
    # "the envoy said the army's campaign is genocide"
    words = ["the", "envoy", "said", "the", "army", "'s", "campaign", "is", "genocide"]
    doc = _doc(words, [1, 2, 2, 4, 6, 4, 7, 2, 7],
               ["det", "nsubj", "ROOT", "det", "poss", "case", "nsubj", "ccomp", "attr"],
               ["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "NOUN", "AUX", "NOUN"],
               ["DT", "NN", "VBD", "DT", "NN", "POS", "NN", "VBZ", "NN"],
               ["the", "envoy", "say", "the", "army", "'s", "campaign", "be", "genocide"])
    trigs = {t.token.lower_: t for t in find_triggers(doc, Resolver(doc, doc.text, [], []))}
    said = trigs["said"]
    assert (said.type, said.rule) == ("DISAPPROVE", "event.reported-criticism")


def test_saying_someone_was_negligent_criticises_them():
    # "the union said the managers were negligent"
    words = ["the", "union", "said", "the", "managers", "were", "negligent"]
    doc = _doc(words, [1, 2, 2, 4, 5, 2, 5],
               ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp"],
               ["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ"],
               ["DT", "NN", "VBD", "DT", "NNS", "VBD", "JJ"],
               ["the", "union", "say", "the", "manager", "be", "negligent"])
    trigs = {t.token.lower_: t for t in find_triggers(doc, Resolver(doc, doc.text, [], []))}
    assert (trigs["said"].type, trigs["said"].rule) == ("DISAPPROVE", "event.reported-criticism")


def test_naming_a_disaster_is_no_criticism_but_naming_a_ruling_a_disaster_is():
    # "the doctor called the disaster the darkest day" / "the doctor called the ruling a disaster"
    def doc(obj, name, name_lemma):
        return _doc(["the", "doctor", "called", "the", obj, "the", "darkest", name], [1, 2, 2, 4, 2, 7, 7, 2],
                    ["det", "nsubj", "ROOT", "det", "dobj", "det", "amod", "oprd"],
                    ["DET", "NOUN", "VERB", "DET", "NOUN", "DET", "ADJ", "NOUN"],
                    ["DT", "NN", "VBD", "DT", "NN", "DT", "JJS", "NN"],
                    ["the", "doctor", "call", "the", obj, "the", "dark", name_lemma])

    def said(d):
        return {t.token.lower_: t for t in find_triggers(d, Resolver(d, d.text, [], []))}.get("called")

    assert said(doc("disaster", "day", "day")) is None
    t = said(doc("ruling", "disaster", "disaster"))
    assert t is not None and t.type == "DISAPPROVE"


def _harm_said(subj: str, subj_lemma: str, neg: bool = False):
    # "the mayor said <subj> was (not) trying to stir up anger"
    words = ["the", "mayor", "said", subj, "was"] + (["not"] if neg else []) + ["trying", "to", "stir", "up",
                                                                                "anger"]
    n = 1 if neg else 0
    t = 5 + n  # "trying"
    heads = [1, 2, 2, t, t] + ([t] if neg else []) + [2, t + 2, t, t + 2, t + 2]
    deps = ["det", "nsubj", "ROOT", "nsubj", "aux"] + (["neg"] if neg else []) + [
        "ccomp", "aux", "xcomp", "prt", "dobj"]
    pos = ["DET", "NOUN", "VERB", "NOUN", "AUX"] + (["PART"] if neg else []) + [
        "VERB", "PART", "VERB", "ADP", "NOUN"]
    tags = ["DT", "NN", "VBD", "NN", "VBD"] + (["RB"] if neg else []) + ["VBG", "TO", "VB", "RP", "NN"]
    lemmas = ["the", "mayor", "say", subj_lemma, "be"] + (["not"] if neg else []) + [
        "try", "to", "stir", "up", "anger"]
    doc = _doc(words, heads, deps, pos, tags, lemmas)
    return doc, doc[t]


def test_saying_someone_harms_others_blames_them():
    doc, trying = _harm_said("Lee", "Lee")
    assert faulted(trying, Tree(doc, doc.text))
    trigs = {t.token.lower_: t for t in find_triggers(doc, Resolver(doc, doc.text, [], []))}
    assert (trigs["said"].type, trigs["said"].rule) == ("DISAPPROVE", "event.reported-criticism")
    # "the governor is undermining the courts": the harm verb heads the clause
    doc = _doc(["the", "governor", "is", "undermining", "the", "courts"], [1, 3, 3, 3, 5, 3],
               ["det", "nsubj", "aux", "ROOT", "det", "dobj"], ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN"],
               ["DT", "NN", "VBZ", "VBG", "DT", "NNS"],
               ["the", "governor", "be", "undermine", "the", "court"])
    assert faulted(doc[3], Tree(doc, doc.text))


def test_no_blame_for_harm_denied_done_by_oneself_or_by_a_hazard():
    doc, trying = _harm_said("Lee", "Lee", neg=True)
    assert not faulted(trying, Tree(doc, doc.text))
    doc, trying = _harm_said("we", "we")
    assert not faulted(trying, Tree(doc, doc.text))
    # "the flood damaged the bridge": nobody is blamed
    doc = _doc(["the", "flood", "damaged", "the", "bridge"], [1, 2, 2, 4, 2],
               ["det", "nsubj", "ROOT", "det", "dobj"], ["DET", "NOUN", "VERB", "DET", "NOUN"],
               ["DT", "NN", "VBD", "DT", "NN"], ["the", "flood", "damage", "the", "bridge"])
    assert not faulted(doc[2], Tree(doc, doc.text))
