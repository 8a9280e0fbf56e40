"""Quote export in the spirit of Quotebank: one record per quotation, listing every article carrying it.

Wire copy is reprinted word for word by many outlets, so the same quotation reaches the
store many times. ``group_quotations`` turns stored quotes (``Store.quotes``) into one
``Quotation`` per (speaker, words), where the words are compared without regard to case,
whitespace, punctuation or quotation-mark style, each with its ``occurrences``.
``write_jsonl`` and ``write_csv`` write them; docs/SCHEMA.md documents both formats.

Pure functions over store records: no SQL, no terminal, so the CLI, a test or a later web
API call them alike.
"""

from __future__ import annotations

import csv
import hashlib
import json
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, TextIO

from newsdesk.store import StoredQuote, name_key

EXPORT_FORMATS = ("jsonl", "csv")

#: CSV columns, in order. Multi-valued columns are joined with ``;`` in occurrence order
#: (a ``;`` inside a URL is written ``%3B``); ``first_*`` columns describe the first occurrence.
CSV_COLUMNS = (
    "quote_key", "quotation", "speaker", "speaker_id", "speaker_type", "anonymous", "speaker_roles",
    "kind", "num_occurrences", "first_published", "article_ids", "urls", "published",
    "first_article_id", "first_title", "first_content_start", "first_content_end", "first_cue",
    "first_cue_start", "first_cue_end", "first_source", "first_intermediary",
)


@dataclass
class Occurrence:
    """One article's copy of a quotation: where it is and how that article attributes it."""

    article_id: int
    url: str | None
    published: str | None
    title: str | None
    publisher: str | None
    quote_id: int
    kind: str
    content_start: int
    content_end: int
    content: str
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    source: str | None = None
    intermediary: str | None = None


@dataclass
class Quotation:
    """One quotation by one speaker, with every occurrence of it in the store."""

    quote_key: str
    quotation: str
    speaker: str | None
    speaker_id: int | None
    speaker_type: str
    anonymous: bool
    speaker_roles: list[str]
    kind: str
    occurrences: list[Occurrence] = field(default_factory=list)

    @property
    def num_occurrences(self) -> int:
        return len(self.occurrences)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        occurrences = d.pop("occurrences")
        return {**d, "num_occurrences": self.num_occurrences, "occurrences": occurrences}


def normalize_words(text: str) -> str:
    """The words of a quotation as compared: NFKC, case-folded, punctuation and quote marks dropped."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    spaced = "".join(" " if unicodedata.category(c).startswith("P") else c for c in folded)
    return " ".join(spaced.split())


def quotation_key(speaker: str | None, content: str) -> str:
    """A stable id for (speaker, words): the same in every export of every database."""
    words = normalize_words(content) or " ".join(content.split())
    who = name_key(speaker) if speaker else ""
    return hashlib.sha1(f"{who}\x00{words}".encode()).hexdigest()[:16]


def group_quotations(quotes: Iterable[StoredQuote]) -> list[Quotation]:
    """One ``Quotation`` per speaker and words, in the order of first occurrence.

    Two quotes are one quotation when their speakers have the same name up to case, accents
    and punctuation (quotes without a speaker go together) and their words are equal up to
    case, whitespace, punctuation and quotation-mark style. Speaker roles are those any
    occurrence's article gives, most often given first; ``kind`` is the most common one.
    """
    found: dict[str, Quotation] = {}
    kinds: dict[str, Counter[str]] = {}
    roles: dict[str, Counter[str]] = {}
    for q in quotes:
        key = quotation_key(q.speaker, q.content.text)
        record = found.get(key)
        if record is None:
            record = found[key] = Quotation(
                quote_key=key,
                quotation=_display(q.content.text),
                speaker=q.speaker,
                speaker_id=q.speaker_id,
                speaker_type=q.speaker_type,
                anonymous=q.anonymous,
                speaker_roles=[],
                kind=q.kind,
            )
            kinds[key], roles[key] = Counter(), Counter()
        if record.speaker_id is None and q.speaker_id is not None:
            record.speaker_id = q.speaker_id
        kinds[key][q.kind] += 1
        roles[key].update(q.speaker_roles)
        record.occurrences.append(_occurrence(q))
    for key, record in found.items():
        record.kind = kinds[key].most_common(1)[0][0]  # ties: the first seen (Counter keeps order)
        record.speaker_roles = [title for title, _ in roles[key].most_common()]
    return list(found.values())


def _display(text: str) -> str:
    """The quotation as shown: whitespace collapsed, the comma before a closing quote mark dropped."""
    return " ".join(text.split()).rstrip(",")


def _occurrence(q: StoredQuote) -> Occurrence:
    return Occurrence(
        article_id=q.article_id,
        url=q.url,
        published=q.published,
        title=q.title,
        publisher=q.publisher,
        quote_id=q.quote_id,
        kind=q.kind,
        content_start=q.content.start,
        content_end=q.content.end,
        content=q.content.text,
        cue=q.cue.text if q.cue else None,
        cue_start=q.cue.start if q.cue else None,
        cue_end=q.cue.end if q.cue else None,
        source=q.source.text if q.source else None,
        intermediary=q.intermediary,
    )


def csv_row(q: Quotation) -> dict[str, Any]:
    """A quotation as one flat CSV row (see ``CSV_COLUMNS``)."""
    first = q.occurrences[0]
    return {
        "quote_key": q.quote_key,
        "quotation": q.quotation,
        "speaker": q.speaker or "",
        "speaker_id": q.speaker_id if q.speaker_id is not None else "",
        "speaker_type": q.speaker_type,
        "anonymous": int(q.anonymous),
        "speaker_roles": "; ".join(q.speaker_roles),
        "kind": q.kind,
        "num_occurrences": q.num_occurrences,
        "first_published": first.published or "",
        "article_ids": ";".join(str(o.article_id) for o in q.occurrences),
        "urls": ";".join((o.url or "").replace(";", "%3B") for o in q.occurrences),
        "published": ";".join(o.published or "" for o in q.occurrences),
        "first_article_id": first.article_id,
        "first_title": first.title or "",
        "first_content_start": first.content_start,
        "first_content_end": first.content_end,
        "first_cue": first.cue or "",
        "first_cue_start": "" if first.cue_start is None else first.cue_start,
        "first_cue_end": "" if first.cue_end is None else first.cue_end,
        "first_source": first.source or "",
        "first_intermediary": first.intermediary or "",
    }


def write_jsonl(quotations: Iterable[Quotation], fp: TextIO) -> int:
    """One JSON object per line; returns the number of records written."""
    n = 0
    for q in quotations:
        fp.write(json.dumps(q.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(quotations: Iterable[Quotation], fp: TextIO) -> int:
    """A header line and one row per quotation; returns the number of records written."""
    writer = csv.DictWriter(fp, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for q in quotations:
        writer.writerow(csv_row(q))
        n += 1
    return n


def write_export(quotations: Iterable[Quotation], fmt: str, fp: TextIO) -> int:
    """Write in ``fmt`` (one of ``EXPORT_FORMATS``); ValueError names an unknown format."""
    if fmt == "jsonl":
        return write_jsonl(quotations, fp)
    if fmt == "csv":
        return write_csv(quotations, fp)
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
