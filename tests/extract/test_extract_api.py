"""The stage API: dispatch on Document.kind, gaps filled from the Document, and the JSON shape."""

from __future__ import annotations

import json

import pytest

from newsdesk.errors import ExtractionError
from newsdesk.extract import article_to_json, extract
from newsdesk.models import Document

TEXT = (
    "Library opens late on Fridays\n\n"
    "The town library will stay open until ten on Friday evenings from April, the board said.\n\n"
    "The longer hours will be paid for from the culture budget without cutting any other service."
)


def test_text_document_fields_fill_gaps_with_input_provenance():
    doc = Document(
        source="feed.jsonl:3", kind="text", content=TEXT, url="https://valley.example/library",
        title="Library to open late", published="2020-02-14T10:00:00Z", publisher="Valley Times",
    )
    article = extract(doc)
    # extraction found a headline, so it wins over the record's title ...
    assert article.title == "Library opens late on Fridays"
    assert article.provenance["title"] == "text:first-line"
    # ... and the record fills what the text does not say
    assert article.published == "2020-02-14"
    assert article.url == "https://valley.example/library"
    assert article.publisher == "Valley Times"
    assert {article.provenance[k] for k in ("published", "url", "publisher")} == {"input"}


def test_html_document(fixture_text):
    doc = Document(source="page.html", kind="html", content=fixture_text("meta_only.html"))
    article = extract(doc)
    assert article.title == "Library opens late on Fridays"
    assert article.provenance["body"] == "trafilatura"


def test_errors_name_the_source():
    with pytest.raises(ExtractionError, match=r"^feed.jsonl:9: empty input"):
        extract(Document(source="feed.jsonl:9", kind="text", content=""))
    with pytest.raises(ExtractionError, match="unknown document kind"):
        extract(Document(source="x", kind="pdf", content="..."))  # type: ignore[arg-type]


def test_article_to_json_shape(fixture_text):
    article = extract(Document(source="p", kind="text", content=fixture_text("scraped_page.txt")))
    data = article_to_json(article)
    for key in ("title", "standfirst", "body", "published", "authors", "byline", "dateline", "wire",
                "publisher", "language", "url", "provenance", "removed"):
        assert key in data
    assert data["body"] == article.body
    assert data["removed"][0] == {"text": "Skip to main content", "reason": "interface"}
    json.dumps(data)  # plain JSON types only
