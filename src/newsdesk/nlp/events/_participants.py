"""From a token of the parse to ``Participant`` objects: entities, pronouns, groups, places.

Names resolve to the article's entities by character overlap with their mentions; "he"/"his"
to the latest person named before; "I"/"we" inside a quote to its speaker; "they" to the
participants of the previous event; "the North Korean leader" to the person holding that
title. Anything else is a group kept by its words ("a North Korean delegation"), with a
country code from its nationality word and a sector code from its head noun.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsdesk.models import Entity, Participant, Quote
from newsdesk.nlp.events._countries import country_code, nationality_code
from newsdesk.nlp.events._tree import Tree
from newsdesk.nlp.events._word_classes import (
    FEMALE_PERSON_NOUNS,
    FORMER,
    INDEFINITE_PERSONS,
    MALE_PERSON_NOUNS,
    OF_HEADS,
    ONE_PERSON_NOUNS,
    PLACE_NOUNS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    PRONOUNS_SPEAKER,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SECTORS,
)
from newsdesk.nlp.lexicon import FEMALE_WORDS, MALE_WORDS, TITLE_HEADS
from newsdesk.words import MONTHS, WEEKDAYS

_AGENT_TYPES = ("PERSON", "ORG", "GPE", "NORP")
#: Heads whose sector is their modifier's ("*opposition* leader", "*police* chief").
GENERIC_HEADS = frozenset("""
    leader official chief head spokesman spokeswoman spokesperson member commander
    representative figure activist supporter
    """.split())
_PLACE_TYPES = ("GPE", "LOC", "FAC")
_TRIM_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "prep", "case"})
_NOT_AGENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
_MAX_HOPS = 8  # pronoun -> antecedent steps one participant may take (no parse loops them)


class Resolver:
    """Resolves participants against one article's entities and quotes (built once per doc)."""

    def __init__(self, doc: Doc, text: str, entities: list[Entity], quotes: list[Quote]) -> None:
        self.doc = doc
        self.text = text
        self.tree = Tree(doc, text)
        self.entities = {e.id: e for e in entities}
        spans = sorted((m.start, m.end, e) for e in entities for m in e.mentions)
        self.mentions = spans
        self.starts = [s for s, _, _ in spans]
        self.quotes = quotes
        self.country = {e.id: _entity_country(e) for e in entities}
        self.sector = {e.id: None if self.country[e.id] == "IGO" else _entity_sector(e) for e in entities}

    # --- entities -------------------------------------------------------------------------

    def entity_at(self, tok: Token, types: Sequence[str] = _AGENT_TYPES + _PLACE_TYPES
                  ) -> tuple[Entity, int, int] | None:
        """The entity with a mention covering ``tok`` (and that mention's offsets)."""
        i = bisect.bisect_right(self.starts, tok.idx) - 1
        while i >= 0:
            s, e, ent = self.mentions[i]
            if tok.idx - s > 300:  # no mention is that long
                break
            if s <= tok.idx < e and ent.type in types:
                return ent, s, e
            i -= 1
        return None

    def participant(self, ent: Entity, start: int, end: int) -> Participant:
        return Participant(ent.canonical, start, end, ent.id, self.country.get(ent.id),
                           self.sector.get(ent.id))

    # --- agents ---------------------------------------------------------------------------

    def agents(self, tok: Token, quote: Quote | None, previous: list[Participant],
               avoid: frozenset[int] = frozenset()) -> list[Participant]:
        """Participants a noun phrase headed by ``tok`` names, its conjuncts included; a
        pronoun never resolves to an entity in ``avoid`` (an object's "his" is not the subject)."""
        out: list[Participant] = []
        for t in _conjuncts(tok, self.tree):
            out.extend(self._agent(t, quote, previous, avoid))
        seen: set[tuple[int | None, str]] = set()
        unique = []
        for p in out:
            key = (p.entity_id, p.name if p.entity_id is None else "")
            if key not in seen:
                seen.add(key)
                unique.append(p)
        return unique

    def _agent(self, tok: Token, quote: Quote | None, previous: list[Participant],
               avoid: frozenset[int] = frozenset(), hops: int = 0) -> list[Participant]:
        """``hops`` counts pronoun -> antecedent steps so far (bounded by ``_MAX_HOPS``)."""
        if hops > _MAX_HOPS:
            return []
        if tok.ent_type_ in _NOT_AGENTS:  # "Monday's trip": a date takes no part
            return []
        low = tok.lower_
        if low in ("those", "anyone", "whoever") and any(
                c.dep_ in ("amod", "acl", "relcl", "prep") for c in self.tree.kids(tok)):
            return [self.group(tok)]  # "those responsible", "those who attacked", "anyone behind it"
        if low in INDEFINITE_PERSONS:
            return [self.group(tok)]  # "never contacted *anyone* at the firm": someone unnamed
        if tok.pos_ == "PRON" or low in RELATIVE_PRONOUNS:
            return self._pronoun(tok, quote, previous, avoid, hops)
        if tok.lower_ in ("one", "some", "many", "several", "all", "most", "each", "none", "both"):
            named = next((c for c in self.tree.kids(tok) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            found = self.entity_at(named, ("PERSON", "ORG")) if named is not None else None
            if found is not None:  # "one of BP's partners, Anadarko Petroleum": the one named
                return [self.participant(*found)]
            return [self.group(tok)]  # "one of Mr Kim's aides": a group, not Mr Kim
        found = self.entity_at(tok, _AGENT_TYPES + _PLACE_TYPES)
        if found is None:
            titled = set(_titled_names(tok, self.tree).values())
            for c in self.tree.kids(tok):  # "his counterpart Kim Jong Un", "leader Kim"
                if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i not in titled:
                    found = self.entity_at(c, ("PERSON", "ORG"))
                    if found:
                        break
        if found is not None:
            return [self.participant(*found)]
        holder = self._role_holder(tok)
        if holder is not None:
            return [self._entity_participant(holder, tok)]
        if tok.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
            split = self._coordinated_modifiers(tok)
            return split or [self.group(tok)]
        return []

    def _entity_participant(self, ent: Entity, tok: Token) -> Participant:
        a, b = _phrase(tok, self.tree)
        return Participant(ent.canonical, self.doc[a].idx, _end(self.doc[b - 1]), ent.id,
                           self.country.get(ent.id), self.sector.get(ent.id))

    def _pronoun(self, tok: Token, quote: Quote | None, previous: list[Participant],
                 avoid: frozenset[int], hops: int) -> list[Participant]:
        low = tok.lower_
        start, end = tok.idx, _end(tok)
        if low in RELATIVE_PRONOUNS:
            verb = self.tree.head(tok)
            if self.tree.dep(verb) == "relcl" and verb.head.i != tok.i:
                return self._agent(verb.head, quote, previous, hops=hops + 1)
            return []
        named = _named_by(tok, self.tree)
        if named is not None:  # "they (the army units)", "we, the neighbours": the apposition names them
            return self._agent(named, quote, previous, avoid, hops + 1)
        if low in PRONOUNS_SPEAKER and quote is not None:
            ent = self.entities.get(quote.speaker_id) if quote.speaker_id is not None else None
            if ent is not None:
                return [Participant(ent.canonical, start, end, ent.id, self.country.get(ent.id),
                                    self.sector.get(ent.id))]
            if quote.speaker:
                return [Participant(quote.speaker, start, end)]
            if quote.source is not None and quote.source.text:
                # '"I enjoyed it," he said': "I" is the unnamed "he" who says it
                return [Participant(quote.source.text, start, end)]
            return []
        sayer = self._sayer(tok)
        if sayer is not None:  # "Karimi said *he* now supports ...": the one saying it
            return _at([p for s in _conjuncts(sayer, self.tree)
                        for p in self._agent(s, quote, previous, avoid, hops + 1)], start, end)
        if low in PRONOUNS_PERSON:
            ent = self._recent(tok.idx, ("PERSON",), avoid)
            if ent is not None:
                return [Participant(ent.canonical, start, end, ent.id, self.country.get(ent.id),
                                    self.sector.get(ent.id))]
            owner = self._clause_subject(tok)
            if owner is not None:  # "Ortiz renewed *his* call", "He renewed *his* call": the subject's
                found = self._agent(owner, quote, previous, avoid, hops + 1) or (
                    [Participant(owner.text, owner.idx, _end(owner))] if owner.pos_ == "PRON" else [])
                return _at(found, start, end)
            near = self._person_before(tok)
            if near is not None:  # "his wife was trapped for hours before *she* was rescued"
                return _at(self._agent(near, quote, previous, avoid, hops + 1), start, end)
            return []
        if low in PRONOUNS_GROUP and len(previous) >= 2:
            return _at(previous, start, end)
        if low in PRONOUNS_GROUP:  # "Militants ... said they attempted": the plural subject before
            for t in reversed(self.doc[tok.sent.start:tok.i]):
                if t.dep_ == "nsubj" and (t.tag_ in ("NNS", "NNPS") or self.entity_at(t, ("ORG",))
                                          or _named_by(t, self.tree) is not None):
                    return self._agent(t, quote, [], avoid, hops + 1)
        if low in ("it", "its"):  # an organisation or country named earlier in the sentence
            ent = self._recent(tok.idx, ("ORG", "GPE"), avoid, floor=tok.sent.start_char)
            if ent is not None:
                return [Participant(ent.canonical, start, end, ent.id, self.country.get(ent.id),
                                    self.sector.get(ent.id))]
        return []

    def _person_before(self, tok: Token) -> Token | None:
        """For a "he"/"she"/"him"/"her" with no person named before it, the one person a common
        noun earlier in its sentence names ("the guards dragged *the woman* away and beat *her*"):
        the latest such subject, else the latest such object, of the pronoun's sex."""
        low = tok.lower_
        if low not in ("he", "him", "she", "her") or tok.dep_ == "poss":
            return None
        clause = self.tree.head(tok)
        if tok.dep_ in ("nsubj", "nsubjpass") and self.tree.dep(clause) == "ccomp" and (
                self.tree.head(clause).lemma_.lower() in REPORTING_VERBS):
            return None  # "the director said *she* ...": another woman as likely (see ``_sayer``)
        other = _MALE if low in ("she", "her") else _FEMALE
        own = self._own_subjects(tok)
        found: dict[bool, Token] = {}
        for t in self.doc[tok.sent.start:tok.i]:
            lemma = t.lemma_.lower()
            if t.pos_ != "NOUN" or t.tag_ != "NN" or lemma in other or t.ent_type_ or t.i in own or (
                    lemma not in ONE_PERSON_NOUNS and lemma not in TITLE_HEADS) or (
                    t.dep_ == "pobj" and self.tree.dep(self.tree.head(t)) == "agent"):
                continue  # "the driver struck *her*": not the one who acts on her; nor "asked *by* X"
            if t.dep_ in ("nsubj", "nsubjpass"):
                found[True] = t
            elif t.dep_ in ("dobj", "pobj", "appos", "attr"):
                found[False] = t
        return found.get(True) or found.get(False)

    def _own_subjects(self, tok: Token) -> set[int]:
        """The subjects (and "by" agents) of the verbs an object pronoun is an argument of, through
        shared-subject links ("ended up *suing her*", "appeared and *shot him*"): a "him" or "her"
        there is someone else."""
        out: set[int] = set()
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return out
        node = self.tree.head(tok)
        if self.tree.dep(tok) == "pobj":
            node = self.tree.head(node)
        for _ in range(_MAX_HOPS):
            for c in self.tree.kids(node):
                if c.dep_ in ("nsubj", "nsubjpass"):
                    out.add(c.i)
                    if c.lower_ in RELATIVE_PRONOUNS and self.tree.dep(node) == "relcl":
                        out.add(self.tree.head(node).i)  # "the officer *who* shot him"
                elif c.dep_ == "agent":
                    out.update(g.i for g in c.children if g.dep_ == "pobj")
            if self.tree.dep(node) == "acl":
                out.add(self.tree.head(node).i)  # "the officer *accused of* shooting him"
            if self.tree.dep(node) not in ("xcomp", "conj", "pcomp") or self.tree.is_root(node):
                break
            node = self.tree.head(node)
            if node.pos_ == "ADP":
                node = self.tree.head(node)
        return out

    def _clause_subject(self, tok: Token) -> Token | None:
        """For a possessive "his"/"her" that names no one before it, the one-person subject of the
        verb whose object (or prepositional object) its noun is: "Ortiz rallied voters with *his*
        calls", "He renewed *his* call" (a person who does something with what is theirs)."""
        if tok.dep_ != "poss" or tok.lower_ not in ("his", "her"):
            return None
        noun = self.tree.head(tok)
        verb = self.tree.head(noun)
        if self.tree.dep(noun) == "pobj" and self.tree.dep(verb) == "prep":
            verb = self.tree.head(verb)
        elif self.tree.dep(noun) != "dobj":
            return None
        if verb.pos_ != "VERB":
            return None
        subj = next((c for c in self.tree.kids(verb) if c.dep_ == "nsubj"), None)
        if subj is None or subj.i > tok.i or any(c.dep_ == "conj" for c in self.tree.kids(subj)):
            return None
        if subj.pos_ == "PRON":
            return subj if subj.lower_ in ("he", "she") else None
        return subj if subj.pos_ == "PROPN" and subj.ent_type_ in ("", "PERSON") else None

    def _sayer(self, tok: Token) -> Token | None:
        """The subject of the verb of saying whose reported clause ``tok`` is the subject of
        ("*Karimi* said he ...", "*the ministry* says it will ...", "*the two parties* said they
        ..."): a pronoun there is bound to the one who says it when they agree in person and
        number. A saying participle takes its clause's subject ("*Kell* said, adding that he ...");
        a sayer named after the pronoun is not bound ('"he will lose," Kell said': someone else)."""
        low = tok.lower_
        if tok.dep_ not in ("nsubj", "nsubjpass") or low not in ("he", "she", "it", "they"):
            return None
        clause = self.tree.head(tok)
        if self.tree.dep(clause) != "ccomp":
            return None
        verb = self.tree.head(clause)
        if verb.i == clause.i or verb.lemma_.lower() not in REPORTING_VERBS:
            return None
        subj = next((c for c in self.tree.kids(verb) if c.dep_ == "nsubj"), None)
        if subj is None and self.tree.dep(verb) in ("advcl", "conj") and verb.tag_ == "VBG":
            subj = next((c for c in self.tree.kids(self.tree.head(verb)) if c.dep_ == "nsubj"), None)
        if subj is None or subj.i > tok.i:
            return None
        # plural, coordinated, or a coordination the parser folded into the head's modifiers
        # ("Ana and Luis Ortiz": "Ana" a modifier of "Ortiz", with its own "and")
        many = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in self.tree.kids(subj)) or any(
            t.dep_ == "cc" and t.lower_ == "and" for t in self.doc[subj.left_edge.i:subj.i])
        if low == "they":
            return subj if many and self.is_agent(subj) else None
        if many:
            return None
        if low == "it":
            named = self.entity_at(subj, ("ORG", "GPE"))
            return subj if (named is not None or subj.pos_ == "NOUN") and self.is_agent(subj) and (
                subj.ent_type_ != "PERSON" and subj.lemma_.lower() not in TITLE_HEADS) else None
        # a name (the tagger may call a surname ORG), not a place or a nationality
        if subj.pos_ == "PROPN" and subj.ent_type_ in ("", "PERSON", "ORG"):
            return subj
        return None

    def _recent(self, offset: int, types: tuple[str, ...], avoid: frozenset[int] = frozenset(),
                floor: int | None = None) -> Entity | None:
        """The latest entity of ``types`` named before ``offset`` in this or the previous
        paragraph (or after ``floor``)."""
        if floor is None:
            para_start = self.text.rfind("\n\n", 0, offset)
            floor = self.text.rfind("\n\n", 0, para_start) if para_start > 0 else -1
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0:
            s, e, ent = self.mentions[i]
            if s < floor:
                break
            if e <= offset and ent.type in types and ent.id not in avoid:
                return ent
            i -= 1
        return None

    def _role_holder(self, tok: Token) -> Entity | None:
        """"the North Korean leader" → the person the article gives that title (and nationality)."""
        if tok.lower_ not in TITLE_HEADS or tok.tag_ in ("NNS", "NNPS"):
            return None
        det = next((c.lower_ for c in tok.children if c.dep_ in ("det", "poss")), "")
        if det not in ("the", "his", "her", "their", "its"):
            return None
        nat = next((nationality_code(c.text) for c in tok.children if c.dep_ in ("amod", "compound")
                    and nationality_code(c.text)), None)
        if nat is None:  # "North Korean": two tokens
            words = " ".join(c.text for c in tok.lefts if c.ent_type_ in ("NORP", "GPE"))
            nat = nationality_code(words) or country_code(words) if words else None
        best: tuple[int, Entity] | None = None
        for e in self.entities.values():
            if e.type != "PERSON" or not any(tok.lower_ in r.title.lower().replace("-", " ").split()
                                             for r in e.roles):
                continue
            if nat is not None and self.country.get(e.id) not in (None, nat):
                continue
            last = max((m.start for m in e.mentions if m.start < tok.idx), default=-1)
            if last >= 0 and (best is None or last > best[0]):
                best = (last, e)
        return best[1] if best else None

    def _coordinated_modifiers(self, tok: Token) -> list[Participant]:
        """"American and North Korean officials" → American officials, North Korean officials."""
        mods = [c for c in self.tree.kids(tok)
                if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")]
        heads = []
        for m in mods:
            conj = [c for c in m.children if c.dep_ == "conj" and c.ent_type_ in ("NORP", "GPE")]
            if conj:
                heads = [m, *conj]
                break
        if len(heads) < 2:
            return []
        out = []
        sector = SECTORS.get(tok.lower_) or SECTORS.get(tok.lemma_.lower())
        for m in heads:
            words = [t for t in self.doc[m.left_edge.i:m.i + 1] if t.ent_type_ in ("NORP", "GPE")]
            first = words[0] if words else m
            name = " ".join(t.text for t in words or [m]) + " " + tok.text
            code = nationality_code(name.rsplit(" ", 1)[0]) or country_code(name.rsplit(" ", 1)[0])
            out.append(Participant(name, first.idx, _end(m), None, code, sector))
        return out

    def group(self, tok: Token) -> Participant:
        a, b = _phrase(tok, self.tree)
        toks = self.doc[a:b]
        name = self.text[toks[0].idx:_end(toks[-1])]
        country = None
        for t in toks:
            if t.i == tok.i:
                continue
            if t.ent_type_ in ("NORP", "GPE"):
                words = " ".join(x.text for x in toks if x.ent_type_ == t.ent_type_ and x.i < tok.i)
                country = nationality_code(words) or country_code(words) or nationality_code(t.text)
                if country:
                    break
        sector = self._sector(tok)
        if sector is None and (tok.lemma_.lower() in OF_HEADS or tok.lower_ in OF_HEADS):
            # "a team of rebel guards", "dozens of soldiers": a group is of its members' sector
            members = [g for p in self.tree.kids(tok) if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj"]
            sector = self._sector(members[0]) if members else None
        if sector is not None and any(t.lower_.rstrip("-") in FORMER for t in toks):
            sector = "ELI"
        return Participant(name, toks[0].idx, _end(toks[-1]), None, country, sector)

    def _sector(self, tok: Token) -> str | None:
        """The sector a noun's head word names, or its modifiers when the head says none or is a
        generic head ("rebel *guards*", "opposition *leader*")."""
        sector = _sector_of_words([tok.lower_, tok.lemma_.lower()])
        a, b = _phrase(tok, self.tree)
        modifier = _sector_of_words([t.lower_ for t in self.doc[a:b]
                                     if t.i < tok.i and t.dep_ in ("compound", "amod")])
        if sector is None or (modifier is not None and tok.lemma_.lower() in GENERIC_HEADS):
            sector = modifier or sector
        return sector

    # --- places ---------------------------------------------------------------------------

    def place(self, tok: Token) -> Participant | None:
        """Where a prepositional object ``tok`` says an event happened, if it names a place."""
        if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"):
            return None
        found = self.entity_at(tok, _PLACE_TYPES)
        named = self._named_places(tok)
        if found is not None:
            named = [found] + [n for n in named if n[0].id != found[0].id]
        elif tok.lemma_.lower() not in PLACE_NOUNS:
            return None
        if not named:
            a, b = _phrase(tok, self.tree)
            return Participant(self.text[self.doc[a].idx:_end(self.doc[b - 1])], self.doc[a].idx,
                               _end(self.doc[b - 1]))
        if found is None and self._coordinated(named):
            # "the border between South and North Korea": the phrase, no single entity
            a, b = _phrase(tok, self.tree, keep_preps=True)
            return Participant(self.text[self.doc[a].idx:_end(self.doc[b - 1])], self.doc[a].idx,
                               _end(self.doc[b - 1]))
        # the widest named place: "New York's East Side" is in New York
        best = next((n for n in named if n[0].type == "GPE"), named[0])
        start, end = min(n[1] for n in named), max(n[2] for n in named)
        if end - start > 60:
            start, end = best[1], best[2]
        return Participant(self.text[start:end], start, end, best[0].id, self.country.get(best[0].id), None)

    def _coordinated(self, named: list[tuple[Entity, int, int]]) -> bool:
        if len(named) < 2:
            return False
        toks = [self.doc.char_span(s, e, alignment_mode="expand") for _, s, e in named]
        roots = [t.root for t in toks if t is not None and len(t)]
        return any(r.dep_ == "conj" for r in roots)

    def _named_places(self, tok: Token) -> list[tuple[Entity, int, int]]:
        """Named places inside a common-noun place phrase ("an apartment on New York's East Side",
        "on US soil"), not nationality modifiers of something else ("a US government apartment")."""
        out = []
        seen: set[int] = set()
        stack = [tok]
        while stack:
            t = stack.pop()
            for c in self.tree.kids(t):
                if c.dep_ in ("relcl", "acl", "appos", "advcl", "punct"):
                    continue
                place_like = (c.dep_ in ("pobj", "poss", "conj") or
                              (c.dep_ in ("compound", "nmod") and t.lemma_.lower() in PLACE_NOUNS))
                if place_like:
                    found = self.entity_at(c, _PLACE_TYPES)
                    if found is not None and found[0].id not in seen:
                        seen.add(found[0].id)
                        out.append(found)
                if c.dep_ in ("prep", "pobj", "poss", "conj", "compound") and c.i != tok.i:
                    stack.append(c)
        out.sort(key=lambda f: f[1])
        return out

    def is_place(self, tok: Token) -> bool:
        return self.place(tok) is not None or tok.lower_ in ("home", "abroad", "there")

    def is_agent(self, tok: Token) -> bool:
        """Names a person, group, organisation or country (not a thing or an idea)."""
        if tok.pos_ == "PRON":
            return tok.lower_ not in ("it", "this", "that", "what", "which", "something", "anything")
        if self.entity_at(tok, _AGENT_TYPES) is not None or tok.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
            return True
        low, lemma = tok.lower_, tok.lemma_.lower()
        if low in SECTORS or lemma in SECTORS or lemma in TITLE_HEADS:
            return True
        if mislabelled_name(tok):
            return True
        if tok.lower_ in ("one", "some", "many", "several", "all", "most", "each", "both", "thousands",
                          "hundreds", "dozens", "scores"):
            return True
        return lemma in _PEOPLE_NOUNS or low in _PEOPLE_NOUNS  # "the wounded": lemma "wound"


#: Words for one sex: a "she" is not the husband, a "he" not the wife.
_MALE = MALE_PERSON_NOUNS | MALE_WORDS
_FEMALE = FEMALE_PERSON_NOUNS | FEMALE_WORDS


def _at(found: list[Participant], start: int, end: int) -> list[Participant]:
    """Who a pronoun stands for, anchored where the pronoun is written."""
    return [replace(p, start=start, end=end) for p in found]


#: Entity labels the small tagger gives surnames and party names it does not know ("Lund" a
#: building, "Halvorsen" a law, "Okafor" a work of art): no evidence against a party.
_MISLABELS = frozenset({"", "FAC", "LAW", "WORK_OF_ART", "PRODUCT"})


def mislabelled_name(tok: Token) -> bool:
    """A proper name the entity tagger left untyped or gave a non-party label, in a name's shape:
    a capitalised singular name with no article ("attacked *Lund*", "*Okafor*'s vote"), or a
    plural one ("the *Okafors*", a family). Not a modifier of another noun, not a month or a day,
    and not a place or a nationality the country tables know."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in _MISLABELS or not tok.text[:1].isupper():
        return False
    if tok.dep_ in ("compound", "nmod", "amod") or tok.lower_ in MONTHS or tok.lower_ in WEEKDAYS:
        return False
    if country_code(tok.text) or nationality_code(tok.text) or _title_cased(tok):
        return False
    return name_shaped(tok, _MISLABELS) or _plural_name(tok)


def name_shaped(tok: Token, labels: frozenset[str]) -> bool:
    """A capitalised proper name whose entity label is one of ``labels``, plural, or singular with
    no article (a singular name with one is a title or a thing: "rejected *The Plan*")."""
    return (tok.pos_ == "PROPN" and tok.ent_type_ in labels and tok.text[:1].isupper() and (
        tok.tag_ == "NNPS" or (tok.tag_ == "NNP" and not any(c.dep_ == "det" for c in tok.children))))


def _plural_name(tok: Token) -> bool:
    """"the Okafors", "the Lunds": a surname made plural after "the" (a family), which the tagger
    often leaves singular; not a name that merely ends in "ss" ("the Congress")."""
    text = tok.text
    return (len(text) > 3 and text.endswith("s") and text[-2:-1].islower() and text[-2] != "s"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children))


def _title_cased(tok: Token) -> bool:
    """A headline in title case ("Ruiz Says Plan Poses A Risk To Growth"): its capitals say nothing
    of names (most longer words capitalised)."""
    words = [t for t in tok.sent if t.is_alpha and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


_PEOPLE_NOUNS = frozenset("""
    people person man men woman women child children prisoner prisoners hostage hostages
    detainee detainees captive captives suspect suspects protester protesters protestor
    protestors demonstrator demonstrators supporter supporters member members leader leaders
    official officials aide aides group groups delegation team party country countries nation
    nations side sides neighbour neighbor neighbours neighbors ally allies partner partners
    rival rivals enemy enemies foe opponent opponents counterpart counterparts colleague
    victim victims voter voters candidate candidates opposition fighters faction factions
    organisation organisations organization organizations movement movements network networks
    administrator administrators immigrant immigrants settler settlers tribe tribes clan clans
    community communities population populations family families coalition alliance
    critic critics witness witnesses rescuer rescuers volunteer volunteers fan fans relative relatives
    survivor survivors wounded injured displaced homeless needy orphan orphans patient patients
    evacuee evacuees
    parent parents boy boys girl girls baby babies individual individuals loyalist loyalists
    fighter guard guards sailor sailors agent agents photographer photographers artist artists
    politician politicians ruler rulers dictator jury employee employees fisherman fishermen
    foreigner foreigners provider providers council platoon crew crews staff customer customers
    consumer consumers shareholder shareholders respondent respondents donor donors drugmaker
    drugmakers
    elder elders referee referees heckler hecklers operative operatives promoter promoters
    frontrunner frontrunners front-runner front-runners observer observers sniper snipers
    nationals
    """.split())


def _named_by(pron: Token, tree: Tree) -> Token | None:
    """The noun in apposition to a personal pronoun, which says who it is."""
    if pron.pos_ != "PRON":
        return None
    return next((c for c in tree.kids(pron) if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")), None)


def _conjuncts(tok: Token, tree: Tree) -> list[Token]:
    out = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        titled = _titled_names(t, tree)
        for c in tree.kids(t):
            if c.i in titled:  # "X and Vice President Ana Ruiz": the title is Ruiz's
                name = tok.doc[titled[c.i]]
                if name.dep_ == "appos":
                    out.append(name)
                continue
            if (c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM")) or _listed(t, c, tree):
                out.append(c)
                stack.append(c)
    return out


def _titled_names(head: Token, tree: Tree) -> dict[int, int]:
    """Conjuncts of ``head`` that are a bare title ("Vice President") followed at once by a name
    the parser hung on ``head`` too, as a conjunct or an apposition ("Ana Ruiz"): title → name.
    The parser splits "X and Vice President Ana Ruiz" so; the title and the name are one person."""
    out = {}
    kids = tree.kids(head)
    for c in kids:
        if c.dep_ != "conj" or c.pos_ != "PROPN" or c.lemma_.lower() not in TITLE_HEADS:
            continue
        if any(k.dep_ != "compound" for k in tree.kids(c)):
            continue
        name = next((n for n in kids if n.dep_ in ("conj", "appos") and n.pos_ == "PROPN"
                     and n.i > c.i and n.left_edge.i == c.i + 1), None)
        if name is not None:
            out[c.i] = name.i
    return out


def _listed(head: Token, c: Token, tree: Tree) -> bool:
    """"Two helicopters, a team of medics and villagers", "France, Italy and Qatar": the parser
    often hangs a list's middle member on the first as an apposition; an "apposition" of the
    same kind that opens a coordination of its own is a member of the list, not a description."""
    if c.dep_ != "appos" or c.pos_ != head.pos_ or c.pos_ not in ("NOUN", "PROPN"):
        return False
    kids = tree.kids(c)
    return any(k.dep_ == "cc" for k in kids) and any(k.dep_ == "conj" for k in kids)


def _phrase(tok: Token, tree: Tree, keep_preps: bool = False) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``tok`` without clauses, appositions,
    conjuncts and prepositional phrases ("of" phrases kept; all kept with ``keep_preps``)."""
    keep = {tok.i}
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in tree.kids(t):
            inner_list = t.i != tok.i and c.dep_ in ("conj", "cc")  # "between South and North Korea"
            if c.dep_ in _TRIM_DEPS and not inner_list and not (
                    c.dep_ == "prep" and (keep_preps or c.lower_ == "of")):
                continue
            keep.add(c.i)
            stack.append(c)
    a, b = min(keep), max(keep) + 1
    doc = tok.doc
    while a < tok.i and (doc[a].is_punct or doc[a].is_space):
        a += 1
    while b - 1 > tok.i and (doc[b - 1].is_punct or doc[b - 1].is_space):
        b -= 1
    return a, b


def _end(tok: Token) -> int:
    return tok.idx + len(tok.text)


def _sector_of_words(words: Sequence[str]) -> str | None:
    for w in words:
        s = SECTORS.get(w.lower())
        if s is not None:
            return s
    return None


def _entity_country(e: Entity) -> str | None:
    if e.type in ("GPE", "LOC"):
        return country_code(e.canonical) or next(filter(None, map(country_code, e.aliases)), None)
    if e.type == "NORP":
        return nationality_code(e.canonical) or country_code(e.canonical)
    if e.type == "PERSON":
        code = country_code(e.affiliation) if e.affiliation else None
        for r in e.roles if code is None else []:
            code = _code_in_words(r.title)
            if code:
                break
        return code
    if e.type == "ORG":
        return country_code(e.canonical) or _code_in_words(e.canonical)
    return None


def _code_in_words(text: str) -> str | None:
    """The first country or nationality named inside ``text`` ("US President", "Russian Foreign
    Ministry"), trying two-word names first."""
    words = re.sub(r"['’]s\b", "", text.replace("-", " ")).split()  # "Brazil's trade minister"
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            chunk = " ".join(words[i:i + n])
            if chunk[:1].isupper():
                code = nationality_code(chunk) or country_code(chunk)
                if code:
                    return code
    return None


def _entity_sector(e: Entity) -> str | None:
    if e.type == "PERSON":
        for r in e.roles:
            words = r.title.lower().replace("-", " ").split()
            # the head of "Secretary of State" is its first word, of "spy chief" its last
            head = words[0] if "of" in words[1:3] else words[-1] if words else ""
            order = [*reversed(words)] if head in GENERIC_HEADS else [head, *reversed(words)]
            sector = _sector_of_words(order)
            if sector:
                return "ELI" if FORMER & set(words) else sector
        return None
    if e.type == "ORG":
        return _sector_of_words(list(reversed(e.canonical.lower().split())))
    return None
