-- 0015: the small columns of an article (date, outlet, headline, link) in one narrow index.
-- Lists of quotes, events, a story's articles and an entity's articles join each row to its
-- article for just these; read from the table, every lookup lands on the article's own wide
-- row (its whole text), so a list of 5,000 reads 5,000 pages of text. Joins that need no
-- more than these columns name the index (INDEXED BY articles_card): the planner never
-- prefers an index to the rowid for an id lookup by itself.
CREATE INDEX IF NOT EXISTS articles_card ON articles(id, published, publisher, title, url);
