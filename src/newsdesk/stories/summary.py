"""Extractive summaries: of an article, of a story, and of what is new in a story since a date.

Lead-biased centrality: news puts the development first, so a sentence's TF-IDF similarity to
the centroid of its text is boosted by how early it comes; copies count once; a chosen sentence
must not repeat one already chosen. Only prose sections are read (never the headline, byline or
dateline), and nothing needs spaCy: the analysis is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.models import Analysis, Span

from . import _text

#: Boost of the first sentence (halved by the second, a third by the third ...).
LEAD = 0.5
#: Cosine above which two sentences say the same thing.
SAME = 0.5
MIN_WORDS, MAX_WORDS = 6, 60


@dataclass
class _Item:
    article_id: int
    span: Span
    published: str
    position: int
    vector: _text.Vector = None  # type: ignore[assignment]


def _items(articles: Sequence[tuple[int, Analysis]]) -> list[_Item]:
    """Every prose sentence of the articles, a copied sentence once (its first report)."""
    out, seen = [], set()
    for aid, analysis in articles:
        for i, span in enumerate(_text.sentences(analysis)):
            key = _text.fingerprint(span.text)
            if key in seen:
                continue
            seen.add(key)
            out.append(_Item(aid, span, (analysis.article.published or "")[:10], i))
    return out


def _vectorise(items: list[_Item], extra: Sequence[_Item] = ()) -> None:
    words = {id(it): _text.tokens(it.span.text) for it in [*items, *extra]}
    weights = _text.idf(words.values())
    for it in [*items, *extra]:
        it.vector = _text.vector(words[id(it)], weights)


def _rank(items: list[_Item], k: int, novelty: dict[int, float] | None = None) -> list[_Item]:
    """The ``k`` best items by lead-biased centrality (times novelty), none repeating another."""
    if not items or k <= 0:
        return []
    middle = _text.centroid(it.vector for it in items)
    fits = [MIN_WORDS <= len(it.span.text.split()) <= MAX_WORDS for it in items]
    pool = [it for it, ok in zip(items, fits, strict=True) if ok] or items

    def score(it: _Item) -> float:
        s = _text.cosine(it.vector, middle) * (1.0 + LEAD / (1 + it.position))
        return s * (novelty[id(it)] if novelty else 1.0)

    ranked = sorted(pool, key=lambda it: (-score(it), it.published, it.article_id, it.span.start))
    chosen: list[_Item] = []
    for it in ranked:
        if len(chosen) == k:
            break
        if all(_text.cosine(it.vector, c.vector) < SAME for c in chosen):
            chosen.append(it)
    return sorted(chosen, key=lambda it: (it.published, it.article_id, it.span.start))


def summarize_article(analysis: Analysis, sentences: int = 3) -> list[Span]:
    """A short extractive summary of one article: its most central sentences, in text order."""
    items = _items([(0, analysis)])
    _vectorise(items)
    return [it.span for it in _rank(items, sentences)]


def summarize_story(articles: Sequence[tuple[int, Analysis]], sentences: int = 3) -> list[str]:
    """A short extractive summary of a story from its (canonical) articles, in the order
    they were reported."""
    items = _items(articles)
    _vectorise(items)
    return [" ".join(it.span.text.split()) for it in _rank(items, sentences)]


def new_since(
    articles: Sequence[tuple[int, Analysis]], since: str, sentences: int = 3
) -> list[tuple[int, Span]]:
    """What is new in the story since ``since`` (ISO date): sentences of later articles that
    earlier ones did not already say, each with its article id.

    An article is later when published after ``since``; the others (and those without a date)
    are what the reader already had. A later sentence counts as new when no earlier sentence
    says the same (cosine below ``SAME``); new sentences are ranked by lead-biased centrality
    among the later articles, weighted by how little of them was said before.
    """
    day = since[:10]
    later = [(aid, a) for aid, a in articles if (a.article.published or "")[:10] > day]
    earlier = [(aid, a) for aid, a in articles if not (a.article.published or "")[:10] > day]
    return new_after(earlier, later, sentences)


def new_after(
    earlier: Sequence[tuple[int, Analysis]], later: Sequence[tuple[int, Analysis]], sentences: int = 3
) -> list[tuple[int, Span]]:
    """What ``later`` articles say that ``earlier`` ones did not (``new_since`` split by date;
    an edition splits by what it reported before), each sentence with its article id."""
    if not later:
        return []
    before = _items(earlier)
    known = {_text.fingerprint(it.span.text) for it in before}
    fresh = [it for it in _items(later) if _text.fingerprint(it.span.text) not in known]
    _vectorise(fresh, before)
    overlap = _text.max_similarity([it.vector for it in fresh], [it.vector for it in before])
    novelty = {id(it): 1.0 - sim for it, sim in zip(fresh, overlap, strict=True)}
    new = [it for it in fresh if novelty[id(it)] > 1.0 - SAME]
    return [(it.article_id, it.span) for it in _rank(new, sentences, novelty)]
