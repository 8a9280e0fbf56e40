"""Loading the spaCy model: the official package when installed, else the PyPI re-upload."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from newsdesk.config import load_settings
from newsdesk.errors import ModelError


@Language.component("newsdesk_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: headline, standfirst and paragraphs (which an article's
    text separates by blank lines) are never parsed as one sentence; the parser otherwise
    makes a headline the subject of the standfirst. A single line break may be hard wrapping
    inside a sentence, so it is left to the parser.

    The starts are written in one ``from_array`` call: the ``is_sent_start`` setter scans
    the whole doc on every call, which made a long text's paragraphs cost quadratic time."""
    starts = []
    for prev in doc[:-1]:
        gap = prev.text if prev.is_space else prev.whitespace_
        if gap.count("\n") >= 2:
            starts.append(prev.i + 1)
    if not starts:
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError("newsdesk_paragraphs must run before the parser (sentence starts are fixed)")
    column = doc.to_array([SENT_START])
    column[starts] = 1
    doc.from_array([SENT_START], column)  # type: ignore[arg-type]  # an int column, typed as float
    return doc


@lru_cache(maxsize=4)
def _load(names: tuple[str, ...]) -> Language:
    tried = []
    for name in names:
        try:
            nlp = spacy.load(name)
            if "parser" in nlp.pipe_names and "newsdesk_paragraphs" not in nlp.pipe_names:
                nlp.add_pipe("newsdesk_paragraphs", before="parser")
            return nlp
        except OSError as exc:  # not installed under this name: try the next one
            tried.append(f"{name}: {str(exc).splitlines()[0][:120]}")
    raise ModelError("no spaCy model could be loaded; tried " + "; ".join(tried))


def load_model(names: Sequence[str] | str | None = None) -> Language:
    """Load (once per process) the first installed model of ``names`` (default: settings)."""
    if isinstance(names, str):
        names = (names,)
    return _load(tuple(names) if names else load_settings().models)


def model_id(nlp: Language) -> str:
    """``name-version`` of a loaded model, recorded with every analysis."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
