"""Trigger vocabulary on hand-built parses (no model): criticism and rejection verbs from the
CAMEO 11/12 definitions, and particles the parser hangs on a verb as adverbs."""

from __future__ import annotations

import pytest

from newsdesk.nlp.events._participants import Resolver
from newsdesk.nlp.events._trigger import Trigger
from newsdesk.nlp.events._triggers import find_triggers
from parses import tagged_doc as _doc


def _triggers(doc) -> dict[str, Trigger]:
    return {t.token.lower_: t for t in find_triggers(doc, Resolver(doc, doc.text, [], []))}


def test_pushing_back_on_charges_is_a_rejection_even_with_back_as_an_adverb():
    # "the chairman pushed back on the claims": "back" parsed as advmod, not prt
    doc = _doc(["the", "chairman", "pushed", "back", "on", "the", "claims"], [1, 2, 2, 2, 2, 6, 4],
               ["det", "nsubj", "ROOT", "advmod", "prep", "det", "pobj"],
               ["DET", "NOUN", "VERB", "ADV", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBD", "RB", "IN", "DT", "NNS"],
               ["the", "chairman", "push", "back", "on", "the", "claim"])
    t = _triggers(doc)["pushed"]
    assert (t.type, t.rule) == ("REJECT", "event.verb.push+back")


def test_troops_pushing_back_the_enemy_fight():
    doc = _doc(["troops", "pushed", "back", "the", "rebels"], [1, 1, 1, 4, 1],
               ["nsubj", "ROOT", "prt", "det", "dobj"], ["NOUN", "VERB", "ADP", "DET", "NOUN"],
               ["NNS", "VBD", "RP", "DT", "NNS"], ["troop", "push", "back", "the", "rebel"])
    t = _triggers(doc)["pushed"]
    assert (t.type, t.rule) == ("FIGHT", "event.verb.push+back")


def test_pointing_the_finger_is_criticism():
    # "the minister pointed the finger at the company"
    doc = _doc(["the", "minister", "pointed", "the", "finger", "at", "the", "company"],
               [1, 2, 2, 4, 2, 2, 7, 5],
               ["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
               ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBD", "DT", "NN", "IN", "DT", "NN"],
               ["the", "minister", "point", "the", "finger", "at", "the", "company"])
    t = _triggers(doc)["pointed"]
    assert (t.type, t.rule) == ("DISAPPROVE", "event.verb.point+finger")


def test_rebutting_a_claim_is_a_rejection():
    doc = _doc(["the", "ministry", "rebutted", "the", "report"], [1, 2, 2, 4, 2],
               ["det", "nsubj", "ROOT", "det", "dobj"], ["DET", "NOUN", "VERB", "DET", "NOUN"],
               ["DT", "NN", "VBD", "DT", "NN"], ["the", "ministry", "rebut", "the", "report"])
    assert _triggers(doc)["rebutted"].type == "REJECT"


# -- force between armed sides is FIGHT (PLOVER 0.5), not ASSAULT or COERCE ---------------------


def _events(doc):
    from newsdesk.nlp.events import find_events

    return {e.trigger.text: e for e in find_events(doc, [], [], [])}


def test_aircraft_destroying_tanks_fight():
    doc = _doc(["aircraft", "destroyed", "government", "tanks"], [1, 1, 3, 1],
               ["nsubj", "ROOT", "compound", "dobj"], ["NOUN", "VERB", "NOUN", "NOUN"],
               ["NNS", "VBD", "NN", "NNS"], ["aircraft", "destroy", "government", "tank"])
    e = _events(doc)["destroyed"]
    assert (e.type, e.rule) == ("FIGHT", "event.verb.destroy/armed-destruction")


def test_soldiers_destroying_homes_stay_coercion():
    doc = _doc(["soldiers", "destroyed", "the", "homes"], [1, 1, 3, 1],
               ["nsubj", "ROOT", "det", "dobj"], ["NOUN", "VERB", "DET", "NOUN"],
               ["NNS", "VBD", "DT", "NNS"], ["soldier", "destroy", "the", "home"])
    assert _events(doc)["destroyed"].type == "COERCE"


def test_bombing_an_army_base_is_fighting():
    # "army bases were bombed"
    doc = _doc(["army", "bases", "were", "bombed"], [1, 3, 3, 3],
               ["compound", "nsubjpass", "auxpass", "ROOT"], ["NOUN", "NOUN", "AUX", "VERB"],
               ["NN", "NNS", "VBD", "VBN"], ["army", "base", "be", "bomb"])
    e = _events(doc)["bombed"]
    assert (e.type, e.rule) == ("FIGHT", "event.verb.bomb/armed-force")


@pytest.mark.slow
def test_an_alliance_strike_is_an_air_strike(nlp):
    from builders import paragraphs
    from newsdesk.nlp import analyze

    text = "The latest NATO strikes came two days after the vote in Brussels."
    events = analyze(paragraphs(text), nlp).events
    strike = [e for e in events if e.trigger.text == "strikes"]
    assert strike and (strike[0].type, strike[0].rule) == ("FIGHT", "event.noun.strike/military-strike")


# -- targets ----------------------------------------------------------------------------------


def test_fighting_to_oust_someone_targets_them():
    # "the rebels battled to oust the government"
    doc = _doc(["the", "rebels", "battled", "to", "oust", "the", "government"], [1, 2, 2, 4, 2, 6, 4],
               ["det", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
               ["DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN"],
               ["DT", "NNS", "VBD", "TO", "VB", "DT", "NN"],
               ["the", "rebel", "battle", "to", "oust", "the", "government"])
    e = _events(doc)["battled"]
    assert e.type == "FIGHT" and [p.name for p in e.recipients] == ["the government"]


def test_wanting_to_see_others_act_is_a_demand_even_when_tagged_present():
    # "we want to see the council support it": "support" tagged VBP by the model
    doc = _doc(["we", "want", "to", "see", "the", "council", "support", "it"], [1, 1, 3, 1, 5, 6, 3, 6],
               ["nsubj", "ROOT", "aux", "xcomp", "det", "nsubj", "ccomp", "dobj"],
               ["PRON", "VERB", "PART", "VERB", "DET", "NOUN", "VERB", "PRON"],
               ["PRP", "VBP", "TO", "VB", "DT", "NN", "VBP", "PRP"],
               ["we", "want", "to", "see", "the", "council", "support", "it"])
    t = _triggers(doc)["want"]
    assert (t.type, t.rule) == ("DEMAND", "event.want-to")


def _arguments(doc):
    from newsdesk.nlp.events._arguments import arguments

    res = Resolver(doc, doc.text, [], [])
    return {t.token.lower_: arguments(t, res, None, []) for t in find_triggers(doc, res)}


def test_a_concert_in_support_of_someone_names_whom_it_supports():
    # "the band held a concert in support of the rebels"
    doc = _doc(["the", "band", "held", "a", "concert", "in", "support", "of", "the", "rebels"],
               [1, 2, 2, 4, 2, 2, 5, 6, 9, 7],
               ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "det", "pobj"],
               ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBD", "DT", "NN", "IN", "NN", "IN", "DT", "NNS"],
               ["the", "band", "hold", "a", "concert", "in", "support", "of", "the", "rebel"])
    args = _arguments(doc)["support"]
    assert [p.name for p in args.recipients] == ["the rebels"]
    assert "the rebels" not in [p.name for p in args.actors]


def test_talks_with_someones_operation_name_the_possessor_as_partner():
    # "the ministers talked with the president's operation"
    doc = _doc(["the", "ministers", "talked", "with", "the", "president", "'s", "operation"],
               [1, 2, 2, 2, 5, 7, 5, 3],
               ["det", "nsubj", "ROOT", "prep", "det", "poss", "case", "pobj"],
               ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PART", "NOUN"],
               ["DT", "NNS", "VBD", "IN", "DT", "NN", "POS", "NN"],
               ["the", "minister", "talk", "with", "the", "president", "'s", "operation"])
    args = _arguments(doc)["talked"]
    assert [p.name for p in args.recipients] == ["the president"]


def test_confidence_in_someones_plans_is_about_them():
    # "the ministers had confidence in the president's plans"
    doc = _doc(["the", "ministers", "had", "confidence", "in", "the", "president", "'s", "plans"],
               [1, 2, 2, 2, 3, 6, 8, 6, 4],
               ["det", "nsubj", "ROOT", "dobj", "prep", "det", "poss", "case", "pobj"],
               ["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PART", "NOUN"],
               ["DT", "NNS", "VBD", "NN", "IN", "DT", "NN", "POS", "NNS"],
               ["the", "minister", "have", "confidence", "in", "the", "president", "'s", "plan"])
    args = _arguments(doc)["confidence"]
    assert [p.name for p in args.actors] == ["the ministers"]
    assert [p.name for p in args.recipients] == ["the president"]


def test_a_call_for_sanctions_against_a_country_targets_it():
    # "the bishop called for sanctions against the regime"
    doc = _doc(["the", "bishop", "called", "for", "sanctions", "against", "the", "regime"],
               [1, 2, 2, 2, 3, 4, 7, 5],
               ["det", "nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj"],
               ["DET", "NOUN", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBD", "IN", "NNS", "IN", "DT", "NN"],
               ["the", "bishop", "call", "for", "sanction", "against", "the", "regime"])
    args = _arguments(doc)["called"]
    assert [p.name for p in args.recipients] == ["the regime"]


def test_who_is_expected_to_meet_meets():
    # "the envoy was expected to meet the rebels"
    doc = _doc(["the", "envoy", "was", "expected", "to", "meet", "the", "rebels"], [1, 3, 3, 3, 5, 3, 7, 5],
               ["det", "nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "det", "dobj"],
               ["DET", "NOUN", "AUX", "VERB", "PART", "VERB", "DET", "NOUN"],
               ["DT", "NN", "VBD", "VBN", "TO", "VB", "DT", "NNS"],
               ["the", "envoy", "be", "expect", "to", "meet", "the", "rebel"])
    args = _arguments(doc)["meet"]
    assert [p.name for p in args.actors] == ["the envoy"]
    assert [p.name for p in args.recipients] == ["the rebels"]


def test_the_group_a_participle_describes_does_the_act():
    # "the rebel leaders meeting with the minister said ..."
    doc = _doc(["the", "rebel", "leaders", "meeting", "with", "the", "minister", "said", "so"],
               [2, 2, 7, 2, 3, 6, 4, 7, 7],
               ["det", "compound", "nsubj", "acl", "prep", "det", "pobj", "ROOT", "advmod"],
               ["DET", "NOUN", "NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "ADV"],
               ["DT", "NN", "NNS", "VBG", "IN", "DT", "NN", "VBD", "RB"],
               ["the", "rebel", "leader", "meet", "with", "the", "minister", "say", "so"])
    args = _arguments(doc)["meeting"]
    assert [p.name for p in args.actors] == ["the rebel leaders"]
    assert [p.name for p in args.recipients] == ["the minister"]


def test_what_a_poll_found_people_support_is_no_event():
    # "the poll found that voters support the senator"
    doc = _doc(["the", "poll", "found", "that", "voters", "support", "the", "senator"],
               [1, 2, 2, 5, 5, 2, 7, 5],
               ["det", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "det", "dobj"],
               ["DET", "NOUN", "VERB", "SCONJ", "NOUN", "VERB", "DET", "NOUN"],
               ["DT", "NN", "VBD", "IN", "NNS", "VBP", "DT", "NN"],
               ["the", "poll", "find", "that", "voter", "support", "the", "senator"])
    assert "support" not in _events(doc)


def test_what_a_minister_found_people_support_still_counts():
    doc = _doc(["the", "minister", "found", "that", "voters", "support", "the", "senator"],
               [1, 2, 2, 5, 5, 2, 7, 5],
               ["det", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "det", "dobj"],
               ["DET", "NOUN", "VERB", "SCONJ", "NOUN", "VERB", "DET", "NOUN"],
               ["DT", "NN", "VBD", "IN", "NNS", "VBP", "DT", "NN"],
               ["the", "minister", "find", "that", "voter", "support", "the", "senator"])
    assert _events(doc)["support"].type == "SUPPORT"


def _svo(subj, verb, obj, lemmas):
    return _doc([subj, verb, "the", obj], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                ["NOUN", "VERB", "DET", "NOUN"], ["NNS", "VBD", "DT", "NN"],
                [lemmas[0], lemmas[1], "the", lemmas[2]])


def test_planting_a_bomb_is_an_assault_and_planting_crops_nothing():
    bomb = _triggers(_svo("militants", "planted", "bomb", ("militant", "plant", "bomb")))["planted"]
    assert (bomb.type, bomb.mode) == ("ASSAULT", "explosives")
    assert "planted" not in _triggers(_svo("farmers", "planted", "crops", ("farmer", "plant", "crop")))


def test_pulling_funding_is_a_sanction():
    t = _triggers(_svo("companies", "pulled", "funding", ("company", "pull", "funding")))["pulled"]
    assert (t.type, t.mode) == ("SANCTION", "discontinue")


def test_laying_out_conditions_is_a_demand():
    # "the leader laid out the conditions"
    doc = _doc(["the", "leader", "laid", "out", "the", "conditions"], [1, 2, 2, 2, 5, 2],
               ["det", "nsubj", "ROOT", "prt", "det", "dobj"], ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBD", "RP", "DT", "NNS"], ["the", "leader", "lay", "out", "the", "condition"])
    t = _triggers(doc)["laid"]
    assert (t.type, t.rule) == ("DEMAND", "event.verb.lay+out")


def test_an_advance_by_armed_forces_is_fighting_and_a_medical_one_nothing():
    # "the rebels made an advance" / "doctors made an advance"
    def doc(subj, lemma):
        return _doc(["the", subj, "made", "an", "advance"], [1, 2, 2, 4, 2],
                    ["det", "nsubj", "ROOT", "det", "dobj"], ["DET", "NOUN", "VERB", "DET", "NOUN"],
                    ["DT", "NNS", "VBD", "DT", "NN"], ["the", lemma, "make", "an", "advance"])

    assert _triggers(doc("rebels", "rebel"))["advance"].type == "FIGHT"
    assert "advance" not in _triggers(doc("doctors", "doctor"))


def test_judging_a_storm_blames_nobody():
    # "the officer said the storm was terrible" / "the officer said the minister was terrible"
    def doc(subj):
        return _doc(["the", "officer", "said", "the", subj, "was", "terrible"], [1, 2, 2, 4, 5, 2, 5],
                    ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp"],
                    ["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ"],
                    ["DT", "NN", "VBD", "DT", "NN", "VBD", "JJ"],
                    ["the", "officer", "say", "the", subj, "be", "terrible"])

    assert "said" not in _triggers(doc("storm"))
    assert _triggers(doc("minister"))["said"].rule == "event.reported-criticism"


def test_teaming_up_against_someone_rallies_opposition():
    # "the parties teamed up against the government" / "the parties teamed up against crime"
    def doc(obj, tag):
        return _doc(["the", "parties", "teamed", "up", "against", "the", obj], [1, 2, 2, 2, 2, 6, 4],
                    ["det", "nsubj", "ROOT", "prt", "prep", "det", "pobj"],
                    ["DET", "NOUN", "VERB", "ADP", "ADP", "DET", "NOUN"],
                    ["DT", "NNS", "VBD", "RP", "IN", "DT", tag],
                    ["the", "party", "team", "up", "against", "the", obj])

    rally = _events(doc("government", "NN"))["teamed up"]
    assert (rally.type, rally.rule) == ("DISAPPROVE", "event.verb.team+up/rally-against")
    assert [p.name for p in rally.recipients] == ["the government"]
    assert _events(doc("crime", "NN"))["teamed up"].type == "COOPERATE"


def test_challenging_someone_over_remarks_criticises_and_over_a_weekend_does_not():
    # "the senators challenged the minister over his remarks" / "... over the weekend"
    def doc(noun, ent):
        return _doc(["the", "senators", "challenged", "the", "minister", "over", "the", noun],
                    [1, 2, 2, 4, 2, 2, 7, 5],
                    ["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                    ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
                    ["DT", "NNS", "VBD", "DT", "NN", "IN", "DT", "NNS"],
                    ["the", "senator", "challenge", "the", "minister", "over", "the", noun],
                    ["O"] * 6 + [ent, ent.replace("B-", "I-")])

    assert _triggers(doc("remarks", "O"))["challenged"].type == "DISAPPROVE"
    assert "challenged" not in _triggers(doc("weekend", "B-DATE"))


def test_aid_sent_to_refugees_with_to_parsed_as_dative():
    # "the agency sent aid to the refugees": the parser labels "to" dative
    doc = _doc(["the", "agency", "sent", "aid", "to", "the", "refugees"], [1, 2, 2, 2, 2, 6, 4],
               ["det", "nsubj", "ROOT", "dobj", "dative", "det", "pobj"],
               ["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBD", "NN", "IN", "DT", "NNS"],
               ["the", "agency", "send", "aid", "to", "the", "refugee"])
    aid = _events(doc)["aid"]
    assert aid.type == "AID" and [p.name for p in aid.recipients] == ["the refugees"]


def test_asking_for_advice_from_someone_consults_them():
    # "the president asked for advice from the generals"
    doc = _doc(["the", "president", "asked", "for", "advice", "from", "the", "generals"],
               [1, 2, 2, 2, 3, 4, 7, 5],
               ["det", "nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj"],
               ["DET", "NOUN", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBD", "IN", "NN", "IN", "DT", "NNS"],
               ["the", "president", "ask", "for", "advice", "from", "the", "general"])
    asked = _events(doc)["asked for"]
    assert (asked.type, asked.rule) == ("CONSULT", "event.verb.ask+for")
    assert [p.name for p in asked.recipients] == ["the generals"]


def test_protesters_coming_out_and_crowds_taking_to_the_streets_protest():
    came = _doc(["protesters", "came", "out", "in", "force"], [1, 1, 1, 1, 3],
                ["nsubj", "ROOT", "prt", "prep", "pobj"], ["NOUN", "VERB", "ADP", "ADP", "NOUN"],
                ["NNS", "VBD", "RP", "IN", "NN"], ["protester", "come", "out", "in", "force"])
    assert _triggers(came)["came"].type == "PROTEST"
    took = _doc(["students", "took", "to", "the", "streets"], [1, 1, 1, 4, 2],
                ["nsubj", "ROOT", "prep", "det", "pobj"], ["NOUN", "VERB", "ADP", "DET", "NOUN"],
                ["NNS", "VBD", "IN", "DT", "NNS"], ["student", "take", "to", "the", "street"])
    assert (_triggers(took)["took"].type, _triggers(took)["took"].mode) == ("PROTEST", "demo")
    home = _doc(["the", "players", "came", "out", "early"], [1, 2, 2, 2, 2],
                ["det", "nsubj", "ROOT", "prt", "advmod"], ["DET", "NOUN", "VERB", "ADP", "ADV"],
                ["DT", "NNS", "VBD", "RP", "RB"], ["the", "player", "come", "out", "early"])
    assert "came" not in _triggers(home)


def test_helping_survivors_is_aid_and_helping_you_out_is_not():
    survivors = _svo("volunteers", "helped", "survivors", ("volunteer", "help", "survivor"))
    assert _triggers(survivors)["helped"].type == "AID"
    you = _doc(["let", "me", "help", "you", "out"], [0, 2, 0, 2, 2],
               ["ROOT", "nsubj", "ccomp", "dobj", "prt"],
               ["VERB", "PRON", "VERB", "PRON", "ADP"], ["VB", "PRP", "VB", "PRP", "RP"],
               ["let", "I", "help", "you", "out"])
    assert "help" not in _triggers(you)


def test_an_attack_made_with_tanks_is_fighting_and_one_with_knives_an_assault():
    # "they attacked the town with tanks" / "... with knives"
    def doc(means, lemma):
        return _doc(["they", "attacked", "the", "town", "with", means], [1, 1, 3, 1, 1, 4],
                    ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    ["PRON", "VERB", "DET", "NOUN", "ADP", "NOUN"], ["PRP", "VBD", "DT", "NN", "IN", "NNS"],
                    ["they", "attack", "the", "town", "with", lemma])

    tanks = _events(doc("tanks", "tank"))["attacked"]
    assert (tanks.type, tanks.rule) == ("FIGHT", "event.verb.attack/armed-force")
    assert _events(doc("knives", "knife"))["attacked"].type == "ASSAULT"


def test_being_forced_to_resign_is_a_concession():
    # "the scandal forced the chairwoman to resign"
    doc = _doc(["the", "scandal", "forced", "the", "chairwoman", "to", "resign"], [1, 2, 2, 4, 2, 6, 2],
               ["det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp"],
               ["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB"],
               ["DT", "NN", "VBD", "DT", "NN", "TO", "VB"],
               ["the", "scandal", "force", "the", "chairwoman", "to", "resign"])
    resign = _events(doc)["resign"]
    assert (resign.type, resign.rule) == ("CONCEDE", "event.verb.resign/forced")


def test_those_responsible_are_a_party():
    # "the minister said those responsible must be punished"
    doc = _doc(["the", "minister", "said", "those", "responsible", "must", "be", "punished"],
               [1, 2, 2, 7, 3, 7, 7, 2],
               ["det", "nsubj", "ROOT", "nsubjpass", "amod", "aux", "auxpass", "ccomp"],
               ["DET", "NOUN", "VERB", "PRON", "ADJ", "AUX", "AUX", "VERB"],
               ["DT", "NN", "VBD", "DT", "JJ", "MD", "VB", "VBN"],
               ["the", "minister", "say", "those", "responsible", "must", "be", "punish"])
    demand = _events(doc)["must"]
    assert demand.type == "DEMAND" and [p.name for p in demand.recipients] == ["those responsible"]


def test_one_of_the_partners_named_in_apposition_is_that_partner():
    from newsdesk.models import Entity, Mention
    from newsdesk.nlp.events._arguments import arguments

    # "One of the partners, Acme, refused the plan"
    doc = _doc(["One", "of", "the", "partners", ",", "Acme", ",", "refused", "the", "plan"],
               [7, 0, 3, 1, 0, 0, 0, 7, 9, 7],
               ["nsubj", "prep", "det", "pobj", "punct", "appos", "punct", "ROOT", "det", "dobj"],
               ["NUM", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "DET", "NOUN"],
               ["CD", "IN", "DT", "NNS", ",", "NNP", ",", "VBD", "DT", "NN"],
               ["one", "of", "the", "partner", ",", "Acme", ",", "refuse", "the", "plan"],
               ["O"] * 5 + ["B-ORG"] + ["O"] * 4)
    acme = doc[5]
    ent = Entity(id=1, type="ORG", canonical="Acme", mentions=[Mention(acme.idx, acme.idx + 4, "Acme")])
    res = Resolver(doc, doc.text, [ent], [])
    [refused] = [t for t in find_triggers(doc, res) if t.token.lower_ == "refused"]
    assert [p.name for p in arguments(refused, res, None, []).actors] == ["Acme"]


def test_who_is_under_investigation_undergoes_it():
    # "the ministers are under investigation"
    doc = _doc(["the", "ministers", "are", "under", "investigation"], [1, 2, 2, 2, 3],
               ["det", "nsubj", "ROOT", "prep", "pobj"], ["DET", "NOUN", "AUX", "ADP", "NOUN"],
               ["DT", "NNS", "VBP", "IN", "NN"], ["the", "minister", "be", "under", "investigation"])
    probe = _events(doc)["investigation"]
    assert probe.type == "INVESTIGATE" and [p.name for p in probe.recipients] == ["the ministers"]
    assert probe.actors == []


def test_voting_for_a_measure_supports_no_one():
    # "the council voted for the resolution": what the measure says is the act, not support
    doc = _doc(["the", "council", "voted", "for", "the", "resolution"], [1, 2, 2, 2, 5, 3],
               ["det", "nsubj", "ROOT", "prep", "det", "pobj"], ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBD", "IN", "DT", "NN"], ["the", "council", "vote", "for", "the", "resolution"])
    assert "voted" not in _triggers(doc)


def test_saying_a_claim_is_not_true_denies_it():
    # "the minister said it is not true" / "the minister said it is true"
    def doc(neg):
        words = ["the", "minister", "said", "it", "is"] + (["not"] if neg else []) + ["true"]
        n = len(words)
        heads = [1, 2, 2, 4, 2] + ([4] if neg else []) + [4]
        deps = ["det", "nsubj", "ROOT", "nsubj", "ccomp"] + (["neg"] if neg else []) + ["acomp"]
        pos = ["DET", "NOUN", "VERB", "PRON", "AUX"] + (["PART"] if neg else []) + ["ADJ"]
        tags = ["DT", "NN", "VBD", "PRP", "VBZ"] + (["RB"] if neg else []) + ["JJ"]
        lemmas = ["the", "minister", "say", "it", "be"] + (["not"] if neg else []) + ["true"]
        assert len(heads) == n
        return _doc(words, heads, deps, pos, tags, lemmas)

    said = _triggers(doc(True))["said"]
    assert (said.type, said.rule) == ("REJECT", "event.reported-denial")
    assert "said" not in _triggers(doc(False))


def test_bristling_at_allegations_rejects_them():
    doc = _doc(["officials", "bristled", "at", "the", "allegations"], [1, 1, 1, 4, 2],
               ["nsubj", "ROOT", "prep", "det", "pobj"], ["NOUN", "VERB", "ADP", "DET", "NOUN"],
               ["NNS", "VBD", "IN", "DT", "NNS"], ["official", "bristle", "at", "the", "allegation"])
    t = _triggers(doc)["bristled"]
    assert (t.type, t.rule) == ("REJECT", "event.verb.bristle+at")


def test_taking_aim_at_someone_targets_them():
    # "the senator took aim at the governor"
    doc = _doc(["the", "senator", "took", "aim", "at", "the", "governor"], [1, 2, 2, 2, 3, 6, 4],
               ["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
               ["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBD", "NN", "IN", "DT", "NN"],
               ["the", "senator", "take", "aim", "at", "the", "governor"])
    args = _arguments(doc)["took"]
    assert [p.name for p in args.recipients] == ["the governor"]


def test_calling_someone_a_liar_targets_them_whatever_the_parse_hangs_them_on():
    from newsdesk.models import Entity, Mention
    from newsdesk.nlp.events._arguments import arguments

    # "Cruz called Trump a liar", parsed with "Trump" as nmod of "liar"
    doc = _doc(["Cruz", "called", "Trump", "a", "liar"], [1, 1, 4, 4, 1],
               ["nsubj", "ROOT", "nmod", "det", "oprd"], ["PROPN", "VERB", "PROPN", "DET", "NOUN"],
               ["NNP", "VBD", "NNP", "DT", "NN"], ["Cruz", "call", "Trump", "a", "liar"],
               ["B-PERSON", "O", "B-PERSON", "O", "O"])
    ents = []
    for i, t in ((1, doc[0]), (2, doc[2])):
        mention = Mention(t.idx, t.idx + len(t.text), t.text)
        ents.append(Entity(id=i, type="PERSON", canonical=t.text, mentions=[mention]))
    res = Resolver(doc, doc.text, ents, [])
    [called] = [t for t in find_triggers(doc, res) if t.token.lower_ == "called"]
    assert called.type == "DISAPPROVE"
    assert [p.name for p in arguments(called, res, None, []).recipients] == ["Trump"]


def test_there_were_clashes_is_an_event_but_the_meetings_are_talks_a_description():
    there = _doc(["there", "were", "clashes", "between", "troops", "and", "rebels"], [1, 1, 1, 2, 3, 4, 4],
                 ["expl", "ROOT", "attr", "prep", "pobj", "cc", "conj"],
                 ["PRON", "AUX", "NOUN", "ADP", "NOUN", "CCONJ", "NOUN"],
                 ["EX", "VBD", "NNS", "IN", "NNS", "CC", "NNS"],
                 ["there", "be", "clash", "between", "troop", "and", "rebel"])
    assert _triggers(there)["clashes"].type == "FIGHT"
    described = _doc(["the", "meetings", "were", "talks"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "attr"],
                     ["DET", "NOUN", "AUX", "NOUN"], ["DT", "NNS", "VBD", "NNS"],
                     ["the", "meeting", "be", "talk"])
    assert "talks" not in _triggers(described)


def test_a_nation_is_a_place():
    doc = _doc(["protests", "erupted", "in", "several", "nations"], [1, 1, 1, 4, 2],
               ["nsubj", "ROOT", "prep", "amod", "pobj"], ["NOUN", "VERB", "ADP", "ADJ", "NOUN"],
               ["NNS", "VBD", "IN", "JJ", "NNS"], ["protest", "erupt", "in", "several", "nation"])
    assert Resolver(doc, doc.text, [], []).place(doc[4]) is not None


def test_an_appeal_for_victims_is_aid_and_an_appeal_for_calm_a_demand():
    def doc(noun):
        return _doc(["the", "charity", "launched", "an", "appeal", "for", noun], [1, 2, 2, 4, 2, 4, 5],
                    ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN"],
                    ["DT", "NN", "VBD", "DT", "NN", "IN", "NN"],
                    ["the", "charity", "launch", "an", "appeal", "for", noun])

    assert _triggers(doc("victims"))["appeal"].type == "AID"
    assert _triggers(doc("calm"))["appeal"].type == "DEMAND"


def test_an_event_noun_the_sentence_is_about_is_kept_without_participants():
    followed = _doc(["protests", "followed", "quickly"], [1, 1, 1], ["nsubj", "ROOT", "advmod"],
                    ["NOUN", "VERB", "ADV"], ["NNS", "VBD", "RB"], ["protest", "follow", "quickly"])
    assert _events(followed)["protests"].type == "PROTEST"
    # "this summit is an opportunity": a copula on a demonstrative refers back to a summit named before
    summit = _doc(["this", "summit", "is", "an", "opportunity"], [1, 2, 2, 4, 2],
                  ["det", "nsubj", "ROOT", "det", "attr"], ["DET", "NOUN", "AUX", "DET", "NOUN"],
                  ["DT", "NN", "VBZ", "DT", "NN"], ["this", "summit", "be", "an", "opportunity"])
    assert "summit" not in _events(summit)
