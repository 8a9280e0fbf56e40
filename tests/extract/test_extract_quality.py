"""Quality gate: extraction must not get worse on a fixed slice of real pages.

The first 60 pages (sorted by file name) of ../shared/data/article-extraction, scored
with the benchmark's own metric. Thresholds sit slightly under the measured figures
(see BENCHMARKS.md for the full run); raise them when extraction improves.
"""

from __future__ import annotations

import pytest
from benchmarks._data import dataset_dir, load_pages
from benchmarks.metrics import body_scores, title_match
from benchmarks.render import page_text

from newsdesk.errors import ExtractionError
from newsdesk.extract import extract_html, extract_text

PAGES = 60
HTML_BODY_F1 = 0.945  # measured 0.949 (trafilatura alone on these pages: 0.939)
HTML_TITLE_EXACT = 0.87  # measured 0.90
TEXT_BODY_F1 = 0.91  # measured 0.916 (keep-everything baseline: 0.710)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pages(shared_dir):
    if not dataset_dir(shared_dir).is_dir():
        pytest.skip(f"{dataset_dir(shared_dir)} is absent: the shared evaluation data is not available here")
    return load_pages(shared_dir, PAGES)


def _html(page):
    try:
        return extract_html(page.html, page.url)
    except ExtractionError:
        return None


def test_html_body_and_title(pages):
    articles = [_html(p) for p in pages]
    body = body_scores((p.body, a.body if a else "") for p, a in zip(pages, articles, strict=True))
    titles = sum(title_match(p.title, a.title if a else None) for p, a in zip(pages, articles, strict=True))
    assert body["f1"] >= HTML_BODY_F1, body
    assert titles / len(pages) >= HTML_TITLE_EXACT


def test_plain_text_chrome_removal(pages):
    bodies = []
    for p in pages:
        try:
            bodies.append(extract_text(page_text(p.html)).body)
        except ExtractionError:
            bodies.append("")
    scores = body_scores((p.body, b) for p, b in zip(pages, bodies, strict=True))
    assert scores["f1"] >= TEXT_BODY_F1, scores
