-- 0004: raw inputs and analysis JSON stored compressed; the outcome of every document that
-- has no analysis.
--
-- documents.raw holds the raw input as Brotli-compressed UTF-8 (newsdesk_compress, a function
-- the store registers on its connection); documents.content is '' for such rows. Raw HTML
-- was most of a database's size (153 MB of 180 MB for 29 MB of gzip input). analyses.analysis
-- holds the same compressed form (a BLOB; rows stored before were TEXT).
-- raw_size is the UTF-8 size before compression (for `newsdesk status`).
ALTER TABLE documents ADD COLUMN raw BLOB;
ALTER TABLE documents ADD COLUMN raw_size INTEGER;
UPDATE documents SET raw_size = length(CAST(content AS BLOB)), raw = newsdesk_compress(content),
    content = '' WHERE raw IS NULL;
UPDATE analyses SET analysis = newsdesk_compress(analysis) WHERE typeof(analysis) = 'text';

-- A stored document either has its analysis (analyses) or one row here saying why not:
-- 'failed' (extraction or analysis raised; retried by `newsdesk reanalyze --failed`) or
-- 'skipped' (e.g. not English: stored and searchable, the English-only analysis not run).
-- Ingest writes a document with its analysis or its outcome in one transaction, so a crash
-- never leaves a document stored as if it were done.
CREATE TABLE analysis_outcomes (
    document_id      INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    status           TEXT NOT NULL CHECK (status IN ('failed', 'skipped')),
    stage            TEXT NOT NULL,
    reason           TEXT NOT NULL,
    detail           TEXT NOT NULL DEFAULT '',
    pipeline_version TEXT NOT NULL,
    at               TEXT NOT NULL
);
CREATE INDEX analysis_outcomes_status ON analysis_outcomes(status, reason);

-- Input warnings (an item read anyway: bytes replaced, unknown fields, a bad date) live in
-- the errors log beside the errors, told apart by level.
ALTER TABLE errors ADD COLUMN level TEXT NOT NULL DEFAULT 'error' CHECK (level IN ('error', 'warning'));
