"""The loaded pipeline: blank lines end sentences, single line breaks do not."""

import pytest


@pytest.mark.slow
def test_a_blank_line_ends_a_sentence_and_a_wrapped_line_does_not(nlp):
    doc = nlp("Minister says talks positive\n\nThe minister met her counterpart to settle\nthe dispute.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["Minister says talks positive",
                     "The minister met her counterpart to settle\nthe dispute."]
