"""Top terms of a sample of articles: words counted once per article, common words left out.

Why a sample: counting every word of every matching article means reading every article's
text, which grows with the query; like Media Cloud's word counts, a fixed-size, evenly spread
sample of the matching articles gives the same top of the list at a bounded cost.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

#: Characters of an article's body read for its terms (with the headline and standfirst).
BODY_CHARS = 1_000

_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]{2}")

#: Function words and reporting verbs: frequent in every article, telling nothing of any.
STOP = frozenset(
    """a about above according across after afterwards again against ago ahead all almost along already
    also although always am among an and another any anyone anything are around as at away back be became
    because become been before being below beside besides between beyond both but by can cannot could
    did do does doing done down during each early either else enough even ever every few first for former
    from further get gets getting given go going got had has have having he her here hers herself him
    himself his how however i if in including instead into is it its itself just last late later least
    less like made make makes many may me meanwhile might more most mostly much must my myself near
    nearly neither never new next no nor not now of off often on once one only onto or other others
    otherwise our ours ourselves out over own per perhaps put rather really same say saying says said see
    seen several she should since so some still such take than that the their theirs them themselves then
    there therefore these they this those though through throughout thus to today together told too
    toward towards two under until up upon us very via was we well were what whatever when where whether
    which while who whole whom whose why will with within without would yet you your yours yourself
    yesterday tomorrow week weeks year years day days month months time times mr mrs ms dr percent cent
    monday tuesday wednesday thursday friday saturday sunday three four five ten hundred thousand million
    billion don't it's that's he's she's they're we're i'm can't won't didn't doesn't isn't wasn't""".split()
)


def top_terms(texts: Iterable[str], limit: int) -> list[tuple[str, int]]:
    """The ``limit`` words found in most ``texts`` (case-folded), with in how many."""
    counts: Counter[str] = Counter()
    for text in texts:
        words = {w.casefold().replace("’", "'") for w in _WORD_RE.findall(text)}
        counts.update(w for w in words if w not in STOP and not w.endswith("'s") and len(w) > 2)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
