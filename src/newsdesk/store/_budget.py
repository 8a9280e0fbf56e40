"""A time budget and Ctrl-C for every read, through SQLite's progress handler.

Why: a costly full-text query runs inside one C call, so neither a timer nor Python's SIGINT
handler can stop it; measured on the demo database, Ctrl-C was ignored until the query ended.
SQLite calls the progress handler every ``STEPS`` virtual-machine instructions, and a non-zero
return aborts the statement with SQLITE_INTERRUPT. The handler gives up once the budget is
spent. Ctrl-C needs no flag of its own: Python runs pending signal handlers as soon as the
callback (Python code) starts, so the KeyboardInterrupt is raised *inside* the callback,
where the sqlite3 module swallows it (printing it as "Exception ignored" only when
``sqlite3.enable_callback_tracebacks`` is on) and aborts the statement. An interruption the
budget did not ask for is therefore Ctrl-C, and is raised again as KeyboardInterrupt.

Writes never run under a budget: a read inside an open transaction (the write side owns the
connection then) is left alone, so ingest is never interrupted by it.
"""

from __future__ import annotations

import functools
import math
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from newsdesk.config import load_settings
from newsdesk.errors import QueryError

#: Virtual-machine instructions between two checks (a few milliseconds of work at most). Each
#: check runs Python and so takes the GIL: every 1,000 steps, four readers serving at once spent
#: their time waiting for each other (search p95 under load 1.3× slower than at 100,000).
STEPS = 100_000

F = TypeVar("F", bound=Callable[..., Any])

_active: set[int] = set()  # ids of connections inside a bounded read (reads may nest)


@contextmanager
def read_budget(conn: sqlite3.Connection, seconds: float | None) -> Iterator[None]:
    """Stop the statements run inside after ``seconds`` (QueryError) or on Ctrl-C (KeyboardInterrupt).

    ``seconds`` None or <= 0: no time limit, but Ctrl-C still stops the query at once.
    """
    if conn.in_transaction or id(conn) in _active:
        yield
        return
    deadline = time.monotonic() + seconds if seconds and seconds > 0 else math.inf
    spent = False

    def check() -> bool:
        nonlocal spent
        spent = time.monotonic() > deadline
        return spent

    _active.add(id(conn))
    conn.set_progress_handler(check, STEPS)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode != sqlite3.SQLITE_INTERRUPT:
            raise
        if spent:
            raise QueryError(
                f"query took longer than {seconds:g} s and was stopped: narrow it (fewer OR"
                " alternatives, longer words before *, more words to find) or raise"
                " NEWSDESK_QUERY_SECONDS"
            ) from None
        raise KeyboardInterrupt from None
    finally:
        conn.set_progress_handler(None, 0)
        _active.discard(id(conn))


def bounded(method: F) -> F:
    """Run a Store read method under ``read_budget`` (the store's ``query_seconds``, else settings)."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        seconds = self.query_seconds
        if seconds is None:
            seconds = load_settings().query_seconds
        with read_budget(self._conn, seconds):
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]
