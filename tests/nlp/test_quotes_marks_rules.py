"""Quotation marks and cue words meeting the attribution rules, on hand-built parses (no model
needed)."""

from spacy.tokens import Doc

from newsdesk.nlp.quotes import find_quotes
from parses import rows_doc


def _doc(rows: list[tuple[str, str, str, int, str, str]]) -> Doc:
    return rows_doc(rows, spaces=True)


def test_a_quoted_question_after_said_is_what_was_said():
    # "said why ..." unquoted is no statement; "said, “Why ...?”" quotes a question
    doc = _doc([("She", "she", "PRON", 1, "nsubj", "PRP"),
                ("said", "say", "VERB", 1, "ROOT", "VBD"),
                (",", ",", "PUNCT", 1, "punct", ","),
                ("“", "“", "PUNCT", 1, "punct", "``"),
                ("why", "why", "SCONJ", 7, "advmod", "WRB"),
                ("would", "would", "AUX", 7, "aux", "MD"),
                ("we", "we", "PRON", 7, "nsubj", "PRP"),
                ("wait", "wait", "VERB", 1, "ccomp", "VB"),
                ("?", "?", "PUNCT", 1, "punct", "."),
                ("”", "”", "PUNCT", 1, "punct", "''")])
    [q] = find_quotes(doc, [])
    assert (q.source.text, q.cue.text, q.content.text) == ("She", "said", "why would we wait?")


def test_an_unquoted_wh_clause_under_a_refusal_is_no_answer_but_the_refusal_is_reported():
    # "She declined to say why we wait": the question is not answered (a quoted one would be);
    # the refusal is the attribution, with the whole infinitive as its content
    doc = _doc([("She", "she", "PRON", 1, "nsubj", "PRP"),
                ("declined", "decline", "VERB", 1, "ROOT", "VBD"),
                ("to", "to", "PART", 3, "aux", "TO"),
                ("say", "say", "VERB", 1, "xcomp", "VB"),
                ("why", "why", "SCONJ", 6, "advmod", "WRB"),
                ("we", "we", "PRON", 6, "nsubj", "PRP"),
                ("wait", "wait", "VERB", 3, "ccomp", "VBP"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    [q] = find_quotes(doc, [])
    got = (q.source.text, q.cue.text, q.content.text, q.rule)
    assert got == ("She", "declined", "to say why we wait", "quote.indirect.belief.refusal")


def test_a_quote_before_told_is_direct_and_the_object_is_the_hearer():
    # "“We will win the race!” he told the crowd": not a mixed quote whose clause is "the crowd"
    doc = _doc([("“", "“", "PUNCT", 9, "punct", "``"),
                ("We", "we", "PRON", 3, "nsubj", "PRP"),
                ("will", "will", "AUX", 3, "aux", "MD"),
                ("win", "win", "VERB", 9, "parataxis", "VB"),
                ("the", "the", "DET", 5, "det", "DT"),
                ("race", "race", "NOUN", 3, "dobj", "NN"),
                ("!", "!", "PUNCT", 3, "punct", "."),
                ("”", "”", "PUNCT", 9, "punct", "''"),
                ("he", "he", "PRON", 9, "nsubj", "PRP"),
                ("told", "tell", "VERB", 9, "ROOT", "VBD"),
                ("the", "the", "DET", 11, "det", "DT"),
                ("crowd", "crowd", "NOUN", 9, "dobj", "NN"),
                (".", ".", "PUNCT", 9, "punct", ".")])
    [q] = find_quotes(doc, [])
    got = (q.kind, q.source.text, q.cue.text, q.content.text)
    assert got == ("direct", "he", "told", "We will win the race!")
    assert q.clause is None


def test_a_lead_in_before_a_colon_is_not_part_of_the_quote():
    # the parser hangs "Talk turned to money" on "said" after the quotation
    doc = _doc([("Talk", "talk", "NOUN", 1, "nsubj", "NN"),
                ("turned", "turn", "VERB", 13, "ccomp", "VBD"),
                ("to", "to", "ADP", 1, "prep", "IN"),
                ("money", "money", "NOUN", 2, "pobj", "NN"),
                (":", ":", "PUNCT", 1, "punct", ":"),
                ("“", "“", "PUNCT", 8, "punct", "``"),
                ("It", "it", "PRON", 8, "nsubj", "PRP"),
                ("never", "never", "ADV", 8, "neg", "RB"),
                ("stops", "stop", "VERB", 1, "parataxis", "VBZ"),
                ("here", "here", "ADV", 8, "advmod", "RB"),
                (",", ",", "PUNCT", 13, "punct", ","),
                ("”", "”", "PUNCT", 13, "punct", "''"),
                ("he", "he", "PRON", 13, "nsubj", "PRP"),
                ("said", "say", "VERB", 13, "ROOT", "VBD"),
                (".", ".", "PUNCT", 13, "punct", ".")])
    [q] = find_quotes(doc, [])
    got = (q.kind, q.source.text, q.cue.text, q.content.text)
    assert got == ("direct", "he", "said", "It never stops here")
    assert q.clause is None


def test_a_quote_whose_opening_mark_ends_the_sentence_before_goes_on_from_the_last_quote():
    # "“Taxes rise again,” he said, criticizing the plan. “Nobody wants that.”" with the second
    # opening mark parsed onto the first sentence: "criticizing" is not its cue
    doc = _doc([("“", "“", "PUNCT", 7, "punct", "``"),
                ("Taxes", "tax", "NOUN", 2, "nsubj", "NNS"),
                ("rise", "rise", "VERB", 7, "ccomp", "VBP"),
                ("again", "again", "ADV", 2, "advmod", "RB"),
                (",", ",", "PUNCT", 7, "punct", ","),
                ("”", "”", "PUNCT", 7, "punct", "''"),
                ("he", "he", "PRON", 7, "nsubj", "PRP"),
                ("said", "say", "VERB", 7, "ROOT", "VBD"),
                (",", ",", "PUNCT", 7, "punct", ","),
                ("criticizing", "criticize", "VERB", 7, "advcl", "VBG"),
                ("the", "the", "DET", 11, "det", "DT"),
                ("plan", "plan", "NOUN", 9, "dobj", "NN"),
                (".", ".", "PUNCT", 7, "punct", "."),
                ("“", "“", "PUNCT", 7, "punct", "``"),
                ("Nobody", "nobody", "PRON", 15, "nsubj", "NN"),
                ("wants", "want", "VERB", 15, "ROOT", "VBZ"),
                ("that", "that", "PRON", 15, "dobj", "DT"),
                (".", ".", "PUNCT", 15, "punct", "."),
                ("”", "”", "PUNCT", 15, "punct", "''")])
    quotes = find_quotes(doc, [])
    first = next(q for q in quotes if q.content.text == "Taxes rise again")
    second = next(q for q in quotes if q.content.text.startswith("Nobody wants that"))
    assert second.group == first.group
    assert (second.kind, second.source.text, second.cue.text) == ("direct", "he", "said")


def test_a_quoted_sentence_goes_on_from_a_mixed_quote_that_ends_its_clause():
    # 'Like most firms, “we check every gift,” he said. “We return the bad ones.”'
    doc = _doc([("Like", "like", "ADP", 6, "prep", "IN"),
                ("most", "most", "ADJ", 2, "amod", "JJS"),
                ("firms", "firm", "NOUN", 0, "pobj", "NNS"),
                (",", ",", "PUNCT", 6, "punct", ","),
                ("“", "“", "PUNCT", 6, "punct", "``"),
                ("we", "we", "PRON", 6, "nsubj", "PRP"),
                ("check", "check", "VERB", 12, "ccomp", "VBP"),
                ("every", "every", "DET", 8, "det", "DT"),
                ("gift", "gift", "NOUN", 6, "dobj", "NN"),
                (",", ",", "PUNCT", 12, "punct", ","),
                ("”", "”", "PUNCT", 12, "punct", "''"),
                ("he", "he", "PRON", 12, "nsubj", "PRP"),
                ("said", "say", "VERB", 12, "ROOT", "VBD"),
                (".", ".", "PUNCT", 12, "punct", "."),
                ("“", "“", "PUNCT", 16, "punct", "``"),
                ("We", "we", "PRON", 16, "nsubj", "PRP"),
                ("return", "return", "VERB", 16, "ROOT", "VBP"),
                ("the", "the", "DET", 19, "det", "DT"),
                ("bad", "bad", "ADJ", 19, "amod", "JJ"),
                ("ones", "one", "NOUN", 16, "dobj", "NNS"),
                (".", ".", "PUNCT", 16, "punct", "."),
                ("”", "”", "PUNCT", 16, "punct", "''")])
    quotes = find_quotes(doc, [])
    first = next(q for q in quotes if q.content.text == "we check every gift")
    second = next(q for q in quotes if q.content.text.startswith("We return"))
    assert first.kind == "mixed" and first.clause.text.startswith("Like most firms")
    assert second.group == first.group and second.source.text == "he"


def test_verbs_of_musing_and_scoffing_attribute_the_quote_before_them():
    for verb, lemma in (("mused", "muse"), ("scoffed", "scoff"), ("interjected", "interject")):
        doc = _doc([("“", "“", "PUNCT", 7, "punct", "``"),
                    ("The", "the", "DET", 2, "det", "DT"),
                    ("plan", "plan", "NOUN", 3, "nsubj", "NN"),
                    ("is", "be", "AUX", 7, "ccomp", "VBZ"),
                    ("odd", "odd", "ADJ", 3, "acomp", "JJ"),
                    (",", ",", "PUNCT", 7, "punct", ","),
                    ("”", "”", "PUNCT", 7, "punct", "''"),
                    (verb, lemma, "VERB", 7, "ROOT", "VBD"),
                    ("Ms", "Ms", "PROPN", 9, "compound", "NNP"),
                    ("Lund", "Lund", "PROPN", 7, "nsubj", "NNP"),
                    (".", ".", "PUNCT", 7, "punct", ".")])
        [q] = find_quotes(doc, [])
        got = (q.kind, q.source.text, q.cue.text, q.content.text)
        assert got == ("direct", "Ms Lund", verb, "The plan is odd")


def _said_lee(verb: str, lemma: str) -> Doc:
    """'“Taxes rise,” said Ann Lee, who <verb> that prices fell.' ('who <verb> jazz.' when
    ``verb`` is "likes")."""
    rows = [("“", "“", "PUNCT", 5, "punct", "``"),
            ("Taxes", "tax", "NOUN", 2, "nsubj", "NNS"),
            ("rise", "rise", "VERB", 5, "ccomp", "VBP"),
            (",", ",", "PUNCT", 5, "punct", ","),
            ("”", "”", "PUNCT", 5, "punct", "''"),
            ("said", "say", "VERB", 4, "ROOT", "VBD"),
            ("Ann", "Ann", "PROPN", 7, "compound", "NNP"),
            ("Lee", "Lee", "PROPN", 5, "nsubj", "NNP"),
            (",", ",", "PUNCT", 7, "punct", ","),
            ("who", "who", "PRON", 10, "nsubj", "WP"),
            (verb, lemma, "VERB", 7, "relcl", "VBD")]
    if lemma == "add":
        rows += [("that", "that", "SCONJ", 13, "mark", "IN"),
                 ("prices", "price", "NOUN", 13, "nsubj", "NNS"),
                 ("fell", "fall", "VERB", 10, "ccomp", "VBD")]
    else:
        rows += [("jazz", "jazz", "NOUN", 10, "dobj", "NN")]
    rows.append((".", ".", "PUNCT", 5, "punct", "."))
    return _doc(rows)


def test_a_who_clause_reporting_speech_of_its_own_is_not_part_of_the_source():
    quotes = find_quotes(_said_lee("added", "add"), [])
    said = next(q for q in quotes if q.cue.text == "said")
    assert said.source.text == "Ann Lee"
    quotes = find_quotes(_said_lee("likes", "like"), [])
    said = next(q for q in quotes if q.cue.text == "said")
    assert said.source.text == "Ann Lee, who likes jazz"


def test_a_participle_after_the_source_is_not_part_of_it():
    # "Ann Lee, speaking at a rally, said that taxes rise."
    doc = _doc([("Ann", "Ann", "PROPN", 1, "compound", "NNP"),
                ("Lee", "Lee", "PROPN", 7, "nsubj", "NNP"),
                (",", ",", "PUNCT", 1, "punct", ","),
                ("speaking", "speak", "VERB", 1, "acl", "VBG"),
                ("at", "at", "ADP", 3, "prep", "IN"),
                ("a", "a", "DET", 6, "det", "DT"),
                ("rally", "rally", "NOUN", 4, "pobj", "NN"),
                ("said", "say", "VERB", 7, "ROOT", "VBD"),
                ("that", "that", "SCONJ", 10, "mark", "IN"),
                ("taxes", "tax", "NOUN", 10, "nsubj", "NNS"),
                ("rise", "rise", "VERB", 7, "ccomp", "VBP"),
                (".", ".", "PUNCT", 7, "punct", ".")])
    said = next(q for q in find_quotes(doc, []) if q.cue.text == "said")
    assert (said.source.text, said.content.text) == ("Ann Lee", "that taxes rise")


def test_even_before_the_speaker_is_not_part_of_the_source():
    doc = _doc([("Even", "even", "ADV", 2, "advmod", "RB"),
                ("Ann", "Ann", "PROPN", 2, "compound", "NNP"),
                ("Lee", "Lee", "PROPN", 3, "nsubj", "NNP"),
                ("said", "say", "VERB", 3, "ROOT", "VBD"),
                ("that", "that", "SCONJ", 6, "mark", "IN"),
                ("taxes", "tax", "NOUN", 6, "nsubj", "NNS"),
                ("rise", "rise", "VERB", 3, "ccomp", "VBP"),
                (".", ".", "PUNCT", 3, "punct", ".")])
    [q] = find_quotes(doc, [])
    assert (q.source.text, q.cue.text, q.content.text) == ("Ann Lee", "said", "that taxes rise")


def test_issuing_a_statement_is_part_of_the_cue():
    # "The mayor released a statement saying that taxes rise."
    doc = _doc([("The", "the", "DET", 1, "det", "DT"),
                ("mayor", "mayor", "NOUN", 2, "nsubj", "NN"),
                ("released", "release", "VERB", 2, "ROOT", "VBD"),
                ("a", "a", "DET", 4, "det", "DT"),
                ("statement", "statement", "NOUN", 2, "dobj", "NN"),
                ("saying", "say", "VERB", 2, "advcl", "VBG"),
                ("that", "that", "SCONJ", 8, "mark", "IN"),
                ("taxes", "tax", "NOUN", 8, "nsubj", "NNS"),
                ("rise", "rise", "VERB", 5, "ccomp", "VBP"),
                (".", ".", "PUNCT", 2, "punct", ".")])
    [q] = find_quotes(doc, [])
    got = (q.source.text, q.cue.text, q.content.text)
    assert got == ("The mayor", "released a statement saying", "that taxes rise")


def test_said_that_before_a_quotation_makes_the_clause_the_content():
    # PolNeAR's content of "She said that “we will win.”" is the clause with "that"
    doc = _doc([("She", "she", "PRON", 1, "nsubj", "PRP"),
                ("said", "say", "VERB", 1, "ROOT", "VBD"),
                ("that", "that", "SCONJ", 6, "mark", "IN"),
                ("“", "“", "PUNCT", 6, "punct", "``"),
                ("we", "we", "PRON", 6, "nsubj", "PRP"),
                ("will", "will", "AUX", 6, "aux", "MD"),
                ("win", "win", "VERB", 1, "ccomp", "VB"),
                (".", ".", "PUNCT", 1, "punct", "."),
                ("”", "”", "PUNCT", 1, "punct", "''")])
    [q] = find_quotes(doc, [])
    assert (q.kind, q.source.text, q.cue.text, q.content.text) == ("mixed", "She", "said", "we will win")
    assert q.clause is not None and q.clause.text.startswith("that “we will win")


# 'Trump is a “team player,” Cole said': a mixed quote and its reporting clause
_TEAM_PLAYER_SAID = [
    ("Trump", "Trump", "PROPN", 1, "nsubj", "NNP"),
    ("is", "be", "AUX", 9, "ccomp", "VBZ"),
    ("a", "a", "DET", 5, "det", "DT"),
    ("“", "“", "PUNCT", 5, "punct", "``"),
    ("team", "team", "NOUN", 5, "compound", "NN"),
    ("player", "player", "NOUN", 1, "attr", "NN"),
    (",", ",", "PUNCT", 9, "punct", ","),
    ("”", "”", "PUNCT", 9, "punct", "''"),
    ("Cole", "Cole", "PROPN", 9, "nsubj", "NNP"),
    ("said", "say", "VERB", 9, "ROOT", "VBD"),
]


def _people_want_that_now(root: int) -> list[tuple[str, str, str, int, str, str]]:
    """The quoted sentence '“People want that now.”' with its verb at ``root``."""
    return [("“", "“", "PUNCT", root, "punct", "``"),
            ("People", "people", "NOUN", root, "nsubj", "NNS"),
            ("want", "want", "VERB", root, "ROOT", "VBP"),
            ("that", "that", "PRON", root, "dobj", "DT"),
            ("now", "now", "ADV", root, "advmod", "RB"),
            (".", ".", "PUNCT", root, "punct", "."),
            ("”", "”", "PUNCT", root, "punct", "''")]


def test_a_quotation_after_a_mixed_quote_and_its_cue_goes_on_with_it():
    # 'Trump is a “team player,” Cole said. “People want that now.”': one report around its cue
    doc = _doc(_TEAM_PLAYER_SAID + [(".", ".", "PUNCT", 9, "punct", ".")] + _people_want_that_now(13))
    first, second = find_quotes(doc, [])
    assert (first.kind, first.cue.text, first.clause.text) == ("mixed", "said", "Trump is a “team player,”")
    assert (second.kind, second.content.text, second.group) == ("direct", "People want that now", first.group)
    assert second.speaker == first.speaker and second.source.text == "Cole"


def test_a_quoted_object_ends_before_the_speakers_next_act():
    # 'He called the plan a “total disaster” and left the room': leaving is not what he said
    doc = _doc([("He", "he", "PRON", 1, "nsubj", "PRP"),
                ("called", "call", "VERB", 1, "ROOT", "VBD"),
                ("the", "the", "DET", 3, "det", "DT"),
                ("plan", "plan", "NOUN", 1, "dobj", "NN"),
                ("a", "a", "DET", 7, "det", "DT"),
                ("“", "“", "PUNCT", 7, "punct", "``"),
                ("total", "total", "ADJ", 7, "amod", "JJ"),
                ("disaster", "disaster", "NOUN", 1, "oprd", "NN"),
                ("”", "”", "PUNCT", 7, "punct", "''"),
                ("and", "and", "CCONJ", 1, "cc", "CC"),
                ("left", "leave", "VERB", 1, "conj", "VBD"),
                ("the", "the", "DET", 12, "det", "DT"),
                ("room", "room", "NOUN", 10, "dobj", "NN"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    [q] = find_quotes(doc, [])
    assert (q.kind, q.source.text, q.cue.text) == ("mixed", "He", "called")
    assert (q.content.text, q.clause.text) == ("total disaster", "the plan a “total disaster”")


def _while_doc(second: list[tuple[str, str, str, int, str, str]]) -> Doc:
    """'She said prices rose, while ...' with the while-clause on the reported verb."""
    return _doc([("She", "she", "PRON", 1, "nsubj", "PRP"),
                 ("said", "say", "VERB", 1, "ROOT", "VBD"),
                 ("prices", "price", "NOUN", 3, "nsubj", "NNS"),
                 ("rose", "rise", "VERB", 1, "ccomp", "VBD"),
                 (",", ",", "PUNCT", 3, "punct", ","),
                 ("while", "while", "SCONJ", 7, "mark", "IN"),
                 *second])


def test_a_while_clause_stays_in_the_reported_clause():
    # 'She said prices rose, while wages stayed flat': the contrast is hers
    doc = _while_doc([("wages", "wage", "NOUN", 7, "nsubj", "NNS"),
                      ("stayed", "stay", "VERB", 3, "advcl", "VBD"),
                      ("flat", "flat", "ADJ", 7, "acomp", "JJ"),
                      (".", ".", "PUNCT", 1, "punct", ".")])
    [q] = find_quotes(doc, [])
    assert (q.source.text, q.content.text) == ("She", "prices rose, while wages stayed flat")


def test_a_while_clause_with_its_own_report_is_left_out():
    # 'She said prices rose, while Smith said they fell': the writer sets two reports side by side
    doc = _while_doc([("Smith", "Smith", "PROPN", 7, "nsubj", "NNP"),
                      ("said", "say", "VERB", 3, "advcl", "VBD"),
                      ("they", "they", "PRON", 9, "nsubj", "PRP"),
                      ("fell", "fall", "VERB", 7, "ccomp", "VBD"),
                      (".", ".", "PUNCT", 1, "punct", ".")])
    got = {q.source.text: q.content.text for q in find_quotes(doc, [])}
    assert got == {"She": "prices rose", "Smith": "they fell"}


def test_a_quoted_title_in_the_reporting_clause_does_not_go_on_with_the_quote():
    # '“We will win this race,” he told ABC’s “This Week.”': the show's name is not his words
    doc = _doc([("“", "“", "PUNCT", 9, "punct", "``"),
                ("We", "we", "PRON", 3, "nsubj", "PRP"),
                ("will", "will", "AUX", 3, "aux", "MD"),
                ("win", "win", "VERB", 9, "ccomp", "VB"),
                ("this", "this", "DET", 5, "det", "DT"),
                ("race", "race", "NOUN", 3, "dobj", "NN"),
                (",", ",", "PUNCT", 9, "punct", ","),
                ("”", "”", "PUNCT", 9, "punct", "''"),
                ("he", "he", "PRON", 9, "nsubj", "PRP"),
                ("told", "tell", "VERB", 9, "ROOT", "VBD"),
                ("ABC", "ABC", "PROPN", 14, "poss", "NNP"),
                ("’s", "’s", "PART", 10, "case", "POS"),
                ("“", "“", "PUNCT", 14, "punct", "``"),
                ("This", "this", "DET", 14, "compound", "DT"),
                ("Week", "week", "PROPN", 9, "dobj", "NNP"),
                (".", ".", "PUNCT", 9, "punct", "."),
                ("”", "”", "PUNCT", 9, "punct", "''")])
    [q] = find_quotes(doc, [])
    got = (q.kind, q.source.text, q.cue.text, q.content.text)
    assert got == ("direct", "he", "told", "We will win this race")


def test_a_quoted_sentence_after_a_mixed_clause_and_its_cue_goes_on_with_it():
    # 'Smith felt a “real duty” on housing, Jones said. “This is basic stuff.”'
    doc = _doc([("Smith", "Smith", "PROPN", 1, "nsubj", "NNP"),
                ("felt", "feel", "VERB", 11, "ccomp", "VBD"),
                ("a", "a", "DET", 5, "det", "DT"),
                ("“", "“", "PUNCT", 5, "punct", "``"),
                ("real", "real", "ADJ", 5, "amod", "JJ"),
                ("duty", "duty", "NOUN", 1, "dobj", "NN"),
                ("”", "”", "PUNCT", 5, "punct", "''"),
                ("on", "on", "ADP", 1, "prep", "IN"),
                ("housing", "housing", "NOUN", 7, "pobj", "NN"),
                (",", ",", "PUNCT", 11, "punct", ","),
                ("Jones", "Jones", "PROPN", 11, "nsubj", "NNP"),
                ("said", "say", "VERB", 11, "ROOT", "VBD"),
                (".", ".", "PUNCT", 11, "punct", "."),
                ("“", "“", "PUNCT", 15, "punct", "``"),
                ("This", "this", "PRON", 15, "nsubj", "DT"),
                ("is", "be", "AUX", 15, "ROOT", "VBZ"),
                ("basic", "basic", "ADJ", 17, "amod", "JJ"),
                ("stuff", "stuff", "NOUN", 15, "attr", "NN"),
                (".", ".", "PUNCT", 15, "punct", "."),
                ("”", "”", "PUNCT", 15, "punct", "''")])
    first, second = find_quotes(doc, [])
    assert (first.kind, first.clause.text) == ("mixed", "Smith felt a “real duty” on housing")
    got = (second.content.text, second.group, second.source.text)
    assert got == ("This is basic stuff", first.group, "Jones")


def test_a_quotation_after_a_mixed_quote_and_a_longer_reporting_clause_goes_on_with_it():
    # 'Trump is a “team player,” Cole said in May. “People want that now.”'
    said_in_may = [("in", "in", "ADP", 9, "prep", "IN"), ("May", "May", "PROPN", 10, "pobj", "NNP"),
                   (".", ".", "PUNCT", 9, "punct", ".")]
    doc = _doc(_TEAM_PLAYER_SAID + said_in_may + _people_want_that_now(15))
    first, second = find_quotes(doc, [])
    assert (first.kind, second.content.text, second.group) == ("mixed", "People want that now", first.group)


def test_a_quoted_object_starts_after_the_verbs_preposition():
    # 'She responded to the claim that it was “a disaster”': "to" goes with the verb
    doc = _doc([("She", "she", "PRON", 1, "nsubj", "PRP"),
                ("responded", "respond", "VERB", 1, "ROOT", "VBD"),
                ("to", "to", "ADP", 1, "prep", "IN"),
                ("the", "the", "DET", 4, "det", "DT"),
                ("claim", "claim", "NOUN", 2, "pobj", "NN"),
                ("that", "that", "SCONJ", 7, "mark", "IN"),
                ("it", "it", "PRON", 7, "nsubj", "PRP"),
                ("was", "be", "AUX", 4, "acl", "VBD"),
                ("“", "“", "PUNCT", 10, "punct", "``"),
                ("a", "a", "DET", 10, "det", "DT"),
                ("disaster", "disaster", "NOUN", 7, "attr", "NN"),
                ("”", "”", "PUNCT", 10, "punct", "''"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    [q] = find_quotes(doc, [])
    assert (q.kind, q.cue.text, q.clause.text) == ("mixed", "responded", "the claim that it was “a disaster”")


def test_one_word_of_the_clause_before_the_quotation_makes_it_mixed():
    # 'He said Romero “has a plan of unity.”': the subject outside the marks is reported too
    doc = _doc([("He", "he", "PRON", 1, "nsubj", "PRP"),
                ("said", "say", "VERB", 1, "ROOT", "VBD"),
                ("Romero", "Romero", "PROPN", 4, "nsubj", "NNP"),
                ("“", "“", "PUNCT", 4, "punct", "``"),
                ("has", "have", "VERB", 1, "ccomp", "VBZ"),
                ("a", "a", "DET", 6, "det", "DT"),
                ("plan", "plan", "NOUN", 4, "dobj", "NN"),
                ("of", "of", "ADP", 6, "prep", "IN"),
                ("unity", "unity", "NOUN", 7, "pobj", "NN"),
                (".", ".", "PUNCT", 4, "punct", "."),
                ("”", "”", "PUNCT", 4, "punct", "''")])
    [q] = find_quotes(doc, [])
    assert (q.kind, q.source.text, q.content.text) == ("mixed", "He", "has a plan of unity")
    assert q.clause is not None and q.clause.text.startswith("Romero “has a plan of unity")


def test_a_reported_clause_keeps_typewriter_quotation_marks_at_its_edges():
    # He said `` we will win . '' : the doubled backtick and apostrophe are quotation marks, as
    # “ and ” are, so the clause keeps them; the full stop inside them is trimmed only at the end
    from newsdesk.nlp.quotes._frames import clause_range

    doc = rows_doc([("He", "he", "PRON", 1, "nsubj", "PRP"), ("said", "say", "VERB", 1, "ROOT", "VBD"),
                    ("``", "``", "PUNCT", 5, "punct", "``"), ("we", "we", "PRON", 5, "nsubj", "PRP"),
                    ("will", "will", "AUX", 5, "aux", "MD"), ("win", "win", "VERB", 1, "ccomp", "VB"),
                    ("''", "''", "PUNCT", 5, "punct", "''")])
    assert clause_range(doc[5]) == (2, 7)


def test_a_report_holding_another_speakers_quoted_words_still_stands():
    # "Ann said that she met him after what he called “a fine race.”": Ann's report of the whole
    # clause stands though a cue inside it ("he called") holds words of its own; the quotation
    # closing her clause is hers to report, as PolNeAR has it (the outer reporter)
    doc = _doc([("Ann", "Ann", "PROPN", 1, "nsubj", "NNP"),
                ("said", "say", "VERB", 1, "ROOT", "VBD"),
                ("that", "that", "SCONJ", 4, "mark", "IN"),
                ("she", "she", "PRON", 4, "nsubj", "PRP"),
                ("met", "meet", "VERB", 1, "ccomp", "VBD"),
                ("him", "he", "PRON", 4, "dobj", "PRP"),
                ("after", "after", "ADP", 4, "prep", "IN"),
                ("what", "what", "PRON", 9, "dobj", "WP"),
                ("he", "he", "PRON", 9, "nsubj", "PRP"),
                ("called", "call", "VERB", 6, "pcomp", "VBD"),
                ("“", "“", "PUNCT", 13, "punct", "``"),
                ("a", "a", "DET", 13, "det", "DT"),
                ("fine", "fine", "ADJ", 13, "amod", "JJ"),
                ("race", "race", "NOUN", 9, "oprd", "NN"),
                (".", ".", "PUNCT", 1, "punct", "."),
                ("”", "”", "PUNCT", 1, "punct", "''")])
    quotes = find_quotes(doc, [])
    assert [(q.source.text, q.cue.text) for q in quotes] == [("Ann", "said")]
    assert quotes[0].kind == "mixed" and quotes[0].content.text == "a fine race"
    assert quotes[0].clause is not None and quotes[0].clause.text.startswith("that she met him after")


def test_a_wire_dateline_before_the_subject_is_no_part_of_the_source():
    # "LONDON (Reuters) - Ann Lee said taxes would fall": the dateline says where the story
    # was filed; the parser may hang it on the subject
    doc = _doc([("LONDON", "London", "PROPN", 6, "npadvmod", "NNP"),
                ("(", "(", "PUNCT", 2, "punct", "-LRB-"),
                ("Reuters", "Reuters", "PROPN", 0, "appos", "NNP"),
                (")", ")", "PUNCT", 2, "punct", "-RRB-"),
                ("-", "-", "PUNCT", 6, "punct", ":"),
                ("Ann", "Ann", "PROPN", 6, "compound", "NNP"),
                ("Lee", "Lee", "PROPN", 7, "nsubj", "NNP"),
                ("said", "say", "VERB", 7, "ROOT", "VBD"),
                ("taxes", "tax", "NOUN", 10, "nsubj", "NNS"),
                ("would", "would", "AUX", 10, "aux", "MD"),
                ("fall", "fall", "VERB", 7, "ccomp", "VB"),
                (".", ".", "PUNCT", 7, "punct", ".")])
    [q] = find_quotes(doc, [])
    assert (q.source.text, q.cue.text, q.content.text) == ("Ann Lee", "said", "taxes would fall")


def test_any_cue_inverted_after_a_quotation_takes_the_noun_after_it_as_speaker():
    # "“We wait,” recalled the mayor": the parser makes the speaker the object of "recalled"
    doc = _doc([("“", "“", "PUNCT", 2, "punct", "``"),
                ("We", "we", "PRON", 2, "nsubj", "PRP"),
                ("wait", "wait", "VERB", 5, "ccomp", "VBP"),
                (",", ",", "PUNCT", 5, "punct", ","),
                ("”", "”", "PUNCT", 5, "punct", "''"),
                ("recalled", "recall", "VERB", 5, "ROOT", "VBD"),
                ("the", "the", "DET", 7, "det", "DT"),
                ("mayor", "mayor", "NOUN", 5, "dobj", "NN"),
                (".", ".", "PUNCT", 5, "punct", ".")])
    [q] = find_quotes(doc, [])
    got = (q.kind, q.source.text, q.cue.text, q.content.text)
    assert got == ("direct", "the mayor", "recalled", "We wait")


def test_a_long_sentence_opening_with_source_and_cue_attributes_the_quoted_sentence_before_it():
    # "“Stop now!” The mayor shouted from ..., waving ...": the parser cuts the quotation off as
    # a sentence of its own, and the reporting sentence runs on well past a short tag
    doc = _doc([("“", "“", "PUNCT", 1, "punct", "``"),
                ("Stop", "stop", "VERB", 1, "ROOT", "VB"),
                ("now", "now", "ADV", 1, "advmod", "RB"),
                ("!", "!", "PUNCT", 1, "punct", "."),
                ("”", "”", "PUNCT", 1, "punct", "''"),
                ("The", "the", "DET", 6, "det", "DT"),
                ("mayor", "mayor", "NOUN", 7, "nsubj", "NN"),
                ("shouted", "shout", "VERB", 7, "ROOT", "VBD"),
                ("from", "from", "ADP", 7, "prep", "IN"),
                ("the", "the", "DET", 11, "det", "DT"),
                ("old", "old", "ADJ", 11, "amod", "JJ"),
                ("stage", "stage", "NOUN", 8, "pobj", "NN"),
                ("in", "in", "ADP", 11, "prep", "IN"),
                ("the", "the", "DET", 15, "det", "DT"),
                ("town", "town", "NOUN", 15, "compound", "NN"),
                ("square", "square", "NOUN", 12, "pobj", "NN"),
                (",", ",", "PUNCT", 7, "punct", ","),
                ("waving", "wave", "VERB", 7, "advcl", "VBG"),
                ("both", "both", "DET", 19, "det", "DT"),
                ("arms", "arm", "NOUN", 17, "dobj", "NNS"),
                ("at", "at", "ADP", 17, "prep", "IN"),
                ("the", "the", "DET", 22, "det", "DT"),
                ("crowd", "crowd", "NOUN", 20, "pobj", "NN"),
                (".", ".", "PUNCT", 7, "punct", ".")])
    quotes = [q for q in find_quotes(doc, []) if q.kind == "direct"]
    assert [(q.source.text, q.cue.text, q.content.text.strip("“”!")) for q in quotes] == [
        ("The mayor", "shouted", "Stop now")]
