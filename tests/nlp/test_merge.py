"""Merging part analyses: offsets shifted, one entity per name, ids renumbered and remapped.

The analyses are built by hand (no model), so this checks the bookkeeping alone.
"""

from __future__ import annotations

import pytest

from newsdesk.models import (
    Analysis,
    Article,
    Entity,
    Event,
    Mention,
    Participant,
    Quote,
    Role,
    Span,
    TimeExpression,
)
from newsdesk.nlp.merge import merge_parts

ONE = "Mayor Ada Lund met Tor Vik on Monday."
TWO = "\u201cWe agreed,\u201d Lund said of Oslo. They meet again on Friday, a day later."
TEXT = f"{ONE}\n\n{TWO}"
AT = len(ONE) + 2  # where the second part starts


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words)


def _mention(text: str, words: str, kind: str = "name") -> Mention:
    s = _span(text, words)
    return Mention(s.start, s.end, words, kind)  # type: ignore[arg-type]


def _who(text: str, words: str, eid: int | None) -> Participant:
    s = _span(text, words)
    return Participant(words, s.start, s.end, eid)


def _part_one() -> Analysis:
    lund = Entity(1, "PERSON", "Ada Lund", [_mention(ONE, "Ada Lund")],
                  [Role("Mayor", 0, 5, "premodifier")])
    vik = Entity(2, "PERSON", "Tor Vik", [_mention(ONE, "Tor Vik")])
    monday = TimeExpression(1, *_pos(ONE, "Monday"), "Monday", "DATE", "2024-05-13", "published")
    meet = Event(1, "CONSULT", _span(ONE, "met"), Span(0, len(ONE), ONE), mode="meet",
                 actors=[_who(ONE, "Ada Lund", 1)], recipients=[_who(ONE, "Tor Vik", 2)], time_id=1,
                 date="2024-05-13")
    return Analysis(Article(ONE), [lund, vik], [], [monday], [meet], "v", "m")


def _pos(text: str, words: str) -> tuple[int, int]:
    s = _span(text, words)
    return s.start, s.end


def _part_two() -> Analysis:
    oslo = Entity(1, "GPE", "Oslo", [_mention(TWO, "Oslo")])
    lund = Entity(2, "PERSON", "Ada Lund", [_mention(TWO, "Lund", "partial")],
                  [Role("mayor", 0, 3, "honorific"), Role("party leader", 3, 6, "apposition")],
                  aliases=["Lund"])
    quote = Quote(1, "direct", _span(TWO, "We agreed"), cue=_span(TWO, "said"), source=_span(TWO, "Lund"),
                  speaker_id=2, speaker="Ada Lund", speaker_type="person", group=1)
    friday = TimeExpression(1, *_pos(TWO, "Friday"), "Friday", "DATE", "2024-05-17", "published")
    later = TimeExpression(2, *_pos(TWO, "a day later"), "a day later", "DATE", "2024-05-18", "time:1")
    meet = Event(1, "CONSULT", _span(TWO, "meet"), _span(TWO, "They meet again on Friday"),
                 status="planned", actors=[_who(TWO, "They", None)], place=_who(TWO, "Oslo", 1),
                 time_id=1, date="2024-05-17", quote_id=1, mentions=[_span(TWO, "meet")])
    return Analysis(Article(TWO), [oslo, lund], [quote], [friday, later], [meet], "v", "m")


@pytest.fixture()
def merged() -> Analysis:
    return merge_parts(Article(TEXT), [(0, _part_one()), (AT, _part_two())])


def test_offsets_point_into_the_whole_text(merged):
    spans = [(m.start, m.end, m.text) for e in merged.entities for m in e.mentions]
    spans += [(t.start, t.end, t.text) for t in merged.times]
    for q in merged.quotes:
        spans += [(s.start, s.end, s.text) for s in (q.content, q.cue, q.source) if s is not None]
    for ev in merged.events:
        spans += [(ev.trigger.start, ev.trigger.end, ev.trigger.text),
                  (ev.evidence.start, ev.evidence.end, ev.evidence.text)]
        spans += [(m.start, m.end, m.text) for m in ev.mentions]
        places = [ev.place] if ev.place else []
        spans += [(p.start, p.end, p.name) for p in ev.actors + ev.recipients + places]
    assert len(spans) == 19
    for start, end, text in spans:
        assert TEXT[start:end] == text


def test_one_entity_per_type_and_name_people_first(merged):
    assert [(e.id, e.canonical) for e in merged.entities] == [(1, "Ada Lund"), (2, "Tor Vik"), (3, "Oslo")]
    lund = merged.entities[0]
    assert [m.text for m in lund.mentions] == ["Ada Lund", "Lund"]
    assert [r.title for r in lund.roles] == ["Mayor", "party leader"]  # "mayor" is the same title
    assert lund.roles[1].start == AT + 3
    assert lund.aliases == ["Lund"]


def test_references_follow_the_renumbered_ids(merged):
    quote = merged.quotes[0]
    assert (quote.id, quote.group, quote.speaker_id, quote.speaker) == (1, 1, 1, "Ada Lund")
    assert [t.id for t in merged.times] == [1, 2, 3]
    assert merged.times[2].anchor == "time:2"  # "a day later" counts from Friday, now time 2
    assert merged.times[0].anchor == "published"
    first, second = merged.events
    assert (first.id, first.time_id, [p.entity_id for p in first.actors + first.recipients]) == (1, 1, [1, 2])
    assert (second.id, second.time_id, second.quote_id) == (2, 2, 1)
    assert second.place is not None and second.place.entity_id == 3
    assert second.actors[0].entity_id is None


def test_the_whole_article_and_versions_are_kept(merged):
    assert merged.article.text == TEXT
    assert (merged.pipeline_version, merged.model) == ("v", "m")


def test_nothing_to_merge_is_an_error():
    with pytest.raises(ValueError, match="no parts"):
        merge_parts(Article(TEXT), [])
