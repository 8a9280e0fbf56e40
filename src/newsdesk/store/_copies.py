"""Story layer, in the store: near-duplicate copies: MinHash signatures, LSH band keys and copy links.

A mixin of ``Store`` (it uses ``self._conn`` and ``self.transaction()``), so that the
SQL of each part of the story layer lives in a small module of its own.
"""

from __future__ import annotations

import sqlite3


class CopiesStore:
    _conn: sqlite3.Connection
