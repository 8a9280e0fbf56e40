"""Parquet files of articles: each row is read like a JSONL record (the same field names).

Datasets of news (CC-NEWS extracts, Hugging Face exports) come as Parquet as often as
JSONL; a row's columns are matched to the Document fields by ``_fields.FIELD_NAMES``, and
the file's notes (unknown columns, unreadable dates) are said once, after its last row.
An item's source is ``FILE:ROW`` (1-based), as a JSONL line's is ``FILE:LINE``.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsdesk.ingest._jsonl import FileNotes, record_document
from newsdesk.models import Document, IngestError, IngestWarning

Item = Document | IngestError | IngestWarning
_ROWS = 256  # rows decoded at a time: a file's row groups may be large


def is_parquet_name(name: str) -> bool:
    return name.lower().endswith((".parquet", ".pq"))


def parquet_rows(path: str) -> int:
    """The rows of the file, from its footer (1 for a file that cannot be read: one error)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return max(pq.ParquetFile(path).metadata.num_rows, 1)
    except (OSError, pa.ArrowException):
        return 1


def read_parquet(path: str, limit: int) -> Iterator[Item]:
    """One Document or IngestError per row, then the file's warnings."""
    import pyarrow as pa  # imported when a Parquet file is met: most runs read none
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as exc:
        yield IngestError(path, "bad-parquet", str(exc)[:300])
        return
    notes = FileNotes(path)
    number = 0
    try:
        for batch in table.iter_batches(batch_size=_ROWS):
            for row in batch.to_pylist():
                number += 1
                source = f"{path}:{number}"
                size = sum(len(v) for v in row.values() if isinstance(v, str))
                if size > limit:
                    yield IngestError(source, "too-large", f"{size} characters > limit {limit}")
                    continue
                yield record_document(source, number, row, notes)
    except (OSError, pa.ArrowException) as exc:
        yield IngestError(f"{path}:{number + 1}", "bad-parquet", str(exc)[:300])
        number += 1
    if number == 0:
        yield IngestError(path, "empty", "no rows in the file")
    yield from notes.warnings()
