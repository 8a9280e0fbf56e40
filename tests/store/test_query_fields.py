"""The query fields entity: and type: in the one parser, and hostile input: errors, never crashes."""

from __future__ import annotations

import random

import pytest

from newsdesk.errors import QueryError
from newsdesk.store._fts import fts_query
from newsdesk.store._match import ARTICLES, QUOTES, compile_node
from newsdesk.store._query import AllOf, AnyOf, Field, Limits, Phrase, has_fields, parse_query

LIMITS = Limits(1000, 64)


def parse(q: str):  # noqa: ANN201
    return parse_query(q, LIMITS)


def test_fields_parse_with_words_and_operators() -> None:
    assert parse('entity:"Kim Jong Un"') == Field("entity", "Kim Jong Un")
    assert parse("type:consult") == Field("type", "CONSULT")
    assert parse("type:REQUEST") == Field("type", "DEMAND")  # the store's canonical type
    assert parse("ENTITY:Kim") == Field("entity", "Kim")
    assert parse("sanctions -type:ASSAULT") == AllOf((Phrase(("sanctions",)),), (Field("type", "ASSAULT"),))
    assert parse("(entity:Kim OR type:CONSULT) talks") == AllOf(
        (AnyOf((Field("entity", "Kim"), Field("type", "CONSULT"))), Phrase(("talks",))))
    assert parse('entity:"  Kim   Jong Un "') == Field("entity", "Kim Jong Un")
    assert has_fields(parse("a OR (b type:AID)")) and not has_fields(parse("a OR (b c)"))


@pytest.mark.parametrize(("query", "message"), [
    ("foo:bar", r"unknown field foo: at character 1; the fields are entity:, type:"),
    ("trump http://x.example", r"unknown field http: at character 7"),
    ("entity:", r"entity: at character 1 has no value"),
    ('entity:""', r"has no value"),
    ("type: CONSULT", r"type: at character 1 has no value"),
    ("type:DANCE", r"type: at character 1: unknown event type 'DANCE'"),
    ("entity:Kim*", r"takes a whole value, not a prefix"),
    ('entity:"Kim Jong', r'unbalanced quote: the " at character 8 is never closed'),
    ("(entity:Kim", r"unbalanced parenthesis: the '\(' at character 1 is never closed"),
    ("entity:Kim)", r"unbalanced parenthesis: the '\)' at character 11"),
    ("NEAR(kim entity:Kim)", r"NEAR\(\.\.\.\) holds only words"),
    ("-entity:Kim", r"not only words to exclude"),
    ("NOT type:AID", r"NOT at character 1 has nothing on its left"),
    ("type:AID OR", r"OR at character 10 has nothing on its right"),
])
def test_malformed_fields_say_what_and_where(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse(query)


def test_words_with_colons_stay_words() -> None:
    assert parse("Breaking: floods") == AllOf((Phrase(("breaking",)), Phrase(("floods",))))
    assert parse("10:30") == Phrase(("10", "30"))
    assert parse('"http://x.example"') == Phrase(("http", "x", "example"))


def test_fields_count_against_the_limits() -> None:
    with pytest.raises(QueryError, match="3 words to search for; the limit is 2"):
        parse_query('entity:"Kim Jong Un"', Limits(100, 2))
    with pytest.raises(QueryError, match="the limit is 20"):
        parse_query("entity:" + "k" * 30, Limits(20, 5))


def test_fts_query_refuses_fields_where_only_words_are_searched() -> None:
    with pytest.raises(QueryError, match="entity: and type: cannot be used here"):
        fts_query("dock type:PROTEST")


def test_compiled_sql_keeps_user_text_in_parameters() -> None:
    node = parse('"x\'); DROP TABLE articles; --" OR entity:"Robert\'); DROP" -type:AID')
    m = compile_node(node, ARTICLES, lambda name: [7, 3])
    assert "DROP" not in m.sql and "Robert" not in m.sql
    assert m.params.count(7) == 1 and "AID" in m.params
    assert m.rank is None  # an entity: option need not hold the words
    none = compile_node(parse("entity:Nobody"), ARTICLES, lambda name: [])
    assert none.unknown == ("Nobody",) and none.params == []
    q = compile_node(parse("talks type:AID"), QUOTES, lambda name: [])
    assert q.params == ["content : (\"talks\")", "AID"] and q.rank == '"talks"'


def test_hostile_input_is_a_query_error_or_a_tree() -> None:
    rng = random.Random(11)
    alphabet = ['entity:', 'type:', '"', "(", ")", "-", "*", " ", "OR", "AND", "NOT", "NEAR(", ",",
                "kim", "CONSULT", ":", "\x00", "é", "<script>", "'", ";", "\\"]
    for _ in range(3000):
        q = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        try:
            node = parse(q)
        except QueryError as exc:
            assert str(exc)
        else:
            compile_node(node, ARTICLES, lambda name: [1])
    for q in ["(" * 40 + "kim" + ")" * 40, "entity:" + '"' * 501, "type:" * 300]:
        with pytest.raises(QueryError):
            parse(q)


def test_search_and_quotes_understand_fields(store) -> None:  # noqa: ANN001
    from digest._fixtures import FLOOD_1, STRIKE_1, STRIKE_3, place

    vote, flood, day = (place(store, r) for r in (STRIKE_1, FLOOD_1, STRIKE_3))
    only = store.search('entity:"Mara Quint"')
    assert only.total == 2 and [h.id for h in only.hits] == [day, vote]  # no words to rank by: newest first
    ranked = store.search("terminal entity:Portvale -type:MOBILIZE")
    assert {h.id for h in ranked.hits} == {vote, day} and all("**" in h.snippet for h in ranked.hits)
    assert {h.id for h in store.search("type:MOBILIZE OR queued").hits} == {flood, day}
    assert store.search("entity:Nobody").total == 0
    assert [q.article_id for q in store.quotes(about="entity:Portvale offer")] == [vote]
    assert store.quotes(about="offer type:AGREE") == [] and store.count_quotes(about="type:PROTEST") == 1
