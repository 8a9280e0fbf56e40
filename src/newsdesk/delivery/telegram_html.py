"""An edition as Telegram messages: the HTML subset the Bot API takes, cut below its limit.

Telegram's HTML parse mode knows only a few tags (``b``, ``i``, ``a`` ...) and refuses a message
over 4,096 characters. An edition becomes one block per story; blocks are packed into
messages at story boundaries, and only a story longer than a whole message is cut inside —
at a paragraph, else a line, else a space — never inside a tag or an entity, with the tags
open at the cut closed before it and reopened after it, so every message is valid HTML.
"""

from __future__ import annotations

import re
from html import escape
from itertools import accumulate

from newsdesk.models import Edition, EditionItem

LIMIT = 4096
_TOKEN = re.compile(r"<[^>]*>|&#?\w+;")
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z][\w-]*)")


def size(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units; never less than ``len``)."""
    return len(text.encode("utf-16-le")) // 2


def _t(text: str | None) -> str:
    return escape(text or "", quote=False)


def edition_blocks(edition: Edition) -> list[str]:
    """The header and one block per story, each self-contained HTML."""
    title = edition.title or f"{edition.kind.capitalize()} edition, {edition.date}"
    head = f"<b>{_t(title)}</b>"
    if edition.topic:
        head += f"\n<i>{_t(edition.topic)}</i>"
    if not edition.items:
        head += "\nNothing new."
    return [head] + [_story(n, item) for n, item in enumerate(edition.items, 1)]


def _story(n: int, item: EditionItem) -> str:
    lines = [f"<b>{n}. {_t(item.title)}</b>"]
    if item.development:
        lines.append(_t(item.development))
    lines += [f"• {_t(c)}" for c in item.changes]
    if item.summary:
        lines += ["", _t(" ".join(item.summary))]
    if item.quote:
        who = f" — {_t(item.quote_speaker)}" if item.quote_speaker else ""
        lines.append(f"<i>“{_t(item.quote)}”</i>{who}")
    links = []
    for link in item.links:
        label = _t(link.outlet or link.title or link.url or "source")
        links.append(f'<a href="{escape(link.url, quote=True)}">{label}</a>' if link.url else label)
    if links:
        lines.append(" · ".join(links))
    return "\n".join(lines)


def split_messages(blocks: list[str], limit: int = LIMIT) -> list[str]:
    """Pack blocks into messages of at most ``limit``; only an oversized block is cut inside."""
    pieces: list[str] = []
    for block in blocks:
        pieces += cut_html(block, limit) if size(block) > limit else [block]
    messages: list[str] = []
    current = ""
    for piece in pieces:
        joined = f"{current}\n\n{piece}" if current else piece
        if size(joined) <= limit:
            current = joined
        else:
            messages.append(current)
            current = piece
    if current:
        messages.append(current)
    return messages


def _rank(text: str, p: int) -> int:
    nxt = text[p : p + 2]
    return 3 if nxt == "\n\n" else 2 if nxt[:1] == "\n" else 1 if nxt[:1] == " " else 0


def _cut_points(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Every place a cut may go (not inside a tag or an entity): (position, preference, the
    tags open there), in text order."""
    tokens = {m.start(): m for m in _TOKEN.finditer(text)}
    points = []
    stack: tuple[str, ...] = ()
    p = 0
    while p < len(text):
        if p:
            points.append((p, _rank(text, p), stack))
        m = tokens.get(p)
        if m is None:
            p += 1
            continue
        token = m.group()
        if _TAG_NAME.match(token) and not token.endswith("/>"):
            stack = stack[:-1] if token.startswith("</") else (*stack, token)
        p = m.end()
    return points


def _closers(stack: tuple[str, ...]) -> str:
    return "".join(f"</{_TAG_NAME.match(t).group(1)}>" for t in reversed(stack))  # type: ignore[union-attr]


def cut_html(text: str, limit: int = LIMIT) -> list[str]:
    """Cut one HTML text into parts of at most ``limit``: at a paragraph end, else a line end,
    else a space, else anywhere outside a tag; not before half the limit when avoidable."""
    units = [0, *accumulate(2 if ord(c) > 0xFFFF else 1 for c in text)]
    points = _cut_points(text)
    parts: list[str] = []
    start, reopen, k = 0, "", 0
    while size(reopen) + units[len(text)] - units[start] > limit:
        while k < len(points) and points[k][0] <= start:
            k += 1
        fitting = []
        for p, rank, stack in points[k:]:
            used = size(reopen) + units[p] - units[start] + size(_closers(stack))
            if used > limit:
                break
            fitting.append((used * 2 >= limit, rank, p, stack))
        if not fitting and k == len(points):
            break
        _, _, p, stack = max(fitting) if fitting else (0, 0, *points[k][::2])
        parts.append(reopen + text[start:p] + _closers(stack))
        reopen, start = "".join(stack), p
        while start < len(text) and text[start] in " \n":
            start += 1
    parts.append(reopen + text[start:])
    return [p for p in parts if p.strip()]
