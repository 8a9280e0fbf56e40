"""Story timelines: dated developments ordered by when they happened, not when published.

The approach follows date-wise timeline summarisation (Tran et al. 2013; Ghalandari & Ifrim
2020, "Datewise"): each sentence is dated by the time expressions the analysis found in it
(TIMEX3 values already normalised against the publication date, so "on Tuesday" in a report
of Friday is that Tuesday); a lead sentence without a date reports the fresh development and
takes the publication date. Dates that many sentences refer to are the ones that matter; for
each, the sentence nearest the centroid of that date's sentences says what happened.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.models import Analysis, Quote, Span, StoryEvent, TimelineEntry

from . import _text

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
#: Word-set Jaccard at which two sentences are one (a copy edited: "on Saturday" → "on March 2").
NEAR = 0.7
#: A modifier that moves the expression off its date ("before June 12", "after May").
_OFF = frozenset({"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN"})


@dataclass(frozen=True)
class TimelineParams:
    """The weights of date selection and sentence choice (tuned on Timeline17, see benchmarks).

    ``lead``: how many first sentences of an article may take its publication date when they
    name none; ``pub_weight``: what such a sentence adds to its date's score (one that names the
    date adds 1, shared among the dates it names); ``event_weight``: what each report of a
    store-wide event adds to the event's date; ``pub_penalty``: subtracted from the centroid
    similarity of a publication-dated candidate sentence; ``after_bonus`` added to a sentence
    reported on or after its date (it says what happened, not what was planned);
    ``relevance``: exponent of a sentence's similarity to the whole story in what it adds to its
    date (a story's off-topic articles, e.g. listings, do not make dates); ``lead_bonus``: added
    to a candidate sentence's score, divided by its position in its article plus one;
    ``article_cap``: the most one article adds to a date (dates count across reports);
    ``min_score``: how many reports must refer to a date (each counting at most one, a lead
    dated by publication ``pub_weight``) for it to be an entry when no number of dates is asked for,
    and ``max_entries`` how many such dates are kept at most (the best-scored).
    """

    lead: int = 3
    pub_weight: float = 0.5
    event_weight: float = 1.0
    pub_penalty: float = 0.0
    after_bonus: float = 0.1
    relevance: float = 2.0
    lead_bonus: float = 0.2
    article_cap: float = 1.0
    min_score: float = 1.0
    max_entries: int = 40
    min_words: int = 6
    max_words: int = 50


@dataclass
class _Sentence:
    article_id: int
    span: Span
    published: str | None
    dates: tuple[str, ...]  # the days or months the sentence names
    dated: bool  # False: it carries its article's publication date
    words: list[str]
    position: int  # index among the article's sentences
    relevance: float = 1.0  # similarity to the story, relative to the average sentence


def _date_of(value: str | None) -> str | None:
    """A TIMEX3 value at day or month precision ("2018-06-12T10:00" → "2018-06-12")."""
    if not value:
        return None
    m = _DAY.match(value)
    if m:
        return m.group(1)
    return value if _MONTH.match(value) else None


def _dated_sentences(article_id: int, analysis: Analysis, params: TimelineParams) -> list[_Sentence]:
    """The article's sentences, each with the dates it names or (a lead) its publication date."""
    published = (analysis.article.published or "")[:10] or None
    times = [t for t in analysis.times if t.type in ("DATE", "TIME")]
    out = []
    for i, span in enumerate(_text.sentences(analysis)):
        inside = [t for t in times if span.start <= t.start < span.end]
        dates: list[str] = []
        for t in inside:
            d = _date_of(t.value) if (t.mod or "") not in _OFF else None
            if d and d not in dates:
                dates.append(d)
        for e in analysis.events:
            d = _date_of(e.date)
            if d and d not in dates and span.start <= e.evidence.start < span.end:
                dates.append(d)
        words = _text.tokens(span.text)
        said = len(span.text.split()) - sum(len(t.text.split()) for t in inside)
        if said < params.min_words:  # a timestamp line ("March 8, 2011 at 6:20 pm | Reply"), not a report
            continue
        if dates:
            out.append(_Sentence(article_id, span, published, tuple(dates), True, words, i))
        elif published and i < params.lead and all(t.value == "PRESENT_REF" for t in inside):
            out.append(_Sentence(article_id, span, published, (published,), False, words, i))
    return out


def _relevance(pool: list[_Sentence], weights: dict[str, float]) -> None:
    """Each sentence's similarity to the story's centroid over the mean one (capped at 3)."""
    vecs = [_text.vector(s.words, weights) for s in pool]
    middle = _text.centroid(vecs)
    sims = [_text.cosine(v, middle) for v in vecs]
    average = sum(sims) / len(sims) if sims else 0.0
    for s, sim in zip(pool, sims, strict=True):
        s.relevance = min(3.0, sim / average) if average > 0 else 1.0


def _weight(s: _Sentence, params: TimelineParams) -> float:
    """What a sentence adds to its date: 1 shared among the dates it names (a lead dated by
    publication ``pub_weight``), times its relevance to the story."""
    base = 1.0 / len(s.dates) if s.dated else params.pub_weight
    return base * s.relevance**params.relevance


def _in_range(date: str, start: str | None, end: str | None) -> bool:
    return (not start or date >= start[: len(date)]) and (not end or date <= end[: len(date)])


def _select_dates(scores: dict[str, float], counts: dict[str, float], max_dates: int | None,
                  params: TimelineParams) -> list[str]:
    """The dates that matter: the best-scored days, then months that no chosen day falls in.

    Without ``max_dates``, a date must be referred to by ``params.min_score`` reports."""
    ranked = sorted(scores, key=lambda d: (-scores[d], d))
    if max_dates is None:
        ranked = [d for d in ranked if counts[d] >= params.min_score]
        max_dates = params.max_entries
    days = [d for d in ranked if len(d) == 10]
    chosen = days[:max_dates]
    covered = {d[:7] for d in chosen}
    for m in (d for d in ranked if len(d) == 7):
        if len(chosen) >= max_dates:
            break
        if m not in covered:
            chosen.append(m)
    return sorted(chosen)


def _groups(cands: list[_Sentence]) -> list[list[_Sentence]]:
    """Candidates grouped by what they say: a copy or near-identical sentence joins the first."""
    groups: list[list[_Sentence]] = []
    prints: dict[str, int] = {}
    for c in cands:
        key = _text.fingerprint(c.span.text)
        at = prints.get(key)
        if at is None:
            words = set(c.words)
            at = next((i for i, g in enumerate(groups) if _text.jaccard(words, g[0].words) >= NEAR), None)
        if at is None:
            groups.append([c])
            at = len(groups) - 1
        else:
            groups[at].append(c)
        prints[key] = at
    return groups


def _pick(date: str, groups: list[list[_Sentence]], weights: dict[str, float], k: int,
          params: TimelineParams) -> list[list[_Sentence]]:
    """The ``k`` most representative groups: nearest the centroid of the date's sentences
    (a sentence repeated by many reports weighs more), reported on or after the date rather
    than announced before it, not redundant with one another."""
    reps = [min(g, key=lambda c: (not c.dated, c.published or "", c.article_id)) for g in groups]
    vecs = [_text.vector(r.words, weights) for r in reps]
    middle = _text.centroid(v for v, g in zip(vecs, groups, strict=True) for _ in g)
    fits = [params.min_words <= len(r.span.text.split()) <= params.max_words for r in reps]
    if not any(fits):
        fits = [True] * len(reps)

    def score(i: int) -> float:
        g = groups[i]
        s = _text.cosine(vecs[i], middle)
        s -= 0 if any(c.dated for c in g) else params.pub_penalty
        s += params.lead_bonus / (1 + min(c.position for c in g))
        s += params.after_bonus if any((c.published or "")[: len(date)] >= date for c in g) else 0
        return s

    order = sorted((i for i in range(len(reps)) if fits[i]),
                   key=lambda i: (-score(i), reps[i].published or "", reps[i].article_id, reps[i].span.start))
    chosen: list[int] = []
    for i in order:
        if len(chosen) >= k:
            break
        if all(_text.cosine(vecs[i], vecs[j]) < 0.5 for j in chosen):
            chosen.append(i)
    return [sorted(groups[i], key=lambda c: c is not reps[i]) for i in chosen]


def _key_quote(analyses: dict[int, Analysis], date: str, cands: list[_Sentence],
               chosen: list[_Sentence]) -> Quote | None:
    """A direct quote said in the date's sentences, else in an article that reported the date's
    development on or after it (the chosen sentence's article first)."""

    def direct(aid: int) -> list[Quote]:
        return [q for q in analyses[aid].quotes if q.kind in ("direct", "mixed") and q.speaker]

    def rank(q: Quote) -> tuple:
        words = len(q.content.text.split())
        return (q.anonymous, q.speaker_type != "person", not 6 <= words <= 60, q.content.start)

    inside = [q for c in cands for q in direct(c.article_id)
              if q.content.start < c.span.end and c.span.start < q.content.end]
    if inside:
        return min(inside, key=rank)
    for c in [*chosen, *cands]:
        if c.published and c.published[: len(date)] >= date:
            near = direct(c.article_id)
            if near:
                return min(near, key=rank)
    return None


def build_timeline(
    articles: Sequence[tuple[int, Analysis]],
    events: Sequence[StoryEvent] = (),
    max_dates: int | None = None,
    sentences_per_date: int = 1,
    start: str | None = None,
    end: str | None = None,
    months: bool = True,
    params: TimelineParams | None = None,
) -> list[TimelineEntry]:
    """The story's timeline from its (canonical) articles' analyses and its store-wide events.

    Entries are ordered by the date the development happened. ``max_dates`` caps the number
    of dates (the best-scored are kept; without it, the dates ``params.min_score`` reports
    refer to, at most ``params.max_entries``);
    ``start``/``end`` (ISO dates) bound them; ``months=False`` keeps day dates only.
    """
    params = params or TimelineParams()
    analyses = dict(articles)
    pool: list[_Sentence] = []
    for aid, analysis in articles:
        pool.extend(_dated_sentences(aid, analysis, params))
    weights = _text.idf(s.words for s in pool)
    _relevance(pool, weights)

    by_date: dict[str, list[_Sentence]] = defaultdict(list)
    for s in pool:
        for d in s.dates:
            if _in_range(d, start, end) and (len(d) == 10 or months):
                by_date[d].append(s)
    grouped = {d: _groups(cands) for d, cands in by_date.items()}
    scores: dict[str, float] = {}
    counts: dict[str, float] = {}
    for d, cands in by_date.items():  # each report counts, up to its cap; a repeat within one once
        per_article: dict[int, float] = defaultdict(float)
        raw: dict[int, float] = defaultdict(float)
        for c in {(c.article_id, _text.fingerprint(c.span.text)): c for c in cands}.values():
            per_article[c.article_id] += _weight(c, params)
            raw[c.article_id] += 1.0 / len(c.dates) if c.dated else params.pub_weight
        scores[d] = sum(min(params.article_cap, x) for x in per_article.values())
        counts[d] = sum(min(1.0, x) for x in raw.values())
    for ev in events:
        day = _date_of(ev.date)
        if day and _in_range(day, start, end) and (len(day) == 10 or months):
            scores[day] = scores.get(day, 0.0) + params.event_weight * max(1, len(ev.reports))
            counts[day] = counts.get(day, 0.0) + max(1, len(ev.reports))

    entries = []
    for d in _select_dates(scores, counts, max_dates, params):
        groups = grouped.get(d, [])
        chosen = _pick(d, groups, weights, sentences_per_date, params) if groups else []
        day_events = [e for e in events if _date_of(e.date) == d or (len(d) == 7 and (e.date or "")[:7] == d)]
        entries.append(_entry(d, chosen, by_date.get(d, []), day_events, analyses))
    return entries


def _entry(date: str, chosen: list[list[_Sentence]], cands: list[_Sentence], day_events: list[StoryEvent],
           analyses: dict[int, Analysis]) -> TimelineEntry:
    """One entry: the chosen sentences (then their copies) as evidence, its events and a quote."""
    heads = [g[0] for g in chosen]
    evidence = [(c.article_id, c.span) for c in heads]
    evidence += [(c.article_id, c.span) for g in chosen for c in g[1:]]
    summary = " ".join(c.span.text for c in heads)
    if not chosen:
        reports = [r for e in day_events for r in e.reports]
        evidence = [(r.article_id, r.evidence) for r in reports]
        summary = reports[0].evidence.text if reports else ""
    quote = _key_quote(analyses, date, cands, [c for g in chosen for c in g]) if cands else None
    return TimelineEntry(
        date=date, summary=" ".join(summary.split()), events=day_events,
        quote=quote.content.text if quote else None, quote_speaker=quote.speaker if quote else None,
        evidence=evidence,
    )
