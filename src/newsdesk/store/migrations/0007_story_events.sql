-- 0007: store-wide events ("events, not reports"): one row per real event, however many
-- articles report it, with each article's event row linked to it as a report. Written by
-- stories/story_events.py when an article is placed; `newsdesk restory` rebuilds them.

-- One real event. story_id is the story it belongs to (NULL when the article had none);
-- type/mode the PLOVER type and mode; status the latest reported status (happened, ongoing,
-- planned, possible, hypothetical, negated; a later report that it is still to come does not
-- undo "happened"). date is the most specific TIMEX3 value any report gives, date_key its
-- calendar part (YYYY, YYYY-MM, YYYY-MM-DD) for windows and ordering. place is the place's
-- name, place_entity_id its cross-article entity, place_country ISO 3166 alpha-3. lemmas holds
-- the reports' trigger words (' meet summit '). first_published / last_published bound the
-- publication dates of its reports (candidate look-ups use last_published as a time window).
CREATE TABLE story_events (
    id              INTEGER PRIMARY KEY,
    story_id        INTEGER,
    type            TEXT NOT NULL,
    mode            TEXT,
    status          TEXT NOT NULL DEFAULT 'happened',
    date            TEXT,
    date_key        TEXT,
    place           TEXT,
    place_entity_id INTEGER REFERENCES entities(id),
    place_country   TEXT,
    lemmas          TEXT NOT NULL DEFAULT '',
    first_published TEXT,
    last_published  TEXT
);
CREATE INDEX story_events_story ON story_events(story_id);
CREATE INDEX story_events_type_seen ON story_events(type, last_published);

-- The store-wide entities taking part in a store-wide event (actors and recipients of its
-- reports, mapped through article_entities), for "the events of this person" look-ups and
-- for finding candidate events by shared participants.
CREATE TABLE story_event_participants (
    story_event_id INTEGER NOT NULL REFERENCES story_events(id) ON DELETE CASCADE,
    entity_id      INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (story_event_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX story_event_participants_entity ON story_event_participants(entity_id, story_event_id);

-- One article's report of a store-wide event: the article's events row (its evidence), with
-- what the report said then (status, date) and the article's publication date, from which
-- the event's status history (planned -> cancelled -> back on -> happened) is read in order.
-- event_id is events.id without a foreign key: re-analysing an article replaces its events
-- rows before the article is placed again, and placing it first drops its old reports
-- (StoryEventStore._unlink_events), which then re-reads the status of the events they reported.
CREATE TABLE event_reports (
    event_id       INTEGER PRIMARY KEY,
    story_event_id INTEGER NOT NULL REFERENCES story_events(id) ON DELETE CASCADE,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    status         TEXT NOT NULL,
    date           TEXT,
    published      TEXT
);
CREATE INDEX event_reports_story_event ON event_reports(story_event_id, published, article_id);
CREATE INDEX event_reports_article ON event_reports(article_id);
