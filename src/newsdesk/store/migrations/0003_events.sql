-- 0003: time expressions and events (who did what with whom, where and when), with their
-- actors and recipients in a table of their own so that "every event involving X" is an
-- indexed lookup. Analyses stored before this migration have no such rows; `newsdesk
-- reanalyze` fills them. Offsets are [start, end) character offsets into articles.text.

-- One time expression of an analysis (models.TimeExpression), TIMEX3-style. local_id is
-- TimeExpression.id within the analysis; value is the normalised TIMEX3 value or NULL when a
-- relative expression could not be resolved.
CREATE TABLE time_expressions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id   INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    type       TEXT NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET')),
    value      TEXT,
    anchor     TEXT,
    mod        TEXT,
    UNIQUE (article_id, local_id)
);
CREATE INDEX time_expressions_value ON time_expressions(value);

-- One event of an analysis (models.Event). local_id is Event.id within the analysis; type is
-- the PLOVER type (POLECAT's REQUEST and ACCUSE are stored as DEMAND and DISAPPROVE), mode
-- its PLOVER mode. evidence is the sentence stating the event. date is the event's TIMEX3
-- value (Event.date, else the value of the time expression time_local_id points at);
-- date_key its calendar part (YYYY, YYYY-MM or YYYY-MM-DD), written by the store for date
-- filters and ordering, NULL when the date is not a calendar date (PRESENT_REF, P3D ...).
-- place_local_id is the analysis-local Entity id of the place, place_entity_id the
-- cross-article entities row it maps to. quote_local_id is Quote.id when the event is
-- reported in a quote (the claim is that speaker's).
CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id        INTEGER NOT NULL,
    type            TEXT NOT NULL,
    mode            TEXT,
    status          TEXT NOT NULL DEFAULT 'happened'
                    CHECK (status IN ('happened', 'ongoing', 'planned', 'possible', 'negated',
                                      'hypothetical')),
    trigger         TEXT NOT NULL,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    evidence        TEXT NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    date            TEXT,
    date_key        TEXT,
    time_local_id   INTEGER,
    place           TEXT,
    place_start     INTEGER,
    place_end       INTEGER,
    place_local_id  INTEGER,
    place_entity_id INTEGER REFERENCES entities(id),
    place_country   TEXT,
    quote_local_id  INTEGER,
    UNIQUE (article_id, local_id)
);
CREATE INDEX events_type ON events(type, mode);
CREATE INDEX events_date ON events(date_key);
CREATE INDEX events_status ON events(status);
CREATE INDEX events_article_position ON events(article_id, trigger_start);
CREATE INDEX events_place_entity ON events(place_entity_id);

-- An event's actors and recipients (models.Participant), in the order the analysis gives them
-- (position). entity_local_id is the analysis-local Entity id, entity_id the cross-article
-- entities row. country is an ISO 3166 alpha-3 code, sector a CAMEO/PLOVER sector code (GOV,
-- MIL, REB ...). names holds the normalised participant words, canonical name and aliases
-- (' a b | c '), written by the store for the actor lookup.
CREATE TABLE event_participants (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    start           INTEGER NOT NULL,
    end             INTEGER NOT NULL,
    entity_local_id INTEGER,
    entity_id       INTEGER REFERENCES entities(id),
    country         TEXT,
    sector          TEXT,
    names           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX event_participants_event ON event_participants(event_id, role, position);
CREATE INDEX event_participants_article ON event_participants(article_id);
CREATE INDEX event_participants_entity ON event_participants(entity_id);

-- Full-text index over the participants' names (narrows the actor lookup), kept in step by triggers.
CREATE VIRTUAL TABLE event_participants_fts USING fts5(
    names,
    content = 'event_participants', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER event_participants_fts_insert AFTER INSERT ON event_participants BEGIN
    INSERT INTO event_participants_fts(rowid, names) VALUES (new.id, new.names);
END;
CREATE TRIGGER event_participants_fts_delete AFTER DELETE ON event_participants BEGIN
    INSERT INTO event_participants_fts(event_participants_fts, rowid, names)
    VALUES ('delete', old.id, old.names);
END;
CREATE TRIGGER event_participants_fts_update AFTER UPDATE ON event_participants BEGIN
    INSERT INTO event_participants_fts(event_participants_fts, rowid, names)
    VALUES ('delete', old.id, old.names);
    INSERT INTO event_participants_fts(rowid, names) VALUES (new.id, new.names);
END;
