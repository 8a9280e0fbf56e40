"""Loading the article-extraction set (421 saved news pages with gold metadata)."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

FOLDER = ("data", "article-extraction")


@dataclass
class Page:
    key: str
    html: str
    url: str | None
    body: str
    title: str
    date: str | None
    authors: list[str]


def dataset_dir(shared: Path) -> Path:
    return shared.joinpath(*FOLDER)


def load_pages(shared: Path, limit: int | None = None) -> list[Page]:
    """Pages sorted by file name (the first ``limit`` only); gold from ``articles.json``."""
    folder = dataset_dir(shared)
    gold = json.loads((folder / "articles.json").read_text("utf-8"))
    files = sorted((folder / "html").glob("*.html.gz"))
    files = files[:limit] if limit else files
    pages = []
    for path in files:
        key = path.name.split(".")[0]
        g = gold.get(key)
        if g is None:
            continue
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as fh:
            html = fh.read()
        date = g.get("date") if len(g.get("date") or "") == 10 else None
        authors = [a.strip() for a in (g.get("authors") or "").split(",") if a.strip()]
        body, title = g.get("articleBody") or "", g.get("title") or ""
        pages.append(Page(key, html, g.get("url"), body, title, date, authors))
    return pages


def pipeline_key(nlp) -> str:  # noqa: ANN001 - a spaCy Language
    """A short digest of the pipeline's components, so a parse cache is never reused after a
    component is added (e.g. the paragraph-break sentencizer)."""
    import hashlib

    return hashlib.sha1(",".join(nlp.pipe_names).encode()).hexdigest()[:6]
