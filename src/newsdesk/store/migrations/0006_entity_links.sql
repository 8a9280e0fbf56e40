-- 0006: the same entity across articles. Each article's entities (article_entities) point at
-- a store-wide entity chosen by the linker (newsdesk.stories.identities), not only at the
-- entity of their exact name: "Kim Jong-un", "Kim Jong Un" and "KIM JONG UN" are one row of
-- entities; "Kim" is linked to a known person only when the article's context makes it
-- unambiguous, else it is a person of its own. A wrong merge is worse than a missed one.

-- entities gains what candidate look-ups need without reading every article of an entity.
-- first_seen / last_seen: the earliest and latest publication date (articles.published) of a
-- linked article (NULL when none is dated); article_count: how many articles are linked to it.
-- A second, different person with the same name ("Kim" in two unrelated articles) is a new row
-- whose key is the name key followed by '#<article id>.<local id>' (entities.key stays unique).
ALTER TABLE entities ADD COLUMN first_seen TEXT;
ALTER TABLE entities ADD COLUMN last_seen TEXT;
ALTER TABLE entities ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;

-- The keys that lead to a store-wide entity, with how many linked articles gave each.
-- kind: 'name' (the normalised full name, stories.names.name_key: the exact look-up),
-- 'skeleton' (consonant skeleton: transliteration candidates, confirmed by context),
-- 'first_last' (a three-or-more-word name without its middle words), 'token' (one word of a
-- person's name: the candidates for a bare surname or first name), 'surface' (a spelling as
-- written, NFC with spaces collapsed: the aliases `newsdesk entity` shows). alias is the
-- spelling first seen for the key.
CREATE TABLE entity_aliases (
    kind      TEXT NOT NULL CHECK (kind IN ('name', 'skeleton', 'first_last', 'token', 'surface')),
    key       TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    type      TEXT NOT NULL,
    alias     TEXT NOT NULL,
    count     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, key, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_count ON entity_aliases(kind, key, type, count DESC);
CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id, kind);

-- One row per linked article entity: which store-wide entity it went to and why.
-- exact_entity_id is the entity of its exact name (what save_analysis stored) so that an
-- unlink can point the article's rows back; method is 'new', 'name', 'skeleton',
-- 'first_last' or 'context' (a partial name resolved by co-mentions, roles and dates), and
-- score the context support that decided it (0 for 'new' and 'name'). keys is the JSON list
-- of [kind, key] pairs the link added to entity_aliases (taken back by an unlink).
CREATE TABLE entity_links (
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id        INTEGER NOT NULL,
    entity_id       INTEGER NOT NULL REFERENCES entities(id),
    exact_entity_id INTEGER NOT NULL,
    method          TEXT NOT NULL,
    score           REAL NOT NULL DEFAULT 0,
    keys            TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX entity_links_entity ON entity_links(entity_id, article_id);

-- A candidate's most recent articles (for its co-mentioned entities) by an index range.
CREATE INDEX article_entities_entity_article ON article_entities(entity_id, article_id);
