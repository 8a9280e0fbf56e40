"""Name keys: how two spellings of one name are recognised as the same, and candidates found.

Three keys, from strict to loose:

- ``name_key``: the name as compared — accents stripped, case-folded, hyphens and punctuation
  as spaces, apostrophes and dots dropped ("O'Connor" = "OConnor", "U.S." = "US"), runs of
  initials joined ("J. K." = "JK"), leading honorifics and titles dropped for people ("Mr",
  "President", "then-Secretary of State"). Equal keys are the same name: "Kim Jong-un",
  "Kim Jong Un" and "KIM JONG UN" are one key.
- ``skeleton``: a phonetic-ish consonant skeleton ("Gaddafi", "Gadhafi", "Qaddafi" → ``kdf``;
  "Mohammed", "Muhammad" → ``md``). Only a *candidate* generator: "Tara Reid" and "Tori Reid"
  share one too, so a skeleton match is confirmed by ``close_spelling`` and by context.
- name tokens: the words of a person's name, to find the people a bare surname or first name
  ("Kim", "Trump") may stand for — again only candidates, decided by context.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

#: Words dropped from the front of a person's name: honorifics, titles, ranks, and the
#: temporal markers that go with them ("then-President", "former Prime Minister").
TITLES = frozenset(
    """mr mrs ms miss mx dr sir dame lord prof professor rev reverend
    president vice prime minister premier chancellor secretary state foreign defence defense
    interior finance general gen lt col colonel major maj capt captain sgt sergeant admiral adm
    commander cmdr senator sen rep representative congressman congresswoman governor gov mayor
    judge justice chief king queen prince princess sheikh sheik emir ayatollah pope cardinal
    bishop ambassador envoy chairman chairwoman chair leader supreme deputy acting then former
    ex late the of officer detective inspector coach""".split()
)
#: Lower-case name particles: part of a name, but no evidence on their own.
PARTICLES = frozenset("al el bin ibn bint da de del della der di dos du la le van von y abu".split())
#: Generational suffixes: "Jr", "III". Kept in the key (a father and son are two people) but
#: dropped when looking for the same person with a middle name or suffix left out.
SUFFIXES = frozenset("jr sr ii iii iv".split())
#: Words that mark a role as held in the past.
PAST_MARKERS = ("former", "then", "ex", "late", "onetime", "one time", "erstwhile")

_DROP_RE = re.compile(r"[.'’`ʼ]")
_NON_WORD_RE = re.compile(r"[\W_]+")
_VOWELS = set("aeiouy")
_DIGRAPHS = (("ph", "f"), ("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("sh", "s"),
             ("ch", "c"), ("zh", "j"), ("ck", "k"), ("ou", "u"))
_CLASSES = str.maketrans({"c": "k", "q": "k", "g": "k", "z": "s", "x": "s", "v": "w", "j": "j"})


def plain(text: str) -> str:
    """Accents stripped, case-folded, dots and apostrophes dropped, other punctuation as spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = _NON_WORD_RE.sub(" ", _DROP_RE.sub("", bare.casefold())).split()
    out: list[str] = []
    for w in words:  # "j k rowling" -> "jk rowling": a run of initials is one word
        if len(w) == 1 and out and _initials(out[-1]):
            out[-1] += w
        else:
            out.append(w)
    return " ".join(out)


def _initials(word: str) -> bool:
    return len(word) == 1 or (len(word) <= 3 and word.isalpha() and not any(c in _VOWELS for c in word))


def name_key(name: str, type_: str = "PERSON") -> str:
    """The key two spellings of one name share (see the module docstring)."""
    words = plain(name).split()
    if type_ == "PERSON":
        while len(words) > 1 and words[0] in TITLES:
            words = words[1:]
    elif len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


_COMPOUND_RE = re.compile(r"[^\W\d_]+(?:[-‐‑][^\W\d_]+)+")


def unit_key(name: str, type_: str = "PERSON") -> str:
    """``name_key`` with hyphenated parts kept as one word ("john-luke roberts" → "johnluke
    roberts", "park seo-jun" → "park seojun"): a hyphenated given name is not a middle name."""
    words = name_key(name, type_).split()
    for compound in _COMPOUND_RE.findall(plain_hyphens(name)):
        parts = re.split(r"[-‐‑]", compound)
        n = len(parts)
        for i in range(len(words) - n + 1):
            if words[i : i + n] == parts:
                words[i : i + n] = ["".join(parts)]
                break
    return " ".join(words)


def plain_hyphens(text: str) -> str:
    """Accents stripped and case-folded, hyphens kept (to find hyphenated compounds)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return _DROP_RE.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)).casefold())


def tokens(key: str) -> list[str]:
    """The name words of a key that can stand for the whole name (no particles, no initials)."""
    return [w for w in key.split() if len(w) > 1 and w not in PARTICLES and w not in SUFFIXES]


def is_full_name(key: str) -> bool:
    """A person's key naming more than a surname or a first name ("kim jong un", not "kim")."""
    return len(tokens(key)) >= 2


def skeleton(key: str) -> str:
    """A consonant skeleton of the key: each word's first sound (any vowel as ``a``) and its
    consonants, doubles collapsed, joined without spaces (so "jong un" = "jongun"): the
    transliteration candidate key."""
    out: list[str] = []
    for word in key.split():
        s = word
        for a, b in _DIGRAPHS:
            s = s.replace(a, b)
        s = s.translate(_CLASSES)
        if not s:
            continue
        letters = ["a" if s[0] in _VOWELS else s[0]] + [c for c in s[1:] if c not in _VOWELS and c != "h"]
        for c in letters:
            if not out or c != out[-1]:
                out.append(c)
    return "".join(out)


def close_spelling(a: str, b: str) -> bool:
    """Two keys with one skeleton that are also spelled alike word by word ("gaddafi"/"qaddafi"
    yes; "tara reid"/"tori reid", "michael ball"/"michael ballay", "john brown"/"john browne"
    no). Words are paired in order; a word that differs must have six letters or more (short
    names collide), differ in length by one letter at most and be 70% alike; counts must match,
    or the
    shorter must be the longer with one word split ("jongun" / "jong un")."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        if "".join(wa) != "".join(wb):
            return False
        return True
    return all(
        x == y or (min(len(x), len(y)) >= 6 and abs(len(x) - len(y)) <= 1
                   and SequenceMatcher(None, x, y).ratio() >= 0.7)
        for x, y in zip(wa, wb, strict=True)
    )


def base(key: str) -> str:
    """The key without a generational suffix ("anthony lacalamita" for "anthony lacalamita iii")."""
    words = key.split()
    while len(words) > 2 and words[-1] in SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def first_last(key: str) -> str | None:
    """"george bush" for "george w bush" (and for "george w bush jr"): the key without its middle
    words and suffix (None when that is the key itself)."""
    words = base(key).split()
    short = f"{words[0]} {words[-1]}" if len(words) >= 3 else " ".join(words)
    return short if short != key and len(words) >= 2 else None


def middles_compatible(a: str, b: str) -> bool:
    """Same first and last word (suffixes aside), and middle words that do not contradict
    ("george w bush" and "george bush" yes; "george hw bush" and "george w bush" no)."""
    wa, wb = base(a).split(), base(b).split()
    if len(wa) < 2 or len(wb) < 2 or wa[0] != wb[0] or wa[-1] != wb[-1]:
        return False
    ma, mb = wa[1:-1], wb[1:-1]
    return not ma or not mb or ma == mb


def role_key(title: str) -> tuple[str, bool]:
    """A role title as compared, and whether the text gives it as past ("then-president")."""
    t = plain(title)
    past = False
    changed = True
    while changed:
        changed = False
        for marker in PAST_MARKERS:
            if t.startswith(marker + " "):
                t, past, changed = t[len(marker) + 1:], True, True
    return t.strip(), past
