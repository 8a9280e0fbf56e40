"""Where an attribution's Content ends (PolNeAR's conventions), on hand-built parses (no model
needed)."""

from spacy.tokens import Doc

from newsdesk.nlp.quotes import find_quotes
from parses import rows_doc


def _doc(rows: list[tuple[str, str, str, int, str, str]]) -> Doc:
    return rows_doc(rows, spaces=True)


def _praised(tail: list[tuple[str, str, str, int, str, str]]) -> Doc:
    """ "The mayor praised the grant <tail>." with the tail hung on "praised" (index 2)."""
    rows = [("The", "the", "DET", 1, "det", "DT"),
            ("mayor", "mayor", "NOUN", 2, "nsubj", "NN"),
            ("praised", "praise", "VERB", 2, "ROOT", "VBD"),
            ("the", "the", "DET", 4, "det", "DT"),
            ("grant", "grant", "NOUN", 2, "dobj", "NN")]
    return _doc(rows + tail + [(".", ".", "PUNCT", 2, "punct", ".")])


def test_an_infinitive_the_parser_hangs_on_the_verb_stays_in_the_object_content():
    doc = _praised([("to", "to", "PART", 6, "aux", "TO"),
                    ("repair", "repair", "VERB", 2, "advcl", "VB"),
                    ("the", "the", "DET", 8, "det", "DT"),
                    ("bridge", "bridge", "NOUN", 6, "dobj", "NN")])
    [q] = find_quotes(doc, [])
    assert (q.cue.text, q.content.text) == ("praised", "the grant to repair the bridge")


def test_a_participle_the_parser_hangs_on_the_verb_stays_in_the_object_content():
    doc = _praised([("funding", "fund", "VERB", 2, "advcl", "VBG"),
                    ("the", "the", "DET", 7, "det", "DT"),
                    ("bridge", "bridge", "NOUN", 5, "dobj", "NN")])
    [q] = find_quotes(doc, [])
    assert q.content.text == "the grant funding the bridge"


def test_a_clause_with_its_own_subordinator_still_ends_the_object_content():
    doc = _praised([("when", "when", "SCONJ", 7, "advmod", "WRB"),
                    ("he", "he", "PRON", 7, "nsubj", "PRP"),
                    ("spoke", "speak", "VERB", 2, "advcl", "VBD")])
    [q] = find_quotes(doc, [])
    assert q.content.text == "the grant"


def test_an_as_phrase_after_a_prepositional_object_stays_in_the_content():
    doc = _doc([("She", "she", "PRON", 1, "nsubj", "PRP"),
                ("referred", "refer", "VERB", 1, "ROOT", "VBD"),
                ("to", "to", "ADP", 1, "prep", "IN"),
                ("the", "the", "DET", 4, "det", "DT"),
                ("port", "port", "NOUN", 2, "pobj", "NN"),
                ("as", "as", "ADP", 1, "prep", "IN"),
                ("a", "a", "DET", 8, "det", "DT"),
                ("vital", "vital", "ADJ", 8, "amod", "JJ"),
                ("gateway", "gateway", "NOUN", 5, "pobj", "NN"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    [q] = find_quotes(doc, [])
    assert (q.cue.text, q.content.text) == ("referred to", "the port as a vital gateway")


def test_a_quote_closing_a_reported_clause_is_the_outer_reporters_not_the_inner_namers():
    # the parser hangs the closing marks on "said", so its clause stops short of the quote
    doc = _doc([("The", "the", "DET", 1, "det", "DT"),
                ("mayor", "mayor", "NOUN", 2, "nsubj", "NN"),
                ("said", "say", "VERB", 2, "ROOT", "VBD"),
                ("the", "the", "DET", 4, "det", "DT"),
                ("chief", "chief", "NOUN", 5, "nsubj", "NN"),
                ("called", "call", "VERB", 2, "ccomp", "VBD"),
                ("the", "the", "DET", 7, "det", "DT"),
                ("port", "port", "NOUN", 5, "dobj", "NN"),
                ("“", "“", "PUNCT", 10, "punct", "``"),
                ("a", "a", "DET", 10, "det", "DT"),
                ("jewel", "jewel", "NOUN", 5, "oprd", "NN"),
                (".", ".", "PUNCT", 2, "punct", "."),
                ("”", "”", "PUNCT", 2, "punct", "''")])
    [q] = find_quotes(doc, [])
    assert (q.kind, q.source.text, q.cue.text) == ("mixed", "The mayor", "said")
    assert q.clause.text.startswith("the chief called the port “a jewel")


def _scene(first: list[tuple[str, str, str, int, str, str]]) -> Doc:
    """ "<first>, she said, “We lost the vote.”" with "said" hung on "lost" as parataxis
    (``first`` heads count from 0; the words after it are numbered on from its end)."""
    n = len(first)
    lost = n + 5
    rows = first + [(",", ",", "PUNCT", lost, "punct", ","),
                    ("she", "she", "PRON", n + 2, "nsubj", "PRP"),
                    ("said", "say", "VERB", lost, "parataxis", "VBD"),
                    (",", ",", "PUNCT", lost, "punct", ","),
                    ("“", "“", "PUNCT", lost, "punct", "``"),
                    ("We", "we", "PRON", lost, "nsubj", "PRP"),
                    ("lost", "lose", "VERB", lost, "ROOT", "VBD"),
                    ("the", "the", "DET", lost + 2, "det", "DT"),
                    ("vote", "vote", "NOUN", lost, "dobj", "NN"),
                    (".", ".", "PUNCT", lost, "punct", "."),
                    ("”", "”", "PUNCT", lost, "punct", "''")]
    return _doc(rows)


def test_a_scene_setting_phrase_before_the_reporting_clause_stays_out_of_a_quoted_sentence():
    doc = _scene([("In", "in", "ADP", 8, "prep", "IN"),
                  ("a", "a", "DET", 2, "det", "DT"),
                  ("statement", "statement", "NOUN", 0, "pobj", "NN")])
    [q] = find_quotes(doc, [])
    assert (q.kind, q.cue.text, q.content.text, q.clause) == ("direct", "said", "We lost the vote", None)


def test_a_conjunction_before_the_reporting_clause_keeps_the_quote_mixed():
    doc = _scene([("But", "but", "CCONJ", 6, "cc", "CC")])
    quotes = find_quotes(doc, [])
    assert {q.kind for q in quotes} == {"mixed", "indirect"}
    assert [q.clause.text for q in quotes if q.kind == "mixed"] == ["“We lost the vote.”"]


def test_a_subjectless_second_complement_joins_the_first_one_the_parser_split_off():
    # "said [a plan Lee drew up] [was enough to fund the port]": two ccomps for one reported clause
    doc = _doc([("The", "the", "DET", 1, "det", "DT"),
                ("mayor", "mayor", "NOUN", 2, "nsubj", "NN"),
                ("said", "say", "VERB", 2, "ROOT", "VBD"),
                ("a", "a", "DET", 5, "det", "DT"),
                ("plan", "plan", "NOUN", 5, "compound", "NN"),
                ("Lee", "Lee", "PROPN", 6, "nsubj", "NNP"),
                ("drew", "draw", "VERB", 2, "ccomp", "VBD"),
                ("up", "up", "ADP", 6, "prt", "RP"),
                ("was", "be", "AUX", 2, "ccomp", "VBD"),
                ("enough", "enough", "ADJ", 8, "acomp", "JJ"),
                ("to", "to", "PART", 11, "aux", "TO"),
                ("fund", "fund", "VERB", 9, "xcomp", "VB"),
                ("the", "the", "DET", 13, "det", "DT"),
                ("port", "port", "NOUN", 11, "dobj", "NN"),
                (".", ".", "PUNCT", 2, "punct", ".")])
    [q] = find_quotes(doc, [])
    assert (q.cue.text, q.content.text) == ("said", "a plan Lee drew up was enough to fund the port")


def test_a_second_complement_with_its_own_subject_is_the_reported_clause_alone():
    doc = _doc([("The", "the", "DET", 1, "det", "DT"),
                ("mayor", "mayor", "NOUN", 2, "nsubj", "NN"),
                ("said", "say", "VERB", 2, "ROOT", "VBD"),
                ("Lee", "Lee", "PROPN", 4, "nsubj", "NNP"),
                ("left", "leave", "VERB", 2, "ccomp", "VBD"),
                ("and", "and", "CCONJ", 2, "cc", "CC"),
                ("the", "the", "DET", 7, "det", "DT"),
                ("plan", "plan", "NOUN", 9, "nsubj", "NN"),
                ("has", "have", "AUX", 9, "aux", "VBZ"),
                ("failed", "fail", "VERB", 2, "ccomp", "VBN"),
                (".", ".", "PUNCT", 2, "punct", ".")])
    [q] = find_quotes(doc, [])
    assert q.content.text == "the plan has failed"


def test_a_report_inside_a_wh_clause_does_not_end_what_was_said():
    doc = _doc([("The", "the", "DET", 1, "det", "DT"),
                ("mayor", "mayor", "NOUN", 2, "nsubj", "NN"),
                ("said", "say", "VERB", 2, "ROOT", "VBD"),
                ("voters", "voter", "NOUN", 4, "nsubj", "NNS"),
                ("chose", "choose", "VERB", 2, "ccomp", "VBD"),
                ("what", "what", "PRON", 8, "nsubj", "WP"),
                ("they", "they", "PRON", 7, "nsubj", "PRP"),
                ("believe", "believe", "VERB", 4, "ccomp", "VBP"),
                ("is", "be", "AUX", 7, "ccomp", "VBZ"),
                ("a", "a", "DET", 11, "det", "DT"),
                ("fair", "fair", "ADJ", 11, "amod", "JJ"),
                ("plan", "plan", "NOUN", 8, "attr", "NN"),
                (".", ".", "PUNCT", 2, "punct", ".")])
    said = [q for q in find_quotes(doc, []) if q.cue.text == "said"]
    assert [q.content.text for q in said] == ["voters chose what they believe is a fair plan"]


def test_a_reporting_clause_after_a_comma_still_ends_what_was_said():
    # "..., the agency reported": the outlet's clause the parser hung inside the reported one
    doc = _doc([("The", "the", "DET", 1, "det", "DT"),
                ("mayor", "mayor", "NOUN", 2, "nsubj", "NN"),
                ("said", "say", "VERB", 2, "ROOT", "VBD"),
                ("the", "the", "DET", 4, "det", "DT"),
                ("port", "port", "NOUN", 5, "nsubj", "NN"),
                ("reopened", "reopen", "VERB", 2, "ccomp", "VBD"),
                (",", ",", "PUNCT", 9, "punct", ","),
                ("the", "the", "DET", 8, "det", "DT"),
                ("agency", "agency", "NOUN", 9, "nsubj", "NN"),
                ("reported", "report", "VERB", 5, "parataxis", "VBD"),
                (".", ".", "PUNCT", 2, "punct", ".")])
    said = [q for q in find_quotes(doc, []) if q.cue.text == "said"]
    assert [q.content.text for q in said] == ["the port reopened"]


#: "The mayor said the port was “ready": the opening both quotation tests below build on.
_SAID_READY = [("The", "the", "DET", 1, "det", "DT"),
               ("mayor", "mayor", "NOUN", 2, "nsubj", "NN"),
               ("said", "say", "VERB", 2, "ROOT", "VBD"),
               ("the", "the", "DET", 4, "det", "DT"),
               ("port", "port", "NOUN", 5, "nsubj", "NN"),
               ("was", "be", "AUX", 2, "ccomp", "VBD"),
               ("“", "“", "PUNCT", 7, "punct", "``"),
               ("ready", "ready", "ADJ", 5, "acomp", "JJ")]


def _ready(after: list[tuple[str, str, str, int, str, str]]) -> Doc:
    """ "The mayor said the port was “ready,” but <after>." with <after> hung on "said" (its
    heads count from 0 at "but")."""
    rows = _SAID_READY + [(",", ",", "PUNCT", 5, "punct", ","),
                          ("”", "”", "PUNCT", 5, "punct", "''"),
                          ("but", "but", "CCONJ", 2, "cc", "CC")]
    rows += [(w, lemma, pos, head + 10, dep, tag) for w, lemma, pos, head, dep, tag in after]
    return _doc(rows + [(".", ".", "PUNCT", 2, "punct", ".")])


def test_a_conjunction_after_a_quote_closing_with_a_comma_carries_the_reported_clause_on():
    doc = _ready([("the", "the", "DET", 2, "det", "DT"),
                  ("bridge", "bridge", "NOUN", 3, "nsubj", "NN"),
                  ("needs", "need", "VERB", -8, "conj", "VBZ"),
                  ("work", "work", "NOUN", 3, "dobj", "NN")])
    [q] = find_quotes(doc, [])
    assert (q.kind, q.clause.text) == ("mixed", "the port was “ready,” but the bridge needs work")


def test_the_writer_going_on_about_the_speaker_after_the_quote_is_left_out():
    doc = _ready([("he", "he", "PRON", 2, "nsubj", "PRP"),
                  ("left", "leave", "VERB", -8, "conj", "VBD")])
    [q] = find_quotes(doc, [])
    assert (q.kind, q.clause.text) == ("mixed", "the port was “ready,”")


def test_words_between_a_mixed_quote_and_its_continuation_are_part_of_the_reported_clause():
    doc = _doc([("The", "the", "DET", 1, "det", "DT"),
                ("mayor", "mayor", "NOUN", 2, "nsubj", "NN"),
                ("said", "say", "VERB", 2, "ROOT", "VBD"),
                ("the", "the", "DET", 4, "det", "DT"),
                ("goal", "goal", "NOUN", 5, "nsubj", "NN"),
                ("was", "be", "AUX", 2, "ccomp", "VBD"),
                ("not", "not", "PART", 5, "neg", "RB"),
                ("to", "to", "PART", 9, "aux", "TO"),
                ("“", "“", "PUNCT", 9, "punct", "``"),
                ("fix", "fix", "VERB", 5, "xcomp", "VB"),
                ("the", "the", "DET", 12, "det", "DT"),
                ("old", "old", "ADJ", 12, "amod", "JJ"),
                ("port", "port", "NOUN", 9, "dobj", "NN"),
                ("”", "”", "PUNCT", 9, "punct", "''"),
                ("but", "but", "CCONJ", 2, "cc", "CC"),
                ("to", "to", "PART", 17, "aux", "TO"),
                ("“", "“", "PUNCT", 17, "punct", "``"),
                ("rebuild", "rebuild", "VERB", 2, "conj", "VB"),
                ("the", "the", "DET", 20, "det", "DT"),
                ("old", "old", "ADJ", 20, "amod", "JJ"),
                ("port", "port", "NOUN", 17, "dobj", "NN"),
                (".", ".", "PUNCT", 2, "punct", "."),
                ("”", "”", "PUNCT", 2, "punct", "''")])
    mixed = [q for q in find_quotes(doc, []) if q.kind == "mixed"]
    clause = "the goal was not to “fix the old port” but to “rebuild the old port.”"
    assert [q.clause.text for q in mixed] == [clause]


def test_a_participle_of_saying_after_a_comma_is_the_speakers_next_report():
    # the parser hangs "noting" on the reported clause's verb
    doc = _doc([("The", "the", "DET", 1, "det", "DT"),
                ("mayor", "mayor", "NOUN", 2, "nsubj", "NN"),
                ("said", "say", "VERB", 2, "ROOT", "VBD"),
                ("the", "the", "DET", 4, "det", "DT"),
                ("port", "port", "NOUN", 6, "nsubj", "NN"),
                ("would", "would", "AUX", 6, "aux", "MD"),
                ("reopen", "reopen", "VERB", 2, "ccomp", "VB"),
                (",", ",", "PUNCT", 6, "punct", ","),
                ("noting", "note", "VERB", 6, "advcl", "VBG"),
                ("that", "that", "SCONJ", 12, "mark", "IN"),
                ("the", "the", "DET", 11, "det", "DT"),
                ("bridge", "bridge", "NOUN", 12, "nsubj", "NN"),
                ("was", "be", "AUX", 8, "ccomp", "VBD"),
                ("safe", "safe", "ADJ", 12, "acomp", "JJ"),
                (".", ".", "PUNCT", 2, "punct", ".")])
    found = {q.cue.text: (q.source.text, q.content.text) for q in find_quotes(doc, [])}
    assert found == {"said": ("The mayor", "the port would reopen"),
                     "noting": ("The mayor", "that the bridge was safe")}


def test_a_stance_participle_after_a_comma_is_the_speakers_next_act_too():
    doc = _doc([("The", "the", "DET", 1, "det", "DT"),
                ("mayor", "mayor", "NOUN", 2, "nsubj", "NN"),
                ("said", "say", "VERB", 2, "ROOT", "VBD"),
                ("the", "the", "DET", 4, "det", "DT"),
                ("port", "port", "NOUN", 6, "nsubj", "NN"),
                ("would", "would", "AUX", 6, "aux", "MD"),
                ("reopen", "reopen", "VERB", 2, "ccomp", "VB"),
                (",", ",", "PUNCT", 6, "punct", ","),
                ("praising", "praise", "VERB", 6, "advcl", "VBG"),
                ("the", "the", "DET", 10, "det", "DT"),
                ("crew", "crew", "NOUN", 8, "dobj", "NN"),
                (".", ".", "PUNCT", 2, "punct", ".")])
    found = {q.cue.text: (q.source.text, q.content.text) for q in find_quotes(doc, [])}
    assert found == {"said": ("The mayor", "the port would reopen"), "praising": ("The mayor", "the crew")}


def _veto(verb: str, tag: str) -> Doc:
    """ "The mayor said he would veto the bill, which <verb> the House." """
    return _doc([("The", "the", "DET", 1, "det", "DT"),
                 ("mayor", "mayor", "NOUN", 2, "nsubj", "NN"),
                 ("said", "say", "VERB", 2, "ROOT", "VBD"),
                 ("he", "he", "PRON", 5, "nsubj", "PRP"),
                 ("would", "would", "AUX", 5, "aux", "MD"),
                 ("veto", "veto", "VERB", 2, "ccomp", "VB"),
                 ("the", "the", "DET", 7, "det", "DT"),
                 ("bill", "bill", "NOUN", 5, "dobj", "NN"),
                 (",", ",", "PUNCT", 7, "punct", ","),
                 ("which", "which", "PRON", 10, "nsubj", "WDT"),
                 (verb, verb, "VERB", 7, "relcl", tag),
                 ("the", "the", "DET", 12, "det", "DT"),
                 ("House", "House", "PROPN", 10, "dobj", "NNP"),
                 (".", ".", "PUNCT", 2, "punct", ".")])


def test_a_past_which_clause_ending_the_reported_clause_is_the_writers_aside():
    [q] = find_quotes(_veto("passed", "VBD"), [])
    assert (q.cue.text, q.content.text) == ("said", "he would veto the bill")


def test_a_present_which_clause_ending_the_reported_clause_stays_in_the_content():
    [q] = find_quotes(_veto("divides", "VBZ"), [])
    assert q.content.text == "he would veto the bill, which divides the House"


def _hurt(name: tuple[str, str, str], has: str = "has") -> Doc:
    """ "Analysts said it hurt <name>, who has staked much." """
    word, pos, tag = name
    return _doc([("Analysts", "analyst", "NOUN", 1, "nsubj", "NNS"),
                 ("said", "say", "VERB", 1, "ROOT", "VBD"),
                 ("it", "it", "PRON", 3, "nsubj", "PRP"),
                 ("hurt", "hurt", "VERB", 1, "ccomp", "VBD"),
                 (word, word.lower() if pos != "PROPN" else word, pos, 3, "dobj", tag),
                 (",", ",", "PUNCT", 4, "punct", ","),
                 ("who", "who", "PRON", 8, "nsubj", "WP"),
                 (has, "have", "AUX", 8, "aux", "VBZ" if has == "has" else "VBP"),
                 ("staked", "stake", "VERB", 4, "relcl", "VBN"),
                 ("much", "much", "ADJ", 8, "dobj", "JJ"),
                 (".", ".", "PUNCT", 1, "punct", ".")])


def test_a_present_perfect_who_clause_on_a_common_noun_stays_in_the_content():
    [q] = find_quotes(_hurt(("farmers", "NOUN", "NNS"), "have"), [])
    assert q.content.text == "it hurt farmers, who have staked much"


def test_a_who_clause_on_a_proper_name_is_the_writers_aside_whatever_its_tense():
    [q] = find_quotes(_hurt(("Park", "PROPN", "NNP")), [])
    assert q.content.text == "it hurt Park"


def test_a_conjunction_left_dangling_at_the_end_of_the_reported_clause_is_dropped():
    # the parser hangs "and" on "reopened" but its conjunct "thanked" on "said"
    doc = _doc([("The", "the", "DET", 1, "det", "DT"),
                ("mayor", "mayor", "NOUN", 2, "nsubj", "NN"),
                ("said", "say", "VERB", 2, "ROOT", "VBD"),
                ("the", "the", "DET", 4, "det", "DT"),
                ("port", "port", "NOUN", 5, "nsubj", "NN"),
                ("reopened", "reopen", "VERB", 2, "ccomp", "VBD"),
                (",", ",", "PUNCT", 5, "punct", ","),
                ("and", "and", "CCONJ", 5, "cc", "CC"),
                ("thanked", "thank", "VERB", 2, "conj", "VBD"),
                ("the", "the", "DET", 10, "det", "DT"),
                ("crew", "crew", "NOUN", 8, "dobj", "NN"),
                (".", ".", "PUNCT", 2, "punct", ".")])
    said = [q for q in find_quotes(doc, []) if q.cue.text == "said"]
    assert [q.content.text for q in said] == ["the port reopened"]


def _waving(comma: bool) -> Doc:
    """ "The mayor said the port was “ready to reopen[,]” waving at the crowd." with the
    participle hung on "was" (inside the reported clause)."""
    rows = _SAID_READY + [("to", "to", "PART", 9, "aux", "TO"),
                          ("reopen", "reopen", "VERB", 7, "xcomp", "VB")]
    if comma:
        rows.append((",", ",", "PUNCT", 5, "punct", ","))
    n = len(rows)
    rows += [("”", "”", "PUNCT", 5, "punct", "''"),
             ("waving", "wave", "VERB", 5, "advcl", "VBG"),
             ("at", "at", "ADP", n + 1, "prep", "IN"),
             ("the", "the", "DET", n + 4, "det", "DT"),
             ("crowd", "crowd", "NOUN", n + 2, "pobj", "NN"),
             (".", ".", "PUNCT", 2, "punct", ".")]
    return _doc(rows)


def test_a_participle_after_a_quotation_closing_with_a_comma_ends_the_mixed_quotes_clause():
    [q] = find_quotes(_waving(comma=True), [])
    assert (q.kind, q.clause.text) == ("mixed", "the port was “ready to reopen,”")


def test_a_participle_after_a_quotation_closing_without_a_comma_stays_in_the_clause():
    [q] = find_quotes(_waving(comma=False), [])
    assert (q.kind, q.clause.text) == ("mixed", "the port was “ready to reopen” waving at the crowd")


def _depot(det: str, clause: bool) -> Doc:
    """ "Unions said the council would close the depot, <det> step (that costs jobs)." """
    rows = [("Unions", "union", "NOUN", 1, "nsubj", "NNS"),
            ("said", "say", "VERB", 1, "ROOT", "VBD"),
            ("the", "the", "DET", 3, "det", "DT"),
            ("council", "council", "NOUN", 5, "nsubj", "NN"),
            ("would", "would", "AUX", 5, "aux", "MD"),
            ("close", "close", "VERB", 1, "ccomp", "VB"),
            ("the", "the", "DET", 7, "det", "DT"),
            ("depot", "depot", "NOUN", 5, "dobj", "NN"),
            (",", ",", "PUNCT", 7, "punct", ","),
            (det, det.lower(), "DET", 10, "det", "DT"),
            ("step", "step", "NOUN", 7, "appos", "NN")]
    if clause:
        rows += [("that", "that", "PRON", 12, "nsubj", "WDT"),
                 ("costs", "cost", "VERB", 10, "relcl", "VBZ"),
                 ("jobs", "job", "NOUN", 12, "dobj", "NNS")]
    return _doc(rows + [(".", ".", "PUNCT", 1, "punct", ".")])


def test_an_indefinite_appositive_with_its_own_clause_ending_the_content_is_the_writers_summary():
    [q] = find_quotes(_depot("a", True), [])
    assert q.content.text == "the council would close the depot"


def test_a_definite_or_bare_appositive_ending_the_content_stays_in_it():
    [q] = find_quotes(_depot("the", True), [])
    assert q.content.text == "the council would close the depot, the step that costs jobs"
    [q] = find_quotes(_depot("a", False), [])
    assert q.content.text == "the council would close the depot, a step"


def test_a_quotation_in_a_participle_clause_of_saying_is_the_participles_not_the_verb_above():
    # "Okafor continued on Monday, saying that the “harbour fee” came from the council."
    doc = _doc([("Okafor", "Okafor", "PROPN", 1, "nsubj", "NNP"),
                ("continued", "continue", "VERB", 1, "ROOT", "VBD"),
                ("on", "on", "ADP", 1, "prep", "IN"),
                ("Monday", "Monday", "PROPN", 2, "pobj", "NNP"),
                (",", ",", "PUNCT", 1, "punct", ","),
                ("saying", "say", "VERB", 1, "advcl", "VBG"),
                ("that", "that", "SCONJ", 12, "mark", "IN"),
                ("the", "the", "DET", 10, "det", "DT"),
                ("“", "“", "PUNCT", 10, "punct", "``"),
                ("harbour", "harbour", "NOUN", 10, "compound", "NN"),
                ("fee", "fee", "NOUN", 12, "nsubj", "NN"),
                ("”", "”", "PUNCT", 10, "punct", "''"),
                ("came", "come", "VERB", 5, "ccomp", "VBD"),
                ("from", "from", "ADP", 12, "prep", "IN"),
                ("the", "the", "DET", 15, "det", "DT"),
                ("council", "council", "NOUN", 13, "pobj", "NN"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    [q] = find_quotes(doc, [])
    assert q.cue.text == "saying"
    assert (q.clause or q.content).text == "that the “harbour fee” came from the council"


def test_a_reported_clause_ending_inside_a_quotation_runs_to_the_quotations_end():
    # the parser closes the sentence at the full stop inside the second quotation
    doc = _doc([("The", "the", "DET", 1, "det", "DT"),
                ("mayor", "mayor", "NOUN", 2, "nsubj", "NN"),
                ("said", "say", "VERB", 2, "ROOT", "VBD"),
                ("the", "the", "DET", 4, "det", "DT"),
                ("pier", "pier", "NOUN", 6, "nsubj", "NN"),
                ("“", "“", "PUNCT", 6, "punct", "``"),
                ("is", "be", "AUX", 2, "ccomp", "VBZ"),
                ("safe", "safe", "ADJ", 6, "acomp", "JJ"),
                ("”", "”", "PUNCT", 6, "punct", "''"),
                ("and", "and", "CCONJ", 6, "cc", "CC"),
                ("“", "“", "PUNCT", 12, "punct", "``"),
                ("will", "will", "AUX", 12, "aux", "MD"),
                ("reopen", "reopen", "VERB", 6, "conj", "VB"),
                ("soon", "soon", "ADV", 12, "advmod", "RB"),
                (".", ".", "PUNCT", 2, "punct", "."),
                ("Boats", "boat", "NOUN", 17, "nsubj", "NNS"),
                ("are", "be", "AUX", 17, "aux", "VBP"),
                ("waiting", "wait", "VERB", 17, "ROOT", "VBG"),
                (".", ".", "PUNCT", 17, "punct", "."),
                ("”", "”", "PUNCT", 17, "punct", "''")])
    [q] = find_quotes(doc, [])
    assert q.clause.text == "the pier “is safe” and “will reopen soon. Boats are waiting.”"
