"""ingest: read raw inputs (files, directories, JSONL, gzip, stdin) into Documents or IngestErrors.

Every input item becomes exactly one ``Document`` or one ``IngestError`` naming the item
(``path``, ``path:LINE`` for JSONL, ``-`` for stdin) and a short reason code:
``not-found``, ``unreadable``, ``special-file`` (a FIFO, socket or device: never opened),
``too-large``, ``bad-gzip``, ``binary``, ``undecodable``, ``empty``, ``bad-json``, ``no-content``;
for a web archive (``FILE#<record id>`` per record) also ``truncated`` and ``bad-warc``, and a
``warc-skipped`` warning per file counting the records that are not pages (see ``_warc``).

What was read anyway but not as given is said with an ``IngestWarning`` (not an item:
``count_items`` does not count them). An item's own warnings follow it, with its source:
``replaced-bytes`` (undecodable bytes replaced by U+FFFD, with how many) and
``detected-charset`` (not UTF-8 and no usable declared charset: the detected one was used).
A JSONL feed's warnings are one summary per file after its last line, with the file as
source (``-`` for stdin): ``unknown-fields`` (fields nothing reads), ``bad-date`` (dates
that could not be read, dropped; a count and the first), ``replaced-characters`` (lone
surrogate escapes such as ``"\\udd47"``, which no UTF-8 text can hold), and the decoding
reasons above with a count of lines. The JSONL field names read are in ``FIELD_NAMES``.
"""

from newsdesk.ingest._decode import DecodeError, content_hash, decode, normalize_content
from newsdesk.ingest._fields import FIELD_NAMES
from newsdesk.ingest._reader import Item, count_items, iter_documents, walk_files

__all__ = [
    "FIELD_NAMES", "DecodeError", "Item", "content_hash", "count_items", "decode", "iter_documents",
    "normalize_content", "walk_files",
]
