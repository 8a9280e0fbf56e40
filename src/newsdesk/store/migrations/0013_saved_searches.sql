-- 0013: saved searches (the web app's /searches and `newsdesk searches`), and an index for the
-- outlet filter of the quotes and events lists.

-- A saved search: a name (unique, any case) for a query in the search syntax (README "Query
-- syntax"), followable as an Atom feed of its latest matching articles. created: UTC, ISO.
CREATE TABLE saved_searches (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    query   TEXT NOT NULL,
    created TEXT NOT NULL
);

-- The quotes and events lists filter by outlet (articles.publisher) and date: an index range
-- instead of a scan of every article.
CREATE INDEX IF NOT EXISTS articles_publisher ON articles(publisher, published);
