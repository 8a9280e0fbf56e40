"""HTML extraction benchmark: newsdesk beside trafilatura alone and newspaper4k, same pages, same run.

Body: ScrapingHub 4-shingle precision/recall/F1 (see ``metrics``); title: exact match
after whitespace normalisation; date: same calendar day (pages whose gold date is
missing are not counted); authors: micro precision/recall/F1 over case-insensitive
names. Pages per second include each system's own metadata extraction.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ._data import Page, dataset_dir, load_pages
from .metrics import author_counts, body_scores, micro_prf, same_day, title_match


@dataclass
class Output:
    body: str = ""
    title: str | None = None
    date: str | None = None
    authors: tuple[str, ...] = ()


def _newsdesk(page: Page) -> Output:
    from newsdesk.errors import ExtractionError
    from newsdesk.extract import extract_html

    try:
        a = extract_html(page.html, page.url)
    except ExtractionError:
        return Output()
    return Output(a.body, a.title, a.published, tuple(a.authors))


def _trafilatura(page: Page) -> Output:
    import trafilatura

    d = trafilatura.bare_extraction(
        page.html, url=page.url, include_comments=False, favor_precision=True, with_metadata=True
    )
    if d is None:
        return Output()
    authors = tuple(a.strip() for a in (d.author or "").split(";") if a.strip())
    return Output(d.text or "", d.title, d.date, authors)


def _newspaper(page: Page) -> Output:
    import newspaper

    try:
        a = newspaper.Article(page.url or "http://example.com/", fetch_images=False)
        a.download(input_html=page.html)
        a.parse()
    except Exception:  # noqa: BLE001 - a failed page scores as empty, as in the published benchmark
        return Output()
    day = a.publish_date.date().isoformat() if a.publish_date else None
    return Output(a.text or "", a.title, day, tuple(a.authors))


SYSTEMS: dict[str, Callable[[Page], Output]] = {
    "newsdesk": _newsdesk,
    "trafilatura (precision)": _trafilatura,
    "newspaper4k": _newspaper,
}


def evaluate(pages: list[Page], system: Callable[[Page], Output]) -> dict[str, float]:
    """Run one system over the pages and score it."""
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        outs = [system(p) for p in pages]
    seconds = time.perf_counter() - start
    body = body_scores((p.body, o.body) for p, o in zip(pages, outs, strict=True))
    dated = [(p, o) for p, o in zip(pages, outs, strict=True) if p.date]
    authors = micro_prf(author_counts(p.authors, o.authors) for p, o in zip(pages, outs, strict=True))
    return {
        "body_p": body["precision"], "body_r": body["recall"], "body_f1": body["f1"],
        "title": sum(title_match(p.title, o.title) for p, o in zip(pages, outs, strict=True)) / len(pages),
        "date": sum(same_day(p.date, o.date) for p, o in dated) / max(1, len(dated)),
        "author_p": authors["precision"], "author_r": authors["recall"], "author_f1": authors["f1"],
        "pages_s": len(pages) / seconds if seconds else 0.0,
    }


def run(shared: Path, limit: int | None = None) -> str:
    """Markdown section: one row per system."""
    head = "## HTML article extraction\n\n"
    if not dataset_dir(shared).is_dir():
        return head + f"_Skipped: {dataset_dir(shared)} not found._\n"
    pages = load_pages(shared, limit)
    lines = [
        f"{len(pages)} pages from `data/article-extraction` (sorted by file name), all systems in this run.",
        "Body: ScrapingHub 4-token-shingle metric (per-page precision and recall averaged, F1 from the",
        "averages). Title: exact match after whitespace normalisation. Date: same day. Authors: micro",
        "P/R/F1 over names.",
        "",
        "| system | body P | body R | body F1 | title exact | date same day "
        "| author P | author R | author F1 | pages/s | speed vs trafilatura |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    results: dict[str, dict] = {}
    for name, system in SYSTEMS.items():
        try:
            results[name] = evaluate(pages, system)
        except ImportError as exc:
            lines.append(f"| {name} | _not installed: {exc.name}_ ||||||||||")
    base = next((m["pages_s"] for n, m in results.items() if n.startswith("trafilatura")), None)
    for name, m in results.items():
        ratio = f"{m['pages_s'] / base:.2f}×" if base else "–"
        lines.append(
            f"| {name} | {m['body_p']:.3f} | {m['body_r']:.3f} | **{m['body_f1']:.3f}** | {m['title']:.1%} "
            f"| {m['date']:.1%} | {m['author_p']:.3f} | {m['author_r']:.3f} | {m['author_f1']:.3f} "
            f"| {m['pages_s']:.1f} | {ratio} |"
        )
    return head + "\n".join(lines) + "\n"
