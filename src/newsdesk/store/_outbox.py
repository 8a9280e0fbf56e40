"""The delivery outbox, in the store: published editions and the messages each channel owes.

A mixin of ``Store``. ``record_outbox`` writes an edition with all its delivery rows in one
transaction before anything is sent; ``mark_sent`` commits each row the moment its channel
accepted it. So after any crash the pending rows are exactly what was not delivered.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from newsdesk.models import Edition, edition_from_dict

#: Delivery row states: waiting to be sent, accepted by the channel, or tried and refused.
DELIVERY_STATUSES = ("pending", "sent", "failed")


@dataclass(frozen=True)
class PlannedMessage:
    """A message an edition is to become on one channel, before it is recorded."""

    channel: str
    part: int = 1
    parts: int = 1
    payload: str = ""


@dataclass
class Delivery:
    """One outbox row: a message owed to a channel, with what happened to it so far."""

    id: int
    edition_id: int
    edition_key: str
    channel: str
    part: int
    parts: int
    payload: str
    status: str
    attempts: int
    last_error: str | None
    created_at: str
    sent_at: str | None


def edition_key(kind: str, date: str, topic: str | None) -> str:
    """``kind/date/topic``: the identity that makes an edition publish once."""
    return f"{kind}/{date}/{topic or ''}"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


_ROW = (
    "SELECT d.id, d.edition_id, e.publish_key, d.channel, d.part, d.parts, d.payload, d.status, d.attempts,"
    " d.last_error, d.created_at, d.sent_at FROM deliveries d JOIN editions e ON e.id = d.edition_id"
)


class OutboxStore:
    _conn: sqlite3.Connection
    transaction: Callable[[], AbstractContextManager[sqlite3.Connection]]

    def outbox_has(self, key: str) -> bool:
        """True when the edition with this key was recorded (published) before."""
        found = self._conn.execute("SELECT 1 FROM editions WHERE publish_key = ?", (key,)).fetchone()
        return found is not None

    def record_outbox(self, edition: Edition, messages: Sequence[PlannedMessage]) -> int | None:
        """Record the edition (``record_edition``: the next edition says what changed since it)
        with its publish key and messages in one transaction; None if that key was published.

        The edition gets its id (``edition.id`` is set) and ``created`` time.
        """
        key = edition_key(edition.kind, edition.date, edition.topic)
        with self.transaction() as conn:
            if self.outbox_has(key):
                return None
            edition.created = edition.created or _now()
            edition_id = self.record_edition(edition)  # type: ignore[attr-defined]
            conn.execute("UPDATE editions SET publish_key = ? WHERE id = ?", (key, edition_id))
            conn.executemany(
                "INSERT INTO deliveries (edition_id, channel, part, parts, payload, created_at)"
                " VALUES (?,?,?,?,?,?)",
                [(edition_id, m.channel, m.part, m.parts, m.payload, edition.created) for m in messages],
            )
        return edition_id

    def open_deliveries(self, channel: str) -> list[Delivery]:
        """The channel's pending and failed rows, in the order they must go out."""
        rows = self._conn.execute(
            _ROW + " WHERE d.channel = ? AND d.status != 'sent' ORDER BY d.edition_id, d.part", (channel,)
        ).fetchall()
        return [Delivery(*r) for r in rows]

    def deliveries(self, edition_id: int | None = None) -> list[Delivery]:
        """Every outbox row (of one edition), oldest first."""
        where, args = ("WHERE d.edition_id = ?", (edition_id,)) if edition_id is not None else ("", ())
        rows = self._conn.execute(f"{_ROW} {where} ORDER BY d.edition_id, d.channel, d.part", args)
        return [Delivery(*r) for r in rows.fetchall()]

    def open_channels(self) -> list[str]:
        """Names of the channels that have rows not yet sent."""
        rows = self._conn.execute("SELECT DISTINCT channel FROM deliveries WHERE status != 'sent'")
        return sorted(r[0] for r in rows)

    def mark_sent(self, delivery_id: int) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE deliveries SET status = 'sent', attempts = attempts + 1, last_error = NULL,"
                " sent_at = ? WHERE id = ?", (_now(), delivery_id),
            )

    def mark_failed(self, delivery_id: int, error: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE deliveries SET status = 'failed', attempts = attempts + 1, last_error = ?"
                " WHERE id = ?", (error, delivery_id),
            )

    def outbox_edition(self, edition_id: int) -> Edition | None:
        row = self._conn.execute(
            "SELECT id, edition FROM editions WHERE id = ?", (edition_id,)
        ).fetchone()
        return self._edition(row) if row else None

    def channel_editions(self, channel: str, limit: int) -> list[Edition]:
        """The latest ``limit`` editions planned for a channel, newest first (an Atom feed)."""
        rows = self._conn.execute(
            "SELECT e.id, e.edition FROM editions e WHERE e.id IN"
            " (SELECT edition_id FROM deliveries WHERE channel = ?)"
            " ORDER BY e.date DESC, e.id DESC LIMIT ?", (channel, limit),
        ).fetchall()
        return [self._edition(r) for r in rows]

    def outbox_counts(self) -> dict[str, int]:
        """Delivery rows by status (every status present, zero included)."""
        counts = dict.fromkeys(DELIVERY_STATUSES, 0)
        for status, n in self._conn.execute("SELECT status, count(*) FROM deliveries GROUP BY status"):
            counts[status] = n
        return counts

    @staticmethod
    def _edition(row: Sequence[Any]) -> Edition:
        edition = edition_from_dict(json.loads(row[1]))
        edition.id = int(row[0])
        return edition
