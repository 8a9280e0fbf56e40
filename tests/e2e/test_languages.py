"""Non-English articles: stored, searchable, language recorded, the English-only analysis skipped
and said so (ingest summary, status, show, analyze). Texts written for this test."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language
from typer.testing import CliRunner

from newsdesk.cli.app import app
from newsdesk.pipeline import ingest_paths
from newsdesk.store import Store

GERMAN = (
    "Stadtrat beschließt neuen Hafen\n\n"
    "Der Stadtrat von Kiel hat am Dienstag den Bau eines neuen Fährhafens beschlossen. "
    "Bürgermeisterin Anna Vogel sagte, die Arbeiten würden im Frühjahr beginnen "
    "und zwei Jahre dauern.\n\n"
    "Die Opposition kritisierte die hohen Kosten und forderte eine Bürgerbefragung "
    "vor dem ersten Spatenstich."
)
KOREAN = (
    "서울시, 새 지하철 노선 착공\n\n"
    "서울시는 화요일 새로운 지하철 노선 공사를 시작한다고 밝혔다. 시장은 이 노선이 도심과 공항을 "
    "연결하여 출퇴근 시간을 크게 줄일 것이라고 말했다.\n\n"
    "시민 단체들은 공사 기간 동안 교통 혼잡이 심해질 것을 우려하며 대책 마련을 촉구했다."
)
ENGLISH = (
    "Harbour council approves ferry terminal\n\n"
    "Mayor Helen Carter said on Tuesday that the council had approved the new ferry terminal "
    "after a long public consultation, and that work would begin in the spring."
)


def _feed(tmp_path: Path) -> Path:
    feed = tmp_path / "mixed.jsonl"
    feed.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in (GERMAN, KOREAN, ENGLISH))
                    + "\n", encoding="utf-8")
    return feed


def test_non_english_articles_are_stored_searchable_and_not_analysed(
    tmp_path: Path, nlp: Language
) -> None:
    with Store(tmp_path / "l.db") as store:
        report = ingest_paths([str(_feed(tmp_path))], store, nlp)
        assert (report.new, report.analysed, report.skipped, report.errors) == (3, 1, 2, [])
        german = store.get_article(store.search("Fährhafens").hits[0].id)
        assert german.article.language == "de" and german.analysis is None and german.entities == []
        assert german.outcome.reason == "unsupported-language" and "'de'" in german.outcome.detail
        korean = store.get_article(store.search("지하철").hits[0].id)
        assert korean.article.language == "ko" and korean.events == [] and korean.times == []
        english = store.get_article(store.search("ferry").hits[0].id)
        assert english.article.language == "en" and "Helen Carter" in [e.canonical for e in english.entities]
        assert store.status().skips == [("analyze", "unsupported-language", 2)]


def test_analyze_says_why_it_skips_a_german_article(tmp_path: Path, nlp: Language) -> None:
    page = tmp_path / "kiel.txt"
    page.write_text(GERMAN, encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(page)], env={"COLUMNS": "200"})
    assert result.exit_code == 1
    assert "unsupported-language" in result.stderr and "language 'de'" in result.stderr
