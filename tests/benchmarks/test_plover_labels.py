"""The broader PLOVER development set (benchmarks/labels/plover.jsonl): every label resolves
against ../shared/data, the set is large enough, the held-out part is about a quarter."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `benchmarks` lives at the repository root (plain `pytest` too)
    sys.path.insert(0, str(ROOT))

from benchmarks import _plover_labels as P  # noqa: E402

SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="module")
def shared() -> Path:
    if not (SHARED / "data" / "polnear").is_dir() or not (SHARED / "data" / "timeline17").is_dir():
        pytest.skip(f"shared data (PolNeAR, Timeline17) not found under {SHARED}")
    return SHARED


@pytest.fixture(scope="module")
def records(shared: Path) -> list[dict]:
    return P.load_plover_labels(shared, "all")


def test_the_raw_labels_are_well_formed_and_unique() -> None:
    labels = P.read_labels()
    assert len(labels) >= 400
    spans = Counter((lab["file"], lab["start"]) for lab in labels)
    assert [s for s, n in spans.items() if n > 1] == []
    for lab in labels:
        assert lab["event"] in P.TYPES
        assert isinstance(lab["negated"], bool) and isinstance(lab["mode"], str)
        assert lab["file"].startswith(("polnear/train/text/", "timeline17/"))
        assert "text" not in lab and all("text" not in a for a in lab["source"] + lab["target"])


def test_the_held_out_rule_is_the_common_hash() -> None:
    key = "polnear/train/text/x.txt:10"
    assert P.is_heldout("polnear/train/text/x.txt", 10) == (
        int(hashlib.sha1(key.encode()).hexdigest(), 16) % 4 == 0)


@pytest.mark.slow
def test_every_label_resolves_and_the_parts_split_the_set(shared: Path, records: list[dict]) -> None:
    assert len(records) >= 400
    tune = P.load_plover_labels(shared, "tune")
    held = P.load_plover_labels(shared, "heldout")
    assert len(tune) + len(held) == len(records)
    assert {r["id"] for r in tune}.isdisjoint(r["id"] for r in held)
    assert 0.18 <= len(held) / len(records) <= 0.32
    for r in records:
        assert r["text"].strip() and len(r["text"].split()) >= 3
        for actor in r["source"] + r["target"]:
            assert actor["actorText"].strip()
            assert r["start"] <= actor["start"] < actor["end"] <= r["end"]


@pytest.mark.slow
def test_the_set_has_events_of_every_common_type(records: list[dict]) -> None:
    types = Counter(r["event"] for r in records)
    assert sum(n for t, n in types.items() if t != "NONE") >= 250
    assert types["NONE"] >= 50  # sentences with no event, as articles have them
    for t in ("AGREE", "CONSULT", "SUPPORT", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN",
              "ASSAULT", "FIGHT", "COERCE"):
        assert types[t] >= 5, t


@pytest.mark.slow
def test_a_broken_span_raises_a_clear_error(shared: Path, tmp_path: Path) -> None:
    lab = P.read_labels()[0]
    bad = dict(lab, source=[{"start": lab["end"] + 5, "end": lab["end"] + 9, "code": "", "sector": ""}],
               event="AGREE")
    path = tmp_path / "plover.jsonl"
    path.write_text(json.dumps(bad) + "\n", "utf-8")
    with pytest.raises(P.LabelError, match="outside the sentence"):
        P.load_plover_labels(shared, "all", path)
    path.write_text(json.dumps(dict(lab, event="ATTACK")) + "\n", "utf-8")
    with pytest.raises(P.LabelError, match="unknown event type"):
        P.load_plover_labels(shared, "all", path)


# --- the second batch (benchmarks/labels/plover2.jsonl) ---------------------------------------


def test_the_second_batch_is_well_formed_and_uses_other_articles() -> None:
    first = P.read_labels()
    second = P.read_labels(P.LABELS2)
    assert len(second) >= 500
    spans = Counter((lab["file"], lab["start"]) for lab in second)
    assert [s for s, n in spans.items() if n > 1] == []
    assert {lab["file"] for lab in first}.isdisjoint(lab["file"] for lab in second)
    for lab in second:
        assert lab["event"] in P.TYPES
        assert isinstance(lab["negated"], bool) and isinstance(lab["mode"], str)
        assert "text" not in lab and all("text" not in a for a in lab["source"] + lab["target"])


def test_the_second_batch_holds_out_whole_articles() -> None:
    files = {lab["file"] for lab in P.read_labels(P.LABELS2)}
    held = {f for f in files if P.is_heldout_article(f)}  # a salted hash of the file alone
    assert 0.15 <= len(held) / len(files) <= 0.35
    for f in sorted(files)[:20]:
        salted = int(hashlib.sha1(f"plover2:{f}".encode()).hexdigest(), 16)
        assert P.is_heldout_article(f) == (salted % 4 == 0)


@pytest.mark.slow
def test_every_second_batch_label_resolves_and_its_parts_split_by_article(shared: Path) -> None:
    every = P.load_plover_labels(shared, "all", P.LABELS2)
    tune = P.load_plover_labels(shared, "tune", P.LABELS2)
    held = P.load_plover_labels(shared, "heldout", P.LABELS2)
    assert len(tune) + len(held) == len(every) >= 500
    assert {r["file"] for r in tune}.isdisjoint(r["file"] for r in held)
    types = Counter(r["event"] for r in every)
    assert types["NONE"] >= 100 and sum(n for t, n in types.items() if t != "NONE") >= 400
    for r in every:
        assert r["text"].strip() and len(r["text"].split()) >= 3
        for actor in r["source"] + r["target"]:
            assert actor["actorText"].strip() and r["start"] <= actor["start"] < actor["end"] <= r["end"]
