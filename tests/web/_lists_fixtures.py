"""Stores for the quotes, events, search, saved-search and topic tests (no model).

``lists_store``: the digest tests' week plus the strike's last two days and a flood report in
which Tomas Reyk is quoted, so that filters have something to leave out. ``hostile_store``: one
more report whose title, outlet, speaker name, quote and link are hostile markup.
"""

from __future__ import annotations

from digest._fixtures import STRIKE_3, STRIKE_4, WEEK, Report, week
from newsdesk.store import Store

FLOOD_2 = Report(
    "Elmsbury families return as the dam holds",
    "Families in Elmsbury went home on Wednesday as the repaired dam held, engineer Tomas Reyk said. "
    "\u201cThe dam will hold through the summer,\u201d Tomas Reyk told the council.",
    "2026-06-02", "River Times", "https://rivertimes.example/elmsbury-return",
    people=("Tomas Reyk",), places=("Elmsbury",),
    events=[("MOBILIZE", "went", "happened", "2026-06-02")],
    quotes=[("Tomas Reyk", "The dam will hold through the summer")],
)
REPORTS = [*WEEK, STRIKE_3, STRIKE_4, FLOOD_2]

H_NAME = "<img src=x onerror=alert(1)>Eve Dray"
H_TITLE = '<script>alert("title")</script> Portvale strike spreads'
H_OUTLET = "<b onmouseover=alert(2)>Evil Gazette</b>"
H_QUOTE = '<a href="javascript:alert(3)">click</a> and strike again'
HOSTILE = Report(
    H_TITLE,
    f"Dock workers in Portvale will strike again, organiser {H_NAME} said. "
    f"\u201c{H_QUOTE},\u201d {H_NAME} told reporters.",
    "2026-05-08", H_OUTLET, "javascript:alert(4)",
    people=(H_NAME,), places=("Portvale",),
    events=[("PROTEST", "strike", "planned", "2026-05-09")],
    quotes=[(H_NAME, H_QUOTE)],
)
#: Markup that must never reach a page unescaped.
RAW = ("<script>alert(", "<img src=x", "<b onmouseover", '<a href="javascript:', 'href="javascript:')


def lists_store(path: str, hostile: bool = False) -> dict[str, int]:
    with Store(path) as store:
        return week(store, REPORTS + ([HOSTILE] if hostile else []))
