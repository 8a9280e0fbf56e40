"""The reference article (../shared/seed): chrome, headline, standfirst, wire credit, no body loss."""

from __future__ import annotations

import pytest

from newsdesk.extract import extract_text

SEED = "seed/000_bff1fb16216cbd7f.txt"


@pytest.fixture
def seed(shared_dir):
    path = shared_dir / SEED
    if not path.is_file():
        pytest.skip(f"{path} is absent: the reference article is not available here")
    return extract_text(path.read_text("utf-8"), source=str(path))


def test_chrome_removed(seed):
    removed = {r.text: r.reason for r in seed.removed}
    assert removed.get("You are here") == "breadcrumb"
    assert removed.get("BT is now on Telegram!") == "promo"
    assert any(t.startswith("For daily updates on weekdays") for t in removed)
    assert "You are here" not in seed.text and "Telegram" not in seed.text and "Subscribe" not in seed.text


def test_headline_and_standfirst(seed):
    assert seed.title == "Trump says talks positive, expects letter from Kim"
    assert seed.standfirst.startswith("Mr Kim Yong Chol met Mr Pompeo to try to settle nuclear arms disputes")
    assert seed.text.startswith(seed.title + "\n\n" + seed.standfirst + "\n\n")


def test_wire_credit_stripped(seed):
    assert seed.wire == "BLOOMBERG"
    assert seed.provenance["wire"] == "text:wire-credit"
    assert seed.paragraphs()[-1].endswith("Mr Lavrov was quoted as saying.")
    assert "BLOOMBERG" not in seed.text


def test_all_body_paragraphs_present(seed):
    paras = seed.paragraphs()
    assert len(paras) == 10
    assert paras[0].startswith("PRESIDENT Donald Trump said a North Korean delegation")
    assert any(p.startswith("Mr Pompeo was joined by Andy Kim") for p in paras)
    assert any(p.startswith("Resolving North Korea's nuclear issue") for p in paras)
