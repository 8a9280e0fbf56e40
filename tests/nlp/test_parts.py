"""Cutting long texts into parts: paragraph breaks first, then sentence ends, then whitespace."""

from __future__ import annotations

import pytest

from newsdesk.models import Article, Section
from newsdesk.nlp.parts import part_article, split_parts


def _check(text: str, size: int) -> list[str]:
    """The parts' texts, after checking each fits, they are in order and no word is lost."""
    parts = split_parts(text, size)
    assert all(0 <= a < b <= len(text) and b - a <= size for a, b in parts)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(parts, parts[1:], strict=False))
    covered = {i for a, b in parts for i in range(a, b)}
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())
    return [text[a:b] for a, b in parts]


def test_a_short_text_is_one_part():
    assert split_parts("One paragraph.\n\nAnother.", 100) == [(0, 24)]
    assert split_parts("", 100) == [(0, 0)]


def test_parts_are_runs_of_whole_paragraphs():
    paras = [f"Paragraph {i} says something about the harbour." for i in range(12)]
    texts = _check("\n\n".join(paras), 120)
    assert len(texts) > 1
    for t in texts:
        assert all(p in paras for p in t.split("\n\n"))


def test_a_giant_paragraph_is_cut_after_sentence_ends():
    sentences = [f"The council met for the {i}th time, \u201cand it went well.\u201d" for i in range(30)]
    texts = _check(" ".join(sentences), 200)
    assert len(texts) > 1
    assert all(t.endswith("\u201d") for t in texts)  # the closing quote stays with its sentence


def test_a_sentence_without_ends_is_cut_at_whitespace():
    text = " ".join(f"word{i}" for i in range(200))
    texts = _check(text, 50)
    assert all(w.startswith("word") for t in texts for w in t.split(" "))


def test_a_run_without_whitespace_is_cut_blindly():
    assert _check("x" * 250, 100) == ["x" * 100, "x" * 100, "x" * 50]


def test_mixed_breaks_keep_every_word():
    text = "Short one.\n\n" + "A long sentence " * 40 + "ends here. Then more.\n \n\nLast paragraph."
    _check(text, 60)


def test_a_part_size_must_be_positive():
    with pytest.raises(ValueError, match="positive"):
        split_parts("text", 0)


def test_a_part_article_keeps_its_sections_and_date():
    text = "Headline\n\nFirst paragraph.\n\nSecond paragraph."
    art = Article(text=text, published="2024-05-16", wire="AFP", sections=[
        Section("headline", 0, 8), Section("paragraph", 10, 26), Section("paragraph", 28, 45)])
    part = part_article(art, 10, 45)
    assert part.text == "First paragraph.\n\nSecond paragraph."
    assert [(s.kind, part.text[s.start:s.end]) for s in part.sections] == [
        ("paragraph", "First paragraph."), ("paragraph", "Second paragraph.")]
    assert part.published == "2024-05-16" and part.wire is None
