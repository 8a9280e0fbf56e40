"""The per-type trigger rows of ``events/_vocabulary`` on hand-built parses (no model)."""

from __future__ import annotations

from newsdesk.nlp.events._lexicon import NOUNS, VERBS
from newsdesk.nlp.events._participants import Resolver
from newsdesk.nlp.events._trigger import Trigger
from newsdesk.nlp.events._triggers import find_triggers
from parses import tagged_doc as _doc


def _triggers(doc) -> dict[str, Trigger]:
    return {t.token.lower_: t for t in find_triggers(doc, Resolver(doc, doc.text, [], []))}


def test_extra_rows_come_after_the_core_readings():
    assert VERBS["plead+with"][0][0] == "DEMAND"
    assert NOUNS["annexation"] == [("FIGHT", "occupy", None)]
    assert VERBS["insult"][0] == ("DISAPPROVE", None, None)  # the core row stays first


def test_imploring_someone_to_act_is_a_demand():
    # "the mayor implored the protesters to go home"
    doc = _doc(["the", "mayor", "implored", "the", "protesters", "to", "go", "home"],
               [1, 2, 2, 4, 2, 6, 2, 6],
               ["det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "advmod"],
               ["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "ADV"],
               ["DT", "NN", "VBD", "DT", "NNS", "TO", "VB", "RB"],
               ["the", "mayor", "implore", "the", "protester", "to", "go", "home"])
    t = _triggers(doc)["implored"]
    assert (t.type, t.rule) == ("DEMAND", "event.verb.implore")


def test_pleading_with_officers_is_a_demand():
    doc = _doc(["she", "pleaded", "with", "the", "officers"], [1, 1, 1, 4, 2],
               ["nsubj", "ROOT", "prep", "det", "pobj"], ["PRON", "VERB", "ADP", "DET", "NOUN"],
               ["PRP", "VBD", "IN", "DT", "NNS"], ["she", "plead", "with", "the", "officer"])
    t = _triggers(doc)["pleaded"]
    assert (t.type, t.rule) == ("DEMAND", "event.verb.plead+with")


def test_annexing_a_region_is_fighting_over_territory():
    doc = _doc(["the", "annexation", "of", "the", "peninsula"], [1, 1, 1, 4, 2],
               ["det", "ROOT", "prep", "det", "pobj"], ["DET", "NOUN", "ADP", "DET", "NOUN"],
               ["DT", "NN", "IN", "DT", "NN"], ["the", "annexation", "of", "the", "peninsula"])
    t = _triggers(doc)["annexation"]
    assert (t.type, t.mode) == ("FIGHT", "occupy")


def test_kicking_a_thing_is_no_assault():
    # "the team kicked the ball": a blow needs a person or group as object
    doc = _doc(["the", "team", "kicked", "the", "ball"], [1, 2, 2, 4, 2],
               ["det", "nsubj", "ROOT", "det", "dobj"], ["DET", "NOUN", "VERB", "DET", "NOUN"],
               ["DT", "NN", "VBD", "DT", "NN"], ["the", "team", "kick", "the", "ball"])
    assert "kicked" not in _triggers(doc)


def _with_arguments(doc):
    from newsdesk.nlp.events._arguments import arguments

    res = Resolver(doc, doc.text, [], [])
    return {t.token.lower_: arguments(t, res, None, []) for t in find_triggers(doc, res)}


def test_the_of_phrase_of_an_invasion_is_invaded_and_its_possessor_invades():
    # "Russia's invasion of Ukraine began"
    doc = _doc(["Russia", "'s", "invasion", "of", "Ukraine", "began"], [2, 0, 5, 2, 3, 5],
               ["poss", "case", "nsubj", "prep", "pobj", "ROOT"],
               ["PROPN", "PART", "NOUN", "ADP", "PROPN", "VERB"], ["NNP", "POS", "NN", "IN", "NNP", "VBD"],
               ["Russia", "'s", "invasion", "of", "Ukraine", "begin"], ["B-GPE", "O", "O", "O", "B-GPE", "O"])
    args = _with_arguments(doc)["invasion"]
    assert [p.name for p in args.actors] == ["Russia"]
    assert [p.name for p in args.recipients] == ["Ukraine"]


def test_taking_someone_into_custody_is_an_arrest():
    # "police took the driver into custody"
    doc = _doc(["police", "took", "the", "driver", "into", "custody"], [1, 1, 3, 1, 1, 4],
               ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
               ["NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN"], ["NNS", "VBD", "DT", "NN", "IN", "NN"],
               ["police", "take", "the", "driver", "into", "custody"])
    t = _triggers(doc)["took"]
    assert (t.type, t.mode, t.rule) == ("COERCE", "arrest", "event.verb.take+into")


def test_campaigning_for_a_named_candidate_is_support_but_not_for_an_office():
    def parse(obj: str, ent: str):
        return _doc(["she", "campaigned", "for", obj], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
                    ["PRON", "VERB", "ADP", "PROPN" if ent != "O" else "NOUN"],
                    ["PRP", "VBD", "IN", "NNP" if ent != "O" else "NN"],
                    ["she", "campaign", "for", obj], ["O", "O", "O", ent])
    t = _triggers(parse("Clinton", "B-PERSON"))["campaigned"]
    assert (t.type, t.rule) == ("SUPPORT", "event.verb.campaign+for")
    assert "campaigned" not in _triggers(parse("office", "O"))


def test_rebels_gaining_control_fight_but_a_party_does_not():
    def parse(subj: str):
        return _doc([subj, "gained", "control"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                    ["NOUN", "VERB", "NOUN"], ["NNS", "VBD", "NN"], [subj, "gain", "control"])
    t = _triggers(parse("rebels"))["gained"]
    assert (t.type, t.mode) == ("FIGHT", "occupy")
    assert "gained" not in _triggers(parse("republicans"))


def test_praise_for_someone_names_whom_it_backs():
    # "the senator voiced praise for Clinton"
    doc = _doc(["the", "senator", "voiced", "praise", "for", "Clinton"], [1, 2, 2, 2, 3, 4],
               ["det", "nsubj", "ROOT", "dobj", "prep", "pobj"],
               ["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN"], ["DT", "NN", "VBD", "NN", "IN", "NNP"],
               ["the", "senator", "voice", "praise", "for", "Clinton"], ["O", "O", "O", "O", "O", "B-PERSON"])
    args = _with_arguments(doc)["praise"]
    assert [p.name for p in args.actors] == ["the senator"]
    assert [p.name for p in args.recipients] == ["Clinton"]


def test_rejecting_calls_by_someone_targets_the_caller():
    # "Berlin rejected calls by Minsk"
    doc = _doc(["Berlin", "rejected", "calls", "by", "Minsk"], [1, 1, 1, 2, 3],
               ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["PROPN", "VERB", "NOUN", "ADP", "PROPN"],
               ["NNP", "VBD", "NNS", "IN", "NNP"], ["Berlin", "reject", "call", "by", "Minsk"],
               ["B-GPE", "O", "O", "O", "B-GPE"])
    args = _with_arguments(doc)["rejected"]
    assert [p.name for p in args.actors] == ["Berlin"]
    assert [p.name for p in args.recipients] == ["Minsk"]


def test_rejecting_a_plan_named_after_its_author_targets_the_author():
    # "the rebels rejected the Senegalese plan"
    doc = _doc(["the", "rebels", "rejected", "the", "Senegalese", "plan"], [1, 2, 2, 5, 5, 2],
               ["det", "nsubj", "ROOT", "det", "amod", "dobj"],
               ["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN"], ["DT", "NNS", "VBD", "DT", "JJ", "NN"],
               ["the", "rebel", "reject", "the", "Senegalese", "plan"], ["O", "O", "O", "O", "B-NORP", "O"])
    args = _with_arguments(doc)["rejected"]
    assert [p.name for p in args.recipients] == ["Senegalese"]


def test_a_threat_is_aimed_at_whoever_must_meet_its_condition():
    # "Moscow threatened to quit the talks if Washington deploys missiles"
    words = ["Moscow", "threatened", "to", "quit", "the", "talks", "if", "Washington", "deploys", "missiles"]
    doc = _doc(words, [1, 1, 3, 1, 5, 3, 8, 8, 3, 8],
               ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "mark", "nsubj", "advcl", "dobj"],
               ["PROPN", "VERB", "PART", "VERB", "DET", "NOUN", "SCONJ", "PROPN", "VERB", "NOUN"],
               ["NNP", "VBD", "TO", "VB", "DT", "NNS", "IN", "NNP", "VBZ", "NNS"],
               ["Moscow", "threaten", "to", "quit", "the", "talk", "if", "Washington", "deploy", "missile"],
               ["B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O"])
    args = _with_arguments(doc)["threatened"]
    assert [p.name for p in args.actors] == ["Moscow"]
    assert [p.name for p in args.recipients] == ["Washington"]


def test_a_threat_to_cut_ties_with_someone_is_aimed_at_them():
    # "Karachi threatened to cut ties with Lagos"
    doc = _doc(["Karachi", "threatened", "to", "cut", "ties", "with", "Lagos"], [1, 1, 3, 1, 3, 4, 5],
               ["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj"],
               ["PROPN", "VERB", "PART", "VERB", "NOUN", "ADP", "PROPN"],
               ["NNP", "VBD", "TO", "VB", "NNS", "IN", "NNP"],
               ["Karachi", "threaten", "to", "cut", "tie", "with", "Lagos"],
               ["B-GPE", "O", "O", "O", "O", "O", "B-GPE"])
    args = _with_arguments(doc)["threatened"]
    assert [p.name for p in args.recipients] == ["Lagos"]


def test_evacuating_the_wounded_is_aid_to_people():
    # "helicopters evacuated the wounded": the adjective's lemma is "wound", the word names people
    doc = _doc(["helicopters", "evacuated", "the", "wounded"], [1, 1, 3, 1],
               ["nsubj", "ROOT", "det", "dobj"], ["NOUN", "VERB", "DET", "ADJ"], ["NNS", "VBD", "DT", "JJ"],
               ["helicopter", "evacuate", "the", "wound"])
    assert Resolver(doc, doc.text, [], []).is_agent(doc[3])
    t = _triggers(doc)["evacuated"]
    assert (t.type, t.mode) == ("AID", "humanitarian")


def test_taking_hostages_is_an_abduction():
    doc = _doc(["rebels", "took", "hostages"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
               ["NOUN", "VERB", "NOUN"], ["NNS", "VBD", "NNS"], ["rebel", "take", "hostage"])
    t = _triggers(doc)["took"]
    assert (t.type, t.mode, t.rule) == ("ASSAULT", "abduct", "event.verb.take+hostages")


def test_protesters_chanting_protest_but_fans_chanting_do_not():
    def parse(subj: str):
        return _doc([subj, "chanted", "slogans"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                    ["NOUN", "VERB", "NOUN"], ["NNS", "VBD", "NNS"], [subj, "chant", "slogan"])
    assert _triggers(parse("protesters"))["chanted"].type == "PROTEST"
    assert "chanted" not in _triggers(parse("fans"))


def test_a_demand_that_someone_act_targets_them():
    # "the union made a demand that the ministry resign"
    words = ["the", "union", "made", "a", "demand", "that", "the", "ministry", "resign"]
    doc = _doc(words, [1, 2, 2, 4, 2, 8, 7, 8, 4],
               ["det", "nsubj", "ROOT", "det", "dobj", "mark", "det", "nsubj", "acl"],
               ["DET", "NOUN", "VERB", "DET", "NOUN", "SCONJ", "DET", "NOUN", "VERB"],
               ["DT", "NN", "VBD", "DT", "NN", "IN", "DT", "NN", "VB"],
               ["the", "union", "make", "a", "demand", "that", "the", "ministry", "resign"])
    args = _with_arguments(doc)["demand"]
    assert [p.name for p in args.actors] == ["the union"]
    assert [p.name for p in args.recipients] == ["the ministry"]


def test_a_demand_whose_clause_hangs_on_the_verb_still_targets_its_subject():
    # "the union repeated its demand that the ministry resign" (clause parsed under "repeated")
    words = ["the", "union", "repeated", "its", "demand", "that", "the", "ministry", "resign"]
    doc = _doc(words, [1, 2, 2, 4, 2, 8, 7, 8, 2],
               ["det", "nsubj", "ROOT", "poss", "dobj", "mark", "det", "nsubj", "ccomp"],
               ["DET", "NOUN", "VERB", "PRON", "NOUN", "SCONJ", "DET", "NOUN", "VERB"],
               ["DT", "NN", "VBD", "PRP$", "NN", "IN", "DT", "NN", "VB"],
               ["the", "union", "repeat", "its", "demand", "that", "the", "ministry", "resign"])
    args = _with_arguments(doc)["demand"]
    assert "the ministry" in [p.name for p in args.recipients]


def test_he_in_a_reported_clause_is_the_named_one_saying_it():
    # "Karimi said he supports the rebels"
    doc = _doc(["Karimi", "said", "he", "supports", "the", "rebels"], [1, 1, 3, 1, 5, 3],
               ["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj"],
               ["PROPN", "VERB", "PRON", "VERB", "DET", "NOUN"], ["NNP", "VBD", "PRP", "VBZ", "DT", "NNS"],
               ["Karimi", "say", "he", "support", "the", "rebel"], ["B-PERSON", "O", "O", "O", "O", "O"])
    res = Resolver(doc, doc.text, [], [])
    [who] = res.agents(doc[2], None, [])
    assert who.name == "Karimi" and (who.start, who.end) == (doc[2].idx, doc[2].idx + 2)


def test_taking_a_shot_at_someone_is_criticism_and_voiced_outrage_too():
    doc = _doc(["Trump", "took", "a", "shot", "at", "Cruz"], [1, 1, 3, 1, 1, 4],
               ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
               ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN"], ["NNP", "VBD", "DT", "NN", "IN", "NNP"],
               ["Trump", "take", "a", "shot", "at", "Cruz"])
    assert _triggers(doc)["took"].rule == "event.verb.take+shot"
    doc = _doc(["leaders", "expressed", "outrage"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
               ["NOUN", "VERB", "NOUN"], ["NNS", "VBD", "NN"], ["leader", "express", "outrage"])
    assert _triggers(doc)["outrage"].type == "DISAPPROVE"
    doc = _doc(["the", "outrage", "grew"], [1, 2, 2], ["det", "nsubj", "ROOT"],
               ["DET", "NOUN", "VERB"], ["DT", "NN", "VBD"], ["the", "outrage", "grow"])
    assert "outrage" not in _triggers(doc)  # not voiced by anyone


def test_a_pledge_of_money_is_aid_and_a_plain_pledge_an_agreement():
    # "Japan made a $5 million pledge" / "Japan made a pledge"
    doc = _doc(["Japan", "made", "a", "$", "5", "million", "pledge"], [1, 1, 6, 5, 5, 6, 1],
               ["nsubj", "ROOT", "det", "quantmod", "compound", "nummod", "dobj"],
               ["PROPN", "VERB", "DET", "SYM", "NUM", "NUM", "NOUN"],
               ["NNP", "VBD", "DT", "$", "CD", "CD", "NN"],
               ["Japan", "make", "a", "$", "5", "million", "pledge"],
               ["B-GPE", "O", "O", "B-MONEY", "I-MONEY", "I-MONEY", "O"])
    t = _triggers(doc)["pledge"]
    assert (t.type, t.mode) == ("AID", "economic")
    doc = _doc(["Japan", "made", "a", "pledge"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
               ["PROPN", "VERB", "DET", "NOUN"], ["NNP", "VBD", "DT", "NN"], ["Japan", "make", "a", "pledge"],
               ["B-GPE", "O", "O", "O"])
    assert _triggers(doc)["pledge"].type == "AGREE"


def test_who_gave_an_aid_noun_received_is_named_by_from():
    # "the rebels received assistance from Qatar"
    doc = _doc(["the", "rebels", "received", "assistance", "from", "Qatar"], [1, 2, 2, 2, 2, 4],
               ["det", "nsubj", "ROOT", "dobj", "prep", "pobj"],
               ["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN"], ["DT", "NNS", "VBD", "NN", "IN", "NNP"],
               ["the", "rebel", "receive", "assistance", "from", "Qatar"], ["O", "O", "O", "O", "O", "B-GPE"])
    args = _with_arguments(doc)["assistance"]
    assert [p.name for p in args.actors] == ["Qatar"]
    assert [p.name for p in args.recipients] == ["the rebels"]


def test_a_quantity_of_aid_goods_is_aid_goods():
    # "doctors handed over 700 kg of medicine": the measure heads the object
    doc = _doc(["doctors", "handed", "over", "700", "kg", "of", "medicine"], [1, 1, 1, 4, 1, 4, 5],
               ["nsubj", "ROOT", "prt", "nummod", "dobj", "prep", "pobj"],
               ["NOUN", "VERB", "ADP", "NUM", "NOUN", "ADP", "NOUN"],
               ["NNS", "VBD", "RP", "CD", "NN", "IN", "NN"],
               ["doctor", "hand", "over", "700", "kg", "of", "medicine"])
    t = _triggers(doc)["handed"]
    assert (t.type, t.rule) == ("AID", "event.verb.hand+over")


def test_an_investigation_against_officials_targets_them():
    # "the judge opened investigations against officials"
    doc = _doc(["the", "judge", "opened", "investigations", "against", "officials"], [1, 2, 2, 2, 3, 4],
               ["det", "nsubj", "ROOT", "dobj", "prep", "pobj"],
               ["DET", "NOUN", "VERB", "NOUN", "ADP", "NOUN"], ["DT", "NN", "VBD", "NNS", "IN", "NNS"],
               ["the", "judge", "open", "investigation", "against", "official"])
    args = _with_arguments(doc)["investigations"]
    assert [p.name for p in args.actors] == ["the judge"]
    assert [p.name for p in args.recipients] == ["officials"]


def test_cancelling_restrictions_concedes_and_sending_inspectors_investigates():
    doc = _doc(["the", "court", "cancelled", "restrictions"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
               ["DET", "NOUN", "VERB", "NOUN"], ["DT", "NN", "VBD", "NNS"],
               ["the", "court", "cancel", "restriction"])
    t = _triggers(doc)["cancelled"]
    assert (t.type, t.mode, t.reversal) == ("CONCEDE", "ease", True)
    doc = _doc(["the", "agency", "sent", "inspectors"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
               ["DET", "NOUN", "VERB", "NOUN"], ["DT", "NN", "VBD", "NNS"],
               ["the", "agency", "send", "inspector"])
    assert _triggers(doc)["sent"].type == "INVESTIGATE"
    args = _with_arguments(doc)["sent"]
    assert args.recipients == []  # the inspectors go and look; they are not the target


def test_vowing_revenge_is_a_threat_not_an_agreement():
    doc = _doc(["Hamas", "vowed", "revenge"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
               ["PROPN", "VERB", "NOUN"], ["NNP", "VBD", "NN"], ["Hamas", "vow", "revenge"])
    t = _triggers(doc)["vowed"]
    assert (t.type, t.rule) == ("THREATEN", "event.verb.vow+revenge")


def test_a_passive_conjunct_shares_the_subject_it_is_done_to():
    # "protesters marched but were dispersed by police"
    words = ["protesters", "marched", "but", "were", "dispersed", "by", "police"]
    doc = _doc(words, [1, 1, 1, 4, 1, 4, 5],
               ["nsubj", "ROOT", "cc", "auxpass", "conj", "agent", "pobj"],
               ["NOUN", "VERB", "CCONJ", "AUX", "VERB", "ADP", "NOUN"],
               ["NNS", "VBD", "CC", "VBD", "VBN", "IN", "NN"],
               ["protester", "march", "but", "be", "disperse", "by", "police"])
    args = _with_arguments(doc)["dispersed"]
    assert [p.name for p in args.actors] == ["police"]
    assert [p.name for p in args.recipients] == ["protesters"]


def test_an_active_perfect_conjunct_is_not_passive():
    # "the rapper was born there and has helped the survivors"
    words = ["the", "rapper", "was", "born", "there", "and", "has", "helped", "the", "survivors"]
    doc = _doc(words, [1, 3, 3, 3, 3, 3, 7, 3, 9, 7],
               ["det", "nsubjpass", "auxpass", "ROOT", "advmod", "cc", "aux", "conj", "det", "dobj"],
               ["DET", "NOUN", "AUX", "VERB", "ADV", "CCONJ", "AUX", "VERB", "DET", "NOUN"],
               ["DT", "NN", "VBD", "VBN", "RB", "CC", "VBZ", "VBN", "DT", "NNS"],
               ["the", "rapper", "be", "bear", "there", "and", "have", "help", "the", "survivor"])
    from newsdesk.nlp.events._shapes import shared_passive_subject

    assert shared_passive_subject(doc[7], Resolver(doc, doc.text, [], []).tree) is None


def test_holding_people_as_hostages_abducts_and_as_shields_coerces():
    def parse(role: str):
        return _doc(["militants", "held", "the", "workers", "as", role], [1, 1, 3, 1, 1, 4],
                    ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    ["NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN"], ["NNS", "VBD", "DT", "NNS", "IN", "NNS"],
                    ["militant", "hold", "the", "worker", "as", role.rstrip("s")])
    t = _triggers(parse("hostages"))["held"]
    assert (t.type, t.mode) == ("ASSAULT", "abduct")
    assert _triggers(parse("shields"))["held"].type == "COERCE"
    args = _with_arguments(parse("hostages"))["held"]
    assert [p.name for p in args.recipients] == ["the workers"]  # "as hostages" is a role


def test_a_hearing_whose_into_phrase_hangs_on_the_verb_is_an_investigation():
    # "the court opened a hearing Wednesday into the killings"
    words = ["the", "court", "opened", "a", "hearing", "Wednesday", "into", "the", "killings"]
    doc = _doc(words, [1, 2, 2, 4, 2, 2, 2, 8, 6],
               ["det", "nsubj", "ROOT", "det", "dobj", "npadvmod", "prep", "det", "pobj"],
               ["DET", "NOUN", "VERB", "DET", "NOUN", "PROPN", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBD", "DT", "NN", "NNP", "IN", "DT", "NNS"],
               ["the", "court", "open", "a", "hearing", "Wednesday", "into", "the", "killing"])
    assert _triggers(doc)["hearing"].type == "INVESTIGATE"


def test_a_team_of_doctors_flown_in_is_aid_and_not_its_target():
    # "he flew in a team of doctors"
    doc = _doc(["he", "flew", "in", "a", "team", "of", "doctors"], [1, 1, 1, 4, 1, 4, 5],
               ["nsubj", "ROOT", "prt", "det", "dobj", "prep", "pobj"],
               ["PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "NOUN"],
               ["PRP", "VBD", "RP", "DT", "NN", "IN", "NNS"],
               ["he", "fly", "in", "a", "team", "of", "doctor"])
    assert _triggers(doc)["flew"].type == "AID"
    assert _with_arguments(doc)["flew"].recipients == []


def test_thousands_of_troops_sent_is_a_mobilisation():
    # the parser's lemma of "thousands" is "thousand"
    doc = _doc(["Russia", "sent", "thousands", "of", "troops"], [1, 1, 1, 2, 3],
               ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["PROPN", "VERB", "NOUN", "ADP", "NOUN"],
               ["NNP", "VBD", "NNS", "IN", "NNS"], ["Russia", "send", "thousand", "of", "troop"],
               ["B-GPE", "O", "O", "O", "O"])
    assert _triggers(doc)["sent"].type == "MOBILIZE"


def test_stopping_by_a_named_party_is_a_visit_but_not_by_a_thing():
    # "the senator stopped by the Acme Company"; "the senator stopped by the side road"
    def doc(words, lemmas, ents):
        return _doc(["the", "senator", "stopped", "by"] + words, [1, 2, 2, 2, 6, 6, 3],
                    ["det", "nsubj", "ROOT", "prep", "det", "compound", "pobj"],
                    ["DET", "NOUN", "VERB", "ADP", "DET", "PROPN", "PROPN"],
                    ["DT", "NN", "VBD", "IN", "DT", "NNP", "NNP"],
                    ["the", "senator", "stop", "by"] + lemmas, ["O", "O", "O", "O"] + ents)
    house = ["the", "Acme", "Company"]
    t = _triggers(doc(house, house, ["O", "B-ORG", "I-ORG"]))["stopped"]
    assert (t.type, t.mode, t.rule) == ("CONSULT", "visit", "event.verb.stop+by")
    assert "stopped" not in _triggers(doc(["the", "side", "road"], ["the", "side", "road"], ["O", "O", "O"]))


def test_pulling_people_from_rubble_is_a_rescue_but_pulling_troops_out_a_withdrawal():
    # "firefighters pulled the woman free from the debris"
    doc = _doc(["firefighters", "pulled", "the", "woman", "free", "from", "the", "debris"],
               [1, 1, 3, 1, 3, 4, 7, 5],
               ["nsubj", "ROOT", "det", "dobj", "amod", "prep", "det", "pobj"],
               ["NOUN", "VERB", "DET", "NOUN", "ADJ", "ADP", "DET", "NOUN"],
               ["NNS", "VBD", "DT", "NN", "JJ", "IN", "DT", "NN"],
               ["firefighter", "pull", "the", "woman", "free", "from", "the", "debris"])
    t = _triggers(doc)["pulled"]
    assert (t.type, t.mode, t.rule) == ("AID", "humanitarian", "event.verb.pull")
    # "the army pulled its troops out"
    doc = _doc(["the", "army", "pulled", "its", "troops", "out"], [1, 2, 2, 4, 2, 2],
               ["det", "nsubj", "ROOT", "poss", "dobj", "prt"],
               ["DET", "NOUN", "VERB", "PRON", "NOUN", "ADP"], ["DT", "NN", "VBD", "PRP$", "NNS", "RP"],
               ["the", "army", "pull", "its", "troop", "out"])
    t = _triggers(doc)["pulled"]
    assert (t.type, t.rule) == ("RETREAT", "event.verb.pull+out")


def test_a_name_the_parser_hangs_on_a_time_noun_is_still_the_object():
    # "shells hit Ashdod Tuesday night": parsed with "night" as the object, "Ashdod" its compound
    from newsdesk.nlp.events._participant_phrases import unglued

    doc = _doc(["shells", "hit", "Ashdod", "Tuesday", "night"], [1, 1, 4, 4, 1],
               ["nsubj", "ROOT", "compound", "compound", "dobj"], ["NOUN", "VERB", "PROPN", "PROPN", "NOUN"],
               ["NNS", "VBD", "NNP", "NNP", "NN"], ["shell", "hit", "Ashdod", "Tuesday", "night"],
               ["O", "O", "B-ORG", "B-DATE", "I-DATE"])
    assert unglued(doc[4]).text == "Ashdod"
    assert [p.name for p in _with_arguments(doc)["hit"].recipients] == ["Ashdod"]
    plain = _doc(["rockets", "hit", "the", "town"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                 ["NOUN", "VERB", "DET", "NOUN"], ["NNS", "VBD", "DT", "NN"],
                 ["rocket", "hit", "the", "town"])
    assert unglued(plain[3]).text == "town"


def test_pleading_not_guilty_denies_the_charge_and_pleading_guilty_does_not():
    # "the clerk pleaded not guilty to theft" / "the clerk pleaded guilty to theft"
    t = _triggers(_doc(["the", "clerk", "pleaded", "not", "guilty", "to", "theft"], [1, 2, 2, 4, 2, 4, 5],
                      ["det", "nsubj", "ROOT", "neg", "acomp", "prep", "pobj"],
                      ["DET", "NOUN", "VERB", "PART", "ADJ", "ADP", "NOUN"],
                      ["DT", "NN", "VBD", "RB", "JJ", "IN", "NN"],
                      ["the", "clerk", "plead", "not", "guilty", "to", "theft"]))["pleaded"]
    assert (t.type, t.rule) == ("REJECT", "event.verb.plead")
    admitted = _doc(["the", "clerk", "pleaded", "guilty", "to", "theft"], [1, 2, 2, 2, 3, 4],
                   ["det", "nsubj", "ROOT", "acomp", "prep", "pobj"],
                   ["DET", "NOUN", "VERB", "ADJ", "ADP", "NOUN"], ["DT", "NN", "VBD", "JJ", "IN", "NN"],
                   ["the", "clerk", "plead", "guilty", "to", "theft"])
    assert "pleaded" not in _triggers(admitted)


def test_playing_down_or_overruling_is_a_rejection():
    # "the governor played down the early warnings"
    doc = _doc(["the", "governor", "played", "down", "the", "early", "warnings"], [1, 2, 2, 2, 6, 6, 2],
               ["det", "nsubj", "ROOT", "prt", "det", "amod", "dobj"],
               ["DET", "NOUN", "VERB", "ADP", "DET", "ADJ", "NOUN"],
               ["DT", "NN", "VBD", "RP", "DT", "JJ", "NNS"],
               ["the", "governor", "play", "down", "the", "early", "warning"])
    assert _triggers(doc)["played"].type == "REJECT"
    # "the chairwoman overruled the committee"
    doc = _doc(["the", "chairwoman", "overruled", "the", "committee"], [1, 2, 2, 4, 2],
               ["det", "nsubj", "ROOT", "det", "dobj"], ["DET", "NOUN", "VERB", "DET", "NOUN"],
               ["DT", "NN", "VBD", "DT", "NN"], ["the", "chairwoman", "overrule", "the", "committee"])
    assert _triggers(doc)["overruled"].type == "REJECT"


def test_touting_or_respecting_someone_is_support_and_taking_issue_criticism():
    # "the leaflet touts the mayor's record"
    doc = _doc(["the", "leaflet", "touts", "the", "mayor", "'s", "record"], [1, 2, 2, 4, 6, 4, 2],
               ["det", "nsubj", "ROOT", "det", "poss", "case", "dobj"],
               ["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "NOUN"],
               ["DT", "NN", "VBZ", "DT", "NN", "POS", "NN"],
               ["the", "leaflet", "tout", "the", "mayor", "'s", "record"])
    assert _triggers(doc)["touts"].type == "SUPPORT"
    # "I respect her" (a person), not "they respect the truce" (a thing)
    doc = _doc(["I", "respect", "her"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["PRON", "VERB", "PRON"],
               ["PRP", "VBP", "PRP"], ["I", "respect", "she"])
    assert _triggers(doc)["respect"].type == "SUPPORT"
    doc = _doc(["they", "respect", "the", "truce"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
               ["PRON", "VERB", "DET", "NOUN"],
               ["PRP", "VBP", "DT", "NN"], ["they", "respect", "the", "truce"])
    assert "respect" not in _triggers(doc)
    # "the union took issue with the plan"
    doc = _doc(["the", "union", "took", "issue", "with", "the", "plan"], [1, 2, 2, 2, 2, 6, 4],
               ["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
               ["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBD", "NN", "IN", "DT", "NN"],
               ["the", "union", "take", "issue", "with", "the", "plan"])
    assert _triggers(doc)["took"].rule == "event.verb.take+issue"


def test_being_proud_of_or_grateful_to_someone_is_support():
    # "the coach is proud of the team" / "the coach is proud to serve"
    doc = _doc(["the", "coach", "is", "proud", "of", "the", "team"], [1, 2, 2, 2, 3, 6, 4],
               ["det", "nsubj", "ROOT", "acomp", "prep", "det", "pobj"],
               ["DET", "NOUN", "AUX", "ADJ", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBZ", "JJ", "IN", "DT", "NN"],
               ["the", "coach", "be", "proud", "of", "the", "team"])
    t = _triggers(doc)["proud"]
    assert (t.type, t.rule) == ("SUPPORT", "event.adj.proud")
    assert [p.name for p in _with_arguments(doc)["proud"].recipients] == ["the team"]
    doc = _doc(["the", "coach", "is", "proud", "to", "serve"], [1, 2, 2, 2, 5, 3],
               ["det", "nsubj", "ROOT", "acomp", "aux", "xcomp"],
               ["DET", "NOUN", "AUX", "ADJ", "PART", "VERB"],
               ["DT", "NN", "VBZ", "JJ", "TO", "VB"], ["the", "coach", "be", "proud", "to", "serve"])
    assert "proud" not in _triggers(doc)
    # "the villagers are grateful to the rescuers" / "the farmers are grateful for the rain"
    doc = _doc(["the", "villagers", "are", "grateful", "to", "the", "rescuers"], [1, 2, 2, 2, 3, 6, 4],
               ["det", "nsubj", "ROOT", "acomp", "prep", "det", "pobj"],
               ["DET", "NOUN", "AUX", "ADJ", "ADP", "DET", "NOUN"],
               ["DT", "NNS", "VBP", "JJ", "IN", "DT", "NNS"],
               ["the", "villager", "be", "grateful", "to", "the", "rescuer"])
    assert _triggers(doc)["grateful"].type == "SUPPORT"
    doc = _doc(["the", "farmers", "are", "grateful", "for", "the", "rain"], [1, 2, 2, 2, 3, 6, 4],
               ["det", "nsubj", "ROOT", "acomp", "prep", "det", "pobj"],
               ["DET", "NOUN", "AUX", "ADJ", "ADP", "DET", "NOUN"],
               ["DT", "NNS", "VBP", "JJ", "IN", "DT", "NN"],
               ["the", "farmer", "be", "grateful", "for", "the", "rain"])
    assert "grateful" not in _triggers(doc)


def test_getting_behind_someone_is_support_and_shouting_at_them_criticism():
    # "the delegates got behind the governor"
    doc = _doc(["the", "delegates", "got", "behind", "the", "governor"], [1, 2, 2, 2, 5, 3],
               ["det", "nsubj", "ROOT", "prep", "det", "pobj"], ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"],
               ["DT", "NNS", "VBD", "IN", "DT", "NN"],
               ["the", "delegate", "get", "behind", "the", "governor"])
    assert _triggers(doc)["got"].rule == "event.verb.get+behind"
    # "a guard shouted at the reporter"
    doc = _doc(["a", "guard", "shouted", "at", "the", "reporter"], [1, 2, 2, 2, 5, 3],
               ["det", "nsubj", "ROOT", "prep", "det", "pobj"], ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBD", "IN", "DT", "NN"], ["a", "guard", "shout", "at", "the", "reporter"])
    t = _triggers(doc)["shouted"]
    assert (t.type, t.rule) == ("DISAPPROVE", "event.verb.shout+at")


def test_a_thing_that_threatens_is_a_risk_not_a_threat():
    # "the rebels threatened to storm the port" / "the leak threatens to poison the bay"
    def doc(subj, lemma, pos, tag, verb, vlemma):
        return _doc(["the", subj, "threatened", "to", verb, "the", "port"], [1, 2, 2, 4, 2, 6, 4],
                    ["det", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                    ["DET", pos, "VERB", "PART", "VERB", "DET", "NOUN"],
                    ["DT", tag, "VBD", "TO", "VB", "DT", "NN"],
                    ["the", lemma, "threaten", "to", vlemma, "the", "port"])

    t = _triggers(doc("rebels", "rebel", "NOUN", "NNS", "storm", "storm"))["threatened"]
    assert t.type == "THREATEN"
    assert "threatened" not in _triggers(doc("leak", "leak", "NOUN", "NN", "poison", "poison"))


def test_pouncing_on_someones_remarks_criticises_them_but_jumping_on_a_table_is_nothing():
    # "critics pounced on the governor's remarks"
    doc = _doc(["critics", "pounced", "on", "the", "governor", "'s", "remarks"], [1, 1, 1, 4, 6, 4, 2],
               ["nsubj", "ROOT", "prep", "det", "poss", "case", "pobj"],
               ["NOUN", "VERB", "ADP", "DET", "NOUN", "PART", "NOUN"],
               ["NNS", "VBD", "IN", "DT", "NN", "POS", "NNS"],
               ["critic", "pounce", "on", "the", "governor", "'s", "remark"])
    t = _triggers(doc)["pounced"]
    assert (t.type, t.rule) == ("DISAPPROVE", "event.verb.pounce+on")
    assert [p.name for p in _with_arguments(doc)["pounced"].recipients] == ["the governor"]
    # "the cat jumped on the table"
    doc = _doc(["the", "cat", "jumped", "on", "the", "table"], [1, 2, 2, 2, 5, 3],
               ["det", "nsubj", "ROOT", "prep", "det", "pobj"], ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBD", "IN", "DT", "NN"], ["the", "cat", "jump", "on", "the", "table"])
    assert "jumped" not in _triggers(doc)


def test_a_call_to_act_is_a_demand_and_a_call_to_ones_mother_a_phone_call():
    # "the bishop renewed his call to end the siege"
    doc = _doc(["the", "bishop", "renewed", "his", "call", "to", "end", "the", "siege"],
               [1, 2, 2, 4, 2, 6, 4, 8, 6],
               ["det", "nsubj", "ROOT", "poss", "dobj", "aux", "acl", "det", "dobj"],
               ["DET", "NOUN", "VERB", "PRON", "NOUN", "PART", "VERB", "DET", "NOUN"],
               ["DT", "NN", "VBD", "PRP$", "NN", "TO", "VB", "DT", "NN"],
               ["the", "bishop", "renew", "his", "call", "to", "end", "the", "siege"])
    t = _triggers(doc)["call"]
    assert (t.type, t.rule) == ("DEMAND", "event.noun.call")
    # the parser hangs the infinitive on the verb: "he won crowds with his calls to lift the ban"
    doc = _doc(["he", "won", "crowds", "with", "his", "calls", "to", "lift", "the", "ban"],
               [1, 1, 1, 2, 5, 3, 7, 1, 9, 7],
               ["nsubj", "ROOT", "dobj", "prep", "poss", "pobj", "aux", "advcl", "det", "dobj"],
               ["PRON", "VERB", "NOUN", "ADP", "PRON", "NOUN", "PART", "VERB", "DET", "NOUN"],
               ["PRP", "VBD", "NNS", "IN", "PRP$", "NNS", "TO", "VB", "DT", "NN"],
               ["he", "win", "crowd", "with", "his", "call", "to", "lift", "the", "ban"])
    assert _triggers(doc)["calls"].type == "DEMAND"
    # "she made a call to her mother"
    doc = _doc(["she", "made", "a", "call", "to", "her", "mother"], [1, 1, 3, 1, 3, 6, 4],
               ["nsubj", "ROOT", "det", "dobj", "prep", "poss", "pobj"],
               ["PRON", "VERB", "DET", "NOUN", "ADP", "PRON", "NOUN"],
               ["PRP", "VBD", "DT", "NN", "IN", "PRP$", "NN"],
               ["she", "make", "a", "call", "to", "she", "mother"])
    assert "call" not in _triggers(doc)


def test_a_demand_someone_makes_is_a_demand_and_market_demand_is_not():
    # "the union made a final demand to the company"
    doc = _doc(["the", "union", "made", "a", "final", "demand", "to", "the", "company"],
               [1, 2, 2, 5, 5, 2, 5, 8, 6],
               ["det", "nsubj", "ROOT", "det", "amod", "dobj", "prep", "det", "pobj"],
               ["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBD", "DT", "JJ", "NN", "IN", "DT", "NN"],
               ["the", "union", "make", "a", "final", "demand", "to", "the", "company"])
    assert _triggers(doc)["demand"].type == "DEMAND"
    # "oil demand rose"
    doc = _doc(["oil", "demand", "rose"], [1, 2, 2], ["compound", "nsubj", "ROOT"], ["NOUN", "NOUN", "VERB"],
               ["NN", "NN", "VBD"], ["oil", "demand", "rise"])
    assert "demand" not in _triggers(doc)


def test_getting_someone_on_board_is_support_but_getting_cargo_on_board_is_not():
    # "the mayor got the union on board" / "the crew got the cargo on board"
    def doc(obj):
        return _doc(["the", "mayor", "got", "the", obj, "on", "board"], [1, 2, 2, 4, 2, 2, 5],
                    ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN"],
                    ["DT", "NN", "VBD", "DT", "NN", "IN", "NN"],
                    ["the", "mayor", "get", "the", obj, "on", "board"])

    t = _triggers(doc("union"))["got"]
    assert (t.type, t.rule) == ("SUPPORT", "event.verb.get+on")
    assert "got" not in _triggers(doc("cargo"))


def test_acknowledging_ones_own_fault_concedes_but_a_fact_about_others_does_not():
    # "the senator acknowledged she misspoke"
    doc = _doc(["the", "senator", "acknowledged", "she", "misspoke"], [1, 2, 2, 4, 2],
               ["det", "nsubj", "ROOT", "nsubj", "ccomp"], ["DET", "NOUN", "VERB", "PRON", "VERB"],
               ["DT", "NN", "VBD", "PRP", "VBD"], ["the", "senator", "acknowledge", "she", "misspeak"])
    t = _triggers(doc)["acknowledged"]
    assert (t.type, t.rule) == ("CONCEDE", "event.verb.acknowledge")
    # "the minister admitted mistakes"
    doc = _doc(["the", "minister", "admitted", "mistakes"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
               ["DET", "NOUN", "VERB", "NOUN"], ["DT", "NN", "VBD", "NNS"],
               ["the", "minister", "admit", "mistake"])
    assert _triggers(doc)["admitted"].type == "CONCEDE"
    # "the minister acknowledged the economy is weak": a fact about something else
    doc = _doc(["the", "minister", "acknowledged", "the", "economy", "is", "weak"], [1, 2, 2, 4, 5, 2, 5],
               ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp"],
               ["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ"],
               ["DT", "NN", "VBD", "DT", "NN", "VBZ", "JJ"],
               ["the", "minister", "acknowledge", "the", "economy", "be", "weak"])
    assert "acknowledged" not in _triggers(doc)


def test_an_appeal_among_voters_is_popularity_not_a_demand():
    # "the senator's appeal among students grew" / "the mayor's appeal to residents"
    doc = _doc(["the", "senator", "'s", "appeal", "among", "students", "grew"], [1, 3, 1, 6, 3, 4, 6],
               ["det", "poss", "case", "nsubj", "prep", "pobj", "ROOT"],
               ["DET", "NOUN", "PART", "NOUN", "ADP", "NOUN", "VERB"],
               ["DT", "NN", "POS", "NN", "IN", "NNS", "VBD"],
               ["the", "senator", "'s", "appeal", "among", "student", "grow"])
    assert "appeal" not in _triggers(doc)
    doc = _doc(["the", "mayor", "'s", "appeal", "to", "residents"], [1, 3, 1, 3, 3, 4],
               ["det", "poss", "case", "ROOT", "prep", "pobj"],
               ["DET", "NOUN", "PART", "NOUN", "ADP", "NOUN"],
               ["DT", "NN", "POS", "NN", "IN", "NNS"], ["the", "mayor", "'s", "appeal", "to", "resident"])
    assert _triggers(doc)["appeal"].type == "DEMAND"


def test_having_no_intention_refuses_and_taking_someones_side_supports():
    # "I have no intention of running" / "she has every intention of running"
    def doc(det):
        return _doc(["I", "have", det, "intention", "of", "running"], [1, 1, 3, 1, 3, 4],
                    ["nsubj", "ROOT", "det", "dobj", "prep", "pcomp"],
                    ["PRON", "VERB", "DET", "NOUN", "ADP", "VERB"], ["PRP", "VBP", "DT", "NN", "IN", "VBG"],
                    ["I", "have", det, "intention", "of", "run"])

    t = _triggers(doc("no"))["have"]
    assert (t.type, t.rule) == ("REJECT", "event.verb.have+intention")
    assert "have" not in _triggers(doc("every"))
    # "the council took the side of the farmers"
    doc2 = _doc(["the", "council", "took", "the", "side", "of", "the", "farmers"], [1, 2, 2, 4, 2, 4, 7, 5],
                ["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
                ["DT", "NN", "VBD", "DT", "NN", "IN", "DT", "NNS"],
                ["the", "council", "take", "the", "side", "of", "the", "farmer"])
    assert _triggers(doc2)["took"].type == "SUPPORT"


def _struck(subj: str, subj_lemma: str) -> Trigger:
    # "<subj> struck the depot": the verb "strike" with a transitive object
    doc = _doc([subj, "struck", "the", "depot"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
               ["NOUN", "VERB", "DET", "NOUN"], ["NNS", "VBD", "DT", "NN"],
               [subj_lemma, "strike", "the", "depot"])
    return _triggers(doc)["struck"]


def test_weapons_or_armed_forces_that_strike_fight_like_those_that_hit():
    # as with "hit": shells or troops striking a place are war (PLOVER FIGHT, heavy weapons)
    mortars = _struck("mortars", "mortar")
    assert (mortars.type, mortars.mode) == ("FIGHT", "heavy-weapons")
    assert _struck("troops", "troop").type == "FIGHT"
    assert _struck("vandals", "vandal").type == "ASSAULT"  # anyone else striking a thing: force


def test_briefing_someone_is_a_consultation():
    # the minister briefed the senators
    doc = _doc(["the", "minister", "briefed", "the", "senators"], [1, 2, 2, 4, 2],
               ["det", "nsubj", "ROOT", "det", "dobj"], ["DET", "NOUN", "VERB", "DET", "NOUN"],
               ["DT", "NN", "VBD", "DT", "NNS"], ["the", "minister", "brief", "the", "senator"])
    assert (_triggers(doc)["briefed"].type, _triggers(doc)["briefed"].mode) == ("CONSULT", "meet")


def _received_briefing(modifier: str) -> dict[str, Trigger]:
    # the governor received her first <modifier> briefing
    doc = _doc(["the", "governor", "received", "her", "first", modifier, "briefing"], [1, 2, 2, 6, 6, 6, 2],
               ["det", "nsubj", "ROOT", "poss", "amod", "compound", "dobj"],
               ["DET", "NOUN", "VERB", "PRON", "ADJ", "NOUN", "NOUN"],
               ["DT", "NN", "VBD", "PRP$", "JJ", "NN", "NN"],
               ["the", "governor", "receive", "her", "first", modifier, "briefing"])
    return _triggers(doc)


def test_someones_briefing_is_a_consultation_a_press_briefing_is_not():
    assert _received_briefing("security")["briefing"].type == "CONSULT"
    assert "briefing" not in _received_briefing("press")  # a news conference, not a meeting


def _dragged(obj: str, obj_lemma: str, pos: str, tag: str) -> dict[str, Trigger]:
    # the guards dragged <obj> away
    doc = _doc(["the", "guards", "dragged", obj, "away"], [1, 2, 2, 2, 2],
               ["det", "nsubj", "ROOT", "dobj", "advmod"], ["DET", "NOUN", "VERB", pos, "ADV"],
               ["DT", "NNS", "VBD", tag, "RB"], ["the", "guard", "drag", obj_lemma, "away"])
    return _triggers(doc)


def test_dragging_a_person_away_is_coercion():
    # removing someone by force (CAMEO 17); dragging a thing away is no event
    assert _dragged("him", "he", "PRON", "PRP")["dragged"].type == "COERCE"
    assert "dragged" not in _dragged("boxes", "box", "NOUN", "NNS")


def _shipped(first: str, second: str) -> dict[str, Trigger]:
    # the agency shipped <first> <second> tablets to the island
    doc = _doc(["the", "agency", "shipped", first, second, "tablets", "to", "the", "island"],
               [1, 2, 2, 4, 5, 2, 2, 8, 6],
               ["det", "nsubj", "ROOT", "compound", "compound", "dobj", "prep", "det", "pobj"],
               ["DET", "NOUN", "VERB", "NOUN", "NOUN", "NOUN", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBD", "NN", "NN", "NNS", "IN", "DT", "NN"],
               ["the", "agency", "ship", first, second, "tablet", "to", "the", "island"])
    return _triggers(doc)


def test_packs_of_aid_goods_are_aid():
    # "water purification tablets": goods named by their modifier are given as aid
    assert _shipped("water", "purification")["shipped"].type == "AID"
    assert "shipped" not in _shipped("printer", "ink")  # goods of trade: no event


def _interviewed(subj: str, subj_lemma: str) -> dict[str, Trigger]:
    # <subj> interviewed the pilot
    doc = _doc([subj, "interviewed", "the", "pilot"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
               ["NOUN", "VERB", "DET", "NOUN"], ["NNS", "VBD", "DT", "NN"],
               [subj_lemma, "interview", "the", "pilot"])
    return _triggers(doc)


def test_questioning_someone_is_an_investigation_unless_the_press_asks():
    assert _interviewed("investigators", "investigator")["interviewed"].type == "INVESTIGATE"
    assert "interviewed" not in _interviewed("reporters", "reporter")  # the press's own work


def test_contacting_someone_is_a_consultation_unless_the_press_does():
    def contacted(subj: str, subj_lemma: str) -> dict[str, Trigger]:
        # <subj> contacted the minister
        doc = _doc([subj, "contacted", "the", "minister"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                   ["NOUN", "VERB", "DET", "NOUN"], ["NNS", "VBD", "DT", "NN"],
                   [subj_lemma, "contact", "the", "minister"])
        return _triggers(doc)

    assert contacted("envoys", "envoy")["contacted"].type == "CONSULT"
    assert "contacted" not in contacted("journalists", "journalist")


def test_an_appeal_for_a_sum_of_money_is_aid_an_appeal_for_calm_a_demand():
    def appeal(words: list[str], lemmas: list[str], ents: list[str]) -> Trigger:
        # the charity launched an appeal for <words>
        n = len(words)
        doc = _doc(["the", "charity", "launched", "an", "appeal", "for", *words],
                   [1, 2, 2, 4, 2, 4] + [5 + n] * (n - 1) + [5],
                   ["det", "nsubj", "ROOT", "det", "dobj", "prep"] + ["nmod"] * (n - 1) + ["pobj"],
                   ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP"] + ["NUM"] * (n - 1) + ["NOUN"],
                   ["DT", "NN", "VBD", "DT", "NN", "IN"] + ["CD"] * (n - 1) + ["NN"],
                   ["the", "charity", "launch", "an", "appeal", "for", *lemmas],
                   ["O"] * 6 + ents)
        return _triggers(doc)["appeal"]

    money = ["B-MONEY", "I-MONEY", "I-MONEY"]
    assert appeal(["$", "5", "million"], ["$", "5", "million"], money).type == "AID"
    assert appeal(["calm"], ["calm"], ["O"]).type == "DEMAND"
