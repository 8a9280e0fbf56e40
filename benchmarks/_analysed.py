"""Per-article analyses of benchmark corpora, cached on disk (``benchmarks/.cache/analyses``).

The story-layer benchmarks (copies, stories, coreference, timelines) all start from the
per-article analysis of the same Timeline17 and ECB+ texts; analysing ~2,300 articles takes
minutes, so the results are kept (in the temp folder), keyed by the pipeline version, the
model's components and a digest of the articles. A changed rule (a new
``PIPELINE_VERSION``) is never served stale.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import tempfile
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from newsdesk.models import PIPELINE_VERSION, Analysis, Article, analysis_from_dict

#: Outside the repository, so that every git worktree shares it.
CACHE = Path(tempfile.gettempdir()) / "newsdesk-bench" / "analyses"


def _digest(articles: Sequence[Article]) -> str:
    h = hashlib.sha1()
    for a in articles:
        h.update(json.dumps(asdict(a), sort_keys=True, ensure_ascii=False).encode())
    return h.hexdigest()[:12]


def analyses(name: str, articles: Sequence[Article], nlp=None) -> list[Analysis]:  # noqa: ANN001
    """The analysis of each article, in order, from the cache when it holds them."""
    from benchmarks._data import pipeline_key
    from newsdesk.nlp import analyze_many, load_model

    nlp = nlp or load_model()
    path = CACHE / f"{name}-{PIPELINE_VERSION}-{pipeline_key(nlp)}-{_digest(articles)}.jsonl.gz"
    if path.exists():
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return [analysis_from_dict(json.loads(line)) for line in fh]
    results = list(analyze_many(list(articles), nlp, batch_size=32))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8") as fh:
        for a in results:
            fh.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
    tmp.replace(path)
    return results
