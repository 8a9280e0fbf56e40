"""Whom an event is aimed at (its recipients), checked on hand-built parses: the rules read the
parse a test chooses, not whatever one model's parse happens to be. Invented sentences."""

from __future__ import annotations

from parses import tagged_doc as _doc


def _with_arguments(doc):
    """Each trigger of a hand-built parse with the arguments found for it (no entities, no quotes)."""
    from newsdesk.nlp.events._arguments import arguments
    from newsdesk.nlp.events._participants import Resolver
    from newsdesk.nlp.events._triggers import find_triggers

    res = Resolver(doc, doc.text, [], [])
    return [(t, arguments(t, res, None, [])) for t in find_triggers(doc, res)]


def _recipients(doc, trigger: str) -> list[str]:
    found = [args for t, args in _with_arguments(doc) if t.token.lower_ == trigger]
    assert found, [t.token.lower_ for t, _ in _with_arguments(doc)]
    return [p.name for p in found[0].recipients]


def test_parse_rejecting_a_plan_put_forward_by_someone_rejects_them():
    # "Okafor rejected the plan put forward by Halvorsen"
    doc = _doc(["Okafor", "rejected", "the", "plan", "put", "forward", "by", "Halvorsen"],
               [1, 1, 3, 1, 3, 4, 4, 6],
               ["nsubj", "ROOT", "det", "dobj", "acl", "advmod", "agent", "pobj"],
               ["PROPN", "VERB", "DET", "NOUN", "VERB", "ADP", "ADP", "PROPN"],
               ["NNP", "VBD", "DT", "NN", "VBN", "RP", "IN", "NNP"],
               ["Okafor", "reject", "the", "plan", "put", "forward", "by", "Halvorsen"],
               ["B-PERSON", "O", "O", "O", "O", "O", "O", "B-PERSON"])
    assert _recipients(doc, "rejected") == ["Halvorsen"]


def test_parse_criticism_of_steps_taken_by_someone_criticises_them():
    # "the criticism of the steps taken by Halvorsen grew"
    doc = _doc(["the", "criticism", "of", "the", "steps", "taken", "by", "Halvorsen", "grew"],
               [1, 8, 1, 4, 2, 4, 5, 6, 8],
               ["det", "nsubj", "prep", "det", "pobj", "acl", "agent", "pobj", "ROOT"],
               ["DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "ADP", "PROPN", "VERB"],
               ["DT", "NN", "IN", "DT", "NNS", "VBN", "IN", "NNP", "VBD"],
               ["the", "criticism", "of", "the", "step", "take", "by", "Halvorsen", "grow"],
               ["O"] * 7 + ["B-PERSON", "O"])
    assert _recipients(doc, "criticism") == ["Halvorsen"]


def _person_entities(doc, *indices: int):
    from newsdesk.models import Entity, Mention

    return [Entity(id=n, type="PERSON", canonical=doc[i].text,
                   mentions=[Mention(doc[i].idx, doc[i].idx + len(doc[i].text), doc[i].text)])
            for n, i in enumerate(indices, 1)]


def test_parse_receiving_ones_own_briefing_leaves_the_receiver_its_target():
    # "Kovac received her first briefing": "her" is Kovac, who undergoes it, not who gives it
    from newsdesk.nlp.events._arguments import arguments
    from newsdesk.nlp.events._participants import Resolver
    from newsdesk.nlp.events._triggers import find_triggers

    doc = _doc(["Kovac", "received", "her", "first", "briefing"], [1, 1, 4, 4, 1],
               ["nsubj", "ROOT", "poss", "amod", "dobj"], ["PROPN", "VERB", "PRON", "ADJ", "NOUN"],
               ["NNP", "VBD", "PRP$", "JJ", "NN"], ["Kovac", "receive", "her", "first", "briefing"],
               ["B-PERSON", "O", "O", "O", "O"])
    res = Resolver(doc, doc.text, _person_entities(doc, 0), [])
    [briefing] = [t for t in find_triggers(doc, res) if t.token.lower_ == "briefing"]
    args = arguments(briefing, res, None, [])
    assert ([p.name for p in args.actors], [p.name for p in args.recipients]) == ([], ["Kovac"])


def test_parse_troops_deployed_in_a_country_target_that_country():
    # "Ruritania deployed troops in Freedonia": with no one else named, the place is the target
    from newsdesk.models import Entity, Mention
    from newsdesk.nlp.events._arguments import arguments
    from newsdesk.nlp.events._participants import Resolver
    from newsdesk.nlp.events._triggers import find_triggers

    doc = _doc(["Ruritania", "deployed", "troops", "in", "Freedonia"], [1, 1, 1, 1, 3],
               ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["PROPN", "VERB", "NOUN", "ADP", "PROPN"],
               ["NNP", "VBD", "NNS", "IN", "NNP"], ["Ruritania", "deploy", "troop", "in", "Freedonia"],
               ["B-GPE", "O", "O", "O", "B-GPE"])
    ents = [Entity(id=n, type="GPE", canonical=doc[i].text,
                   mentions=[Mention(doc[i].idx, doc[i].idx + len(doc[i].text), doc[i].text)])
            for n, i in ((1, 0), (2, 4))]
    res = Resolver(doc, doc.text, ents, [])
    [deployed] = [t for t in find_triggers(doc, res) if t.token.lower_ == "deployed"]
    args = arguments(deployed, res, None, [])
    assert deployed.type == "MOBILIZE"
    assert [p.name for p in args.actors] == ["Ruritania"]
    assert [p.name for p in args.recipients] == ["Freedonia"]


def test_parse_the_unnamed_others_beside_a_named_target_are_no_target():
    # "Okafor condemned Halvorsen and others"
    doc = _doc(["Okafor", "condemned", "Halvorsen", "and", "others"], [1, 1, 1, 2, 2],
               ["nsubj", "ROOT", "dobj", "cc", "conj"], ["PROPN", "VERB", "PROPN", "CCONJ", "NOUN"],
               ["NNP", "VBD", "NNP", "CC", "NNS"], ["Okafor", "condemn", "Halvorsen", "and", "other"],
               ["B-PERSON", "O", "B-PERSON", "O", "O"])
    assert _recipients(doc, "condemned") == ["Halvorsen"]


def test_parse_freezing_someones_assets_sanctions_them():
    # "Ruritania froze the assets of Halvorsen"
    doc = _doc(["Ruritania", "froze", "the", "assets", "of", "Halvorsen"], [1, 1, 3, 1, 3, 4],
               ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
               ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN"], ["NNP", "VBD", "DT", "NNS", "IN", "NNP"],
               ["Ruritania", "freeze", "the", "asset", "of", "Halvorsen"],
               ["B-GPE", "O", "O", "O", "O", "B-PERSON"])
    [(t, args)] = [(t, a) for t, a in _with_arguments(doc) if t.token.lower_ == "froze"]
    assert t.type == "SANCTION"
    assert [p.name for p in args.recipients] == ["Halvorsen"]


def test_parse_an_over_phrase_after_a_named_target_is_the_reason():
    # "Okafor condemned Halvorsen over the council's decision": the council is not condemned
    doc = _doc(["Okafor", "condemned", "Halvorsen", "over", "the", "council", "'s", "decision"],
               [1, 1, 1, 1, 5, 7, 5, 3],
               ["nsubj", "ROOT", "dobj", "prep", "det", "poss", "case", "pobj"],
               ["PROPN", "VERB", "PROPN", "ADP", "DET", "NOUN", "PART", "NOUN"],
               ["NNP", "VBD", "NNP", "IN", "DT", "NN", "POS", "NN"],
               ["Okafor", "condemn", "Halvorsen", "over", "the", "council", "'s", "decision"],
               ["B-PERSON", "O", "B-PERSON", "O", "O", "O", "O", "O"])
    assert _recipients(doc, "condemned") == ["Halvorsen"]


def test_parse_her_after_a_woman_named_by_a_common_noun_is_that_woman():
    # "The guards seized the nurse and dragged her away": no one named, "her" is the nurse
    doc = _doc(["The", "guards", "seized", "the", "nurse", "and", "dragged", "her", "away", "."],
               [1, 2, 2, 4, 2, 2, 2, 6, 6, 2],
               ["det", "nsubj", "ROOT", "det", "dobj", "cc", "conj", "dobj", "advmod", "punct"],
               ["DET", "NOUN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "PRON", "ADV", "PUNCT"],
               ["DT", "NNS", "VBD", "DT", "NN", "CC", "VBD", "PRP", "RB", "."],
               ["the", "guard", "seize", "the", "nurse", "and", "drag", "she", "away", "."])
    assert _recipients(doc, "dragged") == ["the nurse"]


def test_parse_an_object_pronoun_is_not_the_subject_of_its_own_verb():
    # "The nurse fell when the driver struck her": "her" is the nurse, never the driver who struck
    doc = _doc(["The", "nurse", "fell", "when", "the", "driver", "struck", "her", "."],
               [1, 2, 2, 6, 5, 6, 2, 6, 2],
               ["det", "nsubj", "ROOT", "advmod", "det", "nsubj", "advcl", "dobj", "punct"],
               ["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PRON", "PUNCT"],
               ["DT", "NN", "VBD", "WRB", "DT", "NN", "VBD", "PRP", "."],
               ["the", "nurse", "fall", "when", "the", "driver", "strike", "she", "."])
    assert _recipients(doc, "struck") == ["The nurse"]


def test_parse_an_indefinite_pronoun_object_is_a_party():
    # "Okafor never contacted anyone at the firm": an unnamed someone is still whom it reached
    doc = _doc(["Okafor", "never", "contacted", "anyone", "at", "the", "firm", "."],
               [2, 2, 2, 2, 2, 6, 4, 2],
               ["nsubj", "neg", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
               ["PROPN", "ADV", "VERB", "PRON", "ADP", "DET", "NOUN", "PUNCT"],
               ["NNP", "RB", "VBD", "NN", "IN", "DT", "NN", "."],
               ["Okafor", "never", "contact", "anyone", "at", "the", "firm", "."],
               ["B-PERSON"] + ["O"] * 7)
    assert _recipients(doc, "contacted") == ["anyone"]


def test_parse_a_possessed_objects_own_with_phrase_is_no_second_target():
    # "Ruiz praised Halvorsen's record with the unions": whom the praise is for is Halvorsen
    doc = _doc(["Ruiz", "praised", "Halvorsen", "'s", "record", "with", "the", "unions", "."],
               [1, 1, 4, 2, 1, 4, 7, 5, 1],
               ["nsubj", "ROOT", "poss", "case", "dobj", "prep", "det", "pobj", "punct"],
               ["PROPN", "VERB", "PROPN", "PART", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
               ["NNP", "VBD", "NNP", "POS", "NN", "IN", "DT", "NNS", "."],
               ["Ruiz", "praise", "Halvorsen", "'s", "record", "with", "the", "union", "."],
               ["B-PERSON", "O", "B-PERSON"] + ["O"] * 6)
    assert _recipients(doc, "praised") == ["Halvorsen"]


def test_parse_people_nouns_such_as_elders_are_parties():
    # "Okafor met the elders": elders are people, a partner of the meeting
    doc = _doc(["Okafor", "met", "the", "elders", "."], [1, 1, 3, 1, 1],
               ["nsubj", "ROOT", "det", "dobj", "punct"], ["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
               ["NNP", "VBD", "DT", "NNS", "."], ["Okafor", "meet", "the", "elder", "."],
               ["B-PERSON", "O", "O", "O", "O"])
    assert _recipients(doc, "met") == ["the elders"]


def test_parse_a_judgement_names_whose_failing_it_is():
    # "The vote reflects anger over what Ruiz calls Halvorsen's failure": Halvorsen is criticised
    doc = _doc(["The", "vote", "reflects", "anger", "over", "what", "Ruiz", "calls", "Halvorsen", "'s",
                "failure", "."],
               [1, 2, 2, 2, 3, 7, 7, 4, 10, 8, 7, 2],
               ["det", "nsubj", "ROOT", "dobj", "prep", "dobj", "nsubj", "pcomp", "poss", "case", "oprd",
                "punct"],
               ["DET", "NOUN", "VERB", "NOUN", "ADP", "PRON", "PROPN", "VERB", "PROPN", "PART", "NOUN",
                "PUNCT"],
               ["DT", "NN", "VBZ", "NN", "IN", "WP", "NNP", "VBZ", "NNP", "POS", "NN", "."],
               ["the", "vote", "reflect", "anger", "over", "what", "Ruiz", "call", "Halvorsen", "'s",
                "failure", "."],
               ["O"] * 6 + ["B-PERSON", "O", "B-PERSON", "O", "O", "O"])
    assert _recipients(doc, "calls") == ["Halvorsen"]


def test_parse_an_unnamed_town_attacked_is_the_target():
    # "Rebels shelled the old town": the place attacked, though no name says which
    doc = _doc(["Rebels", "shelled", "the", "old", "town", "."], [1, 1, 4, 4, 1, 1],
               ["nsubj", "ROOT", "det", "amod", "dobj", "punct"],
               ["NOUN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
               ["NNS", "VBD", "DT", "JJ", "NN", "."], ["rebel", "shell", "the", "old", "town", "."])
    assert _recipients(doc, "shelled") == ["the old town"]
