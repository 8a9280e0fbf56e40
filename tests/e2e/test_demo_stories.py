"""`newsdesk demo` on the demo corpus (the `make demo` path) ends with its stories, copies folded.

The gold (examples/gold/articles.json) gives each article's story and its syndicated copies;
the facts checked: each multi-article gold story is mostly one story of the store, different
gold stories are different stories, every copy pair is folded into one entry, and the demo's
"top stories" table shows them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from newsdesk.cli.app import app
from newsdesk.models import Story
from newsdesk.sources.demo_site import pages_from_folder
from newsdesk.store import Store

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
GOLD = json.loads((ROOT / "examples" / "gold" / "articles.json").read_text("utf-8"))
BIG = ("summit", "trade", "storm", "korea-summit")


def _gold_key(source: str) -> str:
    path, _, line = source.partition(".jsonl:")
    rel = Path(path + (".jsonl" if line else "")).relative_to(CORPUS).as_posix()
    return f"{rel}:{line}" if line else rel


@pytest.fixture(scope="module")
def demo(
    nlp: Language, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Store, dict[str, int]]]:
    """`newsdesk demo` run once: its output, its store, and gold key -> article id."""
    path = str(tmp_path_factory.mktemp("demo") / "demo.db")
    env = {"COLUMNS": "200", "NEWSDESK_DB": ""}
    result = CliRunner().invoke(app, ["demo", str(CORPUS), "--db", path], env=env)
    assert result.exit_code == 0, result.output
    store = Store(path)
    origin = {page.path: page.origin for page in pages_from_folder(CORPUS)}  # the demo serves the corpus
    ids = {}
    for article_id in store.analysed_article_ids():
        doc = store.get_document(article_id)
        assert doc is not None  # its source is the page's URL as the watch fetched it
        ids[_gold_key(origin[urlsplit(doc.source).path])] = article_id
    yield result.stdout, store, ids
    store.close()


def _story_of(stories: list[Story]) -> dict[int, int]:
    """Article id (copies included) -> story id."""
    return {i: s.id for s in stories for a in s.articles for i in (a.article_id, *a.copies)}


def test_every_demo_article_is_analysed_and_placed(demo) -> None:
    _, store, ids = demo
    assert set(ids) == set(GOLD)
    placed = _story_of(store.stories())
    assert set(ids.values()) <= set(placed), "every analysed article belongs to a story"


def _majority(store: Store, ids: dict[str, int]) -> dict[str, tuple[int | None, int, int]]:
    """Gold story -> (the store's story holding most of its articles, how many, of how many)."""
    placed = _story_of(store.stories())
    found = {}
    for gold_story in BIG:
        keys = [k for k, meta in GOLD.items() if meta["story"] == gold_story]
        story_id, n = Counter(placed.get(ids[k]) for k in keys).most_common(1)[0]
        found[gold_story] = (story_id, n, len(keys))
    return found


def test_each_gold_story_is_one_story_of_the_store(demo) -> None:
    stdout, store, ids = demo
    titles = {s.id: s.title for s in store.stories()}
    majority = _majority(store, ids)
    for gold_story, (story_id, n, total) in majority.items():
        assert story_id is not None and n >= 0.8 * total, (gold_story, majority)
        assert titles[story_id][:30] in stdout, f"the top stories table does not show {gold_story}"
    assert len({story_id for story_id, _, _ in majority.values()}) == len(BIG), majority
    assert "top stories" in stdout


def test_every_copy_pair_is_folded_into_one_entry(demo) -> None:
    _, store, ids = demo
    entries = {}
    for s in store.stories():
        for a in s.articles:
            for i in (a.article_id, *a.copies):
                entries[i] = (s.id, a.article_id)
    pairs = {tuple(sorted((k, other))) for k, meta in GOLD.items() for other in meta["duplicate_of"]}
    assert len(pairs) == 7
    for a, b in pairs:
        assert entries[ids[a]] == entries[ids[b]], f"{a} and {b} are not folded together"


def test_unrelated_standalone_articles_stay_out_of_the_big_stories(demo) -> None:
    _, store, ids = demo
    placed = _story_of(store.stories())
    big = {story_id for story_id, _, _ in _majority(store, ids).values()}
    for key in (k for k, meta in GOLD.items() if meta["story"] not in BIG and meta["story"] != "bok-rate"):
        assert placed[ids[key]] not in big, f"{key} ({GOLD[key]['story']}) joined a big story"
