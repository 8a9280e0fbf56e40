"""Walk the inputs and turn each item into a Document, or an IngestError that says why not.

A bad item never stops the walk: the caller records the error and the rest goes on.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import zlib
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from newsdesk.config import load_settings
from newsdesk.ingest._decode import (
    GZIP_MAGIC,
    DecodeError,
    content_hash,
    decode,
    gunzip,
    is_html_name,
    is_jsonl_name,
    looks_like_html,
)
from newsdesk.models import Document, DocumentKind, IngestError

Item = Document | IngestError
_GZIP_ERRORS = (OSError, EOFError, zlib.error)


def iter_documents(
    paths: Sequence[str], max_bytes: int | None = None, *, stdin: BinaryIO | None = None
) -> Iterator[Item]:
    """Yield one Document or IngestError per input item, in a deterministic order.

    ``paths`` may name files, directories (walked recursively, sorted, hidden entries
    skipped) or ``-`` for stdin. ``max_bytes`` (default: settings) bounds each item; for
    JSONL it bounds each line, so a large feed file is fine.
    """
    limit = max_bytes if max_bytes is not None else load_settings().max_bytes
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, limit)
        elif os.path.isdir(path):
            for file in walk_files(path):
                yield from _read_path(file, limit)
        elif os.path.exists(path):
            yield from _read_path(path, limit)
        else:
            yield IngestError(path, "not-found", "no such file or directory")


def walk_files(directory: str) -> list[str]:
    """Every non-hidden file under ``directory``, sorted so runs are reproducible."""
    found = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(os.path.join(root, f) for f in files if not f.startswith("."))
    return sorted(found, key=lambda p: os.path.relpath(p, directory).split(os.sep))


def count_items(paths: Sequence[str]) -> int | None:
    """How many items ``iter_documents`` will yield (for a progress total); None for stdin."""
    if "-" in paths:
        return None
    total = 0
    for path in paths:
        files = walk_files(path) if os.path.isdir(path) else [path]
        for file in files:
            if is_jsonl_name(file) and os.path.isfile(file):
                try:
                    with _open_binary(file) as f:
                        total += sum(1 for line in f if line.strip()) or 1
                except _GZIP_ERRORS:
                    total += 1
            else:
                total += 1
    return total


def _open_binary(path: str) -> BinaryIO:
    with open(path, "rb") as f:
        magic = f.read(2)
    return gzip.open(path, "rb") if magic == GZIP_MAGIC else open(path, "rb")


def _read_path(path: str, limit: int) -> Iterator[Item]:
    if is_jsonl_name(path):
        yield from _read_jsonl_file(path, limit)
        return
    try:
        size = os.path.getsize(path)
        if size > limit:  # also right for .gz: deflate never inflates to less than it stored
            yield IngestError(path, "too-large", f"{size} bytes > limit {limit}")
            return
        with open(path, "rb") as f:
            data = f.read()
    except OSError as exc:
        yield IngestError(path, "unreadable", exc.strerror or str(exc))
        return
    compressed = data.startswith(GZIP_MAGIC)
    yield _make_document(path, data, compressed, html_name=is_html_name(path), limit=limit)


def _make_document(source: str, data: bytes, compressed: bool, html_name: bool, limit: int) -> Item:
    try:
        text = decode(gunzip(data, limit) if compressed else data)
    except DecodeError as exc:
        return IngestError(source, exc.reason, exc.detail)
    if not text.strip():
        return IngestError(source, "empty", "no content after decoding")
    kind: DocumentKind = "html" if html_name or looks_like_html(text) else "text"
    return Document(source=source, kind=kind, content=text, content_hash=content_hash(text))


def _read_stdin(stream: BinaryIO, limit: int) -> Iterator[Item]:
    data = stream.read(limit + 1)
    compressed = data.startswith(GZIP_MAGIC)
    if len(data) > limit:
        yield IngestError("-", "too-large", f"more than {limit} bytes on stdin")
        return
    try:
        raw = gunzip(data, limit) if compressed else data
    except DecodeError as exc:
        yield IngestError("-", exc.reason, exc.detail)
        return
    if _looks_like_jsonl(raw):
        for number, line in enumerate(raw.splitlines(), start=1):
            if line.strip():
                yield _parse_line(f"-:{number}", line, limit)
        return
    yield _make_document("-", raw, False, html_name=False, limit=limit)


def _looks_like_jsonl(raw: bytes) -> bool:
    first = next((line for line in raw.splitlines() if line.strip()), b"")
    if not first.lstrip().startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def _read_jsonl_file(path: str, limit: int) -> Iterator[Item]:
    try:
        f = _open_binary(path)
    except OSError as exc:
        yield IngestError(path, "unreadable", exc.strerror or str(exc))
        return
    number = 0
    with f:
        try:
            while True:
                line = f.readline(limit + 1)
                if not line:
                    return
                number += 1
                if len(line) > limit and not line.endswith(b"\n"):
                    while (rest := f.readline(limit + 1)) and not rest.endswith(b"\n"):
                        pass
                    yield IngestError(f"{path}:{number}", "too-large", f"line longer than {limit} bytes")
                elif line.strip():
                    yield _parse_line(f"{path}:{number}", line, limit)
        except _GZIP_ERRORS as exc:
            yield IngestError(path if number == 0 else f"{path}:{number + 1}", "bad-gzip", str(exc))


def _parse_line(source: str, line: bytes, limit: int) -> Item:
    """One JSONL record: ``html`` or ``text`` plus optional url, title, published, source."""
    if len(line) > limit:
        return IngestError(source, "too-large", f"line longer than {limit} bytes")
    try:
        record = json.loads(line)
    except UnicodeDecodeError as exc:
        return IngestError(source, "undecodable", f"JSON lines must be UTF-8 ({exc.reason})")
    except ValueError as exc:
        return IngestError(source, "bad-json", str(exc))
    if not isinstance(record, dict):
        return IngestError(source, "bad-json", f"expected an object, got {type(record).__name__}")
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str) and html.strip():
        kind: DocumentKind = "html"
        content = html
    elif isinstance(text, str) and text.strip():
        kind, content = "text", text
    elif isinstance(html, str) or isinstance(text, str):
        return IngestError(source, "empty", "the 'text'/'html' field is empty")
    else:
        return IngestError(source, "no-content", "the line has no 'text' or 'html' string")
    if "\x00" in content:
        return IngestError(source, "binary", "contains NUL characters")
    return Document(
        source=source,
        kind=kind,
        content=content,
        url=_opt_str(record.get("url")),
        title=_opt_str(record.get("title")),
        published=_opt_str(record.get("published")),
        publisher=_opt_str(record.get("source")),
        content_hash=content_hash(content),
    )


def _opt_str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
