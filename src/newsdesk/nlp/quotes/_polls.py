"""Findings placed in a poll: "In a CBS News poll, she led by 24 points", "Trump leads in the
polls". The preposition is the cue, the poll the source, and the clause it sits in (without
the phrase) what the poll says. PolNeAR annotates these as attributions, as it does "according
to a poll".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.nlp.quotes._frames import Frame, TokRange, drop_opener, is_personal, source_span, trim_range

#: Nouns of a measurement of opinion that findings are placed "in".
POLL_NOUNS = frozenset({"poll", "survey", "polling", "study"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_CLIMB = 3  # heads climbed from the phrase's head to the verb of its clause


def poll_frames(doc: Doc, inside_quote: list[bool]) -> list[Frame]:
    """One frame per "in <poll>" phrase outside quotation marks."""
    out = []
    for tok in doc:
        if tok.lower_ != "in" or tok.dep_ != "prep" or inside_quote[tok.i]:
            continue
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in POLL_NOUNS or pobj.tag_ != "NN":
            continue  # "rose in the polls": the standing, not one poll's finding
        content = _finding_range(tok)
        if content is not None:
            out.append(Frame((tok.i, tok.i + 1), source_span(pobj), pobj.i, content, verb=False,
                             rule="poll.in"))
    return out


def _finding_range(prep: Token) -> TokRange | None:
    """The words of the clause the phrase sits in, without the phrase when it opens or closes
    the clause (a phrase in the middle is cut out later, as a reporting clause is)."""
    head = prep.head
    if head.dep_ in _SUBJECTS:
        return None  # "voters in the poll held ...": the poll's people are the source
    for _ in range(_CLIMB):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    doc, sent = prep.doc, prep.sent
    start, end = max(head.left_edge.i, sent.start), min(head.right_edge.i + 1, sent.end)
    a, b = prep.left_edge.i, prep.right_edge.i + 1
    if all(t.is_punct or t.is_space for t in doc[start:a]):
        start = b
    elif all(t.is_punct or t.is_space for t in doc[b:end]):
        end = a
    subj = next((c for c in head.children if c.dep_ in _SUBJECTS and c.i < head.i), None)
    if subj is not None and subj.left_edge.i > start:
        start = subj.left_edge.i  # "In March, Cruz had ...": the time or setting is the writer's
    r = trim_range(doc, start, end)
    r = drop_opener(doc, r) if r is not None else None
    if r is None or sum(t.is_alpha for t in doc[r[0]:r[1]]) < 3:
        return None
    return r


#: "To X, ..." gives X's view; "For X, ..." far more often whom something concerns (PolNeAR
#: train: 7 right cues in 40), so it is left out.
_VIEWPOINT_PREPS = frozenset({"to"})


def viewpoint_frames(doc: Doc, inside_quote: list[bool]) -> list[Frame]:
    """"To Ms. Gil, the sport is a cry of dissent": a sentence opening with whose view it
    gives."""
    out = []
    for sent in doc.sents:
        first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        if first is None or first.lower_ not in _VIEWPOINT_PREPS or first.dep_ != "prep":
            continue
        if inside_quote[first.i]:
            continue
        pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
        if pobj is None or not is_personal(pobj) or pobj.ent_type_ in ("DATE", "TIME"):
            continue
        comma = pobj.right_edge.i + 1
        if comma >= sent.end or doc[comma].text != ",":
            continue
        content = trim_range(doc, comma + 1, sent.end)
        if content is None or sum(t.is_alpha for t in doc[content[0]:content[1]]) < 3:
            continue
        out.append(Frame((first.i, first.i + 1), source_span(pobj), pobj.i, content, verb=False,
                         rule=f"viewpoint.{first.lower_}"))
    return out
