"""Where attribution spans begin and end (PolNeAR's conventions), on hand-built parses (no
model needed)."""

from spacy.tokens import Doc

from newsdesk.nlp.quotes import find_quotes
from parses import rows_doc


def _doc(rows: list[tuple[str, str, str, int, str, str]]) -> Doc:
    return rows_doc(rows, spaces=True)


def test_a_direct_quote_after_said_alone_has_no_clause():
    doc = _doc([("She", "she", "PRON", 1, "nsubj", "PRP"),
                ("said", "say", "VERB", 1, "ROOT", "VBD"),
                (",", ",", "PUNCT", 1, "punct", ","),
                ("“", "“", "PUNCT", 6, "punct", "``"),
                ("we", "we", "PRON", 6, "nsubj", "PRP"),
                ("will", "will", "AUX", 6, "aux", "MD"),
                ("win", "win", "VERB", 1, "ccomp", "VB"),
                (".", ".", "PUNCT", 1, "punct", "."),
                ("”", "”", "PUNCT", 1, "punct", "''")])
    [q] = find_quotes(doc, [])
    assert (q.kind, q.content.text, q.clause) == ("direct", "we will win", None)


def _official(verb: str, lemma: str, words: list[tuple[str, str, int, str]]) -> Doc:
    """ "The official, who <verb> <words>, said the talks failed." (word heads count from 5)"""
    n = len(words)
    said = 6 + n
    rows = [("The", "the", "DET", 1, "det", "DT"),
            ("official", "official", "NOUN", said, "nsubj", "NN"),
            (",", ",", "PUNCT", 1, "punct", ","),
            ("who", "who", "PRON", 4, "nsubj", "WP"),
            (verb, lemma, "VERB", 1, "relcl", "VBD")]
    rows += [(w, w.lower(), pos, head, dep, "NN") for w, pos, head, dep in words]
    rows += [(",", ",", "PUNCT", 1, "punct", ","),
             ("said", "say", "VERB", said, "ROOT", "VBD"),
             ("the", "the", "DET", said + 2, "det", "DT"),
             ("talks", "talk", "NOUN", said + 3, "nsubj", "NNS"),
             ("failed", "fail", "VERB", said, "ccomp", "VBD"),
             (".", ".", "PUNCT", said, "punct", ".")]
    return _doc(rows)


def test_a_who_clause_about_speaking_anonymously_is_left_out_of_the_source():
    doc = _official("spoke", "speak", [("on", "ADP", 4, "prep"), ("condition", "NOUN", 5, "pobj"),
                                       ("of", "ADP", 6, "prep"), ("anonymity", "NOUN", 7, "pobj")])
    [q] = find_quotes(doc, [])
    assert (q.source.text, q.cue.text, q.content.text) == ("The official", "said", "the talks failed")


def test_a_who_clause_describing_the_source_stays_in_it():
    doc = _official("runs", "run", [("the", "DET", 6, "det"), ("port", "NOUN", 4, "dobj")])
    [q] = find_quotes(doc, [])
    assert (q.source.text, q.content.text) == ("The official, who runs the port", "the talks failed")


def _named_again(earlier: str) -> Doc:
    """ "<earlier> won. Okafor, who runs the mill, said the plan failed." """
    return _doc([(earlier, earlier, "PROPN", 1, "nsubj", "NNP"),
                 ("won", "win", "VERB", 1, "ROOT", "VBD"),
                 (".", ".", "PUNCT", 1, "punct", "."),
                 ("Okafor", "Okafor", "PROPN", 10, "nsubj", "NNP"),
                 (",", ",", "PUNCT", 3, "punct", ","),
                 ("who", "who", "PRON", 6, "nsubj", "WP"),
                 ("runs", "run", "VERB", 3, "relcl", "VBZ"),
                 ("the", "the", "DET", 8, "det", "DT"),
                 ("mill", "mill", "NOUN", 6, "dobj", "NN"),
                 (",", ",", "PUNCT", 3, "punct", ","),
                 ("said", "say", "VERB", 10, "ROOT", "VBD"),
                 ("the", "the", "DET", 12, "det", "DT"),
                 ("plan", "plan", "NOUN", 13, "nsubj", "NN"),
                 ("failed", "fail", "VERB", 10, "ccomp", "VBD"),
                 (".", ".", "PUNCT", 10, "punct", ".")])


def test_a_relative_clause_on_a_name_met_before_is_left_out_of_the_source():
    [q] = find_quotes(_named_again("Okafor"), [])
    assert (q.source.text, q.cue.text, q.content.text) == ("Okafor", "said", "the plan failed")


def test_a_relative_clause_on_a_name_met_for_the_first_time_stays_in_the_source():
    [q] = find_quotes(_named_again("Bello"), [])
    assert q.source.text == "Okafor, who runs the mill"


def test_a_verb_of_phase_governing_the_cue_is_part_of_it():
    doc = _doc([("She", "she", "PRON", 1, "nsubj", "PRP"),
                ("went", "go", "VERB", 1, "ROOT", "VBD"),
                ("on", "on", "ADP", 1, "prt", "RP"),
                ("to", "to", "PART", 4, "aux", "TO"),
                ("say", "say", "VERB", 1, "xcomp", "VB"),
                ("that", "that", "SCONJ", 8, "mark", "IN"),
                ("the", "the", "DET", 7, "det", "DT"),
                ("plan", "plan", "NOUN", 8, "nsubj", "NN"),
                ("failed", "fail", "VERB", 4, "ccomp", "VBD"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    [q] = find_quotes(doc, [])
    assert (q.source.text, q.cue.text, q.content.text) == ("She", "went on to say", "that the plan failed")


def test_a_verb_of_wanting_governing_the_cue_joins_it():
    doc = _doc([("She", "she", "PRON", 1, "nsubj", "PRP"),
                ("wanted", "want", "VERB", 1, "ROOT", "VBD"),
                ("to", "to", "PART", 3, "aux", "TO"),
                ("say", "say", "VERB", 1, "xcomp", "VB"),
                ("that", "that", "SCONJ", 7, "mark", "IN"),
                ("the", "the", "DET", 6, "det", "DT"),
                ("plan", "plan", "NOUN", 7, "nsubj", "NN"),
                ("failed", "fail", "VERB", 3, "ccomp", "VBD"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    said = [q for q in find_quotes(doc, []) if q.content.text == "that the plan failed"]
    assert [q.cue.text for q in said] == ["wanted to say"]


def test_a_subject_control_predicate_over_an_infinitive_cue_joins_it():
    seemed = _doc([("Mr", "mr", "PROPN", 1, "compound", "NNP"),
                   ("Okafor", "okafor", "PROPN", 2, "nsubj", "NNP"),
                   ("seemed", "seem", "VERB", 2, "ROOT", "VBD"),
                   ("to", "to", "PART", 4, "aux", "TO"),
                   ("suggest", "suggest", "VERB", 2, "xcomp", "VB"),
                   ("that", "that", "SCONJ", 8, "mark", "IN"),
                   ("the", "the", "DET", 7, "det", "DT"),
                   ("bridge", "bridge", "NOUN", 8, "nsubj", "NN"),
                   ("cracked", "crack", "VERB", 4, "ccomp", "VBD"),
                   (".", ".", "PUNCT", 2, "punct", ".")])
    led = _doc([("It", "it", "PRON", 1, "nsubj", "PRP"),
                ("led", "lead", "VERB", 1, "ROOT", "VBD"),
                ("her", "she", "PRON", 1, "dobj", "PRP"),
                ("to", "to", "PART", 4, "aux", "TO"),
                ("say", "say", "VERB", 1, "xcomp", "VB"),
                ("that", "that", "SCONJ", 8, "mark", "IN"),
                ("the", "the", "DET", 7, "det", "DT"),
                ("bridge", "bridge", "NOUN", 8, "nsubj", "NN"),
                ("cracked", "crack", "VERB", 4, "ccomp", "VBD"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    for doc, cue in ((seemed, "seemed to suggest"), (led, "to say")):
        said = [q for q in find_quotes(doc, []) if q.content.text == "that the bridge cracked"]
        assert [q.cue.text for q in said] == [cue]


def test_an_adverb_of_manner_after_the_cue_is_part_of_it():
    doc = _doc([("“", "“", "PUNCT", 2, "punct", "``"),
                ("We", "we", "PRON", 2, "nsubj", "PRP"),
                ("won", "win", "VERB", 6, "ccomp", "VBD"),
                (",", ",", "PUNCT", 2, "punct", ","),
                ("”", "”", "PUNCT", 2, "punct", "''"),
                ("she", "she", "PRON", 6, "nsubj", "PRP"),
                ("said", "say", "VERB", 6, "ROOT", "VBD"),
                ("proudly", "proudly", "ADV", 6, "advmod", "RB"),
                (".", ".", "PUNCT", 6, "punct", ".")])
    [q] = find_quotes(doc, [])
    assert (q.source.text, q.cue.text, q.content.text) == ("she", "said proudly", "We won")


def test_a_particle_preposition_after_a_manner_adverb_stays_in_the_cue():
    doc = _doc([("She", "she", "PRON", 1, "nsubj", "PRP"),
                ("spoke", "speak", "VERB", 1, "ROOT", "VBD"),
                ("warmly", "warmly", "ADV", 1, "advmod", "RB"),
                ("of", "of", "ADP", 1, "prep", "IN"),
                ("the", "the", "DET", 6, "det", "DT"),
                ("new", "new", "ADJ", 6, "amod", "JJ"),
                ("plan", "plan", "NOUN", 3, "pobj", "NN"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    [q] = find_quotes(doc, [])
    assert (q.source.text, q.cue.text, q.content.text) == ("She", "spoke warmly of", "the new plan")


def test_a_dated_phrase_between_the_cue_and_its_clause_is_left_out_of_the_cue():
    doc = _doc([("She", "she", "PRON", 1, "nsubj", "PRP"),
                ("said", "say", "VERB", 1, "ROOT", "VBD"),
                ("on", "on", "ADP", 1, "prep", "IN"),
                ("Tuesday", "Tuesday", "PROPN", 2, "pobj", "NNP"),
                ("that", "that", "SCONJ", 7, "mark", "IN"),
                ("the", "the", "DET", 6, "det", "DT"),
                ("plan", "plan", "NOUN", 7, "nsubj", "NN"),
                ("failed", "fail", "VERB", 1, "ccomp", "VBD"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    doc.ents = [doc.char_span(doc[3].idx, doc[3].idx + len("Tuesday"), label="DATE")]
    [q] = find_quotes(doc, [])
    assert (q.source.text, q.cue.text, q.content.text) == ("She", "said", "that the plan failed")


def test_the_issuer_of_a_statement_is_the_source_when_saying_hangs_on_the_statement():
    # the parser's usual reading: "saying" modifies "statement", which then looks like the speaker
    doc = _doc([("The", "the", "DET", 1, "det", "DT"),
                ("mayor", "mayor", "NOUN", 2, "nsubj", "NN"),
                ("issued", "issue", "VERB", 2, "ROOT", "VBD"),
                ("a", "a", "DET", 4, "det", "DT"),
                ("statement", "statement", "NOUN", 2, "dobj", "NN"),
                ("saying", "say", "VERB", 4, "acl", "VBG"),
                ("taxes", "tax", "NOUN", 7, "nsubj", "NNS"),
                ("rise", "rise", "VERB", 5, "ccomp", "VBP"),
                (".", ".", "PUNCT", 2, "punct", ".")])
    [q] = find_quotes(doc, [])
    got = (q.source.text, q.cue.text, q.content.text)
    assert got == ("The mayor", "issued a statement saying", "taxes rise")


def _subject_then_said(subject: list[tuple[str, str, str, int, str, str]]) -> Doc:
    """ "<subject> said the talks failed." with the subject's rows given (heads may point at
    ``said``, which comes right after them)."""
    said = len(subject)
    return _doc(subject + [("said", "say", "VERB", said, "ROOT", "VBD"),
                           ("the", "the", "DET", said + 2, "det", "DT"),
                           ("talks", "talk", "NOUN", said + 3, "nsubj", "NNS"),
                           ("failed", "fail", "VERB", said, "ccomp", "VBD"),
                           (".", ".", "PUNCT", said, "punct", ".")])


def test_a_floating_quantifier_closing_the_subject_is_left_out_of_the_source():
    doc = _subject_then_said([("Ann", "Ann", "PROPN", 4, "nsubj", "NNP"),
                              ("and", "and", "CCONJ", 0, "cc", "CC"),
                              ("Bo", "Bo", "PROPN", 0, "conj", "NNP"),
                              ("both", "both", "PRON", 0, "appos", "DT")])
    [q] = find_quotes(doc, [])
    assert (q.source.text, q.cue.text) == ("Ann and Bo", "said")


def test_a_weekday_or_an_interview_after_the_subject_is_left_out_of_the_source():
    on_tuesday = [("The", "the", "DET", 1, "det", "DT"),
                  ("mayor", "mayor", "NOUN", 4, "nsubj", "NN"),
                  ("on", "on", "ADP", 1, "prep", "IN"),
                  ("Tuesday", "Tuesday", "PROPN", 2, "pobj", "NNP")]
    in_interview = [("The", "the", "DET", 1, "det", "DT"),
                    ("mayor", "mayor", "NOUN", 5, "nsubj", "NN"),
                    ("in", "in", "ADP", 1, "prep", "IN"),
                    ("an", "an", "DET", 4, "det", "DT"),
                    ("interview", "interview", "NOUN", 2, "pobj", "NN")]
    for rows in (on_tuesday, in_interview):
        [q] = find_quotes(_subject_then_said(rows), [])
        assert (q.source.text, q.content.text) == ("The mayor", "the talks failed")


def test_along_with_after_the_subject_joins_the_source():
    doc = _subject_then_said([("Ann", "Ann", "PROPN", 7, "nsubj", "NNP"),
                              (",", ",", "PUNCT", 7, "punct", ","),
                              ("along", "along", "ADP", 7, "prep", "IN"),
                              ("with", "with", "ADP", 2, "prep", "IN"),
                              ("her", "her", "PRON", 5, "poss", "PRP$"),
                              ("lawyer", "lawyer", "NOUN", 3, "pobj", "NN"),
                              (",", ",", "PUNCT", 7, "punct", ",")])
    [q] = find_quotes(doc, [])
    assert (q.source.text, q.cue.text, q.content.text) == ("Ann, along with her lawyer", "said",
                                                          "the talks failed")


def test_a_polls_date_hung_on_the_verb_joins_the_source():
    doc = _doc([("A", "a", "DET", 1, "det", "DT"),
                ("poll", "poll", "NOUN", 4, "nsubj", "NN"),
                ("last", "last", "ADJ", 3, "amod", "JJ"),
                ("week", "week", "NOUN", 4, "npadvmod", "NN"),
                ("found", "find", "VERB", 4, "ROOT", "VBD"),
                ("that", "that", "SCONJ", 7, "mark", "IN"),
                ("Ann", "Ann", "PROPN", 7, "nsubj", "NNP"),
                ("leads", "lead", "VERB", 4, "ccomp", "VBZ"),
                (".", ".", "PUNCT", 4, "punct", ".")])
    for i in (2, 3):
        doc[i].ent_type_ = "DATE"
    [q] = find_quotes(doc, [])
    assert (q.source.text, q.cue.text, q.content.text) == ("A poll last week", "found", "that Ann leads")


def _began_by(verb: str, lemma: str) -> Doc:
    """ "She <verb> by saying that the plan failed." """
    return _doc([("She", "she", "PRON", 1, "nsubj", "PRP"),
                 (verb, lemma, "VERB", 1, "ROOT", "VBD"),
                 ("by", "by", "ADP", 1, "prep", "IN"),
                 ("saying", "say", "VERB", 2, "pcomp", "VBG"),
                 ("that", "that", "SCONJ", 7, "mark", "IN"),
                 ("the", "the", "DET", 6, "det", "DT"),
                 ("plan", "plan", "NOUN", 7, "nsubj", "NN"),
                 ("failed", "fail", "VERB", 3, "ccomp", "VBD"),
                 (".", ".", "PUNCT", 1, "punct", ".")])


def test_a_verb_of_phase_or_reply_before_by_and_a_gerund_cue_joins_it():
    for verb, lemma, cue in (("began", "begin", "began by saying"), ("replied", "reply", "replied by saying"),
                             ("profited", "profit", "saying")):
        quotes = find_quotes(_began_by(verb, lemma), [])
        assert [q.cue.text for q in quotes if q.content.text == "that the plan failed"] == [cue]


def test_a_cue_verb_answered_by_a_gerund_cue_is_one_cue_with_it():
    # the reply verb is a cue of its own: without the rule it takes the quotation ("saying ...")
    doc = _doc([("She", "she", "PRON", 1, "nsubj", "PRP"),
                ("responded", "respond", "VERB", 1, "ROOT", "VBD"),
                ("by", "by", "ADP", 1, "prep", "IN"),
                ("saying", "say", "VERB", 2, "pcomp", "VBG"),
                ("the", "the", "DET", 5, "det", "DT"),
                ("plan", "plan", "NOUN", 6, "nsubj", "NN"),
                ("was", "be", "AUX", 3, "ccomp", "VBD"),
                ("“", "“", "PUNCT", 9, "punct", "``"),
                ("a", "a", "DET", 9, "det", "DT"),
                ("mistake", "mistake", "NOUN", 6, "attr", "NN"),
                ("”", "”", "PUNCT", 9, "punct", "''"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    said = [(q.cue.text, (q.clause or q.content).text) for q in find_quotes(doc, [])]
    assert said == [("responded by saying", "the plan was “a mistake”")]


def test_a_cue_in_a_that_clause_on_an_object_takes_the_governing_subject():
    """ "Vance released a video that says the mayor lied." """
    doc = _doc([("Vance", "Vance", "PROPN", 1, "nsubj", "NNP"),
                ("released", "release", "VERB", 1, "ROOT", "VBD"),
                ("a", "a", "DET", 3, "det", "DT"),
                ("video", "video", "NOUN", 1, "dobj", "NN"),
                ("that", "that", "PRON", 5, "nsubj", "WDT"),
                ("says", "say", "VERB", 3, "relcl", "VBZ"),
                ("the", "the", "DET", 7, "det", "DT"),
                ("mayor", "mayor", "NOUN", 8, "nsubj", "NN"),
                ("lied", "lie", "VERB", 5, "ccomp", "VBD"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    [q] = find_quotes(doc, [])
    assert (q.source.text, q.content.text) == ("Vance", "the mayor lied")
