"""Cue frames: a cue word with the source and the content its parse gives it.

A frame is found from the dependency parse alone ("X said that Y", "according to X, Y",
"Tass cited X as saying Y", "his warning that Y"); pairing frames with quotation marks
and resolving sources to speakers happen later.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from newsdesk.nlp.heads import is_root, up_from
from newsdesk.nlp.quotes._lexicon import (
    BACKING_NOUNS,
    INSTITUTION_HEADS,
    NOUN_CUES,
    PERSON_HEADS,
    RELAY_VERBS,
    SPEECH_VERBS,
    WEAK_VERBS,
)
from newsdesk.nlp.speech_verbs import (
    BELIEF_VERBS,
    CLAUSE_VERBS,
    CONTENT_PREPS,
    CORE_SPEECH,
    DISCLOSING_VERBS,
    EVIDENCE_VERBS,
    OBJECT_VERBS,
    PARTICLE_CUES,
    REPORTING_VERBS,
    TO_VERBS,
    lemma_of,
)
from newsdesk.words import WEEKDAY_NAMES

TokRange = tuple[int, int]  # [start, end) token indices

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_CLAUSE_SUBJECTS = _SUBJECTS | {"expl"}
#: Verbs whose to-infinitive is what was said or meant ("urged Seoul to ...", "plans to ...");
#: "agreed to" and "expected to" are events and plans of others, not attributions.
_XCOMP_VERBS = TO_VERBS
#: Verbs whose wh-clause under a refusal says nothing ("declined to say whether"); elsewhere
#: "explained how ...", "did not say when ..." are attributions (PolNeAR annotates them).
_NO_WH = frozenset({"say", "explain", "respond", "declare", "confirm", "disclose", "reveal",
                    "indicate", "specify", "tell", "comment", "know", "add"})
_WH = frozenset({"whether", "if", "who", "which", "what", "how", "when", "why", "where", "whom"})


@dataclass
class Frame:
    """One attribution as the parse gives it (token ranges into the Doc)."""

    cue: TokRange
    source: TokRange | None
    source_head: int | None
    content: TokRange | None
    intermediary: TokRange | None = None
    intermediary_head: int | None = None
    relay_passive: bool = False  # "was quoted as saying": the outlet is told elsewhere
    verb: bool = True
    needs_quote: bool = False  # only a quotation it holds makes it an attribution ("described")
    extra_speaker: Any = None  # the resolved speaker, cached once resolved
    rule: str = ""  # which rule made it ("verb.ccomp", "according-to"): the tail of Quote.rule
    subject: TokRange | None = None  # a raising frame's subject, the content's first part ("X ... to win")


def find_frames(doc: Doc, inside_quote: list[bool]) -> list[Frame]:
    """Every cue in ``doc`` outside quotation marks, in text order."""
    frames: list[Frame] = []
    for tok in doc:
        if inside_quote[tok.i]:
            continue
        frame = None
        lemma = lemma_of(tok.lower_, tok.lemma_)
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            frame = _according(tok)
        elif tok.pos_ in ("VERB", "AUX") and lemma in RELAY_VERBS:
            frame = _relay(tok)
        elif (tok.pos_ == "VERB" and lemma in SPEECH_VERBS and not _under_relay(tok) and not _asked_aside(tok)
              and not _means_governor(tok)):
            frame = _verb(tok, lemma, inside_quote)
        elif tok.pos_ == "VERB" and lemma in PARTICLE_CUES:
            frame = _particle(tok, PARTICLE_CUES[lemma], inside_quote)
        elif lemma == "put" and _as_comment(tok):
            frame = _as_frame(tok)
        elif tok.pos_ == "NOUN" and lemma in NOUN_CUES:
            frame = _noun(tok)
        elif tok.pos_ == "NOUN" and lemma in BACKING_NOUNS:
            frame = _backing(tok)
        elif tok.pos_ == "VERB" and lemma not in _NOT_ATTITUDES and _that_clause(tok) is not None:
            frame = _attitude(tok)
        if frame is not None:
            frames.append(frame)
    return frames


def _asked_aside(tok: Token) -> bool:
    """"she said, when asked whether ...": the question is put by someone else than the
    clause's subject (``_raising`` finds it), not said by that subject. Under a verb that is
    no cue ("Asked ..., he shot back: “...”") the frame stays: it is all that ties the reply
    to its speaker."""
    return (is_asked(tok) and tok.dep_ == "advcl"
            and tok.head.lemma_.lower() in SPEECH_VERBS
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in tok.children))


def is_asked(tok: Token) -> bool:
    """"asked" as a participle: tagged so, or a subjectless adverbial clause the tagger took for a
    past tense ("*Asked* what it would cost, she said ..." opening a sentence)."""
    if tok.lemma_.lower() != "ask":
        return False
    return tok.tag_ == "VBN" or (tok.tag_ == "VBD" and tok.dep_ == "advcl"
                                 and not any(c.dep_ in _SUBJECTS for c in tok.children))




def _that_clause(verb: Token) -> Token | None:
    """The verb's complement clause opened by "that" after it ("realised *that* ...")."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                 and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)


#: Verbs whose that-clause is a fact brought about or a condition, not a claim or belief.
_NOT_ATTITUDES = frozenset({"ensure", "make", "require", "mean", "see", "cause", "demand", "order",
                            "provide", "stipulate", "decree", "rule", "guarantee", "seem", "appear",
                            "happen", "turn", "prove", "be"})


def _attitude(tok: Token) -> Frame | None:
    """A verb outside the table with a person's that-clause ("realised that ...", "conceded
    that ..."): a claim or belief of its subject."""
    if tok.dep_ == "acl" or any(c.dep_ == "nsubjpass" for c in tok.children) or _infinitive(tok):
        return None
    subj = subject_of(tok)
    if subj is None or subj.pos_ not in ("PROPN", "PRON", "NOUN") or subj.lower_ in ("it", "this", "that"):
        return None
    clause = _that_clause(tok)
    assert clause is not None
    content = clause_range(clause)
    return Frame(cue_range(tok, content), source_span(subj), subj.i, content, rule="attitude.that")


def _span(tok: Token) -> TokRange:
    return tok.left_edge.i, tok.right_edge.i + 1


def source_span(tok: Token) -> TokRange:
    """The subject's words, without words before a comma. A relative clause stays: "Ramos,
    who teaches law at Yale," is how the article names its source (PolNeAR's Source spans keep
    it more than twice as often as they drop it)."""
    start, end = _span(tok)
    doc = tok.doc
    for i in range(tok.i - 1, start - 1, -1):
        if doc[i].text in (",", ";", ":", "—", "–"):
            start = i + 1  # "useful, Tass news agency": words before a comma are not the subject
            break
    while end > start + 1 and doc[end - 1].is_punct and not _paired(doc, start, end - 1, end):
        end -= 1
    while start < end - 1 and (doc[start].is_space
                               or doc[start].is_punct and not _paired(doc, start, start, end)):
        start += 1  # a line break, or the closing mark of the quotation before ("” Sarandon, 69")
    if doc[start].lower_ == "even" and start < end - 1:
        start += 1  # "even Obama said": the writer's emphasis, not the source (PolNeAR leaves it out)
    return start, _dated(tok, _companions(tok, _trim_tail(doc, tok, start, end)))


_DATED = frozenset({"poll", "survey", "study", "report"})


def _dated(tok: Token, end: int) -> int:
    """A poll's date joins it even when the parser hangs it on the verb ("a poll last week
    found ...", "a survey in May showed ..."): it tells which poll (PolNeAR keeps it)."""
    doc = tok.doc
    if tok.lemma_.lower() not in _DATED or end >= len(doc):
        return end
    nxt = doc[end]
    head = nxt if nxt.dep_ in ("npadvmod", "prep") else nxt.head
    if head.head.i != tok.head.i or head.head.i <= head.right_edge.i or head.left_edge.i != end:
        return end
    dated = head.ent_type_ == "DATE" or any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in head.children)
    return head.right_edge.i + 1 if dated else end


#: Floating quantifiers and emphatic reflexives that close a subject ("they all", "Obama himself").
_FLOATING = frozenset({"both", "all", "each", "himself", "herself", "itself", "themselves"})
#: Where or how something was said: "Trump in an interview", "the mayor via email".
_OCCASIONS = frozenset({"interview", "speech", "statement", "post", "filing", "email", "e-mail",
                        "remarks", "announcement", "appearance", "address", "tweet"})


def _trim_tail(doc: Doc, tok: Token, start: int, end: int) -> int:
    """Drop what closes a subject but names no one: a floating quantifier or emphatic reflexive,
    or a phrase of when or where it was said ("Trump on Tuesday", "Ann in an interview"),
    which PolNeAR leaves to the cue's side."""
    last = doc[end - 1]
    if end - 1 > start and last.i != tok.i and last.lower_ in _FLOATING:
        return end - 1
    for c in tok.rights:
        if c.dep_ != "prep" or c.right_edge.i != end - 1:
            continue
        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if obj is None:
            continue
        if (c.lower_ == "on" and obj.lower_ in WEEKDAY_NAMES
                or c.lower_ in ("in", "during", "via") and obj.lemma_.lower() in _OCCASIONS):
            cut = c.i
            while cut > start + 1 and doc[cut - 1].is_punct:
                cut -= 1
            return cut
    return end


_COMPANIONS = frozenset({"along", "together"})


def _companions(tok: Token, end: int) -> int:
    """Extend the source over a following "along with Y" / "together with Y": the parser hangs it
    on the verb, yet Y speaks too ("Ann, along with her lawyer, said ..."; PolNeAR keeps it)."""
    doc = tok.doc
    i = end + 1 if end < len(doc) and doc[end].text == "," else end
    if i + 1 >= len(doc) or doc[i].lower_ not in _COMPANIONS or doc[i + 1].lower_ != "with":
        return end
    if doc[i].head not in (tok, tok.head) and doc[i + 1].head not in (tok, tok.head):
        return end
    return max(end, doc[i].right_edge.i + 1, doc[i + 1].right_edge.i + 1)


_PAIRS = {"“": "”", "‘": "’", '"': '"', "(": ")"}


def _paired(doc: Doc, start: int, i: int, end: int) -> bool:
    """``doc[i]`` is a mark whose partner is also in ``start..end`` (the “Gang of Eight”)."""
    opening = next((o for o, c in _PAIRS.items() if c == doc[i].text), None)
    if opening is not None and any(doc[j].text == opening for j in range(start, i)):
        return True
    closing = _PAIRS.get(doc[i].text)
    return closing is not None and any(doc[j].text == closing for j in range(i + 1, end))


def subject_of(verb: Token) -> Token | None:
    """The speaker slot of a cue verb, following conjunctions and participles up (a bounded
    climb: ``heads.up_from``), and from a second verb of saying that the parser hung on the
    reported clause to the verb that reports it (``_reporting_host``)."""
    return _subject_of(verb, _MAX_HOSTS)


_MAX_HOSTS = 3  # reporting hosts one subject search may hop to


def _subject_of(verb: Token, hosts: int) -> Token | None:
    for v in up_from(verb):
        host = _reporting_host(v) if hosts > 0 else None
        if host is not None:
            subj = _subject_of(host, hosts - 1)
            if subj is not None:
                return subj  # else the reported clause's subject is the best there is
        subj, up = _own_subject(v)
        if not up:
            return subj
    return None


def _reporting_host(conj: Token) -> Token | None:
    """"Lena Ortiz said the ferry had been late and urged the council to act": a verb of saying
    joined by "and" / "but", with no subject of its own, that the parser hung on a verb of the
    reported clause is the reporter's next act, so its speaker is the reporting verb's subject,
    not the reported clause's (the content side already cuts it off: ``_second_cue``)."""
    if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.lemma_.lower() not in SPEECH_VERBS:
        return None
    if any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for g in conj.children):
        return None
    doc = conj.doc
    cc = _cc_before(conj)
    if not (cc < conj.i and doc[cc].lower_ in _TAIL_CC):
        return None
    v = conj.head
    for _ in range(3):
        if v.dep_ == "ccomp":
            host = v.head
            if host.pos_ in ("VERB", "AUX") and host.lemma_.lower() in SPEECH_VERBS and host.i < conj.i:
                return host
            return None
        if v.dep_ not in ("xcomp", "conj") or is_root(v):
            return None
        v = v.head
    return None


def agent_of(verb: Token) -> Token | None:
    """The object of a passive verb's "by" agent ("was criticised *by unions*"): who acts."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _own_subject(verb: Token) -> tuple[Token | None, bool]:
    """The verb's own speaker slot, or ``(None, True)`` when the verb above it has it."""
    pobj = agent_of(verb)
    if pobj is not None:
        return pobj, False
    producer = _producer(verb)
    if producer is not None:
        return producer, False
    for c in verb.children:
        if c.dep_ in _SUBJECTS:
            return c, False
    if verb.dep_ == "relcl":
        return verb.head, False
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX") and not is_root(verb):
        if verb.dep_ == "advcl" and verb.tag_ not in ("VBG", "VBN"):
            return None, False
        return None, True
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return verb.head, False
    prep = verb.head
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.dep_ == "prep" and prep.lower_ in ACT_PREPS
            and prep.head.pos_ in ("VERB", "AUX") and prep.head.dep_ != "pcomp"):  # one step: no cycle
        # "won the vote by promising ...", "resigned after saying ...": the gerund's speaker is
        # the subject of the clause the preposition hangs on
        return subject_of(prep.head), False
    return None, False


def _producer(verb: Token) -> Token | None:
    """"Vance released a video that accuses the mayor of ...": a cue in a "that" / "which"
    clause on the object of another verb speaks through that object (the video, the ad, the
    statement), and the one who put it out is the source: the governing verb's subject
    (PolNeAR train, on every such source: 14 gained, 2 lost, 3 neither way)."""
    if verb.dep_ != "relcl":
        return None
    rel = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    obj = verb.head
    if rel is None or rel.tag_ != "WDT" or obj.dep_ != "dobj" or obj.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in obj.head.children if c.dep_ == "nsubj"), None)


#: Prepositions whose gerund is an act of the clause's own subject, told as its means or its
#: time ("by arguing", "after saying", "before announcing", "since declaring").
ACT_PREPS = frozenset({"by", "after", "before", "since"})


def complement_of(verb: Token, lemma: str) -> TokRange | None:
    found = _complement_how(verb, lemma)
    return found[0] if found is not None else None


def _complement_how(verb: Token, lemma: str) -> tuple[TokRange, str] | None:
    """The reported clause (``ccomp``) or, for verbs of the ``to`` class, the to-infinitive
    (``xcomp``), with which of the two it is."""
    how = "ccomp"
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if not comps and lemma in _ASKING:
        # "asked if they planned to come": the question is what was asked
        comps = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                 and c.left_edge.lower_ in ("if", "whether")]
    if not comps and lemma in _XCOMP_VERBS:
        how = "xcomp"
        comps = [c for c in verb.children if c.dep_ == "xcomp"]
        if lemma in _REFUSALS and any(c.lemma_.lower() in SPEECH_VERBS | _SILENT for c in comps):
            refused = _refused_words(verb, comps)
            return (refused, "refusal") if refused is not None else None
    if not comps:
        # "reported spending $6 million", "admitted taking the money": a gerund is what was said
        comps = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > verb.i
                 and not any(g.dep_ == "aux" for g in c.children)] if not _infinitive(verb) else []
        how = "gerund"
    if not comps:
        return None
    # the complement after the verb is the reported clause; one before it is a quote
    comp = max(comps, key=lambda c: (c.i > verb.i, c.right_edge.i - c.left_edge.i))
    start, end = clause_range(comp)
    first = min((c for c in comps if verb.i < c.i < comp.i), key=lambda c: c.i, default=None)
    if first is not None and how == "ccomp" and not any(c.dep_ in _CLAUSE_SUBJECTS for c in comp.children):
        # "said a plan he drew up with aides was enough", "said the inquiry had ended, had
        # started late": a verb without a subject after another complement is the parser
        # splitting one reported clause in two (its subject, or its first verb, in the first)
        start = min(start, clause_range(first)[0])
    mark = next((c for c in comp.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if comp.i > verb.i and mark is not None and start < mark.i:
        # "said following a vote in 2001 that he had ...": the reported clause starts at "that"
        start = mark.i
    if comp.i > verb.i:
        # "said on Friday he met ...": a time the parser hung on the reported clause, before
        # its subject, dates the saying
        first = next((c for c in comp.children if c.left_edge.i == start), None)
        subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (first is not None and subj is not None and first.dep_ in ("prep", "npadvmod")
                and first.right_edge.i < subj.left_edge.i
                and any(t.ent_type_ in ("DATE", "TIME") for t in first.subtree)):
            start = first.right_edge.i + 1
            while start < end and verb.doc[start].is_punct:
                start += 1
    if how == "ccomp" and comp.i > verb.i:
        end = _conjoined_tail(verb, end)
    between = [c for c in verb.children if verb.i < c.i < comp.i and c.i < start]
    obj = next((c for c in between if c.dep_ == "dobj"), None)
    if how == "xcomp":
        # "urged Senate Republicans to act", "called for the leader to step down": who is
        # urged belongs to what was urged
        if obj is None:
            prep = next((c for c in between if c.dep_ == "prep" and c.lower_ in CONTENT_PREPS.get(lemma, ())),
                        None)
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        if obj is not None:
            start = obj.left_edge.i
    elif obj is not None and obj.pos_ != "PRON" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in comp.children):
        # "warned the flu may yet claim lives": a clause without a subject of its own after
        # an object is the parser splitting the reported clause at its subject
        start = obj.left_edge.i
    return (start, end), how


_TAIL_CC = frozenset({"but", "and"})
_SPEAKER_PRONOUNS = frozenset({"i", "we", "you"})


def _conjoined_tail(verb: Token, end: int) -> int:
    """"said the plan was fair, but that it needed work": the parser often hangs the clause after
    ", but" / ", and" on the verb of saying. With its own "that", or a speaker's "we" / "I" / "you"
    (not the writer's), it goes on with what was said."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ != "conj" or c.i < end or c.lemma_.lower() in SPEECH_VERBS:
            continue
        cc = next((g for g in verb.children if g.dep_ == "cc" and end <= g.i < c.i), None)
        if (cc is None or cc.lower_ not in _TAIL_CC or doc[cc.i - 1].text != ","
                or any(g.dep_ == "ccomp" for g in c.children)):
            continue
        if not any((g.dep_ == "mark" and g.lower_ == "that")
                   or (g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in _SPEAKER_PRONOUNS)
                   for g in c.children):
            continue  # "..., but the candidate cut him off": the writer's own clause
        return clause_range(c)[1]
    return end


def _refused_words(verb: Token, comps: list[Token]) -> TokRange | None:
    """"The aide declined to comment", "has refused to discuss the talks", "declined to say
    whether ...": a refusal to speak is itself an attribution of the refuser, the infinitive its
    content (PolNeAR annotates 29 of 29 "declined to comment" on train, the cue the refusal
    alone, "to comment on the report" the content). A verb of saying that reports a clause of
    its own ("refused to say that ...") or an object ("refused to say the words ...") is left
    to that verb's frame; a passive ("declined to be named") is no refusal to speak."""
    comp = next((c for c in comps if c.i > verb.i and c.lemma_.lower() in SPEECH_VERBS | _SILENT), None)
    if comp is None or not _infinitive(comp) or any(g.dep_ in ("auxpass", "nsubjpass")
                                                    for g in comp.children):
        return None
    silent = comp.lemma_.lower() in _SILENT
    for g in comp.children:
        if g.i < comp.i:
            continue
        if g.dep_ == "ccomp" and g.left_edge.lower_ not in _WH:
            return None  # "refused to say that ...": the inner verb reports its clause
        if g.dep_ == "dobj" and not silent:
            return None  # "refused to say the words ...": the inner verb's object
    return trim_range(verb.doc, comp.left_edge.i, comp.right_edge.i + 1)


_ASKING = frozenset({"ask", "wonder", "question", "inquire", "enquire"})
_REFUSALS = frozenset({"decline", "refuse"})
#: Verbs of speaking that are not cues of their own, for refusals ("declined to elaborate").
_SILENT = frozenset({"comment", "elaborate", "specify", "speculate", "discuss", "talk", "speak"})


def object_of(verb: Token, lemma: str) -> tuple[TokRange, str] | None:
    """The noun-phrase content of a stance or communication verb: its direct object
    ("criticised *the plan*") or the object of its content preposition ("called for *an
    inquiry*"), when the verb's row in the speech-verb table says so."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    topic = _topic(verb, obj) if obj is not None else None
    if topic is not None:
        return topic, "topic"
    pred = next((c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i), None)
    if lemma in _NAMING_VERBS and obj is not None and pred is not None:
        # "called the plan a disaster": the naming is the content, object and predicate
        return _trim_range(verb.doc, (obj.left_edge.i, pred.right_edge.i + 1)), "object"
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)
    if lemma in _AS_VERBS and obj is not None and as_ is not None and as_.i > obj.i:
        # "sees the deal as a trap": the object with what it is taken as
        return _trim_range(verb.doc, (obj.left_edge.i, as_.right_edge.i + 1)), "object"
    if obj is not None and lemma not in CLAUSE_VERBS and (
            lemma in OBJECT_VERBS or (lemma not in WEAK_VERBS and not is_personal(obj))):
        return _trim_range(verb.doc, (obj.left_edge.i, _object_end(verb, obj))), "object"
    preps = CONTENT_PREPS.get(lemma)
    if preps:
        for c in verb.children:
            if c.dep_ == "prep" and c.i > verb.i and c.lower_ in preps:
                pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    end = _infinitive_end(verb, pobj.right_edge.i + 1)
                    return _trim_range(verb.doc, (pobj.left_edge.i, end)), "prep"
            if c.dep_ == "advcl" and c.i > verb.i and (mark := _for_mark(c)) is not None and "for" in preps:
                # "is calling for the rivals to drop out", parsed as a "for ... to" clause
                return _trim_range(verb.doc, (mark.i + 1, c.right_edge.i + 1)), "prep-clause"
    return None


def _particle(tok: Token, particles: frozenset[str], inside_quote: list[bool]) -> Frame | None:
    """"The mayor laid out a plan", "she singled out the levy as unfair": a verb that is a cue
    only with its particle, right after it; the object and what completes it are the content."""
    if not any(c.dep_ == "prt" and c.lower_ in particles and c.i == tok.i + 1 for c in tok.children):
        return None
    subj = subject_of(tok)
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if subj is None or obj is None or any(c.dep_ == "nsubjpass" for c in tok.children):
        return None
    content = _trim_range(tok.doc, (obj.left_edge.i, _object_end(tok, obj)))
    if content is None or _quoted_in(content, inside_quote):
        return None
    return Frame(cue_range(tok), _holder_span(subj, tok), subj.i, content, rule="verb.particle")


def _for_mark(clause: Token) -> Token | None:
    return next((g for g in clause.children if g.dep_ == "mark" and g.lower_ == "for"
                 and g.i == clause.left_edge.i), None)


def _infinitive_end(verb: Token, end: int) -> int:
    """The end of "a prosecutor *to investigate the deal*" after "called for": an infinitive the
    parse hung on the verb, right after the preposition's object, still belongs to it, as do a
    participle ("railed against the ad *urging* ...") and an "as" phrase ("referred to the
    US *as* ...") hung there."""
    for c in sorted((c for c in verb.children if c.i >= end), key=lambda c: c.i):
        if c.left_edge.i != end:
            break
        if (c.dep_ in ("advcl", "xcomp") and c.doc[end].lower_ == "to" or _bare_clause(c)
                or c.dep_ == "prep" and c.lower_ == "as"):
            end = c.right_edge.i + 1
        else:
            break
    return end


def _bare_clause(c: Token) -> bool:
    """An adverbial clause with no subordinator that opens with its infinitive "to" or its
    participle: on a stance verb right after its object, the parser's attachment of the
    object's own modifier ("praised the funds *to help states* ...", "an ad *talking about*
    ...")."""
    if c.dep_ != "advcl":
        return False
    first = c.doc[c.left_edge.i]
    return first.tag_ == "TO" or (first.i == c.i and c.tag_ in ("VBG", "VBN"))


def _topic(verb: Token, obj: Token) -> TokRange | None:
    """What an attitude noun is about, when a verb airs it: "offered his thoughts *on
    readiness*", "claimed responsibility *for the attack*", "expressed fear *about the
    future*". The verb, the noun and the preposition are the cue; the topic is the content."""
    if obj.lemma_.lower() not in TOPIC_NOUNS or verb.lemma_.lower() not in _TOPIC_VERBS:
        return None  # "criticized his support for X": the support is what was criticized
    preps = [c for c in obj.children if c.dep_ == "prep" and c.i > obj.i]
    preps += [c for c in verb.children if c.dep_ == "prep" and c.i == obj.right_edge.i + 1]
    for prep in sorted(preps, key=lambda c: c.i):
        if prep.lower_ not in TOPIC_PREPS:
            continue
        pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None:
            return _trim_range(verb.doc, (pobj.left_edge.i, pobj.right_edge.i + 1))
    return None


#: Dependents of a stance verb after its object that still belong to what is meant ("praised
#: the effort *to attack* ...", "accused him *of lying*"); anything else (a comma, "and", a time,
#: a side clause) ends it.
_OBJECT_TAIL = frozenset({"prep", "acl", "xcomp", "ccomp", "oprd", "dative"})
_TIME_PREPS = frozenset({"on", "over"})  # with a date or time, they end it too ("on Tuesday")
#: Prepositions that set the scene of the act (where, when, amid what) rather than complete what
#: is meant: "was defending his support of waterboarding *at a rally*", "mentions her
#: granddaughter *in speeches*". They end an object's content whatever their object.
_SCENE_PREPS = frozenset({"at", "in", "during", "after", "before", "since", "until", "amid", "outside",
                          "inside", "near", "throughout", "following"})


#: "in support of", "in response to", "in return": a purpose or a reason, part of what is meant,
#: not the scene.
_IN_PURPOSE = frozenset({"response", "support", "return", "exchange", "favor", "favour", "light",
                         "protest", "opposition", "defense", "defence", "solidarity", "retaliation"})


def _object_end(verb: Token, obj: Token) -> int:
    end = obj.right_edge.i + 1
    for c in sorted((c for c in verb.children if c.i > obj.i), key=lambda c: c.i):
        if c.left_edge.i == end and _bare_clause(c):
            end = c.right_edge.i + 1
            continue
        if c.left_edge.i != end or c.dep_ not in _OBJECT_TAIL:
            break
        if c.dep_ == "prep" and c.lower_ in _SCENE_PREPS and not (c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _IN_PURPOSE for g in c.children)):
            break
        if c.dep_ == "prep" and c.lower_ in _TIME_PREPS and any(
                g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in _MEDIA)
                for g in c.children):
            break
        end = c.right_edge.i + 1
    return end


#: Where something is said ("on Twitter", "on his radio show", "on the campaign trail"): after
#: "on", the place of the act, not part of what was said or meant.
_MEDIA = frozenset({"twitter", "facebook", "instagram", "page", "show", "television", "tv", "radio", "air",
                    "program", "programme", "network", "channel", "stage", "trail", "floor", "website",
                    "site", "blog", "podcast", "media", "news", "hill", "call", "camera", "tape"})


#: Nouns of an attitude or a statement whose topic, after a preposition, is what was meant.
TOPIC_NOUNS = frozenset(
    """
    thought opinion view concern fear worry grievance word testimony question doubt
    responsibility criticism praise hope frustration anger outrage disappointment skepticism
    scepticism reservation objection complaint remark comment statement warning optimism
    pessimism confidence regret sympathy condolence support opposition
    """.split()
)
TOPIC_PREPS = frozenset({"about", "on", "over", "for", "regarding", "concerning", "toward", "towards",
                         "against", "with"})


#: Verbs that name or judge their object with a predicate ("called the wall *stupid*").
_NAMING_VERBS = frozenset({"call", "label", "brand", "deem", "dub", "term", "declare", "pronounce"})


#: Verbs that take their object *as* something ("views the deal as a trap"): an opinion.
_AS_VERBS = frozenset({"see", "view", "regard", "consider", "describe", "portray", "characterize",
                       "characterise", "cast", "frame", "paint", "label", "brand", "treat", "hail", "dismiss",
                       "denounce", "condemn", "criticize", "criticise", "praise"})


def is_personal(tok: Token) -> bool:
    """A person or people as an object ("told *reporters*"): the addressee, not what was said."""
    return (tok.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or tok.pos_ == "PROPN"
            or (tok.pos_ == "PRON" and tok.lower_ not in ("it", "this", "that", "something", "nothing"))
            or tok.lemma_.lower() in PERSON_HEADS)


def _trim_range(doc: Doc, r: TokRange) -> TokRange | None:
    return trim_range(doc, r[0], r[1])


_SIDE_CLAUSE = frozenset({"while", "whereas"})
#: Punctuation a reported clause keeps at its edges: its own question or exclamation mark and
#: its quotation marks, typographic, plain or typewriter-doubled (`` ... '').
_KEPT_AT_END = frozenset({"?", "!", "'", '"', "”", "’", "''"})
_KEPT_AT_START = frozenset({'"', "“", "‘", "'", "``"})


def clause_range(comp: Token) -> TokRange:
    start, end = _span(comp)
    doc = comp.doc
    for c in comp.children:
        # "..., while Germany's carmakers say ...": a trailing clause with its own subject and
        # a report of its own is the writer's contrast, not the reported words; without one
        # ("..., while wages stayed flat") PolNeAR keeps it in the content
        if (c.dep_ == "advcl" and c.i > comp.i and c.left_edge.lower_ in _SIDE_CLAUSE
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                and any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" for t in c.subtree)):
            end = min(end, c.left_edge.i)
        elif c.dep_ == "conj" and c.i > comp.i and _second_cue(c):
            end = min(end, _cc_before(c))
    while end > start + 1 and doc[end - 1].is_punct and doc[end - 1].text not in _KEPT_AT_END:
        end -= 1
    while start < end - 1 and doc[start].is_punct and doc[start].text not in _KEPT_AT_START:
        start += 1
    return start, end


def _second_cue(conj: Token) -> bool:
    """"said that the pier had reopened and urged boat owners to return": a verb of
    saying or stance joined by "and" / "but" without a subject of its own is the speaker's next
    act (an attribution of its own), though the parser hangs it on the reported verb."""
    if conj.pos_ != "VERB" or conj.lemma_.lower() not in SPEECH_VERBS or conj.lemma_.lower() in BELIEF_VERBS:
        return False
    if any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in conj.children):
        return False
    doc = conj.doc
    cc = _cc_before(conj)
    return cc < conj.i and doc[cc].lower_ in _TAIL_CC


def _cc_before(conj: Token) -> int:
    """Where the coordination before ``conj`` starts: its "and" / "but" (and a comma before it)."""
    doc = conj.doc
    cc = next((g.i for g in conj.head.children if g.dep_ == "cc" and g.i < conj.i), conj.i)
    while cc > 0 and doc[cc - 1].is_punct and doc[cc - 1].text in ",;":
        cc -= 1
    return cc


def _verb(tok: Token, lemma: str, inside_quote: list[bool] | None = None) -> Frame | None:
    if any(c.dep_ == "nsubjpass" for c in tok.children):
        return _passive(tok, lemma)
    says = lemma in _CORE_SPEECH and tok.tag_ == "VBG" and any(c.dep_ == "ccomp" for c in tok.children)
    if tok.dep_ == "acl" and not says and not _stance_of(tok, lemma):
        return None  # "a ruling ordering ...": the noun is not the speaker ("a letter saying
        # that ..." is: it says what it says)
    subj = subject_of(tok)
    if subj is not None and inside_quote is not None and inside_quote[subj.i]:
        subj = _unquoted_subject(subj, inside_quote) or subj
    if lemma in _EVIDENCE_VERBS and (subj is None or not (
            subj.lemma_.lower() in _EVIDENCE_SOURCES or subj.ent_type_ in ("PERSON", "ORG")
            or _finder(subj, tok) or _discloser(subj, tok, lemma))):
        return None  # "a poll showed that ...", not "the dispute showed that ..."
    if subj is not None and subj.ent_type_ in ("DATE", "TIME") and not subj.lower_.endswith("old"):
        subj = None  # "Tuesday evening said" is a misparse, not a speaker
    if subj is None and lemma in _CORE_SPEECH:
        subj = _name_before(tok) or _name_after(tok)
    elif subj is None:
        subj = _name_after(tok)  # "“...,” recalled Mr. Lee": any cue inverted after a quotation
    found = _complement_how(tok, lemma)
    content, how = found if found is not None else (None, "")
    if content is None and tok.dep_ == "parataxis":
        # "“Y,” he said" parsed with the cue hanging off the quote
        content, how = _parataxis_content(tok), "parataxis"
    if content is None and _as_comment(tok):
        return _as_frame(tok)
    if content is not None and lemma in _NO_WH and content[0] > tok.i:
        first = tok.doc[content[0]]
        quoted = inside_quote is not None and inside_quote[first.i]  # "“Why wait?” she said"
        if (first.lower_ in _WH and first.head.dep_ in ("ccomp", "xcomp") and first.head.head.i == tok.i
                and not quoted and _withheld(tok, first)):
            return None
    kind = "belief" if lemma in BELIEF_VERBS else "verb"
    if kind == "belief" and subj is not None and subj.lower_ == "it" and _infinitive(tok):
        # "it is hard to know whether ...", "it is too early to see how ...": the "it" of an
        # infinitive put after its adjective holds no belief
        return None
    if content is None and subj is not None and not _infinitive(tok):
        found = object_of(tok, lemma)
        if found is not None and found[0] is not None and not _quoted_in(found[0], inside_quote):
            # "criticised the plan", "called for an inquiry": the object is what was said
            # or meant (a quotation in it is left to the rule below)
            obj, how = found
            cue = cue_range(tok)
            if how in ("topic", "prep-clause"):  # "offered his thoughts on": the cue runs up to the content
                cue = (cue[0], obj[0])
            return Frame(cue, _holder_span(subj, tok), subj.i, obj, rule=f"{kind}.{how}")
    answer = _answer(tok) if content is None and subj is not None and lemma in _ANSWERING else None
    if answer is not None:
        # "46 percent said yes", "half said so", "Cruz thinks so": the answer is what was said or meant
        return Frame(cue_range(tok), _holder_span(subj, tok), subj.i, (answer.i, answer.i + 1),
                     rule=f"{kind}.answer")
    if content is None and subj is not None and tok.i + 1 < len(tok.doc) and tok.right_edge.i > tok.i:
        # "described the talks as 'candid'", "expressed 'deep regret'": a quotation in the
        # object is a (mixed) quote; without one this is no attribution
        cue = cue_range(tok)
        start = _after_preposition(tok, cue[1], inside_quote)
        rest = _trim_marks(tok.doc, start, _object_tail_end(tok, cue[1], inside_quote))
        return Frame(cue, _holder_span(subj, tok), subj.i, rest, needs_quote=True,
                     rule=f"{kind}.quoted-object")
    if lemma in WEAK_VERBS and content is None:
        return None
    if content is not None and _is_anonymity_request(tok.doc, content):
        return None
    if subj is None and content is None:
        return None
    cue = cue_range(tok, content)
    source = _holder_span(subj, tok) if subj is not None else None
    return Frame(cue, source, subj.i if source is not None and subj is not None else None, content,
                 rule=f"{kind}.{how or 'bare'}")


_NEGATIVE_SUBJECTS = frozenset({"neither", "no", "none", "nobody", "nor"})


def _negated(verb: Token) -> bool:
    """"did not say", "never said", "Neither government has said"."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return True
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(t.lower_ in _NEGATIVE_SUBJECTS for t in subj.subtree)


def _withheld(verb: Token, wh: Token) -> bool:
    """A wh-clause that tells nothing: under a refusal ("declined to say when"), a yes-no
    question left open ("did not say whether"), or what someone else asks for ("demanded that
    she explain what ..."). "Did not say when", "explained how" are attributions (PolNeAR
    annotates them)."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSALS:
        return True
    if wh.lower_ in ("whether", "if") and _negated(verb):
        return True
    return verb.dep_ == "ccomp"


_ANSWER_WORDS = frozenset({"yes", "no", "so", "not"})
#: Verbs whose answer word stands for a clause ("said so", "thinks so", "hope not").
_ANSWERING = CORE_SPEECH | {"think", "believe", "hope", "suppose", "guess", "expect", "fear", "doubt"}


def _answer(verb: Token) -> Token | None:
    """The answer word right after a verb of saying or believing ("said *no*", "thinks *so*")."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.head.i != verb.i or nxt.lower_ not in _ANSWER_WORDS:
        return None
    if nxt.lower_ == "not" and verb.lemma_.lower() in _CORE_SPEECH:
        return None  # "said not ..." opens a clause
    return nxt if nxt.dep_ in ("intj", "advmod", "dobj", "ccomp", "neg") else None


def _as_comment(tok: Token) -> bool:
    """"*As* The Hill *reported*, Trump was accused ...", "..., *as* Tuesday's results *show*",
    "*as* one voter *put it*": a reporting verb in an "as" clause with nothing of its own to
    report vouches for the clause it hangs on. A verb with an object or clause of its own is
    no such comment ("as he announced his run, ...": a time), nor is a verb that is not one of
    reporting ("as he spoke, ...")."""
    if tok.dep_ != "advcl" or is_root(tok) or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i for c in tok.children):
        return False
    lemma = tok.lemma_.lower()
    own = [c for c in tok.children if c.i > tok.i and not c.is_punct and c.dep_ not in ("npadvmod", "advmod")]
    if lemma == "put":
        return [c.lower_ for c in own] == ["it"]
    if lemma == "point":
        return [c.lower_ for c in own] == ["out"]
    # "as reported by the Gazette", "as she noted in her column": who reported it and where or when
    # are still the comment's own words, not something it reports
    return lemma in REPORTING_VERBS and all(c.dep_ in ("agent", "prep") for c in own)


def _as_frame(tok: Token) -> Frame | None:
    """The frame of an "as" comment: its subject speaks the clause it hangs on, on the side
    away from the comment (a comment in the middle of its clause leaves it split: skipped)."""
    subj = subject_of(tok)
    if subj is None or (subj.i > tok.i and subj != agent_of(tok)):
        return None
    head, doc = tok.head, tok.doc
    start, end = _span(head)
    a, b = _span(tok)
    if a == start or (a > start and all(t.is_punct for t in doc[start:a])):
        content = trim_range(doc, b, end)
    elif all(t.is_punct for t in doc[b:end]):
        content = trim_range(doc, start, a)
    else:
        return None
    if content is None or sum(t.is_alpha for t in doc[content[0]:content[1]]) < 2:
        return None
    last = next((c.i for c in tok.children if c.i > tok.i and c.lower_ in ("it", "out")), tok.i)
    cue = (cue_range(tok)[0], last + 1)
    kind = "belief" if tok.lemma_.lower() in BELIEF_VERBS else "verb"
    return Frame(cue, source_span(subj), subj.i, content, rule=f"{kind}.as-comment")


def _holder_span(subj: Token, verb: Token) -> TokRange | None:
    """The source's words; a noun the cue hangs on ends before the cue ("a letter [saying
    ...]", "groups [supporting Kasich]")."""
    source = source_span(subj)
    if verb.dep_ == "acl" and source[0] < verb.left_edge.i < source[1]:
        return trim_range(verb.doc, source[0], verb.left_edge.i)
    return source


def _stance_of(tok: Token, lemma: str) -> bool:
    """"groups *supporting* Kasich", "a super PAC *opposing* Clinton": a stance participle on
    the people or body that holds the stance, with the object it is about."""
    head, noun = tok.head, tok.head.lemma_.lower()
    holder = (head.ent_type_ in ("PERSON", "ORG", "NORP") or noun in PERSON_HEADS
              or noun in INSTITUTION_HEADS or head.lower_ in ("pac", "pacs"))
    return (tok.tag_ == "VBG" and lemma in OBJECT_VERBS and holder
            and any(c.dep_ == "dobj" for c in tok.children))


def _trim_marks(doc: Doc, a: int, b: int) -> TokRange | None:
    """Words from ``a`` to ``b`` without the punctuation at their edges (quotation marks
    kept when words follow them); ``None`` when no word is left ("reported, “...")."""
    r = trim_range(doc, a, b)
    if r is None or not any(t.is_alpha or t.like_num for t in doc[r[0]:r[1]]):
        return None
    start = r[0]
    while start > a and doc[start - 1].text in _QUOTE_MARKS:
        start -= 1  # an opening mark stays with the words it opens
    return start, r[1]


_OWN_ACTS = frozenset({"conj", "advcl"})


def _after_preposition(verb: Token, start: int, inside_quote: list[bool] | None) -> int:
    """'responded to the claim that it was “a disaster”': a preposition on the verb
    opens the quoted object but is not part of it (PolNeAR's Content starts after it), when
    words outside the marks follow it (a mixed quote still)."""
    doc = verb.doc
    if inside_quote is None or start + 1 >= len(doc):
        return start
    tok, nxt = doc[start], doc[start + 1]
    if (tok.dep_ == "prep" and tok.pos_ == "ADP" and tok.head.i == verb.i and not inside_quote[nxt.i]
            and nxt.text not in _QUOTE_MARKS):
        return start + 1
    return start


def _object_tail_end(verb: Token, start: int, inside_quote: list[bool] | None) -> int:
    """'called the mayor a “total fraud” and tweeted a photo': the quoted object ends before
    a clause joined to the verb after it (the speaker's next act, or the writer's aside),
    when the quotation and words outside it come before that clause (a mixed quote still)."""
    end = verb.right_edge.i + 1
    if inside_quote is None:
        return end
    for c in verb.children:
        if c.i <= start or c.dep_ not in _OWN_ACTS or (c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX")):
            continue
        cut = _cc_before(c) if c.dep_ == "conj" else c.left_edge.i
        kept = verb.doc[start:cut]
        if any(inside_quote[start:cut]) and any(t.is_alpha and not inside_quote[t.i] for t in kept):
            end = min(end, cut)  # words outside the marks stay: still a mixed quote
        elif _reporting_act(c):
            end = min(end, cut)  # "pressed on, saying that ...": the quotation is the participle's
    return end


def _reporting_act(c: Token) -> bool:
    """A verb of saying with a reported clause of its own ("..., saying that the toll was fair"):
    the speaker's next act, which reports what follows it."""
    return (c.pos_ == "VERB" and lemma_of(c.lower_, c.lemma_) in SPEECH_VERBS
            and any(g.dep_ == "ccomp" and g.i > c.i for g in c.children))


def _passive(tok: Token, lemma: str) -> Frame | None:
    """"The plan was criticised by unions": the agent holds the stance, the subject is what it is
    about; without an agent ("was asked to ...") the subject is no speaker."""
    pobj = agent_of(tok)
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if pobj is None or subj is None or lemma not in OBJECT_VERBS | CORE_SPEECH | {"report"}:
        return None
    start = min([c.i for c in tok.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < tok.i] + [tok.i])
    content = _trim_range(tok.doc, (subj.left_edge.i, subj.right_edge.i + 1))
    if content is None:
        return None
    # "was echoed by unions": PolNeAR leaves a stance verb's "by" out of the cue (on train, 11
    # more cues right); "was reported by" keeps it
    cue_end = tok.i + 1 if lemma in OBJECT_VERBS else pobj.head.i + 1  # through "by"
    return Frame((start, cue_end), source_span(pobj), pobj.i, content, rule="verb.passive")


def _infinitive(tok: Token) -> bool:
    """"asked him *to condemn* violence", "plans *to discuss* trade": a stance verb in an
    infinitive is part of what the verb above it says or means, not an attribution itself."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _unquoted_subject(subj: Token, inside_quote: list[bool]) -> Token | None:
    """The verb's other subject when the one found is inside quotation marks: "“... Every
    single amendment,” said Cruz" parses both as the subject of "said", and the speaker is the
    one outside the quotation (a lone subject in quotation marks, "the “Gang of Eight” said",
    stays)."""
    return next((c for c in subj.head.children
                 if c.dep_ in _SUBJECTS and c.i != subj.i and not inside_quote[c.i]), None)


def _quoted_in(r: TokRange, inside_quote: list[bool] | None) -> bool:
    """Some of these words are inside quotation marks (paired ones: an apostrophe is none)."""
    return inside_quote is not None and any(inside_quote[r[0]:r[1]])


_QUOTE_MARKS = frozenset("\"“”‘’«»")


_CORE_SPEECH = CORE_SPEECH


def _name_before(verb: Token) -> Token | None:
    """A name the parser failed to attach as the subject: "Sen. Elizabeth Warren (D-MA) said",
    "Mr Almeida, who co-chaired the conference, said"; the nearest proper noun before the
    verb in its sentence, skipping parentheses and a relative clause."""
    sent_start = verb.sent.start
    depth = 0
    i = verb.i - 1
    while i >= sent_start and verb.i - i <= 20:
        t = verb.doc[i]
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            depth -= 1
        elif depth == 0 and t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return t
        elif depth == 0 and t.lower_ in ("that", ";", ":") or t.text in "“”\"":
            return None
        i -= 1
    return None


def _name_after(verb: Token) -> Token | None:
    """The speaker of an inverted cue that the parser gave to the quotation's verb: "“The
    risk,” said Edward Leamer, an economist, “is ...”" (Leamer the subject of "is"). The noun
    phrase right after the cue, when it names someone (not "said Tuesday")."""
    doc = verb.doc
    if verb.i + 1 >= verb.sent.end or verb.i < 1 or verb.tag_ not in ("VBD", "VBZ"):
        return None
    before = doc[verb.i - 1]
    if before.text == "," and verb.i >= 2:
        before = doc[verb.i - 2]
    if before.text not in _QUOTE_MARKS and before.text != "''":
        return None  # inversion follows a quotation ("saying her foot was swollen" is no inversion)
    first = doc[verb.i + 1]
    chunk = next((c for c in verb.sent.noun_chunks if c.start == first.i), None)
    if chunk is None:
        return None
    root = chunk.root
    if root.ent_type_ in ("DATE", "TIME") or root.pos_ not in ("PROPN", "NOUN"):
        return None
    if root.pos_ == "PROPN" and root.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE"):
        return None
    return root if root.dep_ in _SUBJECTS or root.dep_ in ("dobj", "appos", "attr", "npadvmod") else None


def _parataxis_content(tok: Token) -> TokRange | None:
    head = tok.head
    if is_root(tok):
        return None
    while head.dep_ == "conj" and not is_root(head) and head.head.i < head.i:
        head = head.head  # "A fired, but B held, he said": the cue reports both conjuncts
    start, end = _span(head)
    if start <= tok.i < end:
        a, b = _span(tok)
        if a > start and b < end - 2:
            return start, end  # "Mr Obama, officials said, has become ...": around the cue
        if a > start:
            end = a
        else:
            start = b
    return trim_range(tok.doc, start, end) if end > start else None


_EVIDENCE_VERBS = EVIDENCE_VERBS
_EVIDENCE_SOURCES = frozenset({"poll", "survey", "study", "report", "data", "datum", "figure", "record",
                               "filing", "file", "email", "e-mail", "image", "video", "footage", "photo",
                               "statistic", "number", "tally", "count", "map", "chart", "model",
                               "analysis", "research", "review", "audit", "investigation", "test",
                               "inquiry", "assessment", "result", "document", "estimate",
                               "researcher", "investigator", "auditor", "scientist", "polling",
                               "finding", "memo", "transcript", "letter", "log", "census", "projection",
                               "forecast", "sample", "graph", "table", "spreadsheet", "database",
                               "average", "search", "disclosure", "paper", "article", "book", "post",
                               "tweet", "return", "author"})
#: People who find things out: "he found that ...", "the authors found that ...".
_FINDERS = frozenset({"he", "she", "they", "we", "i", "author", "authors"})


def _discloser(subj: Token, verb: Token, lemma: str) -> bool:
    """A person revealing or implying a clause ("the senator implied the count was wrong"), with
    or without "that"."""
    return (lemma in DISCLOSING_VERBS and is_personal(subj)
            and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children))


def _finder(subj: Token, verb: Token) -> bool:
    """A person as the subject of a finding verb with a that-clause ("they found that ...")."""
    person = subj.lower_ in _FINDERS or subj.lemma_.lower() in _FINDERS or subj.lemma_.lower() in PERSON_HEADS
    return person and _that_clause(verb) is not None


_PRE_CUE = {"aux", "auxpass", "neg", "advmod"}
_PHRASAL = {"call": {"on", "for"}, "point": {"to", "out"}, "refer": {"to"}, "talk": {"about"},
            "speak": {"of", "about"}, "complain": {"about"}, "warn": {"of", "about", "against"}}


#: Adverbs after a cue that are not about how it was said ("said so": the content itself).
_NOT_MANNER = frozenset({"so", "not", "too", "also", "as", "otherwise"})


#: Verbs of phase and effort that take the cue as their complement ("went on to say", "continued
#: to insist", "began talking about", "refused to say", "had to explain"): PolNeAR's Cue holds them.
_CATENATIVE = frozenset({"go", "continue", "begin", "start", "keep", "stop", "try", "refuse", "avoid",
                         "have", "need", "proceed", "attempt"})


#: Verbs of phase and of reply that open, close or answer with the cue as their means ("began by
#: saying", "responded by asking", "closed by thanking"): PolNeAR's Cue holds them and the "by".
_BY_MEANS = _CATENATIVE | frozenset({"conclude", "open", "close", "end", "finish", "respond", "reply",
                                     "follow"})


def _catenative_start(tok: Token, start: int) -> int:
    """Where the cue starts once a verb of phase or effort governing it joins it, with that
    verb's own auxiliaries and adverbs ("is continuing to insist", "just starts talking",
    "began by saying", "followed up by asking")."""
    head, upto = tok.head, start
    if _by_means(tok, start):
        head, upto = head.head, head.i  # "began by saying": the verb, then "by"
    elif tok.dep_ != "xcomp" or not (head.lemma_.lower() in _CATENATIVE or _controller(tok)):
        return start
    if head.i >= upto or any(head.doc[j].dep_ not in ("prt", "advmod") for j in range(head.i + 1, upto)):
        return start
    return _pre_cue_start(head)


def _pre_cue_start(tok: Token) -> int:
    """Where a cue word starts with the auxiliaries, negation and adverbs hung on it right before
    it ("has not yet said")."""
    start = tok.i
    for i in sorted((c.i for c in tok.children if c.dep_ in _PRE_CUE and c.i < tok.i), reverse=True):
        if i == start - 1:
            start = i
    return start


def _by_means(tok: Token, start: int) -> bool:
    """A gerund cue right after "by", which hangs on a verb of phase or reply ("began by saying")."""
    by = tok.head
    return (tok.dep_ == "pcomp" and by.lower_ == "by" and by.dep_ == "prep" and by.i == start - 1
            and by.head.pos_ == "VERB" and by.head.lemma_.lower() in _BY_MEANS)


def _means_governor(tok: Token) -> bool:
    """"responded" in "responded by saying ...": the gerund's cue holds it (``_by_means``)."""
    doc = tok.doc
    for by in tok.children:
        if by.i < tok.i or by.dep_ != "prep" or by.lower_ != "by" or any(
                doc[j].dep_ not in ("prt", "advmod") for j in range(tok.i + 1, by.i)):
            continue
        for g in by.children:
            if lemma_of(g.lower_, g.lemma_) in SPEECH_VERBS and _by_means(g, _pre_cue_start(g)):
                return True
    return False


def _controller(tok: Token) -> bool:
    """A subject-control predicate over a ``to``-infinitive cue ("seems to feel", "demanded to
    know", "deserves to know"): it shares its subject with the cue and
    PolNeAR's Cue holds it. Not "be" ("the aim is to call"), nor a verb with an object of its
    own, whose object is the one speaking ("led her to declare", "used the speech to urge")."""
    head = tok.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    return (head.pos_ == "VERB" and head.lemma_.lower() != "be"
            and not any(c.dep_ in ("dobj", "dative", "ccomp") for c in head.children))


def _manner(adv: Token) -> bool:
    """"said recently", "wrote sarcastically", "shot back": an adverb after the cue telling how
    or when the words were given is part of the cue (PolNeAR's Cue holds it)."""
    return (adv.dep_ == "advmod" and adv.pos_ == "ADV" and adv.lower_ not in _NOT_MANNER
            and adv.tag_ != "WRB")


def cue_range(tok: Token, content: TokRange | None = None) -> TokRange:
    """The cue with its auxiliaries, adverbs and particles ("has also said", "did not say",
    "called on"), and the few words between it and a following reported clause
    ("said Tuesday that ...")."""
    end = tok.i
    doc = tok.doc
    start = _catenative_start(tok, _pre_cue_start(tok))
    lemma = tok.lemma_.lower()
    phrasal = _PHRASAL.get(lemma, frozenset()) | CONTENT_PREPS.get(lemma, frozenset())
    for c in tok.children:  # in text order: "spoke favorably of"
        if c.i == end + 1 and (c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in phrasal or _manner(c)):
            end = c.i
    if content is not None and 0 < content[0] - (end + 1) <= 3:
        gap = doc[end + 1:content[0]]
        # "said Tuesday that", "said again that": not the addressee ("told reporters that"), nor a
        # dated phrase ("said on Tuesday that", "said last week that": PolNeAR leaves it out)
        if not any(t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "DET", "ADJ") or (
                t.pos_ in ("NOUN", "PROPN", "PRON") and t.ent_type_ not in ("DATE", "TIME")) for t in gap):
            end = content[0] - 1
    return start, end + 1


def _under_relay(tok: Token) -> bool:
    """"saying" in "cited X as saying" belongs to the relay verb's frame."""
    head = tok.head
    return (head.lower_ == "as" and head.head.lemma_.lower() in RELAY_VERBS) or (
        tok.dep_ in ("pcomp", "advcl") and head.lemma_.lower() in RELAY_VERBS)


def _relay(tok: Token) -> Frame | None:
    """"Tass cited Mr Lavrov as saying Y" / "Mr Lavrov was quoted as saying Y"."""
    as_tok = next((c for c in tok.children if c.lower_ == "as"), None)
    saying = None
    if as_tok is not None:
        saying = next((c for c in as_tok.children if c.dep_ in ("pcomp", "pobj")), None)
    if saying is None:
        saying = next((c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"), None)
    content = complement_of(tok, "cite")
    if content is None and saying is not None:
        content = complement_of(saying, "say")
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    end = (saying.i + 1) if saying is not None and passive else tok.i + 1
    cue = (tok.i, end)
    if passive:
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        outlet = agent_of(tok)
        return Frame(cue, source_span(subj) if subj is not None else None,
                     subj.i if subj is not None else None, content,
                     source_span(outlet) if outlet is not None else None,
                     outlet.i if outlet is not None else None, relay_passive=outlet is None,
                     rule="relay.passive")
    speaker = next((c for c in tok.children if c.dep_ == "dobj"), None)
    outlet = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if content is None and (saying is None or saying.tag_ != "VBG") and tok.lemma_.lower() == "cite":
        # "..., he said, citing the jobs report": the participle's subject is the clause's
        holder = outlet or (subject_of(tok) if tok.tag_ == "VBG" and tok.dep_ == "advcl" else None)
        if holder is not None and outlet is None and not (
                is_personal(holder) or holder.lower_ == "it" or holder.lemma_.lower() in INSTITUTION_HEADS):
            holder = None  # "the unrest has left 233 dead, citing hospital sources": no one cites
        cited = _cited(tok, holder, speaker)
        if cited is not None:
            return cited
    if speaker is None or (saying is None and content is None):
        return None
    return Frame(cue, source_span(speaker), speaker.i, content,
                 source_span(outlet) if outlet is not None else None,
                 outlet.i if outlet is not None else None, rule="relay")


def _cited(tok: Token, subj: Token | None, obj: Token | None) -> Frame | None:
    """"He cited the jobs report", "cited his record as proof": with no one's words to pass
    on, what the subject cites is what it puts forward (PolNeAR annotates it so)."""
    if subj is None or obj is None or obj.i < tok.i or _infinitive(tok):
        return None
    doc = tok.doc
    end = obj.right_edge.i + 1
    for c in sorted((c for c in tok.children if c.i > obj.i), key=lambda c: c.i):
        # "cited his record in the House", "cited the rural culture in defending his vote": what
        # follows the object goes with it, but a time ("on Tuesday") does not
        if c.left_edge.i != end or c.dep_ not in _OBJECT_TAIL | {"advcl"} or any(
                t.ent_type_ in ("DATE", "TIME") for t in c.subtree):
            break
        end = c.right_edge.i + 1
    for c in obj.children:
        # "cited the Head Start program, the federally funded ...": a description after a comma
        # tells the reader what the thing is; it is not what was cited
        if c.dep_ in ("appos", "relcl") and c.left_edge.i > obj.i and doc[c.left_edge.i - 1].text == ",":
            end = min(end, c.left_edge.i - 1)
    content = _trim_range(doc, (obj.left_edge.i, end))
    if content is None:
        return None
    return Frame(cue_range(tok), source_span(subj), subj.i, content, rule="cited.object")


def _according(tok: Token) -> Frame | None:
    """"According to X, Y", "Y, according to X", "Y, according to X, Z"."""
    doc = tok.doc
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    source = source_span(pobj)
    phrase = _span(tok)
    phrase = (min(phrase[0], tok.i), max(phrase[1], pobj.right_edge.i + 1))
    sent = tok.sent
    head = None if is_root(tok) else tok.head
    content = None
    if all(t.is_punct or t.is_space for t in doc[sent.start:tok.i]):
        # "According to X, Y.": the source ends at its first comma (the parser may run it on
        # into the reported words), the rest of the sentence is what X says
        comma = next((i for i in range(pobj.i + 1, source[1]) if doc[i].text == ","), None)
        if comma is not None:
            source = trim_range(doc, source[0], comma) or source
        end = max(source[1], phrase[1] if comma is None else comma)
        content = trim_range(doc, end, sent.end)
    elif all(t.is_punct or t.is_space for t in doc[phrase[1]:sent.end]):
        # "Y, according to X.": the whole sentence before the phrase, however the parser
        # attached it
        content = trim_range(doc, sent.start, phrase[0])
    elif head is not None:
        start, end = _span(head)
        start, end = max(start, sent.start), min(end, sent.end)
        if phrase[0] <= start:
            start = phrase[1]
        elif phrase[1] >= end or phrase[0] - start >= end - phrase[1]:
            end = phrase[0]  # most of the clause comes before the phrase
        else:
            start = max(start, phrase[1])
        content = trim_range(doc, start, end)
    if content is not None:
        content = drop_opener(doc, content)
    cue = (tok.i, tok.i + 2)
    if content is not None and (copula := _copula_before(doc, content, tok)) is not None:
        # "That's according to X": the copula joins the cue, the pronoun is what X says
        content, cue = (content[0], copula), (copula, tok.i + 2)
    return Frame(cue, source, pobj.i, content, verb=False, rule="according-to")


_POINTING = frozenset({"that", "this", "it"})
_COPULAS = frozenset({"'s", "’s", "is", "was"})  # the parser may tag a curly "’s" as an adverb


def _copula_before(doc: Doc, content: TokRange, tok: Token) -> int | None:
    """The copula of "That's / this is according to X" (a pronoun pointing back, then the
    phrase), or None."""
    a, b = content
    if b - a == 2 and tok.i == b and doc[a].lower_ in _POINTING and (
            doc[a + 1].lemma_ == "be" or doc[a + 1].lower_ in _COPULAS):
        return a + 1
    return None


#: Sentence openers that link to the previous sentence, not part of what the source says.
_OPENERS = frozenset({"but", "and", "still", "however", "yet", "so", "meanwhile", "also", "now",
                      "moreover", "overall", "instead", "indeed"})


def drop_opener(doc: Doc, r: TokRange) -> TokRange | None:
    """"Still, almost two in three voters ...": the linking word is the writer's."""
    a, b = r
    while a < b - 1 and doc[a].lower_ in _OPENERS and (doc[a].dep_ == "cc" or doc[a + 1].text == ","):
        a += 1
        while a < b and doc[a].is_punct:
            a += 1
    return (a, b) if b > a else None


def _noun(tok: Token) -> Frame | None:
    """"his warning that Y", "the claim by X that Y"."""
    clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
    if clause is None:
        return None
    src = next((c for c in tok.children if c.dep_ == "poss"), None)
    if src is None:
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        src = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    cue = (tok.i, tok.i + 1)
    rule = "noun.that"
    if src is None:
        # "expressed fear that Y", "voiced the hope that Y", "in the hope that Y": the noun's
        # holder is the subject of the verb that airs it
        verb = None
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _AIRING:
            verb, cue = tok.head, (tok.head.i, tok.i + 1)
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("in", "with") and tok.head.head.pos_ == "VERB":
            verb, cue = tok.head.head, (tok.head.i, tok.i + 1)
        src = subject_of(verb) if verb is not None else None
        rule = "noun.aired"
    if src is None:
        return None
    return Frame(cue, source_span(src), src.i, clause_range(clause), verb=False, rule=rule)


def _premodified(tok: Token) -> int:
    """Where a noun's adjectives and noun modifiers begin ("her *broad* support"): PolNeAR's
    noun cue keeps them, not the possessor or the article."""
    start = tok.i
    for c in sorted((c for c in tok.children if c.i < tok.i), key=lambda c: -c.i):
        if c.dep_ not in ("amod", "compound", "nmod", "nummod") or c.right_edge.i != start - 1:
            break
        start = c.left_edge.i
    return start


def _backing(tok: Token) -> Frame | None:
    """"the senator's strong support among farmers": the "among" group backs the possessor, who is
    what the backing is about (PolNeAR: source the group, content the possessor, cue the noun
    with its modifiers)."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    among = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "among" and c.i > tok.i), None)
    group = next((c for c in among.children if c.dep_ == "pobj"), None) if among is not None else None
    if poss is None or group is None:
        return None
    return Frame((_premodified(tok), tok.i + 1), source_span(group), group.i, _span(poss), verb=False,
                 rule="noun.among.object")


#: Verbs that air a stance named by a noun ("*expressed* fear that", "*made* the claim that").
_AIRING = frozenset({"express", "voice", "raise", "share", "reiterate", "repeat", "make", "issue", "offer",
                     "convey", "air", "signal", "state", "stress", "emphasize", "emphasise", "renew"})
#: The airing verbs and the others that put an attitude noun forward ("claimed responsibility for").
_TOPIC_VERBS = _AIRING | frozenset({"tweet", "claim", "take", "accept", "post", "write"})


def trim_range(doc: Doc, start: int, end: int) -> TokRange | None:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else None


def _is_anonymity_request(doc: Doc, r: TokRange) -> bool:
    """"who asked not to be identified": a condition of the source, not something said."""
    text = doc[r[0]:r[1]].text.lower()
    return text.startswith(("not to be ", "not be ", "anonymity"))
