"""Answers that do not mislead: missing databases, bad option values, exit codes, status, show."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

import newsdesk.work._process as work
from builders import patch_extract
from newsdesk.cli.app import app
from newsdesk.errors import ExtractionError, StoreError
from newsdesk.store import Store

ENV = {"COLUMNS": "200", "NEWSDESK_DB": ""}


def run(*args: str, env: dict[str, str] | None = None):  # noqa: ANN201
    result = CliRunner().invoke(app, list(args), env={**ENV, **(env or {})})
    assert "Traceback" not in result.output, result.output
    return result


@pytest.mark.parametrize("command", [
    ["search", "ferry"], ["show", "1"], ["entities"], ["quotes"], ["events"], ["status"], ["reanalyze"],
])
def test_read_commands_refuse_a_database_that_does_not_exist(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "mistyped.db"
    result = run(*command, "--db", str(missing))
    assert result.exit_code == 1
    assert f"database {missing} does not exist" in result.stderr
    assert not missing.exists()  # and no empty database was created


@pytest.mark.parametrize("args, message", [
    (["entities", "--type", "FOO"], "--type 'FOO' is not an entity type"),
    (["reanalyze", "--since", "last week"], "is not a pipeline version"),
    (["reanalyze", "--since", "0.4.0", "--failed"], "cannot be combined"),
    (["quotes", "--kind", "rumour"], "is not a quote kind"),
    (["events", "--status", "maybe"], "is not an event status"),
    (["quotes", "--since", "yesterday"], "is not a date"),
])
def test_bad_option_values_are_rejected(tmp_path: Path, args: list[str], message: str) -> None:
    db = tmp_path / "x.db"
    Store(db).close()
    result = run(*args, "--db", str(db))
    assert result.exit_code != 0 and message in result.stderr


def test_entities_type_accepts_any_case(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    Store(db).close()
    assert run("entities", "--type", "person", "--db", str(db)).exit_code == 0


def test_an_unwritable_folder_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root, which writes anywhere: the folder's lack of write access is simulated
    where newsdesk asks for it, and SQLite's bare error is provoked by a path it cannot create."""
    folder = tmp_path / "ro"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, m: False if str(p) == str(folder) else real_access(p, m))
    import sqlite3

    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(sqlite3, "connect", refuse)
    with pytest.raises(StoreError) as caught:
        Store(folder / "news.db")
    message = str(caught.value)
    assert "unable to open database file" in message and f"folder {folder} is not writable" in message
    assert "news.db-wal" in message


def test_status_and_show_tell_what_failed_and_what_to_run(
    tmp_path: Path, make_corpus, nlp: Language, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    real = work.extract
    patch_extract(monkeypatch, "ferry.txt", ExtractionError("no body paragraphs found"))
    db = str(tmp_path / "s.db")
    assert run("ingest", str(corpus), "--db", db).exit_code == 3
    status = run("status", "--db", db)
    assert status.exit_code == 0
    lines = {" ".join(x.replace("│", " ").split()) for x in status.stdout.splitlines()}
    assert "documents 4" in lines and "analysed 3" in lines and "failed 1" in lines
    assert "extract no-article 1" in lines
    assert "newsdesk reanalyze --failed" in status.stdout
    with Store(db) as store:
        failed_id = store.documents_needing_analysis(failed=True)[0]
    shown = run("show", str(failed_id), "--db", db)
    assert shown.exit_code == 1
    assert "has no extracted article: failed at extract (no-article: no body paragraphs found)" in " ".join(
        shown.stderr.split())
    monkeypatch.setattr(work, "extract", real)
    again = run("reanalyze", "--failed", "--db", db)
    assert again.exit_code == 0 and "reanalysed 1 of 1" in again.stdout
    after = run("status", "--db", db).stdout.splitlines()
    assert "failed 0" in {" ".join(x.replace("│", " ").split()) for x in after}
