"""Copies: normalisation, shingles, the store's LSH index, and the demo corpus's syndicated pairs.

The articles below are invented for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from newsdesk.models import Article, Document
from newsdesk.pipeline import ingest_paths
from newsdesk.store import Store
from newsdesk.stories import copies

ROOT = Path(__file__).resolve().parents[2] / "examples"

DAM = [
    "Valley dam project approved after decade of delays",
    "RIVERTON (Wire) - The regional council on Monday approved the construction of the Gray Valley "
    "dam, ending a dispute between farmers, the water authority and environmental groups that lasted "
    "ten years.",
    "The dam, which will hold back the Saltwater river north of Riverton, is expected to cost 1.2 "
    "billion crowns and to supply drinking water to about 400,000 people by the end of the decade.",
    'Council leader Anna Kovacs told reporters the vote was the hardest decision of her career. "We '
    'listened to every village along the river, and we changed the design three times," she said.',
    "Opponents say the reservoir will flood two hamlets and a protected wetland where cranes nest "
    "each spring. The Green Rivers association said it would challenge the decision in the "
    "constitutional court.",
    "Engineers from the state water company plan to begin clearing the site in April, with the first "
    "concrete poured the following year if the court does not suspend the permit.",
    "Farmers downstream welcomed the vote, saying the droughts of the past three summers had cost "
    "them most of their maize harvest and forced many to sell cattle at a loss.",
    "The project will be financed by a loan from a development bank and by a water levy on industrial"
    " users, the finance department said in a statement published after the session.",
]

SAME_TOPIC = [
    "Protesters camp at river site as dam row deepens",
    "RIVERTON - Dozens of protesters set up tents on Tuesday beside the Saltwater river, a day after "
    "the regional council approved the Gray Valley dam, vowing to stay until the permit is withdrawn.",
    "The campers, many of them students from the university in Riverton, said the wetland that the "
    "reservoir would flood is one of the last breeding grounds of the common crane in the country.",
    "Police said the camp was peaceful and that officers would not remove it as long as the access "
    "road to the site stayed open for the surveyors of the water company.",
    "Council leader Anna Kovacs said she respected the protesters but that the decision had been "
    "taken after years of consultation and that drinking water for the region could not wait any "
    "longer.",
    "The Green Rivers association has filed its complaint with the constitutional court, asking the "
    "judges to suspend the construction permit until they rule on the environmental assessment.",
    "A spokesman for the farmers' union said the protest ignored the suffering of families who had "
    "lost their harvests in three summers of drought along the lower river.",
]

FERRY = [
    "Island ferry service to run through the winter",
    "The ferry between Port Mara and the outer islands will keep sailing through the winter for the "
    "first time, after the transport ministry agreed to pay for a second, ice-strengthened vessel.",
    "Islanders have long complained that the seasonal timetable left them cut off for four months, "
    "with only an expensive helicopter link for medical emergencies and the post.",
    "The new vessel, built at a yard in the north, can carry twelve lorries and three hundred "
    "passengers, and will make two crossings a day from November to March.",
    "Shopkeepers on the largest island said the decision would let them keep their businesses open "
    "all year instead of closing when the last summer boat leaves.",
]


def _text(paras: list[str]) -> str:
    return "\n\n".join(paras)


def _add(store: Store, name: str, text: str) -> int:
    doc = Document(name, "text", text, content_hash=name)
    doc_id = store.insert_document(doc).id
    store.save_article(doc_id, Article(text=text))
    return doc_id


def _link(store: Store, name: str, text: str) -> tuple[int, object]:
    doc_id = _add(store, name, text)
    with store.transaction():
        return doc_id, copies.link_copy(store, doc_id, Article(text=text))


# -- normalisation and shingles -----------------------------------------------------------
def test_words_fold_case_accents_punctuation_honorifics_and_spelling() -> None:
    assert copies.words("Mr. Dvořák's COLOUR-coded centre, organised!") == ["dvoraks", "color", "coded",
                                                                           "center", "organized"]
    assert copies.words("Dr Smith travelled") == copies.words("Smith traveled")
    assert copies.words("up 10 per cent to 1,200") == copies.words("up 10% to 1200")
    assert copies.words("\u201cWe\u2019re here,\u201d she said") == copies.words('"Were here," she said')


def test_shingles_are_word_pairs_without_stop_word_only_pairs() -> None:
    assert copies.shingles("The dam in the valley was approved") == {
        "the dam", "dam in", "the valley", "valley was", "was approved"}


def test_tiny_texts_are_never_copies() -> None:
    tiny = "Share this article"
    assert copies.signature(tiny).size < copies.DEFAULT.min_shingles
    assert not copies.is_copy(1.0, 5, 5)


def test_signature_and_band_keys_are_deterministic() -> None:
    a, b = copies.signature(_text(DAM)), copies.signature(_text(DAM))
    assert a.to_bytes() == b.to_bytes()
    assert copies.band_keys(a) == copies.band_keys(b)
    assert len(copies.band_keys(a)) == copies.DEFAULT.bands


def test_a_trimmed_copy_is_mostly_contained_though_its_jaccard_is_low() -> None:
    full, trimmed = copies.signature(_text(DAM)), copies.signature(_text(DAM[:3]))
    j = copies.jaccard(full, trimmed)
    assert j < copies.DEFAULT.jaccard
    assert copies.is_copy(j, full.size, trimmed.size)


# -- the store's index --------------------------------------------------------------------
def test_copies_link_to_the_first_article_and_same_topic_articles_do_not(store: Store) -> None:
    dam, first = _link(store, "dam", _text(DAM))
    topic, second = _link(store, "topic", _text(SAME_TOPIC))
    ferry, third = _link(store, "ferry", _text(FERRY))
    assert (first, second, third) == (None, None, None)
    # a reprint: new headline, another credit, trimmed, British spelling, a share line left in
    reprint = ["Dam gets green light", *[p.replace("Wire", "Agency") for p in DAM[1:5]], "Share this article"]
    copy_id, link = _link(store, "reprint", _text(reprint).replace("Gray", "Grey"))
    assert link is not None and (link.article_id, link.canonical_id) == (copy_id, dam)
    # a copy of the copy (trimmed again, chrome added) joins the same canonical article
    again = ["Home | News | Region", *reprint[:4], "Advertisement"]
    again_id, link2 = _link(store, "again", _text(again))
    assert link2 is not None and link2.canonical_id == dam
    assert store.canonical_of(again_id) == dam
    assert store.copies_of(dam) == [dam, copy_id, again_id]
    assert store.copies_of(again_id) == [dam, copy_id, again_id]
    assert store.canonical_of(topic) == topic and store.copies_of(ferry) == [ferry]


def test_placing_the_canonical_again_keeps_it_canonical_and_removal_drops_its_rows(store: Store) -> None:
    dam, _ = _link(store, "dam", _text(DAM))
    copy_id, _ = _link(store, "reprint", _text(DAM[:5]))
    with store.transaction():
        assert copies.link_copy(store, dam, Article(text=_text(DAM))) is None  # re-placed (reanalyse)
    assert store.canonical_of(copy_id) == dam and store.copies_of(dam) == [dam, copy_id]
    with store.transaction():
        store._unplace_copies(copy_id)
    assert store.canonical_of(copy_id) == copy_id and store.copy_link(copy_id) is None
    assert store.copy_candidates(copies.band_keys(copies.signature(_text(DAM[:5]))), 99, 8, 24) == [dam]
    with store.transaction():
        store._clear_copies()
    assert store.copy_candidates(copies.band_keys(copies.signature(_text(DAM))), 99, 8, 24) == []


def test_an_article_placed_again_too_short_to_judge_loses_its_link(store: Store) -> None:
    _link(store, "dam", _text(DAM))
    copy_id, link = _link(store, "reprint", _text(DAM[:6]))
    assert link is not None
    with store.transaction():
        assert copies.link_copy(store, copy_id, Article(text="Dam approved. Share this")) is None
    assert store.copy_link(copy_id) is None and store.canonical_of(copy_id) == copy_id


def test_candidates_are_earlier_articles_only(store: Store) -> None:
    first, _ = _link(store, "dam", _text(DAM))
    later, link = _link(store, "dam-again", _text(DAM))
    assert link is not None and link.canonical_id == first and link.similarity == 1.0
    keys = copies.band_keys(copies.signature(_text(DAM)))
    assert store.copy_candidates(keys, first, 8, 24) == []
    assert store.copy_candidates(keys, later + 1, 8, 24) == [first, later]


# -- the demo corpus, through ingest --------------------------------------------------------
def _key(source: str) -> str:
    path, _, line = source.partition(".jsonl:")
    rel = Path(path + (".jsonl" if line else "")).resolve().relative_to((ROOT / "corpus").resolve())
    rel = rel.as_posix()
    return f"{rel}:{line}" if line else rel


@pytest.fixture(scope="module")
def demo_groups(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    with Store(tmp_path_factory.mktemp("copies") / "demo.db") as store:
        report = ingest_paths([str(ROOT / "corpus")], store, nlp)
        assert not [w for w in report.warnings if w.stage == "stories"], report.warnings
        ids = store.analysed_article_ids()
        key = {i: _key(store.get_document(i).source) for i in ids}  # type: ignore[union-attr]
        return {key[i]: sorted(key[c] for c in store.copies_of(i)) for i in ids}


@pytest.mark.slow
def test_demo_corpus_links_its_six_syndicated_pairs_and_nothing_else(demo_groups: dict[str, list]) -> None:
    gold = json.loads((ROOT / "gold" / "articles.json").read_text("utf-8"))
    expected = {k: sorted([k, *v.get("duplicate_of", [])]) for k, v in gold.items()}
    assert demo_groups == expected
    assert sum(len(g) == 2 for g in demo_groups.values()) == sum(len(g) == 2 for g in expected.values()) >= 14
