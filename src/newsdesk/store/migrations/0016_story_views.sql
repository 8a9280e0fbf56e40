-- 0016: a story's derived view (timeline, summary, key quotes), built by the stories layer
-- when an ingest batch changes the story, and read by the story page as it is: deriving it
-- reads up to 200 analyses, which no page can afford on a story of 5,000 articles. ``state``
-- says which articles and events it was built from; a page finding another state builds it.
CREATE TABLE story_views (
    story_id  INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    state     TEXT NOT NULL,
    body      BLOB NOT NULL,
    built_at  TEXT NOT NULL
);
