"""Walks up a parse end: at the root, after their step bound, and on a malformed head cycle.

spaCy makes a new Token object on each access, so a climb that compares tokens with ``is``
never meets the root it waits for. The Docs here are built by hand (no model): a head cycle
is something ``Doc(heads=...)`` accepts, so every climb must survive one.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from builders import paragraphs
from newsdesk.nlp import analyze
from newsdesk.nlp.heads import climb, is_root, up_from
from newsdesk.nlp.quotes._frames import subject_of
from newsdesk.nlp.timex._tense import verb_tense


def _doc(words: list[str], heads: list[int], deps: list[str], **kw: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, **kw)


def test_climb_goes_to_the_root_and_stops():
    # "officials said talks ended": ended -> said (root)
    doc = _doc(["officials", "said", "talks", "ended"], [1, 1, 3, 1], ["nsubj", "ROOT", "nsubj", "ccomp"])
    assert [t.i for t in climb(doc[2])] == [3, 1]
    assert [t.i for t in up_from(doc[2])] == [2, 3, 1]
    assert list(climb(doc[1])) == []
    assert is_root(doc[1]) and not is_root(doc[3])


def test_climb_respects_its_step_limit():
    doc = _doc(["a", "b", "c", "d"], [1, 2, 3, 3], ["dep", "dep", "dep", "ROOT"])
    assert [t.i for t in climb(doc[0], 2)] == [1, 2]
    assert [t.i for t in up_from(doc[0], 0)] == [0]


def test_climb_ends_on_a_head_cycle():
    doc = _doc(["a", "b", "c"], [1, 2, 0], ["dep", "dep", "dep"])
    assert [t.head.i for t in doc] == [1, 2, 0]  # spaCy keeps the cycle
    assert [t.i for t in climb(doc[0])] == [1, 2]


def test_rules_that_climb_end_on_a_head_cycle():
    # two infinitives each governed by the other: the tense and the speaker slot climb
    # "to the verb above" and used to recurse until RecursionError
    doc = _doc(["go", "run"], [1, 0], ["xcomp", "xcomp"], tags=["VB", "VB"], pos=["VERB", "VERB"])
    assert verb_tense(doc[0]) is None
    assert subject_of(doc[0]) is None


@pytest.mark.slow
def test_a_root_infinitive_after_a_paragraph_does_not_recurse(nlp):
    # "How to vote" parses with the infinitive as its own head; its tense climbed for ever
    art = paragraphs("Officials spoke about the plan in Washington for a long time.",
                     "How to vote on Tuesday.", published="2018-05-31")
    analysis = analyze(art, nlp)
    tuesday = next(t for t in analysis.times if t.text == "Tuesday")
    assert tuesday.value is not None
