"""Store: migrations, idempotent writes, URL versions, atomic reanalysis, search and listings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsdesk.errors import QueryError, StoreError
from newsdesk.ingest import content_hash
from newsdesk.models import Analysis, Article, Document, Entity, Mention, Role, Section
from newsdesk.store import Store, latest_version, migrations


def make_doc(content: str, url: str | None = None, source: str = "t.txt") -> Document:
    return Document(source=source, kind="text", content=content, url=url, content_hash=content_hash(content))


def make_article(title: str, body: str, standfirst: str | None = None) -> Article:
    parts = [title] + ([standfirst] if standfirst else []) + [body]
    text = "\n\n".join(parts)
    sections, pos = [], 0
    kinds = ["headline"] + (["standfirst"] if standfirst else []) + ["paragraph"]
    for kind, part in zip(kinds, parts, strict=True):
        sections.append(Section(kind, pos, pos + len(part)))
        pos += len(part) + 2
    return Article(text=text, title=title, standfirst=standfirst, sections=sections, authors=["A. Writer"],
                   provenance={"title": "test"})


def person(local_id: int, article: Article, name: str, role: str | None = None) -> Entity:
    start = article.text.index(name)
    roles = [Role(role, max(0, start - len(role) - 1), start - 1, "premodifier")] if role else []
    return Entity(local_id, "PERSON", name, [Mention(start, start + len(name), name)], roles)


def stored(store: Store, title: str, body: str, names: list[tuple[str, str | None]] = ()) -> int:
    doc_id = store.add_document(make_doc(f"{title}\n\n{body}"))
    art = make_article(title, body)
    ents = [person(i + 1, art, n, r) for i, (n, r) in enumerate(names)]
    store.save_analysis(doc_id, Analysis(art, ents, pipeline_version="1.0", model="test-model"))
    return doc_id


def table_count(store: Store, table: str) -> int:
    return store._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_migrations_apply_once_and_are_tracked(db_path: str) -> None:
    assert [name for _, name, _ in migrations()][0] == "0001_init.sql"
    with Store(db_path) as s:
        assert s.schema_version == latest_version() >= 1
        assert s._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        s.add_document(make_doc("kept across reopen"))
    with Store(db_path) as s:  # reopening applies nothing twice and loses nothing
        assert s.schema_version == latest_version()
        assert s.counts()["documents"] == 1


def test_newer_schema_is_refused(db_path: str) -> None:
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(db_path)


def test_unusable_paths_raise_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "no" / "such" / "dir.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all, just bytes" * 100)
    with pytest.raises(StoreError, match="not a database"):
        Store(junk)
    with pytest.raises(StoreError, match="folder"):
        Store(tmp_path)


def test_add_document_is_idempotent(store: Store) -> None:
    doc = make_doc("Same story twice")
    first = store.insert_document(doc)
    assert first.status == "new"
    again = store.insert_document(make_doc("  Same story twice\r\n", source="copy.txt"))
    assert again.id == first.id and again.status == "duplicate"
    assert store.add_document(doc) == first.id
    assert store.counts()["documents"] == 1


def test_changed_url_content_is_a_new_linked_version(store: Store) -> None:
    url = "https://news.example/story"
    a = store.insert_document(make_doc("Version one", url))
    b = store.insert_document(make_doc("Version two", url))
    c = store.insert_document(make_doc("Version three", url))
    assert (a.status, b.status, c.status) == ("new", "version", "version")
    rows = store._conn.execute("SELECT id, url_version, previous_id FROM documents ORDER BY id")
    rows = [(*r, store.get_document(r[0]).content) for r in rows]
    assert rows == [
        (a.id, 1, None, "Version one"), (b.id, 2, a.id, "Version two"), (c.id, 3, b.id, "Version three"),
    ]
    assert store.counts()["url_versions"] == 2
    assert store.get_document(a.id).content == "Version one"  # never overwritten


def test_record_error(store: Store) -> None:
    store.record_error("feed.jsonl:3", "ingest", "bad-json", "Expecting value")
    (err,) = store.list_errors()
    assert (err.source, err.stage, err.reason) == ("feed.jsonl:3", "ingest", "bad-json")


def test_save_analysis_twice_replaces_without_duplicates(store: Store) -> None:
    doc_id = stored(store, "Mayor opens bridge", "Mayor Ann Lee opened the bridge.", [("Ann Lee", "Mayor")])
    before = {t: table_count(store, t) for t in ("analyses", "article_entities", "mentions", "roles")}
    art = make_article("Mayor opens bridge", "Mayor Ann Lee opened the bridge.")
    analysis = Analysis(art, [person(1, art, "Ann Lee", "Mayor")], pipeline_version="1.0", model="test-model")
    store.save_analysis(doc_id, analysis)
    store.save_analysis(doc_id, analysis)
    after = {t: table_count(store, t) for t in ("analyses", "article_entities", "mentions", "roles")}
    assert before == after == {"analyses": 1, "article_entities": 1, "mentions": 1, "roles": 1}
    assert store.search("bridge").total == 1  # the FTS row was replaced, not added


def test_reanalysis_drops_entities_no_longer_found(store: Store) -> None:
    doc_id = stored(store, "Two people", "Ann Lee met Bo Chan.", [("Ann Lee", None), ("Bo Chan", None)])
    art = make_article("Two people", "Ann Lee met Bo Chan.")
    store.save_analysis(doc_id, Analysis(art, [person(1, art, "Ann Lee")], pipeline_version="1.1", model="m"))
    assert [e.canonical for e in store.get_article(doc_id).entities] == ["Ann Lee"]
    assert [e.canonical for e in store.list_entities()] == ["Ann Lee"]


def test_failed_write_keeps_previous_analysis(store: Store) -> None:
    doc_id = stored(store, "Kept", "Ann Lee stays.", [("Ann Lee", None)])
    art = make_article("Kept", "Ann Lee stays.")
    bad = Entity(1, "PERSON", "Ann Lee", [Mention(None, None, "Ann Lee")])  # type: ignore[arg-type]
    with pytest.raises(StoreError):
        store.save_analysis(doc_id, Analysis(art, [bad], pipeline_version="2.0", model="m"))
    assert store.get_article(doc_id).analysis.pipeline_version == "1.0"
    assert table_count(store, "mentions") == 1


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(StoreError, match="FOREIGN KEY"):
        store.save_article(999, make_article("Orphan", "No document."))
    assert store.counts()["articles"] == 0


def test_get_article_has_metadata_entities_roles_mentions(store: Store) -> None:
    doc_id = stored(store, "Mayor opens bridge", "Mayor Ann Lee opened the bridge.", [("Ann Lee", "Mayor")])
    got = store.get_article(doc_id)
    assert got.article.title == "Mayor opens bridge"
    assert got.article.body == "Mayor Ann Lee opened the bridge."
    assert got.article.authors == ["A. Writer"] and got.article.provenance == {"title": "test"}
    assert got.analysis.model == "test-model"
    (ent,) = got.entities
    assert ent.canonical == "Ann Lee" and [r.title for r in ent.roles] == ["Mayor"]
    m = ent.mentions[0]
    assert got.article.text[m.start : m.end] == "Ann Lee"
    assert store.get_article(12345) is None
    assert got.to_dict()["article"]["body"] == got.article.body


def test_search_ranks_snippets_and_survives_punctuation(store: Store) -> None:
    a = stored(store, "Harbour tunnel opens", "Traffic moved through the tunnel at dawn.")
    stored(store, "Council budget", "The harbour tunnel was mentioned once in the budget debate.")
    res = store.search("harbour tunnel")
    assert res.total == 2 and res.hits[0].id == a  # the headline hit ranks first
    assert "**" in res.hits[0].snippet
    for q in ["tunnel's", "U.S.-China", "\"a:b\"", "10:30", "AT&T", "tunnel – dawn"]:
        store.search(q)  # news-style words are never an FTS5 syntax error
    for q in ['"', "(tunnel", "tunnel AND", "NOT tunnel", "*", "OR", ""]:
        with pytest.raises(QueryError):  # malformed: a message, not an FTS5 error or silence
            store.search(q)
    assert store.search("tunnel's").total == 0
    assert store.search("tunn*").total == 2
    assert store.search('"harbour tunnel"').total == 2


def test_search_pages_through_every_match(store: Store) -> None:
    ids = {stored(store, f"Election night {i}", f"Votes counted in ward {i}.") for i in range(25)}
    seen, offset = [], 0
    while offset is not None:
        page = store.search("votes", limit=10, offset=offset)
        assert page.total == 25
        seen += [h.id for h in page.hits]
        offset = page.next_offset
    assert sorted(seen) == sorted(ids)


def test_list_entities_counts_articles_and_gathers_roles(store: Store) -> None:
    stored(store, "One", "Mayor Ann Lee spoke.", [("Ann Lee", "Mayor")])
    stored(store, "Two", "Senator Ann Lee voted.", [("Ann Lee", "Senator")])
    stored(store, "Three", "Bo Chan left.", [("Bo Chan", None)])
    first, second = store.list_entities(type="person")
    assert (first.canonical, first.articles, first.mentions) == ("Ann Lee", 2, 2)
    assert sorted(first.roles) == [("Mayor", 1), ("Senator", 1)]
    assert second.canonical == "Bo Chan" and second.roles == []
    assert [e.canonical for e in store.list_entities(limit=1, offset=1)] == ["Bo Chan"]
    assert store.list_entities(type="ORG") == []


def test_documents_needing_analysis(store: Store) -> None:
    old = stored(store, "Old", "Analysed long ago.")
    never = store.add_document(make_doc("Never analysed"))
    assert store.documents_needing_analysis(current_version="1.0") == [never]
    assert store.documents_needing_analysis(current_version="2.0") == [old, never]
    assert store.documents_needing_analysis("1.0", current_version="1.0") == [old, never]
    assert store.documents_needing_analysis("1.5", current_version="1.0") == [never]


def test_database_is_plain_sqlite(db_path: str) -> None:
    with Store(db_path) as s:
        stored(s, "Plain file", "Ann Lee reads it with any SQLite tool.", [("Ann Lee", None)])
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT title FROM articles").fetchone() == ("Plain file",)
    assert conn.execute("SELECT canonical FROM entities").fetchone() == ("Ann Lee",)


def test_richest_articles_prefers_more_people(store: Store) -> None:
    stored(store, "One person", "Ann Lee alone.", [("Ann Lee", None)])
    two = stored(store, "Two people", "Ann Lee met Bo Chan.", [("Ann Lee", None), ("Bo Chan", None)])
    assert store.richest_articles(1) == [two]
