"""The query syntax from the command line: words starting with '-', clear errors, Ctrl-C.

The database is filled by hand (no spaCy model needed).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsdesk
from builders import article, save, span
from newsdesk.cli.app import app
from newsdesk.models import Analysis, Quote
from newsdesk.store import Store

ENV = {"COLUMNS": "200", "NEWSDESK_DB": ""}


def run(*args: str):  # noqa: ANN201
    result = CliRunner().invoke(app, list(args), env=ENV)
    assert "Traceback" not in result.output, result.output
    return result


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("query") / "q.db")
    with Store(path) as store:
        for title, body in [("Trump meets Carson", "Trump and Carson spoke."),
                            ("Trump in Texas", "Trump travelled to Texas."),
                            ("Carson speaks", "Carson spoke about housing.")]:
            art = article(title, body)
            said = [Quote(1, "indirect", span(art.text, body.rstrip(".")), group=1)]
            save(store, Analysis(art, [], said))
    return path


def titles(result) -> list[str]:  # noqa: ANN001
    assert result.exit_code == 0, result.output
    return [h["title"] for h in json.loads(result.stdout)["hits"]]


@pytest.mark.parametrize("args", [
    ("-carson", "trump"), ("trump", "-carson"), ("trump -carson",), ("-carson trump",), ("-carson", "trump*"),
])
def test_a_query_may_start_with_a_dash(db: str, args: tuple[str, ...]) -> None:
    assert titles(run("search", *args, "--json", "--db", db)) == ["Trump in Texas"]
    assert titles(run("search", "--json", "--db", db, "--", *args)) == ["Trump in Texas"]


def test_options_still_work_around_dashed_words(db: str) -> None:
    page = json.loads(run("search", "-texas", "trump", "--limit", "1", "--json", "--db", db).stdout)
    assert page["total"] == 1 and page["limit"] == 1
    typo = run("search", "trump", "--limt", "1", "--db", db)
    assert typo.exit_code == 1 and "--limt is not an option" in typo.stderr
    about = run("quotes", "--about", "-housing spoke", "--json", "--db", db)
    assert [q["content"]["text"] for q in json.loads(about.stdout)["quotes"]] == ["Trump and Carson spoke"]
    actor = run("events", "--actor", "-carson", "--json", "--db", db)  # an option's value may start with '-'
    assert actor.exit_code == 0 and json.loads(actor.stdout)["total"] == 0


@pytest.mark.parametrize(("args", "message"), [
    (("search", "NEAR(trump"), "unbalanced parenthesis: NEAR( at character 1 is never closed"),
    (("search", "-carson"), "a query needs at least one word to find"),
    (("search", "trump", "OR"), "OR at character 7 has nothing on its right"),
    (("search", "the " * 300), "the limit is 1,000"),
    (("quotes", "--about", '"spoke'), "unbalanced quote"),
    (("quotes", "--about", "-carson"), "at least one word to find"),
])
def test_a_bad_query_is_one_clear_error_line(db: str, args: tuple[str, ...], message: str) -> None:
    result = run(*args, "--db", db)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert message in result.stderr


#: A search whose ranking expression counts to a billion: minutes of work inside one SQLite call.
SLOW_SEARCH = """
import sys
from newsdesk.store import _read
from newsdesk.cli.app import main

_read._BM25 = ("(WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000)"
               " SELECT count(*) FROM c)")
search = _read.search
def announced(*args, **kwargs):
    print("querying", file=sys.stderr, flush=True)
    return search(*args, **kwargs)
_read.search = announced
sys.argv = ["newsdesk", "search", "trump", "--db", sys.argv[1]]
main()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
def test_ctrl_c_stops_a_running_query_at_once(db: str) -> None:
    env = {**os.environ, **ENV, "PYTHONPATH": str(Path(newsdesk.__file__).parents[1])}
    # A shell starts background jobs with SIGINT ignored, and Python then keeps it ignored:
    # give the child the disposition a terminal gives it.
    child = subprocess.Popen([sys.executable, "-c", SLOW_SEARCH, db], env=env, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        assert child.stderr is not None
        assert child.stderr.readline().strip() == "querying"
        time.sleep(0.5)  # well inside the query
        assert child.poll() is None
        sent = time.monotonic()
        child.send_signal(signal.SIGINT)
        _, stderr = child.communicate(timeout=10)
        took = time.monotonic() - sent
    finally:
        child.kill()
        child.wait()
    assert child.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert took < 2
