"""The synthetic stream of the cost benchmark (benchmarks/_stream.py) on two hand-made analyses."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `benchmarks` lives at the repository root (plain `pytest` too)
    sys.path.insert(0, str(ROOT))

from benchmarks._stream import stream, templates  # noqa: E402
from tests.builders import article, entity, span, who  # noqa: E402

from newsdesk.models import Analysis, Event, Mention, TimeExpression  # noqa: E402


def _analysis(published: str) -> Analysis:
    art = article("Ferry talks resume in Portville",
                  "Mayor Helen Carter met the ferry workers in Portville on Tuesday, and Carter said the "
                  "talks would resume.", published=published)
    carter, town = entity(1, art, "PERSON", "Helen Carter"), entity(2, art, "GPE", "Portville")
    surname = span(art.text, "Carter said")
    carter.mentions.append(Mention(surname.start, surname.start + len("Carter"), "Carter"))
    tuesday = span(art.text, "Tuesday")
    time = TimeExpression(1, tuesday.start, tuesday.end, "Tuesday", "DATE", published)
    event = Event(1, "CONSULT", span(art.text, "met"), span(art.text, art.text.split("\n\n")[1]),
                  actors=[who(art, "Helen Carter", carter)], place=who(art, "Portville", town, after=40),
                  time_id=1, date=published)
    return Analysis(art, [carter, town], times=[time], events=[event])


def test_the_stream_rewrites_names_per_story_and_keeps_every_span() -> None:
    groups = templates([("ferry", _analysis("2009-03-03")), ("ferry", _analysis("2009-03-05"))])
    items = list(stream(groups, 40, seed=3))
    assert [i.n for i in items] == list(range(1, 41))
    assert [i.document.published for i in items] == sorted(i.document.published for i in items)
    by_story: dict[int, set[str]] = {}
    for item in items:
        a = item.analysis
        assert "Helen Carter" not in a.article.text and "Portville" not in a.article.text
        for e in a.entities:
            assert all(a.article.text[m.start:m.end] == m.text for m in e.mentions)
        person = a.people()[0]
        assert person.canonical.split()[-1] == person.mentions[1].text  # "Carter" rewritten as the surname
        assert " on Tuesday, and " in a.article.text  # function words are kept
        if item.kind == "new":  # a copy keeps the dates of the article it copies
            assert a.times[0].value == a.events[0].date == item.document.published
        by_story.setdefault(item.story, set()).add(person.canonical)
    assert all(len(names) == 1 for names in by_story.values())  # one person per story, one name
    assert len({n for names in by_story.values() for n in names}) == len(by_story) > 1


def test_dates_move_with_the_story() -> None:
    groups = templates([("ferry", _analysis("2009-03-03"))])
    for item in stream(groups, 10, seed=1):
        assert item.analysis.article.published == item.document.published
        if item.kind == "new":  # the template's "Tuesday" moved with the story
            assert item.analysis.times[0].value == item.document.published
