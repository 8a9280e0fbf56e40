"""Hedged and hearsay predications ("X seems to ...", "X is expected to ...") on hand-built
parses."""

from spacy.tokens import Doc

from newsdesk.nlp.quotes import find_quotes
from parses import rows_doc as _doc


def _parts(doc: Doc) -> list[tuple[str, str | None, str | None, str]]:
    return [(q.content.text, q.cue.text if q.cue else None, q.source.text if q.source else None, q.rule)
            for q in find_quotes(doc, [])]


def test_seems_attributes_subject_and_complement_to_nobody():
    doc = _doc([("The", "the", "DET", 1, "det", "DT"),
                ("mayor", "mayor", "NOUN", 2, "nsubj", "NN"),
                ("seems", "seem", "VERB", 2, "ROOT", "VBZ"),
                ("to", "to", "PART", 4, "aux", "TO"),
                ("need", "need", "VERB", 2, "xcomp", "VB"),
                ("the", "the", "DET", 6, "det", "DT"),
                ("bridge", "bridge", "NOUN", 4, "dobj", "NN"),
                (".", ".", "PUNCT", 2, "punct", ".")])
    quotes = find_quotes(doc, [])
    assert [(q.content.text, q.cue.text if q.cue else None, q.source) for q in quotes] == [
        ("The mayor", "seems", None), ("to need the bridge", "seems", None)]
    assert len({q.group for q in quotes}) == 1
    assert quotes[0].rule == "quote.indirect.raising.seem"


def test_a_passive_of_expecting_is_a_hearsay_attribution():
    doc = _doc([("The", "the", "DET", 1, "det", "DT"),
                ("council", "council", "NOUN", 3, "nsubjpass", "NN"),
                ("is", "be", "AUX", 3, "auxpass", "VBZ"),
                ("expected", "expect", "VERB", 3, "ROOT", "VBN"),
                ("to", "to", "PART", 5, "aux", "TO"),
                ("arrive", "arrive", "VERB", 3, "xcomp", "VB"),
                ("soon", "soon", "ADV", 5, "advmod", "RB"),
                (".", ".", "PUNCT", 3, "punct", ".")])
    assert _parts(doc) == [("The council", "is expected", None, "quote.indirect.raising.passive"),
                           ("to arrive soon", "is expected", None, "quote.indirect.raising.passive")]


def test_seen_as_keeps_the_preposition_in_the_cue():
    doc = _doc([("The", "the", "DET", 1, "det", "DT"),
                ("pact", "pact", "NOUN", 3, "nsubjpass", "NN"),
                ("is", "be", "AUX", 3, "auxpass", "VBZ"),
                ("seen", "see", "VERB", 3, "ROOT", "VBN"),
                ("as", "as", "ADP", 3, "prep", "IN"),
                ("a", "a", "DET", 6, "det", "DT"),
                ("trap", "trap", "NOUN", 4, "pobj", "NN"),
                (".", ".", "PUNCT", 3, "punct", ".")])
    got = [(c, cue) for c, cue, _s, _r in _parts(doc)]
    assert got == [("The pact", "is seen as"), ("a trap", "is seen as")]


def test_an_ability_or_the_subjects_own_hedged_act_is_no_hearsay():
    could = _doc([("Smoke", "smoke", "NOUN", 3, "nsubjpass", "NN"),
                  ("could", "could", "AUX", 3, "aux", "MD"),
                  ("be", "be", "AUX", 3, "auxpass", "VB"),
                  ("seen", "see", "VERB", 3, "ROOT", "VBN"),
                  ("rising", "rise", "VERB", 3, "xcomp", "VBG"),
                  (".", ".", "PUNCT", 3, "punct", ".")])
    assert _parts(could) == []
    # "seemed to confirm": the subject confirms (a cue of its own), hedged by the writer: the
    # subject is the source, the cue runs from the hedge to the act
    own = _doc([("She", "she", "PRON", 1, "nsubj", "PRP"),
                ("seemed", "seem", "VERB", 1, "ROOT", "VBD"),
                ("to", "to", "PART", 3, "aux", "TO"),
                ("confirm", "confirm", "VERB", 1, "xcomp", "VB"),
                ("the", "the", "DET", 5, "det", "DT"),
                ("rumour", "rumour", "NOUN", 3, "dobj", "NN"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    assert _parts(own) == [("the rumour", "seemed to confirm", "She", "quote.indirect.raising.act")]


def test_it_appears_that_takes_the_clause_alone():
    doc = _doc([("It", "it", "PRON", 1, "nsubj", "PRP"),
                ("appears", "appear", "VERB", 1, "ROOT", "VBZ"),
                ("that", "that", "SCONJ", 5, "mark", "IN"),
                ("the", "the", "DET", 4, "det", "DT"),
                ("talks", "talk", "NOUN", 5, "nsubj", "NNS"),
                ("failed", "fail", "VERB", 1, "ccomp", "VBD"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    assert _parts(doc) == [("that the talks failed", "appears", None, "quote.indirect.raising.appear")]


def _in_a_poll() -> Doc:
    return _doc([("In", "in", "ADP", 6, "prep", "IN"),
                 ("a", "a", "DET", 3, "det", "DT"),
                 ("new", "new", "ADJ", 3, "amod", "JJ"),
                 ("poll", "poll", "NOUN", 0, "pobj", "NN"),
                 (",", ",", "PUNCT", 6, "punct", ","),
                 ("Smith", "Smith", "PROPN", 6, "nsubj", "NNP"),
                 ("led", "lead", "VERB", 6, "ROOT", "VBD"),
                 ("by", "by", "ADP", 6, "prep", "IN"),
                 ("five", "five", "NUM", 9, "nummod", "CD"),
                 ("points", "point", "NOUN", 7, "pobj", "NNS"),
                 (".", ".", "PUNCT", 6, "punct", ".")])


def test_a_finding_placed_in_a_poll_is_the_polls():
    got = _parts(_in_a_poll())
    assert got == [("Smith led by five points", "In", "a new poll", "quote.indirect.poll.in")]


def test_a_standing_in_the_polls_is_no_attribution():
    doc = _doc([("She", "she", "PRON", 1, "nsubj", "PRP"),
                ("rose", "rise", "VERB", 1, "ROOT", "VBD"),
                ("in", "in", "ADP", 1, "prep", "IN"),
                ("the", "the", "DET", 4, "det", "DT"),
                ("polls", "poll", "NOUN", 2, "pobj", "NNS"),
                ("this", "this", "DET", 6, "det", "DT"),
                ("week", "week", "NOUN", 1, "npadvmod", "NN"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    assert _parts(doc) == []


def test_asked_about_is_the_question_put_by_nobody_named():
    doc = _doc([("When", "when", "SCONJ", 1, "advmod", "WRB"),
                ("asked", "ask", "VERB", 7, "advcl", "VBN"),
                ("about", "about", "ADP", 1, "prep", "IN"),
                ("the", "the", "DET", 4, "det", "DT"),
                ("budget", "budget", "NOUN", 2, "pobj", "NN"),
                (",", ",", "PUNCT", 7, "punct", ","),
                ("Lee", "Lee", "PROPN", 7, "nsubj", "NNP"),
                ("smiled", "smile", "VERB", 7, "ROOT", "VBD"),
                (".", ".", "PUNCT", 7, "punct", ".")])
    assert _parts(doc) == [("the budget", "asked about", None, "quote.indirect.asked.about")]


def test_asked_about_hung_on_the_setting_noun_opens_the_content_at_about():
    # "Asked at a hearing about the levy , Lee smiled ." : the parser hangs "about" on
    # "hearing"; the cue stays "Asked", the distant "about" opens the content
    doc = _doc([("Asked", "ask", "VERB", 8, "advcl", "VBN"),
                ("at", "at", "ADP", 0, "prep", "IN"),
                ("a", "a", "DET", 3, "det", "DT"),
                ("hearing", "hearing", "NOUN", 1, "pobj", "NN"),
                ("about", "about", "ADP", 3, "prep", "IN"),
                ("the", "the", "DET", 6, "det", "DT"),
                ("levy", "levy", "NOUN", 4, "pobj", "NN"),
                (",", ",", "PUNCT", 8, "punct", ","),
                ("Lee", "Lee", "PROPN", 8, "nsubj", "NNP"),
                ("smiled", "smile", "VERB", 8, "ROOT", "VBD"),
                (".", ".", "PUNCT", 8, "punct", ".")])
    assert _parts(doc) == [("about the levy", "Asked", None, "quote.indirect.asked.about")]
    # "Asked at a hearing , Lee smiled ." : no question named, no attribution
    doc = _doc([("Asked", "ask", "VERB", 5, "advcl", "VBN"),
                ("at", "at", "ADP", 0, "prep", "IN"),
                ("a", "a", "DET", 3, "det", "DT"),
                ("hearing", "hearing", "NOUN", 1, "pobj", "NN"),
                (",", ",", "PUNCT", 5, "punct", ","),
                ("Lee", "Lee", "PROPN", 5, "nsubj", "NNP"),
                ("smiled", "smile", "VERB", 5, "ROOT", "VBD"),
                (".", ".", "PUNCT", 5, "punct", ".")])
    assert _parts(doc) == []


def test_said_no_takes_the_answer_as_content():
    doc = _doc([("Most", "most", "ADJ", 1, "amod", "JJS"),
                ("voters", "voter", "NOUN", 2, "nsubj", "NNS"),
                ("said", "say", "VERB", 2, "ROOT", "VBD"),
                ("no", "no", "INTJ", 2, "intj", "UH"),
                (".", ".", "PUNCT", 2, "punct", ".")])
    assert _parts(doc) == [("no", "said", "Most voters", "quote.indirect.verb.answer")]


def test_a_question_put_to_a_speaker_is_not_said_by_the_speaker():
    doc = _doc([("Lee", "Lee", "PROPN", 1, "nsubj", "NNP"),
                ("said", "say", "VERB", 1, "ROOT", "VBD"),
                ("no", "no", "INTJ", 1, "intj", "UH"),
                ("when", "when", "SCONJ", 4, "advmod", "WRB"),
                ("asked", "ask", "VERB", 1, "advcl", "VBN"),
                ("if", "if", "SCONJ", 8, "mark", "IN"),
                ("she", "she", "PRON", 8, "nsubj", "PRP"),
                ("would", "would", "AUX", 8, "aux", "MD"),
                ("run", "run", "VERB", 4, "ccomp", "VB"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    assert _parts(doc) == [("no", "said", "Lee", "quote.indirect.verb.answer"),
                           ("if she would run", "asked", None, "quote.indirect.asked.question")]


def test_an_opening_asked_tagged_as_a_past_tense_is_still_the_question_put():
    # the tagger often takes a sentence-opening "Asked" for a past tense (VBD)
    doc = _doc([("Asked", "ask", "VERB", 6, "advcl", "VBD"),
                ("what", "what", "PRON", 3, "dobj", "WP"),
                ("it", "it", "PRON", 3, "nsubj", "PRP"),
                ("costs", "cost", "VERB", 0, "ccomp", "VBZ"),
                (",", ",", "PUNCT", 6, "punct", ","),
                ("Moreno", "Moreno", "PROPN", 6, "nsubj", "NNP"),
                ("shrugged", "shrug", "VERB", 6, "ROOT", "VBD"),
                (".", ".", "PUNCT", 6, "punct", ".")])
    assert _parts(doc) == [("what it costs", "Asked", None, "quote.indirect.asked.question")]


def test_to_someone_opening_a_sentence_gives_their_view():
    doc = _doc([("To", "to", "ADP", 5, "prep", "IN"),
                ("her", "her", "PRON", 0, "pobj", "PRP"),
                (",", ",", "PUNCT", 5, "punct", ","),
                ("the", "the", "DET", 4, "det", "DT"),
                ("vote", "vote", "NOUN", 5, "nsubj", "NN"),
                ("was", "be", "AUX", 5, "ROOT", "VBD"),
                ("a", "a", "DET", 7, "det", "DT"),
                ("warning", "warning", "NOUN", 5, "attr", "NN"),
                (".", ".", "PUNCT", 5, "punct", ".")])
    assert _parts(doc) == [("the vote was a warning", "To", "her", "quote.indirect.viewpoint.to")]


def test_thinks_so_is_a_belief_with_its_answer_word():
    doc = _doc([("Cruz", "Cruz", "PROPN", 1, "nsubj", "NNP"),
                ("thinks", "think", "VERB", 1, "ROOT", "VBZ"),
                ("so", "so", "ADV", 1, "advmod", "RB"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    assert _parts(doc) == [("so", "thinks", "Cruz", "quote.indirect.belief.answer")]


def test_reportedly_makes_its_clause_hearsay_in_two_parts():
    doc = _doc([("The", "the", "DET", 1, "det", "DT"),
                ("fund", "fund", "NOUN", 4, "nsubj", "NN"),
                ("is", "be", "AUX", 4, "aux", "VBZ"),
                ("reportedly", "reportedly", "ADV", 4, "advmod", "RB"),
                ("buying", "buy", "VERB", 4, "ROOT", "VBG"),
                ("ads", "ad", "NOUN", 4, "dobj", "NNS"),
                (".", ".", "PUNCT", 4, "punct", ".")])
    assert _parts(doc) == [("The fund is", "reportedly", None, "quote.indirect.hearsay.reportedly"),
                           ("buying ads", "reportedly", None, "quote.indirect.hearsay.reportedly")]


def test_a_gerund_after_a_verb_of_saying_is_what_was_said():
    doc = _doc([("The", "the", "DET", 1, "det", "DT"),
                ("group", "group", "NOUN", 2, "nsubj", "NN"),
                ("reported", "report", "VERB", 2, "ROOT", "VBD"),
                ("spending", "spend", "VERB", 2, "xcomp", "VBG"),
                ("millions", "million", "NOUN", 3, "dobj", "NNS"),
                (".", ".", "PUNCT", 2, "punct", ".")])
    assert _parts(doc) == [("spending millions", "reported", "The group", "quote.indirect.verb.gerund")]


def test_a_gerund_under_an_infinitive_belongs_to_the_verb_above():
    # "urged lenders to consider suspending payments": what was urged, not what lenders said
    doc = _doc([("She", "she", "PRON", 1, "nsubj", "PRP"),
                ("urged", "urge", "VERB", 1, "ROOT", "VBD"),
                ("lenders", "lender", "NOUN", 4, "nsubj", "NNS"),
                ("to", "to", "PART", 4, "aux", "TO"),
                ("consider", "consider", "VERB", 1, "xcomp", "VB"),
                ("suspending", "suspend", "VERB", 4, "xcomp", "VBG"),
                ("payments", "payment", "NOUN", 5, "dobj", "NNS"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    assert not any(r.endswith(".gerund") for *_x, r in _parts(doc))


def _passive(verb: str, lemma: str, tail: list[tuple[str, str, str, int, str, str]]) -> Doc:
    # "The ferry fare was <verb> <tail> ."
    rows = [("The", "the", "DET", 2, "det", "DT"),
            ("ferry", "ferry", "NOUN", 2, "compound", "NN"),
            ("fare", "fare", "NOUN", 4, "nsubjpass", "NN"),
            ("was", "be", "AUX", 4, "auxpass", "VBD"),
            (verb, lemma, "VERB", 4, "ROOT", "VBN"),
            *tail,
            (".", ".", "PUNCT", 4, "punct", ".")]
    return _doc(rows)


def test_an_agentless_passive_of_a_cue_verb_is_said_by_nobody_named():
    # "The ferry fare was not disclosed ."
    doc = _doc([("The", "the", "DET", 2, "det", "DT"),
                ("ferry", "ferry", "NOUN", 2, "compound", "NN"),
                ("fare", "fare", "NOUN", 5, "nsubjpass", "NN"),
                ("was", "be", "AUX", 5, "auxpass", "VBD"),
                ("not", "not", "PART", 5, "neg", "RB"),
                ("disclosed", "disclose", "VERB", 5, "ROOT", "VBN"),
                (".", ".", "PUNCT", 5, "punct", ".")])
    assert _parts(doc) == [
        ("The ferry fare", "was not disclosed", None, "quote.indirect.raising.passive.object")]
    # "The ferry fare was criticized for its cost .": the preposition joins the cue
    doc = _passive("criticized", "criticize", [("for", "for", "ADP", 4, "prep", "IN"),
                                               ("its", "its", "PRON", 7, "poss", "PRP$"),
                                               ("cost", "cost", "NOUN", 5, "pobj", "NN")])
    assert _parts(doc) == [
        ("The ferry fare", "was criticized for", None, "quote.indirect.raising.passive.prep"),
        ("its cost", "was criticized for", None, "quote.indirect.raising.passive.prep")]


def test_an_agentless_passive_under_a_modal_or_of_a_clause_verb_is_no_report():
    # "The ferry fare will be disclosed .": not said yet
    doc = _doc([("The", "the", "DET", 2, "det", "DT"),
                ("ferry", "ferry", "NOUN", 2, "compound", "NN"),
                ("fare", "fare", "NOUN", 5, "nsubjpass", "NN"),
                ("will", "will", "AUX", 5, "aux", "MD"),
                ("be", "be", "AUX", 5, "auxpass", "VB"),
                ("disclosed", "disclose", "VERB", 5, "ROOT", "VBN"),
                (".", ".", "PUNCT", 5, "punct", ".")])
    assert _parts(doc) == []
    # "The ferry fare was added .": "add" carries words only in a clause
    assert _parts(_passive("added", "add", [])) == []
    # "The ferry fare was focused on ." a weak verb's subject alone is not what was said
    assert _parts(_passive("focused", "focus", [])) == []
