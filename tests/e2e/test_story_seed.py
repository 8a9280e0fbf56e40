"""The reference article and the demo corpus's korea-summit reports are one story (issue 9, "Done when").

The reference article (read from ../shared, never copied; publication date 2018-05-31) arrives
first, then the reports of examples/corpus that continue it day by day (korea-01 to korea-04,
korea-01 at two outlets), then the rest of the demo corpus. The facts checked: one story with
exactly those articles, the syndicated copy folded into its original with both outlets, the
12 June Singapore summit as one planned event with its "called off ... back on" history, the
four key people kept apart, and both spellings of Kim Jong Un finding the same person.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from newsdesk.cli.app import app
from newsdesk.models import Story, StoryEvent
from newsdesk.pipeline import ingest_paths
from newsdesk.store import Store
from newsdesk.stories.read import read_story
from newsdesk.stories.timeline import build_timeline

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seed" / "000_bff1fb16216cbd7f.txt"
CORPUS = ROOT / "examples" / "corpus"
#: The korea-summit reports in the order they were published (the copy a day after its original).
KOREA = [
    "html/korea-01-tribune.html",
    "text/korea-01-straits.txt",
    "text/korea-02-eastern.txt",
    "feeds/korea-03-worldwire.jsonl:1",
    "text/korea-04-straits.txt",
]
KEY_PEOPLE = {"Donald Trump", "Kim Jong Un", "Kim Yong Chol", "Mike Pompeo"}
#: Statuses of an event that is going ahead: the issue names the one after a cancellation "back on".
ON = {"planned", "back on"}
#: Statuses of an event called off: the per-article analysis calls it "negated", the issue "cancelled".
OFF = {"cancelled", "negated"}

pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"reference article not found at {SEED}")


@dataclass
class Seeded:
    store: Store
    path: str
    ids: dict[str, int]  # "seed" or a gold key (examples/gold) -> article id

    def story_of(self, key: str) -> Story:
        """The full story (timeline and summary built) holding the article ``key`` (as its own
        entry or as a folded copy)."""
        article_id = self.ids[key]
        for listed in self.store.stories():
            story = read_story(self.store, listed.id)
            if story is not None and article_id in members(story):
                return story
        raise AssertionError(f"{key} (article {article_id}) is in no story")

    def outlet(self, key: str) -> str | None:
        analysis = self.store.get_analysis(self.ids[key])
        assert analysis is not None
        return analysis.article.publisher


def members(story: Story) -> set[int]:
    """Every article id of a story, copies included."""
    return {a.article_id for a in story.articles} | {c for a in story.articles for c in a.copies}


def _gold_key(source: str) -> str:
    path, _, line = source.partition(".jsonl:")
    if not path.startswith(str(CORPUS)):
        return "seed"
    rel = Path(path + (".jsonl" if line else "")).relative_to(CORPUS).as_posix()
    return f"{rel}:{line}" if line else rel


@pytest.fixture(scope="module")
def seeded(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeded]:
    root = tmp_path_factory.mktemp("story-seed")
    feed = root / "reference.jsonl"  # a feed item, so that the article gets its publication date
    item = {"text": SEED.read_text("utf-8"), "published": "2018-05-31", "source": "The Business Times",
            "url": "https://reference.invalid/seed"}
    feed.write_text(json.dumps(item) + "\n", encoding="utf-8")
    path = str(root / "stories.db")
    store = Store(path)
    ingest_paths([str(feed)], store, nlp)
    ingest_paths([str(CORPUS / k.partition(":")[0]) for k in KOREA], store, nlp)
    ingest_paths([str(CORPUS)], store, nlp)  # the korea reports again are skipped as known content
    ids = {}
    for article_id in store.analysed_article_ids():
        doc = store.get_document(article_id)
        assert doc is not None
        ids[_gold_key(doc.source)] = article_id
    assert "seed" in ids and set(KOREA) <= set(ids), sorted(ids)
    yield Seeded(store, path, ids)
    store.close()


def test_the_reference_article_is_dated_and_every_report_stored(seeded: Seeded) -> None:
    analysis = seeded.store.get_analysis(seeded.ids["seed"])
    assert analysis is not None and (analysis.article.published or "").startswith("2018-05-31")
    gold = json.loads((ROOT / "examples" / "gold" / "articles.json").read_text("utf-8"))
    assert set(seeded.ids) == set(gold) | {"seed"}


def test_the_reference_article_and_the_korea_reports_are_one_story(seeded: Seeded) -> None:
    story = seeded.story_of("seed")
    expected = {seeded.ids["seed"]} | {seeded.ids[k] for k in KOREA}
    names = {v: k for k, v in seeded.ids.items()}
    assert members(story) == expected, (
        f"missing {sorted(names[i] for i in expected - members(story))}, "
        f"unrelated {sorted(names[i] for i in members(story) - expected)}"
    )
    assert story.first_seen is not None and story.first_seen.startswith("2018-05-31")
    assert story.last_seen is not None and story.last_seen.startswith("2018-06-10")


def test_the_syndicated_copy_is_folded_and_counted_once(seeded: Seeded) -> None:
    story = seeded.story_of("seed")
    original, copy = seeded.ids["html/korea-01-tribune.html"], seeded.ids["text/korea-01-straits.txt"]
    entries = [a for a in story.articles if {a.article_id, *a.copies} & {original, copy}]
    assert len(entries) == 1, entries
    entry = entries[0]
    assert entry.article_id == original and entry.copies == [copy]
    both = {seeded.outlet("html/korea-01-tribune.html"), seeded.outlet("text/korea-01-straits.txt")}
    assert None not in both and len(both) == 2
    assert both <= set(entry.outlets)
    assert len(story.articles) == 5  # the reference article and four reports: the copy once
    assert both <= set(story.outlets)


def _in_singapore(place: str | None) -> bool:
    """Singapore, or the most specific place the reports give: Sentosa island, the Capella Hotel."""
    return place is not None and any(p in place for p in ("Singapore", "Sentosa", "Capella"))


def _could_be_the_summit(e: StoryEvent) -> bool:
    """A meeting dated 12 June, or an undated (or month-dated) Trump–Kim meeting in Singapore:
    every such event of the story is a report of the summit."""
    if e.type != "CONSULT":
        return False
    date = e.date or ""
    if date[:10] == "2018-06-12":
        return True
    vague = date in ("", "2018-06", "2018-W24")
    return vague and _in_singapore(e.place) and {"Donald Trump", "Kim Jong Un"} <= set(e.participants)


def _summit(story: Story) -> StoryEvent:
    found = [e for e in story.events if _could_be_the_summit(e)]
    listing = [(e.id, e.date, e.place, e.participants, e.status) for e in story.events
               if e.type == "CONSULT" and ((e.date or "").startswith("2018-06") or _in_singapore(e.place))]
    assert len(found) == 1, \
        f"the 12 June summit is {len(found)} events; meetings in June or Singapore: {listing}"
    return found[0]


def test_the_singapore_summit_is_one_planned_event_on_12_june(seeded: Seeded) -> None:
    story = seeded.story_of("seed")
    summit = _summit(story)
    assert (summit.date or "")[:10] == "2018-06-12"
    assert _in_singapore(summit.place), summit.place
    assert {"Donald Trump", "Kim Jong Un"} <= set(summit.participants), summit.participants
    assert summit.status in ON, summit.status
    reporters = {r.article_id for r in summit.reports}
    assert seeded.ids["seed"] in reporters  # "a meeting on the 12th" in the reference article
    assert {seeded.ids["text/korea-02-eastern.txt"], seeded.ids["text/korea-04-straits.txt"]} <= reporters


def test_the_timeline_holds_the_summit_once_on_12_june(seeded: Seeded) -> None:
    story = seeded.story_of("seed")
    summit = _summit(story)
    dates = [t.date for t in story.timeline]
    assert dates == sorted(dates), "a timeline is ordered by when things happened"
    on_the_day = [t for t in story.timeline if t.date[:10] == "2018-06-12"]
    assert len(on_the_day) == 1, dates
    assert [e.id for e in on_the_day[0].events].count(summit.id) == 1
    assert sum(summit.id in [e.id for e in t.events] for t in story.timeline) == 1
    assert on_the_day[0].summary.strip()


def test_build_timeline_dates_the_summit_on_12_june(seeded: Seeded) -> None:
    """The timeline function itself, on the story's canonical articles and its events."""
    story = seeded.story_of("seed")
    summit = _summit(story)
    articles = [(a.article_id, seeded.store.get_analysis(a.article_id)) for a in story.articles]
    timeline = build_timeline([(i, a) for i, a in articles if a is not None], story.events)
    on_the_day = [t for t in timeline if t.date[:10] == "2018-06-12"]
    assert len(on_the_day) == 1, [t.date for t in timeline]
    assert summit.id in [e.id for e in on_the_day[0].events]
    assert "2018-05-31" in {t.date[:10] for t in timeline}  # Kim Yong Chol met Pompeo in New York


def test_the_summit_history_shows_it_called_off_and_back_on(seeded: Seeded) -> None:
    summit = _summit(seeded.story_of("seed"))
    statuses = [h.status for h in summit.history]
    korea_01 = {seeded.ids["html/korea-01-tribune.html"], seeded.ids["text/korea-01-straits.txt"]}
    called_off = [i for i, h in enumerate(summit.history) if h.status in OFF]
    assert called_off, f"no cancellation in the history: {statuses}"
    assert summit.history[called_off[0]].article_id in korea_01  # reported on 1 June
    assert any(s in ON for s in statuses[called_off[-1] + 1:]), statuses
    assert statuses[-1] in ON


def test_the_key_people_are_four_distinct_people(seeded: Seeded) -> None:
    story = seeded.story_of("seed")
    assert KEY_PEOPLE <= set(story.people), story.people
    assert "Kim Jong-un" not in story.people  # korea-02's spelling is the same person
    assert "Kim" not in story.people and "Trump" not in story.people
    assert "Singapore" in story.places


def _entity(path: str, name: str) -> object:
    result = CliRunner().invoke(app, ["entity", name, "--json", "--db", path],
                                env={"COLUMNS": "200", "NEWSDESK_DB": ""})
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_entity_finds_kim_jong_un_under_either_spelling(seeded: Seeded) -> None:
    hyphenated = _entity(seeded.path, "Kim Jong-un")
    assert hyphenated == _entity(seeded.path, "Kim Jong Un")
    assert "Kim Jong Un" in json.dumps(hyphenated)
    assert hyphenated != _entity(seeded.path, "Kim Yong Chol")
