"""ingest: read raw inputs (files, directories, JSONL, gzip, stdin) into Documents or IngestErrors."""
