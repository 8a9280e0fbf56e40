"""Story layer, in the store: store-wide events: one row per real event, its reports and status history.

A mixin of ``Store`` (it uses ``self._conn`` and ``self.transaction()``), so that the
SQL of each part of the story layer lives in a small module of its own. Tables (migration
0007): ``story_events`` (the event, with its most specific date and place),
``story_event_participants`` (its store-wide entities) and ``event_reports`` (each article's
``events`` row reporting it). The status history is read from the reports in publication order.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from newsdesk.models import EventReport, Span, StatusChange, StoryEvent
from newsdesk.store._budget import bounded
from newsdesk.store._events import date_key

#: Statuses a history does not tell apart: a plan hedged or firmed up is still the same plan.
_HISTORY_STATUS = {"possible": "planned", "hypothetical": "planned"}
_FUTURE = frozenset({"planned", "possible", "hypothetical"})
#: Without a story, at most this many recent candidates (a bound whatever the store's size).
CANDIDATE_LIMIT = 50


@dataclass
class StoryEventRow:
    """A store-wide event as the linker compares it (no reports loaded)."""

    id: int
    story_id: int | None
    type: str
    mode: str | None
    status: str
    date: str | None
    place: str | None
    place_entity_id: int | None
    place_country: str | None
    lemmas: set[str] = field(default_factory=set)
    participants: set[int] = field(default_factory=set)
    last_published: str | None = None
    #: The first publication that reported the event done (happened or ongoing).
    happened_by: str | None = None


_COLUMNS = ("id, story_id, type, mode, status, date, place, place_entity_id, place_country, lemmas,"
            " last_published")


def later_status(current: str, new: str) -> str:
    """The event's status after a later report: the new one, except that news of a plan
    does not undo an event that has happened."""
    if current in ("happened", "ongoing") and new in _FUTURE:
        return current
    return new


class StoryEventStore:
    _conn: sqlite3.Connection

    # -- the linker's reads and writes ---------------------------------------------------------
    def article_event_rows(self, article_id: int) -> dict[int, int]:
        """The article's ``Event.id`` → its ``events.id`` row."""
        rows = self._conn.execute("SELECT local_id, id FROM events WHERE article_id = ?", (article_id,))
        return {int(r[0]): int(r[1]) for r in rows}

    def story_event_candidates(self, story_id: int | None, type_: str, entity_ids: set[int],
                               since: str | None) -> list[StoryEventRow]:
        """Store-wide events an event of ``type_`` may report: those of its story, or (no story)
        those of the same type sharing a participant, last reported on or after ``since``."""
        if story_id is not None:
            rows = self._conn.execute(f"SELECT {_COLUMNS} FROM story_events WHERE story_id = ? AND type = ?",
                                      (story_id, type_)).fetchall()
        elif entity_ids:
            marks = ",".join("?" * len(entity_ids))
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM story_events WHERE type = ? AND (? IS NULL OR last_published >= ?)"
                " AND id IN (SELECT story_event_id FROM story_event_participants"
                f" WHERE entity_id IN ({marks})) ORDER BY last_published DESC, id DESC LIMIT ?",
                (type_, since, since, *sorted(entity_ids), CANDIDATE_LIMIT)).fetchall()
        else:
            return []
        return [self._story_event_row(r) for r in rows]

    def _story_event_row(self, r: sqlite3.Row | tuple) -> StoryEventRow:
        sid = int(r[0])
        people = {int(x[0]) for x in self._conn.execute(
            "SELECT entity_id FROM story_event_participants WHERE story_event_id = ?", (sid,))}
        done = self._conn.execute(
            "SELECT min(published) FROM event_reports WHERE story_event_id = ?"
            " AND status IN ('happened', 'ongoing')", (sid,)).fetchone()
        return StoryEventRow(sid, r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], set(str(r[9]).split()),
                             people, r[10], done[0] if done else None)

    def save_story_event(self, row: StoryEventRow, published: str | None) -> int:
        """Insert (``row.id == 0``) or update a store-wide event and its participants; returns its id."""
        values = (row.story_id, row.type, row.mode, row.status, row.date, date_key(row.date), row.place,
                  row.place_entity_id, row.place_country, f" {' '.join(sorted(row.lemmas))} ")
        if not row.id:
            cur = self._conn.execute(
                "INSERT INTO story_events (story_id, type, mode, status, date, date_key, place,"
                " place_entity_id, place_country, lemmas, first_published, last_published)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", (*values, published, published))
            row.id = int(cur.lastrowid or 0)
        else:
            self._conn.execute(
                "UPDATE story_events SET story_id = ?, type = ?, mode = ?, status = ?, date = ?,"
                " date_key = ?, place = ?, place_entity_id = ?, place_country = ?, lemmas = ?,"
                " first_published = CASE WHEN ? < first_published OR first_published IS NULL THEN ?"
                " ELSE first_published END,"
                " last_published = CASE WHEN ? > last_published OR last_published IS NULL THEN ?"
                " ELSE last_published END WHERE id = ?",
                (*values, published, published, published, published, row.id))
        self._conn.executemany(
            "INSERT OR IGNORE INTO story_event_participants (story_event_id, entity_id) VALUES (?, ?)",
            [(row.id, e) for e in sorted(row.participants)])
        return row.id

    def add_event_report(self, event_row: int, story_event_id: int, article_id: int, status: str,
                         date: str | None, published: str | None) -> None:
        """Record the article's ``events`` row as a report of the store-wide event."""
        self._conn.execute(
            "INSERT OR REPLACE INTO event_reports (event_id, story_event_id, article_id, status, date,"
            " published) VALUES (?,?,?,?,?,?)",
            (event_row, story_event_id, article_id, status, date, published))

    # -- hooks for StoriesStore ------------------------------------------------------------------
    def _unlink_events(self, article_id: int) -> None:
        """Drop the article's reports; events left without one go, the others' status is re-read."""
        touched = [int(r[0]) for r in self._conn.execute(
            "SELECT DISTINCT story_event_id FROM event_reports WHERE article_id = ?", (article_id,))]
        self._conn.execute("DELETE FROM event_reports WHERE article_id = ?", (article_id,))
        for sid in touched:
            self._reread_status(sid)

    def _reread_status(self, sid: int) -> None:
        """The event's status and publication range read again from its reports; gone without one."""
        reports = self._conn.execute(
            "SELECT status, published FROM event_reports WHERE story_event_id = ?"
            " ORDER BY published, article_id, event_id", (sid,)).fetchall()
        if not reports:
            self._conn.execute("DELETE FROM story_event_participants WHERE story_event_id = ?", (sid,))
            self._conn.execute("DELETE FROM story_events WHERE id = ?", (sid,))
            return
        status = reports[0][0]
        for r in reports[1:]:
            status = later_status(status, r[0])
        self._conn.execute(
            "UPDATE story_events SET status = ?, first_published = ?, last_published = ? WHERE id = ?",
            (status, reports[0][1], reports[-1][1], sid))

    def _clear_story_events(self) -> None:
        """Delete every store-wide event and report (``restory`` rebuilds them)."""
        self._conn.execute("DELETE FROM event_reports")
        self._conn.execute("DELETE FROM story_event_participants")
        self._conn.execute("DELETE FROM story_events")

    def _move_story_events(self, from_story: int, to_story: int) -> None:
        """Two stories merged: the events of one now belong to the other (``stories.merge``
        then folds those that are the same events, by the linker's rules)."""
        self._conn.execute("UPDATE story_events SET story_id = ? WHERE story_id = ?", (to_story, from_story))

    def story_event_rows(self, story_id: int) -> list[StoryEventRow]:
        """A story's store-wide events as the linker compares them."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM story_events WHERE story_id = ? ORDER BY id", (story_id,)
        ).fetchall()
        return [self._story_event_row(r) for r in rows]

    def fold_story_event(self, gone: int, kept: StoryEventRow) -> None:
        """Event ``gone`` is event ``kept``: its reports move there, it is deleted, and ``kept``
        (with the details it absorbed) is saved and its status read again from all reports."""
        self._conn.execute("UPDATE event_reports SET story_event_id = ? WHERE story_event_id = ?",
                           (kept.id, gone))
        self._conn.execute("DELETE FROM story_event_participants WHERE story_event_id = ?", (gone,))
        self._conn.execute("DELETE FROM story_events WHERE id = ?", (gone,))
        self.save_story_event(kept, None)
        self._reread_status(kept.id)

    # -- public reads ----------------------------------------------------------------------------
    @bounded
    def story_events(self, story_id: int) -> list[StoryEvent]:
        """The store-wide events of a story, by date (undated last), with reports and history:
        three reads for the whole story, not three per event (a story may hold a thousand)."""
        where = "story_id = ?"
        return self._read_story_events(
            f"SELECT id, type, mode, status, date, place, story_id FROM story_events WHERE {where}"
            " ORDER BY date_key IS NULL, date_key, first_published, id",
            f"SELECT id FROM story_events WHERE {where}", (story_id,))

    @bounded
    def story_event(self, story_event_id: int) -> StoryEvent | None:
        """One store-wide event with its reports and status history, or None."""
        return self._story_event(story_event_id)

    def _story_event(self, sid: int) -> StoryEvent | None:
        found = self._read_story_events(
            "SELECT id, type, mode, status, date, place, story_id FROM story_events WHERE id = ?",
            "SELECT ?", (sid,))
        return found[0] if found else None

    def _read_story_events(self, events_sql: str, ids_sql: str,
                           params: tuple[object, ...]) -> list[StoryEvent]:
        """The events ``events_sql`` selects (in its order), their people and reports read for
        all of them at once (``ids_sql`` selects the same ids)."""
        c = self._conn
        rows = c.execute(events_sql, params).fetchall()
        if not rows:
            return []
        people: dict[int, list[str]] = {}
        for sid, name in c.execute(
            "SELECT p.story_event_id, e.canonical FROM story_event_participants p"
            f" JOIN entities e ON e.id = p.entity_id WHERE p.story_event_id IN ({ids_sql})"
            " ORDER BY p.story_event_id, e.canonical", params):
            people.setdefault(int(sid), []).append(str(name))
        reports: dict[int, list[EventReport]] = {}
        for x in c.execute(
            "SELECT r.story_event_id, r.article_id, ev.local_id, r.status, r.date, r.published,"
            " ev.evidence_start, ev.evidence_end, ev.evidence, a.publisher FROM event_reports r"
            " JOIN events ev ON ev.id = r.event_id"
            " JOIN articles a INDEXED BY articles_card ON a.id = r.article_id"
            f" WHERE r.story_event_id IN ({ids_sql})"
            " ORDER BY r.story_event_id, r.published IS NULL, r.published, r.article_id, ev.local_id",
            params,
        ):
            evidence = Span(int(x[6]), int(x[7]), str(x[8]))
            reports.setdefault(int(x[0]), []).append(
                EventReport(int(x[1]), int(x[2]), str(x[3]), x[4], x[5], evidence, x[9]))
        out = []
        for r in rows:
            reps = reports.get(int(r[0]), [])
            out.append(StoryEvent(int(r[0]), str(r[1]), r[2], str(r[3]), r[4], r[5],
                                  people.get(int(r[0]), []), r[6], reps, status_history(reps)))
        return out


def status_history(reports: list[EventReport]) -> list[StatusChange]:
    """Each change of status in publication order, with the report that first told it
    (planned → negated → planned → happened); a plan hedged or firmed up ("possible" after
    "planned") is no change, and a later mention of a plan after it happened is background."""
    out: list[StatusChange] = []
    for rep in reports:
        if out:
            last = out[-1].status
            same = _HISTORY_STATUS.get(rep.status, rep.status) == _HISTORY_STATUS.get(last, last)
            if same or later_status(last, rep.status) != rep.status:
                continue
        out.append(StatusChange(rep.status, rep.article_id, rep.published, rep.evidence))
    return out
