"""Attitudes told by an adjective: "Cruz is confident that he can win", "voters are wary of
the deal", "she was eager to leave". The subject of the copula holds the attitude; the
that-clause, to-infinitive or prepositional object is what it is about. PolNeAR annotates
these as attributions (a belief, a wish or a stance), as it does "believes" or "opposes".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.nlp.quotes._frames import Frame, TokRange, source_span, subject_of, trim_range

#: Adjectives of belief, feeling or stance, with the prepositions that bring what they are about.
ATTITUDE_ADJECTIVES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("confident", "convinced", "sure", "certain", "hopeful", "optimistic",
                     "pessimistic", "doubtful", "skeptical", "sceptical", "unsure", "uncertain"),
                    frozenset({"of", "about", "in"})),
    **dict.fromkeys(("worried", "concerned", "nervous", "anxious", "afraid", "fearful", "wary",
                     "angry", "upset", "furious", "frustrated", "unhappy", "disappointed"),
                    frozenset({"about", "of", "over", "at", "with", "by"})),
    **dict.fromkeys(("critical", "supportive", "proud", "fond", "dismissive", "mindful", "aware",
                     "conscious", "sympathetic", "opposed", "hostile", "receptive"),
                    frozenset({"of", "to", "toward", "towards"})),
    **dict.fromkeys(("eager", "keen", "determined", "adamant", "comfortable", "pleased", "glad", "happy"),
                    frozenset({"about", "with", "on"})),
}
#: Verbs whose subject the adjective describes ("is wary", "seemed confident", "remains opposed").
_LINKING = frozenset({"be", "seem", "appear", "remain", "feel", "sound", "become", "grow", "look"})
_PRE = frozenset({"aux", "auxpass", "advmod", "neg"})


def adjective_frames(doc: Doc, inside_quote: list[bool]) -> list[Frame]:
    """One frame per attitude adjective outside quotation marks with a holder and a content."""
    out = []
    for tok in doc:
        preps = ATTITUDE_ADJECTIVES.get(tok.lower_)
        if preps is None or tok.dep_ != "acomp" or inside_quote[tok.i]:
            continue
        verb = tok.head
        if verb.lemma_.lower() not in _LINKING or verb.i > tok.i:
            continue
        subj = subject_of(verb)
        if subj is None or subj.i > verb.i or subj.pos_ not in ("PROPN", "PRON", "NOUN"):
            continue
        if subj.lower_ in ("it", "this", "that", "there") or inside_quote[subj.i]:
            continue  # "it is clear that": no holder
        found = _content(tok, preps)
        if found is None:
            continue
        content, cue_end = found
        if any(inside_quote[content[0]:content[1]]):
            continue  # a quotation's speaker is told by the verb of saying around it
        out.append(Frame((_cue_start(verb), cue_end), source_span(subj), subj.i, content, verb=False,
                         rule="belief.adjective"))
    return out


def _cue_start(verb: Token) -> int:
    """PolNeAR's cue runs from the linking verb with its auxiliaries and negation ("has often
    been critical of", "are not aware of") through the adjective."""
    start = verb.i
    doc = verb.doc
    while start - 1 >= 0 and doc[start - 1].head.i == verb.i and doc[start - 1].dep_ in _PRE:
        start -= 1
    return start


def _content(adj: Token, preps: frozenset[str]) -> tuple[TokRange, int] | None:
    """What the attitude is about and where the cue ends: a clause ("confident *that* ..."), an
    infinitive ("eager *to leave*") or a prepositional object ("wary *of the deal*")."""
    doc = adj.doc
    for c in adj.children:
        if c.i < adj.i:
            continue
        if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and any(g.lower_ == "to" and g.dep_ == "aux"
                                                            for g in c.children)):
            r = trim_range(doc, c.left_edge.i, c.right_edge.i + 1)
            return (r, adj.i + 1) if r is not None else None
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is None:
                continue
            r = trim_range(doc, obj.left_edge.i, obj.right_edge.i + 1)
            return (r, c.i + 1) if r is not None else None
    return None


def made_clear_frames(doc: Doc, inside_quote: list[bool]) -> list[Frame]:
    """"Trump made clear that he would stay", "she has made it clear she will run": a statement
    of its subject; the cue runs from "made" through "clear"."""
    out = []
    for tok in doc:
        if tok.lower_ != "clear" or tok.dep_ not in ("oprd", "ccomp") or inside_quote[tok.i]:
            continue
        verb = tok.head
        if verb.lemma_.lower() != "make" or verb.i > tok.i:
            continue
        subj = subject_of(verb)
        if subj is None or subj.i > verb.i or subj.pos_ not in ("PROPN", "PRON", "NOUN"):
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > tok.i), None)
        if clause is None:
            clause = next((c for c in tok.children if c.dep_ in ("ccomp", "advcl") and c.i > tok.i
                           and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
        if clause is None:
            continue
        content = trim_range(doc, clause.left_edge.i, clause.right_edge.i + 1)
        if content is None or content[0] <= tok.i or any(inside_quote[content[0]:content[1]]):
            continue
        out.append(Frame((_cue_start(verb), tok.i + 1), source_span(subj), subj.i, content, verb=False,
                         rule="verb.made-clear"))
    return out
