"""iter_documents: every input format, every kind of bad item, deterministic order."""

from __future__ import annotations

import gzip
import io
import json
import random
from pathlib import Path

import pytest

from newsdesk.ingest import content_hash, count_items, iter_documents, normalize_content
from newsdesk.models import Document, IngestError

HTML = "<!DOCTYPE html><html><head><title>Ferry plan</title></head><body><p>Berths.</p></body></html>"


def docs(paths: list[str], max_bytes: int = 100_000, stdin: bytes | None = None) -> list:
    return list(iter_documents(paths, max_bytes, stdin=io.BytesIO(stdin) if stdin is not None else None))


def write(path: Path, data: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def test_plain_text_file(tmp_path: Path) -> None:
    (doc,) = docs([write(tmp_path / "a.txt", "Council votes\n\nThe vote was close.\n")])
    assert isinstance(doc, Document)
    assert doc.kind == "text" and doc.source.endswith("a.txt")
    assert doc.content.startswith("Council votes")
    assert doc.content_hash == content_hash(doc.content)


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.dat"])
def test_html_by_extension_or_sniffing(tmp_path: Path, name: str) -> None:
    (doc,) = docs([write(tmp_path / name, HTML)])
    assert doc.kind == "html"


def test_html_sniffing_needs_markup(tmp_path: Path) -> None:
    (doc,) = docs([write(tmp_path / "notes.txt", "Plain words mentioning html but no tags.")])
    assert doc.kind == "text"


def test_gzip_by_suffix_and_by_magic(tmp_path: Path) -> None:
    a = write(tmp_path / "a.html.gz", gzip.compress(HTML.encode()))
    b = write(tmp_path / "b.bin", gzip.compress(b"Just a gzipped plain text story."))
    c = write(tmp_path / "c.jsonl.gz", gzip.compress(b'{"text": "Feed item one."}\n'))
    got = docs([a, b, c])
    assert [d.kind for d in got] == ["html", "text", "text"]
    assert got[1].content == "Just a gzipped plain text story."
    assert got[2].source == f"{c}:1"


def test_jsonl_fields_and_line_sources(tmp_path: Path) -> None:
    lines = [
        {"text": "River rises.", "url": "https://ex.test/r", "title": "River", "published": "2024-03-01",
         "source": "Valley Post"},
        {"html": HTML, "text": "ignored when html is present"},
    ]
    path = write(tmp_path / "feed.ndjson", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    first, second = docs([path])
    assert first.source == f"{path}:1" and second.source == f"{path}:2"
    assert (first.url, first.title, first.published, first.publisher) == (
        "https://ex.test/r", "River", "2024-03-01", "Valley Post",
    )
    assert second.kind == "html" and second.content == HTML


def test_directories_are_walked_recursively_and_sorted(tmp_path: Path) -> None:
    write(tmp_path / "b" / "two.txt", "Second story.")
    write(tmp_path / "a.txt", "First story.")
    write(tmp_path / "b" / "c" / "three.txt", "Third story.")
    write(tmp_path / ".hidden.txt", "Never read.")
    write(tmp_path / ".git" / "x.txt", "Never read either.")
    got = docs([str(tmp_path)])
    assert [Path(d.source).name for d in got] == ["a.txt", "three.txt", "two.txt"]  # b/c/ < b/two
    assert got == docs([str(tmp_path)])  # deterministic
    assert count_items([str(tmp_path)]) == 3


def test_stdin_text_html_jsonl_and_gzip() -> None:
    (t,) = docs(["-"], stdin=b"A story from a pipe.")
    assert (t.source, t.kind) == ("-", "text")
    (h,) = docs(["-"], stdin=HTML.encode())
    assert h.kind == "html"
    j = docs(["-"], stdin=b'{"text": "one"}\n{"text": "two"}\n')
    assert [d.source for d in j] == ["-:1", "-:2"]
    (g,) = docs(["-"], stdin=gzip.compress(b"Zipped pipe story."))
    assert g.content == "Zipped pipe story."


def test_declared_html_charset_is_used(tmp_path: Path) -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body>Caf\xe9 owners protest</body></html>'
    (doc,) = docs([write(tmp_path / "latin.html", page.encode("latin-1"))])
    assert "Café owners" in doc.content


def test_byte_order_marks(tmp_path: Path) -> None:
    (doc,) = docs([write(tmp_path / "u16.txt", "Wide story.".encode("utf-16"))])
    assert doc.content == "Wide story."


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("nul.txt", b"Story\x00with a NUL", "binary"),
        ("garbage.bin", bytes(range(1, 32)) * 8 + b"some letters", "binary"),
        ("noise.txt", bytes(b | 0x80 for b in random.Random(3).randbytes(300)), "undecodable"),
        ("blank.txt", b"  \n\t\n", "empty"),
        ("broken.txt.gz", b"\x1f\x8b not really gzip", "bad-gzip"),
        ("big.txt", b"x" * 2000, "too-large"),
    ],
)
def test_bad_files_are_named_with_a_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = write(tmp_path / name, data)
    (err,) = docs([path], max_bytes=1000)
    assert isinstance(err, IngestError)
    assert (err.source, err.reason) == (path, reason)


def test_gzip_bomb_is_too_large(tmp_path: Path) -> None:
    path = write(tmp_path / "bomb.txt.gz", gzip.compress(b"a" * 50_000))
    (err,) = docs([path], max_bytes=1000)
    assert err.reason == "too-large"


def test_bad_jsonl_lines_do_not_stop_the_file(tmp_path: Path) -> None:
    path = write(
        tmp_path / "feed.jsonl",
        '{"text": "Good one."}\n'
        "{not json\n"
        '{"title": "no body"}\n'
        '{"text": "   "}\n'
        "[1, 2]\n"
        '{"text": "' + "y" * 300 + '"}\n'
        '{"text": "Good two."}\n',
    )
    got = docs([path], max_bytes=200)
    assert [(type(x).__name__, x.source.rsplit(":", 1)[1]) for x in got] == [
        ("Document", "1"), ("IngestError", "2"), ("IngestError", "3"), ("IngestError", "4"),
        ("IngestError", "5"), ("IngestError", "6"), ("Document", "7"),
    ]
    assert [x.reason for x in got if isinstance(x, IngestError)] == [
        "bad-json", "no-content", "empty", "bad-json", "too-large",
    ]


def test_missing_path_is_an_error_and_the_rest_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path / "ok.txt", "Fine story.")
    got = docs([str(tmp_path / "nope.txt"), good])
    assert isinstance(got[0], IngestError) and got[0].reason == "not-found"
    assert isinstance(got[1], Document)


def test_hash_ignores_newline_style_nfc_and_outer_whitespace(tmp_path: Path) -> None:
    a = docs([write(tmp_path / "a.txt", "Caf\u00e9 story\r\nline two\n")])[0]
    b = docs([write(tmp_path / "b.txt", "  Cafe\u0301 story\nline two")])[0]
    assert a.content_hash == b.content_hash
    assert normalize_content("x\r\ny\r") == "x\ny"
    c = docs([write(tmp_path / "c.txt", "Cafe story\nline two")])[0]
    assert c.content_hash != a.content_hash


@pytest.mark.parametrize("data", [b"", b"\n\n  \n", gzip.compress(b"")], ids=["empty", "blank", "empty-gzip"])
def test_an_empty_feed_is_said_not_skipped(tmp_path: Path, data: bytes) -> None:
    """Found by the fuzz test: an empty .jsonl yielded nothing though count_items counted it."""
    path = write(tmp_path / "feed.jsonl", data)
    (err,) = docs([path])
    assert (err.source, err.reason) == (path, "empty")
    assert count_items([path]) == 1


def test_a_long_line_is_skipped_to_its_end(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.jsonl", '{"text": "' + "y" * 3000 + '"}\n{"text": "After."}\n')
    err, doc = docs([path], max_bytes=1000)
    assert (err.reason, doc.content, doc.source) == ("too-large", "After.", f"{path}:2")
