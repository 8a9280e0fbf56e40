"""Story layer, in the store: store-wide events: one row per real event, its reports and status history.

A mixin of ``Store`` (it uses ``self._conn`` and ``self.transaction()``), so that the
SQL of each part of the story layer lives in a small module of its own.
"""

from __future__ import annotations

import sqlite3


class StoryEventStore:
    _conn: sqlite3.Connection
