"""The Atom channel writes a feed file that parses as Atom, newest editions first, at most ``keep``."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import feedparser

from delivery_kit import make_edition
from newsdesk.delivery import deliver_pending, load_config, publish

ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_feed_file_is_valid_atom_with_the_latest_editions(store, write_config, tmp_path):
    feed = tmp_path / "feeds" / "harbour.xml"
    config = load_config(write_config(
        f'[[channel]]\ntype = "atom"\npath = "{feed}"\ntopic = "harbour"\nkeep = 2\n'
        'url = "https://news.example/feeds/harbour.xml"\ntitle = "Harbour news"\n'
        f'[[channel]]\ntype = "atom"\npath = "{tmp_path / "all.xml"}"\n'))
    for day in ("2024-03-27", "2024-03-28", "2024-03-29"):
        publish(store, make_edition(day=day, topic="harbour"), config)
    publish(store, make_edition(day="2024-03-29"), config)  # no topic: the other feed only

    report = deliver_pending(store, config)

    assert report.failed == [] and report.sent == 4
    root = ET.parse(feed).getroot()
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    # one entry per story of each kept edition, the newest edition first
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        f"Story {n}: harbour council vote" for n in (1, 2, 3)] * 2
    assert [e.findtext(f"{ATOM}id").split(":")[1] for e in entries] == (
        ["newsdesk,2024-03-29"] * 3 + ["newsdesk,2024-03-28"] * 3)
    for e in entries:
        assert e.findtext(f"{ATOM}id") and e.findtext(f"{ATOM}updated")
    parsed = feedparser.parse(feed.read_bytes())
    assert parsed.version == "atom10" and not parsed.bozo
    assert parsed.feed.title == "Harbour news"
    assert "word1x0" in parsed.entries[0].content[0].value
    assert [p.name for p in feed.parent.iterdir()] == ["harbour.xml"]  # no temporary file left
    assert len(feedparser.parse((tmp_path / "all.xml").read_bytes()).entries) == 3


def test_an_unwritable_feed_path_fails_that_row_only(store, write_config, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    config = load_config(write_config(
        f'[[channel]]\ntype = "atom"\nname = "bad"\npath = "{blocker / "feed.xml"}"\n'
        f'[[channel]]\ntype = "atom"\nname = "good"\npath = "{tmp_path / "ok.xml"}"\n'))
    publish(store, make_edition(), config)
    report = deliver_pending(store, config)
    assert [(c, "cannot write feed" in e) for c, _, e in report.failed] == [("bad", True)]
    assert report.sent == 1 and (tmp_path / "ok.xml").exists()
