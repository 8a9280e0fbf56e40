"""Loading ECB+ (topics 1–22): documents as text with character offsets, gold mentions, chains.

Each document is token XML; ``text`` joins a sentence's tokens with spaces and sentences with
newlines, and every token keeps its [start, end) in that text, so a gold mention (a list of
token ids) becomes a character span. Gold story of a document: ``"<topic>/<half>"`` where
half is ``ecb`` or ``ecbplus`` (two different real events of the same kind). Mentions in a
cross-document chain share its ``instance_id``; a mention in no chain is a singleton.
"""

from __future__ import annotations

import gzip
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from newsdesk.models import Article

FOLDER = ("data", "ecbplus")
_NAME = re.compile(r"^(\d+)_(\d+)(ecbplus|ecb)\.xml\.gz$")


@dataclass
class EcbMention:
    m_id: str
    kind: str            # ACTION_OCCURRENCE, HUMAN_PART_PER, LOC_GEO, TIME_DATE ...
    start: int
    end: int
    text: str
    sentence: int
    instance: str        # the chain's instance_id, or "<doc>#<m_id>" for a singleton


@dataclass
class EcbDoc:
    name: str            # e.g. 1_10ecb
    topic: int
    half: str            # ecb | ecbplus
    text: str
    mentions: list[EcbMention] = field(default_factory=list)

    def to_article(self) -> Article:
        """The document as an article whose text is ``text`` itself (gold offsets hold); ECB+
        documents carry no publication date."""
        return Article(text=self.text, url=f"ecbplus:{self.name}")

    @property
    def story(self) -> str:
        return f"{self.topic}/{self.half}"

    @property
    def events(self) -> list[EcbMention]:
        return [m for m in self.mentions if m.kind.startswith("ACTION") or m.kind.startswith("NEG_ACTION")]

    @property
    def people(self) -> list[EcbMention]:
        return [m for m in self.mentions if m.kind == "HUMAN_PART_PER"]


def dataset_dir(shared: Path) -> Path:
    return shared.joinpath(*FOLDER)


def _parse(path: Path, topic: int, half: str) -> EcbDoc:
    with gzip.open(path, "rb") as fh:
        root = ET.fromstring(fh.read())
    name = path.name.split(".")[0]
    parts: list[str] = []
    spans: dict[str, tuple[int, int, int]] = {}
    pos, sentence = 0, None
    for tok in root.iter("token"):
        s = int(tok.get("sentence", "0"))
        if sentence is not None:
            sep = " " if s == sentence else "\n"
            parts.append(sep)
            pos += 1
        sentence = s
        word = tok.text or ""
        spans[tok.get("t_id", "")] = (pos, pos + len(word), s)
        parts.append(word)
        pos += len(word)
    text = "".join(parts)
    chains: dict[str, str] = {}
    targets: dict[str, str] = {}
    markables = root.find("Markables")
    mentions_raw: list[tuple[str, str, list[str]]] = []
    for m in list(markables) if markables is not None else []:
        anchors = [a.get("t_id", "") for a in m.findall("token_anchor")]
        if anchors:
            mentions_raw.append((m.get("m_id", ""), m.tag, anchors))
        else:
            targets[m.get("m_id", "")] = m.get("instance_id") or f"{name}#{m.get('TAG_DESCRIPTOR', '')}"
    relations = root.find("Relations")
    for rel in list(relations) if relations is not None else []:
        target = rel.find("target")
        tid = target.get("m_id", "") if target is not None else ""
        instance = rel.get("note") or targets.get(tid) or f"{name}#{tid}"
        if rel.tag == "INTRA_DOC_COREF":
            instance = targets.get(tid) or f"{name}#{tid}"
        for src in rel.findall("source"):
            chains[src.get("m_id", "")] = instance
    doc = EcbDoc(name, topic, half, text)
    for m_id, kind, anchors in mentions_raw:
        known = [spans[a] for a in anchors if a in spans]
        if not known:
            continue
        start, end = min(k[0] for k in known), max(k[1] for k in known)
        doc.mentions.append(
            EcbMention(
                m_id, kind, start, end, text[start:end], known[0][2], chains.get(m_id, f"{name}#{m_id}")
            )
        )
    doc.mentions.sort(key=lambda m: (m.start, m.end))
    return doc


def load_docs(shared: Path, topics: range = range(1, 23)) -> list[EcbDoc]:
    """Every document of the given topics, ordered by topic, document number, then half."""
    out = []
    for topic in topics:
        folder = dataset_dir(shared) / str(topic)
        if not folder.is_dir():
            continue
        for path in folder.glob("*.xml.gz"):
            m = _NAME.match(path.name)
            if m:
                out.append((int(m[1]), int(m[2]), m[3], path))
    out.sort()
    return [_parse(path, t, half) for t, _, half, path in out]
