"""Topics, in the store: saved queries for editions about one beat (``newsdesk topics``)."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from newsdesk.errors import InputError
from newsdesk.models import Topic
from newsdesk.store._budget import bounded


def _topic(row: sqlite3.Row | tuple) -> Topic:
    return Topic(name=row[1], words=row[2], people=json.loads(row[3]), places=json.loads(row[4]),
                 event_types=json.loads(row[5]), id=int(row[0]), created=row[6])


_COLUMNS = "id, name, words, people, places, event_types, created"


class TopicStore:
    _conn: sqlite3.Connection

    def add_topic(self, topic: Topic) -> int:
        """Save a topic; a name already used (any case) is an InputError naming it."""
        created = topic.created or datetime.now(UTC).isoformat(timespec="seconds")
        with self.transaction() as c:  # type: ignore[attr-defined]
            if c.execute("SELECT 1 FROM topics WHERE name = ?", (topic.name,)).fetchone():
                raise InputError(f"topic {topic.name!r}", "exists already", "remove it first to change it")
            topic_id = int(c.execute(
                "INSERT INTO topics (name, words, people, places, event_types, created) VALUES (?,?,?,?,?,?)",
                (topic.name, topic.words, json.dumps(topic.people, ensure_ascii=False),
                 json.dumps(topic.places, ensure_ascii=False), json.dumps(topic.event_types), created),
            ).lastrowid or 0)
        topic.id, topic.created = topic_id, created
        return topic_id

    @bounded
    def get_topic(self, name: str) -> Topic | None:
        """The topic of that name (any case), or None."""
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM topics WHERE name = ?", (name,)).fetchone()
        return _topic(row) if row else None

    @bounded
    def topics(self) -> list[Topic]:
        """Every saved topic, by name."""
        return [_topic(r) for r in self._conn.execute(f"SELECT {_COLUMNS} FROM topics ORDER BY name, id")]

    def remove_topic(self, name: str) -> bool:
        """Delete the topic; False when there is none of that name. Recorded editions keep it."""
        with self.transaction() as c:  # type: ignore[attr-defined]
            return c.execute("DELETE FROM topics WHERE name = ?", (name,)).rowcount > 0
