"""Stored story views and the bounded story reads the story page is built from."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from digest._fixtures import week
from newsdesk.pipeline import ingest_paths
from newsdesk.store import Store
from newsdesk.stories import views


def _stories(store: Store) -> list[int]:
    """The week's stories (``week`` returns the articles it placed)."""
    return sorted({s for s in (store.story_of(a) for a in week(store).values()) if s is not None})


def _folded(store: Store, sid: int) -> list[tuple[int, list[int], list[str]]]:
    _, _, _, page = store.story_article_page(sid, 0, 1000)
    return [(a.article_id, a.copies, a.outlets) for a in page]


def test_the_article_page_folds_copies_as_the_whole_story_does(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        folded_somewhere = False
        for sid in _stories(store):
            whole = store.get_story(sid)
            assert whole is not None
            expected = [(a.article_id, a.copies, a.outlets) for a in whole.articles]
            assert _folded(store, sid) == expected
            listed, reports, outlets, page = store.story_article_page(sid, 1, 1)
            assert (listed, reports) == (len(whole.articles), sum(1 + len(a.copies) for a in whole.articles))
            assert outlets == whole.outlets
            assert [a.article_id for a in page] == [a.article_id for a in whole.articles[1:2]]
            folded_somewhere |= any(a.copies for a in whole.articles)
        assert folded_somewhere  # the week holds a copy: the check above saw folding


def test_a_stored_view_is_read_as_it_was_built_and_rebuilt_once_the_story_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(tmp_path / "s.db") as store:
        stories = _stories(store)
        sid = max(stories, key=lambda s: len(store.get_story(s).articles))  # type: ignore[union-attr]
        built = views.derive(store, store.get_story(sid))  # type: ignore[arg-type]
        assert built.timeline and built.key_quotes
        assert views.refresh(store, [sid]) == 1
        state, body = store.stored_story_view(sid)  # type: ignore[misc]
        assert state == store.story_state(sid)
        for entry in built.timeline:  # the stored events keep their first reports only
            for event in entry.events:
                event.reports = event.reports[:views.EVENT_REPORTS]
        assert views.from_body(body) == built  # every other field survives the JSON

        def whole_story(_: int) -> None:
            raise AssertionError("a stored view in the story's state needs no whole-story read")

        with monkeypatch.context() as m:
            m.setattr(store, "get_story", whole_story)
            assert views.derived(store, sid) == built
        # another article in the story: the stored view is of an older state and is not used
        other = next(s for s in stories if s != sid)
        store.merge_stories(sid, other)
        assert store.story_state(sid) != state
        again = views.derived(store, sid)
        assert sum(len(t.events) for t in again.timeline) >= sum(len(t.events) for t in built.timeline)


def test_ingest_stores_the_view_of_every_story_it_changed(
        corpus_dir: Path, store: Store, nlp: Language) -> None:
    ingest_paths([str(corpus_dir)], store, nlp, batch_size=2)
    _, ids = store.story_id_page(None, 100, 0)
    assert ids
    for sid in ids:
        stored = store.stored_story_view(sid)
        assert stored is not None and stored[0] == store.story_state(sid)
        assert views.from_body(stored[1]) == views.from_body(
            views.to_body(views.derive(store, store.get_story(sid))))  # type: ignore[arg-type]
