"""Render an ``Edition`` in each of the formats readers and channels take.

Templates (Jinja2, ``digest/templates/``) hold the wording and layout; this module gives them
the edition and a few filters. HTML and Atom are autoescaped (article text is data, never
markup); a link's URL is shown only when it is http(s) (never ``javascript:``); characters that
XML 1.0 forbids are dropped from the Atom feed. ``md`` is Markdown, ``text`` plain text for
email bodies and chat, ``html`` one self-contained email-safe page (inline styles, tables, no
scripts or external files), ``json`` the edition itself (``models.edition_from_dict`` reads it
back), ``atom`` an Atom 1.0 feed with one entry per story.
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined

from newsdesk.models import Edition, EditionItem, EditionLink
from newsdesk.urls import http_url as _safe_url

FORMATS = ("md", "text", "html", "json", "atom")

_TEMPLATES = {"md": "edition.md.j2", "text": "edition.txt.j2", "html": "edition.html.j2"}
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _outlet_text(link: EditionLink) -> str:
    """"Outlet" or "Outlet (also Copy One, Copy Two)": a copy is listed by its outlet only."""
    main = link.outlet or (link.outlets[0] if link.outlets else "unknown outlet")
    others = [o for o in link.outlets if o != main]
    return main + (f" (also {', '.join(others)})" if others else "")


def _wrap(text: str, width: int = 76, indent: str = "", rest: str = "") -> str:
    return textwrap.fill(" ".join(str(text).split()), width=width, initial_indent=indent,
                         subsequent_indent=rest, break_long_words=False, break_on_hyphens=False)


def _md(text: object) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("newsdesk.digest", "templates"),
        autoescape=lambda name: bool(name and name.endswith((".html.j2", ".xml.j2"))),
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, undefined=StrictUndefined,
    )
    env.filters.update(safe_url=_safe_url, outlet_text=_outlet_text, wrap=_wrap, md=_md)
    return env


def window_text(edition: Edition) -> str:
    """The window in words: "Thursday 12 March 2026" or "6 March to 12 March 2026"."""
    end = date.fromisoformat(edition.date[:10])
    start = date.fromisoformat(edition.since[:10]) if edition.since else end
    if start == end:
        return f"{end:%A} {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B} to {end.day} {end:%B %Y}"


def render(edition: Edition, fmt: str = "md") -> str:
    """The edition as ``fmt`` (one of ``FORMATS``)."""
    if fmt == "json":
        return json.dumps(asdict(edition), ensure_ascii=False, indent=2)
    if fmt == "atom":
        return render_atom_feed([edition], edition.title or f"{edition.kind} {edition.date}")
    if fmt not in _TEMPLATES:
        raise ValueError(f"unknown edition format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return _env().get_template(_TEMPLATES[fmt]).render(
        edition=edition, window=window_text(edition), new=new_stories(edition))


def new_stories(edition: Edition) -> set[int]:
    """Ids of the edition's stories first seen in its window (told as new, without changes)."""
    since = (edition.since or edition.date)[:10]
    return {it.story_id for it in edition.items if it.first_seen and it.first_seen[:10] >= since}


# -- Atom ------------------------------------------------------------------------------------


@dataclass
class _Entry:
    id: str
    title: str
    updated: str
    kind: str
    summary: str
    html: str
    links: list[EditionLink] = field(default_factory=list)


def _clean(text: str | None) -> str:
    return _XML_BAD.sub("", text or "")


def _stamp(edition: Edition) -> str:
    """RFC 3339 time of the edition: when it was built, else the start of its date (UTC)."""
    return edition.created or f"{edition.date[:10]}T00:00:00Z"


def edition_uri(edition: Edition) -> str:
    """A tag: URI naming the edition: by its id once recorded, else by kind, topic and date."""
    if edition.id is not None:
        return f"tag:newsdesk,{edition.date[:10]}:edition/{edition.id}"
    return f"tag:newsdesk,{edition.date[:10]}:{edition.kind}/{quote(edition.topic or 'all', safe='')}"


def entry_uri(edition: Edition, item: EditionItem) -> str:
    """The entry's id: stable for one story in one edition."""
    return f"{edition_uri(edition)}/story/{item.story_id}"


def _entry(edition: Edition, item: EditionItem) -> _Entry:
    html = _env().get_template("item.html.j2").render(item=item, new=new_stories(edition))
    links = [EditionLink(link.article_id, _clean(link.title), _safe_url(link.url), link.outlet,
                         link.published) for link in item.links if _safe_url(link.url)]
    return _Entry(entry_uri(edition, item), _clean(item.title), _stamp(edition), edition.kind,
                  _clean(item.development), _clean(str(html)), links)


def render_atom_feed(editions: list[Edition], title: str, self_url: str | None = None) -> str:
    """An Atom 1.0 feed of the editions (newest first), one entry per story of each edition.

    ``self_url`` is where the feed file is served (its id and rel="self" link); without one,
    the first edition's tag: URI names it. A feed reader subscribes to the file holding a topic's
    recent editions.
    """
    ordered = sorted(editions, key=lambda e: (_stamp(e), e.date, e.id or 0), reverse=True)
    feed_id = self_url or (edition_uri(ordered[0]) if ordered else "tag:newsdesk,2000-01-01:empty")
    feed = {
        "id": _clean(feed_id), "title": _clean(title), "self_url": _clean(self_url or feed_id),
        "updated": _stamp(ordered[0]) if ordered else "2000-01-01T00:00:00Z",
        "entries": [_entry(e, it) for e in ordered for it in e.items],
    }
    return _env().get_template("atom.xml.j2").render(feed=feed)
