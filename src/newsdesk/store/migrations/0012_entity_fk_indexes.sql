-- 0012: index the two foreign keys to entities that had none. Deleting an entity (the linker
-- drops an exact-name entity once every row points at the store-wide one) makes SQLite check
-- every child column; without an index each check scanned the whole table, so placing an
-- article grew with the store (10 ms per deleted entity at 8,000 articles).
CREATE INDEX IF NOT EXISTS quotes_intermediary_entity ON quotes(intermediary_entity_id);
CREATE INDEX IF NOT EXISTS story_events_place_entity ON story_events(place_entity_id);
