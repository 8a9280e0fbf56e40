"""Store: compressed raw inputs (and their migration), analysis outcomes, status, what to redo."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from builders import article, entity
from newsdesk.ingest import content_hash
from newsdesk.models import PIPELINE_VERSION, Analysis, Document
from newsdesk.store import Store, migrations
from newsdesk.store._db import _sql_compress


def doc(content: str, source: str = "t.html") -> Document:
    return Document(source=source, kind="html", content=content, content_hash=content_hash(content))


PARA = "<p>The council met on Tuesday to discuss the harbour budget.</p>"
PAGE = "<html><body>" + PARA * 200 + "</body></html>"


def analysis_of(title: str) -> Analysis:
    art = article(title, "Mayor Helen Carter spoke to the council on Tuesday.")
    return Analysis(article=art, entities=[entity(1, art, "PERSON", "Helen Carter")], quotes=[],
                    pipeline_version=PIPELINE_VERSION, model="test")


def test_raw_input_is_stored_compressed_and_read_back_whole(store: Store) -> None:
    added = store.insert_document(doc(PAGE))
    raw, content, size = store._conn.execute(
        "SELECT raw, content, raw_size FROM documents WHERE id = ?", (added.id,)
    ).fetchone()
    assert content == "" and size == len(PAGE) and len(raw) < len(PAGE) / 20
    assert store.get_document(added.id).content == PAGE
    status = store.status()
    assert status.raw_bytes == len(PAGE) and status.stored_raw_bytes == len(raw)


def test_migration_compresses_documents_stored_before(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function("newsdesk_compress", 1, _sql_compress)
    for number, _, sql in migrations()[:3]:  # a database as newsdesk made it before migration 0004
        conn.executescript(f"BEGIN; {sql}; PRAGMA user_version = {number}; COMMIT;")
    conn.execute(
        "INSERT INTO documents (source, kind, content, content_hash, ingested_at) VALUES (?,?,?,?,?)",
        ("old.html", "html", PAGE, content_hash(PAGE), "2026-01-01"),
    )
    conn.execute(
        "INSERT INTO documents (source, kind, content, content_hash, ingested_at) VALUES (?,?,?,?,?)",
        ("done.html", "html", "<p>done</p>", content_hash("<p>done</p>"), "2026-01-01"),
    )
    old = analysis_of("Analysed before")
    conn.execute(
        "INSERT INTO analyses (document_id, pipeline_version, model, schema_version, analysed_at, analysis)"
        " VALUES (2, '0.4.0', 'test', '1.0', '2026-01-01', ?)", (json.dumps(old.to_dict()),),
    )
    conn.close()
    with Store(path) as store:
        assert store.get_analysis(2).article.title == "Analysed before"  # its JSON now compressed
        assert store._conn.execute("SELECT typeof(analysis) FROM analyses").fetchone()[0] == "blob"
        assert store.get_document(1).content == PAGE
        row = store._conn.execute("SELECT content, length(raw), raw_size FROM documents").fetchone()
        assert row[0] == "" and row[1] < len(PAGE) / 20 and row[2] == len(PAGE)
        assert store.status().pending == 1  # stored by the old version without its analysis


def test_outcomes_and_what_needs_analysis(store: Store) -> None:
    done = store.insert_document(doc("<p>one</p>")).id
    store.save_analysis(done, analysis_of("One"))
    failed = store.insert_document(doc("<p>two</p>")).id
    store.save_outcome(failed, "failed", "analyze", "analysis-failed", "RecursionError: too deep",
                       analysis_of("Two").article)
    skipped = store.insert_document(doc("<p>drei</p>")).id
    store.save_outcome(skipped, "skipped", "analyze", "unsupported-language", "language 'de'")
    pending = store.insert_document(doc("<p>four</p>")).id

    assert store.documents_needing_analysis() == [pending]  # this version already decided the others
    assert store.documents_needing_analysis(failed=True) == [failed]
    assert store.documents_needing_analysis(current_version="9.9.9") == [done, failed, skipped, pending]
    assert store.get_article(failed).outcome.detail == "RecursionError: too deep"
    assert store.search("Two").total == 1  # a failed analysis still leaves the article searchable

    status = store.status()
    counts = (status.documents, status.analysed, status.failed, status.skipped, status.pending)
    assert counts == (4, 1, 1, 1, 1)
    assert status.failures == [("analyze", "analysis-failed", 1)]
    assert status.skips == [("analyze", "unsupported-language", 1)]
    assert status.pipeline_versions == {PIPELINE_VERSION: 1}

    store.save_analysis(failed, analysis_of("Two"))  # a later success clears the failure
    assert store.outcome(failed) is None and store.status().failed == 0


def test_a_failure_keeps_the_older_analysis_a_skip_drops_it(store: Store) -> None:
    first = store.insert_document(doc("<p>a</p>")).id
    store.save_analysis(first, analysis_of("Old headline"))
    newer = analysis_of("New headline").article
    store.save_outcome(first, "failed", "analyze", "analysis-failed", "boom", newer)
    kept = store.get_article(first)
    assert kept.article.title == "Old headline" and kept.analysis is not None  # text and facts still agree
    assert [e.canonical for e in kept.entities] == ["Helen Carter"]
    store.save_outcome(first, "skipped", "analyze", "unsupported-language", "language 'de'",
                       analysis_of("Neue Schlagzeile").article)
    dropped = store.get_article(first)
    assert dropped.analysis is None and dropped.entities == [] and dropped.article.title == "Neue Schlagzeile"
