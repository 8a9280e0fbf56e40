"""``ents_within`` gives what ``span.ents`` gives, reading only the span (hand-built Doc, no model)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsdesk.nlp.mentions import ents_within

WORDS = ["Mayor", "Helen", "Carter", "of", "New", "York", "met", "Acme", "Corp", "staff"]
ENTS = ["O", "B-PERSON", "I-PERSON", "O", "B-GPE", "I-GPE", "O", "B-ORG", "I-ORG", "O"]


def test_every_span_has_the_entities_spacy_gives():
    doc = Doc(Vocab(), words=WORDS, ents=ENTS)
    for a in range(len(doc)):
        for b in range(a + 1, len(doc) + 1):
            span = doc[a:b]
            want = [(e.start, e.end, e.label_) for e in span.ents]
            assert [(e.start, e.end, e.label_) for e in ents_within(span)] == want, (a, b)


def test_entities_cut_by_the_span_are_left_out():
    doc = Doc(Vocab(), words=WORDS, ents=ENTS)
    assert [e.text for e in ents_within(doc[0:5])] == ["Helen Carter"]  # "New" alone is not New York
    assert [e.text for e in ents_within(doc[2:9])] == ["New York", "Acme Corp"]  # "Carter" alone is not
    assert [e.text for e in ents_within(doc[7:])] == ["Acme Corp"]
