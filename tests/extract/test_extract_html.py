"""HTML path: JSON-LD precedence and provenance, meta-tag fallbacks, standfirst and credits."""

from __future__ import annotations

import pytest

from newsdesk.errors import ExtractionError
from newsdesk.extract import extract_html
from newsdesk.extract._jsonld import find_article
from newsdesk.extract._meta import read_metadata
from newsdesk.extract._steps import configured


def test_jsonld_in_graph_beats_meta_tags(fixture_text):
    article = extract_html(fixture_text("graph_article.html"), "https://echo.example/ferry")
    # JSON-LD says 1 March, the meta tag says 2 March: JSON-LD wins and says so.
    assert article.published == "2021-03-01"
    assert article.provenance["published"] == "json-ld"
    assert article.publisher == "The Coastal Echo"
    assert article.provenance["publisher"] == "json-ld"
    assert article.language == "en"


def test_visible_headline_preferred_when_it_agrees_with_metadata(fixture_text):
    article = extract_html(fixture_text("graph_article.html"))
    assert article.title == "Harbour council backs ferry plan"
    assert article.provenance["title"] == "html:h1"
    assert article.text.startswith("Harbour council backs ferry plan\n\n")


def test_jsonld_authors_are_cleaned(fixture_text):
    article = extract_html(fixture_text("graph_article.html"))
    # "By" prefix, job title, the Organization and the lower-case duplicate are all gone.
    assert article.authors == ["Helen Carter", "David Osei"]
    assert article.provenance["authors"] == "json-ld"


def test_displayed_deck_stays_in_the_body_and_the_dateline_under_it_is_read(fixture_text):
    # the "standfirst" step is off by default (it cost body F1 in the ablation): the deck is body text,
    # and the dateline that opens the story in the paragraph under it is still read and stripped
    article = extract_html(fixture_text("graph_article.html"))
    assert article.paragraphs()[0].startswith("Two new berths and a covered hall")
    assert article.paragraphs()[1].startswith("The harbour council approved")
    assert article.dateline == "PORTVILLE (Reuters)"
    assert article.wire == "Reuters"


def test_displayed_standfirst_dateline_and_wire(fixture_text):
    with configured(enabled={"standfirst"}):
        article = extract_html(fixture_text("graph_article.html"))
    assert article.standfirst.startswith("Two new berths and a covered hall")
    assert article.dateline == "PORTVILLE (Reuters)"
    assert article.wire == "Reuters"
    assert article.provenance["wire"] == "text:dateline"
    first = article.paragraphs()[0]
    assert first.startswith("The harbour council approved")
    kinds = [s.kind for s in article.sections]
    assert kinds[:3] == ["headline", "standfirst", "paragraph"]
    for s in article.sections:
        assert article.text[s.start : s.end].strip() == article.text[s.start : s.end]


def test_share_line_is_removed_with_reason(fixture_text):
    article = extract_html(fixture_text("graph_article.html"))
    assert "Share this article" not in article.text
    assert any(r.text == "Share this article" and r.reason == "share" for r in article.removed)


def test_meta_tags_when_there_is_no_jsonld(fixture_text):
    article = extract_html(fixture_text("meta_only.html"), "https://valley.example/library")
    assert article.published == "2020-02-14"
    assert article.provenance["published"] == "meta:article:published_time"
    assert article.authors == ["Anna Weber"]
    assert article.provenance["authors"] == "meta:author"
    assert article.publisher == "Valley Times"
    assert article.provenance["publisher"] == "meta:og:site_name"
    assert article.language == "en"  # the page declares de-DE; its text is English
    assert article.provenance["language"] == "langid (page declared 'de')"
    assert article.url == "https://valley.example/library"
    # the description is the first sentence of the body, so it is not a standfirst
    assert article.standfirst is None
    assert len(article.paragraphs()) == 3


def _page(ld: str, body: str = "") -> str:
    para = body or " ".join(["The committee met on Tuesday and agreed the budget for the coming year."] * 3)
    return (
        f'<html><head><script type="application/ld+json">{ld}</script></head>'
        f"<body><article><h1>Budget agreed</h1><p>{para}</p><p>{para}</p></article></body></html>"
    )


def test_jsonld_list_and_type_list_are_read():
    import lxml.html

    ld = (
        '[{"@type": "Organization", "name": "X"}, {"@type": ["NewsArticle", "Article"], '
        '"headline": "Budget agreed", "datePublished": "2019-07-04", "author": {"name": "Mary Jones"}}]'
    )
    found = find_article(lxml.html.fromstring(_page(ld)))
    assert found is not None and found.headline == "Budget agreed"
    assert found.authors == ["Mary Jones"]


def test_news_article_outranks_plain_article():
    import lxml.html

    ld = (
        '{"@graph": [{"@type": "Article", "headline": "Related piece", "datePublished": "2018-01-01"},'
        '{"@type": "ReportageNewsArticle", "headline": "Budget agreed", "datePublished": "2019-07-04"}]}'
    )
    html = _page(ld)
    meta = read_metadata(lxml.html.fromstring(html), html)
    assert meta.published == "2019-07-04"


def test_broken_jsonld_falls_back_without_error():
    html = _page('{"@type": "NewsArticle", "headline": "Budget agreed", ')
    article = extract_html(html)
    assert article.title == "Budget agreed"
    assert article.paragraphs()


def test_xml_declaration_does_not_stop_parsing():
    article = extract_html('<?xml version="1.0" encoding="utf-8"?>\n' + _page('{"@type": "WebPage"}'))
    assert article.title == "Budget agreed"


@pytest.mark.parametrize(
    ("html", "why"),
    [
        ("", "empty"),
        ("   \n ", "empty"),
        ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article body"),
    ],
)
def test_no_article_raises_with_reason(html, why):
    with pytest.raises(ExtractionError, match=why):
        extract_html(html)


def test_url_date_corrects_a_utc_timestamp_one_day_off():
    # 01:30 UTC on the 23rd is still the 22nd where the paper is; its URL says so
    ld = '{"@type": "NewsArticle", "headline": "Budget agreed", "datePublished": "2023-12-23T01:30:00Z"}'
    article = extract_html(_page(ld), "https://paper.example/2023/12/22/budget-agreed/")
    assert article.published == "2023-12-22"
    assert article.provenance["published"] == "url"
    # a timestamp with its own offset is already local: JSON-LD stands
    ld = '{"@type": "NewsArticle", "headline": "Budget agreed", "datePublished": "2023-12-23T01:30:00-05:00"}'
    article = extract_html(_page(ld), "https://paper.example/2023/12/22/budget-agreed/")
    assert (article.published, article.provenance["published"]) == ("2023-12-23", "json-ld")


def test_url_date_when_the_page_has_no_date_metadata():
    article = extract_html(_page('{"@type": "WebPage"}'), "https://paper.example/2019/07/04/budget/")
    assert (article.published, article.provenance["published"]) == ("2019-07-04", "url")


def test_byline_text_under_the_headline():
    para = "The committee met on Tuesday and agreed the budget for the coming year after a long debate."
    html = (
        "<html><head><title>Budget agreed - Paper</title></head><body><article><h1>Budget agreed</h1>"
        f"<div class='meta'><span>By Mary Jones and Tom Hill</span></div><p>{para}</p><p>{para}</p>"
        "</article></body></html>"
    )
    article = extract_html(html)
    assert article.authors == ["Mary Jones", "Tom Hill"]
    assert article.provenance["authors"] == "html:byline-text"


def test_a_bare_copyright_year_is_not_a_publication_date() -> None:
    """htmldate reads "© 2026" as 2026-01-01; a page that names no 1 January has no date."""
    page = ("<html><head><title>Storm</title></head><body><article><h1>Storm hits the coast</h1>"
            "<p>The storm reached the coast on Friday and flooded the lower town overnight.</p></article>"
            "<footer>© 2026 The Coast Observer</footer></body></html>")
    assert extract_html(page, None).published is None
    dated = page.replace("© 2026", "Published 1 January 2026. © 2026")
    assert extract_html(dated, None).published == "2026-01-01"
