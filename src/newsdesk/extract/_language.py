"""The article's language: the page's declaration checked against what its text is written in.

Pages declare ``<html lang="en">`` from a template, whatever the article; the text itself is
the better witness once there is enough of it. So the detector (``newsdesk.language``)
decides when it is sure, the declaration when it is not, and the provenance says which:
``langid``, ``html:lang+langid`` (both agree), ``langid (page declared 'en')`` (they
disagree), or the declaration's own signal alone.
"""

from __future__ import annotations

import re

from ..language import detect_language, normalize_language_tag
from ..models import Article

_OVERRULE_LETTERS = 200  # letters of text needed before the detector overrules a declaration
_LETTER = re.compile(r"[^\W\d_]")


def settle_language(article: Article) -> Article:
    """Set ``article.language`` (ISO 639-1) and its provenance; None when nothing is sure."""
    declared = normalize_language_tag(article.language)
    signal = article.provenance.pop("language", "") or "input"
    detected = detect_language(article.text)
    if detected and declared and detected != declared:
        if len(_LETTER.findall(article.text[:5000])) < _OVERRULE_LETTERS:
            detected = None  # too little text to overrule the page
        else:
            article.language = detected
            article.provenance["language"] = f"langid (page declared {declared!r})"
            return article
    if detected and declared:
        article.language, article.provenance["language"] = declared, f"{signal}+langid"
    elif detected:
        article.language, article.provenance["language"] = detected, "langid"
    elif declared:
        article.language, article.provenance["language"] = declared, signal
    else:
        article.language = None
    return article
