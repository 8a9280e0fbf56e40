"""Every command through Typer's CliRunner, asserting facts rather than layout."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from newsdesk.cli.app import app
from newsdesk.nlp import PIPELINE_VERSION

ENV = {"COLUMNS": "200", "NEWSDESK_DB": ""}


def run(*args: str, input: bytes | str | None = None, env: dict[str, str] | None = None):  # noqa: ANN201
    result = CliRunner().invoke(app, list(args), input=input, env={**ENV, **(env or {})})
    assert "Traceback" not in result.output, result.output
    return result


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, make_corpus: Callable[[Path], Path]) -> Path:
    return make_corpus(tmp_path_factory.mktemp("cli") / "corpus")


@pytest.fixture(scope="module")
def db(corpus: Path, tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> str:
    """A database filled once by `newsdesk ingest` for the read-only commands."""
    path = str(tmp_path_factory.mktemp("db") / "cli.db")
    result = run("ingest", str(corpus), "--db", path)
    assert result.exit_code == 3, result.output  # the corpus has bad items on purpose
    return path


def test_ingest_reports_counts_and_named_errors(corpus: Path, tmp_path: Path, nlp: Language) -> None:
    path = str(tmp_path / "x.db")
    result = run("ingest", str(corpus), "--db", path)
    assert result.exit_code == 3  # finished, but some items failed: a cron job can tell
    assert "4 of 8 items failed" in result.stderr
    assert "new documents" in result.stdout and "│ 4 │" in result.stdout
    for source, reason in [("empty.txt", "empty"), ("binary.txt", "binary"), ("valley.jsonl:3", "bad-json")]:
        line = next(x for x in result.stdout.splitlines() if source in x)
        assert reason in line
    again = run("ingest", str(corpus), "--db", path)
    assert again.exit_code == 3
    assert next(x for x in again.stdout.splitlines() if "duplicates skipped" in x).split()[-2] == "4"


def test_ingest_exits_1_when_nothing_can_be_read(tmp_path: Path, nlp: Language) -> None:
    result = run("ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 1
    assert "not-found" in result.stdout and "nothing could be read" in result.stderr


def test_ingest_uses_newsdesk_db_env_and_stdin(tmp_path: Path, nlp: Language, ferry_text: str) -> None:
    path = tmp_path / "env.db"
    result = run("ingest", "-", input=ferry_text, env={"NEWSDESK_DB": str(path)})
    assert result.exit_code == 0 and path.exists()
    assert "Harbour council" in run("search", "ferry", env={"NEWSDESK_DB": str(path)}).stdout


def test_extract_prints_text_and_metadata(corpus: Path) -> None:
    result = run("extract", str(corpus / "text" / "ferry.txt"))
    assert result.exit_code == 0
    assert result.stdout.startswith("---\n")
    assert "Harbour council approves new ferry terminal" in result.stdout
    assert "Transport Minister David Osei welcomed" in result.stdout


def test_extract_json_from_stdin_and_gzip(corpus: Path, ferry_text: str) -> None:
    result = run("extract", "-", "--json", input=gzip.compress(ferry_text.encode()))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "Harbour council" in data["title"] and "David Osei" in data["body"]
    feed = run("extract", str(corpus / "feeds" / "valley.jsonl"), "--json")
    lines = [json.loads(x) for x in feed.stdout.splitlines()]  # JSON Lines for a JSONL input
    assert len(lines) == 2 and "Library reopens" in lines[0]["title"]
    assert "bad-json" in feed.stderr


def test_extract_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = run("extract", str(tmp_path / "gone.html"))
    assert result.exit_code == 1
    assert "not-found" in result.stderr and "no article could be extracted" in result.stderr


def test_analyze_json_with_published_date(corpus: Path, nlp: Language) -> None:
    result = run("analyze", str(corpus / "text" / "ferry.txt"), "--json", "--published", "2024-05-07")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["published"] == "2024-05-07"
    assert data["article"]["provenance"]["published"] == "cli"
    assert "David Osei" in data["article"]["body"]
    assert data["pipeline_version"] == PIPELINE_VERSION
    people = {e["canonical"]: e for e in data["entities"] if e["type"] == "PERSON"}
    assert "Helen Carter" in people and "Mayor" in [r["title"] for r in people["Helen Carter"]["roles"]]


def test_analyze_report_and_bad_date(corpus: Path, nlp: Language) -> None:
    result = run("analyze", str(corpus / "text" / "ferry.txt"))
    assert result.exit_code == 0 and "Helen Carter" in result.stdout
    bad = run("analyze", str(corpus / "text" / "ferry.txt"), "--published", "last Tuesday")
    assert bad.exit_code != 0 and "not a date" in bad.stderr


def test_search_finds_the_right_article_and_pages(db: str) -> None:
    result = run("search", "ferry", "--db", db)
    assert result.exit_code == 0 and "Harbour council approves new ferry terminal" in result.stdout
    args = ("search", "Millbrook", "--limit", "1", "--json", "--db", db)
    page1 = json.loads(run(*args).stdout)
    page2 = json.loads(run(*args, "--offset", "1").stdout)
    assert page1["total"] == page2["total"] == 2
    assert (page1["next_offset"], page2["next_offset"]) == (1, None)
    assert {page1["hits"][0]["title"], page2["hits"][0]["title"]} == {
        "Library reopens after flood repairs", "Bridge closure extended",
    }
    odd = run("search", 'ferry\'s "(terminal', "--db", db)
    assert odd.exit_code == 1 and "unbalanced quote" in odd.stderr
    assert "no article matches" in run("search", "zeppelin", "--db", db).stdout


def test_show_article_metadata_and_entities(db: str) -> None:
    hit = json.loads(run("search", "ferry", "--json", "--db", db).stdout)["hits"][0]
    result = run("show", str(hit["id"]), "--db", db)
    assert result.exit_code == 0
    assert "Harbour council approves new ferry terminal" in result.stdout
    assert "ferry.txt" in result.stdout  # the source it came from
    row = next(x for x in result.stdout.splitlines() if "Helen Carter" in x and "PERSON" in x)
    assert "Mayor" in row
    data = json.loads(run("show", str(hit["id"]), "--json", "--db", db).stdout)
    assert data["article"]["title"].startswith("Harbour council") and data["document"]["url_version"] == 1
    assert run("show", "999", "--db", db).exit_code == 1


def test_entities_lists_people_with_roles(db: str) -> None:
    result = run("entities", "--type", "PERSON", "--db", db)
    assert result.exit_code == 0
    row = next(x for x in result.stdout.splitlines() if "Helen Carter" in x)
    assert "Mayor" in row
    data = json.loads(run("entities", "--json", "--limit", "200", "--db", db).stdout)
    osei = next(e for e in data if e["canonical"] == "David Osei")
    assert osei["type"] == "PERSON" and osei["articles"] == 1
    assert "Transport Minister" in [r["title"] for r in osei["roles"]]
    orgs = json.loads(run("entities", "--type", "ORG", "--json", "--db", db).stdout)
    assert all(e["type"] == "ORG" for e in orgs)


def test_reanalyze_redoes_everything_without_duplicates(corpus: Path, tmp_path: Path, nlp: Language) -> None:
    path = str(tmp_path / "re.db")
    run("ingest", str(corpus), "--db", path)
    before = json.loads(run("entities", "--json", "--db", path).stdout)
    result = run("reanalyze", "--since", "0", "--db", path)
    assert result.exit_code == 0 and "reanalysed 4 of 4" in result.stdout
    assert "reanalysed 0 of 0" in run("reanalyze", "--db", path).stdout
    assert json.loads(run("entities", "--json", "--db", path).stdout) == before


def test_demo_shows_counts_people_and_a_sample(corpus: Path, tmp_path: Path, nlp: Language) -> None:
    result = run("demo", str(corpus), "--db", str(tmp_path / "demo.db"))
    assert result.exit_code == 0, result.output
    assert "top people" in result.stdout and "Helen Carter" in result.stdout
    assert "sample analysis" in result.stdout
    missing = run("demo", str(tmp_path / "nowhere"), "--db", str(tmp_path / "demo.db"))
    assert missing.exit_code == 1 and "does not exist" in missing.stderr


def test_version() -> None:
    result = run("version")
    assert result.exit_code == 0 and PIPELINE_VERSION in result.stdout and "newsdesk" in result.stdout


def test_unusable_database_is_a_clear_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"definitely not sqlite " * 200)
    result = run("search", "x", "--db", str(junk))
    assert result.exit_code == 1 and "not a database" in result.stderr
    result = run("entities", "--db", str(tmp_path / "no" / "dir" / "x.db"))
    assert result.exit_code == 1 and "does not exist" in result.stderr


def test_unknown_model_is_a_clear_error(corpus: Path) -> None:
    result = run("analyze", str(corpus / "text" / "ferry.txt"), "--model", "xx_no_such_model")
    assert result.exit_code == 1 and "no spaCy model could be loaded" in result.stderr
