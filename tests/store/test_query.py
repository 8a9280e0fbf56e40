"""The one query syntax (README "Query syntax"): operators, NEAR, clear errors, limits, repeats.

Semantics are checked on small stores built by hand; a seeded random set of queries is
also evaluated in Python and compared with what FTS5 returns for the rendered expression.
"""

from __future__ import annotations

import random
import time

import pytest

from builders import article, save, span
from newsdesk.errors import QueryError
from newsdesk.models import Analysis, Quote
from newsdesk.store import Store
from newsdesk.store._fts import fts_query
from newsdesk.store._query import AllOf, AnyOf, Limits, Node, Phrase, parse_query


def add(store: Store, title: str, body: str) -> int:
    return save(store, Analysis(article(title, body)))


def found(store: Store, query: str) -> set[int]:
    res = store.search(query, limit=1000)
    assert res.total == len(res.hits)
    return {h.id for h in res.hits}


@pytest.fixture
def people(store: Store) -> dict[str, int]:
    return {
        "both": add(store, "Trump meets Carson", "Trump and Carson spoke at the White House."),
        "trump": add(store, "Trump in Texas", "Trump travelled to Texas on Friday."),
        "carson": add(store, "Carson speaks", "Carson spoke about housing policy."),
        "kim": add(store, "Kim letter", "Kim sent a letter to the White House."),
    }


def test_a_leading_dash_excludes(store: Store, people: dict[str, int]) -> None:
    only = {people["trump"]}
    assert found(store, "trump -carson") == only  # was the same as "trump AND carson"
    assert found(store, "-carson trump") == only
    assert found(store, "trump NOT carson") == only
    assert found(store, "trump AND NOT carson") == only
    assert found(store, '"white house" -(carson OR trump)') == {people["kim"]}
    assert found(store, "trump -NEAR(trump carson, 1)") == only
    assert found(store, "U.S.-China") == set()  # a dash inside a word still joins it


def test_precedence_not_then_and_then_or(store: Store) -> None:
    ids = {body: add(store, body.title(), body) for body in
           ["one two three", "two three", "one", "four", "three four one", "two"]}
    pick = lambda *bodies: {ids[b] for b in bodies}  # noqa: E731
    assert found(store, "one OR two NOT three") == pick("one two three", "one", "three four one", "two")
    assert found(store, "one NOT two three") == pick("three four one")  # NOT takes one operand
    assert found(store, "one two OR four") == pick("one two three", "four", "three four one")
    assert found(store, "(one OR two) -three") == pick("one", "two")
    assert found(store, "one AND (two OR four)") == pick("one two three", "three four one")


def test_near_has_fts5_semantics(store: Store) -> None:
    gaps = {n: add(store, f"Gap {n}", "alpha " + "x " * n + "beta gamma") for n in (0, 3, 10, 11)}
    add(store, "Apart", "alpha " + "x " * 40 + "beta")
    assert found(store, "NEAR(alpha beta)") == {gaps[0], gaps[3], gaps[10]}  # FTS5's default: 10
    assert found(store, "NEAR(alpha beta, 3)") == {gaps[0], gaps[3]}
    assert found(store, "NEAR(alpha beta,0)") == {gaps[0]}
    assert found(store, 'NEAR(alpha "beta gamma", 11)') == set(gaps.values())
    assert found(store, "NEAR (alp* beta, 3) -gap") == set()  # headlines "Gap n" excluded
    assert found(store, "NEAR(alpha alpha beta alpha, 3)") == {gaps[0], gaps[3]}  # repeats dropped
    for query in ["NEAR(alpha beta, 3)", "NEAR(alpha beta)", 'NEAR(alpha "beta gamma", 11)',
                  "NEAR(alpha alpha beta alpha, 3)", "NEAR(beta beta, 0)"]:
        raw = store._conn.execute(  # the same NEAR typed straight into FTS5
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (query,)
        ).fetchall()
        assert found(store, query) == {r[0] for r in raw}


def test_about_takes_the_same_syntax(store: Store) -> None:
    art = article("Talks", "Lavrov said the talks were impossible. Pompeo said the talks were hard.")
    said = [Quote(i, "indirect", span(art.text, words), group=i)
            for i, words in enumerate(["the talks were impossible", "the talks were hard"], 1)]
    save(store, Analysis(art, [], said))
    assert [q.content.text for q in store.quotes(about="talks -impossible")] == ["the talks were hard"]
    assert store.count_quotes(about="NEAR(talks hard, 2)") == 1
    with pytest.raises(QueryError, match="only words to exclude"):
        store.quotes(about="-impossible")


@pytest.mark.parametrize(("query", "message"), [
    ("", "empty query"),
    ("  * – ", "empty query"),
    ('ferry "terminal', 'unbalanced quote: the " at character 7'),
    ("(ferry OR boat", "the '(' at character 1 is never closed"),
    ("ferry)", "the ')' at character 6 has no matching '('"),
    ("()", "empty parentheses at character 1"),
    ("ferry OR", "OR at character 7 has nothing on its right"),
    ("OR ferry", "OR at character 1 has nothing on its left"),
    ("ferry AND", "AND at character 7 has nothing on its right"),
    ("ferry NOT", "NOT at character 7 has nothing on its right"),
    ("NOT ferry", "NOT at character 1 has nothing on its left"),
    ("ferry - boat", "the '-' at character 7 excludes nothing"),
    ("-ferry", "at least one word to find"),
    ("ferry OR -boat", "the part at character 10 only excludes words"),
    ("NEAR ferry boat", "NEAR at character 1 needs its parenthesis"),
    ("NEAR(ferry boat, ten)", "must be a whole number"),
    ("NEAR(ferry boat,)", "must be a whole number"),
    ("NEAR(ferry boat", "NEAR( at character 1 is never closed"),
    ("NEAR(ferry OR boat)", "'OR' at character 12 cannot stand in it"),
    ('ferry ""', "the phrase at character 7 has no word"),
    ("(" * 20 + "ferry" + ")" * 20, "nest more than 16 deep"),
])
def test_malformed_queries_say_what_and_where(store: Store, query: str, message: str) -> None:
    add(store, "Ferry", "The ferry terminal opens.")
    with pytest.raises(QueryError, match=message.replace("(", r"\(").replace(")", r"\)")):
        store.search(query)


def test_news_words_still_work(store: Store) -> None:
    a = add(store, "U.S.-China talks", "AT&T and Kim's aides met; the step-by-step plan.")
    for query in ["U.S.-China", "Kim's", "AT&T", "step-by-step", "talk*", '"china talks"*', '"a:b" OR kim',
                  "10:30 OR kim", "Kim: talks"]:
        assert found(store, query) == {a}, query
    with pytest.raises(QueryError, match=r"unknown field a: at character 1; the fields are entity:, type:"):
        store.search("a:b OR kim")  # never FTS5's column filter
    assert fts_query("U.S.-China Kim's") == '"u s china" AND "kim s"'


def test_length_and_term_limits(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    add(store, "The ferry", "The ferry and the terminal.")
    with pytest.raises(QueryError, match="2,000 characters long; the limit is 1,000"):
        store.search("the " * 500)
    huge = " OR ".join(f'"word{i} and more"' for i in range(500))[:10_000]
    t0 = time.perf_counter()
    with pytest.raises(QueryError, match="characters long"):
        store.search(huge)
    assert time.perf_counter() - t0 < 0.1
    with pytest.raises(QueryError, match="65 words to search for; the limit is 64"):
        store.search(" OR ".join(f"w{i}" for i in range(65)))
    with pytest.raises(QueryError, match="the limit is 64"):  # each word of a phrase counts
        store.search('"' + "the " * 65 + '"')
    monkeypatch.setenv("NEWSDESK_QUERY_MAX_CHARS", "10")
    monkeypatch.setenv("NEWSDESK_QUERY_MAX_TERMS", "2")
    with pytest.raises(QueryError, match="the limit is 10"):
        store.search("ferry terminal")
    with pytest.raises(QueryError, match="the limit is 2"):
        store.search("a b c")
    with pytest.raises(QueryError, match="speaker is 11 characters long"):
        store.quotes(speaker="Mr Lavrov S")
    with pytest.raises(QueryError, match="actor has 3 words"):
        store.events(actor="Kim Jo Un")


def test_repeated_terms_are_dropped_without_changing_the_rows(store: Store) -> None:
    ids = {add(store, f"Story {i}", "the ferry " * i + "and a boat") for i in range(1, 8)}
    add(store, "Other", "A boat.")
    once = store.search("the", limit=100)
    t0 = time.perf_counter()
    many = store.search("the " * 200, limit=100)  # 800 characters, within the limit
    assert time.perf_counter() - t0 < 0.5
    assert [(h.id, h.score, h.snippet) for h in many.hits] == [(h.id, h.score, h.snippet) for h in once.hits]
    assert {h.id for h in once.hits} == ids
    raw = store._conn.execute(  # FTS5 itself, fed the repeats, finds the same rows
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (" AND ".join(['"the"'] * 20),)
    ).fetchall()
    assert {r[0] for r in raw} == ids
    assert fts_query("ferry OR boat OR ferry OR (boat OR ferry)") == '"ferry" OR "boat"'
    assert fts_query("The the THE -boat -boat") == '"the" NOT "boat"'
    assert fts_query('NEAR(ferry boat ferry, 3) ferry "ferry"') == 'NEAR("ferry" "boat", 3) AND "ferry"'


# -- rendered expressions agree with a plain evaluation of the tree --------------------------

WORDS = ["red", "blue", "green", "gold", "iron", "salt"]


def _matches(node: Node, tokens: list[str]) -> bool:
    if isinstance(node, Phrase):
        n, words = len(node.words), list(node.words)
        for i in range(len(tokens) - n + 1):
            window = tokens[i : i + n]
            if window[:-1] == words[:-1] and (
                window[-1].startswith(words[-1]) if node.prefix else window[-1] == words[-1]
            ):
                return True
        return False
    if isinstance(node, AllOf):
        return all(_matches(n, tokens) for n in node.include) and not any(
            _matches(n, tokens) for n in node.exclude
        )
    assert isinstance(node, AnyOf)  # (the random queries hold no NEAR)
    return any(_matches(n, tokens) for n in node.options)


def _random_query(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for i in range(rng.randint(1, 3)):
        roll = rng.random()
        if depth < 2 and roll < 0.2:
            term = "(" + _random_query(rng, depth + 1) + ")"
        elif roll < 0.3:
            term = '"' + " ".join(rng.sample(WORDS, 2)) + '"'
        elif roll < 0.4:
            term = rng.choice(WORDS)[:2] + "*"
        else:
            term = rng.choice(WORDS)
        if i and rng.random() < 0.3:
            term = rng.choice(["-", "NOT "]) + term
        parts.append(term)
        if i < 2:
            parts.append(rng.choice(["", "", "AND", "OR"]))
    return " ".join(p for p in parts if p).removesuffix(" AND").removesuffix(" OR")


def test_rendered_queries_match_a_plain_evaluation(store: Store) -> None:
    rng = random.Random(8)
    docs = {}
    for i in range(30):
        tokens = rng.choices(WORDS, k=rng.randint(1, 5))
        docs[add(store, f"Doc {i}", " ".join(tokens))] = ["doc", str(i), *tokens]
    checked = 0
    for _ in range(300):
        query = _random_query(rng)
        try:
            tree = parse_query(query, Limits(1000, 64))
        except QueryError:
            continue  # e.g. a group that only excludes
        expected = {doc for doc, tokens in docs.items() if _matches(tree, tokens)}
        assert found(store, query) == expected, (query, fts_query(query))
        checked += 1
    assert checked > 150
