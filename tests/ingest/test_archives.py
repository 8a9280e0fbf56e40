"""Web archives and Parquet files: one item per record or row; what is not a page is counted with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsdesk.ingest import count_items, iter_documents
from newsdesk.models import Document, IngestError, IngestWarning
from newsdesk.pipeline import ingest_paths
from newsdesk.store import Store
from warc_kit import Page, article_html, write_warc

FERRY = article_html("Harbour ferry returns after repairs", [
    "The harbour ferry returned to service on Monday after three weeks of repairs to its engines.",
    "Port manager Alice Moreau said the crossing would run every hour until the summer timetable begins.",
])
BRIDGE = article_html("Council delays vote on river bridge", [
    "The city council delayed its vote on the new river bridge until engineers finish a survey.",
    "Councillor Tom Baker said residents deserved answers before any money was spent.",
])


def crawl(tmp_path: Path, cut_last: int = 0, compress: bool = True) -> Path:
    pages = [
        Page("https://paper.test/ferry", FERRY),
        Page("https://paper.test/logo.png", b"\x89PNG\r\n\x1a\n....", ctype="image/png"),
        Page("https://paper.test/old", b"", status=301, extra="Location: https://paper.test/ferry\r\n"),
        Page("https://paper.test/gone", b"<html><body>Not found</body></html>", status=404),
        Page("https://paper.test/bridge", BRIDGE),
    ]
    name = "crawl.warc.gz" if compress else "crawl.warc"
    return write_warc(tmp_path / name, pages, cut_last=cut_last, compress=compress)


def items(path: Path, known=None) -> list:  # noqa: ANN001
    return list(iter_documents([str(path)], 1_000_000, known=known))


@pytest.mark.parametrize("compress", [True, False])
def test_html_responses_become_documents_and_the_rest_is_counted(tmp_path: Path, compress: bool) -> None:
    path = crawl(tmp_path, compress=compress)
    found = items(path)
    documents = [i for i in found if isinstance(i, Document)]
    assert [d.url for d in documents] == ["https://paper.test/ferry", "https://paper.test/bridge"]
    assert all(d.kind == "html" and d.source.startswith(f"{path}#urn:uuid:") for d in documents)
    assert "Alice Moreau" in documents[0].content
    assert len({d.source for d in documents}) == 2
    (summary,) = [i for i in found if isinstance(i, IngestWarning)]
    assert summary.reason == "warc-skipped"
    assert summary.detail == "3 records skipped: 1 http-error, 1 not-html, 1 redirect"
    assert not [i for i in found if isinstance(i, IngestError)]
    assert count_items([str(path)]) is None  # a crawl is not read twice for a total


def test_a_record_cut_off_by_the_end_of_the_file_is_an_error_naming_it(tmp_path: Path) -> None:
    path = crawl(tmp_path, cut_last=60)
    found = items(path)
    (error,) = [i for i in found if isinstance(i, IngestError)]
    assert error.reason == "truncated" and error.source.startswith(f"{path}#urn:uuid:")
    assert [d.url for d in found if isinstance(d, Document)] == ["https://paper.test/ferry"]


def test_known_records_are_skipped_before_decoding(tmp_path: Path) -> None:
    path = crawl(tmp_path)
    first = next(i for i in items(path) if isinstance(i, Document))
    found = items(path, known=lambda source: source == first.source)
    assert [d.url for d in found if isinstance(d, Document)] == ["https://paper.test/bridge"]
    assert "1 already-stored" in next(i for i in found if isinstance(i, IngestWarning)).detail


def test_a_file_that_is_not_an_archive_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc.gz"
    path.write_bytes(b"this is not a web archive at all\n" * 20)
    found = items(path)
    assert [(type(i), i.reason) for i in found] == [(IngestError, "bad-warc")]
    assert found[0].source == str(path)


@pytest.mark.slow
def test_ingest_a_crawl_then_resume_after_an_interruption(
    tmp_path: Path, store: Store, nlp: Language
) -> None:
    path = crawl(tmp_path, cut_last=60)  # the download stopped inside the last record
    first = ingest_paths([str(path)], store, nlp)
    assert (first.new, first.analysed, [e.reason for e in first.errors]) == (1, 1, ["truncated"])
    crawl(tmp_path)  # the same file, whole
    resumed = ingest_paths([str(path)], store, nlp)
    assert (resumed.new, resumed.analysed, resumed.duplicates, resumed.errors) == (1, 1, 0, [])
    assert "1 already-stored" in resumed.warnings[-1].detail
    titles = {store.get_article(i).article.title for i in store.richest_articles(limit=10)}
    assert titles == {"Harbour ferry returns after repairs", "Council delays vote on river bridge"}
    before = store.counts()
    again = ingest_paths([str(path)], store, nlp)
    assert (again.new, again.analysed, again.duplicates) == (0, 0, 0)
    assert "2 already-stored" in again.warnings[-1].detail
    assert {**store.counts(), "errors": 0} == {**before, "errors": 0}


def test_parquet_rows_are_read_like_jsonl_records(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({
        "url": ["https://paper.test/ferry", "https://paper.test/empty"],
        "maintext": ["Harbour ferry returns\n\nThe ferry returned on Monday.", ""],
        "date_publish": ["2026-03-02 09:00:00", None],
        "colour": ["blue", "red"],
    })
    path = tmp_path / "news.parquet"
    pq.write_table(table, path)
    found = list(iter_documents([str(path)], 100_000))
    doc, error, warning = found
    assert isinstance(doc, Document) and doc.source == f"{path}:1" and doc.published == "2026-03-02T09:00:00"
    assert doc.content.startswith("Harbour ferry") and doc.url == "https://paper.test/ferry"
    assert isinstance(error, IngestError) and (error.source, error.reason) == (f"{path}:2", "empty")
    assert isinstance(warning, IngestWarning) and "colour" in warning.detail
    assert count_items([str(path)]) == 2
