"""Which time expression dates an event: the one attached to its trigger's clause.

A time expression attaches to the first verb or event noun above it in the parse ("met Mr
Pompeo *on Thursday*", "a meeting *on the 12th*", "they had dinner *the previous night*").
An event without its own takes the time of the clause that governs a non-finite trigger
("told reporters on Thursday before *travelling*"), of a "when" clause's antecedent ("since
2000, when X *flew*"), and, for events that happened, the one time of a reporting clause in
the same sentence ("X said on Thursday ..., after he *met* Y").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.models import TimeExpression
from newsdesk.nlp.events._tree import Tree
from newsdesk.nlp.events._word_classes import REPORTING_VERBS

_DATED = ("DATE", "TIME")
_MAX_UP = 8


class TimeIndex:
    def __init__(self, doc: Doc, tree: Tree, times: list[TimeExpression], event_tokens: set[int]) -> None:
        self.doc = doc
        self.attached: dict[int, TimeExpression] = {}  # token index of a verb/event noun → time
        self.when: list[tuple[int, int, TimeExpression]] = []  # (from token, sentence end, time)
        self.loose: dict[int, list[tuple[int, TimeExpression]]] = {}  # sentence start → [(head, time)]
        for t in times:
            if t.type not in _DATED:
                continue
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            head = _attachment(span.root, span.start, span.end, event_tokens, tree)
            if head is not None:
                self.attached.setdefault(head.i, t)
                if head.i not in event_tokens and head.lemma_.lower() in REPORTING_VERBS:
                    self.loose.setdefault(span.sent.start, []).append((head.i, t))
            after = span.end
            if after < len(doc) and doc[after].lower_ == ",":
                after += 1
            if after < len(doc) and doc[after].lower_ == "when":
                self.when.append((after, span.sent.end, t))

    def time_for(self, tokens: list[Token], governors: list[Token], happened: bool,
                 trigger: Token) -> TimeExpression | None:
        for tok in tokens:
            if tok.i in self.attached:
                return self.attached[tok.i]
        for gov in governors:
            if gov.i in self.attached:
                return self.attached[gov.i]
        for start, end, t in self.when:
            if start < trigger.i < end:
                return t
        if happened:
            loose = self.loose.get(trigger.sent.start, [])
            if len(loose) == 1:
                return loose[0][1]
        return None


def _attachment(root: Token, start: int, end: int, event_tokens: set[int], tree: Tree) -> Token | None:
    tok = root
    for _ in range(_MAX_UP):
        if tree.is_root(tok):
            return tok if tok.pos_ in ("VERB", "AUX") and not start <= tok.i < end else None
        tok = tree.head(tok)
        if start <= tok.i < end:
            continue
        if tok.i in event_tokens or tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def governing_clauses(verb: Token, tree: Tree) -> list[Token]:
    """The clauses a non-finite ``verb`` depends on, nearest first ("before travelling" → told;
    "to meet" → flew). Stops at a clause with its own subject or at a reported clause."""
    out: list[Token] = []
    tok = verb
    for _ in range(4):
        dep = tree.dep(tok)
        if dep not in ("xcomp", "advcl", "pcomp", "conj", "acl"):
            break
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tree.kids(tok)):
            break
        gov = tree.head(tok)
        if dep == "pcomp" and tree.dep(gov) == "prep":
            gov = tree.head(gov)
        out.append(gov)
        tok = gov
    return out
