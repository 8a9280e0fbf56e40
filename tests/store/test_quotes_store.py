"""Store: quote rows written with the analysis, replaced on reanalysis, and read back by filter.

The analyses are built by hand (invented text, no extractor involved), so these tests check
the store, not the quality of quote finding.
"""

from __future__ import annotations

import sqlite3

import pytest

from builders import article, rows, save, span
from newsdesk.errors import QueryError, StoreError
from newsdesk.models import Analysis, Article, Entity, Mention, Quote, Role
from newsdesk.store import Store, latest_version, migrations, name_key

MINISTER = (
    "Foreign Minister Sergei Lavrov said on Thursday that \u201cit is impossible in one move to "
    "settle the dispute\u201d, Tass reported. Lavrov said a step-by-step process was needed."
)
OFFICIAL = 'A senior official called the talks "historic" and said they "had never been done before".'
WILLIAMS = '"We will build the bridge by June," Serena Williams, the mayor, told reporters.'
KIMS = '"The talks are going well," Kim Jong Un said. "We are ready," Kim Yong Chol said.'


def person(
    local_id: int, art: Article, name: str, aliases: tuple[str, ...] = (), role: str | None = None
) -> Entity:
    where = span(art.text, name)
    mentions = [Mention(where.start, where.end, name)]
    roles = []
    if role:
        r = span(art.text, role)
        roles.append(Role(role, r.start, r.end, "premodifier"))
    return Entity(local_id, "PERSON", name, mentions, roles, aliases=list(aliases))


def quote(
    qid: int, art: Article, kind: str, content: str, cue: str | None = None, source: str | None = None,
    speaker: Entity | None = None, description: str | None = None, anonymous: bool = False,
    via: Entity | None = None, group: int | None = None,
) -> Quote:
    return Quote(
        id=qid, kind=kind,  # type: ignore[arg-type]
        content=span(art.text, content),
        cue=span(art.text, cue) if cue else None,
        source=span(art.text, source) if source else None,
        speaker_id=speaker.id if speaker else None,
        speaker=speaker.canonical if speaker else description,
        speaker_type="person" if speaker else ("anonymous" if anonymous else "unknown"),
        anonymous=anonymous,
        intermediary_id=via.id if via else None,
        intermediary=via.canonical if via else None,
        group=qid if group is None else group,
    )


def lavrov_analysis(published: str | None = "2018-05-31", url: str = "https://wire.example/a") -> Analysis:
    art = article("Lavrov on talks", MINISTER, published, url)
    lavrov = person(1, art, "Sergei Lavrov", aliases=("Lavrov",), role="Foreign Minister")
    start = art.text.index("Tass")
    tass = Entity(2, "ORG", "Tass", [Mention(start, start + 4, "Tass")])
    quotes = [
        quote(1, art, "direct", "it is impossible in one move to settle the dispute", "said",
              "Sergei Lavrov", lavrov, via=tass),
        quote(2, art, "indirect", "a step-by-step process was needed", "said", "Lavrov", lavrov),
    ]
    return Analysis(art, [lavrov, tass], quotes, pipeline_version="1.0", model="test")


@pytest.fixture
def filled(store: Store) -> Store:
    save(store, lavrov_analysis())
    art = article("Officials on talks", OFFICIAL, "2018-06-01")
    save(store, Analysis(art, [], [
        quote(1, art, "mixed", "historic", "called", "A senior official",
              description="a senior official", anonymous=True),
        quote(2, art, "mixed", "had never been done before", "said", "A senior official",
              description="a senior official", anonymous=True),
    ]))
    art = article("Bridge by June", WILLIAMS, "2018-04-02")
    williams = person(1, art, "Serena Williams", aliases=("Williams",), role="mayor")
    save(store, Analysis(art, [williams], [
        quote(1, art, "direct", "We will build the bridge by June,", "told", "Serena Williams", williams),
    ]))
    art = article("Two Kims", KIMS, "2018-06-02")
    jong_un, yong_chol = person(1, art, "Kim Jong Un"), person(2, art, "Kim Yong Chol")
    save(store, Analysis(art, [jong_un, yong_chol], [
        quote(1, art, "direct", "The talks are going well,", "said", "Kim Jong Un", jong_un),
        quote(2, art, "direct", "We are ready,", "said", "Kim Yong Chol", yong_chol),
    ]))
    return store


def test_migration_0002_upgrades_a_version_1_database(db_path: str) -> None:
    assert [name for _, name, _ in migrations()][:2] == ["0001_init.sql", "0002_quotes.sql"]
    conn = sqlite3.connect(db_path)  # a database made by the previous newsdesk: only 0001
    conn.executescript(migrations()[0][2] + "\nPRAGMA user_version = 1;")
    conn.close()
    with Store(db_path) as s:
        assert s.schema_version == latest_version() >= 2
        assert s.quotes() == [] and s.counts()["quotes"] == 0
        save(s, lavrov_analysis())
        assert s.count_quotes() == 2


def test_quotes_are_saved_with_spans_speaker_entity_and_roles(store: Store) -> None:
    analysis = lavrov_analysis()
    doc_id = save(store, analysis)
    found = store.quotes()
    assert [q.quote_id for q in found] == [1, 2]
    first = found[0]
    text = analysis.article.text
    assert text[first.content.start : first.content.end] == first.content.text
    assert (first.cue.text, first.source.text) == ("said", "Sergei Lavrov")
    assert first.kind == "direct" and first.speaker == "Sergei Lavrov" and first.speaker_type == "person"
    assert first.intermediary == "Tass" and first.speaker_roles == ["Foreign Minister"]
    ids = {e.canonical: e.id for e in store.list_entities()}
    assert first.speaker_id == ids["Sergei Lavrov"] and first.intermediary_id == ids["Tass"]
    assert (first.article_id, first.title, first.published, first.url) == (
        doc_id, "Lavrov on talks", "2018-05-31", "https://wire.example/a",
    )
    assert [q.content.text for q in store.get_article(doc_id).quotes] == [q.content.text for q in found]
    assert store.get_analysis(doc_id).quotes == analysis.quotes  # the JSON keeps them too


def test_resaving_replaces_quotes_without_duplicates(store: Store) -> None:
    analysis = lavrov_analysis()
    doc_id = save(store, analysis)
    store.save_analysis(doc_id, analysis)
    store.save_analysis(doc_id, analysis)
    assert rows(store, "quotes") == 2 and store.count_quotes(about="impossible") == 1
    analysis.quotes = analysis.quotes[1:]  # a reanalysis that no longer finds the first quote
    store.save_analysis(doc_id, analysis)
    assert [q.content.text for q in store.quotes()] == ["a step-by-step process was needed"]
    assert store.quotes(about="impossible") == []  # the FTS row went with it
    assert rows(store, "quotes_fts") == 1


def test_failed_quote_write_keeps_the_previous_analysis(store: Store) -> None:
    analysis = lavrov_analysis()
    doc_id = save(store, analysis)
    broken = lavrov_analysis()
    broken.pipeline_version = "2.0"
    broken.quotes[1].id = broken.quotes[0].id  # two quotes with one id cannot both be stored
    with pytest.raises(StoreError):
        store.save_analysis(doc_id, broken)
    assert store.get_article(doc_id).analysis.pipeline_version == "1.0"
    assert rows(store, "quotes") == 2 and rows(store, "article_entities") == 2


def test_deleting_a_document_deletes_its_quotes(store: Store) -> None:
    doc_id = save(store, lavrov_analysis())
    store._conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
    assert rows(store, "quotes") == 0 and store.quotes(about="impossible") == []


@pytest.mark.parametrize("query", ["Lavrov", "lavrov", "LAVROV", "Sergei Lavrov", "sergei  lavrov",
                                   "Mr Lavrov", "Lávrov", "Sergei"])
def test_speaker_matches_canonical_name_alias_and_last_name(filled: Store, query: str) -> None:
    assert {q.speaker for q in filled.quotes(speaker=query)} == {"Sergei Lavrov"}


def test_speaker_matches_whole_words_only(filled: Store) -> None:
    assert filled.quotes(speaker="Lav") == []
    assert filled.quotes(speaker="William") == []  # the stemmer's "williams" -> "william" is not a match
    assert [q.speaker for q in filled.quotes(speaker="williams")] == ["Serena Williams"]
    assert {q.speaker for q in filled.quotes(speaker="Kim")} == {"Kim Jong Un", "Kim Yong Chol"}
    assert [q.speaker for q in filled.quotes(speaker="kim jong un")] == ["Kim Jong Un"]
    assert filled.quotes(speaker="Lavrov Sergei") == []
    assert filled.quotes(speaker="") == [] and filled.quotes(speaker="--") == []


def test_anonymous_speakers_are_found_by_their_description(filled: Store) -> None:
    found = filled.quotes(speaker="senior official")
    assert [q.content.text for q in found] == ["historic", "had never been done before"]
    assert all(q.anonymous and q.speaker_type == "anonymous" and q.speaker_id is None for q in found)


def test_about_is_a_full_text_query_over_quoted_words(filled: Store) -> None:
    assert [q.speaker for q in filled.quotes(about="impossible")] == ["Sergei Lavrov"]
    assert [q.content.text for q in filled.quotes(about='"in one move"')] == [
        "it is impossible in one move to settle the dispute"
    ]
    assert len(filled.quotes(about="bridge OR talks")) == 2
    assert filled.quotes(about="lavrov") == []  # the speaker's name is not the quote's content
    for awkward in ["step-by-step", "Kim's", '"col:umn"', "12:30"]:
        filled.quotes(about=awkward)  # never an FTS5 syntax error
    for malformed in ['"impossible', "AND", "-(", 'NEAR("x"', "col:umn", "entity:"]:
        with pytest.raises(QueryError):
            filled.quotes(about=malformed)
    assert len(filled.quotes(about="step-by-step")) == 1


def test_since_kind_and_combined_filters(filled: Store) -> None:
    assert {q.published for q in filled.quotes(since="2018-06")} == {"2018-06-01", "2018-06-02"}
    assert {q.published for q in filled.quotes(since="2018-05-31")} == {"2018-05-31", "2018-06-01",
                                                                        "2018-06-02"}
    assert [q.kind for q in filled.quotes(kind="mixed")] == ["mixed", "mixed"]
    assert [q.kind for q in filled.quotes(speaker="lavrov", kind="indirect")] == ["indirect"]
    assert filled.quotes(speaker="lavrov", since="2018-06-01") == []
    assert filled.count_quotes(since="2018-06", kind="direct") == 2
    with pytest.raises(ValueError, match="unknown quote kind"):
        filled.quotes(kind="paraphrase")


def test_order_is_published_then_article_then_position_and_paging_works(filled: Store) -> None:
    found = filled.quotes()
    keys = [(q.published, q.article_id, q.content.start) for q in found]
    assert keys == sorted(keys) and len(found) == filled.count_quotes() == 7
    assert found[0].speaker == "Serena Williams"  # 2018-04-02 comes first
    pages = [filled.quotes(limit=3, offset=o) for o in (0, 3, 6)]
    assert [q.id for page in pages for q in page] == [q.id for q in found]


def test_undated_articles_come_last_and_never_match_since(store: Store) -> None:
    save(store, lavrov_analysis(published=None, url="https://wire.example/undated"))
    save(store, lavrov_analysis(published="2018-01-01", url="https://wire.example/b"))
    assert [q.published for q in store.quotes()] == ["2018-01-01", "2018-01-01", None, None]
    assert store.count_quotes(since="2000") == 2


def test_name_key_ignores_case_accents_and_punctuation() -> None:
    assert name_key("  Sérgei  LAVROV ") == "sergei lavrov"
    assert name_key("O'Brien-Smith") == "o brien smith"


def test_the_clause_of_a_mixed_quote_is_stored_when_the_analysis_gives_one(store: Store) -> None:
    if "clause" not in Quote.__dataclass_fields__:
        pytest.skip("models.Quote has no clause field in this checkout")
    art = article("Officials on talks", OFFICIAL, "2018-06-01")
    q = quote(1, art, "mixed", "historic", "called", "A senior official", description="a senior official",
              anonymous=True)
    q.clause = span(art.text, 'the talks "historic"')  # type: ignore[attr-defined]
    save(store, Analysis(art, [], [q]))
    (found,) = store.quotes()
    assert found.clause == q.clause  # type: ignore[attr-defined]
