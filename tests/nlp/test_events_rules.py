"""The event rule tables check themselves: every condition kind is a registered predicate,
every row's set exists, and an unknown kind fails at once rather than never firing."""

from __future__ import annotations

import pytest

from builders import paragraphs as _article
from newsdesk.models import Event
from newsdesk.nlp import analyze
from newsdesk.nlp.events import _lexicon
from newsdesk.nlp.events._needs import NOUN_NEEDS, VERB_NEEDS, check_rows
from parses import tagged_doc as _doc


def _kinds(table: dict[str, list[_lexicon.Row]]) -> list[tuple[str, str]]:
    return [(key, need) for key, rows in table.items() for _t, _m, need in rows if need is not None]


@pytest.mark.parametrize(("key", "need"), _kinds(_lexicon.VERBS))
def test_every_verb_row_kind_is_registered(key, need):
    kind, _, arg = need.partition(":")
    assert kind in VERB_NEEDS, key
    assert (arg in _lexicon.SETS) if VERB_NEEDS[kind].takes_set else not arg, key


@pytest.mark.parametrize(("key", "need"), _kinds(_lexicon.NOUNS))
def test_every_noun_row_kind_is_registered(key, need):
    kind, _, arg = need.partition(":")
    assert kind in NOUN_NEEDS, key
    assert (arg in _lexicon.SETS) if NOUN_NEEDS[kind].takes_set else not arg, key


def test_an_unknown_kind_raises():
    with pytest.raises(ValueError, match="unknown condition kind 'bogus'"):
        check_rows({"visit": [("CONSULT", "visit", "bogus")]}, NOUN_NEEDS, "NOUNS")


def test_an_unknown_set_raises():
    with pytest.raises(ValueError, match="needs a known set"):
        check_rows({"ban": [("COERCE", "ban", "obj:NO_SUCH_SET")]}, VERB_NEEDS, "VERBS")
    with pytest.raises(ValueError, match="takes no argument"):
        check_rows({"meet": [("CONSULT", "meet", "partner:FORCES")]}, VERB_NEEDS, "VERBS")


def test_a_registered_kind_cannot_be_registered_twice():
    from newsdesk.nlp.events._needs import verb_need

    with pytest.raises(ValueError, match="registered twice"):
        verb_need("with")(lambda c, arg: True)


def test_no_padded_or_duplicate_rows():
    for table in (_lexicon.VERBS, _lexicon.NOUNS):
        for key, rows in table.items():
            assert key == key.strip().lower(), key
            assert len(rows) == len(set(rows)), key
    for name, words in _lexicon.SETS.items():
        assert all(w == w.strip() and w for w in words), name


# -- the two rows that never fired ------------------------------------------------------------


def _events(nlp, *paragraphs: str) -> list[Event]:
    return analyze(_article(*paragraphs), nlp).events


@pytest.mark.slow
def test_a_visit_noun_with_its_visitor_is_a_consultation(nlp):
    events = _events(nlp, "Macron's visit to Kyiv came as fighting continued in the east.")
    visit = [e for e in events if e.trigger.text == "visit"]
    assert visit and visit[0].type == "CONSULT" and visit[0].mode == "visit", [
        (e.type, e.trigger.text) for e in events]
    assert "Macron" in [p.name for p in visit[0].actors]
    assert visit[0].rule == "event.noun.visit"


@pytest.mark.slow
def test_a_ban_on_protests_is_coercion(nlp):
    events = _events(nlp, "The government announced a ban on protests in the capital on Monday.")
    ban = [e for e in events if e.trigger.text == "ban"]
    assert ban and ban[0].type == "COERCE" and ban[0].mode == "ban", [
        (e.type, e.trigger.text) for e in events]


# -- rules on hand-built parses (no model) ---------------------------------------------------


def _with_arguments(doc):
    """Each trigger of a hand-built parse with the arguments found for it (no entities, no quotes)."""
    from newsdesk.nlp.events._arguments import arguments
    from newsdesk.nlp.events._participants import Resolver
    from newsdesk.nlp.events._triggers import find_triggers

    res = Resolver(doc, doc.text, [], [])
    return [(t, arguments(t, res, None, [])) for t in find_triggers(doc, res)]


def _triggers(doc):
    from newsdesk.nlp.events._participants import Resolver
    from newsdesk.nlp.events._triggers import find_triggers

    return find_triggers(doc, Resolver(doc, doc.text, [], []))


def test_parse_visit_noun_with_possessor_and_destination():
    doc = _doc(["Macron", "'s", "visit", "to", "Kyiv", "ended"], [2, 0, 5, 2, 3, 5],
               ["poss", "case", "nsubj", "prep", "pobj", "ROOT"],
               ["PROPN", "PART", "NOUN", "ADP", "PROPN", "VERB"], ["NNP", "POS", "NN", "IN", "NNP", "VBD"],
               ["Macron", "'s", "visit", "to", "Kyiv", "end"], ["B-PERSON", "O", "O", "O", "B-GPE", "O"])
    [t] = _triggers(doc)
    assert (t.type, t.mode, t.rule) == ("CONSULT", "visit", "event.noun.visit")


def test_parse_a_visit_with_no_visitor_or_place_is_no_event():
    doc = _doc(["the", "visit", "ended"], [1, 2, 2], ["det", "nsubj", "ROOT"], ["DET", "NOUN", "VERB"],
               ["DT", "NN", "VBD"], ["the", "visit", "end"])
    assert _triggers(doc) == []


def test_parse_lifting_sanctions_is_a_reversal_typed_retreat():
    doc = _doc(["Washington", "lifted", "sanctions"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
               ["PROPN", "VERB", "NOUN"], ["NNP", "VBD", "NNS"], ["Washington", "lift", "sanction"],
               ["B-GPE", "O", "O"])
    trigs = {t.token.lower_: t for t in _triggers(doc)}
    lift = trigs["lifted"]
    assert (lift.type, lift.mode, lift.reversal, lift.rule) == ("RETREAT", "ease", True, "event.verb.lift")


def test_parse_violating_a_ceasefire_is_fighting():
    doc = _doc(["rebels", "violated", "the", "ceasefire"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
               ["NOUN", "VERB", "DET", "NOUN"], ["NNS", "VBD", "DT", "NN"],
               ["rebel", "violate", "the", "ceasefire"])
    trigs = {t.token.lower_: t for t in _triggers(doc)}
    assert (trigs["violated"].type, trigs["violated"].reversal) == ("FIGHT", True)


def test_parse_reneging_on_a_deal_is_a_rejection():
    doc = _doc(["Iran", "reneged", "on", "the", "deal"], [1, 1, 1, 4, 2],
               ["nsubj", "ROOT", "prep", "det", "pobj"], ["PROPN", "VERB", "ADP", "DET", "NOUN"],
               ["NNP", "VBD", "IN", "DT", "NN"],
               ["Iran", "renege", "on", "the", "deal"], ["B-GPE", "O", "O", "O", "O"])
    trigs = {t.token.lower_: t for t in _triggers(doc)}
    t = trigs["reneged"]
    assert (t.type, t.reversal, t.rule) == ("REJECT", True, "event.verb.renege+on")


def test_parse_must_under_said_is_a_demand():
    # "Russia said Sudan must return the helicopter"
    doc = _doc(["Russia", "said", "Sudan", "must", "return", "the", "helicopter"], [1, 1, 4, 4, 1, 6, 4],
               ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj"],
               ["PROPN", "VERB", "PROPN", "AUX", "VERB", "DET", "NOUN"],
               ["NNP", "VBD", "NNP", "MD", "VB", "DT", "NN"],
               ["Russia", "say", "Sudan", "must", "return", "the", "helicopter"],
               ["B-GPE", "O", "B-GPE", "O", "O", "O", "O"])
    trigs = {t.token.lower_: t for t in _triggers(doc)}
    assert trigs["said"].type == "DEMAND" and trigs["said"].rule == "event.reported-must"


def test_parse_killed_in_clashes_is_the_fight_not_an_assault():
    # "Five soldiers were killed in clashes with rebels"
    doc = _doc(["Five", "soldiers", "were", "killed", "in", "clashes", "with", "rebels"],
               [1, 3, 3, 3, 3, 4, 5, 6],
               ["nummod", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "pobj"],
               ["NUM", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "NOUN"],
               ["CD", "NNS", "VBD", "VBN", "IN", "NNS", "IN", "NNS"],
               ["five", "soldier", "be", "kill", "in", "clash", "with", "rebel"])
    [t] = _triggers(doc)
    assert (t.token.lower_, t.type, t.rule) == ("clashes", "FIGHT", "event.noun.clash/toll")
    assert t.carrier.lower_ == "killed" and t.undergo  # tense and place from the verb; the dead undergo it


def test_parse_the_toll_reaches_a_conjoined_casualty_verb():
    # "eight were killed and 22 injured in fighting": "in fighting" hangs on the second verb
    doc = _doc(["eight", "were", "killed", "and", "22", "injured", "in", "fighting"],
               [2, 2, 2, 2, 5, 2, 5, 6],
               ["nsubjpass", "auxpass", "ROOT", "cc", "nsubj", "conj", "prep", "pobj"],
               ["NUM", "AUX", "VERB", "CCONJ", "NUM", "VERB", "ADP", "NOUN"],
               ["CD", "VBD", "VBN", "CC", "CD", "VBN", "IN", "NN"],
               ["eight", "be", "kill", "and", "22", "injure", "in", "fighting"])
    assert [(t.token.lower_, t.type) for t in _triggers(doc)] == [("fighting", "FIGHT")]


def test_parse_killed_in_an_attack_stays_an_assault():
    # a one-sided attack is not a fight between armed sides: the killing stays
    doc = _doc(["two", "were", "killed", "in", "the", "bombing"], [2, 2, 2, 2, 5, 3],
               ["nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj"],
               ["NUM", "AUX", "VERB", "ADP", "DET", "NOUN"], ["CD", "VBD", "VBN", "IN", "DT", "NN"],
               ["two", "be", "kill", "in", "the", "bombing"])
    assert "killed" in [t.token.lower_ for t in _triggers(doc)]


def _quoted_triggers(doc, quoted: bool = True):
    from newsdesk.models import Quote, Span
    from newsdesk.nlp.events._participants import Resolver
    from newsdesk.nlp.events._triggers import find_triggers

    quotes = [Quote(1, "direct", Span(0, len(doc.text), doc.text), speaker="Allen")] if quoted else []
    return find_triggers(doc, Resolver(doc, doc.text, [], quotes))


def _copula_doc(words, lemmas, last_pos, last_dep, mods=()):
    # "<subject> was [a <mod>] <last>": subject, copula, then the judging word
    n = len(words)
    heads = [1, 1] + [n - 1] * (n - 3) + [1]
    deps = ["nsubj", "ROOT"] + list(mods) + [last_dep]
    pos = ["PRON", "AUX"] + ["DET" if d == "det" else "ADJ" for d in mods] + [last_pos]
    tags = ["DT", "VBD"] + ["DT" if d == "det" else "JJ" for d in mods]
    tags.append("JJ" if last_pos == "ADJ" else "NN")
    return _doc(words, heads, deps, pos, tags, lemmas)


def test_parse_a_quoted_judgement_is_the_speaker_criticising():
    doc = _copula_doc(["that", "was", "unacceptable"], ["that", "be", "unacceptable"], "ADJ", "acomp")
    [t] = _quoted_triggers(doc)
    assert (t.token.lower_, t.type, t.rule, t.carrier.lower_) == (
        "unacceptable", "DISAPPROVE", "event.quoted-judgement", "was")
    assert _quoted_triggers(doc, quoted=False) == []  # the narrator's judgement is no event


def test_parse_a_judging_adjective_on_an_attribute_noun():
    doc = _copula_doc(["that", "was", "a", "shameful", "thing"], ["that", "be", "a", "shameful", "thing"],
                      "NOUN", "attr", mods=("det", "amod"))
    assert [(t.token.lower_, t.type) for t in _quoted_triggers(doc)] == [("thing", "DISAPPROVE")]


def test_parse_quoted_praise_of_a_person_is_support_and_of_a_thing_nothing():
    # "'she is a brave woman'" inside a quotation; "'it is a brilliant plan'" praises no one
    doc = _copula_doc(["she", "is", "a", "brave", "woman"], ["she", "be", "a", "brave", "woman"],
                      "NOUN", "attr", mods=("det", "amod"))
    assert [(t.token.lower_, t.type, t.rule) for t in _quoted_triggers(doc)] == [
        ("woman", "SUPPORT", "event.quoted-praise")]
    assert _quoted_triggers(doc, quoted=False) == []
    thing = _copula_doc(["it", "is", "a", "brilliant", "plan"], ["it", "be", "a", "brilliant", "plan"],
                        "NOUN", "attr", mods=("det", "amod"))
    assert _quoted_triggers(thing) == []


def test_parse_a_lament_or_a_self_judgement_is_no_criticism():
    lament = _copula_doc(["these", "are", "horrible", "times"], ["these", "be", "horrible", "time"],
                         "NOUN", "attr", mods=("amod",))
    assert _quoted_triggers(lament) == []
    self_judged = _copula_doc(["I", "was", "wrong"], ["I", "be", "wrong"], "ADJ", "acomp")
    assert _quoted_triggers(self_judged) == []


def test_parse_wanting_someone_else_to_act_is_a_demand():
    # "Washington wants BP to pay"
    doc = _doc(["Washington", "wants", "BP", "to", "pay"], [1, 1, 4, 4, 1],
               ["nsubj", "ROOT", "nsubj", "aux", "ccomp"], ["PROPN", "VERB", "PROPN", "PART", "VERB"],
               ["NNP", "VBZ", "NNP", "TO", "VB"], ["Washington", "want", "BP", "to", "pay"],
               ["B-GPE", "O", "B-ORG", "O", "O"])
    [t] = _triggers(doc)
    assert (t.token.lower_, t.type, t.rule) == ("wants", "DEMAND", "event.want-to")


def test_parse_wanting_to_act_oneself_or_a_thing_is_no_demand():
    # "I want to win"; "they want it to be fair"
    mine = _doc(["I", "want", "to", "win"], [1, 1, 3, 1], ["nsubj", "ROOT", "aux", "xcomp"],
                ["PRON", "VERB", "PART", "VERB"], ["PRP", "VBP", "TO", "VB"], ["I", "want", "to", "win"])
    assert _triggers(mine) == []
    thing = _doc(["they", "want", "it", "to", "be", "fair"], [1, 1, 4, 4, 1, 4],
                 ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "acomp"],
                 ["PRON", "VERB", "PRON", "PART", "AUX", "ADJ"],
                 ["PRP", "VBP", "PRP", "TO", "VB", "JJ"], ["they", "want", "it", "to", "be", "fair"])
    assert _triggers(thing) == []


def _asked(act: str, lemma: str):
    # "Washington asked Iran to <act>"
    return _doc(["Washington", "asked", "Iran", "to", act], [1, 1, 1, 4, 1],
                ["nsubj", "ROOT", "dobj", "aux", "xcomp"], ["PROPN", "VERB", "PROPN", "PART", "VERB"],
                ["NNP", "VBD", "NNP", "TO", "VB"], ["Washington", "ask", "Iran", "to", lemma],
                ["B-GPE", "O", "B-GPE", "O", "O"])


def test_parse_asked_to_act_is_a_demand_but_asked_to_answer_is_a_question():
    demanded = [(t.token.lower_, t.type) for t in _triggers(_asked("withdraw", "withdraw"))]
    assert ("asked", "DEMAND") in demanded
    assert [t.token.lower_ for t in _triggers(_asked("comment", "comment"))] == []
    assert [t.token.lower_ for t in _triggers(_asked("rank", "rank"))] == []


def test_parse_receiving_arms_is_aid_the_subject_undergoes():
    # "rebels received arms from France"
    doc = _doc(["rebels", "received", "arms", "from", "France"], [1, 1, 1, 1, 3],
               ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["NOUN", "VERB", "NOUN", "ADP", "PROPN"],
               ["NNS", "VBD", "NNS", "IN", "NNP"], ["rebel", "receive", "arm", "from", "France"],
               ["O", "O", "O", "O", "B-GPE"])
    [t] = _triggers(doc)
    assert (t.type, t.undergo, t.rule) == ("AID", True, "event.verb.receive")


@pytest.mark.slow
def test_received_arms_from_a_state_makes_the_state_the_giver(nlp):
    events = _events(nlp, "Libyan rebels received arms from France in April, a minister said.")
    aid = next(e for e in events if e.type == "AID")
    assert "France" in [p.name for p in aid.actors], [(p.name, e.type) for e in events for p in e.actors]
    assert "France" not in [p.name for p in aid.recipients]


@pytest.mark.slow
def test_the_object_of_a_verbs_own_preposition_is_the_target(nlp):
    events = _events(nlp, "Donald Trump went after Scott Walker on Sunday.")
    [e] = [e for e in events if e.type == "DISAPPROVE"]
    assert [p.name for p in e.actors] == ["Donald Trump"]
    assert [p.name for p in e.recipients] == ["Scott Walker"]


def test_parse_calling_a_claim_false_is_a_denial_calling_someone_a_liar_is_criticism():
    # "Officials said the reports were false" / "Markey said BP were lying"
    denied = _doc(["Officials", "said", "the", "reports", "were", "false"], [1, 1, 3, 4, 1, 4],
                  ["nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp"],
                  ["NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ"], ["NNS", "VBD", "DT", "NNS", "VBD", "JJ"],
                  ["official", "say", "the", "report", "be", "false"])
    assert [(t.token.lower_, t.type, t.rule) for t in _triggers(denied)] == [
        ("said", "REJECT", "event.reported-denial")]
    lying = _doc(["Markey", "said", "BP", "were", "lying"], [1, 1, 4, 4, 1],
                 ["nsubj", "ROOT", "nsubj", "aux", "ccomp"], ["PROPN", "VERB", "PROPN", "AUX", "VERB"],
                 ["NNP", "VBD", "NNP", "VBD", "VBG"], ["Markey", "say", "BP", "be", "lie"])
    assert [(t.token.lower_, t.type, t.rule) for t in _triggers(lying)] == [
        ("said", "DISAPPROVE", "event.reported-criticism")]


def test_parse_embarking_on_a_crackdown_carries_it():
    # "the regime embarked on a crackdown": the verb's subject cracks down
    doc = _doc(["the", "regime", "embarked", "on", "a", "crackdown"], [1, 2, 2, 2, 5, 3],
               ["det", "nsubj", "ROOT", "prep", "det", "pobj"], ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBD", "IN", "DT", "NN"], ["the", "regime", "embark", "on", "a", "crackdown"])
    [t] = _triggers(doc)
    assert (t.token.lower_, t.type, t.carrier.lower_, t.undergo) == ("crackdown", "COERCE", "embarked", False)


def _spoke_to(name: str, ent: str):
    return _doc(["Obama", "spoke", "to", name], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
                ["PROPN", "VERB", "ADP", "PROPN" if ent != "O" else "NOUN"],
                ["NNP", "VBD", "IN", "NNP" if ent != "O" else "NNS"], ["Obama", "speak", "to", name],
                ["B-PERSON", "O", "O", ent])


def test_parse_speaking_to_a_named_leader_is_a_consultation_not_to_reporters_or_an_outlet():
    [t] = _triggers(_spoke_to("Calderon", "B-PERSON"))
    assert (t.type, t.mode, t.rule) == ("CONSULT", "meet", "event.verb.speak+to")
    assert _triggers(_spoke_to("reporters", "O")) == []
    assert _triggers(_spoke_to("CNN", "B-ORG")) == []


def test_parse_a_passive_that_lost_its_subject_still_names_its_agent():
    # "... has been shelled by rebels": the parse gives the passive verb no subject
    doc = _doc(["has", "been", "shelled", "by", "rebels"], [2, 2, 2, 2, 3],
               ["aux", "auxpass", "ROOT", "agent", "pobj"], ["AUX", "AUX", "VERB", "ADP", "NOUN"],
               ["VBZ", "VBN", "VBN", "IN", "NNS"], ["have", "be", "shell", "by", "rebel"])
    [(t, args)] = _with_arguments(doc)
    assert [p.name for p in args.actors] == ["rebels"] and args.recipients == []


def test_parse_clashes_reported_somewhere_took_place_there():
    # "explosions and clashes were reported in Misrata"
    doc = _doc(["explosions", "and", "clashes", "were", "reported", "in", "Misrata"], [4, 0, 0, 4, 4, 4, 5],
               ["nsubjpass", "cc", "conj", "auxpass", "ROOT", "prep", "pobj"],
               ["NOUN", "CCONJ", "NOUN", "AUX", "VERB", "ADP", "PROPN"],
               ["NNS", "CC", "NNS", "VBD", "VBN", "IN", "NNP"],
               ["explosion", "and", "clash", "be", "report", "in", "Misrata"], ["O"] * 6 + ["B-GPE"])
    [t] = _triggers(doc)
    assert (t.token.lower_, t.type, t.carrier.lower_, t.occur) == ("clashes", "FIGHT", "reported", True)


def test_parse_a_crowd_of_demonstrators_gathering_is_a_protest_leaders_gathering_is_not():
    # "a crowd of demonstrators gathered" / "leaders gathered"
    crowd = _doc(["a", "crowd", "of", "demonstrators", "gathered"], [1, 4, 1, 2, 4],
                 ["det", "nsubj", "prep", "pobj", "ROOT"], ["DET", "NOUN", "ADP", "NOUN", "VERB"],
                 ["DT", "NN", "IN", "NNS", "VBD"], ["a", "crowd", "of", "demonstrator", "gather"])
    [t] = _triggers(crowd)
    assert (t.token.lower_, t.type, t.mode, t.rule) == ("gathered", "PROTEST", "demo", "event.verb.gather")
    leaders = _doc(["leaders", "gathered"], [1, 1], ["nsubj", "ROOT"], ["NOUN", "VERB"], ["NNS", "VBD"],
                   ["leader", "gather"])
    assert _triggers(leaders) == []


def test_parse_increasing_the_number_of_troops_mobilizes():
    doc = _doc(["Washington", "will", "increase", "the", "number", "of", "troops"], [2, 2, 2, 4, 2, 4, 5],
               ["nsubj", "aux", "ROOT", "det", "dobj", "prep", "pobj"],
               ["PROPN", "AUX", "VERB", "DET", "NOUN", "ADP", "NOUN"],
               ["NNP", "MD", "VB", "DT", "NN", "IN", "NNS"],
               ["Washington", "will", "increase", "the", "number", "of", "troop"], ["B-GPE"] + ["O"] * 6)
    [t] = _triggers(doc)
    assert (t.type, t.mode, t.rule) == ("MOBILIZE", "troops", "event.verb.increase")


def test_parse_accepting_a_recommendation_agrees():
    doc = _doc(["Justice", "accepted", "the", "recommendation"], [1, 1, 3, 1],
               ["nsubj", "ROOT", "det", "dobj"],
               ["PROPN", "VERB", "DET", "NOUN"], ["NNP", "VBD", "DT", "NN"],
               ["Justice", "accept", "the", "recommendation"], ["B-ORG", "O", "O", "O"])
    [t] = _triggers(doc)
    assert (t.type, t.rule) == ("AGREE", "event.verb.accept")


def test_parse_the_use_of_gunships_against_civilians_is_an_assault():
    doc = _doc(["the", "use", "of", "gunships", "against", "civilians"], [1, 1, 1, 2, 1, 4],
               ["det", "ROOT", "prep", "pobj", "prep", "pobj"], ["DET", "NOUN", "ADP", "NOUN", "ADP", "NOUN"],
               ["DT", "NN", "IN", "NNS", "IN", "NNS"], ["the", "use", "of", "gunship", "against", "civilian"])
    [t] = _triggers(doc)
    assert (t.token.lower_, t.type, t.rule) == ("use", "ASSAULT", "event.noun.use")


def test_parse_crimes_committed_by_forces_are_their_assault():
    # "crimes against humanity were committed by forces": the agent commits, the noun is the act
    doc = _doc(["crimes", "against", "humanity", "were", "committed", "by", "forces"], [4, 0, 1, 4, 4, 4, 5],
               ["nsubjpass", "prep", "pobj", "auxpass", "ROOT", "agent", "pobj"],
               ["NOUN", "ADP", "NOUN", "AUX", "VERB", "ADP", "NOUN"],
               ["NNS", "IN", "NN", "VBD", "VBN", "IN", "NNS"],
               ["crime", "against", "humanity", "be", "commit", "by", "force"])
    [(t, args)] = _with_arguments(doc)
    assert (t.token.lower_, t.type, t.carrier.lower_) == ("crimes", "ASSAULT", "committed")
    assert [p.name for p in args.actors] == ["forces"]


def _under_fire(mods=(), mod_words=()):
    # "the company came under [heavy] fire over the video"
    words = ["company", "came", "under", *mod_words, "fire", "over", "video"]
    n = len(mod_words)
    heads = [1, 1, 1] + [3 + n] * n + [2, 1, 5 + n]
    return _doc(words, heads, ["nsubj", "ROOT", "prep", *mods, "pobj", "prep", "pobj"],
                ["NOUN", "VERB", "ADP", *["ADJ"] * n, "NOUN", "ADP", "NOUN"],
                ["NN", "VBD", "IN", *["JJ"] * n, "NN", "IN", "NN"],
                ["company", "come", "under", *mod_words, "fire", "over", "video"])


def test_parse_under_fire_over_something_is_criticism_under_heavy_fire_is_not():
    [t] = _triggers(_under_fire())
    assert (t.token.lower_, t.type, t.carrier.lower_, t.undergo) == ("fire", "DISAPPROVE", "came", True)
    assert _triggers(_under_fire(("amod",), ("heavy",))) == []


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "typ"), [
    ("Critics attacked the minister over his remarks.", "DISAPPROVE"),
    ("A new ad hit Donald Trump for skipping the debate.", "DISAPPROVE"),
    ("Rebels attacked the town for hours on Monday.", "ASSAULT"),
    ("Gunmen attacked the convoy over the weekend.", "ASSAULT"),
])
def test_attacked_for_a_reason_is_criticism_for_a_time_is_violence(nlp, sentence, typ):
    events = _events(nlp, sentence)
    assert [e.type for e in events if e.trigger.text in ("attacked", "hit")] == [typ], [
        (e.type, e.trigger.text, e.rule) for e in events]


def test_parse_questioning_whether_casts_doubt():
    # "Watchdogs questioned whether the server broke the law"
    doc = _doc(["Watchdogs", "questioned", "whether", "the", "server", "broke", "the", "law"],
               [1, 1, 5, 4, 5, 1, 7, 5], ["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "det", "dobj"],
               ["NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "DET", "NOUN"],
               ["NNS", "VBD", "IN", "DT", "NN", "VBD", "DT", "NN"],
               ["watchdog", "question", "whether", "the", "server", "break", "the", "law"])
    [t] = _triggers(doc)
    assert (t.token.lower_, t.type, t.rule) == ("questioned", "DISAPPROVE", "event.verb.question")


def test_parse_saying_someone_needs_something_asks_it_of_them():
    # "Sanders says Washington needs reform"
    doc = _doc(["Sanders", "says", "Washington", "needs", "reform"], [1, 1, 3, 1, 3],
               ["nsubj", "ROOT", "nsubj", "ccomp", "dobj"], ["PROPN", "VERB", "PROPN", "VERB", "NOUN"],
               ["NNP", "VBZ", "NNP", "VBZ", "NN"], ["Sanders", "say", "Washington", "need", "reform"],
               ["B-PERSON", "O", "B-GPE", "O", "O"])
    [t] = _triggers(doc)
    assert (t.token.lower_, t.type, t.rule, doc.text[t.start:t.end]) == (
        "says", "DEMAND", "event.reported-must", "needs")


def test_parse_saying_someone_needs_to_act_asks_it_of_them():
    # "Goose said Libya needs to halt attacks"
    doc = _doc(["Goose", "said", "Libya", "needs", "to", "halt", "attacks"], [1, 1, 3, 1, 5, 3, 5],
               ["nsubj", "ROOT", "nsubj", "ccomp", "aux", "xcomp", "dobj"],
               ["PROPN", "VERB", "PROPN", "VERB", "PART", "VERB", "NOUN"],
               ["NNP", "VBD", "NNP", "VBZ", "TO", "VB", "NNS"],
               ["Goose", "say", "Libya", "need", "to", "halt", "attack"],
               ["B-PERSON", "O", "B-GPE", "O", "O", "O", "O"])
    said = [t for t in _triggers(doc) if t.token.lower_ == "said"]
    assert [(t.type, t.rule, doc.text[t.start:t.end]) for t in said] == [
        ("DEMAND", "event.reported-must", "needs")]


@pytest.mark.parametrize(("obj", "lemma", "typed"), [
    ("bombs", "bomb", "FIGHT"),  # munitions dropped: an attack from the air
    ("leaflets", "leaflet", None),  # dropping anything else is no attack
])
def test_parse_dropping_munitions_is_fighting(obj, lemma, typed):
    # "Libyan jets dropped two <obj> over Brega"
    doc = _doc(["Libyan", "jets", "dropped", "two", obj, "over", "Brega"], [1, 2, 2, 4, 2, 2, 5],
               ["amod", "nsubj", "ROOT", "nummod", "dobj", "prep", "pobj"],
               ["ADJ", "NOUN", "VERB", "NUM", "NOUN", "ADP", "PROPN"],
               ["JJ", "NNS", "VBD", "CD", "NNS", "IN", "NNP"],
               ["libyan", "jet", "drop", "two", lemma, "over", "Brega"],
               ["B-NORP", "O", "O", "O", "O", "O", "B-GPE"])
    got = [(t.token.lower_, t.type) for t in _triggers(doc)]
    assert got == ([("dropped", typed)] if typed else [])


def test_parse_demand_in_a_market_is_no_demand_made():
    # "the epidemic dampened demand" / "protesters renewed their demands"
    market = _doc(["the", "epidemic", "dampened", "demand"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
                  ["DET", "NOUN", "VERB", "NOUN"], ["DT", "NN", "VBD", "NN"],
                  ["the", "epidemic", "dampen", "demand"])
    assert _triggers(market) == []
    made = _doc(["protesters", "renewed", "their", "demands"], [1, 1, 3, 1],
                ["nsubj", "ROOT", "poss", "dobj"],
                ["NOUN", "VERB", "PRON", "NOUN"], ["NNS", "VBD", "PRP$", "NNS"],
                ["protester", "renew", "their", "demand"])
    assert [(t.token.lower_, t.type) for t in _triggers(made)] == [("demands", "DEMAND")]


def test_parse_will_not_allow_is_a_warning_unless_a_thing_says_it():
    # "We will not allow ships to dock" / "The rules will not allow ships to dock"
    def doc(subj, pos, lemma, ent):
        return _doc([subj, "will", "not", "allow", "ships", "to", "dock"], [3, 3, 3, 3, 6, 6, 3],
                    ["nsubj", "aux", "neg", "ROOT", "nsubj", "aux", "ccomp"],
                    [pos, "AUX", "PART", "VERB", "NOUN", "PART", "VERB"],
                    ["PRP" if pos == "PRON" else "NNS", "MD", "RB", "VB", "NNS", "TO", "VB"],
                    [lemma, "will", "not", "allow", "ship", "to", "dock"], [ent] + ["O"] * 6)
    [t] = _triggers(doc("We", "PRON", "we", "O"))
    assert (t.token.lower_, t.type, t.rule) == ("allow", "THREATEN", "event.verb.allow")
    assert _triggers(doc("rules", "NOUN", "rule", "O")) == []


def test_parse_will_be_held_accountable_is_a_warning():
    doc = _doc(["They", "will", "be", "held", "accountable"], [3, 3, 3, 3, 3],
               ["nsubjpass", "aux", "auxpass", "ROOT", "oprd"], ["PRON", "AUX", "AUX", "VERB", "ADJ"],
               ["PRP", "MD", "VB", "VBN", "JJ"], ["they", "will", "be", "hold", "accountable"])
    [t] = _triggers(doc)
    assert (t.token.lower_, t.type, t.rule) == ("held", "THREATEN", "event.verb.hold")


def test_parse_holding_someone_accountable_without_will_demands():
    # "Residents want to hold the council accountable" / "... to account"
    def doc(last: list[str], dep: str, pos: str, tag: str):
        words = ["Residents", "want", "to", "hold", "the", "council"] + last
        heads = [1, 1, 3, 1, 5, 3, 3] + ([6] if len(last) == 2 else [])
        deps = ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", dep] + (["pobj"] if len(last) == 2 else [])
        return _doc(words, heads, deps, ["NOUN", "VERB", "PART", "VERB", "DET", "NOUN", pos]
                    + (["NOUN"] if len(last) == 2 else []),
                    ["NNS", "VBP", "TO", "VB", "DT", "NN", tag] + (["NN"] if len(last) == 2 else []),
                    ["resident", "want", "to", "hold", "the", "council"] + last)
    for d in (doc(["accountable"], "oprd", "ADJ", "JJ"), doc(["to", "account"], "prep", "ADP", "IN")):
        trigs = {t.token.lower_: t for t in _triggers(d)}
        assert (trigs["hold"].type, trigs["hold"].rule) == ("DEMAND", "event.verb.hold")
    # "held the council responsible" (blame) is not read as a demand
    assert "hold" not in {t.token.lower_ for t in _triggers(doc(["responsible"], "oprd", "ADJ", "JJ"))}


def _said_that(subj: str, verb: str, lemma: str, obj: str, obj_lemma: str, neg: bool = False):
    # "Officials said <subj> [did not] <verb> the <obj>"
    words = ["Officials", "said", subj] + (["did", "not"] if neg else []) + [verb, "the", obj]
    v = 5 if neg else 3
    heads = [1, 1, v] + ([v, v] if neg else []) + [1, v + 2, v]
    deps = ["nsubj", "ROOT", "nsubj"] + (["aux", "neg"] if neg else []) + ["ccomp", "det", "dobj"]
    pos = ["NOUN", "VERB", "PROPN"] + (["AUX", "PART"] if neg else []) + ["VERB", "DET", "NOUN"]
    tags = ["NNS", "VBD", "NNP"] + (["VBD", "RB"] if neg else []) + ["VB" if neg else "VBD", "DT", "NN"]
    lemmas = ["official", "say", subj] + (["do", "not"] if neg else []) + [lemma, "the", obj_lemma]
    return _doc(words, heads, deps, pos, tags, lemmas)


def test_parse_saying_someone_broke_a_rule_accuses_them():
    trigs = {t.token.lower_: t for t in _triggers(_said_that("NATO", "violated", "violate", "resolution",
                                                                "resolution"))}
    assert (trigs["said"].type, trigs["said"].rule) == ("DISAPPROVE", "event.reported-accusation")
    over = {t.token.lower_: t
            for t in _triggers(_said_that("NATO", "exceeded", "exceed", "mandate", "mandate"))}
    assert over["said"].rule == "event.reported-accusation"
    denied = {t.token.lower_: t for t in _triggers(_said_that("NATO", "violate", "violate", "resolution",
                                                                 "resolution", neg=True))}
    assert "said" not in denied
    assert "said" not in {t.token.lower_ for t in _triggers(_said_that("NATO", "exceeded", "exceed", "budget",
                                                                         "budget"))}


def test_parse_goods_provided_by_a_state_are_its_aid():
    # "weapons provided by Qatar reached rebels": the participle's noun is what is given
    doc = _doc(["weapons", "provided", "by", "Qatar", "reached", "rebels"], [4, 0, 1, 2, 4, 4],
               ["nsubj", "acl", "agent", "pobj", "ROOT", "dobj"],
               ["NOUN", "VERB", "ADP", "PROPN", "VERB", "NOUN"], ["NNS", "VBN", "IN", "NNP", "VBD", "NNS"],
               ["weapon", "provide", "by", "Qatar", "reach", "rebel"],
               ["O", "O", "O", "B-GPE", "O", "O"])
    [(t, args)] = _with_arguments(doc)
    assert (t.token.lower_, t.type) == ("provided", "AID")
    assert [p.name for p in args.actors] == ["Qatar"]


def test_parse_launching_jets_is_fighting_and_the_jets_are_no_target():
    doc = _doc(["the", "navy", "launched", "jets"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
               ["DET", "NOUN", "VERB", "NOUN"], ["DT", "NN", "VBD", "NNS"], ["the", "navy", "launch", "jet"])
    [(t, args)] = _with_arguments(doc)
    assert (t.type, t.rule) == ("FIGHT", "event.verb.launch")
    assert args.recipients == []


def test_parse_targeted_by_forces_is_fighting_targeted_by_a_party_is_not():
    def doc(agent: str, lemma: str):
        return _doc(["the", "station", "was", "targeted", "by", agent], [1, 3, 3, 3, 3, 4],
                    ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
                    ["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN"], ["DT", "NN", "VBD", "VBN", "IN", "NNS"],
                    ["the", "station", "be", "target", "by", lemma])
    [t] = _triggers(doc("forces", "force"))
    assert (t.token.lower_, t.type, t.rule) == ("targeted", "FIGHT", "event.verb.target")
    assert _triggers(doc("donors", "donor")) == []


@pytest.mark.parametrize(("word", "lemma"), [
    ("critics", "critic"), ("rescuers", "rescuer"), ("loyalists", "loyalist"), ("jury", "jury"),
    ("shareholders", "shareholder"), ("donors", "donor")])
def test_people_nouns_name_parties(word, lemma):
    from newsdesk.nlp.events._participants import Resolver

    doc = _doc([word, "met"], [1, 1], ["nsubj", "ROOT"], ["NOUN", "VERB"], ["NNS", "VBD"], [lemma, "meet"])
    assert Resolver(doc, doc.text, [], []).is_agent(doc[0])


def test_things_are_not_parties():
    from newsdesk.nlp.events._participants import Resolver

    doc = _doc(["prices", "rose"], [1, 1], ["nsubj", "ROOT"], ["NOUN", "VERB"], ["NNS", "VBD"],
               ["price", "rise"])
    assert not Resolver(doc, doc.text, [], []).is_agent(doc[0])


def test_parse_treating_people_is_humanitarian_aid_treating_a_thing_is_not():
    def doc(obj: str, lemma: str, tag: str):
        return _doc(["doctors", "treated", obj], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                    ["NOUN", "VERB", "NOUN"], ["NNS", "VBD", tag], ["doctor", "treat", lemma])
    [t] = _triggers(doc("survivors", "survivor", "NNS"))
    assert (t.type, t.mode, t.rule) == ("AID", "humanitarian", "event.verb.treat")
    assert _triggers(doc("water", "water", "NN")) == []


def test_parse_barring_someone_coerces_barring_a_door_does_not():
    def doc(obj: str, lemma: str, ent: str):
        return _doc(["police", "barred", obj], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["NOUN", "VERB", "NOUN"],
                    ["NNS", "VBD", "NNS"], ["police", "bar", lemma], ["O", "O", ent])
    [t] = _triggers(doc("journalists", "journalist", "O"))
    assert (t.type, t.mode, t.rule) == ("COERCE", "ban", "event.verb.bar")
    assert _triggers(doc("doors", "door", "O")) == []


def test_parse_someones_unnamed_call_is_still_an_event():
    # "his call for talks went unanswered": "his" names nobody here, but someone called
    from newsdesk.nlp.events import find_events

    doc = _doc(["his", "call", "for", "talks", "went", "unanswered"], [1, 4, 1, 2, 4, 4],
               ["poss", "nsubj", "prep", "pobj", "ROOT", "acomp"],
               ["PRON", "NOUN", "ADP", "NOUN", "VERB", "ADJ"],
               ["PRP$", "NN", "IN", "NNS", "VBD", "JJ"], ["his", "call", "for", "talk", "go", "unanswered"])
    assert [(e.type, e.trigger.text) for e in find_events(doc, [], [], [])] == [("DEMAND", "call")]
    bare = _doc(["the", "call", "for", "talks", "ended"], [1, 4, 1, 2, 4],
                ["det", "nsubj", "prep", "pobj", "ROOT"],
                ["DET", "NOUN", "ADP", "NOUN", "VERB"], ["DT", "NN", "IN", "NNS", "VBD"],
                ["the", "call", "for", "talk", "end"])
    assert find_events(bare, [], [], []) == []  # "the call" only refers back


def test_parse_a_candidates_rally_or_a_speech_venue_is_no_protest():
    own = _doc(["Sanders", "'", "rallies", "drew", "crowds"], [2, 0, 3, 3, 3],
               ["poss", "case", "nsubj", "ROOT", "dobj"],
               ["PROPN", "PART", "NOUN", "VERB", "NOUN"], ["NNP", "POS", "NNS", "VBD", "NNS"],
               ["Sanders", "'", "rally", "draw", "crowd"], ["B-PERSON", "O", "O", "O", "O"])
    assert _triggers(own) == []
    venue = _doc(["Trump", "said", "at", "a", "rally"], [1, 1, 1, 4, 2],
                 ["nsubj", "ROOT", "prep", "det", "pobj"],
                 ["PROPN", "VERB", "ADP", "DET", "NOUN"], ["NNP", "VBD", "IN", "DT", "NN"],
                 ["Trump", "say", "at", "a", "rally"], ["B-PERSON", "O", "O", "O", "O"])
    assert [t.token.lower_ for t in _triggers(venue)] == []
    against = _doc(["Mugabe", "'s", "rally", "against", "sanctions"], [2, 0, 2, 2, 3],
                   ["poss", "case", "ROOT", "prep", "pobj"], ["PROPN", "PART", "NOUN", "ADP", "NOUN"],
                   ["NNP", "POS", "NN", "IN", "NNS"], ["Mugabe", "'s", "rally", "against", "sanction"],
                   ["B-PERSON", "O", "O", "O", "O"])
    assert ("rally", "PROTEST") in [(t.token.lower_, t.type) for t in _triggers(against)]


def test_parse_a_passive_that_keeps_its_object_is_read_by_it():
    # "he was denied bail": the object, not the passive subject, decides the reading
    doc = _doc(["he", "was", "denied", "bail"], [2, 2, 2, 2], ["nsubjpass", "auxpass", "ROOT", "dobj"],
               ["PRON", "AUX", "VERB", "NOUN"], ["PRP", "VBD", "VBN", "NN"], ["he", "be", "deny", "bail"])
    [t] = _triggers(doc)
    assert (t.type, t.mode, t.rule) == ("COERCE", "arrest", "event.verb.deny")


def test_parse_saying_it_is_essential_for_someone_to_act_demands_it_of_them():
    # "Ban said it was essential for drugmakers to act" / "Ban said it was important to remember"
    def doc(subject: bool):
        words = ["Ban", "said", "it", "was", "essential"] + (["for", "drugmakers"] if subject else []) + \
            ["to", "act" if subject else "remember"]
        v = len(words) - 1
        heads = [1, 1, 3, 1, 3] + ([v, v] if subject else []) + [v, 3]
        deps = ["nsubj", "ROOT", "nsubj", "ccomp", "acomp"] + (["mark", "nsubj"] if subject else []) + \
            ["aux", "advcl"]
        pos = ["PROPN", "VERB", "PRON", "AUX", "ADJ"] + (["SCONJ", "NOUN"] if subject else []) + \
            ["PART", "VERB"]
        tags = ["NNP", "VBD", "PRP", "VBD", "JJ"] + (["IN", "NNS"] if subject else []) + ["TO", "VB"]
        lemmas = ["Ban", "say", "it", "be", "essential"] + (["for", "drugmaker"] if subject else []) + \
            ["to", "act" if subject else "remember"]
        return _doc(words, heads, deps, pos, tags, lemmas, ["B-PERSON"] + ["O"] * (len(words) - 1))
    [(t, args)] = _with_arguments(doc(subject=True))
    assert (t.token.lower_, t.type, t.rule) == ("said", "DEMAND", "event.reported-necessity")
    assert [p.name for p in args.recipients] == ["drugmakers"]
    assert _triggers(doc(subject=False)) == []


def test_parse_shells_landing_at_a_clinic_strike_civilians():
    # "mortars landed at a clinic in Misrata": the site struck is civilian, whatever town it is in
    from newsdesk.nlp.events import find_events

    doc = _doc(["mortars", "landed", "at", "a", "clinic", "in", "Misrata"], [1, 1, 1, 4, 2, 1, 5],
               ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
               ["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"],
               ["NNS", "VBD", "IN", "DT", "NN", "IN", "NNP"],
               ["mortar", "land", "at", "a", "clinic", "in", "Misrata"], ["O"] * 6 + ["B-GPE"])
    found = [(e.type, e.rule) for e in find_events(doc, [], [], [])]
    assert found == [("ASSAULT", "event.verb.land/on-civilians")]


def test_a_check_registry_rejects_an_argument_for_a_plain_kind():
    with pytest.raises(ValueError):
        check_rows({"talk": [("CONSULT", "meet", "plural:FORCES")]}, NOUN_NEEDS, "NOUNS")


# -- explicit fields on whole sentences (model) -----------------------------------------------


def _main(events: list[Event]) -> Event:
    mains = [e for e in events if not e.embedded]
    assert mains, [(e.type, e.trigger.text, e.embedded) for e in events]
    return mains[0]


@pytest.mark.slow
def test_said_someone_must_agree_is_a_demand_with_the_agreement_embedded(nlp):
    events = _events(nlp, "The European Union said Serbia and Kosovo must reach an agreement this year.")
    main = _main(events)
    assert main.type == "DEMAND" and main.rule == "event.reported-must"
    agreements = [e for e in events if e.type == "AGREE"]
    assert all(e.embedded for e in agreements)


@pytest.mark.slow
def test_said_they_would_boycott_is_a_threat(nlp):
    events = _events(nlp, "The opposition parties said they would boycott contacts with the government.")
    e = _main(events)
    assert e.type == "THREATEN" and e.rule.endswith("/announced-protest"), (e.type, e.rule)


@pytest.mark.slow
def test_a_clause_before_a_semicolon_is_not_the_next_clauses_complement(nlp):
    # the parse makes "called" a ccomp of "voted"; the semicolon says they are two statements
    events = _events(nlp, "Venezuela has called for talks with the rebels; the Security Council voted for "
                          "Kofi Annan.")
    by_word = {e.trigger.text: e for e in events}
    assert not by_word["called for"].embedded and not by_word["voted for"].embedded
    assert by_word["talks"].embedded


@pytest.mark.slow
def test_agreed_to_meet_embeds_the_meeting(nlp):
    events = _events(nlp, "Israel agreed on Monday to meet Palestinian negotiators in Cairo.")
    agree = next(e for e in events if e.trigger.text == "agreed")
    assert agree.type == "AGREE" and not agree.embedded
    assert all(e.embedded for e in events if e.trigger.text == "meet")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "typ"), [
    ("The government lifted the state of emergency in the north on Tuesday.", "lifted", "RETREAT"),
    ("The European Union lifted its sanctions on Belarus last week.", "lifted", "RETREAT"),
    ("Rebel forces violated the ceasefire near Goma on Sunday, the army said.", "violated", "FIGHT"),
    ("Thousands of protesters defied the ban on demonstrations in Minsk.", "defied", "REJECT"),
    ("The government reneged on its commitment to hold elections, the opposition said.", "reneged", "REJECT"),
])
def test_reversals_are_typed_as_the_undoing(nlp, sentence, trigger, typ):
    e = next(e for e in _events(nlp, sentence) if e.trigger.text.startswith(trigger))
    assert (e.type, e.reversal) == (typ, True), (e.type, e.rule)
    assert not e.negated


@pytest.mark.slow
def test_a_negated_act_says_so(nlp):
    e = next(e for e in _events(nlp, "The two presidents did not meet in Geneva on Friday.")
             if e.trigger.text == "meet")
    assert e.negated and e.status == "negated" and e.rule == "event.verb.meet"


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "typ"), [
    ("Both sides accepted a formula to end the border dispute.", "accepted", "AGREE"),
    ("Police arrested twelve opposition activists in Harare on Monday.", "arrested", "COERCE"),
    ("The army imposed a curfew on the city after the riots.", "curfew", "COERCE"),
    ("The authorities deported three foreign journalists on Friday.", "deported", "COERCE"),
    ("Government troops clashed with rebels near the border.", "clashed", "FIGHT"),
    ("Gunmen abducted two aid workers in the east of the country.", "abducted", "ASSAULT"),
])
def test_plover_types_from_general_words(nlp, sentence, trigger, typ):
    events = _events(nlp, sentence)
    e = next((e for e in events if e.trigger.text == trigger), None)
    assert e is not None and e.type == typ, [(x.type, x.trigger.text) for x in events]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    ("Palestinian riots against Israeli policies continued on Monday.", "riots", "Israeli policies"),
    ("Ethiopia agreed to open its borders to UN peacekeepers.", "agreed", "United Nations"),
    ("The president imposed a curfew in Abidjan on Sunday.", "curfew", "Abidjan"),
])
def test_targets_from_infinitives_owners_and_places(nlp, sentence, trigger, target):
    events = _events(nlp, sentence)
    e = next(e for e in events if e.trigger.text == trigger)
    assert target in [p.name for p in e.recipients], (e.type, [p.name for p in e.recipients])


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "rule"), [
    ("The two sides failed to reach an agreement on Sunday.", "failed", "event.verb.fail"),
    ("The government said it would not meet the strikers' demands.", "meet",
     "event.verb.meet+demands/refusal"),
    ("The union did not accept the offer.", "accept", "event.verb.accept/refusal"),
])
def test_failing_or_declining_a_cooperative_act_is_a_rejection(nlp, sentence, trigger, rule):
    e = next(e for e in _events(nlp, sentence) if e.trigger.text == trigger)
    assert (e.type, e.rule) == ("REJECT", rule)


@pytest.mark.slow
def test_meeting_demands_is_a_concession(nlp):
    events = _events(nlp, "The company met the workers' demands after a week.")
    e = next(e for e in events if e.trigger.text == "met")
    assert e.type == "CONCEDE"


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger"), [
    ("The king said he would be ready to host a meeting between the two leaders.", "meeting"),
    ("Rebel leaders said they would meet the UN envoy if he guaranteed their safety.", "meet"),
])
def test_willingness_to_meet_is_an_agreement(nlp, sentence, trigger):
    e = next(e for e in _events(nlp, sentence) if e.trigger.text == trigger)
    assert (e.type, e.rule.rsplit("/", 1)[-1]) == ("AGREE", "willingness")


@pytest.mark.slow
def test_an_apology_to_someone_supports_them(nlp):
    e = next(e for e in _events(nlp, "The government apologised to the families of the victims.")
             if e.trigger.text == "apologised")
    assert e.type == "SUPPORT" and [p.name for p in e.recipients] == ["the families of the victims"]


@pytest.mark.slow
def test_other_negated_acts_keep_their_type(nlp):
    e = next(e for e in _events(nlp, "The party said it will not support the president's candidate.")
             if e.trigger.text == "support")
    assert (e.type, e.negated) == ("SUPPORT", True)


@pytest.mark.slow
def test_a_battle_between_politicians_is_no_fighting(nlp):
    events = _events(nlp, "The battle between Marco Rubio and Chris Christie dominated the debate "
                          "in Manchester.")
    assert not [e for e in events if e.type == "FIGHT"], [(e.type, e.trigger.text) for e in events]


@pytest.mark.slow
def test_one_politician_attacking_another_criticises(nlp):
    events = _events(nlp, "Donald Trump attacked Hillary Clinton on Tuesday.")
    e = next(e for e in events if e.trigger.text == "attacked")
    assert (e.type, e.rule) == ("DISAPPROVE", "event.verb.attack/verbal-attack")


def _quoted_events(words, heads, deps, pos, tags, lemmas):
    from newsdesk.models import Quote, Span
    from newsdesk.nlp.events import find_events

    doc = _doc(words, heads, deps, pos, tags, lemmas)
    quote = Quote(1, "direct", Span(0, len(doc.text), doc.text), speaker="Allen")
    return find_events(doc, [], [quote], []), find_events(doc, [], [], [])


def test_parse_a_speech_act_with_no_one_named_is_the_speakers():
    # "the offer was rejected," Allen said: the refusal is the speaker's; told by the narrator, nobody's
    quoted, told = _quoted_events(["the", "offer", "was", "rejected"], [1, 3, 3, 3],
                                  ["det", "nsubjpass", "auxpass", "ROOT"], ["DET", "NOUN", "AUX", "VERB"],
                                  ["DT", "NN", "VBD", "VBN"], ["the", "offer", "be", "reject"])
    assert [(e.type, [a.name for a in e.actors]) for e in quoted] == [("REJECT", ["Allen"])]
    assert all(not e.actors for e in told)


def test_parse_a_physical_act_in_a_quote_is_not_the_speakers():
    # "the convoy was attacked," Allen said: the speaker reports the attack, he did not make it
    quoted, _ = _quoted_events(["the", "convoy", "was", "attacked"], [1, 3, 3, 3],
                               ["det", "nsubjpass", "auxpass", "ROOT"], ["DET", "NOUN", "AUX", "VERB"],
                               ["DT", "NN", "VBD", "VBN"], ["the", "convoy", "be", "attack"])
    assert all(not e.actors for e in quoted)


def test_parse_infinitives_joined_by_and_share_the_intentions_partner():
    # "the rebels vowed to cut the road and attack the soldiers": the vow is aimed at the soldiers
    words = ["the", "rebels", "vowed", "to", "cut", "the", "road", "and", "attack", "the", "soldiers"]
    doc = _doc(words, [1, 2, 2, 4, 2, 6, 4, 4, 4, 10, 8],
               ["det", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "cc", "conj", "det", "dobj"],
               ["DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "CCONJ", "VERB", "DET", "NOUN"],
               ["DT", "NNS", "VBD", "TO", "VB", "DT", "NN", "CC", "VB", "DT", "NNS"],
               ["the", "rebel", "vow", "to", "cut", "the", "road", "and", "attack", "the", "soldier"])
    vow = next(args for t, args in _with_arguments(doc) if t.token.lower_ == "vowed")
    assert [p.name for p in vow.recipients] == ["the soldiers"]


def test_parse_who_was_seen_doing_it_did_it():
    # "a guard was seen grabbing the reporters": the participle hangs on "seen" as an adverbial
    words = ["a", "guard", "was", "seen", "grabbing", "the", "reporters"]
    doc = _doc(words, [1, 3, 3, 3, 3, 6, 4], ["det", "nsubjpass", "auxpass", "ROOT", "advcl", "det", "dobj"],
               ["DET", "NOUN", "AUX", "VERB", "VERB", "DET", "NOUN"],
               ["DT", "NN", "VBD", "VBN", "VBG", "DT", "NNS"],
               ["a", "guard", "be", "see", "grab", "the", "reporter"])
    [(t, args)] = _with_arguments(doc)
    assert t.token.lower_ == "grabbing"
    assert [p.name for p in args.actors] == ["a guard"]
    assert [p.name for p in args.recipients] == ["the reporters"]


def test_parse_a_passive_subject_not_its_by_agent_does_the_infinitive():
    # "the envoy was expected by officials to meet the rebels": the envoy meets, not the officials
    words = ["the", "envoy", "was", "expected", "by", "officials", "to", "meet", "the", "rebels"]
    doc = _doc(words, [1, 3, 3, 3, 3, 4, 7, 3, 9, 7],
               ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "aux", "xcomp", "det", "dobj"],
               ["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "PART", "VERB", "DET", "NOUN"],
               ["DT", "NN", "VBD", "VBN", "IN", "NNS", "TO", "VB", "DT", "NNS"],
               ["the", "envoy", "be", "expect", "by", "official", "to", "meet", "the", "rebel"])
    meet = next(args for t, args in _with_arguments(doc) if t.token.lower_ == "meet")
    assert [p.name for p in meet.actors] == ["the envoy"]


def test_parse_a_third_persons_demand_in_a_quote_is_not_the_speakers():
    # "his call for talks went unanswered," Allen said: "his" is someone else, not Allen
    quoted, _ = _quoted_events(["his", "call", "for", "talks", "went", "unanswered"], [1, 4, 1, 2, 4, 4],
                               ["poss", "nsubj", "prep", "pobj", "ROOT", "acomp"],
                               ["PRON", "NOUN", "ADP", "NOUN", "VERB", "ADJ"],
                               ["PRP$", "NN", "IN", "NNS", "VBD", "JJ"],
                               ["his", "call", "for", "talk", "go", "unanswered"])
    assert [(e.type, [a.name for a in e.actors]) for e in quoted] == [("DEMAND", [])]


def test_parse_protesters_clashing_with_the_police_riot():
    # "protesters clashed with soldiers": force between armed sides is FIGHT; an unarmed crowd riots
    from newsdesk.nlp.events import find_events

    doc = _doc(["protesters", "clashed", "with", "soldiers"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
               ["NOUN", "VERB", "ADP", "NOUN"], ["NNS", "VBD", "IN", "NNS"],
               ["protester", "clash", "with", "soldier"])
    [e] = find_events(doc, [], [], [])
    assert (e.type, e.mode) == ("PROTEST", "riot")
    assert ([p.name for p in e.actors], [p.name for p in e.recipients]) == (["protesters"], ["soldiers"])
    armed = _doc(["rebels", "clashed", "with", "soldiers"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
                 ["NOUN", "VERB", "ADP", "NOUN"], ["NNS", "VBD", "IN", "NNS"],
                 ["rebel", "clash", "with", "soldier"])
    assert [e.type for e in find_events(armed, [], [], [])] == ["FIGHT"]


def test_parse_i_in_a_quote_is_the_unnamed_speaker():
    # "I met the envoys," he said: "I" is the "he" who says it, the only name the text gives
    from newsdesk.models import Quote, Span
    from newsdesk.nlp.events import find_events

    doc = _doc(["I", "met", "the", "envoys", ",", "he", "said"], [1, 6, 3, 1, 6, 6, 6],
               ["nsubj", "ccomp", "det", "dobj", "punct", "nsubj", "ROOT"],
               ["PRON", "VERB", "DET", "NOUN", "PUNCT", "PRON", "VERB"],
               ["PRP", "VBD", "DT", "NNS", ",", "PRP", "VBD"],
               ["I", "meet", "the", "envoy", ",", "he", "say"])
    he = doc[5]
    quote = Quote(1, "direct", Span(0, doc[3].idx + 6, doc.text[:doc[3].idx + 6]),
                  source=Span(he.idx, he.idx + 2, "he"))
    met = next(e for e in find_events(doc, [], [quote], []) if e.trigger.text == "met")
    assert [(a.name, doc.text[a.start:a.end]) for a in met.actors] == [("he", "I")]


def test_parse_a_list_member_parsed_as_an_apposition_still_acts():
    # "helicopters, medics and villagers rescued the pilots", "medics" hung on "helicopters" as appos
    words = ["helicopters", ",", "medics", "and", "villagers", "rescued", "the", "pilots"]
    doc = _doc(words, [5, 0, 0, 2, 2, 5, 7, 5],
               ["nsubj", "punct", "appos", "cc", "conj", "ROOT", "det", "dobj"],
               ["NOUN", "PUNCT", "NOUN", "CCONJ", "NOUN", "VERB", "DET", "NOUN"],
               ["NNS", ",", "NNS", "CC", "NNS", "VBD", "DT", "NNS"],
               ["helicopter", ",", "medic", "and", "villager", "rescue", "the", "pilot"])
    rescue = next(args for t, args in _with_arguments(doc) if t.token.lower_ == "rescued")
    assert [p.name for p in rescue.actors] == ["helicopters", "medics", "villagers"]


def test_parse_a_true_apposition_is_no_list_member():
    # "Ruiz, a senator and lawyer, criticised the plan": the description is Ruiz, no other party
    words = ["Ruiz", ",", "a", "senator", "and", "lawyer", ",", "criticised", "the", "plan"]
    doc = _doc(words, [7, 0, 3, 0, 3, 3, 0, 7, 9, 7],
               ["nsubj", "punct", "det", "appos", "cc", "conj", "punct", "ROOT", "det", "dobj"],
               ["PROPN", "PUNCT", "DET", "NOUN", "CCONJ", "NOUN", "PUNCT", "VERB", "DET", "NOUN"],
               ["NNP", ",", "DT", "NN", "CC", "NN", ",", "VBD", "DT", "NN"],
               ["Ruiz", ",", "a", "senator", "and", "lawyer", ",", "criticise", "the", "plan"],
               ["B-PERSON"] + ["O"] * 9)
    criticised = next(args for t, args in _with_arguments(doc) if t.token.lower_ == "criticised")
    assert [p.name for p in criticised.actors] == ["Ruiz"]


def test_parse_an_agreement_reported_in_a_quote_is_not_the_speakers():
    # "the text is already agreed," Allen said: he reports what the two sides agreed, he is not a party
    quoted, _ = _quoted_events(["the", "text", "is", "agreed"], [1, 3, 3, 3],
                               ["det", "nsubjpass", "auxpass", "ROOT"], ["DET", "NOUN", "AUX", "VERB"],
                               ["DT", "NN", "VBZ", "VBN"], ["the", "text", "be", "agree"])
    assert all(["Allen"] != [a.name for a in e.actors] for e in quoted)


def test_parse_a_speech_act_with_a_subject_of_its_own_is_not_the_speakers():
    # "everyone approved of it," Allen said: the approval is everyone's, though "everyone" names no party
    quoted, _ = _quoted_events(["everyone", "approved", "of", "it"], [1, 1, 1, 2],
                               ["nsubj", "ROOT", "prep", "pobj"], ["PRON", "VERB", "ADP", "PRON"],
                               ["NN", "VBD", "IN", "PRP"],
                               ["everyone", "approve", "of", "it"])
    assert all("Allen" not in [a.name for a in e.actors] for e in quoted)


def test_parse_a_speech_act_describing_a_noun_is_not_the_speakers():
    # "46 per cent of respondents approved of it," says Allen's survey, parsed with "approved"
    # hanging on "respondents": the respondents approve, not the survey that reports it
    quoted, _ = _quoted_events(["46", "per", "cent", "of", "respondents", "approved", "of", "it"],
                               [2, 2, 2, 2, 3, 4, 5, 6],
                               ["nummod", "compound", "ROOT", "prep", "pobj", "acl", "prep", "pobj"],
                               ["NUM", "NOUN", "NOUN", "ADP", "NOUN", "VERB", "ADP", "PRON"],
                               ["CD", "NN", "NN", "IN", "NNS", "VBD", "IN", "PRP"],
                               ["46", "per", "cent", "of", "respondent", "approve", "of", "it"])
    assert all("Allen" not in [a.name for a in e.actors] for e in quoted)


def _adjective_doc(neg: bool, adj: str) -> object:
    # "the mayor is [not] <adj> with the chief"
    words = ["the", "mayor", "is"] + (["not"] if neg else []) + [adj, "with", "the", "chief"]
    a = 4 if neg else 3
    heads = [1, 2, 2] + ([2] if neg else []) + [2, a, a + 3, a + 1]
    deps = ["det", "nsubj", "ROOT"] + (["neg"] if neg else []) + ["acomp", "prep", "det", "pobj"]
    pos = ["DET", "NOUN", "AUX"] + (["PART"] if neg else []) + ["ADJ", "ADP", "DET", "NOUN"]
    tags = ["DT", "NN", "VBZ"] + (["RB"] if neg else []) + ["JJ", "IN", "DT", "NN"]
    lemmas = ["the", "mayor", "be"] + (["not"] if neg else []) + [adj, "with", "the", "chief"]
    return _doc(words, heads, deps, pos, tags, lemmas)


def test_parse_being_unhappy_with_or_not_happy_with_someone_criticises_them():
    from newsdesk.nlp.events._find import find_events

    for neg, adj, rule in [(False, "unhappy", "event.adj.unhappy"), (True, "happy", "event.adj.not-happy"),
                           (True, "impressed", "event.adj.not-impressed")]:
        doc = _adjective_doc(neg, adj)
        [t] = _triggers(doc)
        assert (t.token.lower_, t.type, t.rule, t.carrier.lower_) == (adj, "DISAPPROVE", rule, "is")
        if neg:  # the denied approval is the act itself, not a negated one
            [e] = find_events(doc, [], [], [])
            assert (e.type, e.status, e.negated) == ("DISAPPROVE", "happened", False)


def test_parse_being_happy_with_someone_is_no_criticism():
    assert _triggers(_adjective_doc(False, "happy")) == []


def test_parse_being_a_supporter_or_critic_of_someone_is_that_stance():
    # "the senator is a critic of the governor" / "... a supporter of ..."
    for noun, typ in [("critic", "DISAPPROVE"), ("supporter", "SUPPORT")]:
        doc = _doc(["the", "senator", "is", "a", noun, "of", "the", "governor"], [1, 2, 2, 4, 2, 4, 7, 5],
                   ["det", "nsubj", "ROOT", "det", "attr", "prep", "det", "pobj"],
                   ["DET", "NOUN", "AUX", "DET", "NOUN", "ADP", "DET", "NOUN"],
                   ["DT", "NN", "VBZ", "DT", "NN", "IN", "DT", "NN"],
                   ["the", "senator", "be", "a", noun, "of", "the", "governor"])
        [t] = _triggers(doc)
        assert (t.token.lower_, t.type, t.rule, t.carrier.lower_) == (noun, typ, f"event.stance.{noun}", "is")


def test_parse_a_stance_noun_needs_its_of_phrase_and_a_copula():
    # "the senator is a critic" names no one; "critics of the plan met" is no stance of a subject
    bare = _doc(["the", "senator", "is", "a", "critic"], [1, 2, 2, 4, 2],
                ["det", "nsubj", "ROOT", "det", "attr"], ["DET", "NOUN", "AUX", "DET", "NOUN"],
                ["DT", "NN", "VBZ", "DT", "NN"],
                ["the", "senator", "be", "a", "critic"])
    assert _triggers(bare) == []
    subject = _doc(["critics", "of", "the", "plan", "spoke"], [4, 0, 3, 1, 4],
                   ["nsubj", "prep", "det", "pobj", "ROOT"], ["NOUN", "ADP", "DET", "NOUN", "VERB"],
                   ["NNS", "IN", "DT", "NN", "VBD"],
                   ["critic", "of", "the", "plan", "speak"])
    assert not any(t.rule.startswith("event.stance") for t in _triggers(subject))


def _at_request_doc(passive: bool):
    # "the voters left the square at the request of the officials" / "the talks were held at ..."
    if passive:
        words = ["the", "talks", "were", "held", "at", "the", "request", "of", "the", "officials"]
        return _doc(words, [1, 3, 3, 3, 3, 6, 4, 6, 9, 7],
                    ["det", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "prep", "det", "pobj"],
                    ["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN"],
                    ["DT", "NNS", "VBD", "VBN", "IN", "DT", "NN", "IN", "DT", "NNS"],
                    ["the", "talk", "be", "hold", "at", "the", "request", "of", "the", "official"])
    words = ["the", "voters", "left", "the", "square", "at", "the", "request", "of", "the", "officials"]
    return _doc(words, [1, 2, 2, 4, 2, 2, 7, 5, 7, 10, 8],
                ["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "det", "pobj"],
                ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN"],
                ["DT", "NNS", "VBD", "DT", "NN", "IN", "DT", "NN", "IN", "DT", "NNS"],
                ["the", "voter", "leave", "the", "square", "at", "the", "request", "of", "the", "official"])


def test_parse_acting_at_the_request_of_someone_yields_to_them():
    from newsdesk.nlp.events._arguments import arguments
    from newsdesk.nlp.events._participants import Resolver

    doc = _at_request_doc(False)
    [t] = [t for t in _triggers(doc) if t.token.lower_ == "request"]
    assert (t.type, t.rule, t.carrier.lower_) == ("CONCEDE", "event.at-request", "left")
    args = arguments(t, Resolver(doc, doc.text, [], []), None, [])
    assert [p.name for p in args.actors] == ["the voters"]
    assert [p.name for p in args.recipients] == ["the officials"]


def test_parse_a_passive_done_at_someones_request_names_no_one_who_yielded():
    assert not any(t.rule == "event.at-request" for t in _triggers(_at_request_doc(True)))


def _ready_doc(verb: str, lemma: str, obj: str, neg: bool = False):
    # "the firm was [not] prepared to <verb> the <obj>"
    n = 1 if neg else 0
    words = ["the", "firm", "was"] + (["not"] if neg else []) + ["prepared", "to", verb, "the", obj]
    heads = [1, 2, 2] + ([2] if neg else []) + [2, 5 + n, 3 + n, 7 + n, 5 + n]
    deps = ["det", "nsubj", "ROOT"] + (["neg"] if neg else []) + ["acomp", "aux", "xcomp", "det", "dobj"]
    pos = ["DET", "NOUN", "AUX"] + (["PART"] if neg else []) + ["ADJ", "PART", "VERB", "DET", "NOUN"]
    tags = ["DT", "NN", "VBD"] + (["RB"] if neg else []) + ["JJ", "TO", "VB", "DT", "NNS"]
    lemmas = ["the", "firm", "be"] + (["not"] if neg else []) + ["prepared", "to", lemma, "the", obj]
    return _doc(words, heads, deps, pos, tags, lemmas)


def test_parse_being_prepared_to_act_is_an_intention():
    [t] = _triggers(_ready_doc("cover", "cover", "repairs"))
    assert (t.token.lower_, t.type, t.rule, t.carrier.lower_) == ("prepared", "AGREE", "event.ready", "was")


def test_parse_readiness_for_an_act_of_the_tables_or_a_denied_one_is_no_bare_intention():
    trigs = _triggers(_ready_doc("attack", "attack", "town"))
    assert [t.token.lower_ for t in trigs] == ["attack"]  # the attack's own reading stands
    denied = _triggers(_ready_doc("cover", "cover", "repairs", neg=True))
    assert not any(t.rule == "event.ready" for t in denied)


def _next_target_doc(place: str, ent: str):
    # "their next target is <place>"
    return _doc(["their", "next", "target", "is", place], [2, 2, 3, 3, 3],
                ["poss", "amod", "nsubj", "ROOT", "attr"], ["PRON", "ADJ", "NOUN", "AUX", "PROPN"],
                ["PRP$", "JJ", "NN", "VBZ", "NNP"], ["their", "next", "target", "be", place],
                ["O", "O", "O", "O", ent])


def test_parse_naming_ones_next_target_threatens_it():
    from newsdesk.nlp.events._arguments import arguments
    from newsdesk.nlp.events._participants import Resolver

    doc = _next_target_doc("Kirkuk", "B-GPE")
    [t] = _triggers(doc)
    assert (t.token.lower_, t.type, t.rule) == ("target", "THREATEN", "event.next-target")
    assert t.carrier.lower_ == "is"
    args = arguments(t, Resolver(doc, doc.text, [], []), None, [])
    assert [p.name for p in args.recipients] == ["Kirkuk"]


def test_parse_a_next_target_that_names_no_one_is_a_goal():
    assert _triggers(_next_target_doc("inflation", "O")) == []


def _glued(words, spaces, heads, deps, pos):
    from spacy.tokens import Doc

    from parses import VOCAB

    return Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
               lemmas=[w.lower() for w in words])


def test_parse_a_hyphenated_noun_is_looked_up_whole():
    # "Workers staged a sit-in": the tokenizer splits "sit-in"; the table writes it whole
    words = ["Workers", "staged", "a", "sit", "-", "in"]
    heads, deps = [1, 1, 5, 5, 5, 1], ["nsubj", "ROOT", "det", "compound", "punct", "dobj"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "NOUN"]
    doc = _glued(words, [True, True, True, False, False, False], heads, deps, pos)
    [t] = [t for t in _triggers(doc) if t.noun]
    assert (t.type, t.rule, doc.text[t.start:t.end]) == ("PROTEST", "event.noun.sit-in", "sit-in")
    # a dash set off by spaces joins nothing: "sit - in" is no word of the table
    apart = _glued(words, [True, True, True, True, True, False], heads, deps, pos)
    assert not [t for t in _triggers(apart) if t.noun]


def test_every_hyphenated_noun_row_is_reachable_through_the_tokenizer():
    import spacy

    from newsdesk.nlp.events._lexicon import NOUNS
    from newsdesk.nlp.events._triggers import _hyphen_start

    tokenizer = spacy.blank("en").tokenizer
    keys = [k for k in NOUNS if "-" in k]
    assert "cease-fire" in keys
    for key in keys:
        doc = tokenizer(key)
        last = doc[len(doc) - 1]
        first = _hyphen_start(last) if len(doc) == 3 else None
        assert first is not None and f"{first.lower_}-{last.lower_}" == key, key


def _recipients_of(doc, word: str) -> list[str]:
    [(_, args)] = [(t, a) for t, a in _with_arguments(doc) if t.token.lower_ == word]
    return [p.name for p in args.recipients]


def test_parse_calling_for_someones_removal_is_aimed_at_them():
    # "the senator called for Halvorsen's resignation": the possessor of what is demanded
    doc = _doc(["the", "senator", "called", "for", "Halvorsen", "'s", "resignation"], [1, 2, 2, 2, 6, 4, 3],
               ["det", "nsubj", "ROOT", "prep", "poss", "case", "pobj"],
               ["DET", "NOUN", "VERB", "ADP", "PROPN", "PART", "NOUN"],
               ["DT", "NN", "VBD", "IN", "NNP", "POS", "NN"],
               ["the", "senator", "call", "for", "Halvorsen", "'s", "resignation"],
               ["O", "O", "O", "O", "B-PERSON", "O", "O"])
    assert _recipients_of(doc, "called") == ["Halvorsen"]


def test_parse_critical_of_someones_handling_is_aimed_at_them():
    # "Democrats were critical of Halvorsen's handling"
    doc = _doc(["Democrats", "were", "critical", "of", "Halvorsen", "'s", "handling"], [1, 1, 1, 2, 6, 4, 3],
               ["nsubj", "ROOT", "acomp", "prep", "poss", "case", "pobj"],
               ["PROPN", "AUX", "ADJ", "ADP", "PROPN", "PART", "NOUN"],
               ["NNPS", "VBD", "JJ", "IN", "NNP", "POS", "NN"],
               ["Democrats", "be", "critical", "of", "Halvorsen", "'s", "handling"],
               ["B-NORP", "O", "O", "O", "B-PERSON", "O", "O"])
    assert _recipients_of(doc, "critical") == ["Halvorsen"]


def test_parse_a_call_for_someones_dismissal_is_aimed_at_them():
    # "the union repeated its call for Halvorsen's dismissal"; no possessor, no target
    def call(owner: str, ent: str):
        return _doc(["the", "union", "repeated", "its", "call", "for", owner, "'s", "dismissal"],
                    [1, 2, 2, 4, 2, 4, 8, 6, 5],
                    ["det", "nsubj", "ROOT", "poss", "dobj", "prep", "poss", "case", "pobj"],
                    ["DET", "NOUN", "VERB", "PRON", "NOUN", "ADP", "PROPN", "PART", "NOUN"],
                    ["DT", "NN", "VBD", "PRP$", "NN", "IN", "NNP", "POS", "NN"],
                    ["the", "union", "repeat", "its", "call", "for", owner, "'s", "dismissal"],
                    ["O", "O", "O", "O", "O", "O", ent, "O", "O"])
    assert _recipients_of(call("Halvorsen", "B-PERSON"), "call") == ["Halvorsen"]
    assert _recipients_of(call("Tuesday", "B-DATE"), "call") == []


def _endorsed_doc(det: bool, ent: str):
    # "the union endorsed [The] Halvorsen": a name the tagger left unlabelled (or called a building)
    words = ["the", "union", "endorsed"] + (["The"] if det else []) + ["Halvorsen"]
    n = len(words) - 1
    heads = [1, 2, 2] + ([n] if det else []) + [2]
    deps = ["det", "nsubj", "ROOT"] + (["det"] if det else []) + ["dobj"]
    pos = ["DET", "NOUN", "VERB"] + (["DET"] if det else []) + ["PROPN"]
    tags = ["DT", "NN", "VBD"] + (["DT"] if det else []) + ["NNP"]
    lemmas = ["the", "union", "endorse"] + (["the"] if det else []) + ["Halvorsen"]
    ents = ["O"] * n + [ent]
    return _doc(words, heads, deps, pos, tags, lemmas, ents)


def test_parse_an_unlabelled_name_endorsed_is_someone():
    assert _recipients_of(_endorsed_doc(False, "O"), "endorsed") == ["Halvorsen"]
    assert _recipients_of(_endorsed_doc(False, "B-FAC"), "endorsed") == ["Halvorsen"]


def test_parse_a_singular_name_with_an_article_is_a_title_not_someone():
    assert _recipients_of(_endorsed_doc(True, "O"), "endorsed") == []


def test_parse_a_name_the_tagger_left_unlabelled_after_a_particle_verb_is_someone():
    # "Lund went after Halvorsen"
    doc = _doc(["Lund", "went", "after", "Halvorsen"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
               ["PROPN", "VERB", "ADP", "PROPN"], ["NNP", "VBD", "IN", "NNP"],
               ["Lund", "go", "after", "Halvorsen"],
               ["B-PERSON", "O", "O", "O"])
    assert _recipients_of(doc, "went") == ["Halvorsen"]


def test_parse_someone_present_for_talks_takes_part_in_them():
    # "the envoy was in Oslo for talks with officials"
    doc = _doc(["the", "envoy", "was", "in", "Oslo", "for", "talks", "with", "officials"],
               [1, 2, 2, 2, 3, 2, 5, 6, 7],
               ["det", "nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "prep", "pobj"],
               ["DET", "NOUN", "AUX", "ADP", "PROPN", "ADP", "NOUN", "ADP", "NOUN"],
               ["DT", "NN", "VBD", "IN", "NNP", "IN", "NNS", "IN", "NNS"],
               ["the", "envoy", "be", "in", "Oslo", "for", "talk", "with", "official"],
               ["O", "O", "O", "O", "B-GPE", "O", "O", "O", "O"])
    [(t, args)] = [(t, a) for t, a in _with_arguments(doc) if t.token.lower_ == "talks"]
    assert t.type == "CONSULT" and t.owner is not None and t.owner.lower_ == "was"
    assert [p.name for p in args.actors] == ["the envoy"]
    assert [p.name for p in args.recipients] == ["officials"]


def test_has_to_or_has_got_to_is_a_demand_but_had_to_and_a_relative_clause_are_not():
    # "Ortiz said the council has to act"
    doc = _doc(["Ortiz", "said", "the", "council", "has", "to", "act"], [1, 1, 3, 4, 1, 6, 4],
               ["nsubj", "ROOT", "det", "nsubj", "ccomp", "aux", "xcomp"],
               ["PROPN", "VERB", "DET", "NOUN", "VERB", "PART", "VERB"],
               ["NNP", "VBD", "DT", "NN", "VBZ", "TO", "VB"],
               ["Ortiz", "say", "the", "council", "have", "to", "act"],
               ["B-PERSON", "O", "O", "O", "O", "O", "O"])
    trigs = {t.token.lower_: t for t in _triggers(doc)}
    assert trigs["said"].type == "DEMAND" and trigs["said"].rule == "event.reported-must"
    # "the ministry has got to pay"
    doc = _doc(["the", "ministry", "has", "got", "to", "pay"], [1, 3, 3, 3, 5, 3],
               ["det", "nsubj", "aux", "ROOT", "aux", "xcomp"],
               ["DET", "NOUN", "AUX", "VERB", "PART", "VERB"],
               ["DT", "NN", "VBZ", "VBN", "TO", "VB"], ["the", "ministry", "have", "get", "to", "pay"])
    trigs = {t.token.lower_: t for t in _triggers(doc)}
    assert (trigs["got"].type, trigs["got"].rule) == ("DEMAND", "event.must")
    # "the villagers had to flee": what happened, nobody is asked
    doc = _doc(["the", "villagers", "had", "to", "flee"], [1, 2, 2, 4, 2],
               ["det", "nsubj", "ROOT", "aux", "xcomp"], ["DET", "NOUN", "VERB", "PART", "VERB"],
               ["DT", "NNS", "VBD", "TO", "VB"], ["the", "villager", "have", "to", "flee"])
    assert "had" not in {t.token.lower_ for t in _triggers(doc)}
    # "a vote which has to be held": a description
    doc = _doc(["a", "vote", "which", "has", "to", "be", "held"], [1, 1, 3, 1, 6, 6, 3],
               ["det", "ROOT", "nsubj", "relcl", "aux", "auxpass", "xcomp"],
               ["DET", "NOUN", "PRON", "VERB", "PART", "AUX", "VERB"],
               ["DT", "NN", "WDT", "VBZ", "TO", "VB", "VBN"],
               ["a", "vote", "which", "have", "to", "be", "hold"])
    assert "has" not in {t.token.lower_ for t in _triggers(doc)}


def test_parse_an_obligation_on_whoever_it_concerns_is_advice_not_a_demand():
    from newsdesk.nlp.events import find_events
    # "Those handling the birds have to wear gloves": advice to the public, no one demands
    doc = _doc(["Those", "handling", "the", "birds", "have", "to", "wear", "gloves"],
               [4, 0, 3, 1, 4, 6, 4, 6],
               ["nsubj", "acl", "det", "dobj", "ROOT", "aux", "xcomp", "dobj"],
               ["PRON", "VERB", "DET", "NOUN", "VERB", "PART", "VERB", "NOUN"],
               ["DT", "VBG", "DT", "NNS", "VBP", "TO", "VB", "NNS"],
               ["those", "handle", "the", "bird", "have", "to", "wear", "glove"])
    assert find_events(doc, [], [], []) == []
    # "Anyone with a cough should stay home"
    doc = _doc(["Anyone", "with", "a", "cough", "should", "stay", "home"], [5, 0, 3, 1, 5, 5, 5],
               ["nsubj", "prep", "det", "pobj", "aux", "ROOT", "advmod"],
               ["PRON", "ADP", "DET", "NOUN", "AUX", "VERB", "ADV"],
               ["NN", "IN", "DT", "NN", "MD", "VB", "RB"],
               ["anyone", "with", "a", "cough", "should", "stay", "home"])
    assert find_events(doc, [], [], []) == []
    # "the ministry has to pay": a party is obliged, the demand stays
    doc = _doc(["the", "ministry", "has", "to", "pay"], [1, 2, 2, 4, 2],
               ["det", "nsubj", "ROOT", "aux", "xcomp"], ["DET", "NOUN", "VERB", "PART", "VERB"],
               ["DT", "NN", "VBZ", "TO", "VB"], ["the", "ministry", "have", "to", "pay"])
    assert [(e.type, e.rule) for e in find_events(doc, [], [], [])] == [("DEMAND", "event.must")]



@pytest.mark.slow
def test_a_journey_describing_someone_is_no_event(nlp):
    text = "Health officials said a chef who had flown to Norway fell ill last week."
    assert [e.type for e in _events(nlp, text) if e.type == "TRAVEL"] == []
    # the journey itself reported stays
    events = _events(nlp, "Health officials said the chef flew to Norway last week.")
    assert [e.type for e in events] == ["TRAVEL"]


def test_parse_accepting_responsibility_concedes():
    # "The ferry operator accepted responsibility for the collision": admitting fault (PLOVER CONCEDE)
    doc = _doc(["The", "ferry", "operator", "accepted", "responsibility", "for", "the", "collision"],
               [2, 2, 3, 3, 3, 4, 7, 5],
               ["det", "compound", "nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
               ["DET", "NOUN", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN"],
               ["DT", "NN", "NN", "VBD", "NN", "IN", "DT", "NN"],
               ["the", "ferry", "operator", "accept", "responsibility", "for", "the", "collision"])
    trigs = {t.token.lower_: t for t in _triggers(doc)}
    assert (trigs["accepted"].type, trigs["accepted"].rule) == ("CONCEDE", "event.verb.accept")
    # "The council accepted the proposal": an agreement, as before
    doc = _doc(["The", "council", "accepted", "the", "proposal"], [1, 2, 2, 4, 2],
               ["det", "nsubj", "ROOT", "det", "dobj"], ["DET", "NOUN", "VERB", "DET", "NOUN"],
               ["DT", "NN", "VBD", "DT", "NN"], ["the", "council", "accept", "the", "proposal"])
    assert {t.token.lower_: t for t in _triggers(doc)}["accepted"].type == "AGREE"


def test_parse_a_name_the_tagger_took_for_a_law_or_a_work_is_someone():
    # "the union endorsed Halvorsen", the name tagged as a law or a work of art
    assert _recipients_of(_endorsed_doc(False, "B-LAW"), "endorsed") == ["Halvorsen"]
    assert _recipients_of(_endorsed_doc(False, "B-WORK_OF_ART"), "endorsed") == ["Halvorsen"]


def test_parse_a_surname_made_plural_after_the_is_a_family():
    # "the union endorsed the Okafors", the tagger calling the name singular and a law
    doc = _doc(["the", "union", "endorsed", "the", "Okafors"], [1, 2, 2, 4, 2],
               ["det", "nsubj", "ROOT", "det", "dobj"], ["DET", "NOUN", "VERB", "DET", "PROPN"],
               ["DT", "NN", "VBD", "DT", "NNP"], ["the", "union", "endorse", "the", "Okafors"],
               ["O", "O", "O", "O", "B-LAW"])
    assert _recipients_of(doc, "endorsed") == ["the Okafors"]


def test_parse_a_title_cased_headline_word_is_no_name():
    # "Union Leaders Endorsed Halvorsen Tuesday": a headline's capitals are no evidence of a name
    doc = _doc(["Union", "Leaders", "Endorsed", "Halvorsen", "Tuesday"], [1, 2, 2, 2, 2],
               ["compound", "nsubj", "ROOT", "dobj", "npadvmod"],
               ["PROPN", "PROPN", "VERB", "PROPN", "PROPN"],
               ["NNP", "NNPS", "VBD", "NNP", "NNP"], ["Union", "Leaders", "endorse", "Halvorsen", "Tuesday"],
               ["O", "O", "O", "B-LAW", "B-DATE"])
    assert _recipients_of(doc, "endorsed") == []
