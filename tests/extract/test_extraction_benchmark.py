"""The extraction benchmark's page sets and ablation verdicts, on pages made up for the test."""

from __future__ import annotations

import hashlib

from benchmarks._data import Page
from benchmarks.extraction import _verdict, held_out, page_sets, site


def _page(key: str, url: str) -> Page:
    return Page(key=key, html="", url=url, body="", title="", date=None, authors=[])


PAGES = [
    _page(f"{n:032x}", f"https://{'www.' if n % 2 else ''}site{n % 9}.example/story/{n}") for n in range(60)
]


def test_held_out_is_the_common_hash_rule_on_the_page_file():
    for p in PAGES:
        digest = hashlib.sha1(f"article-extraction/html/{p.key}.html.gz:0".encode()).hexdigest()
        assert held_out(p) == (int(digest, 16) % 4 == 0)


def test_site_ignores_www():
    assert site(_page("a", "https://www.site1.example/x")) == site(_page("b", "http://site1.example/y"))


def test_page_sets_split_the_tune_part_by_site_and_keep_the_held_out_part_apart():
    sets = page_sets(PAGES)
    groups = [set(v) for k, v in sets.items() if k.startswith("sites ")]
    tune, held = set(sets["tune (all)"]), set(sets["held-out"])
    assert not tune & held and tune | held == set(range(len(PAGES)))
    assert set().union(*groups) == tune and sum(len(g) for g in groups) == len(tune)
    sites_of = [{site(PAGES[i]) for i in g} for g in groups]
    for a in range(len(sites_of)):
        for b in range(a + 1, len(sites_of)):
            assert not sites_of[a] & sites_of[b]  # a site's tune pages all sit in one group


def test_verdicts_follow_the_rule():
    assert _verdict("body", 10, (3, 0), [0.002, 0.001, 0.0], 0.001) == "earns its place"
    assert _verdict("body", 10, (3, 1), [0.002, -0.003, 0.0], 0.001) == "mixed"  # one site group loses
    assert _verdict("body", 2, (1, 0), [0.01, 0.0, 0.0], 0.003) == "one site only"
    assert _verdict("body", 3, (1, 1), [0.0, 0.006, 0.0], 0.002) == "costs"
    assert _verdict("guard", 2, (1, 0), [0.0, 0.016, 0.0], 0.005) == "kept (guard)"
    assert _verdict("guard", 2, (1, 1), [0.0, 0.016, -0.002], 0.005) == "costs"
    assert _verdict("credit", 17, (2, 9), [-0.0001] * 3, -0.0001) == "kept (credit)"
    assert _verdict("credit", 17, (0, 9), [-0.002] * 3, -0.002) == "costs the body"
    assert _verdict("guard", 0, (0, 0), [0.0] * 3, 0.0).endswith("kept (guard)")
