"""Word-shingle overlap, used to compare two candidate texts of the same article."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")


def shingle_set(text: str, n: int = 4) -> set[tuple[str, ...]]:
    """Set of n-word shingles (lower-cased); a short text gives one short shingle."""
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1))} if words else set()


def containment(part: set[tuple[str, ...]], whole: set[tuple[str, ...]]) -> float:
    """Share of ``part``'s shingles found in ``whole`` (0 when ``part`` is empty)."""
    return len(part & whole) / len(part) if part else 0.0
