"""TimeML (.tml) reading and TempEval-3 style timex scoring.

The document text is the content of the ``TEXT`` element with every tag removed, so the
offsets of its ``TIMEX3`` elements index that text exactly; a system runs on the same
string and its spans compare directly. The DCT is the ``TIMEX3`` with
``functionInDocument="CREATION_TIME"`` (outside ``TEXT``): it anchors relative
expressions and is not scored.

Scoring follows TempEval-3: gold and predicted timexes are paired one to one (exact
spans first, then greedily by overlap); *strict* extent counts pairs with identical
spans, *relaxed* extent pairs that overlap. Type and value accuracy are over the relaxed
pairs, and value F1 = relaxed F1 × value accuracy.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

FOLDER = ("data", "tempeval3", "tbaq")
SUBSETS = ("TimeBank", "AQUAINT")


@dataclass(frozen=True)
class Timex:
    """One time expression: where it is and its TIMEX3 attributes."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None = None


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: str | None
    timexes: list[Timex] = field(default_factory=list)
    subset: str = ""


def _walk(el: ET.Element, parts: list[str], offset: int, out: list[Timex]) -> int:
    """Append the element's text to ``parts``, recording TIMEX3 spans; returns the new offset."""
    start = offset
    if el.text:
        parts.append(el.text)
        offset += len(el.text)
    for child in el:
        offset = _walk(child, parts, offset, out)
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    if el.tag == "TIMEX3":
        text = "".join(parts)[start:offset]
        out.append(Timex(start, offset, text, el.get("type", ""), el.get("value"), el.get("mod")))
    return offset


def parse_timeml(xml: str, name: str = "") -> TimeMLDoc:
    """The TEXT element's plain text, its timexes and the document creation time."""
    root = ET.fromstring(xml)
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = (timex.get("value") or "")[:10] or None
            break
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{name}: no TEXT element")
    parts: list[str] = []
    found: list[Timex] = []
    _walk(text_el, parts, 0, found)
    text = "".join(parts)
    found = [t for t in found if t.start < t.end]
    return TimeMLDoc(name, text, dct, sorted(found, key=lambda t: t.start))


def dataset_dir(shared: Path) -> Path:
    return shared.joinpath(*FOLDER)


def load_tbaq(shared: Path, limit: int | None = None, subsets: Sequence[str] = SUBSETS,
              name: str | None = None) -> list[TimeMLDoc]:
    """Documents of the given subsets, sorted by subset then file name (the first ``limit``)."""
    docs = []
    for subset in subsets:
        for path in sorted((dataset_dir(shared) / subset).glob("*.tml")):
            if name and name not in path.stem:
                continue
            doc = parse_timeml(path.read_text("utf-8"), path.stem)
            doc.subset = subset
            docs.append(doc)
    return docs[:limit] if limit else docs


# --------------------------------------------------------------------------- scoring


def pair(gold: Sequence[Timex], pred: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, pred index)``: identical spans first, then by overlap."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    exact = {(p.start, p.end): j for j, p in enumerate(pred)}
    for i, g in enumerate(gold):
        j = exact.get((g.start, g.end))
        if j is not None and j not in used_p:
            pairs.append((i, j))
            used_g.add(i)
            used_p.add(j)
    overlaps = []
    for i, g in enumerate(gold):
        if i in used_g:
            continue
        for j, p in enumerate(pred):
            size = min(g.end, p.end) - max(g.start, p.start)
            if j not in used_p and size > 0:
                overlaps.append((-size, i, j))
    for _, i, j in sorted(overlaps):
        if i not in used_g and j not in used_p:
            pairs.append((i, j))
            used_g.add(i)
            used_p.add(j)
    return sorted(pairs)


@dataclass
class Tally:
    """Counts summed over documents."""

    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, gold: Sequence[Timex], pred: Sequence[Timex]) -> list[tuple[int, int]]:
        pairs = pair(gold, pred)
        self.gold += len(gold)
        self.pred += len(pred)
        self.relaxed += len(pairs)
        for i, j in pairs:
            g, p = gold[i], pred[j]
            self.strict += (g.start, g.end) == (p.start, p.end)
            self.type_ok += g.type == p.type
            self.value_ok += g.value == p.value
        return pairs

    @staticmethod
    def _prf(hits: int, gold: int, pred: int) -> tuple[float, float, float]:
        p = hits / pred if pred else 0.0
        r = hits / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def strict_prf(self) -> tuple[float, float, float]:
        return self._prf(self.strict, self.gold, self.pred)

    def relaxed_prf(self) -> tuple[float, float, float]:
        return self._prf(self.relaxed, self.gold, self.pred)

    def type_accuracy(self) -> float:
        return self.type_ok / self.relaxed if self.relaxed else 0.0

    def value_accuracy(self) -> float:
        return self.value_ok / self.relaxed if self.relaxed else 0.0

    def value_f1(self) -> float:
        """TempEval-3's value F1: relaxed extent F1 times value accuracy."""
        return self.relaxed_prf()[2] * self.value_accuracy()


def score(pairs_of_docs: Iterable[tuple[Sequence[Timex], Sequence[Timex]]]) -> Tally:
    tally = Tally()
    for gold, pred in pairs_of_docs:
        tally.add(gold, pred)
    return tally
