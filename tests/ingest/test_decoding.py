"""Every readable input is read: bad bytes replaced, legacy charsets detected, and each said.

The articles are invented for these tests.
"""

from __future__ import annotations

import codecs
import io
import json
import random
from pathlib import Path

import pytest

from newsdesk.ingest import iter_documents
from newsdesk.models import Document, IngestError, IngestWarning

UTF8_STORY = (
    "Harbour council\u2019s vote \u2014 \u201cclose\u201d, says the mayor\n\n"
    "The caf\u00e9 owners of Portville said on Tuesday that the new ferry terminal would bring "
    "visitors back to the old town. \u201cWe have waited ten years,\u201d one of them said."
)
LATIN1_STORY = (
    "Café au lait à Zürich costs more this winter\n\n"
    "The café owners of the Niederdorf said on Tuesday that prices would rise again in January. "
    "« Ça suffit », said Jürg Müller, who has run a café near the Großmünster for thirty years."
)
CP1252_STORY = (
    "\u201cWe will not back down,\u201d the mayor said \u2013 it\u2019s final.\n\n"
    "The council\u2019s vote was close, and the opposition\u2019s leader called it \u201ca sad day\u201d "
    "for the town\u2026 The plan goes ahead in May."
)
RUSSIAN_STORY = (
    "Президент России Владимир Путин заявил во вторник, что переговоры с Северной Кореей были "
    "полезными. По словам министра иностранных дел, следующая встреча пройдёт в Москве в июне."
)
JAPANESE_STORY = (
    "東京都の知事は火曜日、新しい交通計画を発表した。市民の反応はさまざまだった。計画は来年の春に始まる予定だ。"
)
KOREAN_STORY = (
    "시의회는 화요일 오랜 공청회 끝에 새 여객선 터미널을 승인했다. "
    "시장은 이 결정을 환영했다. 공사는 내년 봄에 시작된다."
)


def items(tmp_path: Path, name: str, data: bytes) -> list:
    path = tmp_path / name
    path.write_bytes(data)
    return list(iter_documents([str(path)], 1_000_000))


def test_three_bad_bytes_in_utf8_are_replaced_not_fatal(tmp_path: Path) -> None:
    head, tail = UTF8_STORY.split("ferry")
    data = head.encode() + b"\xff\x80\x9d" + b"ferry" + tail.encode()
    doc, warning = items(tmp_path, "story.txt", data)
    assert isinstance(doc, Document)
    assert doc.content == head + "\ufffd" * 3 + "ferry" + tail  # the quotes and the é survive: no mojibake
    assert isinstance(warning, IngestWarning) and warning.source == doc.source
    assert (warning.reason, warning.detail) == ("replaced-bytes", "3 undecodable bytes replaced (utf-8)")


@pytest.mark.parametrize(
    ("text", "encoding", "detected"),
    [
        (LATIN1_STORY, "latin-1", "cp1252"),  # Latin-1 is read as its superset, as browsers do
        (CP1252_STORY, "cp1252", "cp1252"),
        (RUSSIAN_STORY, "cp1251", "cp1251"),
        (JAPANESE_STORY, "shift_jis", "cp932"),
        (KOREAN_STORY, "euc-kr", "cp949"),
    ],
    ids=["latin-1", "cp1252", "cp1251", "shift_jis", "euc-kr"],
)
def test_undeclared_legacy_charsets_are_detected(
    tmp_path: Path, text: str, encoding: str, detected: str
) -> None:
    doc, warning = items(tmp_path, "story.txt", text.encode(encoding))
    assert doc.content == text
    assert warning.reason == "detected-charset"
    assert warning.detail.startswith(f"decoded as {detected} (detected")


def test_declared_latin1_page_reads_windows_1252_quotes(tmp_path: Path) -> None:
    page = f'<html><head><meta charset="iso-8859-1"></head><body><p>{CP1252_STORY}</p></body></html>'
    (doc,) = items(tmp_path, "page.html", page.encode("cp1252"))
    assert "\u201cWe will not back down,\u201d" in doc.content


def test_unknown_declared_charset_falls_back_to_detection(tmp_path: Path) -> None:
    page = f'<html><head><meta charset="no-such-codec"></head><body><p>{LATIN1_STORY}</p></body></html>'
    doc, warning = items(tmp_path, "page.html", page.encode("latin-1"))
    assert "Zürich" in doc.content
    assert warning.reason == "detected-charset" and "no-such-codec" in warning.detail


def test_mostly_utf8_wins_over_a_wrong_declaration(tmp_path: Path) -> None:
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{UTF8_STORY}</p></body></html>'
    doc, warning = items(tmp_path, "page.html", page.encode("utf-8") + b"\xff")
    assert "\u201cclose\u201d" in doc.content and doc.content.endswith("\ufffd")
    assert warning.reason == "replaced-bytes"


def test_bad_bytes_after_a_bom_are_replaced(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "Wide story.".encode("utf-16-le") + b"\x00\xd8"  # a lone surrogate
    doc, warning = items(tmp_path, "wide.txt", data)
    assert doc.content.startswith("Wide story.")
    assert warning.reason == "replaced-bytes" and "utf-16-le" in warning.detail


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"Story\x00with a NUL", "binary"),
        (bytes(range(1, 32)) * 10 + "Café".encode("latin-1"), "binary"),  # mostly control bytes
        (random.Random(7).randbytes(400), "binary"),
        (bytes(b | 0x80 for b in random.Random(7).randbytes(400)), "undecodable"),  # high-bit noise
    ],
)
def test_binary_garbage_is_still_rejected(tmp_path: Path, data: bytes, reason: str) -> None:
    (err,) = items(tmp_path, "blob.dat", data)
    assert isinstance(err, IngestError) and err.reason == reason


def test_latin1_jsonl_lines_are_read_and_said_once_per_file(tmp_path: Path) -> None:
    lines = [json.dumps({"text": LATIN1_STORY}, ensure_ascii=False).encode("latin-1") for _ in range(3)]
    got = items(tmp_path, "feed.jsonl", b"\n".join(lines) + b"\n")
    docs = [x for x in got if isinstance(x, Document)]
    warnings = [x for x in got if isinstance(x, IngestWarning)]
    assert len(docs) == 3 and all(d.content == LATIN1_STORY for d in docs)
    (warning,) = warnings
    assert warning.source.endswith("feed.jsonl") and warning.reason == "detected-charset"
    assert warning.detail.startswith("3 lines, first line 1: decoded as cp1252")
    assert got[-1] is warning  # the file's summary comes after its items


def test_stdin_text_with_bad_bytes_warns_with_source_dash() -> None:
    data = UTF8_STORY.encode() + b"\xff"
    doc, warning = iter_documents(["-"], 100_000, stdin=io.BytesIO(data))
    assert doc.source == warning.source == "-"
    assert warning.detail == "1 undecodable byte replaced (utf-8)"


def test_extract_inputs_skips_warnings(tmp_path: Path) -> None:
    from newsdesk.pipeline import extract_inputs

    path = tmp_path / "story.txt"
    path.write_bytes(LATIN1_STORY.encode("latin-1"))
    ((doc, article),) = extract_inputs(str(path))
    assert article.title == "Café au lait à Zürich costs more this winter"


@pytest.mark.parametrize("charset", ["hex", "base64", "rot13", "zlib", "unicode_escape", "idna"])
def test_a_declared_codec_that_is_no_charset_is_not_used(tmp_path: Path, charset: str) -> None:
    """Found by review after the fuzz: 'hex' raised LookupError out of the walk, and
    'unicode_escape' turned a literal "\\udd47" into a lone surrogate that crashed hashing."""
    page = f'<html><head><meta charset="{charset}"></head><body><p>{LATIN1_STORY} \\udd47</p></body></html>'
    doc, warning = items(tmp_path, "page.html", page.encode("latin-1"))
    assert "Zürich" in doc.content and "\\udd47" in doc.content
    assert warning.reason == "detected-charset" and "is not a text encoding" in warning.detail


def test_a_declared_utf16_is_read_as_utf8_as_browsers_do(tmp_path: Path) -> None:
    page = f'<html><head><meta charset="utf-16"></head><body><p>{UTF8_STORY}</p></body></html>'
    doc, warning = items(tmp_path, "page.html", page.encode("utf-8") + b"\xff")
    assert "\u201cclose\u201d" in doc.content and warning.reason == "replaced-bytes"
