"""quotes: who said what — direct, indirect and mixed attributions resolved to speakers.

``find_quotes(doc, entities)`` reads an already parsed Doc and the article's resolved
entities and returns ``Quote`` records; it is part of the pure per-article analysis.
"""

from newsdesk.nlp.quotes._find import find_quotes

__all__ = ["find_quotes"]
