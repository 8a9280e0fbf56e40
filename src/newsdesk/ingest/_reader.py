"""Walk the inputs and turn each item into a Document, or an IngestError that says why not.

A bad item never stops the walk: the caller records the error and the rest goes on.
Only regular files are opened: a FIFO would block the walk forever, a device never ends.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO, cast

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
from newsdesk.ingest._jsonl import FileNotes, parse_line
from newsdesk.ingest._parquet import is_parquet_name, parquet_rows, read_parquet
from newsdesk.ingest._warc import is_warc_name, read_warc
from newsdesk.models import Document, DocumentKind, IngestError, IngestWarning

Item = Document | IngestError | IngestWarning
_GZIP_ERRORS = (OSError, EOFError, zlib.error)
_SPECIAL = (  # (test, what it is): never opened, never read
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def iter_documents(
    paths: Sequence[str], max_bytes: int | None = None, *, stdin: BinaryIO | None = None,
    known: Callable[[str], bool] | None = None,
) -> Iterator[Item]:
    """Yield one Document or IngestError per input item, in a deterministic order.

    ``paths`` may name files, directories (walked recursively, sorted, hidden entries
    skipped) or ``-`` for stdin. ``max_bytes`` (default: settings) bounds each item; for
    JSONL it bounds each line, and for a web archive (``.warc``, ``.warc.gz``) each record.
    ``known(source)`` true skips a web-archive record already stored before it is decoded.
    IngestWarnings are not items:
    an item's own follow it (same source); a feed's summary follows its last line.
    """
    limit = max_bytes if max_bytes is not None else load_settings().max_bytes
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, limit)
        elif os.path.isdir(path):
            for file in walk_files(path):
                yield from _read_path(file, limit, known)
        elif os.path.lexists(path):
            yield from _read_path(path, limit, known)
        else:
            yield IngestError(path, "not-found", "no such file or directory")


def walk_files(directory: str) -> list[str]:
    """Every non-hidden file under ``directory``, sorted so runs are reproducible."""
    found: list[str] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(os.path.join(root, f) for f in files if not f.startswith("."))
    return sorted(found, key=lambda p: os.path.relpath(p, directory).split(os.sep))


def count_items(paths: Sequence[str]) -> int | None:
    """How many items ``iter_documents`` will yield (for a progress total); None for stdin
    and for web archives (counting a crawl's records would read it twice).

    Documents and IngestErrors are items; IngestWarnings are not counted.
    """
    if "-" in paths:
        return None
    total = 0
    for path in paths:
        files = walk_files(path) if os.path.isdir(path) else [path]
        for file in files:
            if is_warc_name(file):
                return None
            if is_parquet_name(file) and os.path.isfile(file):
                total += parquet_rows(file)
                continue
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
    return cast(BinaryIO, gzip.open(path, "rb") if magic == GZIP_MAGIC else open(path, "rb"))


def _special(path: str) -> IngestError | None:
    """An error for anything but a regular file, found with ``stat`` (opening a FIFO blocks)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return IngestError(path, "not-found", "no such file (a broken link?)")
    except OSError as exc:
        return IngestError(path, "unreadable", exc.strerror or str(exc))
    if stat.S_ISREG(mode):
        return None
    what = next((name for test, name in _SPECIAL if test(mode)), "a special file")
    return IngestError(path, "special-file", f"{what} is not a regular file")


def _read_path(path: str, limit: int, known: Callable[[str], bool] | None = None) -> Iterator[Item]:
    special = _special(path)
    if special:
        yield special
        return
    if is_warc_name(path):
        yield from read_warc(path, limit, known)
        return
    if is_parquet_name(path):
        yield from read_parquet(path, limit)
        return
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
    yield from _make_document(path, data, compressed, html_name=is_html_name(path), limit=limit)


def _make_document(source: str, data: bytes, compressed: bool, html_name: bool, limit: int) -> Iterator[Item]:
    """The item's Document (or IngestError), then a warning for each liberty taken decoding it."""
    try:
        decoded = decode(gunzip(data, limit) if compressed else data)
    except DecodeError as exc:
        yield IngestError(source, exc.reason, exc.detail)
        return
    text = decoded.text
    if not text.strip():
        yield IngestError(source, "empty", "no content after decoding")
        return
    kind: DocumentKind = "html" if html_name or looks_like_html(text) else "text"
    yield Document(source=source, kind=kind, content=text, content_hash=content_hash(text))
    for reason, detail in decoded.notes:
        yield IngestWarning(source, reason, detail)


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
        notes = FileNotes("-")
        for number, line in enumerate(raw.splitlines(), start=1):
            if line.strip():
                yield parse_line(f"-:{number}", number, line, notes)
        yield from notes.warnings()
        return
    yield from _make_document("-", raw, False, html_name=False, limit=limit)


def _looks_like_jsonl(raw: bytes) -> bool:
    first = next((line for line in raw.splitlines() if line.strip()), b"")
    if not first.lstrip().startswith((b"{", codecs.BOM_UTF8 + b"{")):
        return False
    try:
        return isinstance(json.loads(first.decode("utf-8", "replace").lstrip("\ufeff")), dict)
    except (ValueError, RecursionError):
        return False


def _read_jsonl_file(path: str, limit: int) -> Iterator[Item]:
    try:
        f = _open_binary(path)
    except OSError as exc:
        yield IngestError(path, "unreadable", exc.strerror or str(exc))
        return
    notes = FileNotes(path)
    number = records = 0
    with f:
        try:
            while True:
                line = f.readline(limit + 1)
                if not line:
                    break
                number += 1
                if len(line) > limit:
                    while not line.endswith(b"\n") and (line := f.readline(limit + 1)):
                        pass  # skip the rest of the long line
                    records += 1
                    yield IngestError(f"{path}:{number}", "too-large", f"line longer than {limit} bytes")
                elif line.strip():
                    records += 1
                    yield parse_line(f"{path}:{number}", number, line, notes)
        except _GZIP_ERRORS as exc:
            yield IngestError(path if number == 0 else f"{path}:{number + 1}", "bad-gzip", str(exc))
            records += 1
    if records == 0:  # said, not skipped: count_items counts an empty feed as one item too
        yield IngestError(path, "empty", "no JSON lines in the file")
    yield from notes.warnings()
