"""Fuzz: hostile inputs through ingest and extract raise nothing but the project's own errors.

The generators live in ``benchmarks/fuzz.py`` (shared with its ``run(n)``); hypothesis
drives them by seed and adds its own bytes, text and JSON. A few hundred examples keep
CI fast; ``NEWSDESK_FUZZ_EXAMPLES=5000`` runs many more.
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.errors import NewsdeskError
from newsdesk.extract import extract
from newsdesk.ingest import FIELD_NAMES, iter_documents
from newsdesk.models import Document

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `benchmarks` lives at the repository root (plain `pytest` too)
    sys.path.insert(0, str(ROOT))

from benchmarks.fuzz import check, make_case  # noqa: E402

EXAMPLES = int(os.environ.get("NEWSDESK_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("NEWSDESK_FUZZ_EXAMPLES") is None,  # CI: the same cases every run
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
NAMES = ["x.txt", "x.html", "x.jsonl", "x.txt.gz", "x.jsonl.gz", "x.dat"]
FIELDS = [n for names in FIELD_NAMES.values() for n in names] + ["id", "extra"]
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=200),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


def _no_surprises(failures: list[str]) -> None:
    assert not failures, "\n\n".join(failures)


@FUZZ
@given(st.integers(min_value=0, max_value=2**32))
def test_generated_hostile_inputs(seed: int) -> None:
    """Random bytes, truncated gzip and JSONL, nested and unclosed HTML, mixed encodings ..."""
    _no_surprises(check(make_case(random.Random(seed))))


@settings(FUZZ, max_examples=EXAMPLES * 2)
@given(st.binary(max_size=3000), st.sampled_from(NAMES))
def test_arbitrary_bytes_as_a_file_and_on_stdin(data: bytes, name: str) -> None:
    _no_surprises(check([(name, data)], stdin=data))


@settings(FUZZ, max_examples=EXAMPLES * 2)
@given(st.lists(st.dictionaries(st.sampled_from(FIELDS), JSON, max_size=6), max_size=5))
def test_arbitrary_jsonl_records(records: list[dict]) -> None:
    data = "\n".join(json.dumps(r) for r in records).encode()
    _no_surprises(check([("feed.jsonl", data)], stdin=data))


@settings(FUZZ, max_examples=EXAMPLES * 2)
@given(st.text(max_size=3000), st.sampled_from(["text", "html"]))
def test_arbitrary_text_extracts_or_says_why_not(text: str, kind: str) -> None:
    doc = Document(source="fuzz", kind=kind, content=text)  # type: ignore[arg-type]
    try:
        article = extract(doc)
    except NewsdeskError:
        return
    assert all(0 <= s.start <= s.end <= len(article.text) for s in article.sections)


def test_the_batch_goes_on_after_every_kind_of_bad_item(tmp_path: Path) -> None:
    """One folder holding one case of each generator: every file is answered, in order."""
    rng = random.Random(42)
    files = [f for _ in range(8) for f in make_case(rng)]
    for i, (name, data) in enumerate(files):
        (tmp_path / f"{i:03d}-{name}").write_bytes(data)
    items = list(iter_documents([str(tmp_path)], 2_000_000))
    answered = {Path(x.source.split(":")[0]).name for x in items}
    assert answered == {p.name for p in tmp_path.iterdir()}
