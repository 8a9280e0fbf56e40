"""Golden JSON: the full ``newsdesk analyze --json`` of one demo article, compared field by field.

Any change to the analysis (entities, roles, quotes, times, events, their rule ids, the
article's extraction) shows up here as a diff. When the change is intended, regenerate the
golden file with one command and review its diff in the commit::

    make golden
    # or:  NEWSDESK_UPDATE_GOLDEN=1 python -m pytest -q tests/e2e/test_golden.py
    # or:  python -m pytest -q tests/e2e/test_golden.py --update-golden
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from newsdesk.cli.app import app

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "examples" / "corpus" / "html" / "summit-01-hanriver.html"
GOLDEN = Path(__file__).parent / "golden" / f"{ARTICLE.stem}.json"
MAX_DIFF_LINES = 150


def _update(config: pytest.Config) -> bool:
    return bool(config.getoption("update_golden", False)) or os.environ.get("NEWSDESK_UPDATE_GOLDEN") == "1"


def _dump(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


@pytest.mark.slow
def test_demo_article_analysis_matches_the_golden_json(nlp: Language, pytestconfig: pytest.Config) -> None:
    result = CliRunner().invoke(app, ["analyze", str(ARTICLE), "--json"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    actual = _dump(json.loads(result.stdout))
    if _update(pytestconfig):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(actual, encoding="utf-8")
        return
    assert GOLDEN.exists(), f"no golden file {GOLDEN}: create it with NEWSDESK_UPDATE_GOLDEN=1"
    expected = GOLDEN.read_text(encoding="utf-8")
    if actual != expected:
        diff = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                         f"golden/{GOLDEN.name}", "analyze --json now", lineterm="", n=2))
        shown = "\n".join(diff[:MAX_DIFF_LINES])
        more = f"\n... {len(diff) - MAX_DIFF_LINES} more diff lines" if len(diff) > MAX_DIFF_LINES else ""
        pytest.fail(f"the analysis of {ARTICLE.name} differs from its golden JSON "
                    f"(if intended: `make golden` and review the diff):\n{shown}{more}", pytrace=False)


def test_golden_json_carries_rule_ids_for_every_fact() -> None:
    """The golden records, for each entity, quote, time and event, the rule that produced it."""
    data = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for kind in ("entities", "quotes", "times", "events"):
        assert data[kind], f"the demo article has no {kind}"
        assert all("rule" in fact for fact in data[kind]), kind
    assert all(e["rule"] for e in data["entities"])
