"""`newsdesk edition` and `newsdesk topics` on a database of invented stories."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from digest._fixtures import FLOOD_1, STRIKE_1, week
from newsdesk.cli.app import app
from newsdesk.store import Store

runner = CliRunner()
ENV = {"COLUMNS": "200", "NEWSDESK_DB": ""}


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "news.db")
    with Store(path) as store:
        week(store)
    return path


def _run(*args: str):  # noqa: ANN202
    return runner.invoke(app, list(args), env=ENV)


def test_edition_prints_without_recording_and_records_on_request(db: str) -> None:
    shown = _run("edition", "--date", "2026-05-04", "--format", "json", "--db", db)
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.stdout)
    assert data["kind"] == "daily" and data["id"] is None
    titles = sorted(it["title"] for it in data["items"])
    assert titles == sorted([FLOOD_1.title, "Portvale strike on as talks collapse"])
    recorded = _run("edition", "--date", "2026-05-04", "--record", "--format", "text", "--db", db)
    assert recorded.exit_code == 0 and "recorded edition 1 (daily 2026-05-04, 2 stories)" in recorded.stderr
    again = _run("edition", "--date", "2026-05-04", "--format", "json", "--db", db)
    assert json.loads(again.stdout)["items"] == []
    with Store(db) as store:
        assert store.edition_ids("daily") == [1]


def test_edition_writes_an_atom_file_for_a_topic(db: str, tmp_path: Path) -> None:
    added = _run("topics", "add", "docks", "--words", "strike", "--person", "Mara Quint", "--db", db)
    assert added.exit_code == 0, added.output
    out = tmp_path / "docks.xml"
    result = _run("edition", "--date", "2026-05-04", "--topic", "docks", "--format", "atom", "-o", str(out),
                  "--db", db)
    assert result.exit_code == 0, result.output
    root = ET.parse(out).getroot()
    titles = [e.findtext("{http://www.w3.org/2005/Atom}title") for e in root.iter("{http://www.w3.org/2005/Atom}entry")]
    assert titles == ["Portvale strike on as talks collapse"]
    assert STRIKE_1.people[0] in out.read_text("utf-8")


def test_topics_add_list_remove(db: str) -> None:
    added = _run("topics", "add", "floods", "--place", "Elmsbury", "--event-type", "mobilize", "--db", db)
    assert added.exit_code == 0, added.output
    listed = _run("topics", "list", "--json", "--db", db)
    topic = json.loads(listed.stdout)["topics"][0]
    assert (topic["name"], topic["places"], topic["event_types"]) == ("floods", ["Elmsbury"], ["MOBILIZE"])
    assert "floods" in _run("topics", "list", "--db", db).stdout
    dup = _run("topics", "add", "Floods", "--words", "dam", "--db", db)
    assert dup.exit_code == 1 and "exists already" in dup.stderr
    assert _run("topics", "remove", "floods", "--db", db).exit_code == 0
    gone = _run("topics", "remove", "floods", "--db", db)
    assert gone.exit_code == 1 and "no topic named 'floods'" in gone.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["--kind", "monthly"], "--kind 'monthly' is not a kind"),
    (["--format", "pdf"], "--format 'pdf' is not a format"),
    (["--date", "yesterday"], "--date 'yesterday' is not a date"),
    (["--topic", "nowhere"], "no such topic"),
])
def test_bad_edition_options_are_named(db: str, args: list[str], message: str) -> None:
    result = _run("edition", *args, "--db", db)
    assert result.exit_code == 1 and message in result.stderr
    assert "Traceback" not in result.output


def test_topics_add_refuses_a_topic_without_a_query(db: str) -> None:
    result = _run("topics", "add", "vague", "--db", db)
    assert result.exit_code == 1 and "no query" in result.stderr
