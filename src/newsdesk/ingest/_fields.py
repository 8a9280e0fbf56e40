"""Which JSONL field gives which Document field: the names news datasets and feeds use.

One table, also printed in the README. A record's keys are matched ignoring case, ``_``
and ``-`` (``publishedAt`` is ``published_at``); within a row the first name present with
a usable value wins. Content from an ``html`` name is an HTML page, from a ``text`` name
plain text (unless it is markup itself).
"""

from __future__ import annotations

import re

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    # news-please / CC-NEWS: maintext, date_publish, source_domain, title, url;
    # schema.org: articleBody, datePublished, headline; NewsAPI: publishedAt, source.name;
    # GDELT: SOURCEURL / DocumentIdentifier, seendate / DATE, SourceCommonName, domain;
    # RSS: link, pubDate; trafilatura JSON: text, date, hostname, sitename.
    "html": ("html", "raw_html", "content_html", "page_html"),
    "text": ("text", "maintext", "articleBody", "body", "content", "article", "full_text", "raw_text"),
    "url": ("url", "link", "source_url", "uri", "canonical_url", "SOURCEURL", "DocumentIdentifier"),
    "title": ("title", "headline"),
    "published": (
        "published", "date_publish", "datePublished", "published_at", "publish_date", "publication_date",
        "pubDate", "published_date", "seendate", "date", "time", "timestamp",
    ),
    "publisher": (
        "source", "publisher", "source_name", "SourceCommonName", "site_name", "sitename", "outlet",
        "source_domain", "domain", "hostname",
    ),
}


def field_key(name: str) -> str:
    """A key as matched: lower case without ``_``, ``-``, spaces or dots."""
    return re.sub(r"[\W_]+", "", name).lower()


KEYS: dict[str, tuple[str, ...]] = {
    target: tuple(dict.fromkeys(field_key(n) for n in names)) for target, names in FIELD_NAMES.items()
}
KNOWN = frozenset(k for keys in KEYS.values() for k in keys)
