"""Turning a user's search words into a safe FTS5 query.

FTS5 has its own query language in which a stray quote, colon, hyphen or bracket is a
syntax error. Users type news-style text ("U.S.-China", "Kim's", "AT&T"), so every word
becomes a quoted phrase of its word characters. Kept: "exact phrases", ``word*`` prefixes
and the binary operators OR / AND / NOT written in capitals between terms.
"""

from __future__ import annotations

import re

_TOKEN_RE = re.compile(r'"([^"]*)"?|(\S+)')
_WORD_RE = re.compile(r"\w+")
_OPERATORS = {"OR", "AND", "NOT"}


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for ``query``, or None when it has no searchable word."""
    parts: list[str] = []
    for m in _TOKEN_RE.finditer(query):
        phrase, token = m.group(1), m.group(2)
        if token in _OPERATORS:
            if parts and parts[-1] not in _OPERATORS:
                parts.append(token)
            continue
        words = _WORD_RE.findall(phrase if phrase is not None else token)
        if not words:
            continue
        prefix = "*" if token is not None and token.endswith("*") else ""
        parts.append('"' + " ".join(words) + '"' + prefix)
    while parts and parts[-1] in _OPERATORS:
        parts.pop()
    return " ".join(parts) or None
