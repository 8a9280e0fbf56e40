"""Reading brat standoff attribution annotations (PolNeAR ``.ann`` files).

Only what the attribution benchmark needs: text-bound annotations (``T`` lines, spans
possibly discontinuous: ``T3\\tContent 10 20;25 40\\ttext``) tied together by event lines
(``E1\\tAttribution:T4 Content:T3 Cue:T2 Source:T1``). Every other line (annotator notes,
``Discard``/``Discuss`` marks that no event uses, the continuation of a ``T`` line whose
text ran over a newline) is ignored; offsets, not the quoted text, are authoritative.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

Fragment = tuple[int, int]
#: Sorted, non-overlapping, non-empty ``[start, end)`` fragments; touching ones are merged.
Spans = tuple[Fragment, ...]

ROLES = ("source", "cue", "content")

_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)(?:\t|$)")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")


@dataclass(frozen=True)
class Attribution:
    """One attribution: its Source, Cue and Content spans (each possibly empty or discontinuous).

    ``kind`` is the predicted quote kind (``direct``, ``indirect``, ``mixed``); gold
    attributions have none. ``id`` names it for error listings (``E3`` or a quote id).
    """

    source: Spans = ()
    cue: Spans = ()
    content: Spans = ()
    id: str = ""
    kind: str | None = None

    def role(self, name: str) -> Spans:
        return getattr(self, name)


def merge(fragments: Iterable[Fragment]) -> Spans:
    """Union of fragments as sorted, disjoint ones; empty fragments dropped, touching ones joined."""
    out: list[list[int]] = []
    for start, end in sorted(f for f in fragments if f[1] > f[0]):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return tuple((a, b) for a, b in out)


def _fragments(offsets: str) -> list[Fragment]:
    frags = []
    for part in offsets.split(";"):
        bits = part.split()
        if len(bits) == 2:
            frags.append((int(bits[0]), int(bits[1])))
    return frags


def parse_ann(text: str) -> list[Attribution]:
    """The attributions of one ``.ann`` file, in event order.

    Role names are read from the event line with any numeric suffix dropped, so an extra
    ``Content2:T9`` argument joins the content. The trigger (``Attribution`` or
    ``Attribution-no-source``) is not a role. An argument naming a missing ``T`` is skipped.
    """
    spans: dict[str, list[Fragment]] = {}
    events: list[tuple[str, str]] = []
    for line in text.splitlines():
        if m := _T_LINE.match(line):
            spans[m.group(1)] = _fragments(m.group(3))
        elif m := _E_LINE.match(line):
            events.append((m.group(1), m.group(2)))
    out = []
    for eid, args in events:
        roles: dict[str, list[Fragment]] = {r: [] for r in ROLES}
        for arg in args.split():
            name, _, tid = arg.partition(":")
            role = name.rstrip("0123456789").lower()
            if role in roles and tid in spans:
                roles[role].extend(spans[tid])
        out.append(Attribution(merge(roles["source"]), merge(roles["cue"]), merge(roles["content"]), eid))
    return out
