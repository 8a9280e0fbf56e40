"""Reading stories: the list (active, since a date) and one story, copies folded.

A story's articles are listed once per canonical article: its copies (reprints found by the
copies part) are folded into it with their outlets, so every count counts a copy once.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from newsdesk.models import Story, StoryArticle

#: People and places shown for a story.
KEY_ENTITIES = 5


def active_cutoff(conn: sqlite3.Connection, days: int) -> str | None:
    """The first day of the active window: ``days`` before the newest story's last sighting."""
    row = conn.execute("SELECT max(last_seen) FROM stories WHERE merged_into IS NULL").fetchone()
    if not row or not row[0]:
        return None
    try:
        return (date.fromisoformat(row[0][:10]) - timedelta(days=days)).isoformat()
    except ValueError:
        return None


def story_ids(conn: sqlite3.Connection, since: str | None, limit: int | None = None) -> list[int]:
    """Live stories seen on or after ``since`` (all when None), latest first."""
    sql = "SELECT id FROM stories WHERE merged_into IS NULL AND size > 0"
    args: list[object] = []
    if since:
        sql += " AND last_seen >= ?"
        args.append(since[:10])
    sql += " ORDER BY last_seen IS NULL, last_seen DESC, size DESC, id"
    if limit:
        sql += " LIMIT ?"
        args.append(limit)
    return [int(r[0]) for r in conn.execute(sql, args)]


def head(conn: sqlite3.Connection, story_id: int) -> Story | None:
    """The story without its articles: title, dates, key people and places (bounded reads)."""
    row = conn.execute(
        "SELECT id, title, first_seen, last_seen, merged_into FROM stories WHERE id = ?", (story_id,)
    ).fetchone()
    if row is None:
        return None
    s = Story(int(row[0]), row[1] or "", row[2], row[3], merged_into=row[4])
    for name, type_ in conn.execute(
        "SELECT e.canonical, e.type FROM story_entities se JOIN entities e ON e.id = se.entity_id"
        " WHERE se.story_id = ? AND e.type IN ('PERSON', 'GPE', 'LOC', 'FAC')"
        " ORDER BY se.articles DESC, e.id LIMIT 40", (story_id,),
    ):
        target_list = s.people if type_ == "PERSON" else s.places
        if len(target_list) < KEY_ENTITIES and name not in target_list:
            target_list.append(name)
    if not s.title:
        s.title = " / ".join(s.people[:2] + s.places[:1]) or f"story {story_id}"
    return s


def story(conn: sqlite3.Connection, story_id: int) -> Story | None:
    """One story with all its articles (copies folded, as ``article_page`` folds them),
    outlets, key people and places."""
    s = head(conn, story_id)
    if s is None:
        return None
    _, _, s.outlets, s.articles = article_page(conn, story_id, 0, -1)
    return s


#: A story's articles with the canonical article of each copy (its copy link's), and those
#: listed: every article but a copy whose original is in the same story.
_MINE = ("WITH mine AS (SELECT sa.article_id AS id, cl.canonical_id AS canon FROM story_articles sa"
         " LEFT JOIN copy_links cl ON cl.article_id = sa.article_id WHERE sa.story_id = ?),"
         " listed AS (SELECT id FROM mine WHERE canon IS NULL OR canon NOT IN (SELECT id FROM mine))")


def article_page(conn: sqlite3.Connection, story_id: int, offset: int, limit: int
                 ) -> tuple[int, int, list[str], list[StoryArticle]]:
    """(listed articles, reports, every outlet, one page of the listed articles with their
    copies folded in), oldest first, reading the page's rows only (a story may hold 5,000).
    ``limit`` 0: no page; below 0: every listed article."""
    listed, reports = conn.execute(
        _MINE + " SELECT (SELECT count(*) FROM listed), (SELECT count(*) FROM mine)", (story_id,)).fetchone()
    outlets = [str(r[0]) for r in conn.execute(
        "SELECT DISTINCT a.publisher FROM story_articles sa"
        " JOIN articles a INDEXED BY articles_card ON a.id = sa.article_id"
        " WHERE sa.story_id = ? AND a.publisher IS NOT NULL ORDER BY a.publisher", (story_id,))]
    if limit == 0:
        return int(listed), int(reports), outlets, []
    rows = conn.execute(
        _MINE + " SELECT a.id, a.title, a.url, a.publisher, a.published FROM listed"
        " JOIN articles a INDEXED BY articles_card ON a.id = listed.id"
        " ORDER BY a.published IS NULL, a.published, a.id LIMIT ? OFFSET ?",
        (story_id, limit if limit > 0 else -1, max(offset, 0)))
    page = [StoryArticle(int(r[0]), r[1], r[2], r[3], r[4], outlets=[r[3]] if r[3] else []) for r in rows]
    by_id = {a.article_id: a for a in page}
    if by_id:
        marks = ",".join("?" * len(by_id))
        for copy_id, canon, outlet in conn.execute(
            _MINE + " SELECT m.id, m.canon, a.publisher FROM mine m"
            " JOIN articles a INDEXED BY articles_card ON a.id = m.id"
            f" WHERE m.canon IN ({marks}) ORDER BY a.published IS NULL, a.published, m.id",
            (story_id, *by_id)):
            target = by_id[int(canon)]
            target.copies.append(int(copy_id))
            if outlet and outlet not in target.outlets:
                target.outlets.append(outlet)
    return int(listed), int(reports), outlets, page


def state(conn: sqlite3.Connection, story_id: int) -> str:
    """What a story's derived view depends on, as a key: its articles (how many, the newest)
    and its events (how many, the latest changed)."""
    arts = conn.execute("SELECT count(*), max(article_id) FROM story_articles WHERE story_id = ?",
                        (story_id,)).fetchone()
    evs = conn.execute("SELECT count(*), max(id) FROM story_events WHERE story_id = ?",
                       (story_id,)).fetchone()
    return f"{arts[0]}:{arts[1]}:{evs[0]}:{evs[1]}"


def article_story(conn: sqlite3.Connection, article_id: int) -> tuple[int, str] | None:
    """The (live) story of an article and its title."""
    row = conn.execute(
        "SELECT s.id, s.title, s.merged_into FROM story_articles sa JOIN stories s ON s.id = sa.story_id"
        " WHERE sa.article_id = ?", (article_id,),
    ).fetchone()
    for _ in range(100):
        if row is None or row[2] is None:
            break
        row = conn.execute("SELECT id, title, merged_into FROM stories WHERE id = ?", (row[2],)).fetchone()
    return (int(row[0]), row[1] or f"story {row[0]}") if row else None
