"""Quantities of time: "two years", "about 90 minutes", "2 1/2 hours", "several weeks".

Durations are spelled the TIMEX3 way (``P2Y``, ``PT90M``, ``P2Y6M``; ``PXW`` when the
number is vague), and the words before a quantity give TIMEX3's ``mod`` ("about" is
``APPROX``, "more than" ``MORE_THAN``).
"""

from __future__ import annotations

import re

from newsdesk.nlp.timex._lexicon import NUMBERS, QUANTITY_MODS, UNITS

_UNIT_WORD = re.compile(
    r"\b(second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur(?:y|ie)"
    r"|millenni(?:um|a))s?\b", re.I,
)
_MODS = sorted(QUANTITY_MODS, key=len, reverse=True)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}


def split_mod(text: str) -> tuple[str | None, str]:
    """``("APPROX", "90 minutes")`` for "about 90 minutes"."""
    low = text.lower()
    for word in _MODS:
        if low.startswith(word + " "):
            return QUANTITY_MODS[word], text[len(word) + 1 :].lstrip()
    return None, text


def unit_of(text: str) -> str | None:
    """The unit word's key in ``UNITS`` (``year``, ``week`` ...), the last one named."""
    found = _UNIT_WORD.findall(text)
    if not found:
        return None
    word = found[-1].lower()
    return {"centurie": "century", "millennia": "millennium"}.get(word, word)


def number_of(text: str) -> float | None:
    """The number in a quantity phrase; None when there is none or it is vague ("several")."""
    low = " ".join(text.lower().replace("-", " ").split())
    low = re.sub(r"^(?:(?:the|past|last|next|coming|previous|following|first|final|latest)\s+)+", "", low)
    if re.match(r"(?:a\s+)?few\b", low):
        return None  # "a few months": vague, not one
    half = 0.5 if re.search(r"\band a half\b", low) else 0.0
    m = re.match(r"(\d+(?:\.\d+)?)(?:\s+1/2)?", low)
    if m:
        return float(m[1]) + (0.5 if "1/2" in m.group(0) else 0.0) + half
    words = low.split()
    if len(words) >= 2 and words[0] in _TENS and words[1] in NUMBERS and NUMBERS[words[1]] < 10:
        return _TENS[words[0]] + NUMBERS[words[1]] + half
    for n in (3, 2, 1):
        head = " ".join(words[:n])
        if head in NUMBERS and head not in ("a couple",):
            return NUMBERS[head] + half
    return None


def _spell(n: float, unit: str) -> str:
    """P-notation for ``n`` units, fractions carried into the next smaller unit."""
    letter = UNITS[unit]
    if unit == "decade":
        n, letter = n * 10, "Y"
    elif unit == "century":
        n, letter = n * 100, "Y"
    elif unit == "millennium":
        n, letter = n * 1000, "Y"
    elif unit == "fortnight":
        n, letter = n * 2, "W"
    elif letter == "WE":
        n, letter = n * 2, "D"
    whole, frac = int(n), n - int(n)
    time = letter in ("H", "S") or unit == "minute"
    body = f"{whole}{letter}" if whole else ""
    if frac:
        smaller = (60, "S") if unit == "minute" else {
            "Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "M")}.get(letter)
        if smaller is None:
            return "P" + ("T" if time else "") + f"{n:g}{letter}"
        extra = round(frac * smaller[0])
        if letter == "D":
            return f"P{whole}DT{extra}H" if whole else f"PT{extra}H"
        if letter == "H":
            return f"PT{body}{extra}M"
        body += f"{extra}{smaller[1]}"
    return "P" + ("T" if time else "") + body


def duration_value(n: float | None, unit: str) -> str:
    """``P3D``, ``PT90M``, ``P2Y6M``; ``PXY`` when the number is unknown."""
    if n is None:
        letter = UNITS[unit]
        letter = {"DE": "DE", "CE": "CE", "ML": "ML", "WE": "WE"}.get(letter, letter)
        if unit == "fortnight":
            letter = "W"
        return ("PT" if unit in ("hour", "minute", "second") else "P") + "X" + letter
    return _spell(n, unit)
