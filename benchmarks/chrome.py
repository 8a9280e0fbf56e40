"""Plain-text chrome removal: recover the article from a page flattened to text.

Each page of the article-extraction set is rendered to naive full-page text (``render``:
every visible block of ``<body>`` on its own line, menus, footers and all); then
``extract_text`` must find the body in it. Scored with the same shingle F1 as the HTML
benchmark, beside a baseline that keeps every line.
"""

from __future__ import annotations

import time
from pathlib import Path

from ._data import dataset_dir, load_pages
from .metrics import body_scores, title_match
from .render import page_text


def _clean_text_kept(shared: Path, limit: int | None) -> str:
    """Share of words ``extract_text`` keeps on clean articles (no chrome): the cost of false alarms."""
    from newsdesk.errors import ExtractionError
    from newsdesk.extract import extract_text

    files = sorted((shared / "data" / "polnear").glob("*/text/*.txt"))[:limit] if limit else sorted(
        (shared / "data" / "polnear").glob("*/text/*.txt")
    )
    if not files:
        return "_Clean-text check skipped: ../shared/data/polnear not found._"
    total = kept = failures = 0
    for path in files:
        text = path.read_text("utf-8")
        total += len(text.split())
        try:
            a = extract_text(text)
        except ExtractionError:
            failures += 1
            continue
        credits = " ".join(x for x in (a.byline, a.dateline, a.wire) if x)
        kept += len(a.text.split()) + len(credits.split())
    return (
        f"Clean articles (no chrome, {len(files)} PolNeAR texts): `extract_text` keeps "
        f"**{kept / max(1, total):.1%}** of the words (headline, standfirst, body and credits); "
        f"{failures} raised ExtractionError."
    )


def run(shared: Path, limit: int | None = None) -> str:
    """Markdown section: newsdesk ``extract_text`` vs keep-everything on rendered page text."""
    from newsdesk.errors import ExtractionError
    from newsdesk.extract import extract_text

    head = "## Plain-text chrome removal\n\n"
    if not dataset_dir(shared).is_dir():
        return head + f"_Skipped: {dataset_dir(shared)} not found._\n"
    pages = load_pages(shared, limit)
    texts = [page_text(p.html) for p in pages]
    bodies, titles, removed, failures = [], [], 0, 0
    start = time.perf_counter()
    for text in texts:
        try:
            article = extract_text(text)
        except ExtractionError:
            failures += 1
            bodies.append("")
            titles.append(None)
            continue
        bodies.append(article.body)
        titles.append(article.title)
        removed += len(article.removed)
    seconds = time.perf_counter() - start
    ours = body_scores((p.body, b) for p, b in zip(pages, bodies, strict=True))
    keep = body_scores((p.body, t) for p, t in zip(pages, texts, strict=True))
    lines = sum(len(t.splitlines()) for t in texts)
    title_rate = sum(title_match(p.title, t) for p, t in zip(pages, titles, strict=True)) / len(pages)
    return head + "\n".join(
        [
            f"{len(pages)} pages rendered to naive full-page text ({lines / len(pages):.0f} lines per page "
            "on average: every visible block of `<body>` on its own line, scripts and styles dropped).",
            "",
            "| system | body P | body R | body F1 | headline exact | pages/s |",
            "|---|---|---|---|---|---|",
            f"| keep everything (baseline) | {keep['precision']:.3f} | {keep['recall']:.3f} "
            f"| {keep['f1']:.3f} | – | – |",
            f"| newsdesk `extract_text` | {ours['precision']:.3f} | {ours['recall']:.3f} "
            f"| **{ours['f1']:.3f}** | {title_rate:.1%} | {len(pages) / seconds:.0f} |",
            "",
            f"{removed / max(1, len(pages) - failures):.0f} lines removed per page on average; "
            f"{failures} pages raised ExtractionError.",
            "",
            _clean_text_kept(shared, limit),
        ]
    ) + "\n"
