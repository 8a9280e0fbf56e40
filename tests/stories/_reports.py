"""Three reports of one invented story over a week (written for these tests), analysed once.

Tuesday 5 March 2024: a bridge was closed on Saturday (the 2nd), a safety review is set for
12 March. Wednesday 6 March: a partial copy of the first report plus the day's delays. Tuesday
12 March: the review began; the closure is recalled.
"""

from __future__ import annotations

from newsdesk.models import Analysis, Article, Section

CLOSURE = ("Engineers closed the Riverton river bridge on Saturday after inspectors found a deep crack "
           "in its central pier.")
FAIR = "The town also held its annual spring flower fair on Saturday in the market square."
QUOTE = "Nobody will cross that bridge until we know it is safe"

REPORTS: list[tuple[str, list[tuple[str, str]]]] = [
    ("2024-03-05", [
        ("headline", "Riverton bridge shut after crack found in pier"),
        ("byline", "By Jane Doe, Transport Correspondent"),
        ("paragraph", CLOSURE),
        ("paragraph", "Mayor Ana Lopez said a full safety review of the bridge was planned for March 12."),
        ("paragraph", f"\u201c{QUOTE},\u201d Lopez told reporters at the town hall."),
        ("paragraph", FAIR),
        ("paragraph", "The bridge carries about twelve thousand vehicles a day across the river."),
    ]),
    ("2024-03-06", [
        ("headline", "Commuters stuck as Riverton bridge stays closed"),
        ("byline", "By Tom Reyes"),
        ("paragraph", "Commuters faced long delays on Wednesday as traffic from the closed Riverton "
                      "bridge was diverted through the old town."),
        ("paragraph", CLOSURE.replace("on Saturday", "on March 2")),
        ("paragraph", "Bus operators added extra services to carry passengers across the river by the "
                      "railway bridge."),
    ]),
    ("2024-03-12", [
        ("headline", "Divers begin safety review of Riverton bridge"),
        ("paragraph", "Divers began the safety review of the Riverton bridge on Tuesday, inspecting the "
                      "cracked central pier from the riverbed."),
        ("paragraph", "Officials said repairs to the pier could take until the end of May."),
        ("paragraph", CLOSURE.replace("on Saturday", "on March 2")),
    ]),
]


def article(published: str, blocks: list[tuple[str, str]]) -> Article:
    text, sections = "", []
    for kind, words in blocks:
        if text:
            text += "\n\n"
        sections.append(Section(kind, len(text), len(text) + len(words)))  # type: ignore[arg-type]
        text += words
    return Article(text=text, title=blocks[0][1], sections=sections, published=published)


def analysed(nlp) -> list[tuple[int, Analysis]]:  # noqa: ANN001
    """The three reports analysed, with article ids 1, 2, 3."""
    from newsdesk.nlp.analyze import analyze

    return [(i, analyze(article(day, blocks), nlp)) for i, (day, blocks) in enumerate(REPORTS, 1)]
