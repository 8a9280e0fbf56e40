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
    raise ValueError(f"unknown edition format {fmt!r}; expected one of {', '.join(FORMATS)}")
