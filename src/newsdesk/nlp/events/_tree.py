"""The dependency tree cut at paragraph breaks.

The model parses an article as one stream, so a headline's verb can take the first paragraph's
subject. Every rule here reads the tree through ``Tree``: an arc that crosses a blank line is
treated as absent (the token becomes a root of its paragraph).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


class Tree:
    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.breaks = [m.start() for m in _BREAK.finditer(text)]
        tokens = list(doc)
        self.para = [bisect.bisect_right(self.breaks, t.idx) for t in tokens]
        # Each token's children in its own paragraph, in text order, built in one pass: the
        # trigger rules ask for them again and again, and spaCy's ``children`` walks the subtree.
        self._kids: list[list[Token]] = [[] for _ in tokens]
        for t in tokens:
            h = t.head.i
            if h != t.i and self.para[h] == self.para[t.i]:
                self._kids[h].append(t)

    def paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.breaks, offset)

    def head(self, tok: Token) -> Token:
        h = tok.head
        return h if self.para[h.i] == self.para[tok.i] else tok

    def dep(self, tok: Token) -> str:
        return tok.dep_ if self.para[tok.head.i] == self.para[tok.i] else "ROOT"

    def is_root(self, tok: Token) -> bool:
        return self.head(tok).i == tok.i

    def kids(self, tok: Token) -> list[Token]:
        """The token's children in its own paragraph (a shared list: do not change it)."""
        return self._kids[tok.i]

    def same_para(self, a: Token, b: Token) -> bool:
        return self.para[a.i] == self.para[b.i]


def forms(tok: Token) -> tuple[str, ...]:
    """The token's lemma and the base forms its spelling allows, for word-list lookups that
    must survive lemmatiser slips ("hoped" → "hop" as well as "hope")."""
    low = tok.lower_
    out = [tok.lemma_.lower(), low]
    if low.endswith("ied"):
        out.append(low[:-3] + "y")
    elif low.endswith("ed"):
        out += [low[:-2], low[:-1]]
        if len(low) > 4 and low[-3] == low[-4]:
            out.append(low[:-3])  # "stopped" → "stop"
    elif low.endswith("ing"):
        out += [low[:-3], low[:-3] + "e"]
        if len(low) > 5 and low[-4] == low[-5]:
            out.append(low[:-4])
    elif low.endswith("es"):
        out += [low[:-2], low[:-1]]
    elif low.endswith("s"):
        out.append(low[:-1])
    return tuple(dict.fromkeys(out))
