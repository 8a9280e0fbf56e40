"""A hostile article on every page that shows article text: its title, body, quotes, names,
outlet and URL carry script tags, ``javascript:`` links and HTML; every page must escape them
(no raw tag, no script link) and carry the Content-Security-Policy."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from digest._fixtures import Report, place
from newsdesk.digest.edition import build_edition
from newsdesk.store import Store
from newsdesk.web import create_app
from newsdesk.web.marks import Mark, highlight
from newsdesk.web.security import CSP

EVIL_NAME = 'Eve "><img src=x onerror=alert(4)>'
EVIL_PLACE = "Evilton<script>alert(5)</script>"
EVIL_QUOTE = '<script>alert(3)</script> and <a href="javascript:alert(6)">click</a>'
HOSTILE = Report(
    '<script>alert(1)</script> Strike at "><img src=x onerror=alert(2)> docks',
    f"Dock workers in {EVIL_PLACE} went on strike on Monday, union leader {EVIL_NAME} said. "
    f"\u201c{EVIL_QUOTE}\u201d, {EVIL_NAME} told members in {EVIL_PLACE}.",
    "2026-05-04", "<script>alert(7)</script>Evil Outlet", "javascript:alert(8)",
    people=(EVIL_NAME,), places=(EVIL_PLACE,),
    events=[("PROTEST", "strike", "happened", "2026-05-04")],
    quotes=[(EVIL_NAME, EVIL_QUOTE)],
)

#: The tags the app's templates write: anything else came from an article.
ALLOWED = {"html", "head", "meta", "title", "link", "script", "body", "header", "a", "nav", "form", "input",
           "main", "footer", "h1", "h2", "p", "div", "section", "aside", "ol", "ul", "li", "span", "time",
           "blockquote", "cite", "details", "summary", "mark", "del", "table", "thead", "tbody", "tr", "th",
           "td", "select", "option", "button", "code", "noscript", "style", "strong", "em", "br", "h3", "hr",
           "small", "b"}
RAW = ("<script>alert", "<img src=x", "<a href=\"javascript")


class Tags(HTMLParser):
    """Every start tag of a page with its attributes, as a browser would read them."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[TestClient, dict[str, int]]:
    path = str(tmp_path / "hostile.db")
    with Store(path) as store:
        aid = place(store, HOSTILE)
        ids = {"article": aid, "story": store.story_of(aid) or 0,
               "person": store.entity_page(type="PERSON")[1][0].id,
               "place": store.entity_page(type="GPE")[1][0].id}
        ids["edition"] = build_edition(store, "daily", "2026-05-04", record=True).id or 0
    return TestClient(create_app(path)), ids


def _safe(page: str) -> None:
    for raw in RAW:
        assert raw not in page, raw
    tags = Tags(page).tags
    assert {t for t, _ in tags} <= ALLOWED, {t for t, _ in tags} - ALLOWED
    for tag, attrs in tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)  # no event handler
        for name in ("href", "src", "action"):
            assert not attrs.get(name, "").strip().lower().startswith(("javascript:", "data:")), (tag, attrs)
        if tag == "script":  # only the app's own files, never inline
            assert attrs.get("src", "").startswith("/static/"), attrs


def test_every_page_escapes_the_hostile_article(hostile: tuple[TestClient, dict[str, int]]) -> None:
    client, ids = hostile
    pages = ["/", f"/stories/{ids['story']}", f"/articles/{ids['article']}", f"/entities/{ids['person']}",
             f"/entities/{ids['place']}", "/entities", "/entities?name=eve", f"/editions/{ids['edition']}",
             "/entities?name=%3Cscript%3Ealert(9)%3C/script%3E"]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "content-security-policy" in response.headers, path
        assert "'unsafe-inline'" not in response.headers["content-security-policy"].split("style-src")[0]
        _safe(response.text)
    article = client.get(f"/articles/{ids['article']}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Strike at" in article  # shown, as text
    assert "&lt;script&gt;alert(3)&lt;/script&gt; and &lt;a href=&#34;javascript:alert(6)&#34;&gt;" in article
    assert "&lt;script&gt;alert(7)&lt;/script&gt;Evil Outlet" in article
    assert 'href="javascript:' not in article and "original page" not in article  # no link to the bad URL
    assert client.get(f"/articles/{ids['article']}").headers["content-security-policy"] == CSP


def test_the_hostile_article_is_plain_data_in_the_api(hostile: tuple[TestClient, dict[str, int]]) -> None:
    client, ids = hostile
    got = client.get(f"/api/articles/{ids['article']}").json()
    assert got["article"]["title"].startswith("<script>alert(1)</script>")  # JSON keeps the text as it is
    assert client.get(f"/api/articles/{ids['article']}").headers["content-type"] == "application/json"


def test_marks_escape_every_fragment_and_nest_well() -> None:
    text = "<b>A</b> said \"x<y\" & left"
    html = str(highlight(text, [Mark(0, 8, "person", "/entities/1", 'A"><script>'), Mark(14, 20, "quote"),
                                Mark(3, 16, "event"), Mark(15, 99, "time")]))  # crossing; out of range
    assert "<b>" not in html and "&lt;b&gt;" in html and "&lt;/b&gt;" in html and "&amp; left" in html
    assert 'title="A&#34;&gt;&lt;script&gt;"' in html
    opened = re.findall(r"<(mark|a)\b", html)
    closed = re.findall(r"</(mark|a)>", html)
    assert sorted(opened) == sorted(closed)  # well formed: the crossing event is cut, not overlapped
    assert re.sub(r"<[^>]+>", "", html) == str(highlight(text, []))  # the text itself is unchanged
