"""Bounded walks up a dependency parse, shared by every rule that climbs heads.

spaCy makes a new ``Token`` object on every access, so ``tok.head is tok`` is never true and
a climb that waits for it never ends: tokens are compared by index (``tok.i``) here. A walk
also stops after a fixed number of steps and never visits a token twice, so even a
malformed parse (a head cycle, which ``Doc(heads=...)`` accepts) cannot make it loop.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token


def is_root(tok: Token) -> bool:
    """The token heads its sentence (spaCy marks a root as its own head)."""
    return tok.head.i == tok.i


def climb(tok: Token, limit: int | None = None) -> Iterator[Token]:
    """The heads above ``tok``, nearest first, ``tok`` itself excluded.

    Stops at the root, after ``limit`` steps (default: the length of the doc, more than any
    well-formed tree needs) and before revisiting a token.
    """
    steps = len(tok.doc) if limit is None else min(limit, len(tok.doc))
    seen = {tok.i}
    for _ in range(steps):
        head = tok.head
        if head.i in seen:
            return
        seen.add(head.i)
        yield head
        tok = head


def up_from(tok: Token, limit: int | None = None) -> Iterator[Token]:
    """``tok`` and then the heads above it (``climb``), for "nearest X at or above" searches."""
    yield tok
    yield from climb(tok, limit)
