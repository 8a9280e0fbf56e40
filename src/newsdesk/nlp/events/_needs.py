"""The registry of condition kinds: what the ``need`` column of ``_lexicon.VERBS`` / ``NOUNS``
names, and the import-time check that every kind a table uses is registered.

Apart so that the verb and noun conditions (``_verb_needs``, ``_noun_needs``) register into it
without importing the finder; the finder (``_triggers``) imports both before it runs
``check_rows`` on the tables, so the registry is complete when they are checked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from newsdesk.nlp.events._lexicon import SETS, Row
from newsdesk.nlp.events._participants import Resolver

# --- condition kinds ------------------------------------------------------------------------
#
# Each ``need`` of a lexicon row names a predicate registered below with ``@verb_need`` or
# ``@noun_need``; ``check_rows`` (run at import) refuses a row whose kind is not registered,
# or whose set argument is missing or unknown, so no row can silently never fire.


@dataclass
class VerbCtx:
    tok: Token
    kids: list[Token]
    obj: Token | None  # direct object or passive subject
    particle: Token | None
    res: Resolver


@dataclass
class NounCtx:
    tok: Token
    kids: list[Token]
    mods: list[Token]  # compound/amod/nmod modifiers before the noun
    preps: set[str]
    res: Resolver


@dataclass(frozen=True)
class Need:
    kind: str
    test: Callable[[Any, str], bool]
    takes_set: bool


VERB_NEEDS: dict[str, Need] = {}
NOUN_NEEDS: dict[str, Need] = {}


def _register(registry: dict[str, Need], kind: str, takes_set: bool) -> Callable[[Callable[[Any, str], bool]],
                                                                               Callable[[Any, str], bool]]:
    def deco(fn: Callable[[Any, str], bool]) -> Callable[[Any, str], bool]:
        if kind in registry:
            raise ValueError(f"condition kind {kind!r} registered twice")
        registry[kind] = Need(kind, fn, takes_set)
        return fn
    return deco


def verb_need(kind: str, takes_set: bool = False) -> Callable[[Callable[[VerbCtx, str], bool]],
                                                              Callable[[VerbCtx, str], bool]]:
    """Register a verb condition kind (``need`` column of ``VERBS``)."""
    return _register(VERB_NEEDS, kind, takes_set)


def noun_need(kind: str, takes_set: bool = False) -> Callable[[Callable[[NounCtx, str], bool]],
                                                              Callable[[NounCtx, str], bool]]:
    """Register a noun condition kind (``need`` column of ``NOUNS``)."""
    return _register(NOUN_NEEDS, kind, takes_set)


def check_rows(table: dict[str, list[Row]], registry: dict[str, Need], name: str) -> None:
    """Raise ``ValueError`` for a row whose condition kind is unknown, or whose set argument
    is missing, unexpected or not in ``SETS``."""
    for key, rows in table.items():
        for _typ, _mode, need in rows:
            if need is None:
                continue
            kind, sep, arg = need.partition(":")
            entry = registry.get(kind)
            if entry is None:
                raise ValueError(f"{name} row {key!r}: unknown condition kind {kind!r}")
            if entry.takes_set and arg not in SETS:
                raise ValueError(f"{name} row {key!r}: {kind!r} needs a known set, not {arg!r}")
            if not entry.takes_set and sep:
                raise ValueError(f"{name} row {key!r}: {kind!r} takes no argument")
