-- 0001: documents, errors, articles (+ full-text index), analyses, entities, mentions, roles.
-- Plain SQLite: sqlite3 and Datasette open it; JSON columns hold lists and maps as JSON text.

-- Raw inputs exactly as read. content_hash (sha256 of the normalised content) makes ingest
-- idempotent. A changed page at a known URL is a new row with url_version + 1 that points at
-- the version it replaces (previous_id): history is kept, never overwritten.
CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL,
    url          TEXT,
    kind         TEXT NOT NULL CHECK (kind IN ('html', 'text')),
    content      TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    title        TEXT,
    published    TEXT,
    publisher    TEXT,
    url_version  INTEGER NOT NULL DEFAULT 1,
    previous_id  INTEGER REFERENCES documents(id),
    ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_url ON documents(url, url_version);

-- Every rejected item or failed stage, with the input it concerns.
CREATE TABLE errors (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    stage       TEXT NOT NULL,
    reason      TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    at          TEXT NOT NULL
);
CREATE INDEX errors_document ON errors(document_id);

-- One extracted article per document; articles.id is the id of its document.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    title        TEXT,
    standfirst   TEXT,
    text         TEXT NOT NULL,
    body         TEXT NOT NULL,
    published    TEXT,
    authors      TEXT NOT NULL DEFAULT '[]',
    byline       TEXT,
    dateline     TEXT,
    wire         TEXT,
    publisher    TEXT,
    language     TEXT,
    url          TEXT,
    sections     TEXT NOT NULL DEFAULT '[]',
    provenance   TEXT NOT NULL DEFAULT '{}',
    removed      TEXT NOT NULL DEFAULT '[]',
    extracted_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);

-- Full-text index over headline, standfirst and body, kept in step by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, standfirst, body,
    content = 'articles', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, standfirst, body)
    VALUES (new.id, new.title, new.standfirst, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, standfirst, body)
    VALUES ('delete', old.id, old.title, old.standfirst, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, standfirst, body)
    VALUES ('delete', old.id, old.title, old.standfirst, old.body);
    INSERT INTO articles_fts(rowid, title, standfirst, body)
    VALUES (new.id, new.title, new.standfirst, new.body);
END;

-- The latest analysis of each document (full Analysis.to_dict JSON) and what made it.
CREATE TABLE analyses (
    id               INTEGER PRIMARY KEY,
    document_id      INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
    pipeline_version TEXT NOT NULL,
    model            TEXT NOT NULL,
    schema_version   TEXT NOT NULL,
    analysed_at      TEXT NOT NULL,
    analysis         TEXT NOT NULL
);
CREATE INDEX analyses_version ON analyses(pipeline_version);

-- Cross-article identities: one row per (type, normalised canonical name).
CREATE TABLE entities (
    id        INTEGER PRIMARY KEY,
    type      TEXT NOT NULL,
    canonical TEXT NOT NULL,
    key       TEXT NOT NULL,
    UNIQUE (type, key)
);

-- The entity as one article sees it (its local canonical name, aliases, affiliation).
CREATE TABLE article_entities (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    local_id    INTEGER NOT NULL,
    canonical   TEXT NOT NULL,
    aliases     TEXT NOT NULL DEFAULT '[]',
    affiliation TEXT,
    UNIQUE (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id);

-- Where the text names or refers to an entity: [start, end) character offsets into articles.text.
CREATE TABLE mentions (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    article_entity_id INTEGER NOT NULL REFERENCES article_entities(id) ON DELETE CASCADE,
    entity_id         INTEGER NOT NULL REFERENCES entities(id),
    start             INTEGER NOT NULL,
    end               INTEGER NOT NULL,
    text              TEXT NOT NULL,
    kind              TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_article_entity ON mentions(article_entity_id);

-- Roles and titles the text gives an entity, with the span that says so.
CREATE TABLE roles (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    article_entity_id INTEGER NOT NULL REFERENCES article_entities(id) ON DELETE CASCADE,
    entity_id         INTEGER NOT NULL REFERENCES entities(id),
    title             TEXT NOT NULL,
    start             INTEGER NOT NULL,
    end               INTEGER NOT NULL,
    source            TEXT NOT NULL,
    organisation      TEXT
);
CREATE INDEX roles_article ON roles(article_id);
CREATE INDEX roles_entity ON roles(entity_id);
CREATE INDEX roles_article_entity ON roles(article_entity_id);
