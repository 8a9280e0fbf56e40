"""The one full-text query syntax of newsdesk: a tokenizer and a recursive-descent parser.

Why our own parser rather than passing text to FTS5: FTS5's language turns news text
("U.S.-China", "Kim's") into syntax errors, reads ``trump -carson`` as two words, lets an
implicit AND bind tighter than NOT, and its cost grows with every repeated term. Parsing
into a small tree first lets us refuse malformed or oversized queries with a message that
says what is wrong and where, drop repeats that cannot change the result, and render an
explicit, fully parenthesised FTS5 expression (``_fts.render``).

Grammar (NOT and ``-`` bind tightest, then AND, explicit or implicit, then OR)::

    query   := or
    or      := and ("OR" and)*
    and     := item (["AND"] item)*          at least one item that is not excluded
    item    := primary | "-" primary | "NOT" primary    NOT needs an item on its left
    primary := word | "phrase"[*] | field | "(" or ")" | "NEAR(" (word | "phrase")+ ["," number] ")"
    field   := ("entity:" | "type:") (value | "value")

A field is not a word: ``entity:NAME`` is the articles mentioning a store-wide entity (its
name resolved as ``newsdesk entity`` does), ``type:TYPE`` the articles with an event of that
PLOVER type. The store turns fields into indexed id-set look-ups combined with the full-text
match (``_match``); a query of fields only is fine. Any other ``letters:`` prefix is an
unknown field (quote it to search for the words: ``"http://x"``).

A word is a run of characters up to a space, quote or parenthesis; its word characters are
searched as one phrase ("U.S.-China" finds "U.S. China"), a trailing ``*`` makes it a prefix,
and a word of punctuation only ("–", "&") is ignored. AND, OR, NOT and NEAR are operators
only in capitals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.config import load_settings
from newsdesk.errors import QueryError
from newsdesk.models import normalise_event_type

#: Parentheses nest at most this deep (the parser recurses once per level).
MAX_DEPTH = 16

_WORD_RE = re.compile(r"\w+")
_OPERATORS = {"AND", "OR", "NOT"}
_WORD_END = set('"()')
_FIELD_RE = re.compile(r"([A-Za-z]+):")
#: The fields a query may use, with what each takes (for messages).
FIELDS = {"entity": "a name, as in entity:\"Kim Jong Un\"", "type": "a PLOVER event type, as in type:CONSULT"}


@dataclass(frozen=True)
class Limits:
    """How long (characters) and how wide (words) a query may be."""

    max_chars: int
    max_terms: int

    @classmethod
    def from_settings(cls) -> Limits:
        s = load_settings()
        return cls(s.query_max_chars, s.query_max_terms)


# -- the tree --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Phrase:
    """Words that must occur in this order; ``prefix``: the last one may continue."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Near:
    """Phrases within ``distance`` tokens of each other (FTS5's default 10 when None)."""

    phrases: tuple[Phrase, ...]
    distance: int | None = None


@dataclass(frozen=True)
class AllOf:
    """Every ``include`` matches and no ``exclude`` does (``include`` is never empty)."""

    include: tuple[Node, ...]
    exclude: tuple[Node, ...] = ()


@dataclass(frozen=True)
class AnyOf:
    """At least one option matches."""

    options: tuple[Node, ...]


@dataclass(frozen=True)
class Field:
    """``entity:NAME`` or ``type:TYPE`` (``value``: the name as typed, or the canonical type)."""

    name: str
    value: str


Node = Phrase | Near | AllOf | AnyOf | Field


def parse_query(query: str, limits: Limits | None = None) -> Node:
    """The tree of ``query``; QueryError says what is wrong and at which character."""
    limits = limits or Limits.from_settings()
    if len(query) > limits.max_chars:
        raise QueryError(
            f"query is {len(query):,} characters long; the limit is {limits.max_chars:,}: shorten it"
        )
    node = _Parser(_tokenize(query)).parse()
    terms = count_terms(node)
    if terms > limits.max_terms:
        raise QueryError(
            f"query has {terms} words to search for; the limit is {limits.max_terms}: use fewer"
        )
    return node


def check_name(name: str, what: str, limits: Limits | None = None) -> None:
    """Hold a name lookup (``--speaker``, ``--actor``) to the same limits as a query."""
    limits = limits or Limits.from_settings()
    if len(name) > limits.max_chars:
        raise QueryError(f"{what} is {len(name):,} characters long; the limit is {limits.max_chars:,}")
    words = len(_WORD_RE.findall(name))
    if words > limits.max_terms:
        raise QueryError(f"{what} has {words} words; the limit is {limits.max_terms}")


def has_fields(node: Node) -> bool:
    """Whether any part of the tree is a field (the rest is plain full text)."""
    if isinstance(node, Field):
        return True
    if isinstance(node, AllOf):
        return any(has_fields(n) for n in node.include + node.exclude)
    if isinstance(node, AnyOf):
        return any(has_fields(n) for n in node.options)
    return False


def count_terms(node: Node) -> int:
    """Words searched for, each word of a phrase counted."""
    if isinstance(node, Phrase):
        return len(node.words)
    if isinstance(node, Near):
        return sum(len(p.words) for p in node.phrases)
    if isinstance(node, AllOf):
        return sum(count_terms(n) for n in node.include + node.exclude)
    if isinstance(node, Field):
        return max(1, len(_WORD_RE.findall(node.value)))
    return sum(count_terms(n) for n in node.options)


# -- tokens ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Token:
    kind: str  # "term", "field", "AND", "OR", "NOT", "NEAR", "-", "(", ")", ","
    pos: int  # 0-based offset in the query
    text: str
    phrase: Phrase | None = None
    field: Field | None = None

    @property
    def where(self) -> str:
        return f"at character {self.pos + 1}"


def _phrase(words: list[str], prefix: bool) -> Phrase:
    # FTS5 folds case; ASCII-lowering (provably the same tokens) lets "The the" de-duplicate
    return Phrase(tuple(w.lower() if w.isascii() else w for w in words), prefix)


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    in_near = False  # inside NEAR( ... ): a comma separates the distance
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch == '"':
            end = text.find('"', i + 1)
            if end < 0:
                raise QueryError(f'unbalanced quote: the " at character {i + 1} is never closed')
            words = _WORD_RE.findall(text[i + 1 : end])
            if not words:
                raise QueryError(f'the phrase at character {i + 1} has no word to search for')
            prefix = text.startswith("*", end + 1)
            stop = end + 1 + prefix
            tokens.append(_Token("term", i, text[i:stop], _phrase(words, prefix)))
            i = stop
        elif ch in "()":
            tokens.append(_Token(ch, i, ch))
            in_near = in_near and ch == "("
            i += 1
        elif ch == "," and in_near:
            tokens.append(_Token(",", i, ch))
            i += 1
        elif ch == "-":
            if i + 1 == n or text[i + 1].isspace():
                raise QueryError(
                    f"the '-' at character {i + 1} excludes nothing: put the word right after it,"
                    " as in trump -carson"
                )
            tokens.append(_Token("-", i, ch))
            i += 1
        elif (m := _FIELD_RE.match(text, i)) and (found := _field(text, i, m)) is not None:
            tokens.append(found[0])
            i = found[1]
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in _WORD_END and not (
                in_near and text[j] == ","
            ):
                j += 1
            word = text[i:j]
            if word in _OPERATORS:
                tokens.append(_Token(word, i, word))
            elif word == "NEAR":
                k = j
                while k < n and text[k].isspace():
                    k += 1
                if not text.startswith("(", k):
                    raise QueryError(
                        f"NEAR at character {i + 1} needs its parenthesis, as in NEAR(trump kim, 10)"
                        " (write near in lower case to search for the word)"
                    )
                tokens += [_Token("NEAR", i, word), _Token("(", k, "(")]
                in_near = True
                j = k + 1
            elif _WORD_RE.search(word):
                tokens.append(_Token("term", i, word, _phrase(_WORD_RE.findall(word), word.endswith("*"))))
            i = j
    return tokens


def _field(text: str, i: int, m: re.Match[str]) -> tuple[_Token, int] | None:
    """The field token starting at ``i`` (``m`` matched its ``name:``) and where it ends; None
    for an unknown name followed by a space ("Breaking: floods" searches the words)."""
    name = m.group(1)
    where = f"at character {i + 1}"
    j = m.end()
    if name.lower() not in FIELDS and (j == len(text) or text[j].isspace()):
        return None
    if name.lower() not in FIELDS:
        known = ", ".join(f"{f}:" for f in FIELDS)
        raise QueryError(
            f"unknown field {name}: {where}; the fields are {known} (put it in quotes to search"
            f' for the words: "{name}:...")'
        )
    name = name.lower()
    if j < len(text) and text[j] == '"':
        end = text.find('"', j + 1)
        if end < 0:
            raise QueryError(f'unbalanced quote: the " at character {j + 1} is never closed')
        value, stop = text[j + 1 : end], end + 1
    else:
        stop = j
        while stop < len(text) and not text[stop].isspace() and text[stop] not in _WORD_END:
            stop += 1
        value = text[j:stop]
    value = " ".join(value.split())
    if not _WORD_RE.search(value):
        raise QueryError(f"{name}: {where} has no value: give it {FIELDS[name]}")
    if value.endswith("*"):
        raise QueryError(f"{name}: {where} takes a whole value, not a prefix*: give it {FIELDS[name]}")
    if name == "type":
        try:
            value = normalise_event_type(value)
        except ValueError as exc:
            raise QueryError(f"type: {where}: {exc}") from None
    return _Token("field", i, text[i:stop], field=Field(name, value)), stop


# -- the parser ------------------------------------------------------------------------------

class _Parser:
    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.at = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> _Token:
        tok = self.tokens[self.at]
        self.at += 1
        return tok

    def parse(self) -> Node:
        node = self.parse_or(0)
        tok = self.peek()
        if tok is not None:  # only a ")" stops parse_or early
            raise QueryError(f"unbalanced parenthesis: the ')' {tok.where} has no matching '('")
        if node is None:
            raise QueryError("empty query: give at least one word to search for")
        return node

    def parse_or(self, depth: int) -> Node | None:
        first = self.parse_and(depth)
        tok = self.peek()
        if first is None:
            if tok is not None and tok.kind == "OR":
                raise QueryError(f"OR {tok.where} has nothing on its left")
            return None
        options = [first]
        while tok is not None and tok.kind == "OR":
            self.take()
            right = self.parse_and(depth)
            if right is None:
                raise QueryError(f"OR {tok.where} has nothing on its right")
            options.append(right)
            tok = self.peek()
        return _any(options)

    def parse_and(self, depth: int) -> Node | None:
        include: list[Node] = []
        exclude: list[Node] = []
        start = self.peek()
        while (tok := self.peek()) is not None and tok.kind not in ("OR", ")"):
            if tok.kind == "AND":
                if not include and not exclude:
                    raise QueryError(f"AND {tok.where} has nothing on its left")
                self.take()
                nxt = self.peek()
                if nxt is None or nxt.kind in ("OR", ")", "AND"):
                    raise QueryError(f"AND {tok.where} has nothing on its right")
                continue  # "a AND b", and "a AND NOT b" read as "a NOT b"
            if tok.kind == "NOT":
                if not include and not exclude:
                    raise QueryError(
                        f"NOT {tok.where} has nothing on its left: it excludes from what comes before"
                        " it, as in trump NOT carson"
                    )
                self.take()
                exclude.append(self.parse_primary(depth, after=tok))
            elif tok.kind == "-":
                self.take()
                nxt = self.peek()
                if nxt is None or nxt.pos != tok.pos + 1 or nxt.kind not in ("term", "field", "(", "NEAR"):
                    raise QueryError(
                        f"the '-' {tok.where} must be followed directly by a word, \"phrase\" or"
                        " (group) to exclude, as in trump -carson"
                    )
                exclude.append(self.parse_primary(depth, after=tok))
            else:
                include.append(self.parse_primary(depth, after=None))
        if not include and not exclude:
            return None
        if not include:
            assert start is not None
            if start is self.tokens[0] and self.peek() is None:
                raise QueryError(
                    "a query needs at least one word to find, not only words to exclude (full-text"
                    " search cannot list what lacks a word): add one, as in trump -carson"
                )
            raise QueryError(
                f"the part {start.where} only excludes words: each side of OR and each (group)"
                " needs at least one word to find, as in trump -carson"
            )
        return _all(include, exclude)

    def parse_primary(self, depth: int, after: _Token | None) -> Node:
        tok = self.peek()
        if tok is not None and tok.kind == "term":
            self.take()
            assert tok.phrase is not None
            return tok.phrase
        if tok is not None and tok.kind == "field":
            self.take()
            assert tok.field is not None
            return tok.field
        if tok is not None and tok.kind == "NEAR":
            return self.parse_near()
        if tok is not None and tok.kind == "(":
            return self.parse_group(depth)
        if after is not None:
            raise QueryError(f"{after.text} {after.where} has nothing on its right")
        assert tok is not None  # parse_and only calls with a token that starts an item
        raise QueryError(f"unexpected {tok.text!r} {tok.where}")

    def parse_group(self, depth: int) -> Node:
        opening = self.take()
        if depth >= MAX_DEPTH:
            raise QueryError(f"parentheses nest more than {MAX_DEPTH} deep {opening.where}")
        inner = self.parse_or(depth + 1)
        closing = self.peek()
        if closing is None:
            raise QueryError(f"unbalanced parenthesis: the '(' {opening.where} is never closed")
        self.take()
        if inner is None:
            raise QueryError(f"empty parentheses {opening.where}")
        return inner

    def parse_near(self) -> Near:
        near = self.take()
        self.take()  # "(": the tokenizer only makes NEAR when its parenthesis follows
        phrases: list[Phrase] = []
        while (tok := self.peek()) is not None and tok.kind == "term":
            self.take()
            assert tok.phrase is not None
            phrases.append(tok.phrase)
        distance = None
        if tok is not None and tok.kind == ",":
            comma = self.take()
            num = self.peek()
            if num is None or num.kind != "term" or not (num.text.isascii() and num.text.isdigit()):
                raise QueryError(
                    f"the NEAR distance after the comma {comma.where} must be a whole number,"
                    " as in NEAR(trump kim, 10)"
                )
            self.take()
            distance = int(num.text)
            tok = self.peek()
        if tok is None:
            raise QueryError(f"unbalanced parenthesis: NEAR( {near.where} is never closed")
        if tok.kind == "field":
            raise QueryError(
                f"NEAR(...) holds only words and \"phrases\": the field {tok.where} cannot stand in it"
            )
        if tok.kind != ")":
            raise QueryError(
                f"NEAR(...) holds only words and \"phrases\", then an optional comma and distance:"
                f" {tok.text!r} {tok.where} cannot stand in it"
            )
        self.take()
        if not phrases:
            raise QueryError(f"NEAR( {near.where} has no word to search for")
        # one occurrence may serve several identical phrases of a NEAR group, so repeats
        # never change what it matches, only its cost (which grows with each of them)
        return Near(tuple(dict.fromkeys(phrases)), distance)


def _all(include: list[Node], exclude: list[Node]) -> Node:
    """AND of ``include`` without ``exclude``: nested ANDs flattened, repeats dropped."""
    inc: list[Node] = []
    exc: list[Node] = list(exclude)
    for node in include:
        if isinstance(node, AllOf):  # (a -b) c  =  a c -b
            inc += node.include
            exc += node.exclude
        else:
            inc.append(node)
    inc = list(dict.fromkeys(inc))
    exc = list(dict.fromkeys(exc))
    if len(inc) == 1 and not exc:
        return inc[0]
    return AllOf(tuple(inc), tuple(exc))


def _any(options: list[Node]) -> Node:
    """OR of ``options``: nested ORs flattened, repeats dropped."""
    flat: list[Node] = []
    for node in options:
        flat += node.options if isinstance(node, AnyOf) else [node]
    flat = list(dict.fromkeys(flat))
    return flat[0] if len(flat) == 1 else AnyOf(tuple(flat))
