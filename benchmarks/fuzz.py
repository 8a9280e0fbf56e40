"""Fuzz ingest and extract: hostile inputs must give Documents, IngestErrors or NewsdeskErrors, nothing else.

    python -m benchmarks.fuzz [N]

Each case is a few files (random bytes, truncated gzip, broken JSONL, deeply nested or
unclosed HTML, huge attributes, mixed encodings, empty and giant paragraphs) written to a
temporary folder and read with ``iter_documents``; every Document is then extracted. A
case fails when anything but the project's own errors escapes, or when an Article's
sections point outside its text. ``tests/test_fuzz_inputs.py`` runs the same generators
through hypothesis; ``run(n)`` runs n seeded cases for the benchmark report.
"""

from __future__ import annotations

import gzip
import io
import json
import random
import socket
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from newsdesk.errors import NewsdeskError
from newsdesk.extract import extract
from newsdesk.ingest import FIELD_NAMES, iter_documents
from newsdesk.models import Article, Document, IngestError, IngestWarning

File = tuple[str, bytes]
MAX_BYTES = 2_000_000  # per item, as the ingest limit in these cases

_WORDS = (
    "the council approved new ferry terminal mayor said on Tuesday harbour two berths "
    "Café Zürich Müller Ωμέγα Москва 東京 서울 مرحبا שלום — “quoted” ‘single’ … € ½ naïve"
).split()
_ENCODINGS = ("utf-8", "latin-1", "cp1252", "cp1251", "shift_jis", "euc-kr", "utf-16", "gb18030", "koi8-r")
_TAGS = ("div", "p", "span", "article", "section", "a", "b", "i", "table", "tr", "td", "ul", "li", "h1",
         "script")
_BROKEN = ("<!-- unclosed comment", "<![CDATA[ x", "<script>var x = '<p>';", "&#xFFFFFF;&#0;&bogus;")
_BLOB_SIZES = (0, 1, 10, 100, 3000)
_CHARSETS = ("utf-8", "latin-1", "bogus", "", "utf-16", "hex", "unicode_escape", "rot13", "idna", "utf-8-sig",
             "windows-1251", "shift_jis", "x-user-defined")
_NAMES = (".txt", ".html", ".htm", ".jsonl", ".ndjson", ".txt.gz", ".html.gz", ".jsonl.gz", ".dat", "")


def words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choices(_WORDS, k=n))


def paragraph(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.1:
        return ""
    if kind < 0.15:
        return words(rng, rng.randint(2_000, 8_000))  # a giant paragraph
    if kind < 0.25:
        return "".join(map(chr, rng.choices(range(0x30000), k=rng.randint(1, 200))))  # any code points
    sentence = words(rng, rng.randint(1, 40)).capitalize() + rng.choice([".", "?", "!", ":", ";", "", "…"])
    return sentence if rng.random() < 0.5 else f"{sentence} {sentence}"


def plain_text(rng: random.Random) -> str:
    lines = [paragraph(rng) for _ in range(rng.randint(0, 30))]
    extras = ["By Jane Doe", "PORTVILLE (AP) — ", "Updated: May 31, 2018 10:00 AM", "Home > News > World",
              "© 2024 The Coastal Echo", "Share on Facebook", "Advertisement", "\x0c", "\t\t"]
    for _ in range(rng.randint(0, 5)):
        lines.insert(rng.randint(0, len(lines)), rng.choice(extras))
    sep = rng.choice(["\n", "\n\n", "\r\n", "\r", "\n\n\n"])
    return sep.join(lines)


def html_page(rng: random.Random) -> str:
    lang = rng.choice(["en", "de", "", "x-y-z", "?"])
    parts = ["<!DOCTYPE html>" if rng.random() < 0.5 else "", f'<html lang="{lang}">']
    head = [f'<meta charset="{rng.choice(_CHARSETS)}">',
            f"<title>{words(rng, rng.randint(0, 12))}</title>"]
    if rng.random() < 0.5:
        ld = {"@type": rng.choice(["NewsArticle", ["Article"], 7]), "headline": words(rng, 6),
              "datePublished": rng.choice(["2024-03-05", "yesterday", 1709632800, None, ["x"]]),
              "author": rng.choice([{"name": "Jane Doe"}, ["A", {"name": None}], 3]),
              "articleBody": plain_text(rng), "inLanguage": rng.choice(["en", "de-DE", None])}
        text = json.dumps(ld)
        head.append(f'<script type="application/ld+json">{text[: rng.randint(0, len(text))]}</script>')
    if rng.random() < 0.3:
        huge = "x" * rng.randint(0, 100_000)
        head.append(f'<meta name="description" content="{huge}">')
    parts.append("<head>" + "".join(head) + ("</head>" if rng.random() < 0.8 else ""))
    body: list[str] = ["<body>"]
    depth = rng.choice([0, 3, 50, 500, 5000])
    body.append("".join(f"<{rng.choice(_TAGS)}>" for _ in range(depth)))  # deeply nested, never closed
    for _ in range(rng.randint(0, 20)):
        tag = rng.choice(_TAGS)
        attrs = f' class="{"c" * rng.randint(0, 50_000)}"' if rng.random() < 0.1 else ""
        close = f"</{tag}>" if rng.random() < 0.7 else ""
        body.append(f"<{tag}{attrs}>{paragraph(rng)}{close}")
    if rng.random() < 0.2:
        body.append(rng.choice(_BROKEN))
    parts.extend(body)
    page = "".join(parts)
    return page[: rng.randint(0, len(page))] if rng.random() < 0.2 else page  # truncated mid-tag


def _json_value(rng: random.Random, depth: int = 0) -> object:
    kind = rng.randrange(9 if depth < 4 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False, 0, -1, 1709632800, 1e308, 1.5])
    if kind in (2, 3):
        return plain_text(rng)
    if kind == 4:
        return html_page(rng)
    if kind == 5:
        return rng.choice(["2024-03-05", "Tue, 05 Mar 2024 10:00:00 GMT", "yesterday-ish", "03/04/2024", "",
                           "99999999999999", "20150218T230000Z", "0000-00-00", "March 5, 2024"])
    if kind == 6:
        return [_json_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {rng.choice(_field_names()): _json_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def _field_names() -> list[str]:
    known = [n for names in FIELD_NAMES.values() for n in names]
    return known + ["id", "authors", "foo", "", "TEXT", "Pub-Date"]


def jsonl_feed(rng: random.Random) -> bytes:
    lines: list[bytes] = []
    for _ in range(rng.randint(0, 12)):
        kind = rng.random()
        if kind < 0.6:
            record = {rng.choice(_field_names()): _json_value(rng) for _ in range(rng.randint(0, 6))}
            line = encode(json.dumps(record, ensure_ascii=rng.random() < 0.5))
        elif kind < 0.7:
            line = encode(json.dumps({"text": plain_text(rng), "date": "2024-03-05"}))
            line = line[: rng.randint(0, len(line))]  # truncated
        elif kind < 0.8:
            line = b"[" * rng.randint(1, 50_000)  # deeply nested
        elif kind < 0.9:
            line = encode(json.dumps({"text": plain_text(rng)}, ensure_ascii=False), rng.choice(_ENCODINGS))
        else:
            line = rng.randbytes(rng.randint(0, 300))
        lines.append(line)
    data = rng.choice([b"\n", b"\r\n", b"\n\n"]).join(lines)
    return (b"\xef\xbb\xbf" if rng.random() < 0.1 else b"") + data


def mixed_encodings(rng: random.Random) -> bytes:
    chunks = []
    for _ in range(rng.randint(1, 6)):
        enc = rng.choice(_ENCODINGS)
        chunks.append(encode(plain_text(rng), enc))
    return b"".join(chunks)


def encode(text: str, encoding: str = "utf-8") -> bytes:
    """Bytes of ``text`` in ``encoding``; lone surrogates kept as (invalid) bytes in UTF-8/16."""
    return text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")


def _compress(rng: random.Random, data: bytes) -> bytes:
    packed = gzip.compress(data)
    return packed[: rng.randint(0, len(packed))] if rng.random() < 0.6 else packed  # often truncated


def _gzip(rng: random.Random) -> File:
    inner = rng.choice([
        lambda: encode(plain_text(rng)), lambda: encode(html_page(rng)), lambda: jsonl_feed(rng)
    ])
    return rng.choice(["a.txt.gz", "b.html.gz", "c.jsonl.gz", "d.bin"]), _compress(rng, inner())


GENERATORS: dict[str, Callable[[random.Random], File]] = {
    "random-bytes": lambda rng: (f"blob{rng.choice(_NAMES)}", rng.randbytes(rng.choice(_BLOB_SIZES))),
    "plain-text": lambda rng: ("story.txt", encode(plain_text(rng), rng.choice(_ENCODINGS))),
    "html": lambda rng: ("page.html", encode(html_page(rng), rng.choice(_ENCODINGS))),
    "html-sniffed": lambda rng: ("page.dat", encode(html_page(rng))),
    "url-as-page": lambda rng: ("page.html", rng.choice([b"https://example.com/a/2024/03/05/b", b"http://x"])),
    "jsonl": lambda rng: ("feed.jsonl", jsonl_feed(rng)),
    "gzip": _gzip,
    "mixed-encodings": lambda rng: ("mixed.txt", mixed_encodings(rng)),
}


def make_case(rng: random.Random) -> list[File]:
    """A few files from random generators (names made unique)."""
    files = []
    for i in range(rng.randint(1, 3)):
        name, data = GENERATORS[rng.choice(sorted(GENERATORS))](rng)
        files.append((f"{i}-{name}", data))
    return files


@contextmanager
def no_network(attempts: list[str]) -> Iterator[None]:
    """Refuse every DNS lookup and connection inside the block, noting who tried."""
    saved = socket.getaddrinfo, socket.socket.connect

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(f"network access attempted: {args[:2]!r}")
        raise OSError("no network in the fuzz test")

    socket.getaddrinfo, socket.socket.connect = refuse, refuse  # type: ignore[assignment]
    try:
        yield
    finally:
        socket.getaddrinfo, socket.socket.connect = saved  # type: ignore[assignment]


def check(files: list[File], stdin: bytes | None = None) -> list[str]:
    """Run ingest and extraction over ``files``; describe every failure (none expected).

    Reaching for the network is a failure too: an input must never make newsdesk fetch.
    """
    attempts: list[str] = []
    with no_network(attempts):
        failures = _check(files, stdin)
    return failures + attempts


def _check(files: list[File], stdin: bytes | None) -> list[str]:
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        for name, data in files:
            Path(folder, name).write_bytes(data)
        try:
            items = list(iter_documents([folder], MAX_BYTES))
            if stdin is not None:
                items += list(iter_documents(["-"], MAX_BYTES, stdin=io.BytesIO(stdin)))
        except Exception:  # noqa: BLE001 - the point: anything escaping ingest is a bug
            return [f"iter_documents raised:\n{traceback.format_exc()}"]
    for item in items:
        if not isinstance(item, Document | IngestError | IngestWarning):
            failures.append(f"iter_documents yielded {type(item).__name__}")
        if not isinstance(item, Document):
            continue
        try:
            article = extract(item)
        except NewsdeskError:
            continue  # "no article here" is a fine answer
        except Exception:  # noqa: BLE001
            failures.append(f"extract({item.source}, kind={item.kind}) raised:\n{traceback.format_exc()}")
            continue
        failures.extend(_invariants(item.source, article))
    return failures


def _invariants(source: str, article: Article) -> list[str]:
    bad = [s for s in article.sections if not 0 <= s.start <= s.end <= len(article.text)]
    if bad:
        return [f"{source}: sections outside the text: {bad[:3]}"]
    if article.language is not None and not article.language.isalpha():
        return [f"{source}: language {article.language!r}"]
    return []


def run(n: int = 1000, seed: int = 0) -> dict[str, object]:
    """Run ``n`` seeded cases; ``{"cases", "failures", "seconds"}`` (+ the first failures' texts)."""
    started = time.perf_counter()
    failed: list[str] = []
    count = 0
    for case in range(n):
        rng = random.Random(seed * 1_000_003 + case)
        files = make_case(rng)
        stdin = GENERATORS[rng.choice(sorted(GENERATORS))](rng)[1] if rng.random() < 0.2 else None
        problems = check(files, stdin)
        if problems:
            count += 1
            failed.append(f"case {case}: " + problems[0])
    seconds = round(time.perf_counter() - started, 1)
    return {"cases": n, "failures": count, "seconds": seconds, "examples": failed[:5]}


if __name__ == "__main__":
    result = run(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
    for example in result.pop("examples"):  # type: ignore[union-attr]
        print(example, file=sys.stderr)
    print(result)
