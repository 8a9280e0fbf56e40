"""An article's text with its facts highlighted: ``<mark>`` spans built from stored offsets.

Every fragment of article text is escaped here (markupsafe), and the only markup added is
``<mark class=...>`` and, for a resolved entity, a link to its page; the result is ``Markup``
so the template does not escape it twice. Spans may nest (a name inside a quote) and may cross
(a quote ending inside an event's trigger): a crossing span is cut where the enclosing one
ends and continues after it, so the HTML is always well formed.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, replace

from markupsafe import Markup, escape

from newsdesk.store import StoredArticle

#: Entity type -> mark class.
ENTITY_CLASS = {"PERSON": "person", "ORG": "org", "NORP": "org",
                "GPE": "place", "LOC": "place", "FAC": "place"}
#: Which of two spans starting together and ending together is the outer one.
_ORDER = {"quote": 0, "event": 1, "time": 2, "person": 3, "org": 3, "place": 3}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    cls: str
    href: str | None = None
    title: str | None = None


def article_marks(stored: StoredArticle) -> list[Mark]:
    """The marks of a stored article: entity mentions (linked), quotes, times, event triggers."""
    marks: list[Mark] = []
    for e in stored.entities:
        cls = ENTITY_CLASS.get(e.type, "org")
        for m in e.mentions:
            marks.append(Mark(m.start, m.end, cls, f"/entities/{e.id}", f"{e.canonical} ({e.type})"))
    for q in stored.quotes:
        who = q.speaker or ("anonymous source" if q.anonymous else "unknown speaker")
        marks.append(Mark(q.content.start, q.content.end, "quote", None, f"{q.kind} quote: {who}"))
    for t in stored.times:
        marks.append(Mark(t.start, t.end, "time", None, f"{t.type} {t.value or ''}".strip()))
    for ev in stored.events:
        label = f"{ev.type} ({ev.status})" + (f" {ev.date}" if ev.date else "")
        marks.append(Mark(ev.trigger.start, ev.trigger.end, "event", None, label))
    return marks


def _open(m: Mark) -> str:
    title = f' title="{escape(m.title)}"' if m.title else ""
    tag = f'<mark class="{escape(m.cls)}"{title}>'
    return tag + (f'<a href="{escape(m.href)}">' if m.href else "")


def _close(m: Mark) -> str:
    return ("</a>" if m.href else "") + "</mark>"


def highlight(text: str, marks: list[Mark]) -> Markup:
    """``text`` escaped, with each mark wrapped around its ``[start, end)``."""
    n = len(text)
    heap = [(m.start, -m.end, _ORDER.get(m.cls, 9), i, m) for i, m in enumerate(marks)
            if 0 <= m.start < m.end <= n]
    heapq.heapify(heap)
    seq = len(marks)
    out: list[str] = []
    pos = 0
    stack: list[Mark] = []

    def close_until(at: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= at:
            top = stack.pop()
            out.append(str(escape(text[pos:top.end])))
            out.append(_close(top))
            pos = top.end

    while heap:
        *_, m = heapq.heappop(heap)
        close_until(m.start)
        if stack and m.end > stack[-1].end:  # crosses the enclosing mark: cut it there
            rest = replace(m, start=stack[-1].end)
            seq += 1
            heapq.heappush(heap, (rest.start, -rest.end, _ORDER.get(rest.cls, 9), seq, rest))
            m = replace(m, end=stack[-1].end)
        if m.href and any(s.href for s in stack):  # no link inside a link
            m = replace(m, href=None)
        out.append(str(escape(text[pos:m.start])))
        out.append(_open(m))
        pos = m.start
        stack.append(m)
    close_until(n)
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))
