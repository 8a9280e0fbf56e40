"""timex: time expressions found and normalised TIMEX3-style against the publication date.

``find_times(doc, published)`` is part of the pure per-article analysis.
"""

from newsdesk.nlp.timex._find import find_times

__all__ = ["find_times"]
