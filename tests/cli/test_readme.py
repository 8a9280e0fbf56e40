"""README coverage (Datasette-style): every CLI command must be documented.

IF THIS TEST FAILS: add a line mentioning `newsdesk <command>` to README.md for each
command named in the failure message.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from newsdesk.cli.app import app

README = Path(__file__).resolve().parents[2] / "README.md"


def command_names() -> list[str]:
    return sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_command_list_is_known() -> None:
    expected = {"ingest", "extract", "analyze", "search", "show", "entities", "reanalyze", "demo", "version"}
    assert expected <= set(command_names())


@pytest.mark.skipif(not README.exists(), reason="README.md is not written yet")
@pytest.mark.parametrize("name", command_names())
def test_every_command_is_in_readme(name: str) -> None:
    text = README.read_text(encoding="utf-8")
    assert f"newsdesk {name}" in text, f"README.md does not mention `newsdesk {name}`: document it"
