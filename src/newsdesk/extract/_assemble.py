"""Assemble an Article from recovered blocks, parsing credits out of the paragraphs.

Both the HTML and the plain-text paths end here, so datelines, bylines and wire credits
are handled once, and every metadata field keeps the first (best) signal offered for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import ExtractionError
from ..models import Article, RemovedLine, Section
from ._credits import parse_byline, parse_dateline, strip_wire_tail
from ._dateline import dateline_day
from ._language import settle_language
from ._steps import on

FIELDS = (
    "title", "standfirst", "authors", "byline", "dateline", "wire",
    "publisher", "published", "language", "url",
)


@dataclass
class Draft:
    """Blocks and candidate metadata gathered by an extraction path, best signals first."""

    headline: str | None = None
    standfirst: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    provenance: dict[str, str] = field(default_factory=dict)
    credits_done: bool = False
    order: list[float] = field(default_factory=list)

    def offer(self, name: str, value: Any, signal: str) -> None:
        """Keep ``value`` for ``name`` unless an earlier (better) signal already gave one."""
        if value and not self.values.get(name):
            self.values[name] = value
            self.provenance[name] = signal

    def drop(self, text: str, reason: str, position: float | None = None) -> None:
        """Record a line left out of the text; ``position`` (input line number) orders the record."""
        self.removed.append(RemovedLine(text=text, reason=reason))
        if position is None:  # no line number: keep it next to the record before it
            position = (self.order[-1] if self.order else -1.0) + 1e-6
        self.order.append(position)


_CONTRIBUTED = re.compile(
    r"^(?:additional reporting by\b.*|.{0,150}\bcontributed (?:to )?(?:this )?(?:report|reporting|story)\b.*"
    r"|.{0,150}\b(?:writers?|reporters?|researchers?|correspondents?|journalists?)\b.{0,80}\bcontributed\.?)$",
    re.I,
)


def _trailing_credits(draft: Draft, paras: list[str]) -> None:
    """Drop contributor credits and author bios from the last two paragraphs."""
    names = [n for n in draft.values.get("authors") or [] if n]
    dropped: list[tuple[str, str]] = []
    while len(paras) > 1 and len(dropped) < 2:
        last = paras[-1]
        if _CONTRIBUTED.match(last) and len(last.split()) <= 30:
            dropped.append((paras.pop(), "contributor credit"))
        elif any(  # "Jane Doe is a reporter covering ..."
            re.match(rf"{re.escape(n)}\b.{{0,40}}\b(?:is|was|has been|covers|writes)\b", last)
            for n in names
        ):
            dropped.append((paras.pop(), "author bio"))
        else:
            break
    for text, reason in reversed(dropped):
        draft.drop(text, reason)


def apply_credits(draft: Draft) -> None:
    """Take bylines, the opening dateline and the closing wire credit out of the paragraphs.

    Signals offered before this call outrank the text's own credits; those offered after it
    only fill what is still missing.
    """
    if draft.credits_done:
        return
    draft.credits_done = True
    paras = [p for p in draft.paragraphs if p.strip()]
    kept: list[str] = []
    for i, para in enumerate(paras):
        edge = (i < 3 or i >= len(paras) - 2) and len(para.split()) <= 16
        byline = parse_byline(para) if edge and on("byline") else None
        if byline:
            draft.offer("byline", byline[0], "text:byline")
            draft.offer("authors", byline[1], "text:byline")
            draft.drop(para, "byline")
            continue
        kept.append(para)
    # the dateline opens the story: the first paragraph, or the second after a short deck above it
    first = 1 if len(kept) > 1 and len(kept[0].split()) <= 60 and not parse_dateline(kept[0]) else 0
    if kept and on("dateline"):
        for i in range(first + 1):
            dl = parse_dateline(kept[i])
            if dl:
                draft.offer("dateline", dl[0], "text:dateline")
                draft.offer("wire", dl[1], "text:dateline")
                kept[i] = dl[2]
                break
    if on("trailing-credits"):
        _trailing_credits(draft, kept)
    if kept and on("wire-tail"):
        head, wire = strip_wire_tail(kept[-1])
        if wire:
            draft.offer("wire", wire, "text:wire-credit")
            if head:
                kept[-1] = head
            else:
                kept.pop()
    draft.paragraphs = kept


def finish(draft: Draft, source: str = "input") -> Article:
    """Build the Article: text, sections, provenance and language; raise when there is no body."""
    apply_credits(draft)
    paragraphs = draft.paragraphs
    if not paragraphs:
        raise ExtractionError(f"{source}: no body paragraphs left after removing page chrome and credits")
    text_parts: list[str] = []
    sections: list[Section] = []
    offset = 0
    blocks = [("headline", draft.headline), ("standfirst", draft.standfirst)]
    blocks += [("paragraph", p) for p in paragraphs]
    for kind, block in blocks:
        if not block:
            continue
        if text_parts:
            offset += 2
        sections.append(Section(kind=kind, start=offset, end=offset + len(block)))  # type: ignore[arg-type]
        text_parts.append(block)
        offset += len(block)
    draft.offer("title", draft.headline, "text:first-line")
    draft.offer("standfirst", draft.standfirst, "text:standfirst")
    if not draft.values.get("published"):  # the weakest date signal: only when nothing else gave one
        day = dateline_day(
            draft.values.get("dateline"), url=draft.values.get("url"), text="\n\n".join(text_parts),
            chrome=(r.text for r in draft.removed),
        )
        draft.offer("published", day, "text:dateline")
    values = {name: draft.values.get(name) for name in FIELDS}
    article = Article(
        text="\n\n".join(text_parts),
        sections=sections,
        title=values["title"],
        standfirst=draft.standfirst,
        authors=list(values["authors"] or []),
        byline=values["byline"],
        dateline=values["dateline"],
        wire=values["wire"],
        publisher=values["publisher"],
        published=values["published"],
        language=values["language"],
        url=values["url"],
        provenance={k: v for k, v in draft.provenance.items() if k == "body" or values.get(k)},
        removed=[r for _, r in sorted(zip(draft.order, draft.removed, strict=True), key=lambda x: x[0])],
    )
    return settle_language(article)
