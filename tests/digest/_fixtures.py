"""Invented reports of invented stories, analysed by hand and placed in the story layer.

No model: entities, events and quotes are built here, so the edition rules are tested, not
spaCy. Three stories in May 2026 (Monday 4 to Sunday 10):

- the Portvale dock strike (Mara Quint, Portvale): called for Wednesday on Monday (Harbour
  Post), still on after talks collapse on Tuesday (Coast Herald, reprinted word for word by Bay
  Courier), held on Wednesday, ended by a deal on Thursday;
- the Elmsbury dam flood (Tomas Reyk, Elmsbury): Monday only (River Times);
- a Kelton library fire (Ida Brenn, Kelton) on Sunday 3 May, before every window but weekly ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from builders import article as build
from builders import save, span
from newsdesk.models import Analysis, Entity, Event, Mention, Participant, Quote
from newsdesk.store import Store
from newsdesk.stories import place_article


@dataclass
class Report:
    title: str
    body: str
    published: str
    outlet: str
    url: str | None
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    #: (type, trigger word, status, date)
    events: list[tuple[str, str, str, str | None]] = field(default_factory=list)
    #: (speaker, words said, in quotation marks in the body)
    quotes: list[tuple[str, str]] = field(default_factory=list)


def analysis(r: Report) -> Analysis:
    art = build(r.title, r.body, published=r.published, url=r.url)
    art.publisher = r.outlet
    ents: list[Entity] = []
    for type_, names in (("PERSON", r.people), ("GPE", r.places)):
        for name in names:
            at, mentions = art.text.find(name), []
            while at >= 0:
                mentions.append(Mention(at, at + len(name), name))
                at = art.text.find(name, at + len(name))
            ents.append(Entity(len(ents) + 1, type_, name, mentions))  # type: ignore[arg-type]
    people = [e for e in ents if e.type == "PERSON"]
    place = next((e for e in ents if e.type == "GPE"), None)
    events = []
    for n, (type_, trigger, status, date) in enumerate(r.events, 1):
        t = span(art.text, trigger, len(r.title))
        sentence_end = art.text.find(".", t.end) + 1 or len(art.text)
        before = art.text.rfind(". ", 0, t.start)
        sentence_start = before + 2 if before >= 0 else len(r.title) + 2
        evidence = span(art.text, art.text[sentence_start:sentence_end], sentence_start)
        actors = [Participant(e.canonical, e.mentions[0].start, e.mentions[0].end, e.id) for e in people]
        where = (Participant(place.canonical, place.mentions[0].start, place.mentions[0].end, place.id)
                 if place else None)
        events.append(Event(n, type_, t, evidence, status=status, actors=actors, place=where,  # type: ignore[arg-type]
                            date=date, lemma=trigger.lower()))
    quotes = []
    for n, (speaker, words) in enumerate(r.quotes, 1):
        who = next(e for e in people if e.canonical == speaker)
        quotes.append(Quote(n, "direct", span(art.text, words), speaker_id=who.id, speaker=speaker,
                            speaker_type="person"))
    return Analysis(article=art, entities=ents, quotes=quotes, events=events)


def place(store: Store, r: Report) -> int:
    an = analysis(r)
    doc_id = save(store, an)
    with store.transaction():
        place_article(store, doc_id, an)
    return doc_id


STRIKE_1 = Report(
    "Portvale dockers vote to strike on Wednesday",
    "Dock workers in Portvale voted on Monday to strike on Wednesday over pay, union leader Mara Quint "
    "said. The strike would close the container terminal in Portvale for a day. "
    "\u201cWe have waited two years for a fair offer,\u201d Mara Quint told members at the union hall.",
    "2026-05-04", "Harbour Post", "https://harbourpost.example/portvale-strike-vote",
    people=("Mara Quint",), places=("Portvale",),
    events=[("PROTEST", "strike", "planned", "2026-05-06")],
    quotes=[("Mara Quint", "We have waited two years for a fair offer")],
)
STRIKE_2_BODY = (
    "Talks between the Portvale dockers and the port authority collapsed overnight, so the strike "
    "will go ahead on Wednesday, union leader Mara Quint said. Shipping lines began sending vessels "
    "to other harbours instead of Portvale. "
    "\u201cThe port authority left us no choice but to walk out,\u201d Mara Quint said at the gates."
)
STRIKE_2 = Report(
    "Portvale strike on as talks collapse", STRIKE_2_BODY, "2026-05-05", "Coast Herald",
    "https://coastherald.example/portvale-talks-collapse", people=("Mara Quint",), places=("Portvale",),
    events=[("PROTEST", "strike", "planned", "2026-05-06")],
    quotes=[("Mara Quint", "The port authority left us no choice but to walk out")],
)
STRIKE_2_COPY = Report(
    "Portvale strike on as talks collapse", STRIKE_2_BODY, "2026-05-05", "Bay Courier",
    "https://baycourier.example/news/portvale-strike", people=("Mara Quint",), places=("Portvale",),
    events=[("PROTEST", "strike", "planned", "2026-05-06")],
    quotes=[("Mara Quint", "The port authority left us no choice but to walk out")],
)
STRIKE_3 = Report(
    "Portvale dockers strike, closing the container terminal",
    "Dock workers in Portvale went on strike on Wednesday, closing the container terminal for the "
    "day, union leader Mara Quint said. Ships queued outside the harbour of Portvale and the cranes "
    "stood still.",
    "2026-05-06", "Harbour Post", "https://harbourpost.example/portvale-strike-day",
    people=("Mara Quint",), places=("Portvale",),
    events=[("PROTEST", "strike", "happened", "2026-05-06")],
)
STRIKE_4 = Report(
    "Portvale dock strike ends with a pay deal",
    "The Portvale dock strike ended on Thursday when the port authority offered a pay rise of "
    "six per cent, union leader Mara Quint said. Cranes in Portvale were moving again by the evening "
    "and the queue of ships began to clear after the deal.",
    "2026-05-07", "Harbour Post", "https://harbourpost.example/portvale-strike-deal",
    people=("Mara Quint",), places=("Portvale",),
    events=[("AGREE", "deal", "happened", "2026-05-07")],
)
FLOOD_1 = Report(
    "Elmsbury dam overflows after record rain",
    "The old dam above Elmsbury overflowed on Monday after record rain, flooding the lower town, "
    "engineer Tomas Reyk said. Families in Elmsbury were moved to the school hall for the night.",
    "2026-05-04", "River Times", "https://rivertimes.example/elmsbury-dam",
    people=("Tomas Reyk",), places=("Elmsbury",),
    events=[("MOBILIZE", "moved", "happened", "2026-05-04")],
)
FIRE_1 = Report(
    "Kelton library damaged by fire",
    "A fire damaged the reading room of the Kelton public library on Sunday, librarian Ida Brenn "
    "said. Nobody in Kelton was hurt and the archive in the basement was saved.",
    "2026-05-03", "Kelton Voice", "https://keltonvoice.example/library-fire",
    people=("Ida Brenn",), places=("Kelton",),
)
WEEK = [STRIKE_1, FLOOD_1, FIRE_1, STRIKE_2, STRIKE_2_COPY]


def week(store: Store, reports: list[Report] | None = None) -> dict[str, int]:
    """Place the reports (default: the week up to Tuesday); returns title/outlet -> article id."""
    return {f"{r.outlet}: {r.title}": place(store, r) for r in (reports or WEEK)}
