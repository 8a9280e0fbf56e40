"""Loading the spaCy model: the official package when installed, else the PyPI re-upload."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import spacy
from spacy.language import Language

from newsdesk.config import load_settings
from newsdesk.errors import ModelError


@lru_cache(maxsize=4)
def _load(names: tuple[str, ...]) -> Language:
    tried = []
    for name in names:
        try:
            return spacy.load(name)
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
