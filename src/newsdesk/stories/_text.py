"""Sentences and bag-of-words vectors for the story layer's extractive summaries and timelines.

The analysis is stored, so the story commands read sentences back without spaCy: a regex
splitter that knows abbreviations ("Mr.", "U.S.", initials) over the article's paragraph
sections. Everything here is pure and deterministic.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence

from newsdesk.models import Analysis, Span

#: Section kinds whose sentences may be summarised (never the headline, byline or dateline).
PROSE = ("standfirst", "paragraph")

_ABBREV = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr inc corp co ltd
    vs etc jan feb mar apr jun jul aug sep sept oct nov dec fig approx dept univ rev hon
    pres supt insp det ft mt ave blvd rd""".split()
)
# a candidate end: . ! or ? (optionally closing quotes/brackets), then space, then a plausible start
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_TOKEN = re.compile(r"[a-z0-9]+(?:['\u2019][a-z]+)?")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours out over own same she should so
    some such than that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with would you your
    yours said says say told mr mrs ms one two new year years may might must shall
    s t per cent percent""".split()
)


def _is_boundary(text: str, end: int) -> bool:
    """Whether the punctuation ending at ``end`` closes a sentence (not "Mr." or "U.S." or "J.")."""
    # the few characters before the stop only: a search over the whole prefix at every stop
    # made splitting a long article quadratic
    head = text[max(0, end - 80):end].rstrip("\"'\u201d\u2019)]")
    if not head.endswith("."):
        return True
    m = _WORD_BEFORE.search(head)
    if not m:
        return True
    word = m.group(1)
    if len(word) == 1 and word.isupper():  # an initial: "J. K. Rowling"
        return False
    if "." in word.rstrip("."):  # a dotted acronym: "U.S.", "a.m."
        return False
    return word.lower() not in _ABBREV


def split_sentences(text: str, offset: int = 0) -> list[Span]:
    """The sentences of one block of prose, as Spans (offsets shifted by ``offset``)."""
    out: list[Span] = []
    start = 0
    for m in _END.finditer(text):
        if not _is_boundary(text, m.end()):
            continue
        _add(out, text, start, m.end(), offset)
        start = m.end()
    _add(out, text, start, len(text), offset)
    return out


def _add(out: list[Span], text: str, start: int, end: int, offset: int) -> None:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if piece:
        out.append(Span(offset + start + lead, offset + start + lead + len(piece), piece))


def blocks(analysis: Analysis) -> list[tuple[int, int]]:
    """The prose blocks of the article: its standfirst and paragraph sections, else its
    blank-line separated blocks (an article stored without sections)."""
    art = analysis.article
    if art.sections:
        return [(s.start, s.end) for s in art.sections if s.kind in PROSE]
    out, at = [], 0
    for part in re.split(r"(\n\s*\n)", art.text):
        if part.strip() and not re.fullmatch(r"\n\s*\n", part):
            out.append((at, at + len(part)))
        at += len(part)
    return out


def sentences(analysis: Analysis) -> list[Span]:
    """Every sentence of the article's prose, in text order, offsets into ``Article.text``."""
    text = analysis.article.text
    out: list[Span] = []
    for start, end in blocks(analysis):
        out.extend(split_sentences(text[start:end], start))
    return out


def tokens(text: str) -> list[str]:
    """Content words, lower-cased, with a light plural/inflection folding."""
    out = []
    for t in _TOKEN.findall(text.lower().replace("\u2019", "'")):
        t = t.split("'")[0]
        if t in STOPWORDS or len(t) < 2:
            continue
        if len(t) > 4 and t.endswith("s") and not t.endswith("ss"):
            t = t[:-1]
        out.append(t)
    return out


def fingerprint(text: str) -> str:
    """Text reduced to its words: copies of a sentence share it despite quotes and spacing."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


Vector = dict[str, float]


def idf(docs: Iterable[Sequence[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of each word over ``docs`` (token lists)."""
    df: Counter[str] = Counter()
    n = 0
    for d in docs:
        n += 1
        df.update(set(d))
    return {w: math.log((1 + n) / (1 + c)) + 1.0 for w, c in df.items()}


def vector(words: Sequence[str], weights: dict[str, float]) -> Vector:
    """A length-normalised TF-IDF vector."""
    v = {w: c * weights.get(w, 1.0) for w, c in Counter(words).items()}
    norm = math.sqrt(sum(x * x for x in v.values()))
    return {w: x / norm for w, x in v.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def centroid(vectors: Iterable[Vector]) -> Vector:
    """The normalised sum of ``vectors``."""
    total: Counter[str] = Counter()
    for v in vectors:
        total.update(v)
    norm = math.sqrt(sum(x * x for x in total.values()))
    return {w: x / norm for w, x in total.items()} if norm else {}


def jaccard(a: Collection[str], b: Collection[str]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa or sb else 1.0


def max_similarity(queries: Sequence[Vector], pool: Sequence[Vector]) -> list[float]:
    """For each query vector, its highest cosine with any vector of ``pool`` (0 for none).

    Sparse matrix product: a story of thousands of sentences is compared in one go.
    """
    if not queries or not pool:
        return [0.0] * len(queries)
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}

    def matrix(vectors: Sequence[Vector]) -> tuple[list[int], list[int], list[float]]:
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for r, v in enumerate(vectors):
            for w, x in v.items():
                rows.append(r)
                cols.append(vocab.setdefault(w, len(vocab)))
                vals.append(x)
        return rows, cols, vals

    q, p = matrix(queries), matrix(pool)
    shape = len(vocab)
    qm = csr_matrix((q[2], (q[0], q[1])), shape=(len(queries), shape))
    pm = csr_matrix((p[2], (p[0], p[1])), shape=(len(pool), shape))
    best = (qm @ pm.T).max(axis=1).toarray().ravel()
    return [float(x) for x in best]
