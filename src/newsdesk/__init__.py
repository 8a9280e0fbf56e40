"""newsdesk: a self-hosted news intelligence engine.

Data flows one way: ingest -> extract -> nlp (analysis) -> store -> CLI.

The Python API (see the README's "Python API" section)::

    import newsdesk
    article = newsdesk.extract("page.html")          # or the page's HTML/text as a string
    analysis = newsdesk.analyze(article)             # entities, quotes, times, events
    with newsdesk.Store("news.db") as store:
        newsdesk.ingest("corpus/", store)

``extract``, ``load_model``, ``analyze``, ``analyze_many`` and ``ingest`` are in
``newsdesk.api``; ``Store`` in ``newsdesk.store``; ``Article``, ``Entity``, ``Quote``,
``Event``, ``TimeExpression``... in ``newsdesk.models``. Everything is imported on first use
(module ``__getattr__``), so ``import newsdesk`` does not load spaCy.

``newsdesk.extract`` and ``newsdesk.ingest`` are the API functions, although packages of
those names exist: import the packages themselves with ``from newsdesk.extract import ...``.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from newsdesk.errors import ExtractionError, InputError, ModelError, NewsdeskError, StoreError

if TYPE_CHECKING:
    from newsdesk.api import analyze, analyze_many, extract, ingest, load_model
    from newsdesk.models import (
        Analysis,
        Article,
        Document,
        Entity,
        Event,
        Mention,
        Participant,
        Quote,
        Role,
        Section,
        Span,
        Story,
        TimeExpression,
    )
    from newsdesk.pipeline import IngestReport
    from newsdesk.store import Store

__version__ = "0.1.0"

#: Public name -> the module it is read from on first use.
_LAZY = {
    **dict.fromkeys(["extract", "load_model", "analyze", "analyze_many", "ingest"], "newsdesk.api"),
    "Store": "newsdesk.store",
    "IngestReport": "newsdesk.pipeline",
    **dict.fromkeys(
        ["Analysis", "Article", "Document", "Entity", "Event", "Mention", "Participant", "Quote", "Role",
         "Section", "Span", "Story", "TimeExpression"],
        "newsdesk.models",
    ),
}

#: API functions named like a subpackage: importing the subpackage must not replace them.
_SHADOWED = frozenset({"extract", "ingest"})

__all__ = [
    "__version__",
    "NewsdeskError",
    "InputError",
    "ExtractionError",
    "ModelError",
    "StoreError",
    "extract",
    "load_model",
    "analyze",
    "analyze_many",
    "ingest",
    "Store",
    "IngestReport",
    "Analysis",
    "Article",
    "Document",
    "Entity",
    "Event",
    "Mention",
    "Participant",
    "Quote",
    "Role",
    "Section",
    "Span",
    "Story",
    "TimeExpression",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsdesk' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """``newsdesk`` itself: keeps ``newsdesk.extract``/``newsdesk.ingest`` the API functions
    when the import system registers the subpackages of the same names on it."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            return  # the subpackage stays reachable as sys.modules["newsdesk.<name>"]
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
