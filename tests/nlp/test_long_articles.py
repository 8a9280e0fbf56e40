"""Long articles are analysed in parts and merged: nothing fails, every offset holds.

The texts are generated here. The model tests use a small part size so that a short
article spans several parts; the article over spaCy's 1,000,000-character limit runs on a
blank English pipeline with a name ruler (tokenising a megabyte takes seconds, parsing it
a minute), which exercises the same splitting and merging.
"""

from __future__ import annotations

import itertools

import pytest
import spacy

import newsdesk.nlp.model  # noqa: F401  (registers the newsdesk_paragraphs component)
from builders import paragraphs
from newsdesk.models import Analysis, Article, Section
from newsdesk.nlp import analyze, analyze_many
from newsdesk.nlp.parts import split_parts

pytestmark = pytest.mark.slow

_FIRST = ["Amir", "Grace", "Tomas", "Leila", "Victor", "Noor", "Pavel", "Ines", "Kofi", "Marta"]
_LAST = ["Okafor", "Lindqvist", "Moreau", "Haddad", "Novak", "Petrov", "Castillo", "Brennan"]
_THINGS = ["rail link", "water plant", "harbour wall", "hospital wing", "bridge", "school"]
_TOWNS = ["Eastbridge", "Marlow", "Norhaven", "Alderton", "Whitecliff", "Redmoor"]
OPENING = ("Mayor Helen Carter of Portville said on Tuesday that the council had approved the "
           "new ferry terminal.")
MIDDLE = "Helen Carter met the harbour board in Portville on Thursday to discuss the ferry terminal."
CLOSING = "\u201cThe terminal will open in June,\u201d Helen Carter told reporters on Wednesday."


def _filler(n: int) -> list[str]:
    """``n`` distinct paragraphs about other people (never Carter)."""
    out = []
    for i, (first, last, thing, town) in enumerate(itertools.product(_FIRST, _LAST, _THINGS, _TOWNS)):
        if i == n:
            break
        if i % 2:
            out.append(f"{first} {last} said the {thing} in {town} would cost {i + 3} million dollars.")
        else:
            out.append(f"The plan for the {thing} in {town} was discussed at meeting number {i + 7}.")
    return out


def _offsets_hold(a: Analysis) -> None:
    text = a.article.text
    spans = [(m.start, m.end, m.text) for e in a.entities for m in e.mentions]
    spans += [(t.start, t.end, t.text) for t in a.times]
    for q in a.quotes:
        spans += [(s.start, s.end, s.text) for s in (q.content, q.cue, q.source, q.clause) if s is not None]
    for ev in a.events:
        spans += [(s.start, s.end, s.text) for s in (ev.trigger, ev.evidence)]
        spans += [(p.start, p.end, p.name) for p in ev.actors + ev.recipients if p.entity_id is None]
    bad = [(s, e, t, text[s:e]) for s, e, t in spans if text[s:e] != t]
    assert not bad, bad[:5]
    for e in a.entities:
        for r in e.roles:
            assert 0 <= r.start <= r.end <= len(text)
    ids = {e.id for e in a.entities}
    assert [e.id for e in a.entities] == list(range(1, len(a.entities) + 1))
    assert all(q.speaker_id is None or q.speaker_id in ids for q in a.quotes)
    people = [p for ev in a.events for p in ev.actors + ev.recipients]
    assert all(p.entity_id is None or p.entity_id in ids for p in people)


SIZE = 1_000


@pytest.fixture(scope="module")
def long_article() -> Article:
    filler = _filler(48)  # ~75 characters each: parts of ~13 paragraphs
    return paragraphs(OPENING, *filler[:24], MIDDLE, *filler[24:], CLOSING, published="2024-05-16")


def test_an_article_spanning_parts_is_one_analysis(nlp, long_article):
    parts = split_parts(long_article.text, SIZE)
    assert len(parts) >= 4
    a = analyze(long_article, nlp, part_chars=SIZE)
    _offsets_hold(a)
    carter = [e for e in a.entities if e.canonical == "Helen Carter"]
    assert len(carter) == 1, [e.canonical for e in a.entities]
    where = {next(i for i, (s, e) in enumerate(parts) if s <= m.start < e) for m in carter[0].mentions}
    assert {0, 2, len(parts) - 1} == where  # named in parts 1, 3 and the last, not in part 2
    assert [r.title for r in carter[0].roles] == ["Mayor"]
    quote = next(q for q in a.quotes if q.content.text.startswith("The terminal will open"))
    assert quote.speaker_id == carter[0].id and quote.content.start > parts[-1][0]
    assert [t.id for t in a.times] == list(range(1, len(a.times) + 1))
    assert any(t.text == "Wednesday" and t.start > parts[-1][0] and t.value for t in a.times)


def test_analyze_many_routes_long_articles_in_order(nlp, long_article):
    short = paragraphs(OPENING, published="2024-05-16")
    other = paragraphs(CLOSING, published="2024-05-16")
    batch = list(analyze_many([short, long_article, other, short], nlp, part_chars=SIZE))
    assert [a.article.text for a in batch] == [short.text, long_article.text, other.text, short.text]
    assert batch[1].to_dict() == analyze(long_article, nlp, part_chars=SIZE).to_dict()
    assert batch[0].to_dict() == analyze(short, nlp).to_dict() == batch[3].to_dict()


def test_the_wire_credit_is_added_once(nlp, long_article):
    art = Article(text=long_article.text, sections=long_article.sections, wire="REUTERS",
                  published=long_article.published)
    a = analyze(art, nlp, part_chars=SIZE)
    assert [e.canonical for e in a.entities].count("Reuters") == 1


def test_an_article_over_a_million_characters(long_article):
    nlp = spacy.blank("en")
    nlp.add_pipe("newsdesk_paragraphs")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": "Helen Carter"}])
    filler = _filler(400)
    body = [OPENING]
    while sum(len(p) + 2 for p in body) < 1_050_000:
        body.extend(filler)
    text = "\n\n".join(["Councils approve new works", *body, CLOSING])
    art = Article(text=text, published="2024-05-16", sections=[Section("headline", 0, 26)])
    assert len(text) > nlp.max_length
    a = analyze(art, nlp)
    _offsets_hold(a)
    carter = [e for e in a.entities if e.canonical == "Helen Carter"]
    assert len(carter) == 1 and len(carter[0].mentions) == 2
    assert carter[0].mentions[-1].start > len(text) - len(CLOSING)
