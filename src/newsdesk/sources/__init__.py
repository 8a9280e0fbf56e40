"""sources: following news sites and watching their feeds (``newsdesk sources``, ``newsdesk watch``).

- ``manage``: ``add_source`` (feed discovery), ``remove_source``, ``import_opml``, ``export_opml``;
- ``watch``: ``watch_once(store, nlp, settings) -> WatchReport`` and ``watch(..., stop)``;
- ``http``: the polite ``Fetcher`` (robots.txt, per-host rate limit, Retry-After, size limit);
- ``feeds`` (RSS, Atom, JSON Feed, sitemaps), ``discover``, ``canonical`` (URLs), ``opml``;
- ``demo_site``: a local site serving a corpus folder with robots.txt, RSS and a news sitemap.

``watch`` imports spaCy's types through the pipeline; the rest does not load a model.
"""

from newsdesk.sources.canonical import canonicalize, page_canonical
from newsdesk.sources.http import Fetcher, FetchError
from newsdesk.sources.manage import ImportReport, add_source, export_opml, import_opml, remove_source

__all__ = [
    "FetchError", "Fetcher", "ImportReport", "add_source", "canonicalize", "export_opml", "import_opml",
    "page_canonical", "remove_source",
]
