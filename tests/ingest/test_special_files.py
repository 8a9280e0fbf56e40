"""FIFOs, sockets and devices are skipped with a reason, never opened (a FIFO would hang the ingest).

Each walk runs in a daemon thread with a deadline, so a regression fails instead of hanging.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
from pathlib import Path

import pytest

from newsdesk.ingest import count_items, iter_documents
from newsdesk.models import Document, IngestError

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and unix sockets are POSIX")
DEADLINE = 10.0  # seconds; the walk itself takes milliseconds


def walk(paths: list[str]) -> list:
    """``iter_documents`` with a deadline; a walk stuck opening a FIFO fails the test."""
    result: list = []
    thread = threading.Thread(target=lambda: result.extend(iter_documents(paths, 10_000)), daemon=True)
    thread.start()
    thread.join(DEADLINE)
    if thread.is_alive():
        for path in paths:  # let the stuck open() return so the thread can end
            for fifo in Path(path).rglob("*") if os.path.isdir(path) else [Path(path)]:
                if fifo.is_fifo():
                    try:
                        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
                    except OSError:
                        pass
        pytest.fail(f"iter_documents({paths}) still running after {DEADLINE}s: a special file was opened")
    return result


def test_fifo_and_socket_in_a_directory_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A story before the pipe.", encoding="utf-8")
    os.mkfifo(tmp_path / "b.fifo")
    os.mkfifo(tmp_path / "c.jsonl")  # a feed name must not make it read either
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "d.sock"))
        (tmp_path / "e.txt").write_text("A story after the socket.", encoding="utf-8")
        got = walk([str(tmp_path)])
    finally:
        server.close()
    assert [type(x).__name__ for x in got] == ["Document", *["IngestError"] * 3, "Document"]
    errors = {Path(x.source).name: x for x in got if isinstance(x, IngestError)}
    assert {name: e.reason for name, e in errors.items()} == dict.fromkeys(
        ["b.fifo", "c.jsonl", "d.sock"], "special-file"
    )
    assert errors["b.fifo"].detail == "a FIFO (named pipe) is not a regular file"
    assert errors["d.sock"].detail == "a socket is not a regular file"
    assert count_items([str(tmp_path)]) == len(got)


def test_fifo_named_directly_is_skipped(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    (err,) = walk([str(fifo)])
    assert (err.source, err.reason) == (str(fifo), "special-file")


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null on this system")
def test_dev_null_named_directly_is_a_character_device(tmp_path: Path) -> None:
    good = tmp_path / "ok.txt"
    good.write_text("Fine story.", encoding="utf-8")
    err, doc = walk(["/dev/null", str(good)])
    assert (err.source, err.reason, err.detail) == (
        "/dev/null", "special-file", "a character device is not a regular file"
    )
    assert isinstance(doc, Document)


def test_broken_symlink_is_not_found(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (err,) = walk([str(tmp_path)])
    assert err.reason == "not-found"
