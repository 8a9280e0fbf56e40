"""Author-name cleaning: better fewer authors than wrong ones.

Pages put bylines, job titles, e-mail addresses, profile URLs and organisation names
("Staff", "The Associated Press") into their author fields. Anything that does not
look like a person's name is dropped rather than reported as one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_PREFIX = re.compile(
    r"^\s*(?:(?:written|reported|reporting|words|story|text|posted|published|compiled|opinion|"
    r"analysis|interview|photos?|video)\s+)?(?:by|from)\b[:\s]*",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,|;|\||/|\band\b|&|\bwith\b|\+|•|·)\s*", re.I)
_CUT = re.compile(
    r"\s+(?:is|was|has|covers|writes|reports)\s+.*$|\s*[(\[].*$|\s+[-–—:]\s+.*$"
    r"|\s+in\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)*$",  # "Jane Doe in Brussels"
)
_ORG_WORDS = frozenset(
    """staff news media press associated reuters afp bloomberg agency agencies wire wires newsroom
    inc llc ltd corp corporation magazine times post journal network service services online digital
    team desk editors editorial board tribune herald daily weekly gazette channel radio tv television
    com group company foundation institute university association department bureau office council
    committee club party government ministry contributors contributor writers reporters correspondents
    sports report reports level partner partners content sponsored studio studios guest admin
    webmaster newsletter feed feeds blog cnn bbc nbc abc cbs fox npr ap upi xinhua today usa digest
    brand brandroom sponsor agence presse france-presse
    redazione redaktion rédaction redacción redaccion""".split()
)
_JOB_WORDS = frozenset(
    """writer reporter editor correspondent columnist producer journalist analyst author photographer
    chief senior deputy managing executive intern host anchor critic director contributing special
    political business technology sports science health culture officer head economics politics
    diplomatic foreign world environment education crime security defence defense legal arts music film
    tech media energy climate transport travel fashion food markets finance investigations""".split()
)
_TITLE_NOUNS = frozenset(
    """writer reporter editor correspondent columnist producer journalist contributor photographer intern
    officer director analyst author critic host anchor""".split()
)
_CREDENTIALS = frozenset("ms ma md phd rdn rd ld cpa cfa mba mph rn dds esq cfp msc bsc".split())
_PARTICLES = frozenset("de da das do dos del della di du van von der den ter la le bin ibn al el y".split())
_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’\-.]*|[A-Z]\.(?:[A-Z]\.)*|Mc\w+|O['’]\w+)$")


def _smart_case(name: str) -> str:
    """Title-case an ALL-CAPS name ("RALPH D. RUSSO" -> "Ralph D. Russo")."""
    if not name.isupper():
        return name
    words = []
    for w in name.split():
        w = "-".join(p[:1] + p[1:].lower() for p in w.split("-"))
        if w.startswith("Mc") and len(w) > 2:
            w = "Mc" + w[2].upper() + w[3:]
        words.append(w)
    return " ".join(words)


def is_person_name(name: str) -> bool:
    """True when ``name`` has the shape of a personal name (2-5 capitalised words)."""
    if any(c.isdigit() for c in name) or "@" in name or "://" in name or "www." in name.lower():
        return False
    words = name.split()
    if not 2 <= len(words) <= 5:
        return False
    lowered = [w.strip(".,'’").lower() for w in words]
    if any(w in _ORG_WORDS for w in lowered) or lowered[0] == "the":
        return False
    if all(w in _JOB_WORDS for w in lowered) or lowered[-1] in _TITLE_NOUNS:
        return False
    return all(w.lower() in _PARTICLES or _TOKEN.match(w) for w in words[1:]) and bool(_TOKEN.match(words[0]))


def _strip_job(name: str) -> str:
    """Drop trailing job titles and credentials ("Jane Doe Senior Writer", "Jane Doe MS")."""
    words = name.split()
    while len(words) > 2 and (
        words[-1].strip(".,").lower() in _JOB_WORDS or words[-1].replace(".", "").lower() in _CREDENTIALS
    ):
        words.pop()
    return " ".join(words)


def clean_authors(raw: Iterable[str] | str | None) -> list[str]:
    """Person names from raw author strings, deduplicated in order; organisations dropped."""
    if raw is None:
        return []
    items = [raw] if isinstance(raw, str) else list(raw)
    out: list[str] = []
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, str):
            continue
        text = " ".join(item.split())
        text = _PREFIX.sub("", text)
        for part in _SPLIT.split(text):
            part = _CUT.sub("", _PREFIX.sub("", part)).strip(" .,:;-–—'\"“”")
            part = _strip_job(_smart_case(part))
            if not is_person_name(part):
                continue
            key = part.casefold()
            if key not in seen:
                seen.add(key)
                out.append(part)
    return out
