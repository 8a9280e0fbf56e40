"""Web archives: the HTML pages of a WARC file's response records, streamed with FastWARC.

A crawl holds much that is not an article page. Each response record becomes one item
(a ``Document``) or is skipped with a reason, counted per file in one ``warc-skipped``
warning: ``redirect`` (3xx), ``http-error`` (any other non-2xx status), ``not-html`` (a
content type that is not HTML), ``empty`` (no payload). A record whose payload is shorter
than its headers promise (the file ends mid-record, or the crawler marked it
``WARC-Truncated``) is an ``IngestError`` of its own, ``truncated``: a page cut short would
be analysed as if it were whole. Request, metadata and warcinfo records are not pages and
are not counted.

An item's source is ``FILE#<record id>``: a record keeps its name across runs, so a rerun
after an interruption skips what is stored (by source, before decoding, and by content
hash, as every input is), and errors point at the record.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from newsdesk.ingest._decode import DecodeError, content_hash, decode, strip_gz
from newsdesk.models import Document, IngestError, IngestWarning

_WARC_EXTS = (".warc", ".arc")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
Item = Document | IngestError | IngestWarning


def is_warc_name(name: str) -> bool:
    """``x.warc``, ``x.warc.gz`` (and the older ``.arc`` naming seen in crawls)."""
    return strip_gz(name).lower().endswith(_WARC_EXTS)


def record_source(path: str, record: WarcRecord) -> str:
    """``path#urn:uuid:...``: the record's own id, without the angle brackets."""
    return f"{path}#{(record.record_id or '').strip('<>')}"


def read_warc(path: str, limit: int, known: Callable[[str], bool] | None = None) -> Iterator[Item]:
    """One item per HTML response record of ``path`` (see the module docstring), then the
    file's ``warc-skipped`` summary. ``known(source)`` true skips a record already stored
    without decoding it; ``limit`` bounds one record's payload."""
    skipped: Counter[str] = Counter()
    records = 0
    try:
        stream = open(path, "rb")  # noqa: SIM115 (closed below; the iterator reads lazily)
    except OSError as exc:
        yield IngestError(path, "unreadable", exc.strerror or str(exc))
        return
    with stream:
        try:
            for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
                records += 1
                yield from _record_items(path, record, limit, known, skipped)
        except OSError as exc:  # a damaged stream (bad gzip member, garbage between records)
            yield IngestError(path, "bad-warc", f"after {records} records: {exc}")
            records += 1
    if records == 0 and os.path.getsize(path) > 0:
        yield IngestError(path, "bad-warc", "no WARC response records found")
    if skipped:
        detail = ", ".join(f"{n} {reason}" for reason, n in sorted(skipped.items()))
        yield IngestWarning(path, "warc-skipped", f"{sum(skipped.values())} records skipped: {detail}")


def _record_items(path: str, record: WarcRecord, limit: int, known: Callable[[str], bool] | None,
                  skipped: Counter[str]) -> Iterator[Item]:
    source = record_source(path, record)
    reason = _skip_reason(record)
    if reason:
        skipped[reason] += 1
        return
    if known is not None and known(source):
        skipped["already-stored"] += 1
        return
    expected = record.content_length
    if expected > limit:
        yield IngestError(source, "too-large", f"{expected} bytes > limit {limit}")
        return
    payload = record.reader.read() if record.reader is not None else b""
    if len(payload) < expected or record.headers.get("WARC-Truncated"):
        why = record.headers.get("WARC-Truncated") or "the file ends inside the record"
        yield IngestError(source, "truncated", f"{len(payload)} of {expected} bytes ({why})")
        return
    if not payload.strip():
        skipped["empty"] += 1
        return
    try:
        decoded = decode(payload)
    except DecodeError as exc:
        yield IngestError(source, exc.reason, exc.detail)
        return
    text = decoded.text
    yield Document(source=source, kind="html", content=text, url=record.headers.get("WARC-Target-URI"),
                   content_hash=content_hash(text))
    for note, detail in decoded.notes:
        yield IngestWarning(source, note, detail)


def _skip_reason(record: WarcRecord) -> str:
    """Why a response record is not a page to read, or ``""``."""
    http = record.http_headers
    if http is None:
        return "not-http"
    status = http.status_code or 0
    if 300 <= status < 400:
        return "redirect"
    if not 200 <= status < 300:
        return "http-error"
    ctype = (record.http_content_type or "").lower()
    if ctype and not ctype.startswith(_HTML_TYPES):
        return "not-html"
    return ""
