"""The attributions labelled on Timeline17 resolve in the data they point into."""

import json
from pathlib import Path

import pytest

from benchmarks import attribution as bench

SHARED = Path(__file__).resolve().parents[3] / "shared"


def _rows() -> list[dict]:
    lines = bench.LABELS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_label_rows_hold_offsets_kinds_and_checks_only():
    rows = _rows()
    assert len(rows) >= 100
    for r in rows:
        assert set(r) == {"file", "kind", "source", "cue", "content", "check"}
        assert r["kind"] in bench.LABEL_KINDS
        assert r["file"].startswith("timeline17/") and "#" in r["file"]
        assert r["cue"] and r["content"]
        for role in ("source", "cue", "content"):
            assert all(len(f) == 2 and 0 <= f[0] < f[1] for f in r[role])
    keys = [(r["file"], r["cue"][0][0]) for r in rows]
    assert len(keys) == len(set(keys)), "one row per attribution"


def test_held_out_rule_is_the_projects_hash():
    assert bench.held_out("timeline17/x/articles.jsonl.gz#1", 0) == (
        int(__import__("hashlib").sha1(b"timeline17/x/articles.jsonl.gz#1:0").hexdigest(), 16) % 4 == 0)


@pytest.mark.slow
def test_labels_resolve_to_the_words_they_were_made_on():
    if not (SHARED / "data" / "timeline17").is_dir():
        pytest.skip(f"{SHARED / 'data' / 'timeline17'} not found: the Timeline17 data is not available here")
    texts = bench._t17_texts(SHARED)
    for r in _rows():
        text = texts[r["file"]]
        assert bench.label_check(text, r) == r["check"], r
        # every span sits on one line and starts and ends on a word
        for role in ("source", "cue", "content"):
            for a, b in r[role]:
                assert "\n" not in text[a:b] and text[a].strip() and text[b - 1].strip()
    tune, held = bench.load_labelled(SHARED)
    n_tune, n_held = sum(len(i.gold) for i in tune), sum(len(i.gold) for i in held)
    assert n_tune + n_held == len(_rows())
    assert 0.15 < n_held / (n_tune + n_held) < 0.35
