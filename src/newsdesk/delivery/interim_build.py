"""INTERIM (branch wt-dlv): a plain edition of recent stories, used by ``newsdesk run`` only
while ``newsdesk.digest.build_edition`` does not exist. The digest branch builds real editions
(importance, topics, what changed); on merge the CLI uses that and this module is deleted.
"""

from __future__ import annotations

from datetime import date, timedelta

from newsdesk.models import Edition, EditionItem, EditionLink
from newsdesk.store import Store


def build_recent(store: Store, kind: str, day: date, topic: str | None = None) -> Edition:
    """The stories seen in the day (daily) or week (weekend) before ``day``, latest first."""
    since = (day - timedelta(days=7 if kind == "weekend" else 1)).isoformat()
    items = [
        EditionItem(
            story_id=s.id, title=s.title, outlets=s.outlets,
            links=[EditionLink(a.article_id, a.title, a.url, a.outlet, a.published, a.outlets)
                   for a in s.articles[:5]],
        )
        for s in store.stories(since=since, limit=20)
    ]
    title = f"newsdesk {kind} edition, {day.isoformat()}"
    return Edition(kind=kind, date=day.isoformat(), since=since, topic=topic, title=title, items=items)
