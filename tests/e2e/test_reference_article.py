"""End to end on the reference article (GUIDE.md): chrome, structure, the eleven people,
their roles and the 'Mr Kim' resolutions. Reads it from ../shared; never copies it."""

from pathlib import Path

import pytest

from newsdesk.extract import extract_text
from newsdesk.nlp import analyze

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "000_bff1fb16216cbd7f.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"reference article not found at {SEED}")

PEOPLE = {
    "Donald Trump": ["President"],
    "Kim Jong Un": ["leader"],
    "Kim Yong Chol": ["former North Korean spy chief"],
    "Mike Pompeo": ["Secretary of State"],
    "Andy Kim": ["head of the Korea desk at the Central Intelligence Agency"],
    "Mark Lambert": ["acting deputy assistant secretary of state for East Asian and Pacific Affairs"],
    "Jo Myong Rok": ["vice-marshal"],
    "Bill Clinton": ["then-president"],
    "Sergei Lavrov": ["Russian Foreign Minister"],
    "Vladimir Putin": ["President"],
    "Ri Yong Ho": ["North Korean counterpart"],
}


@pytest.fixture(scope="module")
def analysis(nlp):
    article = extract_text(SEED.read_text("utf-8"))
    article.published = "2018-05-31"
    return analyze(article, nlp)


def test_chrome_removed_and_structure_recovered(analysis):
    a = analysis.article
    assert "You are here" not in a.text
    assert "Telegram" not in a.text and "Subscribe" not in a.text
    assert a.title == "Trump says talks positive, expects letter from Kim"
    assert a.standfirst.startswith("Mr Kim Yong Chol met Mr Pompeo to try to settle nuclear arms disputes")
    assert a.wire == "BLOOMBERG"
    paragraphs = a.paragraphs()
    assert len(paragraphs) == 10
    assert paragraphs[0].startswith("PRESIDENT Donald Trump said a North Korean delegation")
    assert paragraphs[-1].endswith("Mr Lavrov was quoted as saying.")


def test_exactly_the_eleven_people_with_their_roles(analysis):
    people = {e.canonical: e for e in analysis.people()}
    assert set(people) == set(PEOPLE)
    for name, expected in PEOPLE.items():
        titles = [r.title for r in people[name].roles]
        for title in expected:
            assert title in titles, f"{name}: {title!r} not in {titles}"
    assert people["Sergei Lavrov"].affiliation == "Russian"
    assert people["Kim Yong Chol"].affiliation == "North Korean"


def _entity_at(analysis, phrase: str, word: str) -> str:
    text = analysis.article.text
    pos = text.index(phrase) + phrase.index(word)
    found = analysis.entity_at(pos, pos + len(word))
    assert found is not None, f"no mention of {word!r} in {phrase!r}"
    return found.canonical


def test_mr_kim_goes_to_the_right_kim(analysis):
    assert _entity_at(analysis, "Mr Kim's most trusted aides", "Kim") == "Kim Jong Un"
    assert _entity_at(analysis, "Mr Kim, who received an invitation", "Kim") == "Kim Jong Un"
    assert _entity_at(analysis, "Mr Kim Yong Chol, a former", "Kim Yong Chol") == "Kim Yong Chol"
    assert _entity_at(analysis, "expects letter from Kim", "Kim") == "Kim Jong Un"
    assert _entity_at(analysis, "Mr Lavrov was quoted", "Lavrov") == "Sergei Lavrov"
    kims = [e for e in analysis.people() if "Kim" in e.canonical]
    assert len(kims) == 3


def test_organisations_and_places(analysis):
    orgs = {e.canonical for e in analysis.entities if e.type == "ORG"}
    places = {e.canonical for e in analysis.entities if e.type in {"GPE", "LOC", "FAC"}}
    assert {"Central Intelligence Agency", "State Department", "Interfax", "Tass", "Bloomberg"} <= orgs
    assert "State" not in orgs and "Pacific Affairs" not in orgs
    assert {"Washington", "New York", "Texas", "Singapore", "North Korea", "South Korea", "Russia",
            "Korean Peninsula", "Pyongyang", "East Side"} <= places


def test_every_offset_points_at_its_evidence(analysis):
    text = analysis.article.text
    for e in analysis.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
        for r in e.roles:
            assert text[r.start : r.end].lower() == r.title.lower()
