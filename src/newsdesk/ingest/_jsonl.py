"""JSON lines: one record per line into a Document, and per-file notes on what was not used.

A feed's quirks repeat on every line, so they are said once per file, after its last item:
``unknown-fields`` (fields read by nothing, with the line first carrying one), ``bad-date``
(dates dropped, with a count and the first one), the decoding notes of lines that were
not UTF-8 (``detected-charset``, ``replaced-bytes``, with a count and the first line), and
``replaced-characters`` for lone surrogate escapes (``"\\udd47"``), which no UTF-8 text can hold.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from newsdesk.ingest._dates import iso_date
from newsdesk.ingest._decode import DecodeError, content_hash, decode, looks_like_html
from newsdesk.ingest._fields import KEYS, KNOWN, field_key
from newsdesk.models import Document, DocumentKind, IngestError, IngestWarning

_MARKUP = re.compile(r"\s*<(?:!doctype|html|head|body|article|main|section|div|p|h[1-6])\b", re.I)
_URL = re.compile(r"https?://", re.I)
_SURROGATE = re.compile("[\ud800-\udfff]")  # what JSON's lone "\\udXXX" escapes decode to
_MAX_LISTED = 20  # unknown field names listed in one warning


@dataclass
class FileNotes:
    """What one feed file's records carried that was not used, said once at the end."""

    source: str
    unknown: dict[str, int] = field(default_factory=dict)  # field name -> first line
    first: dict[str, tuple[int, str]] = field(default_factory=dict)  # reason -> (line, what)
    counts: dict[str, int] = field(default_factory=dict)  # reason -> lines it occurred on

    def add(self, reason: str, line: int, what: str) -> None:
        """Count one more line with ``reason``; the first one's line and description are kept."""
        self.first.setdefault(reason, (line, what))
        self.counts[reason] = self.counts.get(reason, 0) + 1

    def warnings(self) -> Iterator[IngestWarning]:
        """The file's summary: unknown fields, then each other reason with its count."""
        if self.unknown:
            names = list(self.unknown)
            listed = ", ".join(names[:_MAX_LISTED])
            if len(names) > _MAX_LISTED:
                listed += f" and {len(names) - _MAX_LISTED} more"
            first = min(self.unknown.values())
            detail = f"ignored fields: {listed} (first seen at line {first})"
            yield IngestWarning(self.source, "unknown-fields", detail)
        for reason, (line, what) in self.first.items():
            count = self.counts[reason]
            if reason == "bad-date":
                head = "unparseable date" if count == 1 else f"{count} unparseable dates, first"
                yield IngestWarning(self.source, reason, f"{head} {what} at line {line}")
            else:
                head = f"line {line}" if count == 1 else f"{count} lines, first line {line}"
                yield IngestWarning(self.source, reason, f"{head}: {what}")


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def parse_line(source: str, number: int, line: bytes, notes: FileNotes) -> Document | IngestError:
    """One JSONL record: its content (html or text) plus url, title, published, publisher."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        try:
            decoded = decode(line)
        except DecodeError as exc:
            return IngestError(source, exc.reason, exc.detail)
        text = decoded.text
        for reason, detail in decoded.notes:
            notes.add(reason, number, detail)
    try:
        record = json.loads(text.lstrip("\ufeff"))
    except ValueError as exc:
        return IngestError(source, "bad-json", str(exc))
    except RecursionError:
        return IngestError(source, "bad-json", "nested too deeply")
    if not isinstance(record, dict):
        return IngestError(source, "bad-json", f"expected an object, got {type(record).__name__}")
    return record_document(source, number, record, notes)


def record_document(
    source: str, number: int, record: dict[str, Any], notes: FileNotes
) -> Document | IngestError:
    """The Document a decoded record describes (fields per ``_fields.FIELD_NAMES``)."""
    by_key: dict[str, tuple[str, Any]] = {}
    for name, value in record.items():
        key = field_key(name)
        by_key.setdefault(key, (name, value))
        if key not in KNOWN and name not in notes.unknown:
            notes.unknown[_SURROGATE.sub("\ufffd", name)] = number
    content = _content(source, by_key)
    if isinstance(content, IngestError):
        return content
    kind, text = content
    fields = {
        "content": text,
        "url": _first_text(by_key, "url"),
        "title": _first_text(by_key, "title"),
        "publisher": _publisher(by_key),
    }
    replaced = 0
    for name, value in fields.items():
        if value:
            fields[name], count = _SURROGATE.subn("\ufffd", value)
            replaced += count
    if replaced:  # text that cannot be written as UTF-8 would fail every stage after this one
        notes.add("replaced-characters", number, f"{replaced} lone surrogates (\\ud800-\\udfff) replaced")
    return Document(
        source=source,
        kind=kind,
        content=fields["content"] or text,
        url=fields["url"],
        title=fields["title"],
        published=_published(number, by_key, notes),
        publisher=fields["publisher"],
        content_hash=content_hash(fields["content"] or text),
    )


def _values(by_key: dict[str, tuple[str, Any]], target: str) -> list[tuple[str, Any]]:
    return [by_key[k] for k in KEYS[target] if k in by_key]


def _content(source: str, by_key: dict[str, tuple[str, Any]]) -> tuple[DocumentKind, str] | IngestError:
    found = [("html", v) for _, v in _values(by_key, "html")]
    found += [("text", v) for _, v in _values(by_key, "text")]
    strings = [(kind, v) for kind, v in found if isinstance(v, str)]
    for kind, value in strings:
        if value.strip():
            if "\x00" in value:
                return IngestError(source, "binary", "contains NUL characters")
            markup = kind == "html" or _MARKUP.match(value) or looks_like_html(value)
            return ("html" if markup else "text"), value
    if strings:
        return IngestError(source, "empty", "the content field ('text', 'html' ...) is empty")
    return IngestError(source, "no-content", "no content string ('text', 'html', 'maintext' ...)")


def _first_text(by_key: dict[str, tuple[str, Any]], target: str) -> str | None:
    for _, value in _values(by_key, target):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _published(number: int, by_key: dict[str, tuple[str, Any]], notes: FileNotes) -> str | None:
    given = [(n, v) for n, v in _values(by_key, "published") if v not in (None, "") and v != []]
    for _, value in given:
        day = iso_date(value)
        if day:
            return day
    if given:
        name, value = given[0]
        notes.add("bad-date", number, f"{_show(value)} in '{name}'")
    return None


def _publisher(by_key: dict[str, tuple[str, Any]]) -> str | None:
    for _, value in _values(by_key, "publisher"):
        if isinstance(value, dict):  # NewsAPI: {"id": "bbc-news", "name": "BBC News"}
            value = value.get("name")
        if isinstance(value, str) and value.strip() and not _URL.match(value.strip()):
            return value.strip()
    return None
