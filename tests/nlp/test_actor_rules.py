"""Who an event's participants are, on hand-built parses (no model)."""

from __future__ import annotations

from newsdesk.nlp.events._participants import Resolver
from parses import tagged_doc as _doc


def _they_units_doc():
    # They ( the army units ) fired and they attacked us .
    words = ["They", "(", "the", "army", "units", ")", "fired", "and", "they", "attacked", "us", "."]
    heads = [6, 0, 4, 4, 0, 0, 6, 6, 9, 6, 9, 6]
    deps = ["nsubj", "punct", "det", "compound", "appos", "punct", "ROOT", "cc", "nsubj", "conj", "dobj",
            "punct"]
    pos = ["PRON", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "CCONJ", "PRON", "VERB", "PRON", "PUNCT"]
    tags = ["PRP", "-LRB-", "DT", "NN", "NNS", "-RRB-", "VBD", "CC", "PRP", "VBD", "PRP", "."]
    lemmas = ["they", "(", "the", "army", "unit", ")", "fire", "and", "they", "attack", "we", "."]
    return _doc(words, heads, deps, pos, tags, lemmas)


def test_a_pronoun_is_the_noun_in_apposition_to_it():
    doc = _they_units_doc()
    res = Resolver(doc, doc.text, [], [])
    assert [p.name for p in res.agents(doc[0], None, [])] == ["the army units"]


def test_a_later_they_takes_the_named_pronoun_subject_before_it():
    doc = _they_units_doc()
    res = Resolver(doc, doc.text, [], [])
    assert [p.name for p in res.agents(doc[8], None, [])] == ["the army units"]


def test_the_event_of_the_later_clause_has_the_named_attackers():
    from newsdesk.nlp.events._arguments import arguments
    from newsdesk.nlp.events._triggers import find_triggers

    doc = _they_units_doc()
    res = Resolver(doc, doc.text, [], [])
    attack = [t for t in find_triggers(doc, res) if t.token.lower_ == "attacked"]
    assert attack
    args = arguments(attack[0], res, None, [])
    assert [p.name for p in args.actors] == ["the army units"]
    assert [p.name for p in args.recipients] == ["us"]


def test_a_pronoun_without_apposition_is_left_alone():
    # They attacked us .
    doc = _doc(["They", "attacked", "us", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
               ["PRON", "VERB", "PRON", "PUNCT"], ["PRP", "VBD", "PRP", "."], ["they", "attack", "we", "."])
    res = Resolver(doc, doc.text, [], [])
    assert res.agents(doc[0], None, []) == []


def _protest_args(words, heads, deps, pos, tags, lemmas, trigger):
    from newsdesk.nlp.events._arguments import arguments
    from newsdesk.nlp.events._triggers import find_triggers

    doc = _doc(words, heads, deps, pos, tags, lemmas)
    res = Resolver(doc, doc.text, [], [])
    found = [t for t in find_triggers(doc, res) if t.token.lower_ == trigger]
    assert found and found[0].type == "PROTEST", [(t.token.text, t.type) for t in find_triggers(doc, res)]
    return arguments(found[0], res, None, [])


def test_a_protest_purpose_clause_names_its_target():
    # Farmers rallied to protest the government 's decision .
    args = _protest_args(
        ["Farmers", "rallied", "to", "protest", "the", "government", "'s", "decision", "."],
        [1, 1, 3, 1, 5, 7, 5, 3, 1],
        ["nsubj", "ROOT", "aux", "advcl", "det", "poss", "case", "dobj", "punct"],
        ["NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "PART", "NOUN", "PUNCT"],
        ["NNS", "VBD", "TO", "VB", "DT", "NN", "POS", "NN", "."],
        ["farmer", "rally", "to", "protest", "the", "government", "'s", "decision", "."], "rallied")
    assert [p.name for p in args.actors] == ["Farmers"]
    assert [p.name for p in args.recipients] == ["the government"]


def test_in_protest_against_names_who_is_opposed():
    # Workers marched in protest against abuses by the security forces .
    args = _protest_args(
        ["Workers", "marched", "in", "protest", "against", "abuses", "by", "the", "security", "forces", "."],
        [1, 1, 1, 2, 3, 4, 5, 9, 9, 6, 1],
        ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "prep", "det", "compound", "pobj", "punct"],
        ["NOUN", "VERB", "ADP", "NOUN", "ADP", "NOUN", "ADP", "DET", "NOUN", "NOUN", "PUNCT"],
        ["NNS", "VBD", "IN", "NN", "IN", "NNS", "IN", "DT", "NN", "NNS", "."],
        ["worker", "march", "in", "protest", "against", "abuse", "by", "the", "security", "force", "."],
        "marched")
    assert [p.name for p in args.recipients] == ["the security forces"]


def test_a_protest_purpose_without_a_party_names_no_target():
    # Workers marched to demand higher wages .
    args = _protest_args(
        ["Workers", "marched", "to", "demand", "higher", "wages", "."],
        [1, 1, 3, 1, 5, 3, 1],
        ["nsubj", "ROOT", "aux", "advcl", "amod", "dobj", "punct"],
        ["NOUN", "VERB", "PART", "VERB", "ADJ", "NOUN", "PUNCT"],
        ["NNS", "VBD", "TO", "VB", "JJR", "NNS", "."],
        ["worker", "march", "to", "demand", "high", "wage", "."], "marched")
    assert args.recipients == []


def test_the_of_phrase_of_a_demand_names_who_asks():
    from newsdesk.nlp.events._arguments import arguments
    from newsdesk.nlp.events._triggers import find_triggers

    # They heard the demands of the unions .  ("at the request of X" is yielding: CONCEDE)
    doc = _doc(["They", "heard", "the", "demands", "of", "the", "unions", "."],
               [1, 1, 3, 1, 3, 6, 4, 1],
               ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
               ["PRON", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
               ["PRP", "VBD", "DT", "NNS", "IN", "DT", "NNS", "."],
               ["they", "hear", "the", "demand", "of", "the", "union", "."])
    res = Resolver(doc, doc.text, [], [])
    demand = [t for t in find_triggers(doc, res) if t.token.lower_ == "demands"]
    assert demand and demand[0].type == "DEMAND"
    assert [p.name for p in arguments(demand[0], res, None, []).actors] == ["the unions"]


def _attacks_stopped(obj: str, obj_lemma: str):
    """``Air attacks have stopped the <obj> .``: the recipients of the attacks."""
    from newsdesk.nlp.events._arguments import arguments
    from newsdesk.nlp.events._triggers import find_triggers

    doc = _doc(["Air", "attacks", "have", "stopped", "the", obj, "."], [1, 3, 3, 3, 5, 3, 3],
               ["compound", "nsubj", "aux", "ROOT", "det", "dobj", "punct"],
               ["NOUN", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
               ["NN", "NNS", "VBP", "VBN", "DT", "NNS", "."],
               ["air", "attack", "have", "stop", "the", obj_lemma, "."])
    res = Resolver(doc, doc.text, [], [])
    attacks = [t for t in find_triggers(doc, res) if t.token.lower_ == "attacks"]
    assert attacks and attacks[0].noun
    return [p.name for p in arguments(attacks[0], res, None, []).recipients]


def test_an_act_that_is_its_clause_subject_affects_the_party_its_verb_takes():
    assert _attacks_stopped("soldiers", "soldier") == ["the soldiers"]


def test_an_act_that_is_its_clause_subject_takes_no_thing_as_target():
    assert _attacks_stopped("convoys", "convoy") == []


def test_a_necessity_with_no_speaker_is_stated_by_the_subject_it_completes():
    from newsdesk.nlp.events._arguments import arguments
    from newsdesk.nlp.events._triggers import find_triggers

    # We are clear that the rebels must leave .
    doc = _doc(["We", "are", "clear", "that", "the", "rebels", "must", "leave", "."],
               [1, 1, 1, 7, 5, 7, 7, 1, 1],
               ["nsubj", "ROOT", "acomp", "mark", "det", "nsubj", "aux", "ccomp", "punct"],
               ["PRON", "AUX", "ADJ", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
               ["PRP", "VBP", "JJ", "IN", "DT", "NNS", "MD", "VB", "."],
               ["we", "be", "clear", "that", "the", "rebel", "must", "leave", "."])
    res = Resolver(doc, doc.text, [], [])
    must = [t for t in find_triggers(doc, res) if t.type == "DEMAND"]
    assert must, [(t.token.text, t.type, t.rule) for t in find_triggers(doc, res)]
    args = arguments(must[0], res, None, [])
    assert [p.name for p in args.actors] == ["We"]
    assert [p.name for p in args.recipients] == ["the rebels"]


def _shot_at(group: str, group_lemma: str):
    """``Gunmen shot at a <group> of militia guards .``: the target's sector, and the event."""
    from newsdesk.nlp.events._arguments import arguments
    from newsdesk.nlp.events._retype import retype
    from newsdesk.nlp.events._triggers import find_triggers

    doc = _doc(["Gunmen", "opened", "fire", "on", "a", group, "of", "militia", "guards", "."],
               [1, 1, 1, 1, 5, 3, 5, 8, 6, 1],
               ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "compound", "pobj", "punct"],
               ["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "NOUN", "NOUN", "PUNCT"],
               ["NNS", "VBD", "NN", "IN", "DT", "NN", "IN", "NN", "NNS", "."],
               ["gunman", "open", "fire", "on", "a", group_lemma, "of", "militia", "guard", "."])
    res = Resolver(doc, doc.text, [], [])
    fire = [t for t in find_triggers(doc, res) if t.token.lower_ == "opened"]
    assert fire and fire[0].type == "ASSAULT"
    args = arguments(fire[0], res, None, [])
    retype(fire[0], args, "happened", res.tree)
    return [(p.name, p.sector) for p in args.recipients], fire[0].type


def test_a_group_is_of_the_sector_of_its_members():
    # a team of armed men is armed: shooting at it is a fight between armed sides (PLOVER FIGHT)
    assert _shot_at("team", "team") == ([("a team of militia guards", "REB")], "FIGHT")


def test_a_group_word_with_a_sector_of_its_own_keeps_it():
    assert _shot_at("crowd", "crowd") == ([("a crowd of militia guards", "CVL")], "ASSAULT")


def _says_doc(subject: list[tuple[str, str, str, str]], pronoun: str):
    """"<subject> said <pronoun> would resign": the subject's rows are (word, lemma, pos, tag), the
    last one its head; the pronoun is the subject of the reported clause."""
    n = len(subject)
    words = [w for w, _, _, _ in subject] + ["said", pronoun, "would", "resign"]
    lemmas = [lem for _, lem, _, _ in subject] + ["say", pronoun.lower(), "would", "resign"]
    pos = [p for _, _, p, _ in subject] + ["VERB", "PRON", "AUX", "VERB"]
    tags = [t for _, _, _, t in subject] + ["VBD", "PRP", "MD", "VB"]
    heads = [n - 1] * (n - 1) + [n, n, n + 3, n + 3, n]
    deps = ["det" if p == "DET" else "compound" for _, _, p, _ in subject[:-1]] + [
        "nsubj", "ROOT", "nsubj", "aux", "ccomp"]
    return _doc(words, heads, deps, pos, tags, lemmas), n + 1


def test_it_or_they_in_a_reported_clause_is_the_body_saying_it():
    # "the city council said it would resign", "the two councils said they would resign"
    doc, i = _says_doc([("the", "the", "DET", "DT"), ("city", "city", "NOUN", "NN"),
                        ("council", "council", "NOUN", "NN")], "it")
    res = Resolver(doc, doc.text, [], [])
    assert [p.name for p in res.agents(doc[i], None, [])] == ["the city council"]
    doc, i = _says_doc([("the", "the", "DET", "DT"), ("two", "two", "NUM", "CD"),
                        ("councils", "council", "NOUN", "NNS")], "they")
    res = Resolver(doc, doc.text, [], [])
    assert [p.name for p in res.agents(doc[i], None, [])] == ["the two councils"]


def test_a_pronoun_is_not_bound_to_a_sayer_of_another_number():
    # "the councils said it would resign": "it" is not the councils
    doc, i = _says_doc([("the", "the", "DET", "DT"), ("councils", "council", "NOUN", "NNS")], "it")
    res = Resolver(doc, doc.text, [], [])
    assert res.agents(doc[i], None, []) == []


def test_he_is_not_bound_to_a_sayer_named_after_him():
    # "he would resign, Kell said": Kell reports on someone named before, not on himself
    doc = _doc(["he", "would", "resign", ",", "Kell", "said"], [2, 2, 5, 5, 5, 5],
               ["nsubj", "aux", "ccomp", "punct", "nsubj", "ROOT"],
               ["PRON", "AUX", "VERB", "PUNCT", "PROPN", "VERB"], ["PRP", "MD", "VB", ",", "NNP", "VBD"],
               ["he", "would", "resign", ",", "Kell", "say"], ["O", "O", "O", "O", "B-PERSON", "O"])
    res = Resolver(doc, doc.text, [], [])
    assert res.agents(doc[0], None, []) == []


def test_they_is_a_couple_the_parser_folded_into_one_name():
    # "Ana and Luis Ortiz said they would resign": "Ana" hangs on "Ortiz" with its own "and"
    doc = _doc(["Ana", "and", "Luis", "Ortiz", "said", "they", "would", "resign"], [3, 0, 3, 4, 4, 7, 7, 4],
               ["nmod", "cc", "compound", "nsubj", "ROOT", "nsubj", "aux", "ccomp"],
               ["PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PRON", "AUX", "VERB"],
               ["NNP", "CC", "NNP", "NNP", "VBD", "PRP", "MD", "VB"],
               ["Ana", "and", "Luis", "Ortiz", "say", "they", "would", "resign"],
               ["B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    res = Resolver(doc, doc.text, [], [])
    assert [p.name for p in res.agents(doc[5], None, [])] == ["Ana and Luis Ortiz"]


def _title_split_doc(name_dep: str):
    # "Ruiz and Vice President Ana Ortiz arrived": the parser hangs the title and the name apart
    words = ["Ruiz", "and", "Vice", "President", "Ana", "Ortiz", "arrived"]
    deps = ["nsubj", "cc", "compound", "conj", "compound", name_dep, "ROOT"]
    return _doc(words, [6, 0, 3, 0, 5, 0, 6], deps,
                ["PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"],
                ["NNP", "CC", "NNP", "NNP", "NNP", "NNP", "VBD"],
                ["Ruiz", "and", "Vice", "President", "Ana", "Ortiz", "arrive"],
                ["B-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O"])


def test_a_bare_title_conjunct_belongs_to_the_name_after_it():
    for dep in ("conj", "appos"):
        doc = _title_split_doc(dep)
        res = Resolver(doc, doc.text, [], [])
        assert [p.name for p in res.agents(doc[0], None, [])] == ["Ruiz", "Ana Ortiz"], dep


def test_an_unnamed_his_is_the_one_person_subject_of_the_verb_taking_his_noun():
    # "He renewed his call for talks": no one named before, so "his" is the subject's
    doc = _doc(["He", "renewed", "his", "call", "for", "talks"], [1, 1, 3, 1, 3, 4],
               ["nsubj", "ROOT", "poss", "dobj", "prep", "pobj"],
               ["PRON", "VERB", "PRON", "NOUN", "ADP", "NOUN"], ["PRP", "VBD", "PRP$", "NN", "IN", "NNS"],
               ["he", "renew", "his", "call", "for", "talk"])
    res = Resolver(doc, doc.text, [], [])
    assert [p.name for p in res.agents(doc[2], None, [])] == ["He"]
    # "Ortiz rallied voters with his calls": through the preposition too
    doc = _doc(["Ortiz", "rallied", "voters", "with", "his", "calls"], [1, 1, 1, 1, 5, 3],
               ["nsubj", "ROOT", "dobj", "prep", "poss", "pobj"],
               ["PROPN", "VERB", "NOUN", "ADP", "PRON", "NOUN"], ["NNP", "VBD", "NNS", "IN", "PRP$", "NNS"],
               ["Ortiz", "rally", "voter", "with", "his", "call"], ["B-PERSON", "O", "O", "O", "O", "O"])
    res = Resolver(doc, doc.text, [], [])
    assert [p.name for p in res.agents(doc[4], None, [])] == ["Ortiz"]


def test_who_fears_an_attack_accuses_its_doer():
    # "Ana believes Kell will attack the town": Ana criticises Kell (PLOVER DISAPPROVE)
    from newsdesk.nlp.events._arguments import arguments, feared_by
    from newsdesk.nlp.events._retype import retype
    from newsdesk.nlp.events._status import status_of
    from newsdesk.nlp.events._triggers import find_triggers

    doc = _doc(["Ana", "believes", "Kell", "will", "attack", "the", "town"], [1, 1, 4, 4, 1, 6, 4],
               ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj"],
               ["PROPN", "VERB", "PROPN", "AUX", "VERB", "DET", "NOUN"],
               ["NNP", "VBZ", "NNP", "MD", "VB", "DT", "NN"],
               ["Ana", "believe", "Kell", "will", "attack", "the", "town"],
               ["B-PERSON", "O", "B-PERSON", "O", "O", "O", "O"])
    res = Resolver(doc, doc.text, [], [])
    [trig] = [t for t in find_triggers(doc, res) if t.token.lower_ == "attack"]
    args = arguments(trig, res, None, [])
    retype(trig, args, status_of(trig, res.tree, False), res.tree, False)
    feared_by(trig, args, res, None, [])
    assert trig.type == "DISAPPROVE" and trig.rule.endswith("/feared")
    assert ([p.name for p in args.actors], [p.name for p in args.recipients]) == (["Ana"], ["Kell"])


def test_an_unnamed_speaker_of_a_quoted_demand_is_the_pronoun_that_says_it():
    # '"Kell must resign," he said': the demand is the unnamed "he"'s, as written
    from newsdesk.models import Quote, Span
    from newsdesk.nlp.events._arguments import arguments
    from newsdesk.nlp.events._triggers import find_triggers

    # (the parser hangs "he said" on the quote's verb, so no clause names who demands it)
    doc = _doc(["Kell", "must", "resign", ",", "he", "said"], [2, 2, 2, 2, 5, 2],
               ["nsubj", "aux", "ROOT", "punct", "nsubj", "parataxis"],
               ["PROPN", "AUX", "VERB", "PUNCT", "PRON", "VERB"], ["NNP", "MD", "VB", ",", "PRP", "VBD"],
               ["Kell", "must", "resign", ",", "he", "say"], ["B-PERSON", "O", "O", "O", "O", "O"])
    he = doc[4]
    quote = Quote(1, "direct", Span(0, doc[2].idx + 6, doc.text[:doc[2].idx + 6]),
                  cue=Span(doc[5].idx, doc[5].idx + 4, "said"), source=Span(he.idx, he.idx + 2, "he"))
    res = Resolver(doc, doc.text, [], [quote])
    demands = [t for t in find_triggers(doc, res) if t.type == "DEMAND"]
    assert demands
    args = arguments(demands[0], res, quote, [])
    assert [p.name for p in args.actors] == ["he"] and [p.name for p in args.recipients] == ["Kell"]


def test_a_thing_that_demands_voices_the_one_who_reports_it():
    # "Ruiz said the situation demands a response": Ruiz demands it, not "the situation"
    from newsdesk.nlp.events._arguments import arguments
    from newsdesk.nlp.events._triggers import find_triggers

    doc = _doc(["Ruiz", "said", "the", "situation", "demands", "a", "response"], [1, 1, 3, 4, 1, 6, 4],
               ["nsubj", "ROOT", "det", "nsubj", "ccomp", "det", "dobj"],
               ["PROPN", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN"],
               ["NNP", "VBD", "DT", "NN", "VBZ", "DT", "NN"],
               ["Ruiz", "say", "the", "situation", "demand", "a", "response"],
               ["B-PERSON", "O", "O", "O", "O", "O", "O"])
    res = Resolver(doc, doc.text, [], [])
    [demand] = [t for t in find_triggers(doc, res) if t.token.lower_ == "demands"]
    assert [p.name for p in arguments(demand, res, None, []).actors] == ["Ruiz"]
