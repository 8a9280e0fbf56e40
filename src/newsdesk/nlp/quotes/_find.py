"""Attribution finding: pair quotation marks with cue frames, add reported speech, resolve.

1. Quotation marks give the direct and mixed quotes; each is attributed by the nearest cue
   frame of its sentence(s). A quote inside a larger reported clause is *mixed*; a quote
   with no cue of its own continues the previous speaker (split and multi-paragraph quotes).
2. Cue frames not used by a quotation are indirect (reported) speech.
3. "X said Y, Interfax reported": the outer frame names an outlet, which becomes the inner
   attribution's intermediary instead of an attribution of its own.
4. Sources are resolved to speakers in text order, so anaphora follow earlier speakers.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsdesk.models import Entity, Quote, QuoteKind, Span
from newsdesk.nlp.quotes._frames import ACT_PREPS, Frame, TokRange, find_frames, source_span
from newsdesk.nlp.quotes._marks import QuoteMark, find_quotations
from newsdesk.nlp.quotes._polls import poll_frames, viewpoint_frames
from newsdesk.nlp.quotes._raising import raising_frames
from newsdesk.nlp.quotes._relative import (
    cut_trailing_relative,
    cut_trailing_summary,
    trim_dangling_conjunction,
)
from newsdesk.nlp.quotes._speakers import Resolver, Speaker
from newsdesk.nlp.quotes._stances import adjective_frames, made_clear_frames
from newsdesk.nlp.quotes._transcript import transcript_frames
from newsdesk.nlp.speech_verbs import CORE_SPEECH

_NEWLINE = re.compile(r"\n")
_MIN_OUTSIDE = 1  # words of a reported clause outside the marks that make a quote "mixed"
_RELAYING = frozenset({"report", "cite", "quote"})
_OPENING = frozenset({"“", '"', "''", "``", "‘", "'"})


@dataclass
class _Attr:
    kind: QuoteKind
    content: tuple[int, int]  # chars
    frame: Frame | None
    clause: tuple[int, int] | None = None
    follows: _Attr | None = None  # a quote part continuing this earlier one (no cue of its own)
    group: int = 0
    speaker: Speaker | None = None
    intermediary: Speaker | None = None


def find_quotes(doc: Doc, entities: list[Entity],
                exclude: list[tuple[int, int]] | None = None) -> list[Quote]:
    """Every attribution in ``doc``, with speakers resolved to ``entities``.

    ``exclude`` lists character ranges (the headline) whose attributions are left out: a
    headline restates the body in telegraphic style.
    """
    text = doc.text
    marks = find_quotations(text)
    starts = [t.idx for t in doc]
    inside = [False] * len(doc)
    mark_tokens = []
    for m in marks:
        a, b = _tok_range(starts, m.open_at, m.close_end)
        mark_tokens.append((a, b))
        for i in range(a, b):
            inside[i] = True
    frames = find_frames(doc, inside)
    frames += raising_frames(doc, inside, frames) + poll_frames(doc, inside) + viewpoint_frames(doc, inside)
    frames += adjective_frames(doc, inside) + made_clear_frames(doc, inside)
    frames = _drop_nested_beliefs(_drop_misparsed(doc, frames))
    _cut_source_asides(doc, frames)
    for f in frames:
        cut_trailing_relative(doc, f, inside)
        cut_trailing_summary(doc, f, inside)
        trim_dangling_conjunction(doc, f)
    _extend_document_cues(doc, frames)
    frames += _colon_frames(doc, mark_tokens, frames)
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    para = [bisect.bisect_right(breaks, t.idx) for t in doc]
    frames = [f for f in (_within_paragraph(f, para) for f in frames) if f is not None]
    if exclude:
        frames = [f for f in frames if not any(a <= doc[f.cue[0]].idx < b for a, b in exclude)]
    people = {n for e in entities if e.type == "PERSON" for n in (e.canonical, *e.aliases)}
    labelled = transcript_frames(doc, text, starts, people)
    taken = {i for f in labelled for i in range(*f.content)}
    frames = [f for f in frames if f.cue[0] not in taken]
    attrs = _quoted(doc, text, marks, mark_tokens, frames, para)
    attrs = [a for a in attrs if doc[bisect.bisect_left(starts, a.content[0])].i not in taken]
    attrs += [_Attr("direct", _chars(doc, f.content), f) for f in labelled]
    used = {id(a.frame) for a in attrs if a.frame is not None}
    spoken = _spoken_marks(attrs)
    for f in frames:
        raising = f.rule.startswith(_WRITERS)
        if id(f) in used or f.content is None or (f.source is None and not raising) or f.needs_quote:
            continue
        span = _chars(doc, f.content)
        if any(_overlap(span, (m.start, m.end)) > 0.5 * (m.end - m.start)
               and not _nested_speaker(f, spoken.get(m.start)) for m in marks):
            continue
        if f.subject is not None:
            lead = _Attr("indirect", _chars(doc, f.subject), f)
            attrs.extend([lead, _Attr("indirect", span, f, follows=lead)])
            continue
        if _words(doc, f.content) < 2 and not _one_word_content(doc, f):
            continue
        attrs.extend(_around(doc, f, span))
    _close_quotations(attrs, marks)
    attrs.sort(key=lambda a: a.content[0])
    resolver = Resolver(doc, entities, text, breaks, [(m.open_at, m.close_end) for m in marks])
    _resolve(doc, attrs, resolver)
    attrs = _fold_outlets(doc, attrs, resolver)
    return _to_quotes(doc, text, _drop_reports_in_reports(doc, attrs))


def _close_quotations(attrs: list[_Attr], marks: list[QuoteMark]) -> None:
    """'said the plan “will cost jobs. Nobody wants that,” and left': a reported clause that
    opens before a quotation and ends inside it (the parser closed the sentence at a full stop
    between the marks) runs to the quotation's end; PolNeAR's Content never stops inside one."""
    for att in attrs:
        if att.kind == "direct":
            continue
        r = att.clause if att.clause is not None else att.content
        for m in marks:
            if r[0] < m.open_at < r[1] < m.end and not m.unclosed:
                r = (r[0], m.close_end)
                if att.clause is not None:
                    att.clause = r
                else:
                    att.content = r
                break


def _spoken_marks(attrs: list[_Attr]) -> dict[int, Frame]:
    """The frame each attributed quotation went to, by the quotation's first character."""
    return {a.content[0]: a.frame for a in attrs if a.frame is not None and a.kind != "indirect"}


def _nested_speaker(f: Frame, g: Frame | None) -> bool:
    """"Clinton said that she praised what he called “a fine race”": the quotation went to a
    cue inside ``f``'s reported clause, so ``f`` still reports that clause (PolNeAR keeps both)."""
    return g is not None and g is not f and f.content is not None and f.content[0] <= g.cue[0] < f.content[1]


def _drop_misparsed(doc: Doc, frames: list[Frame]) -> list[Frame]:
    """A frame whose content holds another speaker's cue and source ("Tokyo agreed [..., an
    official said]") is the parser taking the reporting clause for the reported one.
    Outlets reporting others ("X said Y, Interfax reported") are kept for folding."""
    acts = [g for g in frames if g.content is not None and _next_act(doc, g.cue[0])]
    for f in frames:
        _cut_trailing_report(doc, f, frames)
        _cut_next_act(doc, f, acts)
        _extend_preposed(doc, f)
    keep = []
    for f in frames:
        if f.content is not None and not f.needs_quote:
            a, b = f.content
            inner = [g for g in frames if g is not f and a <= g.cue[0] < b and g.source is not None
                     and a <= g.source[0] and g.source[1] <= b and not g.needs_quote and not _stance(g)
                     and _postposed(g)]
            if inner and not _reports(doc, f):
                continue
        keep.append(f)
    return keep


_WHO = frozenset({"who", "whose"})


def _cut_source_asides(doc: Doc, frames: list[Frame]) -> None:
    """Asides after a comma that PolNeAR leaves out of a source: a participle telling where or
    how the words were said ("the mayor, speaking at the harbour opening"), and a who-clause that
    reports speech of its own ("said Ann Lee, who added that ...": a second attribution, its
    source "who"). A who-clause that only describes the speaker ("who runs the ferry company")
    stays in."""
    cues = sorted(f.cue[0] for f in frames if f.rule == "verb.ccomp")
    for f in frames:
        if f.source is None:
            continue
        _cut_dateline(doc, f)
        a, b = f.source
        for i in range(a + 1, b - 1):
            if doc[i - 1].text != ",":
                continue
            t = doc[i]
            if t.tag_ == "VBG" and t.dep_ in ("acl", "advcl") and t.lower_ != "including":
                # "the mayor, speaking at the harbour opening": where and how, not who
                f.source = (a, i - 1)
                break
            if t.lower_ in _WHO:
                k = bisect.bisect_left(cues, i)
                if k < len(cues) and cues[k] < b or _about_speaking(doc, t, b):
                    f.source = (a, i - 1)
                break
        if f.source == (a, b):
            _cut_given_aside(doc, f)


def _cut_given_aside(doc: Doc, f: Frame) -> None:
    """"Okafor, who has long opposed the levy, said ...": a relative clause after a comma on a
    name the article has already used, standing between the subject and its cue, is an aside
    about someone the reader knows, not how the article names the source; PolNeAR leaves it out
    (a name met for the first time keeps its clause: "Ramos, who teaches law at Yale")."""
    a, b = f.source  # type: ignore[misc]
    if f.source_head is None or b > f.cue[0]:
        return
    head = doc[f.source_head]
    if head.pos_ != "PROPN" or not any(t.text == head.text for t in doc[:a]):
        return
    for t in doc[a + 1:b]:
        if t.dep_ == "relcl" and a <= t.head.i < t.i:
            start = t.left_edge.i
            if start > a + 1 and doc[start - 1].text == ",":
                f.source = (a, start - 1)
            return


def _cut_dateline(doc: Doc, f: Frame) -> None:
    """"WASHINGTON (AP) — Senator Lee said ...": a wire dateline the parser joined to the subject
    is where the story was filed, not who spoke; the source starts after its dash."""
    a, b = f.source  # type: ignore[misc]
    for i in range(a + 1, min(b - 1, a + 12)):
        if doc[i].text == ")" and doc[i + 1].text in _DASHES and doc[i - 2].text == "(":
            f.source = (i + 2, b)
            if f.source_head is not None and f.source_head < i + 2:
                f.source_head = next((j for j in range(i + 2, b) if not i + 2 <= doc[j].head.i < b), b - 1)
            return


#: Verbs of a who-clause that tell how the words were given, not who gave them.
_SPEAKING = frozenset({"speak", "talk", "request", "decline", "insist", "ask"})


def _about_speaking(doc: Doc, who: Token, end: int) -> bool:
    """"an official, who spoke on condition of anonymity", "who requested anonymity to discuss
    ...": a who-clause about the act of speaking is a circumstance of the attribution, which
    PolNeAR leaves out of the Source (a who-clause describing the person stays)."""
    verb = who.head
    return verb.i > who.i and (verb.lemma_.lower() in _SPEAKING or any(
        doc[j].lower_ in ("anonymity", "anonymously") for j in range(who.i + 1, end)))


_DOCUMENTS = frozenset({"statement", "letter", "email", "e-mail", "release", "message", "memo", "note",
                        "report", "tweet", "video", "ad", "post", "text", "op-ed", "column"})


_ISSUING = frozenset({"issue", "release", "send", "post", "publish", "write", "put", "circulate", "air",
                      "run", "distribute", "tweet", "email", "pen"})


def _extend_document_cues(doc: Doc, frames: list[Frame]) -> None:
    """"The council sent a letter to residents saying ...": issuing the document is part
    of the cue, from its verb to "saying" (the source is that verb's subject)."""
    for f in frames:
        t = doc[f.cue[0]]
        if f.source is None or t.tag_ != "VBG" or f.cue[1] - f.cue[0] != 1:
            continue
        if t.dep_ == "acl" and t.head.dep_ == "dobj":
            noun, verb = t.head, t.head.head
        elif t.dep_ == "advcl":
            verb = t.head
            noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < t.i), verb)
        else:
            continue
        if noun.lemma_.lower() not in _DOCUMENTS or verb.lemma_.lower() not in _ISSUING or verb.i >= noun.i:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and f.source[0] <= noun.i < f.source[1]:
            # "The campaign issued a statement saying ...": the parse makes the statement the
            # speaker; the one who issued it is (PolNeAR's Source)
            f.source, f.source_head = source_span(subj), subj.i
        if subj is not None and f.source[0] <= subj.i < f.source[1]:
            f.cue = (verb.i, f.cue[1])


def _around(doc: Doc, f: Frame, span: tuple[int, int]) -> list[_Attr]:
    """"In the long run, many economists say, this effect could ripple": reported words on
    both sides of their reporting clause are one attribution in two parts, without it."""
    first = _Attr("indirect", span, f)
    sides = _sides(doc, f)
    if sides is None:
        return [first]
    first.content = _chars(doc, sides[0])
    return [first, _Attr("indirect", _chars(doc, sides[1]), f, follows=first)]


def _sides(doc: Doc, f: Frame) -> tuple[TokRange, TokRange] | None:
    """The reported words before and after a reporting clause (source and cue) that stands
    inside them, or None when it does not."""
    if f.content is None or f.source is None:
        return None
    a, b = f.content
    lo, hi = min(f.source[0], f.cue[0]), max(f.source[1], f.cue[1])
    if not (a < lo and hi < b):
        return None
    left, right = _trim_tokens(doc, a, lo), _trim_tokens(doc, hi, b)
    return (left, right) if left is not None and right is not None else None


def _split_clause(doc: Doc, att: _Attr, marks: tuple[int, int]) -> _Attr | None:
    """A reported clause around its own reporting clause. "These sources, the lawyers said,
    “all command the same conclusion”": the words before the cue are reported too, so the
    attribution is in two parts without the cue (as ``_around`` does for indirect speech), and
    the part before leads. "“Savage,” she said, meaning ...": what follows the cue is the
    writer's, so the clause ends with the quotation. The part before, or None."""
    f = att.frame
    sides = _sides(doc, f) if f is not None and att.clause is not None else None
    if sides is None:
        return None
    left, right = sides
    inner = right if _overlap(_chars(doc, right), marks) > 0 else left
    chars = _chars(doc, inner)
    if inner == right and _quoted_sentence(doc, chars, marks) and doc[left[0]].pos_ != "CCONJ":
        # "Asked about the vote, she said, “We lost.”": a quoted sentence after its reporting
        # clause is direct; the words before set the scene (PolNeAR leaves them out), unless a
        # conjunction ties them to the quote ("But, he said, “...”")
        att.kind, att.clause = "direct", None
        return None
    att.clause = (min(chars[0], marks[0]), max(chars[1], marks[1]))
    if inner == left:
        return None
    lead = _Attr("indirect", _chars(doc, left), f)
    att.follows = lead
    return lead


def _quoted_sentence(doc: Doc, chars: tuple[int, int], marks: tuple[int, int]) -> bool:
    """The words ``chars`` are the quotation (``marks``) alone, and it opens with a capital."""
    text = doc.text
    if not (marks[0] <= chars[0] and chars[1] <= marks[1]):
        return False
    inside = text[chars[0]:marks[1]]
    return text[marks[0]:chars[0]].strip(" “\"'‘`") == "" and inside[:1].isupper()


def _trim_tokens(doc: Doc, a: int, b: int) -> TokRange | None:
    while a < b and (doc[a].is_punct or doc[a].is_space):
        a += 1
    while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space):
        b -= 1
    return (a, b) if b > a else None


_COLON_REACH = 10  # words before a colon that may name who speaks after it


def _colon_frames(doc: Doc, mark_tokens: list[TokRange], frames: list[Frame]) -> list[Frame]:
    """"Republican pollster Daron Shaw: “Historically, ...”": a name (no verb) right before a
    colon that opens a quotation is its speaker."""
    cues = {i for f in frames for i in range(*f.cue)}
    out = []
    for a, _b in mark_tokens:
        colon = a - 1
        while colon >= 0 and doc[colon].is_space:
            colon -= 1
        if colon < 1 or doc[colon].text != ":" or colon - 1 in cues:
            continue
        start = colon
        while (start > 0 and colon - start < _COLON_REACH and "\n" not in doc[start - 1].text
               and not doc[start - 1].is_sent_end and doc[start - 1].text not in ".!?;:”\"“"):
            start -= 1
        words = doc[start:colon]
        if not words or any(t.pos_ in ("VERB", "AUX") for t in words):
            continue
        names = [t for t in words if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG")]
        if not names:
            continue
        out.append(Frame((colon, colon + 1), _colon_source(doc, start, colon, names[-1]), names[-1].i, None,
                         verb=False, rule="colon"))
    return out


_DASHES = frozenset({"-", "–", "—", "--"})


def _colon_source(doc: Doc, start: int, colon: int, name: Token) -> TokRange:
    """The speaker's words before a colon: the noun phrase of the last name, with names joined
    to it ("Frank Newport and Jim Harter"), not a heading before a dash ("RED STATES - Jeffrey
    M. Jones"), a lead-in ("More from Jones", "Here's Clinton") or a time after it ("Clinton
    in December 1992")."""
    for i in range(colon - 1, start - 1, -1):
        if doc[i].text in _DASHES:
            start = i + 1
            break
    end = name.i + 1
    while end < colon and doc[end].ent_iob_ == "I":
        end += 1  # the rest of the name
    first = name
    while first.dep_ == "conj" and start <= first.head.i < first.i:
        first = first.head
    chunk = next((c for c in first.sent.noun_chunks if c.start <= first.i < c.end), None)
    begin = max(start, chunk.start if chunk is not None else first.i)
    return (begin, end) if begin < end else (start, colon)


def _stance(f: Frame) -> bool:
    """A belief, wish or plan, or a stance taken on a thing ("criticised the plan")."""
    return f.rule.startswith(("belief", *_WRITERS)) or f.rule.endswith((".object", ".prep", ".xcomp"))


def _drop_nested_beliefs(frames: list[Frame]) -> list[Frame]:
    """"Trump said he thinks he can win", "she said he wants to discuss trade": a belief,
    wish, plan or stance inside what someone is reported to have said is part of that report,
    not an attribution of its own."""
    reports = [f for f in frames if f.content is not None and (
        f.source is not None and not _stance(f) or f.rule.startswith("asked"))]  # "Asked if he believed ..."
    held = [f for f in frames if f.content is not None and not f.rule.startswith(_WRITERS)]
    return [f for f in frames if not _stance(f) or not any(
        g is not f and g.content[0] <= f.cue[0] < g.content[1]  # type: ignore[index]
        for g in (held if f.rule.startswith(_WRITERS) else reports))]


#: Frames the writer tells rather than anyone's words ("X seems to", "in a poll, Y"): inside any
#: other attribution they are part of it.
_WRITERS = ("raising", "poll", "asked", "viewpoint", "hearsay")


def _cut_trailing_report(doc: Doc, f: Frame, frames: list[Frame]) -> None:
    """"said the border would stay open, Reuters reported": the parser may hang the outlet's
    clause inside the reported one; the reported words end before it."""
    if f.content is None or f.needs_quote:
        return
    a, b = f.content
    for g in frames:
        if g is f or g.source is None or not (a < g.source[0] and g.cue[0] < b and g.source[1] <= b):
            continue
        if g.cue[0] < f.cue[0] or g.content is None or not g.content[0] < g.source[0]:
            continue
        end = g.source[0]
        cue = range(*g.cue) if g.rule == "according-to" else range(0)
        while end > a and (doc[end - 1].is_punct or doc[end - 1].is_space or end - 1 in cue):
            end -= 1
        if a < end and (end < g.source[0] or not _reports(doc, f)):
            # a reported clause ends where the reporting clause is set off by a comma or
            # "according to"; after a verb of saying it runs on through "what they believe
            # is", "who he says are", "backed by unions"
            f.content = (a, end)
            return


def _next_act(doc: Doc, i: int) -> bool:
    """A participle cue after a comma, hung on a clause ("..., noting that ...", "...,
    calling it ...")."""
    t = doc[i]
    j = i - 1
    while j > 0 and doc[j].text in _CLOSING:
        j -= 1  # 'called it "a mistake," adding ...': the comma inside the closing mark
    return t.tag_ == "VBG" and t.dep_ == "advcl" and 0 <= j < i and doc[j].text == ","


_CLOSING = frozenset({"”", '"', "''", "’", "'"})


def _cut_next_act(doc: Doc, f: Frame, acts: list[Frame]) -> None:
    """"said the plan would pass, noting that ...": a participle cue after a comma is the
    speaker's next act (an attribution of its own, by the same speaker), though the parser hangs
    it on the reported clause; the reported words end before it."""
    if f.content is None or f.needs_quote:
        return
    a, b = f.content
    inside = [g for g in acts if a < g.cue[0] < b and g.cue[0] > f.cue[0]]
    g = min(inside, key=lambda g: g.cue[0], default=None)
    if g is None or (r := _trim_tokens(doc, a, g.cue[0] - 1)) is None:
        return
    f.content = r
    if f.source is not None and (g.source is None or a <= g.source[0] < b):
        g.source, g.source_head = f.source, f.source_head


def _extend_preposed(doc: Doc, f: Frame) -> None:
    """"The talks were useful, Tass cited him as saying": reported words before the
    reporting clause run up to it, even where the parser cut the clause short. An "as"
    comment ("..., as Breitbart reported") has its clause whole."""
    if f.content is None or f.needs_quote or f.rule.endswith("as-comment"):
        return
    starts = [r[0] for r in (f.source, f.intermediary) if r is not None] + [f.cue[0]]
    report = min(starts)
    a, b = f.content
    if b > report or report - b > 6:
        return
    gap = doc[b:report]
    if any(t.text in "“”\"‘’" or t.pos_ in ("VERB", "AUX") for t in gap):
        return
    end = report
    while end > b and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    f.content = (a, end)


def _postposed(g: Frame) -> bool:
    """A reporting clause after its reported words ("..., an official said"): inside another
    frame's clause it shows the parser took the reporting clause for the reported one. One
    before its words ("the poll showed that 59% ..., and 74% said the country ...") is a report
    inside a report."""
    return g.content is not None and g.content[0] < min(g.cue[0], g.source[0] if g.source else g.cue[0])


def _cue_head(doc: Doc, f: Frame) -> Token:
    """The cue's own word: the one whose head lies outside the cue ("said" in "has said")."""
    a, b = f.cue
    return next((doc[i] for i in range(a, b) if not a <= doc[i].head.i < b or doc[i].head.i == i), doc[a])


def _reports(doc: Doc, f: Frame) -> bool:
    # the cue's own verb, not an auxiliary before it ("has said")
    return f.rule == "according-to" or _cue_head(doc, f).lemma_.lower() in _REPORTERS


#: Plain verbs of saying, whose reported words may hold another's report ("she added that an
#: official had said ...").
_REPORTERS = CORE_SPEECH | {"report", "quote", "cite", "continue"}


def _within_paragraph(f: Frame, para: list[int]) -> Frame | None:
    """Clip a frame to its cue's paragraph: the parser's sentences may run across a break."""
    p = para[f.cue[0]]

    def clip(r: TokRange | None) -> TokRange | None:
        if r is None:
            return None
        a, b = r
        while a < b and para[a] != p:
            a += 1
        while b > a and para[b - 1] != p:
            b -= 1
        return (a, b) if b > a else None

    f.content = clip(f.content)
    f.source = clip(f.source)
    if f.source is None:
        f.source_head = None
    elif f.source_head is not None and not f.source[0] <= f.source_head < f.source[1]:
        f.source_head = f.source[1] - 1
    f.intermediary = clip(f.intermediary)
    f.subject = clip(f.subject)
    if f.intermediary is None:
        f.intermediary_head = None
    return f


def _tok_range(starts: list[int], a: int, b: int) -> TokRange:
    return bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)


def _chars(doc: Doc, r: TokRange) -> tuple[int, int]:
    return doc[r[0]].idx, doc[r[1] - 1].idx + len(doc[r[1] - 1].text)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _words(doc: Doc, r: TokRange) -> int:
    return sum(1 for t in doc[r[0]:r[1]] if t.is_alpha)


def _quoted(doc: Doc, text: str, marks: list[QuoteMark], mark_tokens: list[TokRange],
            frames: list[Frame], para: list[int]) -> list[_Attr]:
    out: list[_Attr] = []
    prev: _Attr | None = None
    prev_para_end = -1
    for m, (a, b) in zip(marks, mark_tokens, strict=True):
        if b <= a:
            continue
        frame = _frame_for(doc, (a, b), frames, mark_tokens, para)
        para_start = text.rfind("\n", 0, m.open_at) + 1
        if (frame is not None and prev is not None and prev.frame is frame and prev.content[0] >= para_start
                and (prev.kind == "direct" or _cue_between(doc, text, prev, (a, b)))):
            if not _whole(doc, a, b) and not _right_after(doc, frame, a):
                continue  # '“Q,” he said on ABC’s “This Week”': a title in the reporting clause
            # "“A,” he said, “B.”": the second part of one quote split around its cue
            att = _Attr("direct", (m.start, m.end), frame, follows=prev)
        elif frame is not None:
            clause = _chars(doc, frame.content) if frame.content else None
            # a frame that needs a quotation is a mixed quote only for a quotation in its own
            # object ("described the talks as 'candid'"); "“Q,” he told reporters" is direct
            within = frame.content is not None and frame.content[0] < b and a < frame.content[1]
            # ... and not when its object is the quotation itself ("said, “Q”")
            bare = frame.content is not None and a <= frame.content[0] and frame.content[1] <= b + 1
            # ... and never when the quotation comes before its cue and its content after it
            # ("“Q!” he told the crowd": the object is whom it was told)
            beside = frame.content is not None and (
                frame.content[0] >= frame.cue[1] and _leads(doc, (a, b), frame)
                or _after_colon(doc, frame.content, (a, b), frame))
            mixed = frame.content is not None and not beside and (
                within and not bare if frame.needs_quote else _mixed(doc, frame.content, mark_tokens, frame))
            if mixed and clause is not None and within and clause[1] < m.close_end:
                # the parser ended the clause inside the quotation: it runs at least to its end
                clause = (clause[0], m.close_end)
            if (mixed and clause is not None and not frame.needs_quote and frame.cue[1] <= a
                    and clause[1] >= m.close_end - 1):
                clause = (clause[0], max(clause[1], _run_on(doc, b, frames)))
            if (mixed and clause is not None and clause[0] <= m.start and clause[1] > m.close_end
                    and _participle_after(doc, text, m, b)):
                clause = (clause[0], m.close_end)
            if mixed and clause is not None:
                att = _Attr("mixed", (m.start, m.end), frame, clause=clause)
                lead = _split_clause(doc, att, (m.open_at, m.close_end))
                if lead is not None:
                    out.append(lead)  # before the quote it leads (``_to_quotes`` reads leads first)
            else:
                att = _Attr("direct", (m.start, m.end), frame)
        elif prev is not None and _resumable(doc, text, prev, (a, b)) and (
                m.continues or prev.content[0] >= para_start or
                (m.open_at == para_start and prev_para_end >= para_start - 2 and _whole(doc, a, b))):
            # no cue of its own: the previous speaker goes on (split or continued quote)
            att = _Attr("direct", (m.start, m.end), prev.frame, follows=prev)
            if prev.kind == "mixed" and prev.clause is not None and _joins(text, prev.clause[1], m.open_at):
                prev.clause = (prev.clause[0], max(prev.clause[1], m.close_end))
        else:
            continue
        out.append(att)
        prev = att
        prev_para_end = text.find("\n", m.close_end)
        if prev_para_end < 0:
            prev_para_end = len(text)
    return out


_ANSWERS = frozenset({"so", "yes", "no", "not"})
_SENTENCE_END = re.compile(r"[.!?;:\n]")
_JOIN_WORDS = 6


def _joins(text: str, end: int, start: int) -> bool:
    """'said the goal was not to “A” but to “B.”': a few words of the same sentence between a
    mixed quote's clause and the next quotation are part of one reported clause."""
    gap = text[end:start]
    return not _SENTENCE_END.search(gap) and len(gap.split()) <= _JOIN_WORDS


#: Words after a quotation ending in a comma that carry its clause on ("“way off,” and have been
#: wrong", "“futile,” because ...").
_RUN_ON = frozenset({"CCONJ", "SCONJ"})
_NARRATED = frozenset({"he", "she", "it", "they", "his", "her", "its", "their"})


def _run_on(doc: Doc, b: int, frames: list[Frame]) -> int:
    """Where a reported clause ending in a quotation goes on to: the parser ends a clause at a
    quotation closing with a comma ('said he was “ready,” but ...'), and PolNeAR's Content runs
    to the sentence's end when a conjunction carries the clause on, no other cue intervenes and
    the writer does not go on about the speaker ("and he ..."). The character end, or 0."""
    if b >= len(doc) or b < 2 or doc[b - 2].text != ",":
        return 0
    nxt = doc[b]
    if nxt.pos_ not in _RUN_ON:
        return 0
    if nxt.pos_ == "CCONJ" and b + 1 < len(doc) and doc[b + 1].lower_ in _NARRATED:
        return 0  # '“..., ” and he pronounced ...': the writer goes on about the speaker
    end = doc[b - 1].sent.end
    while end > b and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end <= b or any(b <= f.cue[0] < end for f in frames):
        return 0
    return doc[end - 1].idx + len(doc[end - 1].text)


def _participle_after(doc: Doc, text: str, m: QuoteMark, b: int) -> bool:
    """'said it was “time to act,” promising a vote': a quotation closing with a comma, then a
    participle, ends the mixed quote's reported clause; the participle is the writer telling
    what the speaker did next (PolNeAR's Content ends with the quotation). Not "including",
    which works as a preposition."""
    if b >= len(doc) or not text[m.start:m.close_end].rstrip("”\"'’` ").endswith(","):
        return False
    nxt = doc[b]
    return nxt.tag_ == "VBG" and nxt.lemma_.lower() != "include"


def _one_word_content(doc: Doc, f: Frame) -> bool:
    """A one-word content counts as the object of a stance verb ("supported *Sanders*",
    "reported *it*") or an answer ("55 percent said *so*"); a one-word clause is otherwise a
    misparse ("That's according to X" keeps its pronoun)."""
    words = [t for t in doc[f.content[0]:f.content[1]] if t.is_alpha]  # type: ignore[index]
    if len(words) != 1:
        return False
    w = words[0]
    thing = w.pos_ in ("PROPN", "NOUN", "PRON")
    if f.rule == "according-to":
        return w.pos_ == "PRON"  # "That's according to X": the pronoun stands for what X says
    return f.rule.endswith((".object", ".prep")) and thing or w.lower_ in _ANSWERS


def _after_colon(doc: Doc, content: TokRange, r: TokRange, frame: Frame) -> bool:
    """"The talk turned to money: “It never stops,” he said": the parser hangs the words
    before the colon on the cue after the quotation, but they are the writer's lead-in."""
    a, b = r
    colon = a - 1
    while colon > content[0] and (doc[colon].is_space or doc[colon].text in _OPENING):
        colon -= 1
    return (content[0] < colon and doc[colon].text == ":" and frame.cue[0] >= b and _whole(doc, a, b)
            and content[1] <= frame.cue[0] + 1)


def _resumable(doc: Doc, text: str, prev: _Attr, r: TokRange) -> bool:
    """A quotation with no cue of its own can go on from ``prev``: a direct quote, or a mixed
    one whose reported clause ends with a quoted sentence ('Like most firms, "we check every
    gift," he said. "We return the bad ones."'); not a scare-quoted phrase inside a clause."""
    if prev.kind == "direct":
        return True
    if _cue_between(doc, text, prev, r):
        return True
    if prev.kind != "mixed" or prev.clause is None or not _whole(doc, *r):
        return False
    closes = text[prev.content[1]:prev.clause[1]].strip(" ,.;:!?\"'”’")
    return not closes and len(text[prev.content[0]:prev.content[1]].split()) >= 4


def _right_after(doc: Doc, frame: Frame, a: int) -> bool:
    """Only punctuation between the frame's cue (or source after it) and token ``a``."""
    end = max(frame.cue[1], frame.source[1] if frame.source is not None else 0)
    return end <= a and all(t.is_punct or t.is_space for t in doc[end:a])


def _cue_between(doc: Doc, text: str, prev: _Attr, r: TokRange) -> bool:
    """'Trump is a “team player,” Cole said. “That’s what people want.”': a mixed quote's
    reported clause, then only its own source and cue, then the next quotation (a quoted
    sentence when the clause goes on past its quote: 'Smith “felt a duty” on housing,
    Jones said. “This is basic stuff.”'): one report split around its reporting clause, as
    a direct quote split around its cue is."""
    f = prev.frame
    if prev.kind != "mixed" or prev.clause is None or f is None or f.source is None:
        return False
    if text[prev.content[1]:prev.clause[1]].strip(" ,.;:!?\"'”’") and not _whole(doc, *r):
        return False  # after a clause going on past its quote, a quoted sentence
    seen_cue = False
    i = r[0] - 1
    while i >= 0 and doc[i].idx >= prev.clause[1]:  # only the words between the two quotations
        if f.cue[0] <= i < f.cue[1]:
            seen_cue = True
        elif not (f.source[0] <= i < f.source[1] or doc[i].is_punct or doc[i].is_space
                  or any(doc[c].is_ancestor(doc[i]) for c in range(*f.cue))):
            return False  # words of the reporting clause ("said in an interview") may stand there
        i -= 1
    return seen_cue


def _leads(doc: Doc, r: TokRange, frame: Frame) -> bool:
    """A whole quoted sentence opening its sentence, its source and cue right after it."""
    a, b = r
    if not _whole(doc, a, b) or any(not t.is_punct and not t.is_space for t in doc[doc[a].sent.start:a]):
        return False
    nxt = min(frame.cue[0], frame.source[0] if frame.source else frame.cue[0])
    return 0 <= nxt - b <= 2 and all(t.is_punct or t.is_space for t in doc[b:nxt])


def _whole(doc: Doc, a: int, b: int) -> bool:
    """The quote is a sentence or more (not a scare-quoted word)."""
    return _words(doc, (a, b)) >= 4


def _mixed(doc: Doc, content: TokRange, mark_tokens: list[TokRange], frame: Frame | None = None) -> bool:
    """A word of the reported clause stands outside quotation marks ("said Romero “has a
    plan”", "said that “...”": PolNeAR's Content is the clause); the frame's own source and
    cue do not count ("“A,” the judge exclaimed, “B.”" is one direct quote)."""
    inside = set()
    for a, b in mark_tokens:
        if a < content[1] and b > content[0]:
            inside.update(range(a, b))
    if frame is not None:
        for r in (frame.source, frame.cue):
            if r is not None:
                inside.update(range(*r))
    words = [t for t in doc[content[0]:content[1]] if t.is_alpha and t.i not in inside]
    return len(words) >= _MIN_OUTSIDE


def _act_gerund(doc: Doc, f: Frame) -> bool:
    """The frame's cue is a gerund after "by" / "after" / "before" / "since": an act told
    on the way to the clause it hangs on ("won by promising ...")."""
    return any(t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ in ACT_PREPS
               for t in doc[f.cue[0]:f.cue[1]])


def _opening_cue_end(doc: Doc, sent: SpacySpan, frames: list[Frame], others: list[TokRange]) -> int:
    """'“Stop now!” <sentence cut> The mayor shouted from the stage, waving ...': a sentence
    opening with a source and its cue, however long it runs on, attributes the quoted
    sentence just before it; not when a quotation of its own stands before the cue or in
    what it reports ('He said, “...”': the quoted sentence before goes on from an earlier
    speaker). The end of that cue, or 0."""
    words = _trim_tokens(doc, sent.start, sent.end)
    if words is None:
        return 0
    first = words[0]
    for f in frames:
        if not (f.source is not None and f.verb and f.source[0] == first and f.cue[0] == f.source[1]
                and f.cue[1] <= sent.end and f.source[1] - f.source[0] <= 4):
            continue
        own = max(f.cue[1] + 2, f.content[1] if f.content is not None else 0)
        if not any(a < own and b > sent.start for a, b in others):
            return f.cue[1]
    return 0


def _frame_for(doc: Doc, r: TokRange, frames: list[Frame],
               mark_tokens: list[TokRange], para: list[int]) -> Frame | None:
    """The cue frame attributing this quotation: in its first or last sentence, outside it,
    preferring a frame whose content holds the quote, then the nearest cue."""
    # the opening mark may be parsed onto the end of the sentence before ("... X said. ''B.''")
    inner = next((t for t in doc[r[0]:r[1]] if not (t.is_punct or t.is_space)), doc[r[0]])
    first = inner.sent
    last = doc[r[1] - 1].sent
    lo, hi = first.start, last.end
    if hi == r[1] and hi < len(doc):
        # "“...” Trump said." parsed as two sentences: a short reporting sentence after
        # the quote still attributes it
        nxt = doc[hi].sent
        if len(nxt) <= 12 and not any(a >= nxt.start and b <= nxt.end for a, b in mark_tokens):
            hi = nxt.end
        else:
            hi = max(hi, _opening_cue_end(doc, nxt, frames, [m for m in mark_tokens if m != r]))
    found: list[tuple[int, int, Frame]] = []  # (holds/overlaps rank, distance, frame)
    colon = r[0] - 1
    while colon >= 0 and doc[colon].is_space:
        colon -= 1
    if colon < 0 or doc[colon].text != ":":
        colon = None
    for f in frames:
        c = f.cue[0]
        # "Name: “...”" across a sentence cut; "He said:" closing a paragraph, the quotation
        # opening the next
        opens = f.rule == "colon" and 0 <= r[0] - f.cue[1] <= 2
        if not opens and colon is not None and f.source is not None and 0 <= colon - f.cue[1] <= 1:
            opens = True
        if not opens and (not lo <= c < hi or para[c] not in (para[r[0]], para[r[1] - 1])):
            continue
        if r[0] <= c < r[1]:
            continue
        if (f.source is None and f.verb) or f.rule == "belief.adjective":
            continue  # an attitude ("is confident that") speaks no quotation
        holds = f.content is not None and f.content[0] <= r[0] + 1 and f.content[1] >= r[1] - 1
        overlaps = f.content is not None and f.content[0] < r[1] and f.content[1] > r[0]
        # a cue separated from the quote by another quotation belongs to that one
        between = (r[1], c) if c >= r[1] else (c, r[0])
        if any(between[0] <= a and b <= between[1] for a, b in mark_tokens if (a, b) != r):
            if not holds:
                continue
        if not (holds or overlaps) and _act_gerund(doc, f):
            continue  # "told reporters after promising a park: “...”": the promise holds no quotation
        dist = c - r[1] if c >= r[1] else r[0] - c
        found.append((0 if holds else 1 if overlaps else 2, dist, f))
    if not found:
        return None
    # frames whose clause holds the quote, or overlaps it: the parser often hangs the closing
    # marks on the cue, so a clause ending with the quotation stops short of it ("X said Y
    # called it “Q.”"); a frame that needs a quotation reports nothing beyond it
    holders = [f for rank, _d, f in found if rank == 0 or rank == 1 and not f.needs_quote]

    def depth(f: Frame) -> int:
        """How many other holding frames report this one ("X said [both sides agreed to
        'Q']"): the quote is the outer reporter's attribution, not the inner subject's. The
        outer clause has words before the inner cue ("said, adding that ..." parsed as the
        participle reported is no report of it)."""
        return sum(1 for g in holders if g is not f and g.content[0] < f.cue[0] < g.content[1]
                   and doc[g.cue[0]].lemma_.lower() not in _RELAYING and g.rule != "according-to")

    # a verb of saying beside the quote speaks it; "according to" passes the words on
    rank, _d, best = min(found, key=lambda x: (x[0], depth(x[2]) if x[0] <= 1 else 0,
                                               x[2].rule == "according-to", x[1]))
    return best


def _resolve(doc: Doc, attrs: list[_Attr], resolver: Resolver) -> None:
    for att in attrs:
        f = att.frame
        if att.follows is not None:
            att.speaker = att.follows.speaker
            att.intermediary = att.follows.intermediary
            continue
        if f is None or f.source is None or f.source_head is None:
            att.speaker = Speaker(None, None)
            continue
        if f.extra_speaker is not None:
            att.speaker = f.extra_speaker
        else:
            att.speaker = resolver.resolve(f.source, f.source_head)
            f.extra_speaker = att.speaker
        if f.intermediary is not None:
            att.intermediary = resolver.outlet(f.intermediary, f.intermediary_head)
        elif f.relay_passive:
            att.intermediary = resolver.latest_outlet_for(doc[f.cue[0]].idx)


def _fold_outlets(doc: Doc, attrs: list[_Attr], resolver: Resolver) -> list[_Attr]:
    """"X said Y, Interfax reported": the outlet becomes X's intermediary, not a speaker."""
    drop: set[int] = set()
    for outer in attrs:
        f = outer.frame
        if outer.kind != "indirect" or f is None or f.source is None or f.source_head is None:
            continue
        inner = [a for a in attrs if a is not outer and a.frame is not None and a.frame is not f
                 and (outer.content[0] <= doc[a.frame.cue[0]].idx < outer.content[1]
                      or _overlap(a.content, outer.content) > 0.5 * (outer.content[1] - outer.content[0]))]
        if not inner or not resolver.is_outlet(f.source, f.source_head):
            continue
        outlet = resolver.outlet(f.source, f.source_head)
        for a in inner:
            if a.intermediary is None:
                a.intermediary = outlet
        drop.add(id(outer))
    return [a for a in attrs if id(a) not in drop]


#: Dependency roles of an argument of a word (complement, object, subject, prepositional
#: object): a cue in one of them inside another report's words is part of those words.
_ARGUMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "relcl", "acl",
                            "attr", "appos"})


#: Reports whose words are no reported that-clause (a call for something, an urging to act,
#: words after a colon): any report inside them is part of them.
_UNCLAUSED = frozenset({"verb.prep", "verb.xcomp", "verb.parataxis"})


def _drop_reports_in_reports(doc: Doc, attrs: list[_Attr]) -> list[_Attr]:
    """"The mayor said that the auditors had found the books in order": a report whose verb
    is itself the reported clause (``ccomp``) of an earlier report is part of what the first
    speaker said, not an attribution of its own (PolNeAR marks the outer one only); so is one in
    a relative clause inside the reported words ("said the bridge, which engineers said was
    safe, would reopen"), and one whose cue is an argument of a word in those words (a
    complement, object or subject: "The union asked the mayor to urge the council to wait" is
    the union's only), unless it is a noun with its own that-clause ("the claim that ...": an
    earlier stop measured dropping it not to pay). A report before its reporter ("The auditors
    found ..., the mayor said") stays. Any report that "according to" vouches for ("the clerk
    said the vote was late, according to the minutes") is the writer's account of what the
    source holds: the minutes' attribution only."""
    spans = [(a.clause or a.content, a.frame) for a in attrs if a.frame is not None]
    nested: set[int] = set()
    for a in attrs:
        f = a.frame
        if f is None or id(f) in nested:
            continue
        head = _cue_head(doc, f)
        inner = (a.kind == "indirect" and head.dep_ in ("ccomp", "relcl", "acl")
                 or head.dep_ in _ARGUMENT_DEPS and f.rule != "noun.that")
        if any(g is not f and lo <= head.idx < hi and (
                g.rule == "according-to" or (inner or g.rule in _UNCLAUSED and f.rule != "noun.that")
                and g.cue[0] < f.cue[0]) for (lo, hi), g in spans):
            nested.add(id(f))
    return [a for a in attrs if a.frame is None or id(a.frame) not in nested]


def _to_quotes(doc: Doc, text: str, attrs: list[_Attr]) -> list[Quote]:
    out: list[Quote] = []
    ids: dict[int, int] = {}
    for att in attrs:
        qid = len(out) + 1
        ids[id(att)] = qid
        group = qid
        if att.follows is not None and id(att.follows) in ids:  # a part whose lead was dropped leads
            group = out[ids[id(att.follows)] - 1].group
        f = att.frame
        sp = att.speaker or Speaker(None, None)
        inter = att.intermediary
        out.append(Quote(
            id=qid,
            kind=att.kind,
            content=_span(text, att.content),
            cue=_span(text, _chars(doc, f.cue)) if f is not None else None,
            source=_span(text, _chars(doc, f.source)) if f is not None and f.source else None,
            speaker_id=sp.entity_id,
            speaker=sp.name,
            speaker_type=sp.type,  # type: ignore[arg-type]
            anonymous=sp.anonymous,
            intermediary_id=inter.entity_id if inter else None,
            intermediary=inter.name if inter else None,
            group=group,
            clause=_span(text, att.clause) if att.clause else None,
            rule=_rule(att),
        ))
    return out


def _rule(att: _Attr) -> str:
    """The stable id of the rule behind an attribution: ``quote.<kind>.<frame rule>``
    ("quote.indirect.verb.ccomp", "quote.mixed.according-to"); a quote part without a cue of
    its own is "quote.direct.continued"."""
    if att.kind == "direct" and att.follows is not None and (
            att.frame is None or att.frame is att.follows.frame):
        return f"quote.{att.kind}.continued"
    f = att.frame
    return f"quote.{att.kind}.{f.rule if f is not None and f.rule else 'cue'}"


def _span(text: str, r: tuple[int, int]) -> Span:
    return Span(r[0], r[1], text[r[0]:r[1]])
