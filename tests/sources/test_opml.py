"""OPML import and export, and the round trip through a second store."""

from __future__ import annotations

import pytest

from newsdesk.errors import InputError
from newsdesk.sources import export_opml, import_opml
from newsdesk.sources.opml import read_opml
from newsdesk.store import Store

READER_EXPORT = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0"><head><title>My feeds</title></head><body>
  <outline text="News" title="News">
    <outline type="rss" text="Harbour Gazette" xmlUrl="https://gazette.example/rss.xml?utm_source=reader"
             htmlUrl="https://gazette.example/"/>
    <outline type="rss" text="Valley Post" title="Valley Post" xmlUrl="https://valley.example/atom.xml"/>
  </outline>
  <outline text="folder without feeds"/>
</body></opml>"""


def test_reads_a_feed_readers_export() -> None:
    sources = read_opml(READER_EXPORT)
    assert [(s.url, s.name, s.feeds) for s in sources] == [
        ("https://gazette.example/", "Harbour Gazette", [("https://gazette.example/rss.xml", "rss")]),
        ("https://valley.example/atom.xml", "Valley Post", [("https://valley.example/atom.xml", "atom")]),
    ]


def test_round_trip(store: Store) -> None:
    store.add_source("https://gazette.example/", [("https://gazette.example/rss.xml", "rss"),
                                                   ("https://gazette.example/news-sitemap.xml", "sitemap")],
                     name='Harbour "Gazette" & Co', country="NZ", language="en")
    store.add_source("https://valley.example/feed.json", [("https://valley.example/feed.json", "json")])
    text = export_opml(store)
    other = Store(":memory:")
    report = import_opml(other, text.encode())
    assert (report.added, report.updated, report.feeds) == (2, 0, 3)

    def shape(s: Store) -> list[tuple]:
        return [(x.url, x.name, x.country, x.language, [(f.url, f.kind) for f in x.feeds])
                for x in s.sources()]

    assert shape(other) == shape(store)
    again = import_opml(other, text.encode())
    assert (again.added, again.updated) == (0, 2) and len(other.sources()) == 2
    other.close()


@pytest.mark.parametrize("data", [b"not xml", b"<html><body/></html>"])
def test_bad_opml_names_the_file(data: bytes) -> None:
    with pytest.raises(InputError, match="subs.opml"):
        read_opml(data, "subs.opml")
