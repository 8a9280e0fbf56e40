"""Canonical identities within one article.

People: every full name (two or more tokens) starts or joins a cluster; two different
full names are never merged ("Kim Jong Un" is not "Kim Yong Chol" nor "Andy Kim").
A partial mention ("Mr Kim", "Trump") goes to the one person it can name; when several
could be meant, to the one whose title matches the title used, else to the one last
named in full earlier in the same paragraph, else to the most prominent (most often
named in full; a tie goes to the one named last). Other entities merge on a normalised
name, known aliases and acronyms.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from newsdesk.nlp.lexicon import PLACE_ALIASES
from newsdesk.nlp.mentions import RawMention


@dataclass
class Cluster:
    """One identity being built: its mentions and the tokens of its full names."""

    label: str
    canonical: str
    mentions: list[RawMention] = field(default_factory=list)
    full_positions: list[int] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)
    gender: str | None = None  # "f"/"m" when an honorific or a gendered title says so

    @property
    def tokens(self) -> list[str]:
        return _name_tokens(self.canonical)


def _name_tokens(name: str) -> list[str]:
    return [t.strip(".").lower() for t in name.replace("-", " - ").split() if t not in {"-"}]


def _significant(tokens: list[str]) -> list[str]:
    """Name tokens without initials ("Donald J. Trump" ~ "Donald Trump")."""
    return [t for t in tokens if len(t) > 1]


def cluster_people(
    mentions: list[RawMention], titles: dict[int, str], paragraph_of: Callable[[int], int],
    genders: dict[int, str] | None = None,
) -> list[Cluster]:
    """Group PERSON mentions into identities.

    ``titles`` maps a mention's start token to the title written before it;
    ``paragraph_of`` maps a character offset to its paragraph number; ``genders`` maps a
    mention's start token to "f" or "m" when its honorific or title says so ("Ms Park" is
    then never the President Park the text calls "he" nowhere but a spokeswoman Park).
    """
    genders = genders or {}
    people = [m for m in mentions if m.label == "PERSON"]
    clusters: list[Cluster] = []
    # pass 1: full names, in text order
    for m in people:
        toks = _significant(_name_tokens(m.text))
        if len(toks) < 2:
            continue
        match = _full_match(clusters, toks)
        if match is None:
            match = Cluster("PERSON", m.text)
            clusters.append(match)
        elif len(toks) > len(_significant(match.tokens)):
            match.canonical = m.text
        match.mentions.append(m)
        match.full_positions.append(m.start)
        if m.start in titles:
            match.titles.add(titles[m.start].lower())
        match.gender = match.gender or genders.get(m.start)
    # pass 2: partial names resolved against the full names
    for m in people:
        toks = _significant(_name_tokens(m.text))
        if len(toks) >= 2:
            continue
        target = _resolve_partial(clusters, m, toks, titles.get(m.start), paragraph_of,
                                  genders.get(m.start))
        if target is None:
            target = next((c for c in clusters if c.canonical.lower() == m.text.lower()), None)
        if target is None:
            target = Cluster("PERSON", m.text)
            clusters.append(target)
        target.mentions.append(m)
    for c in clusters:
        c.mentions.sort(key=lambda x: x.start)
    clusters.sort(key=lambda c: c.mentions[0].start)
    return clusters


def _full_match(clusters: list[Cluster], toks: list[str]) -> Cluster | None:
    best = None
    for c in clusters:
        ctoks = _significant(c.tokens)
        if len(ctoks) < 2:
            continue
        small, big = (toks, ctoks) if len(toks) <= len(ctoks) else (ctoks, toks)
        if small == big or (_is_subsequence(small, big) and small[-1] == big[-1]):
            best = c  # the latest compatible cluster wins
    return best


def _is_subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(tok in it for tok in small)


def _resolve_partial(
    clusters: list[Cluster],
    m: RawMention,
    toks: list[str],
    title: str | None,
    paragraph_of: Callable[[int], int],
    gender: str | None = None,
) -> Cluster | None:
    if not toks:
        return None
    token = toks[0]
    candidates = [c for c in clusters if c.full_positions and token in _significant(c.tokens)]
    if gender is not None and len(candidates) > 1:
        same = [c for c in candidates if c.gender == gender]
        if len(same) == 1:
            return same[0]
        candidates = [c for c in candidates if c.gender in (None, gender)] or candidates
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    if title:
        titled = [c for c in candidates if any(title.lower() in t or t in title.lower() for t in c.titles)]
        if len(titled) == 1:
            return titled[0]
    here = paragraph_of(m.start_char)
    full_before = {
        id(c): [x for x in c.mentions if x.start < m.start and len(x.tokens) >= 2] for c in candidates
    }
    same_paragraph = [
        (full_before[id(c)][-1].start, c)
        for c in candidates
        if full_before[id(c)] and paragraph_of(full_before[id(c)][-1].start_char) == here
    ]
    if same_paragraph:
        return max(same_paragraph, key=lambda pc: pc[0])[1]
    last_full = {id(c): max([x.start for x in full_before[id(c)]], default=-1) for c in candidates}
    return max(candidates, key=lambda c: (len(c.full_positions), last_full[id(c)]))


def normalise_name(label: str, text: str) -> str:
    """Canonical surface of a non-person name: no leading 'the', aliases resolved."""
    t = " ".join(text.split())
    low = t.lower()
    if low in PLACE_ALIASES and label in {"GPE", "LOC", "ORG"}:
        return PLACE_ALIASES[low]
    if low.startswith("the "):
        t = t[4:]
    return t


def cluster_others(mentions: list[RawMention]) -> list[Cluster]:
    """Organisations and places: one cluster per normalised name; acronyms join their long form."""
    clusters: dict[tuple[str, str], Cluster] = {}
    for m in mentions:
        if m.label == "PERSON":
            continue
        name = normalise_name(m.label, m.expands_to or m.text)
        label = "GPE" if m.label == "LOC" and name in PLACE_ALIASES.values() else m.label
        key = (label, name.lower())
        c = clusters.get(key)
        if c is None:
            c = clusters[key] = Cluster(label, name)
        c.mentions.append(m)
    result = list(clusters.values())
    _merge_acronyms(result)
    return [c for c in result if c.mentions]


def _merge_acronyms(clusters: list[Cluster]) -> None:
    longs = {_initials(c.canonical): c for c in clusters if len(c.canonical.split()) >= 2}
    for c in clusters:
        name = c.canonical.replace(".", "")
        if name.isupper() and 2 <= len(name) <= 6 and name in longs and longs[name] is not c:
            longs[name].mentions.extend(c.mentions)
            longs[name].mentions.sort(key=lambda x: x.start)
            c.mentions = []


def _initials(name: str) -> str:
    skip = {"of", "the", "for", "and", "on", "in", "de"}
    return "".join(w[0] for w in name.split() if w.lower() not in skip and w[:1].isalpha()).upper()
