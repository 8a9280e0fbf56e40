"""Shared fixtures: the spaCy model (loaded once), stores, and a small corpus written for the tests.

The articles below are invented for these tests (no real or shared text is copied).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from newsdesk.store import Store

FERRY_TXT = """Harbour council approves new ferry terminal

The plan adds two berths and a covered waiting hall by next spring.

PORTVILLE - Mayor Helen Carter said on Tuesday that the council had approved the new ferry \
terminal after a long public consultation.

"This terminal will serve the whole coast," Carter told reporters outside the town hall.

Transport Minister David Osei welcomed the decision and promised national funding for the \
access road.
"""

WIND_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Offshore wind farm doubles its output</title>
<meta name="description" content="Nordvind says the second phase is ahead of schedule.">
</head><body>
<article>
<h1>Offshore wind farm doubles its output</h1>
<p>The Nordvind wind farm off the coast of Denmark doubled its output this winter, the company said.</p>
<p>Maria Lindqvist, chief executive of Nordvind, said the second phase was ahead of schedule.</p>
<p>Engineers from Aarhus installed forty new turbines between October and January.</p>
</article>
</body></html>
"""

FEED_ITEMS = [
    {
        "url": "https://valley.example/library",
        "title": "Library reopens after flood repairs",
        "published": "2024-04-02",
        "source": "Valley Post",
        "text": "Library reopens after flood repairs\n\nThe central library in Millbrook reopened on "
        "Monday after months of repairs.\n\nLibrarian Tom Fischer said the children's section "
        "had been rebuilt from scratch.",
    },
    {
        "url": "https://valley.example/bridge",
        "title": "Bridge closure extended",
        "text": "Bridge closure extended\n\nThe old stone bridge in Millbrook will stay closed until "
        "June, engineer Priya Raman told the council.",
    },
]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/e2e/golden/*.json from the current analysis")


#: Fixtures that load the spaCy model. A test that uses one, directly or through another fixture,
#: is marked ``slow`` automatically (``pytest -m "not slow"`` leaves it out); explicit
#: ``@pytest.mark.slow`` markers (tests that read ../shared) keep working as before.
MODEL_FIXTURES = frozenset({"nlp"})


@pytest.hookimpl(tryfirst=True)  # before pytest's own -m selection reads the markers
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        uses_model = MODEL_FIXTURES & set(getattr(item, "fixturenames", ()))
        if uses_model and item.get_closest_marker("slow") is None:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The spaCy model, loaded once for the whole test session."""
    from newsdesk.nlp import load_model

    return load_model()


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store(":memory:")
    yield s
    s.close()


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "newsdesk.db")


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """Three good files (text, gzipped HTML, a JSONL feed with two items) and four bad items."""
    return write_corpus(tmp_path / "corpus")


@pytest.fixture(scope="session")
def make_corpus() -> Callable[[Path], Path]:
    """``make_corpus(root)`` writes the corpus of ``corpus_dir`` anywhere (for wider-scoped fixtures)."""
    return write_corpus


@pytest.fixture(scope="session")
def ferry_text() -> str:
    return FERRY_TXT


def write_corpus(root: Path) -> Path:
    """Write the test corpus under ``root`` (also used by module-scoped fixtures)."""
    (root / "text").mkdir(parents=True)
    (root / "html").mkdir()
    (root / "feeds").mkdir()
    (root / "text" / "ferry.txt").write_text(FERRY_TXT, encoding="utf-8")
    (root / "text" / "empty.txt").write_text("   \n", encoding="utf-8")
    (root / "text" / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (root / "html" / "wind.html.gz").write_bytes(gzip.compress(WIND_HTML.encode("utf-8")))
    lines = [json.dumps(item) for item in FEED_ITEMS] + ["{broken json", json.dumps({"title": "no body"})]
    (root / "feeds" / "valley.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root
