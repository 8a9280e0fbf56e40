"""stories: the cross-article layer — copies folded, store-wide entities and events, stories.

Each stored article is placed at once (``place_article``), at a cost that does not grow with
the store: copies through MinHash LSH band keys, entities through alias keys, stories through
candidate look-ups (full text, entities, LSH), never a scan. ``rebuild`` (``newsdesk
restory``) replays every article in arrival order; the result is deterministic for an order.
Only ``store`` speaks SQL: these modules decide, the store reads and writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsdesk.stories.place import Placement, place_article, rebuild

__all__ = ["Placement", "place_article", "rebuild"]


def __getattr__(name: str) -> Any:
    """The placing functions, loaded on first use: they pull in the whole story layer and
    spaCy, which a light module (``stories.copies`` in every Ray task of a batch) does not need."""
    if name in __all__:
        from newsdesk.stories import place

        return getattr(place, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
