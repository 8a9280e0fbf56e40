"""Speaker resolution: from the words at a cue to a canonical entity of the article.

Names resolve through the article's entity mentions; "he"/"she" to the latest compatible
person in the current or previous paragraphs; definite descriptions ("the president") to
the person holding that role, or to the anonymous source first introduced with the same
noun ("a senior official ... the official"). Anonymous sources stay their own speaker.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsdesk.models import Entity
from newsdesk.nlp.lexicon import (
    FEMALE_HONORIFICS,
    HONORIFICS,
    MALE_HONORIFICS,
    TITLE_HEADS,
    TITLE_WORDS,
)
from newsdesk.nlp.quotes._lexicon import (
    ANONYMITY_MARKERS,
    INSTITUTION_HEADS,
    KNOWN_OUTLETS,
    OUTLET_WORDS,
    PERSON_HEADS,
    PRONOUNS_FEMALE,
    PRONOUNS_GROUP,
    PRONOUNS_MALE,
    SPEECH_VERBS,
)

_PRONOUN_REACH = 3  # paragraphs back that "he"/"she" may look for a person
_MAX_HOPS = 8  # relative pronoun -> antecedent, document -> author: hops one resolution may take
_DEFINITE = {"the", "this", "that", "these", "those"}
_DOCUMENTS = frozenset({"data", "datum", "figure", "figures", "report", "statement", "assessment", "survey",
                        "study", "estimate", "analysis", "result", "results", "document", "poll",
                        "projection", "forecast", "statistics", "count", "tally"})
_AUTHORING = frozenset({"release", "publish", "issue", "compile", "produce", "provide", "conduct",
                        "carry", "prepare", "commission"})


@dataclass
class Speaker:
    entity_id: int | None
    name: str | None
    type: str = "unknown"  # person | organization | anonymous | unknown
    anonymous: bool = False
    head: str = ""  # the head noun of a description, to match later anaphora ("the official")


class Resolver:
    """Resolves sources in text order; remembers who spoke so later anaphora can follow."""

    def __init__(self, doc: Doc, entities: list[Entity], text: str, breaks: list[int],
                 quoted: list[tuple[int, int]] | None = None) -> None:
        self.doc = doc
        self.text = text
        self.by_id = {e.id: e for e in entities}
        self.mentions = sorted(((m.start, m.end, e) for e in entities for m in e.mentions),
                               key=lambda x: x[0])
        self.starts = [m[0] for m in self.mentions]
        self.breaks = breaks  # offsets of the line breaks, to tell paragraphs apart
        self.gender = {e.id: _gender(e, self.text) for e in entities if e.type == "PERSON"}
        self.spoken: list[tuple[int, Speaker]] = []  # (char offset, speaker) of resolved sources
        self.outlets: list[tuple[int, Speaker]] = []
        self.quoted = sorted(quoted or [])  # character ranges inside quotation marks
        self.quoted_starts = [a for a, _b in self.quoted]

    def paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.breaks, offset)

    # -- entry points -------------------------------------------------------------------------

    def resolve(self, span: tuple[int, int], head: int) -> Speaker:
        sp = self._resolve(span, head)
        if sp.type != "person" and self.doc[head].pos_ == "PROPN":
            sp = self._by_surname(self.doc[head]) or sp
        at = self.doc[head].idx
        if sp.name is not None:
            self.spoken.append((at, sp))
        return sp

    def outlet(self, span: tuple[int, int] | None, head: int | None) -> Speaker | None:
        """The intermediary a relay or "X reported" names, if it is one."""
        if span is None or head is None:
            return None
        tok = self.doc[head]
        if tok.lower_ in ("it", "they") or (tok.lemma_.lower() in OUTLET_WORDS
                                            and self._determiner(tok) in _DEFINITE):
            prev = self._latest_outlet(tok.idx)
            if prev is not None:
                return prev
        sp = self._resolve(span, head)
        if sp.name is None:
            return None
        self.outlets.append((tok.idx, sp))
        return sp

    def is_outlet(self, span: tuple[int, int], head: int) -> bool:
        tok = self.doc[head]
        words = {t.lemma_.lower() for t in self.doc[span[0]:span[1]]}
        if tok.lemma_.lower() in OUTLET_WORDS or words & {"agency", "newspaper", "broadcaster"}:
            return True
        e = self._entity_at(tok, ("ORG",))
        if e is not None and (e.canonical.lower() in KNOWN_OUTLETS
                              or set(e.canonical.lower().split()) & OUTLET_WORDS):
            return True
        text = self.doc[span[0]:span[1]].text.lower()
        return text in KNOWN_OUTLETS or text.removeprefix("the ") in KNOWN_OUTLETS

    def latest_outlet_for(self, offset: int) -> Speaker | None:
        return self._latest_outlet(offset)

    # -- rules --------------------------------------------------------------------------------

    def _resolve(self, span: tuple[int, int], head: int, hops: int = 0) -> Speaker:
        """``hops`` counts the steps up the parse ("who" -> its antecedent, "data released by
        X" -> X) taken so far: bounded, so no parse can make resolution recurse for ever."""
        if hops > _MAX_HOPS:
            return Speaker(None, None)
        tok = self.doc[head]
        person = self._person_in(span, tok)
        if person is not None:
            return self._speaker(person)
        low = tok.lower_
        if tok.pos_ == "PRON" or low in ("who", "which", "that"):
            if low in ("who", "that", "which") and tok.dep_ in ("nsubj", "nsubjpass"):
                return self._relative(tok, hops)
            return self._pronoun(tok)
        org = self._entity_at(tok, ("ORG", "GPE", "NORP", "LOC", "FAC"))
        if org is not None:
            return Speaker(org.id, org.canonical, "organization")
        return self._description(span, tok, hops)

    def _by_surname(self, tok: Token) -> Speaker | None:
        """"Justice Kamau" left unresolved while "Wanjiru Kamau" is a person: that person,
        when exactly one has that surname."""
        hits = [e for e in self.by_id.values()
                if e.type == "PERSON" and len(e.canonical.split()) >= 2
                and tok.lower_ in (e.canonical.split()[-1].lower(), e.canonical.split()[0].lower())]
        return self._speaker(hits[0]) if len(hits) == 1 else None

    def _speaker(self, e: Entity) -> Speaker:
        kind = "person" if e.type == "PERSON" else "organization"
        return Speaker(e.id, e.canonical, kind)

    def _entity_at(self, tok: Token, types: tuple[str, ...]) -> Entity | None:
        start, end = tok.idx, tok.idx + len(tok.text)
        i = bisect.bisect_right(self.starts, start) - 1
        while i >= 0 and self.mentions[i][0] > start - 200:
            s, e, ent = self.mentions[i]
            if s <= start and end <= e and ent.type in types:
                return ent
            i -= 1
        return None

    def _person_in(self, span: tuple[int, int], head: Token) -> Entity | None:
        e = self._entity_at(head, ("PERSON",))
        if e is not None:
            return e
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        # "Lael Brainard, a Fed governor" parsed with the description as head, or
        # "the economist Jared Bernstein": a name in apposition or compound to the head
        for t in self.doc[span[0]:span[1]]:
            if t.head.i == head.i and t.dep_ in ("appos", "compound", "npadvmod"):
                e = self._entity_at(t, ("PERSON",))
                if e is not None:
                    return e
        return None

    def _relative(self, tok: Token, hops: int) -> Speaker:
        verb = tok.head
        antecedent = verb.head if verb.dep_ == "relcl" else None
        if antecedent is None or antecedent.i == verb.i:
            return Speaker(None, None)
        a, b = antecedent.left_edge.i, antecedent.right_edge.i + 1
        return self._resolve((a, min(b, tok.i)), antecedent.i, hops + 1)

    def _pronoun(self, tok: Token) -> Speaker:
        low = tok.lower_
        at = tok.idx
        para = self.paragraph(at)
        if low in PRONOUNS_MALE or low in PRONOUNS_FEMALE:
            want = "m" if low in PRONOUNS_MALE else "f"
            e = self._recent_person(at, para, want)
            return self._speaker(e) if e is not None else Speaker(None, None)
        if low in PRONOUNS_GROUP or low == "it":
            for off, sp in reversed(self.spoken):
                if self.paragraph(off) < para - 1:
                    break
                if sp.type in ("organization", "anonymous") and (low == "it") == (sp.type == "organization"):
                    return sp
        return Speaker(None, None)

    def _recent_person(self, at: int, para: int, gender: str) -> Entity | None:
        """The latest person before ``at`` in this or the previous few paragraphs, preferring
        one that was a sentence subject or a speaker, and never one of the other gender."""
        fallback = None
        i = bisect.bisect_left(self.starts, at) - 1
        while i >= 0:
            s, e, ent = self.mentions[i]
            i -= 1
            if self.paragraph(s) < para - _PRONOUN_REACH:
                break
            if ent.type != "PERSON" or self.gender.get(ent.id) not in (None, gender):
                continue
            if e > at or self._quoted(s):
                continue  # a name inside someone's quoted words is not who "she" is
            tok = self._token_at(s)
            if tok is not None and (tok.dep_ in ("nsubj", "nsubjpass") or
                                    (tok.head.dep_ in ("nsubj", "nsubjpass") and tok.dep_ in ("compound",))):
                if _reported_by_person(tok):
                    fallback = fallback or ent  # "X said *Y* hoped ...": "he" next is more likely X
                    continue
                return ent
            if any(sp.entity_id == ent.id for off, sp in self.spoken[-3:] if off < at):
                return ent
            fallback = fallback or ent
        return fallback

    def _quoted(self, offset: int) -> bool:
        i = bisect.bisect_right(self.quoted_starts, offset) - 1
        return i >= 0 and offset < self.quoted[i][1]

    def _token_at(self, offset: int) -> Token | None:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _determiner(self, tok: Token) -> str:
        det = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
        return det.lower_ if det is not None else ""

    def _description(self, span: tuple[int, int], tok: Token, hops: int) -> Speaker:
        lemma = tok.lemma_.lower()
        det = self._determiner(tok)
        words = self._description_text(span, tok)
        author = self._author(tok)
        if author is not None:
            return self._resolve((author.left_edge.i, author.right_edge.i + 1), author.i, hops + 1)
        if tok.pos_ == "PROPN":
            name = self._unlisted_name(tok)
            if name:
                return Speaker(None, name, "person")
        appos = self._apposed_name(tok)
        if appos is not None:
            return appos
        bare_title = not det and tok.tag_ in ("NN", "NNP") and lemma in TITLE_HEADS
        if det in _DEFINITE or bare_title:
            holder = self._role_holder(tok)
            if holder is not None:
                return self._speaker(holder)
            for _off, sp in reversed(self.spoken):
                if sp.anonymous and sp.head == lemma:
                    return sp
        plural = tok.tag_ in ("NNS", "NNPS")
        if lemma in INSTITUTION_HEADS or tok.lower_ in INSTITUTION_HEADS:
            org = self._org_modifier(tok)
            if org is not None and det not in _DEFINITE:
                return Speaker(org.id, org.canonical, "organization")
            if not (plural and not det and org is None):
                return Speaker(None, words, "organization", head=lemma)
            # "aid agencies": unnamed bodies are anonymous sources
        if (lemma in PERSON_HEADS or tok.lower_ in PERSON_HEADS or lemma in TITLE_HEADS
                or plural or self._anonymity_marked(span)):
            return Speaker(None, words, "anonymous", anonymous=True, head=lemma)
        if tok.pos_ == "PROPN":
            return Speaker(None, words, "unknown", head=lemma)
        return Speaker(None, words, "unknown", head=lemma)

    def _description_text(self, span: tuple[int, int], tok: Token) -> str:
        drop: set[int] = set()
        for c in tok.children:
            clause = (c.left_edge.i, c.right_edge.i + 1)
            if c.dep_ in ("relcl", "appos", "acl") and c.i > tok.i and (
                    not self._anonymity_marked(clause) or self._anonymity_request(clause)):
                drop.update(range(c.left_edge.i, c.right_edge.i + 1))
        words = [t for t in self.doc[span[0]:span[1]] if t.i not in drop]
        while words and words[-1].is_punct:
            words.pop()
        return "".join(t.text_with_ws for t in words).strip()

    def _apposed_name(self, head: Token) -> Speaker | None:
        """"The finance minister, Celso Nhaca," when the model missed the name: the name in
        apposition is the speaker (the article's person of that surname if there is one)."""
        for c in head.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.text[:1].isupper():
                e = self._entity_at(c, ("PERSON",))
                if e is not None:
                    return self._speaker(e)
                found = self._by_surname(c)
                if found is not None:
                    return found
                names = [t for t in c.subtree if t.pos_ == "PROPN" and t.i <= c.i]
                if 1 <= len(names) <= 3 and head.lemma_.lower() in TITLE_HEADS:
                    return Speaker(None, " ".join(t.text for t in names), "person")
        return None

    def _anonymity_request(self, span: tuple[int, int]) -> bool:
        """"who asked not to be identified": a condition, not a description of the source."""
        text = self.doc[span[0]:span[1]].text.lower()
        return any(m in text for m in ("not to be identified", "not to be named", "to be named",
                                       "anonymity"))

    def _anonymity_marked(self, span: tuple[int, int]) -> bool:
        text = self.doc[span[0]:span[1]].text.lower()
        return any(m in text for m in ANONYMITY_MARKERS)

    def _org_modifier(self, head: Token) -> Entity | None:
        """"the Bank of Korea's statement", "Camex documents": the organisation it belongs to."""
        for c in head.children:
            if c.dep_ in ("compound", "poss", "nmod") and c.i < head.i:
                e = self._entity_at(c, ("ORG", "GPE"))
                if e is not None:
                    return e
        return None

    def _author(self, head: Token) -> Token | None:
        """"data released by the central bank", "an assessment by INGD": the body behind a
        document speaks, not one that merely saw it ("documents seen by AFP")."""
        if head.lemma_.lower() not in _DOCUMENTS:
            return None
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                return next((g for g in c.children if g.dep_ == "pobj"), None)
            if c.dep_ == "acl" and c.lemma_.lower() in _AUTHORING:
                agent = next((g for g in c.children if g.dep_ == "agent"), None)
                if agent is not None:
                    return next((g for g in agent.children if g.dep_ == "pobj"), None)
        return None

    def _unlisted_name(self, head: Token) -> str | None:
        """"Finance Minister Celso Nhaca" when the model missed the name: the proper nouns
        after the title words."""
        toks = [c for c in head.children if c.dep_ == "compound" and c.i < head.i] + [head]
        toks.sort(key=lambda t: t.i)
        if toks[-1].i - toks[0].i + 1 != len(toks):
            return None
        names = [t for t in toks if t.lower_ not in TITLE_WORDS and t.lower_.rstrip(".") not in HONORIFICS]
        if not names or names[0].i == toks[0].i or len(names) > 3:
            return None  # no title before it: could as well be an organisation
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in names):
            return None
        return " ".join(t.text for t in names)

    def _role_holder(self, tok: Token) -> Entity | None:
        """"the president" → the person the article gives that title, latest mentioned first."""
        head = tok.lower_
        best: tuple[int, Entity] | None = None
        for e in self.by_id.values():
            if e.type != "PERSON" or not e.roles:
                continue
            if not any(head in r.title.lower().replace("-", " ").split() for r in e.roles):
                continue
            last = max((m.start for m in e.mentions if m.start < tok.idx), default=-1)
            if last >= 0 and (best is None or last > best[0]):
                best = (last, e)
        return best[1] if best else None

    def _latest_outlet(self, offset: int) -> Speaker | None:
        para = self.paragraph(offset)
        for off, sp in reversed(self.outlets):
            if off < offset and self.paragraph(off) >= para - 3:
                return sp
        return None


def _reported_by_person(tok: Token) -> bool:
    """``tok`` is the subject of a clause that a named person or a pronoun reports ("Nishida said
    *Mr Ono* hoped ..."): the reporter, not the reported subject, is whom a following "he" or
    "she" who speaks most often means."""
    subj = tok if tok.dep_ in ("nsubj", "nsubjpass") else tok.head
    verb = subj.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
        return False
    return any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in PRONOUNS_MALE | PRONOUNS_FEMALE)
               for c in verb.head.children)


def _gender(e: Entity, text: str) -> str | None:
    """Gender only when the text marks it with an honorific before a mention."""
    for m in e.mentions:
        before = text[max(0, m.start - 6):m.start].strip().lower().rstrip(".").split()
        first = m.text.split()[0].lower().rstrip(".")
        for w in (before[-1:] if before else []) + [first]:
            if w in MALE_HONORIFICS:
                return "m"
            if w in FEMALE_HONORIFICS:
                return "f"
    return None
