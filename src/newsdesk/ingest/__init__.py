"""ingest: read raw inputs (files, directories, JSONL, gzip, stdin) into Documents or IngestErrors.

Every input item becomes exactly one ``Document`` or one ``IngestError`` naming the item
(``path``, ``path:LINE`` for JSONL, ``-`` for stdin) and a short reason code:
``not-found``, ``unreadable``, ``too-large``, ``bad-gzip``, ``binary``, ``undecodable``,
``empty``, ``bad-json``, ``no-content``.
"""

from newsdesk.ingest._decode import content_hash, normalize_content
from newsdesk.ingest._reader import count_items, iter_documents, walk_files

__all__ = ["content_hash", "count_items", "iter_documents", "normalize_content", "walk_files"]
