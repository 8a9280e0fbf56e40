"""Every entity records the rule that found it; checked on hand-built parses (no model)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.models import Analysis, Article, Entity, Event, Quote, Span, TimeExpression
from newsdesk.nlp.analyze import RULE_WIRE, _add_wire, _rule
from newsdesk.nlp.identity import cluster_others
from newsdesk.nlp.mentions import collect_mentions
from newsdesk.nlp.merge import merge_parts
from parses import entity_doc as _doc


def _rules(doc: Doc) -> dict[str, tuple[str, str]]:
    return {m.text: (m.label, m.rule) for m in collect_mentions(doc)}


def test_model_entities_carry_their_label() -> None:
    doc = _doc(["Ada", "Lund", "visited", "Oslo", "."], ["PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
               ["B-PERSON", "I-PERSON", "O", "B-GPE", "O"])
    assert _rules(doc) == {"Ada Lund": ("PERSON", "entity.ner.person"), "Oslo": ("GPE", "entity.ner.gpe")}


def test_country_list_and_honorific_retypes_are_named() -> None:
    doc = _doc(["Bahrain", "thanked", "Mr", "Lavrov", "."], ["PROPN", "VERB", "PROPN", "PROPN", "PUNCT"],
               ["B-PERSON", "O", "B-ORG", "I-ORG", "O"])
    assert _rules(doc) == {"Bahrain": ("GPE", "entity.country-list"),
                           "Lavrov": ("PERSON", "entity.honorific-retype")}


def test_rule_found_names_the_model_missed() -> None:
    # "Ms Vik" untagged by the model: honorific + name; "Lund" alone after "Ada Lund": a propagated name
    words = ["Ada", "Lund", "met", "Ms", "Vik", ".", "Lund", "left", "."]
    doc = _doc(words, ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"],
               ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"])
    assert _rules(doc) == {"Ada Lund": ("PERSON", "entity.ner.person"),
                           "Vik": ("PERSON", "entity.honorific-name"),
                           "Lund": ("PERSON", "entity.propagated-name")}


def test_entity_rule_prefers_the_model_entity_of_its_type() -> None:
    doc = _doc(["Oslo", "and", "Bergen", "met", "Oslo", "."],
               ["PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "PUNCT"],
               ["B-GPE", "O", "B-GPE", "O", "B-GPE", "O"])
    clusters = cluster_others(collect_mentions(doc))
    assert {c.canonical: _rule(c) for c in clusters} == {"Oslo": "entity.ner.gpe", "Bergen": "entity.ner.gpe"}


def test_wire_credit_entity_is_named_and_merge_keeps_rules() -> None:
    entities: list[Entity] = []
    _add_wire(entities, "BLOOMBERG")
    assert [(e.canonical, e.rule) for e in entities] == [("Bloomberg", RULE_WIRE)]
    text = "Oslo.\n\nOslo."
    oslo = Entity(1, "GPE", "Oslo", rule="entity.ner.gpe")
    part = Analysis(Article(text[:5]), [oslo], [], [], [], "v", "m")
    merged = merge_parts(Article(text), [(0, part), (7, part)])
    assert [e.rule for e in merged.entities] == ["entity.ner.gpe"]


def test_json_shows_rule_for_every_kind_of_fact() -> None:
    text = "Oslo said it would talk on Monday."
    whole = Span(0, len(text), text)
    analysis = Analysis(
        Article(text), [Entity(1, "GPE", "Oslo", rule="entity.ner.gpe")],
        [Quote(1, Span(0, 4, "Oslo"), Span(5, 9, "said"), Span(10, 33, text[10:33]), "indirect",
               rule="quote.indirect")],
        [TimeExpression(1, 27, 33, "Monday", "DATE", "2024-05-13", "published", rule="timex.weekday")],
        [Event(1, "CONSULT", Span(22, 26, "talk"), whole, rule="event.verb.talk")], "v", "m")
    data = analysis.to_dict()
    assert [data[k][0]["rule"] for k in ("entities", "quotes", "times", "events")] == [
        "entity.ner.gpe", "quote.indirect", "timex.weekday", "event.verb.talk"]
