"""`newsdesk quotes`, the quotation export, and quotes in the `analyze` and `show` reports.

The database is filled by hand with invented articles and Quote records, so these tests do
not depend on how well the extractor finds quotes. Two wire reprints carry the same Lavrov
quotation with different quote marks, case, spacing and punctuation: the export must make
one record of it with two occurrences.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from builders import article as build
from builders import span
from newsdesk.cli.app import app
from newsdesk.cli.report import print_analysis
from newsdesk.ingest import content_hash
from newsdesk.models import Analysis, Article, Document, Entity, Mention, Quote, Role
from newsdesk.quotes_export import (
    CSV_COLUMNS,
    group_quotations,
    normalize_words,
    quotation_key,
    write_csv,
)
from newsdesk.store import Store, StoredQuote

ENV = {"COLUMNS": "200", "NEWSDESK_DB": ""}

WIRE = (
    "Foreign Minister Sergei Lavrov said \u201cit is impossible in one move to settle the dispute\u201d, "
    "Tass reported. Lavrov said a step-by-step process was needed."
)
REPRINT = (
    "Russian Foreign Minister Sergei Lavrov said \"It is impossible  in one move -- to settle the "
    "dispute.\" A senior official said the talks were \"historic\"."
)
LOCAL = '"We will build the bridge by June," Mayor Ann Lee told reporters.'


def run(*args: str):  # noqa: ANN201
    result = CliRunner().invoke(app, list(args), env=ENV)
    assert "Traceback" not in result.output, result.output
    return result


def person(local_id: int, art: Article, name: str, role: str, aliases: tuple[str, ...] = ()) -> Entity:
    where, r = span(art.text, name), span(art.text, role)
    return Entity(local_id, "PERSON", name, [Mention(where.start, where.end, name)],
                  [Role(role, r.start, r.end, "premodifier")], aliases=list(aliases))


def said(qid: int, art: Article, kind: str, content: str, who: Entity | None, description: str | None = None,
         cue: str = "said") -> Quote:
    return Quote(qid, kind, span(art.text, content), cue=span(art.text, cue),  # type: ignore[arg-type]
                 speaker_id=who.id if who else None, speaker=who.canonical if who else description,
                 speaker_type="person" if who else "anonymous", anonymous=who is None, group=qid)


def analyses() -> list[Analysis]:
    wire = build("Lavrov: no quick fix", WIRE, "2018-05-31", "https://wire.example/lavrov")
    lavrov = person(1, wire, "Sergei Lavrov", "Foreign Minister", ("Lavrov",))
    reprint = build("Moscow urges patience", REPRINT, "2018-06-01", "https://daily.example/moscow;amp")
    lavrov2 = person(1, reprint, "Sergei Lavrov", "Russian Foreign Minister")
    local = build("Bridge by June", LOCAL, "2018-04-02", "https://town.example/bridge")
    lee = person(1, local, "Ann Lee", "Mayor")
    return [
        Analysis(wire, [lavrov], [
            said(1, wire, "direct", "it is impossible in one move to settle the dispute", lavrov),
            said(2, wire, "indirect", "a step-by-step process was needed", lavrov),
        ]),
        Analysis(reprint, [lavrov2], [
            said(1, reprint, "direct", "It is impossible  in one move -- to settle the dispute.", lavrov2),
            said(2, reprint, "mixed", "historic", None, "a senior official"),
        ]),
        Analysis(local, [lee], [
            said(1, local, "direct", "We will build the bridge by June,", lee, cue="told"),
        ]),
    ]


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "quotes.db")
    with Store(path) as store:
        for analysis in analyses():
            raw = analysis.article.text
            doc = Document(source=analysis.article.url or "-", kind="text", content=raw,
                           url=analysis.article.url, content_hash=content_hash(raw))
            store.save_analysis(store.add_document(doc), analysis)
    return path


def stored(db: str) -> list[StoredQuote]:
    with Store(db) as store:
        return store.quotes()


def test_table_shows_speaker_kind_quote_and_article(db: str) -> None:
    result = run("quotes", "--db", db)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Ann Lee" in out and "Bridge by June" in out and "2018-04-02" in out
    assert "a senior official (anonymous)" in out and "mixed" in out
    assert "1–5 of 5 quotes" in out
    assert out.index("Bridge by June") < out.index("Lavrov: no quick fix")  # oldest first


def test_filters_and_paging(db: str) -> None:
    lavrov = run("quotes", "--speaker", "lavrov", "--db", db).stdout
    assert "Sergei Lavrov" in lavrov and "Ann Lee" not in lavrov and "of 3 quotes" in lavrov
    about = run("quotes", "--about", "step-by-step", "--db", db).stdout
    assert "of 1 quote" in about and "process was needed" in about
    since = run("quotes", "--since", "2018-06", "--kind", "mixed", "--db", db).stdout
    assert "historic" in since and "of 1 quote" in since
    page = run("quotes", "--limit", "2", "--db", db).stdout
    assert "1–2 of 5 quotes; next page: --offset 2" in page
    assert "no quotes match" in run("quotes", "--speaker", "Nobody", "--db", db).stdout


def test_json_lists_every_match_with_offsets(db: str) -> None:
    result = run("quotes", "--json", "--speaker", "Sergei Lavrov", "--db", db)
    data = json.loads(result.stdout)
    assert data["total"] == 3 and data["next_offset"] is None and len(data["quotes"]) == 3
    first = data["quotes"][0]
    assert first["speaker_roles"] == ["Foreign Minister"] and first["published"] == "2018-05-31"
    assert WIRE in first["title"] + "\n\n" + WIRE
    assert set(first["content"]) == {"start", "end", "text"}


def test_export_jsonl_merges_a_reprinted_quotation(db: str) -> None:
    result = run("quotes", "--export", "jsonl", "--db", db)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 4  # five quotes, one of them reprinted
    (merged,) = [r for r in records if r["num_occurrences"] > 1]
    assert merged["speaker"] == "Sergei Lavrov" and merged["num_occurrences"] == 2
    assert merged["speaker_roles"] == ["Foreign Minister", "Russian Foreign Minister"]
    assert [o["url"] for o in merged["occurrences"]] == [
        "https://wire.example/lavrov", "https://daily.example/moscow;amp",
    ]
    assert [o["published"] for o in merged["occurrences"]] == ["2018-05-31", "2018-06-01"]
    for occ in merged["occurrences"]:
        assert occ["cue"] == "said" and occ["content_end"] > occ["content_start"]
    assert merged["quotation"] == "it is impossible in one move to settle the dispute"


def test_export_csv_columns_and_flattened_occurrences(db: str, tmp_path: Path) -> None:
    target = tmp_path / "quotes.csv"
    result = run("quotes", "--export", "csv", "--output", str(target), "--db", db)
    assert result.exit_code == 0, result.output
    assert "4 quotations from 5 quotes written to" in result.stderr
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    merged = next(r for r in rows if r["num_occurrences"] == "2")
    ids = [q.article_id for q in stored(db) if "impossible" in q.content.text]
    assert merged["article_ids"] == ";".join(map(str, ids))
    assert merged["urls"] == "https://wire.example/lavrov;https://daily.example/moscow%3Bamp"
    assert merged["published"] == "2018-05-31;2018-06-01" and merged["first_published"] == "2018-05-31"
    assert merged["speaker_roles"] == "Foreign Minister; Russian Foreign Minister"
    start, end = int(merged["first_content_start"]), int(merged["first_content_end"])
    text = "Lavrov: no quick fix\n\n" + WIRE  # the first occurrence's article text
    assert text[start:end] == "it is impossible in one move to settle the dispute"
    anonymous = next(r for r in rows if r["speaker"] == "a senior official")
    assert anonymous["anonymous"] == "1" and anonymous["speaker_id"] == ""


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("--export", "xml"), "--export 'xml'"),
        (("--since", "last week"), "--since 'last week'"),
        (("--since", "2018-13"), "--since '2018-13'"),
        (("--kind", "paraphrase"), "--kind 'paraphrase'"),
        (("--output", "x.txt"), "--output needs --export or --json"),
    ],
)
def test_bad_input_is_a_clear_error_naming_it(db: str, args: tuple[str, ...], named: str) -> None:
    result = run("quotes", *args, "--db", db)
    assert result.exit_code == 1
    assert named in " ".join(result.stderr.split())


def test_unwritable_output_is_a_clear_error(db: str, tmp_path: Path) -> None:
    result = run("quotes", "--export", "csv", "--output", str(tmp_path / "no" / "dir.csv"), "--db", db)
    assert result.exit_code == 1 and "--output" in result.stderr


def test_since_accepts_year_month_and_compact_dates(db: str) -> None:
    assert "1–4 of 4 quotes" in run("quotes", "--since", "2018-05", "--db", db).stdout
    assert "1–2 of 2 quotes" in run("quotes", "--since", "20180601", "--db", db).stdout  # as 2018-06-01


def test_show_lists_the_articles_quotes(db: str) -> None:
    article_id = stored(db)[-1].article_id  # the reprint (published last)
    out = run("show", str(article_id), "--db", db).stdout
    assert "quotes" in out and "a senior official (anonymous)" in out and "historic" in out
    data = json.loads(run("show", str(article_id), "--json", "--db", db).stdout)
    assert [q["kind"] for q in data["quotes"]] == ["direct", "mixed"]


def test_analysis_report_has_a_quote_table() -> None:
    analysis = analyses()[0]
    analysis.quotes.append(Quote(3, "direct", span(analysis.article.text, "Tass reported"), group=1))
    console = Console(file=io.StringIO(), width=160)
    print_analysis(analysis, console)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "Quotes" in out and "Sergei Lavrov" in out and "indirect" in out
    assert "\u201cit is impossible in one move to settle the dispute\u201d" in out
    assert "3 (of 1)" in out  # the second part of a quote split around its cue


# -- the pure grouping function ------------------------------------------------------------

def test_normalize_words_ignores_case_spacing_punctuation_and_quote_marks() -> None:
    assert normalize_words("\u201cWe\u2019ll  go,\u201d") == normalize_words('"we\'ll go"') == "we ll go"


def test_grouping_keeps_speakers_apart_and_counts_occurrences(db: str) -> None:
    quotes = stored(db)
    records = group_quotations(quotes)
    assert sum(r.num_occurrences for r in records) == len(quotes)
    assert records[0].quotation == "We will build the bridge by June"  # order of first occurrence
    other = quotes[1]
    impostor = StoredQuote(**{**other.__dict__, "id": 99, "speaker": "Someone Else", "speaker_id": None})
    assert len(group_quotations([other, impostor])) == 2  # same words, another speaker
    key = quotation_key("Sergei Lavrov", "It is impossible!")
    assert key == quotation_key("sergei  lavrov", "“it is impossible”")
    out = io.StringIO()
    assert write_csv(records, out) == len(records)
