"""The work on one document, wherever it runs: extract the article, check its language,
analyse it. A pure function of the document and the model, so the same code runs in the
ingest process, in worker processes (``work.pool``) and in Ray actors (``newsdesk batch``).
"""

from newsdesk.work._process import Done, ItemError, extraction_error, process_documents, unsupported_language

__all__ = ["Done", "ItemError", "extraction_error", "process_documents", "unsupported_language"]
