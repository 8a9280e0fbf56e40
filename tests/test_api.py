"""The Python API: ``import newsdesk`` is cheap, offers the documented names, and the README's
example runs as written (its code block is read from README.md and executed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language

import newsdesk
from newsdesk.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
PAGE = ROOT / "examples" / "corpus" / "html" / "summit-01-hanriver.html"


def _readme_example() -> str:
    section = README.read_text(encoding="utf-8").split("## Python API", 1)[1]
    return section.split("```python\n", 1)[1].split("```", 1)[0]


def test_import_is_cheap_and_offers_the_api() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    code = ("import sys, newsdesk; heavy = [m for m in ('spacy', 'trafilatura', 'newsdesk.models') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[]"
    for name in ["extract", "load_model", "analyze", "analyze_many", "Store", "ingest", "Article", "Entity",
                 "Quote", "Event", "TimeExpression", "Analysis"]:
        assert name in newsdesk.__all__ and getattr(newsdesk, name) is not None, name
    assert (ROOT / "src" / "newsdesk" / "py.typed").exists()


def test_functions_named_like_packages_stay_functions() -> None:
    import newsdesk.extract
    import newsdesk.ingest
    from newsdesk.extract import extract_html

    assert callable(newsdesk.extract) and callable(newsdesk.ingest)
    assert newsdesk.extract.__module__ == "newsdesk.api" and newsdesk.ingest.__module__ == "newsdesk.api"
    assert sys.modules["newsdesk.extract"].extract_html is extract_html


def test_extract_takes_a_path_a_string_or_a_document() -> None:
    from_path = newsdesk.extract(PAGE)
    from_str = newsdesk.extract(str(PAGE))
    from_html = newsdesk.extract(PAGE.read_text(encoding="utf-8"), url="https://example.org/a")
    assert from_path.title == from_str.title == from_html.title
    assert from_html.url == "https://example.org/a"
    text = newsdesk.extract("Ferry terminal approved\n\nThe council approved the ferry terminal on Monday.")
    assert text.title == "Ferry terminal approved"
    with pytest.raises(InputError, match="not-one-item"):
        newsdesk.extract(ROOT / "examples" / "corpus" / "feeds" / "worldwire.jsonl")  # many items
    with pytest.raises(InputError, match="not-found"):
        newsdesk.extract(ROOT / "no-such-page.html")
    with pytest.raises(InputError):
        newsdesk.extract(12)  # type: ignore[arg-type]


@pytest.mark.slow
def test_readme_example_runs(nlp: Language, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(ROOT)
    exec(compile(_readme_example(), "README.md (Python API)", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("South Korea and Japan set Busan summit")
    assert out[-1].endswith("match 'beef'") and int(out[-1].split()[0]) >= 15


@pytest.mark.slow
def test_analyze_many_keeps_order(nlp: Language) -> None:
    texts = ["Ferry approved\n\nMayor Helen Carter approved the ferry.",
             "Bridge closed\n\nEngineer Priya Raman closed the bridge."]
    found = [a.people()[0].canonical for a in newsdesk.analyze_many(texts, nlp)]
    assert found == ["Helen Carter", "Priya Raman"]
