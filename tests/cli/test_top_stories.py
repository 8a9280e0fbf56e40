"""The demo's "top stories" table: the biggest stories first, copies counted once."""

from __future__ import annotations

from rich.console import Console

from newsdesk.cli._top_stories import biggest, top_stories
from newsdesk.models import Story, StoryArticle


def _story(id: int, n: int, last: str, copies: int = 0) -> Story:
    articles = [StoryArticle(article_id=id * 100 + i, title=None, url=None, outlet="A", published=last)
                for i in range(n)]
    articles[0].copies = list(range(id * 1000, id * 1000 + copies))
    return Story(id=id, title=f"story {id}", first_seen="2018-05-31", last_seen=last, articles=articles,
                 outlets=["A", "B"])


def test_biggest_ranks_by_articles_then_by_the_newest() -> None:
    stories = [_story(1, 2, "2018-06-01"), _story(2, 5, "2018-06-01"), _story(3, 2, "2018-06-09")]
    assert [s.id for s in biggest(stories, 2)] == [2, 3]


class _Fake:
    path = "x.db"

    def __init__(self, stories: list[Story]) -> None:
        self._stories = stories

    def stories(self) -> list[Story]:
        return self._stories


def test_the_table_shows_titles_and_folded_copies() -> None:
    console = Console(record=True, width=200)
    top_stories(_Fake([_story(7, 4, "2018-06-10", copies=1)]), console)  # type: ignore[arg-type]
    text = console.export_text()
    assert "story 7" in text and "4 (+1 copies)" in text and "2018-06-10" in text


def test_a_store_without_stories_prints_a_note() -> None:
    console = Console(record=True, width=200)
    top_stories(object(), console)  # type: ignore[arg-type]
    assert "no stories yet" in console.export_text()
