"""Editions of the demo corpus (examples/corpus, ingested with the model): a weekday update and
a weekend selection for dates in the corpus, printed, with the facts they must hold."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from newsdesk.digest import build_edition, render
from newsdesk.store import Store

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.fixture(scope="module")
def demo(nlp: Language) -> Iterator[Store]:
    from newsdesk.pipeline import ingest_paths

    store = Store(":memory:")
    ingest_paths([str(CORPUS)], store, nlp)
    yield store
    store.close()


def test_the_daily_update_of_12_march_folds_the_bok_wire_copy(demo: Store) -> None:
    edition = build_edition(demo, date="2026-03-12")
    print("\n" + render(edition, "text"))
    assert edition.kind == "daily" and edition.since == edition.date == "2026-03-12"
    bok = [it for it in edition.items if "BOK" in it.title]
    assert len(bok) == 1 and len(bok[0].links) == 1  # the Bloomberg story and its reprint: one source
    outlets = sorted(bok[0].outlets)
    assert len(outlets) == 2 and outlets[0] == "Global Markets Daily" and outlets[1].startswith("WorldWire")
    for it in edition.items:  # every story developed that day
        assert it.development and all(link.published[:10] == "2026-03-12" for link in it.links)  # type: ignore[index]


def test_the_weekend_selection_of_15_march_ranks_the_weeks_stories(demo: Store) -> None:
    edition = build_edition(demo, date="2026-03-15")
    print("\n" + render(edition, "md"))
    assert edition.kind == "weekend" and edition.since == "2026-03-09"
    scores = [it.importance for it in edition.items]
    assert len(scores) >= 4 and scores == sorted(scores, reverse=True)
    assert all(it.summary and it.links for it in edition.items)
    assert len(edition.items[0].outlets) >= 3
    assert all(link.published and "2026-03-09" <= link.published[:10] <= "2026-03-15"
               for it in edition.items for link in it.links)
