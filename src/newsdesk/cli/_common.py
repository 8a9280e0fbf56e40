"""What every command shares: consoles, the ``--db`` option, and turning user errors into messages.

User errors (a missing file, an unusable database, no model) are printed in one red line on
stderr with a non-zero exit, never as a traceback; bugs still raise so they get reported.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Annotated, Any, TextIO, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from newsdesk.config import load_settings
from newsdesk.errors import NewsdeskError
from newsdesk.store import Store

F = TypeVar("F", bound=Callable[..., Any])

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="NEWSDESK_DB",
        help="SQLite database file (ingest creates it; other commands need it). Default: ./newsdesk.db.",
        show_default=False,
    ),
]
ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="spaCy model package to load (default: en_core_web_sm or its re-upload)."),
]
ProcessesOption = Annotated[
    int | None,
    typer.Option(
        "--processes", "-j", min=1, envvar="NEWSDESK_N_PROCESS",
        help="Worker processes for spaCy's nlp.pipe (default 1; each loads its own model).",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of the human report.")]
OutputOption = Annotated[
    str | None, typer.Option("--output", "-o", help="Write the --export or --json output to FILE.")
]


def out() -> Console:
    return Console()


def err() -> Console:
    return Console(stderr=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``error: message`` on stderr and return the Exit to raise."""
    err().print(f"[bold red]error:[/bold red] {escape(message)}")
    return typer.Exit(code)


def user_errors(fn: F) -> F:
    """Wrap a command so newsdesk's own errors end as a message and exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except NewsdeskError as exc:
            raise fail(str(exc)) from None
        except KeyboardInterrupt:
            raise fail("interrupted; everything finished before the interruption is stored", 130) from None

    return wrapper  # type: ignore[return-value]


@contextmanager
def open_store(db: str | None, create: bool = False) -> Iterator[Store]:
    """The store at ``--db`` / ``NEWSDESK_DB`` / the settings default.

    Only the commands that write (ingest, demo) pass ``create=True``: a read command given a
    missing or mistyped database says so instead of answering from a new, empty one.
    """
    store = Store(db or load_settings().db, create=create)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """``--output FILE`` opened for writing (UTF-8), or stdout; an unwritable path is a user error."""
    if path is None or path == "-":
        yield sys.stdout
        return
    try:
        fp = open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise fail(f"--output {path}: cannot write ({exc.strerror or exc})") from None
    try:
        yield fp
    finally:
        fp.close()


def load_nlp(model: str | None) -> Any:
    """Load the spaCy model (imported late so that ``--help`` and store-only commands stay fast)."""
    from newsdesk.nlp import load_model

    with err().status("loading the language model ..."):
        return load_model(model)


def check_date(value: str | None, option: str = "--published") -> str | None:
    """Accept ``YYYY-MM-DD`` or an ISO 8601 date-time; anything else is a user error."""
    if value is None:
        return None
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            parse(value)
            return value
        except ValueError:
            continue
    raise fail(f"{option} {value!r} is not a date (use YYYY-MM-DD or an ISO 8601 date-time)")


_YEAR_MONTH_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")


def check_date_prefix(value: str | None, option: str) -> str | None:
    """Like ``check_date`` but also ``YYYY`` and ``YYYY-MM`` (compared as ISO prefixes)."""
    if value is None or _YEAR_MONTH_RE.match(value):
        return value
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            return parse(value).isoformat()  # "20180531" compares as "2018-05-31"
        except ValueError:
            continue
    raise fail(f"{option} {value!r} is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 date-time)")


def query_text(words: list[str]) -> str:
    """The query given as one or several arguments; a mistyped ``--option`` is named, not searched."""
    for word in words:
        if word.startswith("--") and len(word) > 2:
            raise fail(
                f"{word.split('=')[0]} is not an option of this command (options go before a '--';"
                " a word to exclude takes one '-', as in -carson)"
            )
    return " ".join(words)


def print_json(data: Any, indent: int | None = 2) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=indent, default=str) + "\n")


def check_listing(export: str | None, formats: tuple[str, ...], output: str | None,
                  as_json: bool, limit: int | None) -> int | None:
    """Validate a listing command's output options; returns the page size (20 for a table,
    everything for --json and --export unless --limit says otherwise)."""
    if export is not None and export not in formats:
        raise fail(f"--export {export!r} is not a format: use {' or '.join(formats)}")
    if output is not None and export is None and not as_json:
        raise fail("--output needs --export or --json")
    if limit is None and export is None and not as_json:
        return 20
    return limit


def write_page(fp: TextIO, key: str, items: list[Any], total: int, limit: int | None,
               offset: int) -> None:
    """One page of a listing as JSON, with what the next page needs."""
    nxt = offset + len(items)
    data = {
        "total": total, "limit": limit, "offset": offset,
        "next_offset": nxt if items and nxt < total else None,
        key: [x.to_dict() for x in items],
    }
    fp.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
