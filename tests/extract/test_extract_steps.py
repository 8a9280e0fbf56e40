"""Each post-processing step of the HTML path, on and off, on small pages written for these tests.

The steps are switched with ``extract._steps.configured``; the benchmark's ablation uses the same
switch, so these tests pin what each kept step does to a page and that switching it off undoes it.
"""

from __future__ import annotations

import json

import pytest

from newsdesk.errors import ExtractionError
from newsdesk.extract import _html, extract_html
from newsdesk.extract._chrome import classify_line
from newsdesk.extract._steps import KINDS, OFF_BY_DEFAULT, STEPS, configured, on

TITLE = "Harbour board shuts ferry pier for repairs"
BODY = [
    "The harbour board in Westmere voted on Thursday to close the old ferry pier for repairs after "
    "inspectors found rotten piles under the loading deck.",
    "Members said the work would take about six months and cost less than the board had feared, "
    "because most of the deck could be saved and reused.",
    "Ferry passengers will board from the fishing wharf at the north end of the bay while the pier "
    "is closed, and timetables will not change.",
    "The pier was built in 1931 and last repaired in the 1980s, when a storm tore away part of its "
    "western railing and two of its lamp posts.",
]
URL = "https://example.com/news/pier"


def page(paras: list[str], *, title: str = TITLE, head: str = "", after: str = "") -> str:
    ps = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<html><head><title>{title}</title>{head}</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>{title}</h1>
{ps}
{after}
</article></main><footer><p>Contact us</p></footer></body></html>"""


def body(html: str, **switch: frozenset[str]) -> str:
    with configured(**switch):
        return extract_html(html, URL).body


def off(step: str) -> dict[str, frozenset[str]]:
    return {"disabled": frozenset({step})}


# --- the switch itself ---------------------------------------------------------------------------


def test_every_step_has_a_kind_and_unknown_names_are_refused():
    assert set(KINDS) == set(STEPS)
    assert set(KINDS.values()) <= {"body", "guard", "credit"}
    assert OFF_BY_DEFAULT <= set(STEPS)
    with pytest.raises(KeyError):
        on("no-such-step")
    with pytest.raises(KeyError), configured(disabled={"no-such-step"}):
        pass


def test_configured_restores_the_defaults_after_the_block():
    with configured(disabled={"byline"}, enabled={"standfirst"}) as now_off:
        assert not on("byline") and on("standfirst")
        assert "byline" in now_off
    assert on("byline")
    assert on("standfirst") is ("standfirst" not in OFF_BY_DEFAULT)


def test_steps_that_lost_the_ablation_are_off_by_default():
    for step in ("jsonld-filter", "standfirst", "date-lines"):
        assert not on(step)
        with configured(enabled={step}):
            assert on(step)


# --- kept body steps -----------------------------------------------------------------------------


def test_headline_repeat():
    html = page(BODY)
    assert not body(html).startswith(TITLE)
    assert body(html, **off("headline-repeat")).startswith(TITLE)


def test_chrome_lines():
    html = page(["Sign up for our daily newsletter", *BODY, "Share this article"])
    kept = body(html)
    assert "newsletter" not in kept and "Share this article" not in kept
    plain = body(html, **off("chrome-lines"))
    assert "Sign up for our daily newsletter" in plain and "Share this article" in plain


def test_related_list_under_a_related_heading():
    links = "<h2>Related stories</h2><ul><li>Ferry fares rise in spring</li><li>New wharf lights</li></ul>"
    html = page(BODY, after=links)
    assert "Ferry fares rise" not in body(html)
    assert "Ferry fares rise" in body(html, **off("related-list"))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Sign up for our daily newsletter", "promo"),
        ("Install the Westmere Times app for free", "promo"),
        ("By signing up, you agree to the Terms of Use and Privacy Policy.", "cookie notice"),
        ("Privacy Policy", "cookie notice"),
        ("Terms of Service | Privacy Policy | Contact | Advertise with us on this network", "cookie notice"),
    ],
)
def test_chrome_rules_still_catch_page_furniture(line, reason):
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        # how-to prose: an instruction about some app, not the site's own promotion
        "Download the Acme app from the store on the second phone and sign in with the owner's account.",
        "If you forget the code, the only option is to install the recovery app on the tablet again.",
        "Readers who sign up for the trial before March pay a lower rate, the company's filing shows.",
        # prose about an app's privacy terms, and a numbered step of a guide
        "Open the settings, confirm that you accept the app's terms and conditions, and tap the save button.",
        "5. Change Your Privacy Settings",
    ],
)
def test_chrome_rules_leave_prose_alone(line):
    assert classify_line(line) is None


# --- guard steps ---------------------------------------------------------------------------------


def test_recall_fallback(monkeypatch):
    def fake(html, url, **options):  # noqa: ANN001, ANN003, ANN202 - precision mode finds nothing
        return list(BODY) if options.get("favor_recall") else []

    monkeypatch.setattr(_html, "_trafilatura", fake)
    assert body(page(BODY)).startswith("The harbour board")
    with pytest.raises(ExtractionError), configured(disabled={"recall-fallback"}):
        extract_html(page(BODY), URL)


def test_min_body_refuses_a_few_words_without_a_sentence(monkeypatch):
    monkeypatch.setattr(_html, "_trafilatura", lambda html, url, **options: ["Ferry pier", "Opening hours"])
    with pytest.raises(ExtractionError, match="none reading like a sentence"):
        extract_html(page(BODY), URL)
    assert body(page(BODY), **off("min-body")) == "Ferry pier\n\nOpening hours"


def test_jsonld_replace_when_trafilatura_missed_the_publishers_body():
    other = " ".join(
        f"Paragraph {i} of the council report describes the new sea wall, its cost and the timetable "
        "for the work along the southern shore." for i in range(8)
    )
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "articleBody": other}
    html = page(BODY, head=f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    assert body(html).startswith("Paragraph 0 of the council report")
    assert body(html, **off("jsonld-replace")).startswith("The harbour board")


# --- credit steps --------------------------------------------------------------------------------


def test_byline():
    html = page(["By Jane Marsh", *BODY])
    with configured():
        article = extract_html(html, URL)
    assert article.byline == "By Jane Marsh" and article.authors == ["Jane Marsh"]
    assert not article.body.startswith("By Jane Marsh")
    assert body(html, **off("byline")).startswith("By Jane Marsh")


def test_dateline():
    html = page([f"WESTMERE (Reuters) - {BODY[0]}", *BODY[1:]])
    article = extract_html(html, URL)
    assert article.dateline == "WESTMERE (Reuters)" and article.wire == "Reuters"
    assert article.body.startswith("The harbour board")
    assert body(html, **off("dateline")).startswith("WESTMERE (Reuters) - The harbour board")


def test_trailing_credits():
    html = page([*BODY, "Additional reporting by Tom Reed in Eastport."])
    assert "Additional reporting" not in body(html)
    assert body(html, **off("trailing-credits")).endswith("Additional reporting by Tom Reed in Eastport.")


def test_wire_tail():
    html = page([*BODY[:-1], BODY[-1] + " (AP)"])
    article = extract_html(html, URL)
    assert article.wire == "AP" and article.body.endswith("two of its lamp posts.")
    assert body(html, **off("wire-tail")).endswith("lamp posts. (AP)")
