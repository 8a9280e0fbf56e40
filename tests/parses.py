"""Hand-built spaCy parses for rule tests: the rules are checked on the parse a test chooses,
not on whatever one model's parse happens to be."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, is_punct ...), no model
_GLUED_BEFORE = (",", ".", "?", "!", "”")  # written without a space before them


def rows_doc(rows: list[tuple[str, str, str, int, str, str]], spaces: bool = False) -> Doc:
    """Rows of (word, lemma, pos, head index, dep, tag). With ``spaces``, English spacing around
    punctuation and quotation marks; without, a space after every word."""
    words, lemmas, pos, heads, deps, tags = zip(*rows, strict=True)
    gaps = None
    if spaces:
        gaps = [not (w == "“" or (i + 1 < len(words) and words[i + 1] in _GLUED_BEFORE))
                for i, w in enumerate(words)]
    return Doc(VOCAB, words=list(words), spaces=gaps, lemmas=list(lemmas), pos=list(pos),
               heads=list(heads), deps=list(deps), tags=list(tags))


def tagged_doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], tags: list[str],
               lemmas: list[str], ents: list[str] | None = None) -> Doc:
    """A parse given column by column, with IOB entity tags (none by default)."""
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
               ents=ents or ["O"] * len(words))


def entity_doc(words: list[str], pos: list[str], ents: list[str]) -> Doc:
    """Words with their parts of speech and IOB entity tags, no parse."""
    return Doc(VOCAB, words=words, pos=pos, ents=ents)
