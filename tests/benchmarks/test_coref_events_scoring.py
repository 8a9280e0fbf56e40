"""The ECB+ event-coreference benchmark's clustering rules, on hand-made mentions."""

from __future__ import annotations

from benchmarks.coref_events import Mention, newsdesk, same_lemma


def _m(i: int, word: str, story: str = "1/ecb", speaker: str | None = None, place: str | None = None,
       date: str | None = None) -> Mention:
    return Mention(f"d#{i}", story, 1, "x", word, word, None, date=date, place=place, speaker=speaker)


def _groups(labels: dict[str, str]) -> set[frozenset[str]]:
    out: dict[str, set[str]] = {}
    for item, label in labels.items():
        out.setdefault(label, set()).add(item)
    return {frozenset(v) for v in out.values()}


def test_the_baseline_joins_one_lemma_within_a_story_only():
    ms = [_m(1, "quake"), _m(2, "quake"), _m(3, "quake", story="1/ecbplus"), _m(4, "earthquake")]
    assert _groups(same_lemma(ms)) == {frozenset({"d#1", "d#2"}), frozenset({"d#3"}), frozenset({"d#4"})}


def test_derivations_join_and_statements_go_by_speaker():
    ms = [_m(1, "quake"), _m(2, "earthquake"), _m(3, "say", speaker="usgs"), _m(4, "say", speaker="usgs"),
          _m(5, "say", speaker="police"), _m(6, "say"), _m(7, "say")]
    groups = _groups(newsdesk(ms))
    assert frozenset({"d#1", "d#2"}) in groups and frozenset({"d#3", "d#4"}) in groups
    assert {frozenset({"d#5"}), frozenset({"d#6"}), frozenset({"d#7"})} <= groups


def test_one_word_in_two_places_is_two_events():
    ms = [_m(1, "quake", place="Chile"), _m(2, "quake", place="Peru"), _m(3, "quake")]
    labels = newsdesk(ms)
    assert labels["d#1"] != labels["d#2"] and len(set(labels.values())) == 2
