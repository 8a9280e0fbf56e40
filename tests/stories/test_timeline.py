"""The story timeline: developments ordered by when they happened, one sentence per date,
copies said once, the date's quote attached (three invented reports of one week)."""

from __future__ import annotations

import pytest

from newsdesk.models import EventReport, Span, StoryEvent
from newsdesk.stories.timeline import build_timeline
from stories._reports import CLOSURE, FAIR, QUOTE, analysed

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reports(nlp):  # noqa: ANN001, ANN201
    return analysed(nlp)


def test_entries_are_ordered_by_when_it_happened_not_when_published(reports) -> None:  # noqa: ANN001
    entries = build_timeline(reports)
    dates = [e.date for e in entries]
    assert dates == sorted(dates)
    # reported on the 5th (and recalled on the 6th and 12th), it happened on Saturday the 2nd
    assert dates[0] == "2024-03-02"
    assert entries[0].summary == CLOSURE
    assert "2024-03-05" not in dates  # the first report's publication day: nothing happened then
    # a weekday named in a report resolves against that report's publication date
    assert "Commuters faced long delays" in next(e.summary for e in entries if e.date == "2024-03-06")


def test_the_date_takes_its_representative_sentence(reports) -> None:  # noqa: ANN001
    entries = {e.date: e for e in build_timeline(reports)}
    # the 2nd: the closure (three reports) rather than the fair held the same day
    assert FAIR not in entries["2024-03-02"].summary
    # the 12th: what happened that day, reported after it, not the plan announced a week before
    assert entries["2024-03-12"].summary.startswith("Divers began the safety review")


def test_a_sentence_repeated_in_a_copy_is_said_once_with_every_report_as_evidence(reports) -> None:  # noqa: ANN001
    entry = build_timeline(reports, sentences_per_date=2)[0]
    assert entry.date == "2024-03-02"
    assert entry.summary.count("Engineers closed the Riverton river bridge") == 1
    assert sorted(aid for aid, _ in entry.evidence if "Engineers closed" in _.text) == [1, 2, 3]
    for aid, span in entry.evidence:
        assert dict(reports)[aid].article.text[span.start : span.end] == span.text


def test_the_key_quote_comes_with_its_speaker(reports) -> None:  # noqa: ANN001
    entry = build_timeline(reports)[0]
    assert entry.quote == QUOTE
    assert entry.quote_speaker == "Ana Lopez"


def test_a_month_is_an_entry_only_when_no_day_covers_it(reports) -> None:  # noqa: ANN001
    dates = [e.date for e in build_timeline(reports)]
    assert "2024-05" in dates  # "until the end of May": no day in May is named
    assert "2024-03" not in dates
    assert "2024-05" not in [e.date for e in build_timeline(reports, months=False)]


def test_the_number_of_dates_and_the_range_are_bounded(reports) -> None:  # noqa: ANN001
    entries = build_timeline(reports, max_dates=1)
    assert [e.date for e in entries] == ["2024-03-02"]  # the date most reports refer to
    assert [e.date for e in build_timeline(reports, start="2024-03-05", end="2024-03-31")] == [
        "2024-03-06", "2024-03-12"]


def test_events_are_attached_to_their_date(reports) -> None:  # noqa: ANN001
    evidence = Span(0, 10, "Engineers ")
    closure = StoryEvent(7, "COERCE", status="happened", date="2024-03-02",
                         reports=[EventReport(1, 1, "happened", "2024-03-02", "2024-03-05", evidence)])
    entries = {e.date: e for e in build_timeline(reports, events=[closure])}
    assert [e.id for e in entries["2024-03-02"].events] == [7]
    assert entries["2024-03-12"].events == []
