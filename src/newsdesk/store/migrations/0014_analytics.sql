-- 0014: indexes for attention analytics (store/_analytics.py), so that a year of a query's
-- articles per day, their share of each day's articles and their top outlets, people and
-- places are index-only reads: no article row (whose text spans overflow pages) is touched.

-- Every article of a date range with its outlet: the per-day totals, and the outlets of the
-- matching articles (a superset of articles_published, which stays for older readers).
CREATE INDEX articles_published_publisher ON articles(published, publisher);

-- The store-wide entities of an article: top people and places of the matching articles.
CREATE INDEX article_entities_article_entity ON article_entities(article_id, entity_id);

-- The articles with an event of a type (the query field type:CONSULT).
CREATE INDEX events_type_article ON events(type, article_id);
