"""Interview transcripts: "FALLIN: I think ..." attributes the rest of the paragraph.

A paragraph opening with a speaker label (a name in capitals, or a known person's name)
and a colon is that speaker's words, quoted without quotation marks.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from newsdesk.nlp.quotes._frames import Frame

_LABEL = re.compile(r"^[ \t]*((?:[A-Z][A-Za-z.'’-]*[ \t]+){0,3}[A-Z][A-Za-z.'’-]*)[ \t]*:[ \t]+(?=\S)",
                    re.M)
_MIN_WORDS = 4
_NOT_LABELS = frozenset({"update", "note", "editor", "editor's note", "correction", "photo", "video",
                         "read more", "related", "source", "sources", "q", "a", "watch", "listen",
                         "live", "breaking", "exclusive", "opinion", "analysis", "warning"})


def transcript_frames(doc: Doc, text: str, starts: list[int], person_names: set[str]) -> list[Frame]:
    """Frames for labelled paragraphs; ``starts`` are token start offsets (for bisecting)."""
    out: list[Frame] = []
    for m in _LABEL.finditer(text):
        label = m.group(1)
        if label.lower().strip(".") in _NOT_LABELS:
            continue
        shouting = label.replace(".", "").replace(" ", "").isupper() and len(label) > 1
        if not shouting and label not in person_names:
            continue
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        a = bisect.bisect_left(starts, m.start(1))
        colon = bisect.bisect_left(starts, m.end(1))
        c0 = bisect.bisect_left(starts, m.end())
        c1 = bisect.bisect_left(starts, end)
        if colon >= len(doc) or doc[colon].text != ":" or c1 - c0 < _MIN_WORDS:
            continue
        out.append(Frame((colon, colon + 1), (a, colon), colon - 1, (c0, c1), verb=False,
                         rule="transcript"))
    return out
