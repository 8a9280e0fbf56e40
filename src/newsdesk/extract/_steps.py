"""The named post-processing steps of extraction, each switchable for the benchmark's ablation.

Every step that changes the body after (or around) trafilatura has a name here. ``on(name)``
tells a step whether to run; ``configured(disabled=..., enabled=...)`` changes the set for
the code inside a ``with`` block (a context variable, so the public ``extract`` signature
stays as it is and concurrent callers do not see each other's settings). Steps listed in
``OFF_BY_DEFAULT`` did not earn their place in the ablation (``benchmarks/extraction.py``)
and only run when a caller enables them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

#: step name -> what it does (the benchmark prints these).
STEPS: dict[str, str] = {
    "recall-fallback": "run trafilatura again in recall mode when precision mode finds no text",
    "drop-tables": "ask trafilatura to leave out tables (its default keeps them)",
    "min-body": "refuse a body under 20 words with no sentence in it",
    "jsonld-replace": "use the JSON-LD articleBody when trafilatura's text holds less than half of it",
    "jsonld-filter": "keep only trafilatura paragraphs found in the JSON-LD articleBody when it adds extras",
    "headline-repeat": "drop a first paragraph that repeats the headline",
    "chrome-lines": "drop share, promo, related, cookie, credit lines (the plain-text chrome rules)",
    "related-list": "drop the list items under a 'Related' heading",
    "date-lines": "drop lines made only of dates and times",
    "standfirst": "move a first paragraph that repeats the description, set apart, to the standfirst",
    "byline": "take 'By ...' paragraphs out of the body as byline",
    "dateline": "strip an opening dateline ('SEOUL (Reuters) - ') from the first paragraph",
    "trailing-credits": "drop contributor credits and author bios closing the body",
    "wire-tail": "strip a wire credit ('... BLOOMBERG') closing the last paragraph",
}
#: What each step is for, which decides how the ablation judges it. "body": it exists to make the
#: body match the article, so it stays only if the body F1 says so across sites. "guard": it acts
#: only when trafilatura has failed (no text, no sentence, or less than half of the publisher's own
#: JSON-LD body), so it stays unless it hurts a site. "credit": it moves a credit into its metadata
#: field (and keeps it out of the analysed text), so it stays unless it costs the body.
KINDS: dict[str, str] = {
    "recall-fallback": "guard", "min-body": "guard", "jsonld-replace": "guard",
    "byline": "credit", "dateline": "credit", "trailing-credits": "credit", "wire-tail": "credit",
}
KINDS.update({name: "body" for name in STEPS if name not in KINDS})
#: Steps that did not earn their place in the ablation (tune part, see BENCHMARKS.md): kept for the
#: benchmark, off unless enabled. jsonld-filter helped one site and cost another (a JSON-LD body that
#: abridges the article drops real paragraphs); standfirst cost the one site it changed; date-lines
#: helped one page of one site only.
OFF_BY_DEFAULT: frozenset[str] = frozenset({"jsonld-filter", "standfirst", "date-lines"})

_OFF: ContextVar[frozenset[str]] = ContextVar("newsdesk_extract_steps_off", default=OFF_BY_DEFAULT)


def _check(names: Iterable[str]) -> frozenset[str]:
    names = frozenset(names)
    unknown = names - STEPS.keys()
    if unknown:
        raise KeyError(f"unknown extraction steps: {', '.join(sorted(unknown))} (known: {', '.join(STEPS)})")
    return names


def on(name: str) -> bool:
    """Whether the step ``name`` runs in the current context."""
    if name not in STEPS:
        raise KeyError(f"unknown extraction step {name!r}")
    return name not in _OFF.get()


@contextmanager
def configured(disabled: Iterable[str] = (), enabled: Iterable[str] = ()) -> Iterator[frozenset[str]]:
    """Run the block with ``disabled`` steps off and ``enabled`` steps on (the rest as default).

    Yields the set of steps that are off inside the block.
    """
    off = (OFF_BY_DEFAULT | _check(disabled)) - _check(enabled)
    token = _OFF.set(off)
    try:
        yield off
    finally:
        _OFF.reset(token)
