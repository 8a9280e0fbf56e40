-- 0017: an article's story from a narrow index. story_articles rows carry the article's
-- clustering features (a JSON vector), so looking up the story of 500 search hits read 500
-- wide rows; the search facets and the analytics' day stories name this index instead.
CREATE INDEX IF NOT EXISTS story_articles_article_story ON story_articles(article_id, story_id);
