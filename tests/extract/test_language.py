"""Article.language from the text itself, checked against what the page declares.

The paragraphs are written for these tests.
"""

from __future__ import annotations

import pytest

from newsdesk.extract import extract, extract_html, extract_text
from newsdesk.language import detect_language, normalize_language_tag
from newsdesk.models import Document

ENGLISH = (
    "Harbour council approves new ferry terminal\n\n"
    "The harbour council approved the new ferry terminal on Tuesday after a long public consultation, "
    "and the mayor said the first boats would sail from the new berths next spring."
)
GERMAN = (
    "Stadtrat genehmigt neues Fährterminal\n\n"
    "Der Stadtrat hat am Dienstag nach einer langen öffentlichen Beratung das neue Fährterminal "
    "genehmigt. Die Bürgermeisterin sagte, die ersten Schiffe würden im nächsten Frühjahr ablegen."
)
FRENCH = (
    "Le conseil municipal approuve le nouveau terminal\n\n"
    "Le conseil municipal a approuvé mardi le nouveau terminal de ferry après une longue consultation "
    "publique, et la maire a déclaré que les premiers bateaux partiraient au printemps prochain."
)
KOREAN = (
    "시의회, 새 여객선 터미널 승인\n\n"
    "시의회는 화요일 오랜 공청회 끝에 새 여객선 터미널 건설 계획을 승인했다. 시장은 첫 배가 "
    "내년 봄에 새 부두에서 출항할 것이라고 말했다. 주민들은 대체로 이 결정을 환영했다."
)


@pytest.mark.parametrize(
    ("text", "code"),
    [(ENGLISH, "en"), (GERMAN, "de"), (FRENCH, "fr"), (KOREAN, "ko")],
    ids=["en", "de", "fr", "ko"],
)
def test_plain_text_language_is_detected(text: str, code: str) -> None:
    article = extract(Document(source="t.txt", kind="text", content=text))
    assert article.language == code
    assert article.provenance["language"] == "langid"


@pytest.mark.parametrize(
    "text", ["Trump says talks positive", "Kim meets Pompeo in New York", "Paris Berlin Tokyo London"]
)
def test_short_text_gives_no_wrong_language(text: str) -> None:
    assert detect_language(text) in {None, "en"}


def test_numbers_and_symbols_have_no_language() -> None:
    assert detect_language("12 345 678 — 2018-05-31 / 10:45 … 99% " * 5) is None


GERMAN_MORE = (
    "Die Opposition kritisierte die Kosten von mehr als vierzig Millionen Euro und verlangte eine "
    "unabhängige Prüfung, bevor die Bauarbeiten im Herbst beginnen."
)


def page(lang: str, body: str, more: str = "") -> str:
    head, para = body.split("\n\n")
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>{head}</title></head><body><article>'
        f"<h1>{head}</h1><p>{para}</p><p>{more}</p></article></body></html>"
    )


def test_declared_language_that_agrees_is_confirmed() -> None:
    article = extract_html(page("de-DE", GERMAN, GERMAN_MORE))
    assert (article.language, article.provenance["language"]) == ("de", "html:lang+langid")


def test_detector_overrules_a_template_declaration_and_says_so() -> None:
    article = extract_html(page("en", GERMAN, GERMAN_MORE))
    assert article.language == "de"
    assert article.provenance["language"] == "langid (page declared 'en')"


def test_declaration_stands_when_the_text_is_too_short_to_judge() -> None:
    html = '<html lang="fr"><head><title>Brève</title></head><body><p>Un bref avis.</p></body></html>'
    try:
        article = extract_html(html)
    except Exception:  # noqa: BLE001 - too little text to be an article is also fine here
        pytest.skip("page too short to extract")
    assert article.language == "fr" and article.provenance["language"] == "html:lang"


def test_extract_text_alone_sets_the_language() -> None:
    assert extract_text(GERMAN).language == "de"


@pytest.mark.parametrize(
    ("tag", "code"),
    [("en-US", "en"), ("de_DE", "de"), ("EN", "en"), ("x-default", None), ("", None), (None, None)],
)
def test_declared_tags_are_normalised(tag: str | None, code: str | None) -> None:
    assert normalize_language_tag(tag) == code
