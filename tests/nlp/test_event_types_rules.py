"""Which type a found event takes, on hand-built parses of invented sentences: the thing an act
is done to, the clause it sits in and who does it decide between readings of one word."""

from __future__ import annotations

from parses import tagged_doc as _doc


def _triggers(doc):
    from newsdesk.nlp.events._participants import Resolver
    from newsdesk.nlp.events._triggers import find_triggers

    return find_triggers(doc, Resolver(doc, doc.text, [], []))


def _release_of(word: str, lemma: str):
    # "The release of the <word> followed"
    return _doc(["The", "release", "of", "the", word, "followed"], [1, 5, 1, 4, 2, 5],
                ["det", "nsubj", "prep", "det", "pobj", "ROOT"],
                ["DET", "NOUN", "ADP", "DET", "NOUN", "VERB"], ["DT", "NN", "IN", "DT", "NNS", "VBD"],
                ["the", "release", "of", "the", lemma, "follow"])


def test_parse_the_release_of_people_is_a_retreat_the_release_of_papers_is_not():
    assert [(t.type, t.token.lower_) for t in _triggers(_release_of("hostages", "hostage"))] == [
        ("RETREAT", "release")]
    assert [t for t in _triggers(_release_of("letters", "letter")) if t.type == "RETREAT"] == []
