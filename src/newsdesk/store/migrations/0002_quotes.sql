-- 0002: quotes (who said what), with a full-text index over their words and speakers.
-- Analyses stored before this migration have no quote rows; `newsdesk reanalyze` fills them.

-- One attribution of an analysis (models.Quote). Offsets are [start, end) into articles.text;
-- clause is the reported clause a mixed quote sits in, when the analysis gives one.
-- local_id is Quote.id within the analysis; grp is Quote.group (parts of one quote split around
-- its cue share the local id of the first part). speaker_local_id / intermediary_local_id are the
-- analysis-local Entity ids, speaker_entity_id / intermediary_entity_id the cross-article
-- entities rows they map to. speaker_key is the speaker's normalised name and speaker_names the
-- normalised canonical name and aliases (' a b | c '), both written by the store for lookups.
CREATE TABLE quotes (
    id                     INTEGER PRIMARY KEY,
    article_id             INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id               INTEGER NOT NULL,
    kind                   TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    content                TEXT NOT NULL,
    content_start          INTEGER NOT NULL,
    content_end            INTEGER NOT NULL,
    cue                    TEXT,
    cue_start              INTEGER,
    cue_end                INTEGER,
    source                 TEXT,
    source_start           INTEGER,
    source_end             INTEGER,
    clause                 TEXT,
    clause_start           INTEGER,
    clause_end             INTEGER,
    speaker                TEXT,
    speaker_key            TEXT,
    speaker_names          TEXT NOT NULL DEFAULT '',
    speaker_local_id       INTEGER,
    speaker_entity_id      INTEGER REFERENCES entities(id),
    speaker_type           TEXT NOT NULL DEFAULT 'unknown'
                           CHECK (speaker_type IN ('person', 'organization', 'anonymous', 'unknown')),
    anonymous              INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    intermediary           TEXT,
    intermediary_local_id  INTEGER,
    intermediary_entity_id INTEGER REFERENCES entities(id),
    grp                    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (article_id, local_id)
);
CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity_id);
CREATE INDEX quotes_speaker_key ON quotes(speaker_key);
CREATE INDEX quotes_article_position ON quotes(article_id, content_start);

-- Full-text index over the quoted words and the speaker's names, kept in step by triggers.
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    content, speaker_names,
    content = 'quotes', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, content, speaker_names)
    VALUES (new.id, new.content, new.speaker_names);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content, speaker_names)
    VALUES ('delete', old.id, old.content, old.speaker_names);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content, speaker_names)
    VALUES ('delete', old.id, old.content, old.speaker_names);
    INSERT INTO quotes_fts(rowid, content, speaker_names)
    VALUES (new.id, new.content, new.speaker_names);
END;
