"""The event rule tables check themselves: every condition kind is a registered predicate,
every row's set exists, and an unknown kind fails at once rather than never firing."""

from __future__ import annotations

import pytest

from builders import paragraphs as _article
from newsdesk.models import Event
from newsdesk.nlp import analyze
from newsdesk.nlp.events import _lexicon
from newsdesk.nlp.events._triggers import NOUN_NEEDS, VERB_NEEDS, check_rows


def _kinds(table: dict[str, list[_lexicon.Row]]) -> list[tuple[str, str]]:
    return [(key, need) for key, rows in table.items() for _t, _m, need in rows if need is not None]


@pytest.mark.parametrize(("key", "need"), _kinds(_lexicon.VERBS))
def test_every_verb_row_kind_is_registered(key, need):
    kind, _, arg = need.partition(":")
    assert kind in VERB_NEEDS, key
    assert (arg in _lexicon.SETS) if VERB_NEEDS[kind].takes_set else not arg, key


@pytest.mark.parametrize(("key", "need"), _kinds(_lexicon.NOUNS))
def test_every_noun_row_kind_is_registered(key, need):
    kind, _, arg = need.partition(":")
    assert kind in NOUN_NEEDS, key
    assert (arg in _lexicon.SETS) if NOUN_NEEDS[kind].takes_set else not arg, key


def test_an_unknown_kind_raises():
    with pytest.raises(ValueError, match="unknown condition kind 'bogus'"):
        check_rows({"visit": [("CONSULT", "visit", "bogus")]}, NOUN_NEEDS, "NOUNS")


def test_an_unknown_set_raises():
    with pytest.raises(ValueError, match="needs a known set"):
        check_rows({"ban": [("COERCE", "ban", "obj:NO_SUCH_SET")]}, VERB_NEEDS, "VERBS")
    with pytest.raises(ValueError, match="takes no argument"):
        check_rows({"meet": [("CONSULT", "meet", "partner:FORCES")]}, VERB_NEEDS, "VERBS")


def test_a_registered_kind_cannot_be_registered_twice():
    from newsdesk.nlp.events._triggers import verb_need

    with pytest.raises(ValueError, match="registered twice"):
        verb_need("with")(lambda c, arg: True)


def test_no_padded_or_duplicate_rows():
    for table in (_lexicon.VERBS, _lexicon.NOUNS):
        for key, rows in table.items():
            assert key == key.strip().lower(), key
            assert len(rows) == len(set(rows)), key
    for name, words in _lexicon.SETS.items():
        assert all(w == w.strip() and w for w in words), name


# -- the two rows that never fired ------------------------------------------------------------


def _events(nlp, *paragraphs: str) -> list[Event]:
    return analyze(_article(*paragraphs), nlp).events


@pytest.mark.slow
def test_a_visit_noun_with_its_visitor_is_a_consultation(nlp):
    events = _events(nlp, "Macron's visit to Kyiv came as fighting continued in the east.")
    visit = [e for e in events if e.trigger.text == "visit"]
    assert visit and visit[0].type == "CONSULT" and visit[0].mode == "visit", [
        (e.type, e.trigger.text) for e in events]
    assert "Macron" in [p.name for p in visit[0].actors]
    assert visit[0].rule == "event.noun.visit"


@pytest.mark.slow
def test_a_ban_on_protests_is_coercion(nlp):
    events = _events(nlp, "The government announced a ban on protests in the capital on Monday.")
    ban = [e for e in events if e.trigger.text == "ban"]
    assert ban and ban[0].type == "COERCE" and ban[0].mode == "ban", [
        (e.type, e.trigger.text) for e in events]
