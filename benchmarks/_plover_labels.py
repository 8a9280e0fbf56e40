"""The broader PLOVER development set: sentences of PolNeAR (train) and Timeline17 articles
labelled with a PLOVER event, stored as offsets into ``../shared/data`` (never the text).

``benchmarks/labels/plover.jsonl`` holds one label per line::

    {"file": ..., "start": int, "end": int, "event": TYPE | "NONE", "mode": str, "negated": bool,
     "source": [{"start": int, "end": int, "code": str, "sector": str}], "target": [...]}

``file`` is a path relative to ``../shared/data``. A PolNeAR document is the ``.txt`` file
itself; a Timeline17 article is ``timeline17/<collection>/articles.jsonl.gz#<id>``, the ``text``
field of the record whose ``id`` is ``<id>`` (the tokenized text as stored, one sentence per
line). ``start``/``end`` is the sentence's character span in that text; actor spans are
absolute in the same text and must sit inside the sentence. See ``labels/README.md`` for the
labelling guidelines.

``load_plover_labels`` returns records shaped like those of ``plover/gsr-dev.json`` (``id``,
``event``, ``text``, ``mode``, ``source``/``target`` lists with ``actorText``, ``code``,
``sector``) plus ``negated``, ``file``, ``start``, ``end``. Timeline17 sentence and actor texts
are detokenized (``Gadhafi 's`` -> ``Gadhafi's``) so the analysis reads prose.

**Held-out part.** A label of the first batch is held out when
``int(sha1(f"{file}:{start}").hexdigest(), 16) % 4 == 0``: about a quarter, never looked at
while writing rules. ``part`` is ``"tune"`` (the rest), ``"heldout"`` or ``"all"``.

**Second batch.** ``labels/plover2.jsonl`` (``LABELS2``), same format and guidelines, labelled
from articles the first batch does not use. Its held-out part is drawn by article, not by
sentence (``is_heldout_article``: a salted hash of the file, about a quarter of the articles), so
no held-out sentence shares an article with a tune sentence; pass ``path=LABELS2``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

from benchmarks._timeline17 import detokenize

LABELS = Path(__file__).resolve().parent / "labels" / "plover.jsonl"
LABELS2 = Path(__file__).resolve().parent / "labels" / "plover2.jsonl"
TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "DEMAND", "DISAPPROVE",
    "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT",
    "INVESTIGATE", "NONE",
})
PARTS = ("tune", "heldout", "all")


class LabelError(ValueError):
    """A label that does not resolve against the shared data."""


def is_heldout(file: str, start: int) -> bool:
    """The first batch's held-out rule: a quarter of the sentences."""
    return int(hashlib.sha1(f"{file}:{start}".encode()).hexdigest(), 16) % 4 == 0


def is_heldout_article(file: str) -> bool:
    """The second batch's held-out rule: a quarter of the articles (salted, so it does not follow
    the events benchmark's fold split, which hashes the bare file name)."""
    return int(hashlib.sha1(f"plover2:{file}".encode()).hexdigest(), 16) % 4 == 0


def document_text(shared: Path, file: str) -> str:
    """The text a label's offsets point into (``shared`` is the ``data`` folder's parent)."""
    path, sep, article_id = file.partition("#")
    full = shared / "data" / path
    if not full.exists():
        raise LabelError(f"{file}: no such file under {shared / 'data'}")
    if not sep:
        return full.read_text("utf-8")
    with gzip.open(full, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if str(record.get("id")) == article_id:
                return str(record["text"])
    raise LabelError(f"{file}: no article with id {article_id!r}")


def read_labels(path: Path = LABELS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def load_plover_labels(shared: Path, part: str = "tune", path: Path = LABELS) -> list[dict[str, Any]]:
    """The labels of ``part`` as gsr-dev-style records; raises ``LabelError`` on any label that
    does not resolve (span outside the document, empty sentence or actor, actor outside its
    sentence, unknown type)."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, not {part!r}")
    docs: dict[str, str] = {}
    out = []
    for n, lab in enumerate(read_labels(path), 1):
        file, start, end = lab["file"], int(lab["start"]), int(lab["end"])
        where = f"{path.name}:{n} ({file}:{start})"
        held = is_heldout_article(file) if path == LABELS2 else is_heldout(file, start)
        if part == "tune" and held or part == "heldout" and not held:
            continue
        if lab["event"] not in TYPES:
            raise LabelError(f"{where}: unknown event type {lab['event']!r}")
        if file not in docs:
            docs[file] = document_text(shared, file)
        text = docs[file]
        if not 0 <= start < end <= len(text) or not text[start:end].strip():
            raise LabelError(f"{where}: sentence span {start}-{end} is empty or outside the document "
                             f"({len(text)} chars)")
        tokenized = "#" in file
        roles: dict[str, list[dict[str, Any]]] = {}
        for role in ("source", "target"):
            roles[role] = []
            for actor in lab.get(role) or []:
                a, b = int(actor["start"]), int(actor["end"])
                if not start <= a < b <= end or not text[a:b].strip():
                    raise LabelError(f"{where}: {role} span {a}-{b} is empty or outside the sentence "
                                     f"{start}-{end}")
                actor_text = text[a:b]
                roles[role].append({
                    "actorText": detokenize(actor_text) if tokenized else actor_text,
                    "code": actor.get("code", ""), "sector": actor.get("sector", ""),
                    "start": a, "end": b,
                })
        if lab["event"] == "NONE" and (roles["source"] or roles["target"]):
            raise LabelError(f"{where}: a NONE label has actors")
        sentence = text[start:end]
        out.append({
            "id": f"{file}:{start}", "file": file, "start": start, "end": end,
            "event": lab["event"], "text": detokenize(sentence) if tokenized else sentence,
            "mode": lab.get("mode") or None, "negated": bool(lab.get("negated")),
            "source": roles["source"], "target": roles["target"],
        })
    return out
