"""Bytes to text: gzip, byte-order marks, UTF-8, the declared charset, detection, and lossy UTF-8.

Every readable input is read, and how it was read is said: the order is

1. a byte-order mark decides;
2. NUL bytes or many control bytes mean binary data, rejected;
3. valid UTF-8 is taken as it is;
4. text that is mostly UTF-8 (more well-formed multi-byte characters than bad bytes) stays
   UTF-8 with the bad bytes replaced by U+FFFD (``replaced-bytes``): a detector would
   turn its curly quotes into mojibake;
5. the charset the page declares (``<meta charset>``, ``<?xml encoding>``; Latin-1 read as
   Windows-1252, as browsers do); a page declaring UTF-8 gets step 7;
6. detection among the web's legacy encodings (``detected-charset``);
7. last, UTF-8 with replacement (``replaced-bytes``), unless most of it would be replaced
   (``undecodable``).

Each decision that changed what the bytes say comes back as a note that becomes an
``IngestWarning``, so a reader can tell a clean input from a rescued one.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
import zlib
from dataclasses import dataclass, field

from newsdesk.ingest._charset import detect_charset

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
_CONTROL = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")  # C0 controls text never holds
_ESCAPED = re.compile("[\udc80-\udcff]")  # bytes surrogateescape could not decode
_MULTIBYTE = re.compile("[^\x00-\x7f\udc80-\udcff]")
_MAX_CONTROL = 0.05  # share of control bytes above which an input is binary
_MAX_REPLACED = 0.25  # share of bytes that may be replaced before an input is undecodable
_CHARSET_CODEC = re.compile(  # Python codecs that are character sets (not escapes, transforms)
    r"^(?:cp\d+|iso8859-\d+|mac-\w+|koi8-\w|euc[-_]\w+|shift_jis\w*|gb\w+|big5\w*|iso2022_\w+|hz|johab"
    r"|ascii|kz1048|ptcp154|tis-620)$"
)
_WHATWG_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "tis-620": "cp874"}


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


@dataclass
class Decoded:
    """Decoded text and the ``(reason, detail)`` notes on how it was read (none when clean)."""

    text: str
    notes: list[tuple[str, str]] = field(default_factory=list)


def decode(data: bytes) -> Decoded:
    """Decode one item's bytes in the order of the module docstring; raises DecodeError."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _lossy(data[len(bom) :], enc)
    if b"\x00" in data:
        raise DecodeError("binary", "contains NUL bytes")
    controls = len(_CONTROL.findall(data))
    if controls > _MAX_CONTROL * len(data):
        raise DecodeError("binary", f"{controls} of {len(data)} bytes are control characters")
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", "surrogateescape")
    if len(_MULTIBYTE.findall(escaped)) >= len(_ESCAPED.findall(escaped)):
        return _lossy(data, "utf-8")
    declared, why = _declared_codecs(data)
    if declared == ["utf-8"]:
        return _lossy(data, "utf-8")
    for codec in declared:
        try:
            return Decoded(data.decode(codec))
        except UnicodeDecodeError:
            why = f"not valid in the declared charset {declared[-1]}"
    detected = detect_charset(data)
    if detected:
        note = ("detected-charset", f"decoded as {detected} (detected: {why})")
        return Decoded(data.decode(detected), [note])
    return _lossy(data, "utf-8", f"{why}, and no legacy charset reads it")


def _declared_codecs(data: bytes) -> tuple[list[str], str]:
    """The codecs to try for the declared charset (Latin-1 first as browsers read it: cp1252)."""
    head = data[:4096]
    found = _CHARSET_RE.search(head) or _XML_ENC_RE.search(head)
    if found is None:
        return [], "not UTF-8, no charset declared"
    name = found.group(1).decode("ascii", "replace")
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return [], f"not UTF-8, unknown declared charset {name!r}"
    if codec.startswith(("utf-8", "utf-16", "utf-32")):
        return ["utf-8"], f"declared {name}"  # a page whose markup reads as ASCII is not UTF-16 (WHATWG)
    if not _CHARSET_CODEC.match(codec):  # base64, rot13, unicode_escape ... are not charsets
        return [], f"not UTF-8, declared charset {name!r} is not a text encoding"
    alias = _WHATWG_ALIASES.get(codec)
    return ([alias, codec] if alias else [codec]), f"declared {name}"


def _lossy(data: bytes, encoding: str, why: str = "") -> Decoded:
    """Decode with every undecodable byte replaced by U+FFFD, saying how many there were."""
    text = data.decode(encoding, "surrogateescape" if encoding == "utf-8" else "replace")
    if encoding == "utf-8":
        text, replaced = _ESCAPED.subn("\ufffd", text)
    else:  # a BOM'd UTF-16/32 text: count the replacement characters the codec added
        replaced = text.count("\ufffd") - data.decode(encoding, "ignore").count("\ufffd")
    if replaced == 0:
        return Decoded(text)
    because = f": {why}" if why else ""
    if replaced > _MAX_REPLACED * len(data):
        raise DecodeError("undecodable", f"{replaced} of {len(data)} bytes are not {encoding}{because}")
    plural = "byte" if replaced == 1 else "bytes"
    detail = f"{replaced} undecodable {plural} replaced ({encoding}){because}"
    return Decoded(text, [("replaced-bytes", detail)])


def normalize_content(text: str) -> str:
    """NFC, unified newlines, stripped: the form two copies of one item share."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def content_hash(text: str) -> str:
    """sha256 of the normalised content: the identity used to skip duplicates."""
    return hashlib.sha256(normalize_content(text).encode("utf-8")).hexdigest()
