"""events: who did what with whom, where and when, typed in PLOVER, with a status.

``find_events(doc, entities, quotes, times)`` is part of the pure per-article analysis.
"""

from newsdesk.nlp.events._find import find_events

__all__ = ["find_events"]
