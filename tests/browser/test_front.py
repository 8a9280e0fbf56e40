"""The front page in a real browser: it renders, links its stories, sets the CSP, and runs
without a console error (which would also show a CSP violation), on a laptop and a phone."""

from __future__ import annotations

import re

from newsdesk.web.security import CSP


def test_the_front_page_renders_its_stories_without_a_console_error(tab, site) -> None:  # noqa: ANN001
    response = tab.open("/")
    assert response.headers["content-security-policy"] == CSP
    assert tab.page.get_by_role("heading", name="Developing stories").is_visible()
    strike = tab.page.get_by_role("link", name=re.compile("Portvale"))
    flood = tab.page.get_by_role("link", name="Elmsbury dam overflows after record rain")
    assert strike.count() == 1 and flood.count() == 1  # one story each, copies folded in
    assert re.fullmatch(r"/stories/\d+", strike.get_attribute("href"))
    assert re.fullmatch(r"/stories/\d+", flood.get_attribute("href"))
    card = tab.page.locator(".story-card").filter(has=strike)
    meta = card.inner_text()  # five reports (one a reprint) at three outlets, the last on Thursday 7 May
    assert re.search(r"\b[45] articles\b", meta) and "3 outlets" in meta and "2026-05-07" in meta, meta
    stylesheet = tab.page.evaluate("getComputedStyle(document.body).fontFamily")
    assert stylesheet and "Times New Roman" not in stylesheet  # the stylesheet was loaded and applied
    tab.page.wait_for_load_state("networkidle")
    tab.shot("front")
    tab.assert_clean()
    assert tab.overflow() <= 1, "the page scrolls sideways"


def test_the_search_box_in_the_header_submits_to_the_search_page(tab) -> None:  # noqa: ANN001
    tab.open("/")
    box = tab.page.get_by_role("searchbox", name="Search")
    assert box.is_visible()
    box.fill('"fair offer"')
    box.press("Enter")
    tab.page.wait_for_url(re.compile(r"/search\?q="))
    assert tab.page.url.endswith("/search?q=%22fair+offer%22")
