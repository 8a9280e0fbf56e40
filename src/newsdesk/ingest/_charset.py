"""Guess the legacy charset of bytes that are not UTF-8 and declare none (charset-normalizer).

The detector only chooses among the encodings the WHATWG Encoding Standard keeps for the
web (what browsers still decode), because news pages are never in DOS code pages, and
unrestricted detection turns short Latin-1 text into Baltic cp775. The detector's ties
(Czech reads as well in cp1252 as in cp1250 to it, Hebrew as well in KOI8-R) go to the
reading the language identifier is surest of, then to the encoding more common on the web.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from newsdesk.language import identify

# Most common first: the order breaks ties between equally plausible readings.
WEB_ENCODINGS = (
    "cp1252", "cp1251", "cp1250", "cp932", "cp949", "gb18030", "big5", "euc_jp", "iso2022_jp",
    "koi8_r", "koi8_u", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874",
    "iso8859_2", "iso8859_4", "iso8859_5", "iso8859_7", "iso8859_8", "iso8859_13", "iso8859_15",
    "cp866", "mac_roman", "mac_cyrillic", "latin_1",
)
_RANK = {codecs.lookup(name).name: i for i, name in enumerate(WEB_ENCODINGS)}
_CHAOS_TIE = 0.01  # mess ratios this close are a tie
_COHERENCE_TIE = 0.1  # language-coherence scores this close are a tie
_SURE = 0.99  # a reading the language identifier is this sure of ...
_SURER_BY = 0.03  # ... and surer by this much than of the common encoding's reading, wins
_SAMPLE = 200_000  # bytes the detector looks at: enough to decide, bounded time on huge inputs


def _rank(name: str) -> int:
    try:
        return _RANK.get(codecs.lookup(name).name, len(_RANK))
    except LookupError:
        return len(_RANK)


def detect_charset(data: bytes) -> str | None:
    """The web legacy encoding ``data`` most plausibly is in, or None when none reads cleanly.

    The caller has already ruled out UTF-8; the answer must decode ``data`` without error.
    """
    matches = [m for m in from_bytes(data[:_SAMPLE], cp_isolation=list(WEB_ENCODINGS)) if m.encoding]
    if not matches:
        return None
    least_chaos = min(m.chaos for m in matches)
    calm = [m for m in matches if m.chaos <= least_chaos + _CHAOS_TIE]
    best_coherence = max(m.coherence for m in calm)
    tied = [m for m in calm if m.coherence >= best_coherence - _COHERENCE_TIE]
    readings: dict[str, str] = {}  # codec name -> the text it reads
    for match in tied:
        names = [n for n in [match.encoding, *match.could_be_from_charset] if _rank(n) < len(_RANK)]
        for name in sorted(names, key=_rank)[:1]:  # these names all read the bytes alike
            try:
                readings[codecs.lookup(name).name] = data.decode(name)
            except (UnicodeDecodeError, LookupError):
                continue  # the sample decoded, the whole does not
    if not readings:
        return None
    ordered = sorted(readings, key=_rank)
    if len(ordered) == 1:
        return ordered[0]
    sureness = {name: identify(readings[name])[1] for name in ordered}
    surest = max(ordered, key=lambda name: sureness[name])
    if sureness[surest] >= _SURE and sureness[surest] - sureness[ordered[0]] >= _SURER_BY:
        return surest  # "Pøedseda" makes Czech less certain than "Předseda" does
    return ordered[0]
