"""People and roles on our own demo corpus against its hand-checked gold (examples/gold).

A regression gate: the figures are pinned a little under what the rules reach today, so a
change that loses people, invents people or drops roles fails here.
"""

import json
from pathlib import Path

import pytest

from newsdesk.extract import extract
from newsdesk.ingest import iter_documents
from newsdesk.models import Document
from newsdesk.nlp import analyze_many

ROOT = Path(__file__).resolve().parents[2] / "examples"


def _key(source: str) -> str:
    """'/…/examples/corpus/feeds/x.jsonl:3' -> 'feeds/x.jsonl:3', as the gold files key articles."""
    path, _, line = source.partition(".jsonl:")
    rel = Path(path + (".jsonl" if line else "")).relative_to(ROOT / "corpus").as_posix()
    return f"{rel}:{line}" if line else rel


@pytest.fixture(scope="module")
def scored(nlp):
    gold = json.loads((ROOT / "gold" / "people.json").read_text("utf-8"))
    docs = [d for d in iter_documents([str(ROOT / "corpus")]) if isinstance(d, Document)]
    keys = [_key(d.source) for d in docs]
    analyses = dict(zip(keys, analyze_many([extract(d) for d in docs], nlp), strict=True))
    counts = {"tp": 0, "fp": 0, "fn": 0, "roles_found": 0, "roles": 0}
    for key, people in gold.items():
        found = {e.canonical: e for e in analyses[key].people()}
        names = {p["canonical"] for p in people}
        counts["tp"] += len(names & set(found))
        counts["fn"] += len(names - set(found))
        counts["fp"] += len(set(found) - names)
        for p in people:
            entity = found.get(p["canonical"])
            have = " | ".join(r.title.lower() for r in entity.roles) if entity else ""
            counts["roles"] += len(p["roles"])
            counts["roles_found"] += sum(r.lower() in have for r in p["roles"])
    return counts, analyses


def test_every_demo_article_is_analysed(scored):
    counts, analyses = scored
    assert len(analyses) >= 44


def test_people_precision_and_recall(scored):
    c, _ = scored
    precision = c["tp"] / (c["tp"] + c["fp"])
    recall = c["tp"] / (c["tp"] + c["fn"])
    assert precision >= 0.92, c
    assert recall >= 0.93, c


def test_role_recall(scored):
    c, _ = scored
    assert c["roles_found"] / c["roles"] >= 0.76, c


def test_people_sharing_a_surname_stay_apart(scored):
    _, analyses = scored
    parks = {e.canonical for a in analyses.values() for e in a.people() if e.canonical.startswith("Park")}
    assert {"Park Seo-jun", "Park Min-ji", "Park Jung-ho"} <= parks
    assert "Park" not in parks
