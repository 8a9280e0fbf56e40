"""Copies: syndicated reprints and near-duplicates linked to one canonical article (MinHash LSH).

The text is normalised (case, accents, punctuation, honorifics, British/American spelling)
and cut into word 2-gram shingles; a shingle made of stop words only ("of the") is dropped,
since it is shared by any two English texts and would make unrelated articles candidates.
The MinHash signature (datasketch) is cut into bands; the band keys live in the store, so a
new article costs one indexed look-up per band whatever the size of the store. Candidates
are verified on the estimated Jaccard of the signatures, or on the estimated containment of
the shorter text in the longer (a trimmed reprint is a subset of the wire story), never on a
small overlap. The thresholds are tuned in benchmarks/copies.py on generated reprints against
same-topic articles: Jaccard >= 0.45 alone (often advised for wire copy) also links an
outlet's rewrites of a story through the day; Jaccard >= 0.7, or 80 % of the shorter text
inside the longer, keeps those apart and still finds trimmed and padded reprints.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from datasketch import LeanMinHash, MinHash
from spacy.lang.en.stop_words import STOP_WORDS

from newsdesk.models import Article, CopyLink

if TYPE_CHECKING:
    from newsdesk.store import Store


@dataclass(frozen=True)
class Params:
    """The scheme (how signatures and band keys are made) and the decision thresholds.

    ``scheme`` names what is stored: signatures or band keys made by another scheme are never
    compared with these (the scheme is hashed into every band key and stored with the
    signature), so changing ``ngram``, ``bands``, ``rows`` or the normalisation needs a new
    name and a ``newsdesk restory``.
    """

    scheme: str = "w2s-affine32-42x3-v1"
    ngram: int = 2
    bands: int = 42
    rows: int = 3
    jaccard: float = 0.7         # link when the estimated Jaccard reaches this (tuned; see BENCHMARKS.md)
    containment: float = 0.8     # ... or when this share of the shorter text is in the longer
    min_shingles: int = 12       # a text with fewer shingles is neither indexed nor linked
    min_overlap: int = 20        # shingles in common (estimated) needed for a containment link
    min_ratio: float = 0.3       # ... and the shorter at least this share of the longer: a short
    #                              text inside many long ones (a graphic's captions) is no copy
    per_key: int = 8             # earliest articles read per band key (bounds a mass reprint)
    max_candidates: int = 24     # candidates verified (the most band hits first)
    max_days: int = 31           # a copy is published within this many days of its original

    @property
    def num_perm(self) -> int:
        return self.bands * self.rows


DEFAULT = Params()
SEED = 1
_SCHEME = "affine32"  # datasketch's permutation scheme; stored signatures depend on it


@dataclass(frozen=True)
class Signature:
    """An article's MinHash hash values (uint32) and its number of distinct shingles."""

    hashvalues: np.ndarray
    size: int

    def to_bytes(self) -> bytes:
        return self.hashvalues.astype("<u4").tobytes()

    @staticmethod
    def from_bytes(blob: bytes, size: int) -> Signature:
        return Signature(np.frombuffer(blob, dtype="<u4").astype(np.uint64), size)


# -- normalisation ---------------------------------------------------------------------
_APOSTROPHES = re.compile(r"['\u2019\u02bc`]")
_DIGIT_GROUP = re.compile(r"(?<=\d)[,.](?=\d{3}\b)")
_PERCENT = re.compile(r"%|\bper\s+cent\b")
_WORD = re.compile(r"[^\W_]+")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof", "messrs", "mme", "mlle"})
#: Whole-word British spellings whose American form no suffix rule below gives.
_WORDS = {
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    "programme": "program", "programmes": "programs", "cheque": "check", "cheques": "checks",
    "grey": "gray", "tyre": "tire", "tyres": "tires", "kerb": "curb", "plough": "plow",
    "aluminium": "aluminum", "jewellery": "jewelry", "mould": "mold", "judgement": "judgment",
    "ageing": "aging", "enrol": "enroll", "fulfil": "fulfill", "sceptic": "skeptic",
    "sceptical": "skeptical", "manoeuvre": "maneuver", "paediatric": "pediatric",
    "storey": "story", "towards": "toward", "amongst": "among", "whilst": "while",
}
#: Suffix rules applied to both texts alike: a rule that also changes a word it should not
#: ("four" -> "for") is harmless, because the same word in the other text changes too.
_SUFFIXES = [
    (re.compile(r"(?<=[a-z]{2})our(s|ed|ing|ite|ites|able|ful)?$"), r"or\1"),  # colour, honour
    (re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)$"), r"iz\1"),         # organise
    (re.compile(r"(?<=[a-z]{2})ys(e|es|ed|ing)$"), r"yz\1"),                      # analyse
    (re.compile(r"(?<=[a-z]{2})tre(s)?$"), r"ter\1"),                            # centre
    (re.compile(r"(?<=[aeiou])ll(ed|er|ers|ing)$"), r"l\1"),                     # travelled
    (re.compile(r"(?<=[a-z]{3})ogue(s)?$"), r"og\1"),                            # catalogue
]


@lru_cache(maxsize=65536)
def _spelling(word: str) -> str:
    word = _WORDS.get(word, word)
    for pattern, repl in _SUFFIXES:
        word, n = pattern.subn(repl, word)
        if n:
            break
    return word


def words(text: str) -> list[str]:
    """The text's words, normalised so a reprint's house style does not count as a change:
    case-folded, accents stripped, punctuation dropped, honorifics dropped, one spelling."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _DIGIT_GROUP.sub("", _APOSTROPHES.sub("", text))
    text = _PERCENT.sub(" percent ", text)
    return [_spelling(w) for w in _WORD.findall(text) if w not in _HONORIFICS]


def shingles(text: str, ngram: int = DEFAULT.ngram) -> set[str]:
    """Word n-grams of the normalised text, without those made of stop words only."""
    ws = words(text)
    if len(ws) < ngram:
        return {" ".join(ws)} if ws and not all(w in STOP_WORDS for w in ws) else set()
    grams = (ws[i : i + ngram] for i in range(len(ws) - ngram + 1))
    return {" ".join(g) for g in grams if not all(w in STOP_WORDS for w in g)}


# -- signatures and band keys ------------------------------------------------------------
@lru_cache(maxsize=8)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    return MinHash(num_perm=num_perm, seed=SEED, scheme=_SCHEME).permutations


def signature(text: str, params: Params = DEFAULT) -> Signature:
    """The MinHash signature of the text's shingles (datasketch, fixed seed: deterministic)."""
    grams = shingles(text, params.ngram)
    m = MinHash(num_perm=params.num_perm, seed=SEED, permutations=_permutations(params.num_perm),
                scheme=_SCHEME)
    m.update_batch([g.encode("utf-8") for g in grams])
    return Signature(LeanMinHash(m).hashvalues, len(grams))


def band_keys(sig: Signature, params: Params = DEFAULT) -> list[int]:
    """One signed 64-bit key per band: a hash of the scheme, the band's number and its rows."""
    values = sig.hashvalues.astype("<u4")
    prefix = params.scheme.encode()
    keys = []
    for b in range(params.bands):
        band = values[b * params.rows : (b + 1) * params.rows].tobytes()
        digest = hashlib.blake2b(prefix + b.to_bytes(2, "little") + band, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def jaccard(a: Signature, b: Signature) -> float:
    """The Jaccard similarity of two texts' shingles, estimated from their signatures."""
    left = LeanMinHash(seed=SEED, hashvalues=a.hashvalues, scheme=_SCHEME)
    return float(left.jaccard(LeanMinHash(seed=SEED, hashvalues=b.hashvalues, scheme=_SCHEME)))


def overlap(j: float, size_a: int, size_b: int) -> float:
    """Shingles in common, from the Jaccard estimate and the two set sizes: |A∩B| = J(|A|+|B|)/(1+J)."""
    return j * (size_a + size_b) / (1.0 + j)


def is_copy(j: float, size_a: int, size_b: int, params: Params = DEFAULT) -> bool:
    """The decision: similar enough as a whole, or the shorter text mostly inside the longer."""
    smaller = min(size_a, size_b)
    if smaller < params.min_shingles:
        return False
    if j >= params.jaccard:
        return True
    if smaller < params.min_ratio * max(size_a, size_b):
        return False
    common = overlap(j, size_a, size_b)
    return common >= params.min_overlap and common / smaller >= params.containment


# -- names: a template is not a copy ----------------------------------------------------
_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]+")


def names(text: str) -> set[str]:
    """The capitalised words of a text that are names there (never also written in lower case,
    not stop words), normalised like ``words``."""
    lower = {w for w in re.findall(r"\b[a-z][\w'\u2019-]*", text)}
    found = set()
    for token in _CAPITALISED.findall(text):
        if token.lower() in lower or token.lower() in STOP_WORDS:
            continue
        found.update(words(token))
    return found


def days_apart(a: str | None, b: str | None) -> int:
    """Days between two ISO dates (0 when either is unknown or unreadable)."""
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)  # type: ignore[index]
    except (TypeError, ValueError):
        return 0


def same_names(a: set[str], b: set[str], share: float = 0.5) -> bool:
    """Two texts whose words match but whose names differ (an earthquake report in Chile and
    one in Peru from one template, a market report for another day) are different reports:
    at least half of the shorter text's names must be in the other (texts naming fewer than
    three pass)."""
    small = min(len(a), len(b))
    return small < 3 or len(a & b) / small >= share


# -- the store side ---------------------------------------------------------------------
def link_copy(store: Store, article_id: int, article: Article, params: Params = DEFAULT) -> CopyLink | None:
    """Index the article's MinHash signature; link it to the canonical article it copies.

    Only earlier articles (smaller ids) are candidates, so the first stored of a group stays
    its canonical article, also when it is placed again. The best match (highest estimated
    Jaccard, then the earliest) gives the group; a copy of a copy joins the same canonical.
    """
    sig = signature(article.text, params)
    return link_signature(store, article_id, sig, params, article.text, article.published)


def link_signature(
    store: Store, article_id: int, sig: Signature, params: Params = DEFAULT, text: str | None = None,
    published: str | None = None,
) -> CopyLink | None:
    """``link_copy`` for a signature already made (benchmarks re-link one stream many times).

    With ``text``, a candidate must also name the same people and places (``same_names``) and
    be published within ``max_days`` of it (when both dates are known): a reprint runs within
    days; the same words a year later report another event of the same kind."""
    if sig.size < params.min_shingles:
        store.forget_copy(article_id)  # too short to judge: not indexed (nor left indexed from before)
        return None
    keys = band_keys(sig, params)
    candidates = store.copy_candidates(keys, article_id, params.per_key, params.max_candidates)
    passed: list[tuple[float, int]] = []
    for cand_id, (blob, size) in store.copy_signatures(candidates, params.scheme).items():
        j = jaccard(sig, Signature.from_bytes(blob, size))
        if is_copy(j, sig.size, size, params):
            passed.append((j, cand_id))
    best: tuple[float, int] | None = None
    if passed and text is not None:
        found = store.copy_texts([c for _, c in passed])
        mine = names(text)
        passed = [
            p for p in passed
            if p[1] in found and same_names(mine, names(found[p[1]][0]))
            and days_apart(published, found[p[1]][1]) <= params.max_days
        ]
    if passed:
        best = min(passed, key=lambda p: (-p[0], p[1]))
    store.save_copy_signature(article_id, params.scheme, sig.to_bytes(), sig.size, keys)
    if best is None:
        return None
    link = CopyLink(article_id, store.canonical_of(best[1]), round(best[0], 4))
    store.save_copy_link(link, best[1])
    return link
