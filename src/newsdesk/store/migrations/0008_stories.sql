-- 0008: stories — each analysed article joins a story or starts one (newsdesk.stories.clustering).
-- Everything here is derived: `newsdesk restory` deletes it and places every article again,
-- then replays the merges made by hand (story_merges). Kept incrementally, so placing an
-- article reads and writes a bounded number of rows whatever the size of the store.

-- One row per story. first_seen/last_seen: the earliest and latest publication dates (ISO
-- date) of its articles (NULL when none is dated). size counts its canonical articles (a copy
-- is counted once, with its canonical article). title: the headline of its most central
-- article (title_score: that article's similarity to the story when it joined).
-- merged_into: set when the story was merged into another (it then has no articles).
CREATE TABLE stories (
    id          INTEGER PRIMARY KEY,
    title       TEXT,
    title_score REAL NOT NULL DEFAULT 0,
    first_seen  TEXT,
    last_seen   TEXT,
    size        INTEGER NOT NULL DEFAULT 0,
    merged_into INTEGER REFERENCES stories(id),
    created_at  TEXT NOT NULL
);
CREATE INDEX stories_last_seen ON stories(last_seen);

-- The story of each placed article. canonical_id: the article it is a copy of (NULL for a
-- canonical article; a copy adds nothing to the story's centroid). score: how well it matched
-- when it joined (NULL when it started the story or is a copy). features: what the article
-- added to the centroid and counts (JSON: terms, vector, entities, events), so that removing
-- it (reanalysis, deletion) takes exactly that back out.
CREATE TABLE story_articles (
    article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id     INTEGER NOT NULL REFERENCES stories(id),
    canonical_id INTEGER,
    published    TEXT,
    score        REAL,
    features     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX story_articles_story ON story_articles(story_id, article_id);

-- The story's centroid: the sum of its articles' normalised TF-IDF vectors, pruned to the
-- top terms after each article (a compact profile, not every word ever used).
CREATE TABLE story_terms (
    story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    term     TEXT NOT NULL,
    weight   REAL NOT NULL,
    PRIMARY KEY (story_id, term)
) WITHOUT ROWID;

-- Store-wide entities (entities.id) in a story: how many of its articles mention each.
-- The (entity_id, story_id) index is the posting list that finds candidate stories.
CREATE TABLE story_entities (
    story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    type      TEXT NOT NULL,
    articles  INTEGER NOT NULL,
    PRIMARY KEY (story_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX story_entities_entity ON story_entities(entity_id, story_id);

-- Event keys of a story ("TYPE|date|place entity id", from its articles' events): a shared key is
-- evidence of one story; the same type at another place and date is evidence of two.
CREATE TABLE story_event_keys (
    story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    key      TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (story_id, key)
) WITHOUT ROWID;

-- Document frequencies for IDF, kept as articles are placed (no scan to weigh a term):
-- term_df over content words, entity_df over store-wide entities; story_stats holds the
-- number of canonical articles placed ('articles').
CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE entity_df (entity_id INTEGER PRIMARY KEY, df INTEGER NOT NULL);
CREATE TABLE story_stats (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;

-- Stories merged by hand (`newsdesk merge-stories KEEP OTHER`), named by their first
-- articles (story ids change on a rebuild; articles keep theirs), replayed by restory.
CREATE TABLE story_merges (
    id            INTEGER PRIMARY KEY,
    keep_article  INTEGER NOT NULL,
    other_article INTEGER NOT NULL,
    at            TEXT NOT NULL
);
