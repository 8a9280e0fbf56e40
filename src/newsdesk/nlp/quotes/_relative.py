"""The end of a reported clause: a writer's aside after it, a conjunction left dangling."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.nlp.quotes._frames import Frame

_RELATIVES = frozenset({"which", "who", "whose"})
_SET_OFF = frozenset({",", "—", "–", "-", "--"})
#: A past-tense relative clause tells the background; a present one is as often the speaker's.
_PAST = frozenset({"VBD", "VBN"})


def _past(verb: Token) -> bool:
    """Simple past or pluperfect ("which passed", "who had led"), not the present perfect
    ("who has staked ..."), which ties the clause to the speaker's present."""
    return verb.tag_ in _PAST and not any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in verb.children)


def _last_word(doc: Doc, a: int, b: int) -> int:
    """The last token of ``doc[a:b]`` that is not punctuation (``a`` at least)."""
    last = b - 1
    while last > a and doc[last].is_punct:
        last -= 1
    return last


def cut_trailing_relative(doc: Doc, f: Frame, inside: list[bool]) -> None:
    """"said he would veto the bill, which passed the House in May": a past ", which / who"
    clause outside quotation marks that ends a verb's reported clause is mostly the writer's
    background on a noun, so the content ends before it (PolNeAR train 48 right / 22 wrong in
    simulation; present tense 21 / 16 is left alone). On a proper name the clause is the
    writer's background whatever its tense ("said she would meet Ortega, who leads the
    union"): a name needs no restricting, so the clause only describes (train 26 right / 12
    wrong beyond the past ones). Only for verb cues: after "according to" PolNeAR keeps the
    clause (0 right, 7 wrong)."""
    if f.content is None or f.needs_quote or not f.rule.startswith("verb."):
        return
    a, b = f.content
    last = _last_word(doc, a, b)
    t = doc[last]
    for _ in range(40):  # a parse path is short; the bound only guards a malformed tree
        if t.dep_ == "relcl":
            cut = t.left_edge.i - 1
            if (t.right_edge.i >= last and a < cut and doc[cut].text in _SET_OFF
                    and t.left_edge.lower_ in _RELATIVES and (_past(t) or t.head.pos_ == "PROPN")
                    and not inside[t.i]):
                f.content = (a, cut)
            return
        if t.head.i == t.i or not a <= t.head.i < b:
            return
        t = t.head


_INDEFINITE = frozenset({"a", "an"})


def cut_trailing_summary(doc: Doc, f: Frame, inside: list[bool]) -> None:
    """"said the council would close the depot, a step that will cost jobs": an indefinite
    appositive with its own relative or participle clause, set off at the end of a reported
    clause, is the writer summing up the news, not the speaker's words, so the content ends
    before it (PolNeAR train, simulated: 23 right / 4 wrong). Appositives without such a clause
    or with "the" are not cut: the gold keeps them as often as not."""
    if f.content is None or f.needs_quote:
        return
    a, b = f.content
    last = _last_word(doc, a, b)
    best = None
    for t in doc[a:last + 1]:
        start = t.left_edge.i
        if (t.dep_ == "appos" and t.pos_ == "NOUN" and t.right_edge.i >= last and a < start - 1
                and doc[start].lower_ in _INDEFINITE and doc[start - 1].text in _SET_OFF
                and not inside[t.i] and a <= t.head.i < start
                and any(c.dep_ in ("relcl", "acl") for c in t.children)):
            best = start - 1 if best is None else min(best, start - 1)
    if best is not None:
        f.content = (a, best)


_LOOSE_END = _SET_OFF | {";"}


def trim_dangling_conjunction(doc: Doc, f: Frame) -> None:
    """"said the plan was fair, and": a reported clause the parser cut after its conjunction
    (the conjunct hung elsewhere) ends before the dangling "and" / "but" / "or"."""
    if f.content is None:
        return
    a, b = f.content
    last = b - 1
    while last > a and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last <= a or doc[last].pos_ != "CCONJ":
        return
    end = last
    while end > a + 1 and (doc[end - 1].text in _LOOSE_END or doc[end - 1].is_space):
        end -= 1
    f.content = (a, end)
