"""Orchestration: mixed good and bad inputs, idempotent re-ingest, per-document failures, reanalysis."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from spacy.language import Language

import newsdesk.work._process as work
from builders import patch_extract
from newsdesk.errors import ExtractionError
from newsdesk.models import Analysis, Article
from newsdesk.nlp import PIPELINE_VERSION
from newsdesk.pipeline import ItemError, analyze_inputs, extract_inputs, ingest_paths, reanalyze
from newsdesk.store import Store

GOOD = 4  # ferry.txt, wind.html.gz and two feed lines
BAD = {
    "empty.txt": "empty",
    "binary.txt": "binary",
    "valley.jsonl:3": "bad-json",
    "valley.jsonl:4": "no-content",
}


def error_map(errors: list) -> dict[str, str]:
    return {Path(e.source).name: e.reason for e in errors}


def test_mixed_corpus_stores_good_and_records_bad(corpus_dir: Path, store: Store, nlp: Language) -> None:
    seen: list[int] = []
    report = ingest_paths(
        [str(corpus_dir)], store, nlp, batch_size=2, on_progress=lambda r: seen.append(r.read)
    )
    assert (report.new, report.duplicates, report.versions, report.analysed) == (GOOD, 0, 0, GOOD)
    assert report.read == GOOD + len(BAD) and seen[-1] == report.read
    assert error_map(report.errors) == BAD
    assert {e.stage for e in report.errors} == {"ingest"}
    assert error_map(store.list_errors()) == BAD
    counts = store.counts()
    assert (counts["documents"], counts["articles"], counts["analyses"]) == (GOOD, GOOD, GOOD)
    hit = store.search("ferry terminal").hits[0]
    assert "ferry terminal" in (hit.title or "").lower()
    assert "Helen Carter" in [e.canonical for e in store.list_entities(type="PERSON", limit=100)]


def test_reingest_adds_nothing(corpus_dir: Path, store: Store, nlp: Language) -> None:
    ingest_paths([str(corpus_dir)], store, nlp)
    before = store.counts()
    again = ingest_paths([str(corpus_dir)], store, nlp)
    assert (again.new, again.versions, again.duplicates, again.analysed) == (0, 0, GOOD, 0)
    after = store.counts()
    assert after["errors"] == before["errors"] + len(BAD)  # bad items are reported again, nothing else
    assert {**after, "errors": 0} == {**before, "errors": 0}


def test_changed_page_at_same_url_is_a_version(tmp_path: Path, store: Store, nlp: Language) -> None:
    feed = tmp_path / "f.jsonl"
    item = {"url": "https://ex.test/a", "text": "Dam opens\n\nThe dam opened on Friday."}
    feed.write_text(json.dumps(item) + "\n", encoding="utf-8")
    ingest_paths([str(feed)], store, nlp)
    item["text"] += "\n\nUpdated: engineers said the dam is safe."
    feed.write_text(json.dumps(item) + "\n", encoding="utf-8")
    report = ingest_paths([str(feed)], store, nlp)
    assert (report.new, report.versions) == (0, 1)
    assert store.counts()["documents"] == 2


def test_extraction_error_names_the_input_and_the_batch_goes_on(
    corpus_dir: Path, store: Store, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = work.extract
    patch_extract(monkeypatch, "ferry.txt", ExtractionError("no body paragraphs found"))
    report = ingest_paths([str(corpus_dir)], store, nlp)
    (err,) = [e for e in report.errors if e.stage == "extract"]
    assert err.source.endswith("ferry.txt") and "no body" in err.detail and err.document_id
    assert report.analysed == GOOD - 1
    assert store.counts()["documents"] == GOOD  # the raw document is kept for a later reanalysis
    outcome = store.outcome(err.document_id)
    assert (outcome.status, outcome.stage, outcome.reason) == ("failed", "extract", "no-article")
    monkeypatch.setattr(work, "extract", real)
    assert reanalyze(store, nlp).candidates == 0  # this version failed it: only --failed retries
    redo = reanalyze(store, nlp, failed=True)
    assert (redo.candidates, redo.analysed) == (1, 1)
    assert store.outcome(err.document_id) is None
    assert store.counts()["analyses"] == GOOD


def test_one_failing_analysis_does_not_kill_its_batch(
    corpus_dir: Path, store: Store, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_batch(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("batch exploded")

    real = work.analyze

    def one_bad(article: Article, nlp: Language) -> Analysis:
        if "Bridge closure" in article.text:
            raise ValueError("cannot parse this one")
        return real(article, nlp)

    monkeypatch.setattr(work, "analyze_many", broken_batch)
    monkeypatch.setattr(work, "analyze", one_bad)
    report = ingest_paths([str(corpus_dir)], store, nlp, batch_size=10)
    (err,) = [e for e in report.errors if e.stage == "analyze"]
    assert err.source.endswith("valley.jsonl:2") and "cannot parse" in err.detail
    assert report.analysed == GOOD - 1
    assert store.counts()["articles"] == GOOD  # the article itself is still stored and searchable
    assert store.search("bridge").total == 1


def test_reanalyze_redoes_without_duplicating(corpus_dir: Path, store: Store, nlp: Language) -> None:
    ingest_paths([str(corpus_dir)], store, nlp)
    before = store.counts()
    assert reanalyze(store, nlp).candidates == 0  # all current
    report = reanalyze(store, nlp, since=PIPELINE_VERSION)
    assert (report.candidates, report.analysed, report.errors) == (GOOD, GOOD, [])
    assert store.counts() == before


def test_stdin_ingest(store: Store, nlp: Language) -> None:
    data = b"Orchard harvest begins\n\nFarmer Lucy Grant said the apples were early this year."
    report = ingest_paths(["-"], store, nlp, stdin=io.BytesIO(data))
    assert (report.new, report.analysed) == (1, 1)
    assert store.get_article(1).document.source == "-"


def test_analyze_inputs_sets_published_with_cli_provenance(corpus_dir: Path, nlp: Language) -> None:
    (analysis,) = analyze_inputs(str(corpus_dir / "text" / "ferry.txt"), nlp, published="2024-05-07")
    assert analysis.article.published == "2024-05-07"
    assert analysis.article.provenance["published"] == "cli"
    assert "Helen Carter" in [e.canonical for e in analysis.people()]


def test_extract_inputs_reports_bad_items(corpus_dir: Path) -> None:
    results = list(extract_inputs(str(corpus_dir / "feeds" / "valley.jsonl")))
    assert [type(r).__name__ for r in results] == ["tuple", "tuple", "ItemError", "ItemError"]
    (missing,) = extract_inputs(str(corpus_dir / "nope.txt"))
    assert isinstance(missing, ItemError) and (missing.stage, missing.reason) == ("ingest", "not-found")


def test_an_extractor_crash_is_recorded_not_raised(
    corpus_dir: Path, store: Store, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(doc):  # noqa: ANN001, ANN202
        raise IndexError("list index out of range")

    monkeypatch.setattr(work, "extract", crash)
    report = ingest_paths([str(corpus_dir)], store, nlp)
    extract_errors = [e for e in report.errors if e.stage == "extract"]
    assert len(extract_errors) == GOOD and {e.reason for e in extract_errors} == {"extractor-failed"}
    assert store.counts()["documents"] == GOOD


def test_a_document_stored_without_its_analysis_is_completed_not_skipped(
    corpus_dir: Path, store: Store, nlp: Language
) -> None:
    """What an interrupted run of an older newsdesk left: the document row without its analysis."""
    from newsdesk.ingest import iter_documents

    ferry = next(d for d in iter_documents([str(corpus_dir / "text" / "ferry.txt")]))
    doc_id = store.add_document(ferry)
    assert store.status().pending == 1
    report = ingest_paths([str(corpus_dir)], store, nlp)
    assert (report.resumed, report.new, report.analysed, report.duplicates) == (1, GOOD - 1, GOOD, 0)
    assert store.get_analysis(doc_id) is not None and store.status().pending == 0
    again = ingest_paths([str(corpus_dir)], store, nlp)
    assert (again.resumed, again.duplicates, again.analysed) == (0, GOOD, 0)


def test_a_copy_inside_one_batch_is_stored_once(tmp_path: Path, store: Store, nlp: Language) -> None:
    text = "Dam opens\n\nThe dam opened on Friday, engineer Ana Reyes said."
    feed = tmp_path / "f.jsonl"
    feed.write_text("\n".join(json.dumps({"text": text, "title": f"copy {i}"}) for i in range(3)) + "\n")
    report = ingest_paths([str(feed)], store, nlp, batch_size=10)
    assert (report.new, report.duplicates, report.analysed) == (1, 2, 1)
    assert store.counts()["documents"] == 1


def test_non_english_articles_are_stored_searchable_and_skipped(
    corpus_dir: Path, store: Store, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    patch_extract(monkeypatch, "ferry.txt", lambda article: setattr(article, "language", "de"))
    report = ingest_paths([str(corpus_dir)], store, nlp)
    assert (report.new, report.analysed, report.skipped) == (GOOD, GOOD - 1, 1)
    assert not [e for e in report.errors if e.stage != "ingest"]  # a skip is not a failure
    hit = store.search("ferry terminal").hits[0]
    item = store.get_article(hit.id)
    assert item.analysis is None and item.entities == [] and item.article.language == "de"
    assert (item.outcome.status, item.outcome.reason) == ("skipped", "unsupported-language")
    assert "language 'de'" in item.outcome.detail


def test_a_failed_analysis_is_stored_counted_and_retried(
    corpus_dir: Path, store: Store, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = work.analyze

    def one_bad(article: Article, nlp: Language) -> Analysis:
        if "ferry terminal" in article.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(article, nlp)

    monkeypatch.setattr(work, "analyze_many", lambda *a, **k: iter(()))
    monkeypatch.setattr(work, "analyze", one_bad)
    report = ingest_paths([str(corpus_dir)], store, nlp)
    (err,) = [e for e in report.errors if e.stage == "analyze"]
    status = store.status()
    assert (status.failed, status.analysed, status.pending) == (1, GOOD - 1, 0)
    assert status.failures == [("analyze", "analysis-failed", 1)]
    assert "RecursionError" in store.get_article(err.document_id).outcome.detail
    monkeypatch.setattr(work, "analyze", real)
    redo = reanalyze(store, nlp, failed=True)
    assert (redo.candidates, redo.analysed, redo.errors) == (1, 1, [])
    assert store.status().failed == 0 and store.status().analysed == GOOD


def test_a_write_that_fails_is_rolled_back_and_the_document_kept_as_failed(
    corpus_dir: Path, store: Store, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = store.save_analysis

    def refuse(doc_id: int, analysis: Analysis) -> None:
        real(doc_id, analysis)  # rows written, then the transaction fails: all rolled back
        if "ferry terminal" in analysis.article.text:
            raise KeyError("speaker")

    monkeypatch.setattr(store, "save_analysis", refuse)
    report = ingest_paths([str(corpus_dir)], store, nlp)
    (err,) = [e for e in report.errors if e.stage == "store"]
    assert err.reason == "write-failed" and "KeyError" in err.detail
    item = store.get_article(err.document_id)
    assert item.analysis is None and item.entities == [] and item.quotes == []
    assert (item.outcome.status, item.outcome.stage) == ("failed", "store")
    assert store.status().analysed == GOOD - 1


def test_worker_processes_store_what_one_process_stores(
    corpus_dir: Path, tmp_path: Path, nlp: Language
) -> None:
    with Store(str(tmp_path / "one.db")) as one, Store(str(tmp_path / "two.db")) as two:
        alone = ingest_paths([str(corpus_dir)], one, nlp, batch_size=2)
        shared = ingest_paths([str(corpus_dir)], two, nlp, batch_size=2, n_process=2)
        assert (shared.new, shared.analysed, error_map(shared.errors)) == (GOOD, GOOD, BAD)
        assert (alone.new, alone.analysed) == (shared.new, shared.analysed)
        assert one.counts() == two.counts()
        for a, b in zip(one.richest_articles(limit=20), two.richest_articles(limit=20), strict=True):
            x, y = one.get_article(a), two.get_article(b)
            assert x.document.source == y.document.source  # written in input order
            assert [e.canonical for e in x.entities] == [e.canonical for e in y.entities]
            assert [(q.content, q.speaker) for q in x.quotes] == [(q.content, q.speaker) for q in y.quotes]
