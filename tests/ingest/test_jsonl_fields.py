"""JSONL records in the shapes of common news datasets; what is not used is said once per file."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from newsdesk.ingest import FIELD_NAMES, count_items, iter_documents
from newsdesk.models import Document, IngestError, IngestWarning

ROOT = Path(__file__).resolve().parents[2]
BODY = "Harbour council approves ferry terminal\n\nThe council approved the terminal on Tuesday."


def feed(tmp_path: Path, records: list[object], name: str = "feed.jsonl") -> list:
    path = tmp_path / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", "utf-8")
    return list(iter_documents([str(path)], 100_000))


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (  # news-please / CC-NEWS
            {"maintext": BODY, "date_publish": "2017-07-06 12:34:56", "source_domain": "valley.example",
             "title": "Ferry", "url": "https://valley.example/a"},
            ("text", "https://valley.example/a", "Ferry", "2017-07-06T12:34:56", "valley.example"),
        ),
        (  # NewsAPI
            {"content": BODY, "publishedAt": "2024-03-05T10:00:00Z", "title": "Ferry",
             "source": {"id": None, "name": "Valley Post"}, "url": "https://valley.example/b"},
            ("text", "https://valley.example/b", "Ferry", "2024-03-05T10:00:00+00:00", "Valley Post"),
        ),
        (  # GDELT DOC API
            {"text": BODY, "seendate": "20150218T230000Z", "domain": "valley.example", "url": "https://v.example/c"},
            ("text", "https://v.example/c", None, "2015-02-18T23:00:00+00:00", "valley.example"),
        ),
        (  # RSS-like
            {"body": BODY, "pubDate": "Tue, 05 Mar 2024 10:00:00 GMT", "link": "https://v.example/d",
             "headline": "Ferry"},
            ("text", "https://v.example/d", "Ferry", "2024-03-05T10:00:00+00:00", None),
        ),
        (  # schema.org NewsArticle, epoch seconds
            {"articleBody": BODY, "datePublished": 1709632800, "publisher": "Valley Post"},
            ("text", None, None, "2024-03-05T10:00:00+00:00", "Valley Post"),
        ),
        (  # an HTML page in a raw_html field, a prose date, a timestamp in milliseconds ignored
            {"raw_html": "<html><body><p>Ferry terminal approved.</p></body></html>", "date": "March 5, 2024",
             "timestamp": 1709632800000, "site_name": "Valley Post"},
            ("html", None, None, "2024-03-05", "Valley Post"),
        ),
        (  # markup in a text field is HTML
            {"text": "<p>Ferry terminal approved.</p><p>More.</p>", "time": "2024-03-05"},
            ("html", None, None, "2024-03-05", None),
        ),
    ],
)
def test_common_dataset_fields_are_read(tmp_path: Path, record: dict, expected: tuple) -> None:
    (doc,) = feed(tmp_path, [record])
    assert isinstance(doc, Document)
    assert (doc.kind, doc.url, doc.title, doc.published, doc.publisher) == expected


def test_unknown_fields_are_reported_once_per_file(tmp_path: Path) -> None:
    got = feed(tmp_path, [
        {"text": BODY},
        {"text": BODY, "authors": ["A. Writer"], "id": 7},
        "{broken",
        {"text": BODY, "id": 8, "lang": "en"},
    ])
    assert [type(x).__name__ for x in got] == [*["Document"] * 2, "IngestError", "Document", "IngestWarning"]
    warning = got[-1]
    assert warning.source.endswith("feed.jsonl") and warning.reason == "unknown-fields"
    assert warning.detail == "ignored fields: authors, id, lang (first seen at line 2)"


def test_unparseable_dates_are_dropped_and_counted_once_per_file(tmp_path: Path) -> None:
    got = feed(tmp_path, [
        {"text": BODY, "date": "2024-03-05"},
        {"text": BODY, "date": "yesterday-ish"},
        {"text": BODY, "published": "03/04/2024"},  # March or April: refused, not guessed
        {"text": BODY, "date": ""},  # no date given is not a bad date
        {"text": BODY, "date": "soon", "published_at": "2024-03-06"},  # the readable one wins
    ])
    docs = [x for x in got if isinstance(x, Document)]
    assert [d.published for d in docs] == ["2024-03-05", None, None, None, "2024-03-06"]
    (warning,) = [x for x in got if isinstance(x, IngestWarning)]
    assert (warning.reason, warning.detail) == (
        "bad-date", "2 unparseable dates, first 'yesterday-ish' in 'date' at line 2"
    )


def test_one_bad_date_is_said_in_the_singular(tmp_path: Path) -> None:
    *_, warning = feed(tmp_path, [{"text": BODY, "pubDate": "the day after"}])
    assert warning.detail == "unparseable date 'the day after' in 'pubDate' at line 1"


def test_stdin_jsonl_summaries_have_source_dash() -> None:
    data = b'{"text": "One.", "extra": 1, "date": "never"}\n{"text": "Two."}\n'
    got = list(iter_documents(["-"], 100_000, stdin=io.BytesIO(data)))
    assert [x.source for x in got] == ["-:1", "-:2", "-", "-"]
    assert [x.reason for x in got if isinstance(x, IngestWarning)] == ["unknown-fields", "bad-date"]


def test_content_precedence_and_errors(tmp_path: Path) -> None:
    got = feed(tmp_path, [
        {"html": "", "maintext": "Body from maintext."},
        {"text": "   ", "body": ""},
        {"text": 42, "title": "no string content"},
        {"html": "<html><body><p>x</p></body></html>", "text": "ignored when html is present"},
    ])
    assert got[0].content == "Body from maintext." and got[0].kind == "text"
    assert isinstance(got[1], IngestError) and got[1].reason == "empty"
    assert isinstance(got[2], IngestError) and got[2].reason == "no-content"
    assert got[3].kind == "html"


def test_a_bom_and_deep_nesting_do_not_break_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "First."}\n' + b"[" * 100_000 + b"\n" + b'{"text": "Last."}\n')
    got = list(iter_documents([str(path)], 1_000_000))
    assert [type(x).__name__ for x in got] == ["Document", "IngestError", "Document"]
    assert got[1].reason == "bad-json"


def test_warnings_do_not_count_as_items(tmp_path: Path) -> None:
    got = feed(tmp_path, [{"text": BODY, "foo": 1, "date": "nope"}, {"text": BODY}])
    assert count_items([str(tmp_path / "feed.jsonl")]) == 2
    assert len([x for x in got if not isinstance(x, IngestWarning)]) == 2


def test_every_field_name_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("#### JSONL fields") :]
    missing = [n for names in FIELD_NAMES.values() for n in names if not re.search(rf"`{n}`", section)]
    assert not missing, f"README's JSONL field table lacks {missing}"


def test_lone_surrogate_escapes_are_replaced_not_fatal(tmp_path: Path) -> None:
    """Found by the fuzz test: "\\udd47" decodes to text no UTF-8 can hold (hashing it raised)."""
    line = '{"text": "Caf\\udd47 owners protest", "title": "A \\ud83d title"}'
    got = feed(tmp_path, [line, {"text": BODY}])
    doc, second, warning = got
    assert doc.content == "Caf\ufffd owners protest" and doc.title == "A \ufffd title"
    assert isinstance(second, Document)
    assert (warning.reason, warning.detail) == (
        "replaced-characters", "line 1: 2 lone surrogates (\\ud800-\\udfff) replaced"
    )
