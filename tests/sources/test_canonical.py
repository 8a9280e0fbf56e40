"""Canonical URLs: tracking parameters, fragments, case, ports; a page's own declaration."""

from __future__ import annotations

import pytest

from newsdesk.sources.canonical import canonicalize, host_of, page_canonical


@pytest.mark.parametrize(("given", "expected"), [
    ("HTTPS://News.Example.COM/World/Story?utm_source=rss&utm_medium=feed&id=7#comments",
     "https://news.example.com/World/Story?id=7"),
    ("http://news.example.com:80/a?fbclid=XYZ&gclid=1", "http://news.example.com/a"),
    ("https://news.example.com:443", "https://news.example.com/"),
    ("https://news.example.com:8443/a", "https://news.example.com:8443/a"),
    ("https://news.example.com/a?b=2&a=1&mc_cid=9", "https://news.example.com/a?b=2&a=1"),
    ("https://news.example.com//a//b", "https://news.example.com/a/b"),
    ("  https://user:pw@news.example.com/a ", "https://news.example.com/a"),
])
def test_canonicalize(given: str, expected: str) -> None:
    assert canonicalize(given) == expected


def test_relative_and_host() -> None:
    assert canonicalize("../b?utm_campaign=x", base="https://s.example/news/a/") == "https://s.example/news/b"
    assert host_of("HTTP://S.Example:80/x") == "s.example"
    assert host_of("http://127.0.0.1:8123/x") == "127.0.0.1:8123"


def test_page_canonical_prefers_rel_canonical_then_og_url() -> None:
    both = ('<html><head><meta property="og:url" content="https://s.example/og">'
            '<link rel="canonical" href="/story?utm_source=x"></head><body>'
            '<link rel="canonical" href="/in-body-ignored"></body></html>')
    assert page_canonical(both, "https://s.example/amp/story") == "https://s.example/story"
    og = '<html><head><meta property="og:url" content="https://s.example/og#top"></head><body></body></html>'
    assert page_canonical(og, "https://s.example/x") == "https://s.example/og"
    none = "<html><head><title>t</title></head><body>text</body></html>"
    assert page_canonical(none, "https://s.example/x?utm_term=a") == "https://s.example/x"
    bad = '<html><head><link rel="canonical" href="javascript:void(0)"></head><body></body></html>'
    assert page_canonical(bad, "https://s.example/x") == "https://s.example/x"
