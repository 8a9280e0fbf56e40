"""Bytes to text: gzip, byte-order marks, UTF-8, then the charset an HTML page declares.

Decoding never guesses silently: a byte string that is neither UTF-8 nor valid in the
charset the page itself declares is rejected with a reason, because a wrongly decoded
article would poison every fact extracted from it.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
import zlib

GZIP_MAGIC = b"\x1f\x8b"
_HTML_EXTS = (".html", ".htm", ".xhtml")
_JSONL_EXTS = (".jsonl", ".ndjson")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENC_RE = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


class DecodeError(Exception):
    """Raised with a short ``reason`` code and a human ``detail``."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def strip_gz(name: str) -> str:
    """The name without a trailing ``.gz``, so ``x.html.gz`` is judged as ``x.html``."""
    return name[:-3] if name.lower().endswith(".gz") else name


def is_jsonl_name(name: str) -> bool:
    return strip_gz(name).lower().endswith(_JSONL_EXTS)


def is_html_name(name: str) -> bool:
    return strip_gz(name).lower().endswith(_HTML_EXTS)


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip data, refusing to inflate past ``max_bytes`` (zip bombs)."""
    d = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise DecodeError("bad-gzip", str(exc)) from exc
    if len(out) > max_bytes:
        raise DecodeError("too-large", f"more than {max_bytes} bytes once decompressed")
    if not d.eof:
        raise DecodeError("bad-gzip", "truncated gzip stream")
    return out


def looks_like_html(text: str) -> bool:
    """True when the start of ``text`` is an HTML page (``<!doctype`` or an ``<html`` tag)."""
    head = text[:2048].lstrip().lower()
    return head.startswith("<!doctype html") or "<html" in head[:1024]


def decode(data: bytes) -> str:
    """Decode one item's bytes: BOM, else UTF-8, else the page's declared charset, else fail."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc)
            except UnicodeDecodeError as exc:
                raise DecodeError("undecodable", f"invalid {enc} after byte-order mark: {exc}") from exc
    if b"\x00" in data:
        raise DecodeError("binary", "contains NUL bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    head = data[:4096]
    declared = _CHARSET_RE.search(head) or _XML_ENC_RE.search(head)
    if declared is None:
        raise DecodeError("undecodable", f"not UTF-8 and no declared charset ({utf8_error.reason})")
    name = declared.group(1).decode("ascii", "replace")
    try:
        codec = codecs.lookup(name)
    except LookupError as exc:
        raise DecodeError("undecodable", f"unknown declared charset {name!r}") from exc
    try:
        return data.decode(codec.name)
    except UnicodeDecodeError as exc:
        raise DecodeError("undecodable", f"not valid UTF-8 nor declared charset {name}") from exc


def normalize_content(text: str) -> str:
    """NFC, unified newlines, stripped: the form two copies of one item share."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def content_hash(text: str) -> str:
    """sha256 of the normalised content: the identity used to skip duplicates."""
    return hashlib.sha256(normalize_content(text).encode("utf-8")).hexdigest()
