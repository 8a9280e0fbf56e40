"""The events benchmark's issue-12 parts: a gold NONE, the per-rule error table, the main event
preferring what is not embedded. Records and events below are invented for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

from newsdesk.models import Event, Participant, Span

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `benchmarks` lives at the repository root
    sys.path.insert(0, str(ROOT))

from benchmarks import events as E  # noqa: E402


def _rec(event: str, sources: tuple[str, ...] = (), targets: tuple[str, ...] = ()) -> E.Record:
    return E.Record("x", "text", event, [{"actorText": s} for s in sources],
                    [{"actorText": t} for t in targets])


def test_no_event_is_right_for_a_gold_none_and_wrong_otherwise():
    assert E.right_type(_rec("NONE"), E.Prediction(None))
    assert not E.right_type(_rec("NONE"), E.Prediction("DEMAND"))
    assert not E.right_type(_rec("DEMAND"), E.Prediction(None))
    tally = E.Tally()
    tally.add(_rec("NONE"), E.Prediction(None))
    assert tally.correct == 1 and tally.confusion[("NONE", "NONE")] == 1


def test_errors_are_grouped_by_rule():
    pairs = [
        (_rec("DEMAND", ("Iran",)), E.Prediction("DEMAND", ["Iran"], rule="event.verb.demand")),
        (_rec("AGREE", ("Chile",)), E.Prediction("DEMAND", [], rule="event.verb.demand")),
        (_rec("FIGHT"), E.Prediction(None)),
    ]
    table = "\n".join(E.by_rule(pairs))
    assert "| event.verb.demand | 2 | 1 | 1 |" in table
    assert "| (no event) | 1 | 1 | 0 |" in table


def _event(eid: int, start: int, embedded: bool) -> Event:
    return Event(eid, "AGREE", Span(start, start + 4, "word"), Span(0, 40, ""), embedded=embedded,
                 actors=[Participant("Iran", 0, 4)])


class _Tok:
    def __init__(self, i: int, head: _Tok | None = None) -> None:
        self.i, self.head = i, head or self
        self.pos_, self.dep_ = "VERB", "ROOT"


class _Span:
    def __init__(self, tok: _Tok) -> None:
        self.root = tok

    def __len__(self) -> int:
        return 1


class _Doc:
    def __init__(self) -> None:
        root = _Tok(0)
        self.toks = {0: root, 10: _Tok(1, root)}

    def char_span(self, start: int, end: int, alignment_mode: str = "") -> _Span:
        return _Span(self.toks[start])


def test_the_main_event_is_not_an_embedded_one():
    doc = _Doc()
    root_embedded, deeper_main = _event(1, 0, True), _event(2, 10, False)
    assert E.main_event([root_embedded, deeper_main], doc) is deeper_main


def test_a_fold_holds_whole_articles_and_is_stable():
    # every sentence of one article falls in the same fold, whatever its offset
    ids = [f"polnear/train/text/some-article.txt:{start}" for start in (0, 120, 4711)]
    assert len({E.fold_of(i) for i in ids}) == 1
    article = "timeline17/x/articles.jsonl.gz#7"
    assert E.fold_of(f"{article}:10") == E.fold_of(f"{article}:999")
    assert {E.fold_of(f"file-{n}.txt:0") for n in range(40)} == {"a", "b"}
