"""The one check every page, feed and message makes before it writes a stored URL as a link."""

from __future__ import annotations

from urllib.parse import urlsplit


def http_url(url: str | None) -> str | None:
    """The URL when it is an http(s) address with a host, else None: a stored ``javascript:``
    or ``data:`` link (article text is untrusted) is never written as a link."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None
