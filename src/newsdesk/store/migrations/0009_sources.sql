-- 0009: sources and watching (src/newsdesk/sources/). A source is a site (or a feed given
-- directly) that `newsdesk watch` polls through its feeds; every item a feed lists is recorded
-- before its page is fetched and marked done once the page is stored, so an interrupted watch
-- resumes with what is pending, and the URLs seen keep one article from entering twice.

-- A followed site. url is what the user gave (canonicalised); name, country and language
-- are the user's labels (OPML carries them).
CREATE TABLE sources (
    id       INTEGER PRIMARY KEY,
    url      TEXT NOT NULL UNIQUE,
    name     TEXT,
    country  TEXT,
    language TEXT,
    added_at TEXT NOT NULL
);

-- A feed of a source: kind is rss, atom, json (JSON Feed) or sitemap (a sitemap index
-- included). etag and last_modified are the validators of the last 200 response, sent back
-- as If-None-Match / If-Modified-Since. polls and errors count every poll and every failed
-- one (the error rate); consecutive_errors backs the next poll off; next_poll is when the
-- feed is due again (NULL: now).
CREATE TABLE feeds (
    id                 INTEGER PRIMARY KEY,
    source_id          INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    url                TEXT NOT NULL,
    kind               TEXT NOT NULL,
    etag               TEXT,
    last_modified      TEXT,
    last_polled        TEXT,
    last_success       TEXT,
    last_error         TEXT,
    last_error_at      TEXT,
    polls              INTEGER NOT NULL DEFAULT 0,
    errors             INTEGER NOT NULL DEFAULT 0,
    consecutive_errors INTEGER NOT NULL DEFAULT 0,
    next_poll          TEXT,
    UNIQUE (source_id, url)
);
CREATE INDEX feeds_next_poll ON feeds(next_poll);

-- Every item a feed listed, once: key is the item's canonicalised URL (or "guid:" + its id
-- when it has no link), so the same link in two feeds or two polls is one row. state:
-- pending (recorded, page not yet stored: a resumed watch fetches it), done (stored, or its
-- content already was: document_id), duplicate (its canonical URL was stored already),
-- skipped (robots.txt disallows it) or failed (attempts used up; error says why).
CREATE TABLE watch_items (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    source_id     INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    feed_id       INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    url           TEXT NOT NULL,
    guid          TEXT,
    title         TEXT,
    published     TEXT,
    state         TEXT NOT NULL DEFAULT 'pending'
                  CHECK (state IN ('pending', 'done', 'duplicate', 'skipped', 'failed')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    error         TEXT,
    canonical_url TEXT,
    document_id   INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    seen_at       TEXT NOT NULL,
    done_at       TEXT
);
CREATE INDEX watch_items_pending ON watch_items(state, id);
CREATE INDEX watch_items_source ON watch_items(source_id, done_at);

-- Canonical URLs of the pages stored (rel=canonical, og:url, else the fetched URL, with
-- tracking parameters stripped): a page reached through another link is not stored again.
-- Kept when a source is removed, so following it again adds nothing twice.
CREATE TABLE seen_urls (
    url         TEXT PRIMARY KEY,
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    at          TEXT NOT NULL
) WITHOUT ROWID;
