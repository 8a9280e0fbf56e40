"""Turning a user's query into a safe FTS5 MATCH expression.

The query is parsed by ``_query.parse_query`` (one syntax for every full-text search, see
README "Query syntax") and rendered here with explicit AND and parentheses everywhere, so
FTS5's own precedence (an implicit AND binds tighter than its NOT) never applies. Every word
is a quoted phrase of word characters, so no user text reaches FTS5 as syntax.
"""

from __future__ import annotations

from newsdesk.errors import QueryError
from newsdesk.store._query import AllOf, AnyOf, Field, Limits, Near, Node, Phrase, has_fields, parse_query


def fts_query(query: str, limits: Limits | None = None) -> str:
    """The FTS5 MATCH expression for ``query``; QueryError when it is malformed or too big, or
    uses a field (entity:, type:) where only words can be searched (``_match`` handles fields)."""
    node = parse_query(query, limits)
    if has_fields(node):
        raise QueryError("entity: and type: cannot be used here: search words and \"phrases\" only")
    return render(node)


def render(node: Node) -> str:
    """FTS5 syntax for a parsed query without fields."""
    if isinstance(node, Field):
        raise QueryError(f"{node.name}: is not a full-text term")  # _match never sends one here
    if isinstance(node, Phrase):
        return '"' + " ".join(node.words) + '"' + ("*" if node.prefix else "")
    if isinstance(node, Near):
        distance = "" if node.distance is None else f", {node.distance}"
        return "NEAR(" + " ".join(render(p) for p in node.phrases) + distance + ")"
    if isinstance(node, AnyOf):
        return " OR ".join(_operand(n) for n in node.options)
    assert isinstance(node, AllOf)
    if not node.exclude:
        return " AND ".join(_operand(n) for n in node.include)
    return f"{_joined(node.include, ' AND ')} NOT {_joined(node.exclude, ' OR ')}"


def _joined(nodes: tuple[Node, ...], operator: str) -> str:
    """One operand, or several joined by ``operator``, in parentheses unless a single phrase."""
    if len(nodes) == 1:
        return _operand(nodes[0])
    return "(" + operator.join(_operand(n) for n in nodes) + ")"


def _operand(node: Node) -> str:
    text = render(node)
    return text if isinstance(node, Phrase | Near) else f"({text})"
