"""Attributions the writer makes without naming a speaker: "X seems to ...", "X is expected
to ...", "asked about X".

PolNeAR counts an appearance or a common belief as an attribution even when nobody is named:
"The plan appears doomed", "Trump is expected to win". The cue is the raising verb (with its
auxiliaries), the content is its subject and its complement around the cue, and the source is
the agent when there is one ("are considered unclean *by Muslims*"), else nobody (the writer).
A question put to someone ("Asked about the vote, she ...", "was asked whether ...") is likewise
an attribution of its asker, usually unnamed, and so is the agentless passive of any cue verb
("The price was not disclosed", "She is accused of fraud").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.nlp.quotes._frames import (
    Frame,
    TokRange,
    agent_of,
    clause_range,
    complement_of,
    cue_range,
    is_asked,
    object_of,
    source_span,
    trim_range,
)
from newsdesk.nlp.quotes._lexicon import SPEECH_VERBS, WEAK_VERBS
from newsdesk.nlp.speech_verbs import CLAUSE_VERBS, OBJECT_VERBS, lemma_of

#: Verbs that say how a thing looks to the writer ("seems", "appears").
SEEM_VERBS = frozenset({"seem", "appear"})
#: Verbs whose passive with an infinitive or predicate reports what is commonly held ("is
#: expected to", "is believed to", "is considered unclean").
HELD_VERBS = frozenset({"expect", "believe", "think", "say", "consider", "rumor", "rumour",
                        "presume", "report", "see", "allege"})
#: "can be seen lying", "can't seem to": ability, not a judgement.
_MODALS = frozenset({"can", "could", "ca"})
#: Adverbs that pass the clause they modify on as hearsay ("is *reportedly* spending").
HEARSAY_ADVERBS = frozenset({"reportedly"})
_COMPLEMENTS = frozenset({"xcomp", "acomp", "oprd"})
_EXPLETIVES = frozenset({"it", "there"})


def raising_frames(doc: Doc, inside_quote: list[bool], frames: list[Frame]) -> list[Frame]:
    """One frame per hedged or hearsay predication outside quotation marks whose verb is no
    cue of another frame."""
    # a verb frame without a source of its own, or waiting for a quotation, says nothing here
    cues = {i for f in frames if f.source is not None and not f.needs_quote for i in range(*f.cue)}
    out = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "ADV") or inside_quote[tok.i] or tok.i in cues:
            continue
        lemma = lemma_of(tok.lower_, tok.lemma_)
        frame = None
        if lemma in SEEM_VERBS and not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            frame = _raising(tok, "nsubj", f"raising.{lemma}")
        elif lemma in HELD_VERBS and tok.tag_ == "VBN":
            frame = _raising(tok, "nsubjpass", "raising.passive")
        elif is_asked(tok):
            frame = _asked(tok)
        elif lemma in SPEECH_VERBS and tok.tag_ == "VBN":
            frame = _unsaid_by(tok, lemma)
        if frame is None and tok.lower_ in HEARSAY_ADVERBS and tok.dep_ == "advmod":
            frame = _hearsay_adverb(tok)
        if frame is not None:
            out.append(frame)
    return out


def _raising(tok: Token, subj_dep: str, rule: str) -> Frame | None:
    subj = next((c for c in tok.children if c.dep_ == subj_dep and c.i < tok.i), None)
    if subj is None or tok.dep_ == "acl":
        return None
    doc = tok.doc
    source, holder_i = _held_by(tok)
    if subj.lower_ in _EXPLETIVES:
        # "It appears that ...", "It is expected that ...": the clause alone is the content
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i
                       and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
        if clause is None:
            return None
        content = clause_range(clause)
        return Frame(cue_range(tok, content), source, holder_i, content, rule=rule)
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.children):
        return None
    comp = _predication(tok, rule)
    if comp is None:
        return None
    if comp.dep_ == "xcomp" and comp.lemma_.lower() in SPEECH_VERBS and tok.lemma_.lower() in SEEM_VERBS:
        return _hedged_act(tok, subj, comp)  # (what "is expected to endorse" is held to do stays hearsay)
    lead = trim_range(doc, *_lead(subj))
    content = trim_range(doc, *clause_range(comp))
    if lead is None or content is None:
        return None
    cue = cue_range(tok)
    if comp.dep_ == "prep":  # "is seen as": the preposition belongs to the cue
        cue = (cue[0], comp.i + 1)
        content = trim_range(doc, comp.i + 1, content[1])
        if content is None:
            return None
    if subj.tag_ in ("WDT", "WP"):
        rule += ".rel"
    return Frame(cue, source, holder_i, content, rule=rule, subject=lead)


def _unsaid_by(tok: Token, lemma: str) -> Frame | None:
    """"The price was not disclosed", "Ms Ode was accused of fraud", "The plan is known as
    Bridge": the passive of a cue verb with no agent is said or held by someone the writer does
    not name (the source is nobody). What was said is the verb's clause when it has one ("was
    told that ..."); else the subject, with what follows "of" / "for" / "about" ("accused *of
    fraud*") or the predication ("known *as Bridge*", as ``_raising`` gives it) as the
    content's second part. Only a main clause's verb, not under a modal ("details would be
    disclosed" is no report): under another verb or a noun ("..., which was criticized") the
    passive is the writer's or a speaker's narration far more often (PolNeAR train). The
    subject alone is no content for a weak verb ("the talks were focused on jobs") or one whose
    noun-phrase object is never what was said ("a line was added")."""
    if tok.dep_ != "ROOT" or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
    if subj is None or subj.tag_ in ("WDT", "WP") or subj.lower_ in _EXPLETIVES:
        return None
    doc = tok.doc
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if clause is not None:
        content = trim_range(doc, *clause_range(clause))
        if content is None:
            return None
        return Frame(cue_range(tok, content), None, None, content, rule="raising.passive.clause")
    if _predication(tok, "raising.passive") is not None:
        return _raising(tok, "nsubjpass", "raising.passive")
    lead = trim_range(doc, *_lead(subj))
    if lead is None:
        return None
    cue = cue_range(tok)
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == cue[1]
                 and c.lower_ in _CHARGE_PREPS), None)
    pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if prep is not None and pobj is not None:
        # "is accused of fraud": the preposition joins the cue, its object is the second part
        content = trim_range(doc, prep.i + 1, pobj.right_edge.i + 1)
        if content is not None:
            return Frame((cue[0], prep.i + 1), None, None, content, rule="raising.passive.prep", subject=lead)
    if lemma in CLAUSE_VERBS or (lemma in WEAK_VERBS and lemma not in OBJECT_VERBS):
        return None
    return Frame(cue, None, None, lead, rule="raising.passive.object")


#: Prepositions after a passive cue that bring what the subject is said to have done or be
#: ("accused *of*", "criticized *for*", "praised *for*").
_CHARGE_PREPS = frozenset({"of", "for", "about", "over"})


def _held_by(tok: Token) -> tuple[TokRange | None, int | None]:
    """The source span and head of a passive's "by" agent ("is expected *by analysts* to"), or none."""
    holder = agent_of(tok)
    return (source_span(holder), holder.i) if holder is not None else (None, None)


def _hedged_act(tok: Token, subj: Token, act: Token) -> Frame | None:
    """"Obama seemed to recognize the stakes", "The Times is expected to endorse Clinton": the
    subject's own saying or stance, hedged; the cue runs from the hedge to the act."""
    if subj.tag_ in ("WDT", "WP") or any(c.dep_ == "agent" for c in tok.children):
        return None
    lemma = act.lemma_.lower()
    content = complement_of(act, lemma)
    if content is None:
        found = object_of(act, lemma)
        content = found[0] if found is not None else None
    if content is None:
        return None
    end = cue_range(act, content)[1]
    if end > content[0]:
        end = act.i + 1
    return Frame((cue_range(tok)[0], end), source_span(subj), subj.i, content, rule="raising.act")


def _predication(tok: Token, rule: str) -> Token | None:
    """The predication after the verb: "to be shrinking", "paralyzed", "unclean", "as a
    threat" (the last only for a passive: "is seen as")."""
    for c in tok.children:
        if c.i > tok.i and c.dep_ in _COMPLEMENTS:
            if c.dep_ == "xcomp" and c.tag_ == "VB" and not any(g.lower_ == "to" for g in c.children):
                continue
            return c
    if rule == "raising.passive":
        return next((c for c in tok.children if c.i > tok.i and c.dep_ == "prep" and c.lower_ == "as"), None)
    return None


def _lead(subj: Token) -> TokRange:
    """The subject's words: a relative pronoun stands alone ("delegates *who* are expected")."""
    return subj.left_edge.i, subj.right_edge.i + 1


def _asked(tok: Token) -> Frame | None:
    """"X was asked whether ...", "Asked about the vote, she ...": the question put to someone,
    by whoever asked it (the agent, else nobody named)."""
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    bare = tok.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    if not passive and not bare:
        return None
    doc = tok.doc
    source, holder_i = _held_by(tok)
    after = sorted((c for c in tok.children if c.i > tok.i), key=lambda c: c.i)
    # "was asked to stay on" is a request, not a question: left out (the existing reading)
    for c in after:
        if c.dep_ == "prep" and c.lower_ == "about":
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            content = trim_range(doc, pobj.left_edge.i, pobj.right_edge.i + 1) if pobj is not None else None
            if content is None:
                return None
            return Frame((_asked_cue(tok)[0], c.i + 1), source, holder_i, content, rule="asked.about")
        if c.dep_ in ("ccomp", "dobj") or (c.dep_ == "advcl" and c.left_edge.lower_ in ("if", "whether")):
            content = trim_range(doc, *clause_range(c))
            if content is None:
                return None
            return Frame(_asked_cue(tok, content), source, holder_i, content, rule="asked.question")
    # "Asked at a briefing about the strike, ...": the parser hangs "about" on the setting's
    # noun; the cue stops at "asked" and the distant "about" opens the content
    for c in after:
        noun = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" else None
        if noun is None:
            continue
        about = next((g for g in noun.children if g.dep_ == "prep" and g.lower_ == "about"), None)
        if about is None:
            continue
        pobj = next((g for g in about.children if g.dep_ in ("pobj", "pcomp")), None)
        content = trim_range(doc, about.i, pobj.right_edge.i + 1) if pobj is not None else None
        if content is not None:
            return Frame(_asked_cue(tok), source, holder_i, content, rule="asked.about")
    return None


def _asked_cue(tok: Token, content: TokRange | None = None) -> TokRange:
    """The cue without the "when" of "when asked": the time of the question is the writer's."""
    start, end = cue_range(tok, content)
    while start < tok.i and tok.doc[start].tag_ == "WRB":
        start += 1
    return start, end


def _hearsay_adverb(adv: Token) -> Frame | None:
    """"The group is reportedly spending $1 million": the clause is hearsay, in two parts
    around the adverb (the cue); the clause ends before a coordinated clause of its own."""
    head = adv.head
    if head.pos_ not in ("VERB", "AUX") or head.i == adv.i:
        return None
    doc, sent = adv.doc, adv.sent
    start, end = clause_range(head)
    start, end = max(start, sent.start), min(end, sent.end)
    for c in head.children:
        if c.i > head.i and c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            end = min(end, c.left_edge.i)
            cc = next((g for g in head.children if g.dep_ == "cc" and head.i < g.i < c.i), None)
            if cc is not None:
                end = min(end, cc.i)
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < adv.i), None)
    if subj is not None:
        start = max(start, subj.left_edge.i)  # "In total, the hackers have ...": the setting is the writer's
    lead = trim_range(doc, start, adv.i)
    content = trim_range(doc, adv.i + 1, end)
    if content is None:
        return None
    rule = f"hearsay.{adv.lower_}"
    return Frame((adv.i, adv.i + 1), None, None, content, rule=rule, subject=lead)
