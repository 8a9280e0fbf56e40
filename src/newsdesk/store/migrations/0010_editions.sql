-- 0010: editions (newsdesk.digest) — saved topics, and every edition recorded with what it
-- reported per story, so that the next edition says what changed since and never repeats itself.

-- A topic: a saved query for an edition about one beat (models.Topic). Each facet is optional
-- (at least one is given); a story must match every facet given, any one value within a facet.
-- words: a query in the search syntax (README "Query syntax"), matched against the story's
-- articles of the edition's window; people, places, event_types: JSON lists of names (resolved
-- to store-wide entities when an edition is built, so a topic follows the store as it grows)
-- and PLOVER types.
CREATE TABLE topics (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    words       TEXT,
    people      TEXT NOT NULL DEFAULT '[]',
    places      TEXT NOT NULL DEFAULT '[]',
    event_types TEXT NOT NULL DEFAULT '[]',
    created     TEXT NOT NULL
);

-- A recorded edition (`newsdesk edition --record`, or delivery when it sends one). kind: daily
-- or weekend; date: the edition's date (ISO), also the last day of its window (until); since:
-- the first day of its window; topic: the topic's name (NULL: every story; a name, not a key,
-- so an edition outlives its topic); created: when it was built (UTC); edition: the Edition as
-- JSON (models.Edition, its id included), so it can be rendered again in any format.
-- Deliveries (migration 0011) reference editions.id.
CREATE TABLE editions (
    id      INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('daily', 'weekend')),
    date    TEXT NOT NULL,
    topic   TEXT,
    since   TEXT,
    until   TEXT NOT NULL,
    created TEXT NOT NULL,
    edition TEXT NOT NULL
);
CREATE INDEX editions_kind_topic ON editions(kind, topic, until, id);

-- One row per story an edition reported: the state it reported, which the next edition of the
-- same kind and topic compares against ("what changed since the last edition"). first_article:
-- the story's first article (story ids change on `newsdesk restory`; articles keep theirs, so
-- a rebuilt story is still found). articles: JSON list of the story's article ids (copies
-- included) up to the edition's date; events: JSON list of [story event id, status].
CREATE TABLE edition_items (
    edition_id    INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    story_id      INTEGER NOT NULL,
    first_article INTEGER,
    articles      TEXT NOT NULL DEFAULT '[]',
    events        TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (edition_id, position)
);
CREATE INDEX edition_items_story ON edition_items(story_id, edition_id);
CREATE INDEX edition_items_first_article ON edition_items(first_article, edition_id);

-- The stories active in a window (an edition's candidates) by an index range on the articles'
-- publication dates, instead of a scan of every story.
CREATE INDEX story_articles_published ON story_articles(published, story_id);
