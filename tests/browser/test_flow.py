"""The user flow of issue 11 in a real browser, clicking as a reader would: open the front page,
open a story, click a person, see their quotes, search a quote, filter events, chart two queries
and download the CSV.

Selectors follow the URL contract (links by role and text, form fields by name). A step whose
page answers 404 is skipped, naming the page: the pages are built in parallel branches and
these steps run once they are merged.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

QUOTE = "We have waited two years for a fair offer"


def test_a_reader_goes_from_the_front_page_to_a_story_and_a_person_and_their_quotes(tab) -> None:  # noqa: ANN001
    page = tab.page
    tab.open("/")
    page.get_by_role("link", name=re.compile("Portvale")).click()
    page.wait_for_url(re.compile(r"/stories/\d+$"))
    tab.skip_if_missing("the story page")
    body = page.locator("main").inner_text()
    for fact in ("Portvale dockers vote to strike on Wednesday", "Portvale dock strike ends with a pay deal",
                 "2026-05-04", "2026-05-07"):
        assert fact in body, fact  # the timeline: first and last development, with dates
    tab.shot("story")
    tab.assert_clean()
    assert tab.overflow() <= 1, "the story page scrolls sideways"

    page.get_by_role("link", name="Mara Quint").first.click()
    page.wait_for_url(re.compile(r"/entities/\d+"))
    tab.skip_if_missing("the entity page")
    assert page.get_by_role("heading", name="Mara Quint").first.is_visible()
    assert QUOTE in page.locator("main").inner_text()  # her quotes, on her page
    tab.shot("entity")
    tab.assert_clean()
    assert tab.overflow() <= 1, "the entity page scrolls sideways"


def test_a_reader_searches_a_quote(tab) -> None:  # noqa: ANN001
    page = tab.page
    tab.open("/")
    box = page.get_by_role("searchbox", name="Search")
    box.fill('"left us no choice"')
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    tab.skip_if_missing("the search page")
    main = page.locator("main")
    assert "The port authority left us no choice but to walk out" in main.inner_text()
    assert main.get_by_role("link", name=re.compile("Portvale strike on as talks collapse")).count() >= 1
    assert "fair offer" not in main.inner_text()  # the phrase, not every strike article
    tab.shot("search")
    tab.assert_clean()


def test_a_reader_filters_events_by_type(tab) -> None:  # noqa: ANN001
    page = tab.page
    tab.open("/events", what="the events page")
    rows = page.locator("main table tbody tr")
    before = rows.count()
    assert before >= 3  # the strike planned and held, the deal, the flood evacuation
    field = page.locator("form [name=type]").first
    if field.evaluate("e => e.tagName") == "SELECT":
        field.select_option(value=_option(field, "AGREE"))
    else:
        field.fill("AGREE")
    try:
        page.wait_for_url(re.compile(r"[?&]type=AGREE"), timeout=2_000)  # a select submits itself
    except Exception:  # noqa: BLE001 - no auto-submit: press the form's button
        page.locator("form:has([name=type])").get_by_role("button").first.click()
        page.wait_for_url(re.compile(r"[?&]type=AGREE"))
    page.wait_for_load_state()
    after = rows.count()
    assert 1 <= after < before
    for text in rows.all_inner_texts():
        assert re.search("agree", text, re.I), text
    tab.shot("events")
    tab.assert_clean()
    assert tab.overflow() <= 1, "the events page scrolls sideways"


def _option(select, wanted: str) -> str:  # noqa: ANN001
    values = select.evaluate("s => [...s.options].map(o => o.value)")
    return next(v for v in values if v.upper() == wanted)


def test_a_reader_charts_two_queries_and_downloads_the_csv(tab, tmp_path: Path) -> None:  # noqa: ANN001
    page = tab.page
    tab.open("/analytics?q=strike&q=flood", what="the analytics page")
    page.wait_for_load_state("networkidle")
    chart = page.locator("main canvas, main svg").first
    assert chart.is_visible() and chart.bounding_box()["width"] >= 200
    link = page.get_by_role("link", name=re.compile(r"CSV of the chart", re.I))
    with page.expect_download() as download:
        link.click()
    path = tmp_path / "attention.csv"
    download.value.save_as(path)
    text = path.read_text("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) >= 3 and len(rows[0]) >= 2, text[:500]  # a header and a row per day at least
    assert "strike" in text and "flood" in text  # both queries, side by side
    assert any("2026-05-0" in cell for row in rows[1:] for cell in row)  # the days of the stories
    tab.shot("analytics")
    tab.assert_clean()
    assert tab.overflow() <= 1, "the analytics page scrolls sideways"


@pytest.mark.parametrize("path,what", [
    ("/quotes", "the quotes page"), ("/topics", "the topics page"), ("/searches", "the saved searches page"),
    ("/search?q=Portvale", "the search page"), ("/entities?name=Mara+Quint", "the entity look-up"),
])
def test_every_other_page_renders_cleanly(tab, path: str, what: str) -> None:  # noqa: ANN001
    tab.open(path, what=what)
    tab.page.wait_for_load_state("networkidle")
    name = re.sub(r"\W+", "-", path.strip("/").split("?")[0]) or "front"
    tab.shot(f"page-{name}")
    tab.assert_clean()
    assert tab.overflow() <= 1, f"{path} scrolls sideways"
