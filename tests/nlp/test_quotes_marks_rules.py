"""Quotation marks meeting the cue rules, on hand-built parses (no model needed)."""

import spacy
from spacy.tokens import Doc

from newsdesk.nlp.quotes import find_quotes

_VOCAB = spacy.blank("en").vocab


def _doc(rows: list[tuple[str, str, str, int, str, str]]) -> Doc:
    """Rows of (word, lemma, pos, head index, dep, tag), English spacing around punctuation."""
    words, lemmas, pos, heads, deps, tags = zip(*rows, strict=True)
    gaps = [not (w == "“" or (i + 1 < len(words) and words[i + 1] in (",", ".", "?", "”")))
            for i, w in enumerate(words)]
    return Doc(_VOCAB, words=list(words), spaces=gaps, lemmas=list(lemmas), pos=list(pos),
               heads=list(heads), deps=list(deps), tags=list(tags))


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


def test_an_unquoted_wh_clause_after_said_is_still_no_attribution():
    doc = _doc([("She", "she", "PRON", 1, "nsubj", "PRP"),
                ("said", "say", "VERB", 1, "ROOT", "VBD"),
                ("why", "why", "SCONJ", 4, "advmod", "WRB"),
                ("we", "we", "PRON", 4, "nsubj", "PRP"),
                ("wait", "wait", "VERB", 1, "ccomp", "VBP"),
                (".", ".", "PUNCT", 1, "punct", ".")])
    assert find_quotes(doc, []) == []
