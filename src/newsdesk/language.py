"""Which language a text is in: py3langid, whose model ships inside the package (no download).

Shared by ``extract`` (``Article.language``) and ``ingest`` (telling apart legacy charsets
that decode the same bytes to different letters). Short or mixed texts get no answer
rather than a wrong one: an English-only analysis of a German article is worse than none.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# py3langid labels with no ISO 639-1 code that belong to a macrolanguage that has one.
_MACRO = {"arz": "ar", "ary": "ar", "yue": "zh", "wuu": "zh", "uzs": "uz", "gug": "gn", "hbo": "he"}
_NO_LANGUAGE = {"zxx"}  # "no linguistic content": numbers, symbols
MIN_CONFIDENCE = 0.9  # normalised probability below which detection abstains
MIN_LETTERS = 40  # letters needed before a verdict (a CJK sentence has about this many)
_SAMPLE_CHARS = 3_000  # the start decides (some 500 words); more only costs time
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str, float]:
    """The most likely language code of ``text`` and its probability (0..1), however short."""
    code, confidence = _identifier().classify(text[:_SAMPLE_CHARS])
    return _MACRO.get(code, code), float(confidence)


def detect_language(text: str, min_confidence: float = MIN_CONFIDENCE) -> str | None:
    """ISO 639-1 code (639-3 when there is none) of ``text``, or None when unsure.

    Unsure means fewer than ``MIN_LETTERS`` letters or a probability below ``min_confidence``.
    """
    if len(_LETTER.findall(text[:_SAMPLE_CHARS])) < MIN_LETTERS:
        return None
    code, confidence = identify(text)
    if confidence < min_confidence or code in _NO_LANGUAGE:
        return None
    return code


def normalize_language_tag(tag: str | None) -> str | None:
    """The language part of a declared tag ("en-US", "de_DE", "EN") in lower case, or None."""
    if not tag:
        return None
    primary = re.split(r"[-_\s]", tag.strip(), maxsplit=1)[0].lower()
    if not re.fullmatch(r"[a-z]{2,3}", primary):
        return None
    return _MACRO.get(primary, primary)
