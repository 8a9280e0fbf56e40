"""A real story: the first Timeline17 reports of the 2010 Haiti earthquake (read from
../shared, never copied) make a timeline whose main date is the day of the quake, not the
days the reports were published."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsdesk.stories.summary import summarize_story
from newsdesk.stories.timeline import build_timeline

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data" / "timeline17" / "haiti_bbc"
if str(ROOT) not in sys.path:  # `benchmarks` lives at the repository root
    sys.path.insert(0, str(ROOT))

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not DATA.exists(), reason=f"Timeline17 not found at {DATA}")]


@pytest.fixture(scope="module")
def reports(nlp):  # noqa: ANN001, ANN201
    from benchmarks._timeline17 import load_articles

    from newsdesk.nlp.analyze import analyze

    haiti = [a for a in load_articles(SHARED) if a.collection == "haiti_bbc"]
    later = [a for a in haiti if "2010-01-13" <= a.published <= "2010-01-16"][:6]
    return [(i, analyze(a.to_article(), nlp)) for i, a in enumerate(later, 1)]


def test_the_quake_day_leads_although_no_report_was_published_that_day(reports) -> None:  # noqa: ANN001
    assert all(a.article.published > "2010-01-12" for _, a in reports)
    entries = build_timeline(reports, max_dates=3, months=False)
    dates = [e.date for e in entries]
    assert "2010-01-12" in dates
    assert dates == sorted(dates)
    quake = next(e for e in entries if e.date == "2010-01-12")
    assert "quake" in quake.summary.lower()
    texts = dict(reports)
    for aid, span in quake.evidence:
        assert texts[aid].article.text[span.start : span.end] == span.text


def test_the_story_summary_is_about_the_quake(reports) -> None:  # noqa: ANN001
    summary = summarize_story(reports, sentences=3)
    assert len(summary) == 3
    assert any("quake" in s.lower() for s in summary)
