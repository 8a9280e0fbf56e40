"""Following sources: the plain functions behind ``newsdesk sources`` (add, remove, OPML)."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.config import WatchSettings, load_watch_settings
from newsdesk.errors import InputError
from newsdesk.models import Source
from newsdesk.sources.canonical import canonicalize
from newsdesk.sources.discover import discover
from newsdesk.sources.http import Fetcher, FetchError
from newsdesk.sources.opml import read_opml, write_opml
from newsdesk.store import Store


def add_source(
    store: Store, url: str, name: str | None = None, country: str | None = None,
    language: str | None = None, settings: WatchSettings | None = None, fetcher: Fetcher | None = None,
) -> tuple[Source, bool]:
    """Find the feeds of the site (or feed, or sitemap) at ``url`` and follow it.

    Returns the source and whether it is new; InputError naming the URL when no feed is found.
    """
    if not url.lower().startswith(("http://", "https://")):
        raise InputError(url, "not-a-url", "give an http:// or https:// URL")
    own = fetcher is None
    fetcher = fetcher or Fetcher(settings or load_watch_settings())
    try:
        feeds = discover(fetcher, url)
    except FetchError as exc:
        raise InputError(exc.url, exc.reason, f"cannot follow {url}: {exc.detail}") from None
    finally:
        if own:
            fetcher.close()
    source_id, created = store.add_source(canonicalize(url), feeds, name, country, language)
    return store.sources(source_id)[0], created


def remove_source(store: Store, key: str) -> Source:
    """Stop following the source with this id, URL or name; InputError when there is none."""
    found = store.find_source(key) or store.find_source(canonicalize(key) if "://" in key else key)
    if found is None:
        raise InputError(key, "no-such-source", "see `newsdesk sources list`")
    store.remove_source(found.id)
    return found


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    feeds: int = 0


def import_opml(store: Store, data: bytes, name: str = "OPML") -> ImportReport:
    """Follow every feed of an OPML file (no request is made; the watch reads the feeds)."""
    report = ImportReport()
    for s in read_opml(data, name):
        _, created = store.add_source(s.url, s.feeds, s.name, s.country, s.language)
        report.added += created
        report.updated += not created
        report.feeds += len(s.feeds)
    return report


def export_opml(store: Store) -> str:
    """Every followed source's feeds as OPML 2.0."""
    return write_opml(store.sources())
