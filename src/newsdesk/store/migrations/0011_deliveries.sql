-- 0011: the delivery outbox (newsdesk.delivery). An edition and one row per message it is to
-- become on each channel are written in one transaction *before* anything is sent; a row is
-- marked sent right after its channel accepted it. A crash or a failing channel therefore
-- leaves exactly the unsent rows pending, and the next run sends those and nothing else.

-- An edition is published once: the recorded edition (migration 0010's editions) gets its
-- publish key 'kind/date/topic' (topic '' for everything), unique among published editions, so
-- restarts and catch-up never publish it twice. Editions recorded by `newsdesk edition --record`
-- alone have no key.
ALTER TABLE editions ADD COLUMN publish_key TEXT;
CREATE UNIQUE INDEX editions_publish_key ON editions(publish_key) WHERE publish_key IS NOT NULL;

-- One row per message to send: channel is the channel's name in the delivery config; part
-- counts from 1 to parts (a Telegram edition split into several messages; 1 elsewhere).
-- payload: what is sent, rendered when the edition was recorded (Telegram: the message text;
-- email: JSON with subject, text and html; Atom: '' — the feed file is written from the
-- channel's latest editions). status: pending, sent or failed (failed rows are retried by the
-- next run, in order); attempts and last_error say what happened.
CREATE TABLE deliveries (
    id          INTEGER PRIMARY KEY,
    edition_id  INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
    channel     TEXT NOT NULL,
    part        INTEGER NOT NULL DEFAULT 1,
    parts       INTEGER NOT NULL DEFAULT 1,
    payload     TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    created_at  TEXT NOT NULL,
    sent_at     TEXT,
    UNIQUE (edition_id, channel, part)
);
CREATE INDEX deliveries_open ON deliveries(channel, status, edition_id, part);
