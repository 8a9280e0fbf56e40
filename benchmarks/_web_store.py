"""The 100,000-article store of the web speed benchmark, built once and cached.

Articles come from ``benchmarks/_stream.py``: the real Timeline17 and ECB+ analyses (the shared
analysis cache, no spaCy run) rewritten into many distinct stories, re-dated over ``SPAN_DAYS``
(more than a year, so "analytics over a year" has a year to cover), with exact and near copies
and a few stories of thousands of articles. They are written as ingest writes them (document,
analysis, copies, entity identities, story events), except that each article joins the story the
generator made it for instead of being clustered: clustering 100,000 articles would take over an
hour and is measured by ``benchmarks/story_cost.py``; what the web reads is the same tables.

The file is kept under ``$NEWSDESK_BENCH_WEB_DB`` (a folder) or the temp folder, keyed by
``VERSION``, the pipeline version, the store's migrations and the size: a store built by older
code is never served.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

#: Bump when what is generated or how it is written changes.
VERSION = "2"  # 2: articles carry a headline and paragraph sections (searchable text); stories a view
SPAN_DAYS = 400
LARGEST = 5_000  # the largest story
BATCH = 250  # articles per transaction while building


def cache_dir() -> Path:
    return Path(os.environ.get("NEWSDESK_BENCH_WEB_DB") or Path(tempfile.gettempdir()) / "newsdesk-bench")


def _schema_key() -> str:
    from newsdesk.store import _store

    folder = Path(_store.__file__).parent / "migrations"
    return hashlib.sha1("".join(sorted(p.name for p in folder.glob("*.sql"))).encode()).hexdigest()[:8]


def store_path(total: int) -> Path:
    from newsdesk.models import PIPELINE_VERSION

    return cache_dir() / f"web-{VERSION}-{PIPELINE_VERSION}-{_schema_key()}-{total}.db"


def build(shared: Path, total: int) -> Path:
    """The path of the store of ``total`` articles, built (minutes) unless cached."""
    path = store_path(total)
    if path.exists():
        return path
    from benchmarks._stream import stream
    from benchmarks.story_cost import _templates
    from newsdesk.store import Store

    groups, _ = _templates(shared)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".building")
    for leftover in tmp.parent.glob(tmp.name + "*"):
        leftover.unlink()
    store = Store(tmp)
    stories: dict[int, int] = {}  # generator's story -> store's story
    t0 = time.perf_counter()
    items = stream(groups, total, seed=11, start=_start(), span_days=SPAN_DAYS, largest=LARGEST,
                   vary_repeats=True)
    done = 0
    while True:
        batch = [item for _, item in zip(range(BATCH), items, strict=False)]
        if not batch:
            break
        with store.transaction():
            for item in batch:
                item.analysis.article = readable(item.analysis.article)
                added = store.insert_document(item.document)
                if added.status == "duplicate":  # a copy at an outlet that already ran it: ingest skips it
                    continue
                doc_id = added.id
                store.save_analysis(doc_id, item.analysis)
                _place(store, doc_id, item, stories)
        done += len(batch)
        if done % 5_000 < BATCH:
            print(f"  web store: {done:,}/{total:,} articles, {time.perf_counter() - t0:.0f}s",
                  file=sys.stderr, flush=True)
    views(store)
    store.close()
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    tmp.replace(path)
    return path


def readable(article):  # noqa: ANN001, ANN201
    """The article as extraction gives one: a headline and paragraph sections. The rewritten
    analyses keep only the text, so without this the full-text index (headline, standfirst,
    body paragraphs) would hold nothing and every search would match nothing."""
    import re

    from newsdesk.models import Section

    text = article.text
    sections = [Section("paragraph", m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
    title = article.title
    if not title:
        first = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0].split()
        title = " ".join(first[:12]) or None
    return replace(article, title=title, sections=sections or article.sections)


def views(store) -> None:  # noqa: ANN001
    """Each story's stored view (timeline, summary, key quotes), as ingest leaves it after the
    batch that changed the story last."""
    from newsdesk.stories.views import refresh

    ids = store.story_id_page(None, 1 << 40, 0)[1]
    t0 = time.perf_counter()
    for n in range(0, len(ids), 500):
        refresh(store, ids[n:n + 500])
        print(f"  web store: views of {min(n + 500, len(ids)):,}/{len(ids):,} stories,"
              f" {time.perf_counter() - t0:.0f}s", file=sys.stderr, flush=True)


def _start():  # noqa: ANN202
    """The stream ends about today, so "the last year" of the analytics holds articles."""
    from datetime import date, timedelta

    return date.today() - timedelta(days=SPAN_DAYS)


def _place(store, doc_id: int, item, stories: dict[int, int]) -> None:  # noqa: ANN001
    """``place_article`` with the story given rather than chosen (see the module docstring)."""
    from newsdesk.stories import copies, identities, story_events
    from newsdesk.stories.clustering import PARAMS, headline
    from newsdesk.stories.features import article_features, vector

    analysis, art = item.analysis, item.analysis.article
    copy = copies.link_copy(store, doc_id, art)
    entity_ids = identities.link_entities(store, doc_id, analysis)
    canonical = store.story_of(copy.canonical_id) if copy is not None else None
    if canonical is not None:
        story_id = store.place_in_story(doc_id, canonical, {}, published=art.published, title=None,
                                        canonical_id=copy.canonical_id)
    else:
        feats = article_features(analysis, entity_ids)
        n = store.story_article_count() + 1
        vec = vector(feats.terms, store.term_dfs(list(feats.terms)), n, PARAMS.top_terms, PARAMS.idf_power)
        features = {"terms": sorted(feats.terms), "vector": {t: round(w, 6) for t, w in vec.items()},
                    "entities": {str(e): t for e, (t, _) in sorted(feats.entities.items())},
                    "events": sorted(feats.events)}
        story_id = store.place_in_story(doc_id, stories.get(item.story), features, published=art.published,
                                        title=headline(art), score=1.0 if item.story in stories else None,
                                        centroid_terms=PARAMS.centroid_terms)
    stories.setdefault(item.story, story_id)
    story_events.link_events(store, doc_id, analysis, story_id, entity_ids)
