"""Render an ``Edition`` in each of the formats readers and channels take."""

from __future__ import annotations

import json
from dataclasses import asdict

from newsdesk.models import Edition

FORMATS = ("md", "text", "html", "json", "atom")


def render(edition: Edition, fmt: str = "md") -> str:
    """The edition as ``fmt`` (one of ``FORMATS``)."""
    if fmt == "json":
        return json.dumps(asdict(edition), ensure_ascii=False, indent=2)
    if fmt in ("md", "text"):
        lines = [f"# {edition.title or edition.kind + ' ' + edition.date}", ""]
        for item in edition.items:
            lines += [f"## {item.title}", item.development, ""]
            lines += [f"- {link.title or link.url} ({', '.join(link.outlets or [link.outlet or ''])})"
                      f" {link.url or ''}" for link in item.links]
            lines.append("")
        return "\n".join(lines)
    if fmt == "html":  # INTERIM (branch wt-dlv): the digest branch's template replaces this
        return _interim_html(edition)
    raise ValueError(f"unknown edition format {fmt!r}; expected one of {', '.join(FORMATS)}")


# -- INTERIM (branch wt-dlv, for delivery/): minimal HTML and Atom feed renderers. -------------
# The digest branch owns rendering; on merge its ``render(..., "html")`` and its
# ``render_atom_feed`` replace everything below this line.


def _interim_html(edition: Edition) -> str:
    from html import escape

    title = escape(edition.title or f"{edition.kind} {edition.date}")
    parts = [f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>",
             f"<h1>{title}</h1>"]
    for item in edition.items:
        parts.append(f"<h2>{escape(item.title)}</h2><p>{escape(item.development)}</p><ul>")
        parts += [f'<li><a href="{escape(link.url or "")}">{escape(link.title or link.url or "")}</a></li>'
                  for link in item.links]
        parts.append("</ul>")
    return "\n".join([*parts, "</body></html>"])


def render_atom_feed(editions: list[Edition], title: str, self_url: str) -> str:
    """An Atom 1.0 feed (RFC 4287) of ``editions``, newest first: one entry per edition."""
    import xml.etree.ElementTree as ET
    from urllib.parse import quote

    ns = "http://www.w3.org/2005/Atom"

    def stamp(e: Edition) -> str:
        return (e.created or f"{e.date}T00:00:00+00:00").replace("+00:00", "Z")

    ET.register_namespace("", ns)
    feed = ET.Element(f"{{{ns}}}feed")
    ET.SubElement(feed, f"{{{ns}}}id").text = self_url
    ET.SubElement(feed, f"{{{ns}}}title").text = title
    ET.SubElement(feed, f"{{{ns}}}updated").text = max(
        (stamp(e) for e in editions), default="1970-01-01T00:00:00Z")
    ET.SubElement(feed, f"{{{ns}}}link", rel="self", href=self_url)
    ET.SubElement(ET.SubElement(feed, f"{{{ns}}}author"), f"{{{ns}}}name").text = "newsdesk"
    for e in editions:
        entry = ET.SubElement(feed, f"{{{ns}}}entry")
        ET.SubElement(entry, f"{{{ns}}}id").text = f"{self_url}#{e.kind}-{e.date}-{quote(e.topic or 'all')}"
        ET.SubElement(entry, f"{{{ns}}}title").text = e.title or f"{e.kind} {e.date}"
        ET.SubElement(entry, f"{{{ns}}}updated").text = stamp(e)
        ET.SubElement(entry, f"{{{ns}}}content", type="html").text = render(e, "html")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
