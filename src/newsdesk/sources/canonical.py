"""Canonical URLs: one article, one URL, however many links lead to it.

``canonicalize`` normalises a URL (scheme and host lowercased, default port and fragment
dropped, tracking parameters stripped, the rest of the query kept in order);
``page_canonical`` reads the URL a page declares for itself (``<link rel=canonical>``, then
``og:url``) and canonicalises it, so a page reached through a tracking link or a mirror path
is recognised as the article already stored.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

#: Query parameters that only say where a reader came from (exact names; ``utm_*`` by prefix).
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
    "_ga", "_gl", "ref_src", "ref_url", "cmpid", "ncid", "ocid", "sr_share", "spm", "at_medium",
    "at_campaign", "ito", "mkt_tok", "wt_mc", "wt.mc_id", "s_cid", "smid",
})
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "__hs")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(_TRACKING_PREFIXES)


def canonicalize(url: str, base: str | None = None) -> str:
    """The canonical form of ``url`` (resolved against ``base`` when relative).

    Scheme and host lowercased, the default port, user info and fragment dropped, an empty
    path made ``/``, tracking parameters (``utm_*``, ``fbclid``, ``gclid`` ...) stripped.
    Path and the other parameters are kept as given: a site may care about their case.
    """
    url = url.strip()
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)],
        doseq=True,
    )
    return urlunsplit((scheme, netloc, path, query, ""))


def host_of(url: str) -> str:
    """The lowercased host (with a non-default port): the unit of rate limits and robots.txt."""
    return urlsplit(canonicalize(url)).netloc


class _CanonicalParser(HTMLParser):
    """Reads ``<link rel=canonical href>`` and ``<meta property=og:url content>`` from the head."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.canonical: str | None = None
        self.og_url: str | None = None
        self.done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.canonical = self.canonical or a["href"]
        elif tag == "meta" and (a.get("property") or a.get("name", "")).lower() == "og:url":
            self.og_url = self.og_url or a.get("content") or None
        elif tag == "body":
            self.done = True


def page_canonical(html: str, url: str) -> str:
    """The canonical URL of the page at ``url``: its rel=canonical, else og:url, else ``url``.

    A declared URL on another scheme than http(s) is ignored; relative ones are resolved.
    """
    parser = _CanonicalParser()
    head = html[: html.lower().find("<body") + 1] if "<body" in html.lower() else html[:200_000]
    try:
        parser.feed(head)
    except Exception:  # noqa: BLE001 - html.parser rarely raises; a broken head means no declaration
        pass
    for declared in (parser.canonical, parser.og_url):
        if declared:
            resolved = canonicalize(declared, base=url)
            if resolved.startswith(("http://", "https://")):
                return resolved
    return canonicalize(url)
