"""Rendering editions: Atom 1.0 structure, HTML escaping, JSON round trip, text and Markdown."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from digest._fixtures import STRIKE_1, Report, place, week
from newsdesk.digest import FORMATS, build_edition, render, render_atom_feed
from newsdesk.models import Edition, EditionItem, EditionLink, edition_from_dict
from newsdesk.store import Store

A = "{http://www.w3.org/2005/Atom}"
HOSTILE = Report(
    "Harbour <script>alert('x')</script> & co",
    "The harbour board of Portvale said on Monday that <b>bold</b> claims & \u201cquotes\u201d were "
    "untrue \x0b, board member Mara Quint said.",
    "2026-05-04", "Evil <Outlet>", "javascript:alert(1)", people=("Mara Quint",), places=("Portvale",),
)


@pytest.fixture
def editions(store: Store) -> list[Edition]:
    week(store)
    return [build_edition(store, "daily", "2026-05-04", record=True),
            build_edition(store, "daily", "2026-05-05", record=True)]


def test_atom_is_a_valid_feed_with_one_entry_per_story(editions: list[Edition]) -> None:
    monday = editions[0]
    root = ET.fromstring(render(monday, "atom").encode("utf-8"))
    assert root.tag == f"{A}feed"
    for required in ("id", "title", "updated"):
        assert root.find(f"{A}{required}").text  # type: ignore[union-attr]
    assert root.find(f"{A}author/{A}name").text == "newsdesk"  # type: ignore[union-attr]
    assert root.find(f"{A}link[@rel='self']") is not None
    entries = root.findall(f"{A}entry")
    assert len(entries) == len(monday.items) == 2
    ids = [e.find(f"{A}id").text for e in entries]  # type: ignore[union-attr]
    assert len(set(ids)) == 2 and all(i.startswith(f"tag:newsdesk,2026-05-04:edition/{monday.id}/story/")
                                      for i in ids)
    for entry, item in zip(entries, monday.items, strict=True):
        assert entry.find(f"{A}title").text == item.title  # type: ignore[union-attr]
        assert entry.find(f"{A}updated").text == monday.created  # type: ignore[union-attr]
        content = entry.find(f"{A}content")
        assert content is not None and content.get("type") == "html"
        assert item.development in (content.text or "")  # the HTML is text of the element, escaped once
        hrefs = [link.get("href") for link in entry.findall(f"{A}link")]
        assert hrefs == [link.url for link in item.links]
        assert entry.findall(f"{A}link")[0].get("rel") == "alternate"
    assert render(monday, "atom") == render(monday, "atom")  # stable ids, same text


def test_an_atom_feed_holds_the_recent_editions_newest_first(editions: list[Edition]) -> None:
    url = "https://news.example/feeds/daily.xml"
    root = ET.fromstring(render_atom_feed(editions, "Daily updates", url).encode("utf-8"))
    assert root.find(f"{A}id").text == url  # type: ignore[union-attr]
    assert root.find(f"{A}link[@rel='self']").get("href") == url  # type: ignore[union-attr]
    ids = [e.find(f"{A}id").text for e in root.findall(f"{A}entry")]  # type: ignore[union-attr]
    assert len(ids) == 3 and ids[0].startswith(f"tag:newsdesk,2026-05-05:edition/{editions[1].id}/")
    empty = ET.fromstring(render_atom_feed([], "Nothing", url).encode("utf-8"))
    assert empty.findall(f"{A}entry") == [] and empty.find(f"{A}updated") is not None


def test_html_and_atom_escape_article_text_and_drop_unsafe_links(store: Store) -> None:
    place(store, HOSTILE)
    edition = build_edition(store, "daily", "2026-05-04")
    html = render(edition, "html")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "Evil &lt;Outlet&gt;" in html and "javascript:" not in html
    assert html.startswith("<!DOCTYPE html>") and "<link" not in html and "<style" not in html
    atom = render(edition, "atom")
    root = ET.fromstring(atom.encode("utf-8"))  # parses: \x0b dropped, & escaped
    entry = root.find(f"{A}entry")
    assert entry is not None and entry.findall(f"{A}link") == []
    assert "&lt;script&gt;" in (entry.find(f"{A}content").text or "")  # type: ignore[union-attr]
    assert "\\<script\\>" in render(edition, "md")


def test_json_round_trips_and_the_store_keeps_the_edition(editions: list[Edition], store: Store) -> None:
    for edition in editions:
        again = edition_from_dict(json.loads(render(edition, "json")))
        assert again == edition
        assert store.get_edition(edition.id) == edition  # type: ignore[arg-type]
    assert store.get_edition(999) is None


def test_text_and_markdown_carry_every_item_and_source(editions: list[Edition]) -> None:
    tuesday = editions[1]
    text, md = render(tuesday, "text"), render(tuesday, "md")
    item = tuesday.items[0]
    assert f"Since edition {editions[0].id}:" in text and f"Since edition {editions[0].id}:" in md
    assert "Coast Herald (also Bay Courier)" in text
    assert "https://coastherald.example/portvale-talks-collapse" in text
    assert f"[{item.links[0].title}](https://coastherald.example/portvale-talks-collapse)" in md
    assert text.count("https://") == 1  # the reprint is not a second source
    assert "New story." in render(editions[0], "text")
    assert STRIKE_1.title in render(editions[0], "md")


def test_every_format_renders_an_empty_edition_and_bad_formats_are_refused() -> None:
    empty = Edition(kind="daily", date="2026-05-08", since="2026-05-08", title="Daily update")
    for fmt in FORMATS:
        assert render(empty, fmt)
    assert "Nothing new" in render(empty, "text")
    with pytest.raises(ValueError, match="pdf"):
        render(empty, "pdf")


def test_an_unrecorded_editions_entry_ids_name_its_kind_topic_and_date() -> None:
    item = EditionItem(story_id=7, title="T", links=[EditionLink(1, "a", "https://a.example/1", "A", None)])
    edition = Edition(kind="weekend", date="2026-05-10", since="2026-05-04", topic="my beat", items=[item])
    root = ET.fromstring(render(edition, "atom").encode("utf-8"))
    assert root.find(f"{A}entry/{A}id").text == "tag:newsdesk,2026-05-10:weekend/my%20beat/story/7"  # type: ignore[union-attr]
