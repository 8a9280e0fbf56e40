"""`newsdesk events`, the GDELT-like event export, and times and events in the `analyze` and `show` reports.

The database is filled by hand with invented articles and Event records, so these tests do
not depend on how well the extractors find times or events.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from builders import article as build
from builders import entity, span, who
from newsdesk.cli.app import app
from newsdesk.cli.report import print_analysis
from newsdesk.events_export import (
    CAMEO_CODES,
    CSV_COLUMNS,
    GDELT_COLUMNS,
    cameo_code,
    event_day,
    global_event_id,
    quad_class,
)
from newsdesk.ingest import content_hash
from newsdesk.models import (
    EVENT_TYPES,
    Analysis,
    Article,
    Document,
    Entity,
    Event,
    Mention,
    Participant,
    Quote,
    Span,
    TimeExpression,
)
from newsdesk.store import Store, StoredEvent

ENV = {"COLUMNS": "200", "NEWSDESK_DB": ""}

SUMMIT = (
    "Foreign Minister Ana Duarte and Defence Minister Rui Costa met Kenji Arakawa in Lisbon on "
    "Thursday. Duarte will visit Tokyo in June. Opposition groups demanded new elections."
)
BORDER = (
    "Arakawa said the ministry had delayed the treaty. The army denied that troops had massed at "
    "the border."
)


def run(*args: str):  # noqa: ANN201
    result = CliRunner().invoke(app, list(args), env=ENV)
    assert "Traceback" not in result.output, result.output
    return result


def sentence(art: Article, trigger: str) -> tuple[Span, Span]:
    """The trigger's span and the sentence around it (the evidence)."""
    t = span(art.text, trigger, art.text.index("\n\n"))
    start = max(art.text.rfind(". ", 0, t.start) + 2, art.text.index("\n\n") + 2)
    end = art.text.index(".", t.end) + 1
    return t, Span(start, end, art.text[start:end])


def summit() -> Analysis:
    art = build("Envoys meet in Lisbon", SUMMIT, "2018-05-31", "https://wire.example/summit")
    duarte = entity(1, art, "PERSON", "Ana Duarte", ("Duarte",))
    costa = entity(2, art, "PERSON", "Rui Costa")
    arakawa = entity(3, art, "PERSON", "Kenji Arakawa")
    lisbon, tokyo = entity(4, art, "GPE", "Lisbon"), entity(5, art, "GPE", "Tokyo")
    thursday, june = span(art.text, "on Thursday"), span(art.text, "in June")
    times = [
        TimeExpression(1, thursday.start, thursday.end, thursday.text, "DATE", "2018-05-31", "published"),
        TimeExpression(2, june.start, june.end, june.text, "DATE", "2018-06", "published"),
    ]
    events = [
        Event(1, "CONSULT", *sentence(art, "met"), mode="meet",
              actors=[who(art, "Ana Duarte", duarte, "PRT", "GOV"),
                      who(art, "Rui Costa", costa, "PRT", "MIL")],
              recipients=[who(art, "Kenji Arakawa", arakawa, "JPN", "GOV")],
              place=who(art, "Lisbon", lisbon, "PRT", after=art.text.index("\n\n")),
              time_id=1, date="2018-05-31"),
        Event(2, "TRAVEL", *sentence(art, "visit"), status="planned", mode="visit",
              actors=[who(art, "Duarte", duarte, "PRT", "GOV", after=art.text.index("Duarte will"))],
              place=who(art, "Tokyo", tokyo, "JPN"), time_id=2, date="2018-06"),
        Event(3, "REQUEST", *sentence(art, "demanded"), actors=[who(art, "Opposition groups", sector="OPP")]),
    ]
    return Analysis(art, [duarte, costa, arakawa, lisbon, tokyo], [], times, events,
                    pipeline_version="1.0", model="test")


def border() -> Analysis:
    art = build("Arakawa faults ministry", BORDER, "2018-06-02", "https://daily.example/border")
    named = span(art.text, "Arakawa", art.text.index("\n\n"))
    arakawa = Entity(1, "PERSON", "Kenji Arakawa", [Mention(named.start, named.end, "Arakawa", "partial")],
                     aliases=["Arakawa"])
    said = Quote(1, "indirect", span(art.text, "the ministry had delayed the treaty"), span(art.text, "said"),
                 named, speaker_id=1, speaker="Kenji Arakawa", speaker_type="person", group=1)
    events = [
        Event(1, "ACCUSE", *sentence(art, "delayed"), quote_id=1,
              actors=[Participant("Arakawa", named.start, named.end, 1, "JPN", "GOV")],
              recipients=[who(art, "the ministry", sector="GOV")]),
        Event(2, "MOBILIZE", *sentence(art, "massed"), status="negated", mode="troops",
              actors=[who(art, "troops", sector="MIL")]),
    ]
    return Analysis(art, [arakawa], [said], [], events, pipeline_version="1.0", model="test")


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "events.db")
    with Store(path) as store:
        for analysis in (summit(), border()):
            raw = analysis.article.text
            doc = Document(source=analysis.article.url or "-", kind="text", content=raw,
                           url=analysis.article.url, content_hash=content_hash(raw))
            store.save_analysis(store.add_document(doc), analysis)
    return path


def stored(db: str) -> list[StoredEvent]:
    with Store(db) as store:
        return store.events()


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# -- the command ------------------------------------------------------------------------------

def test_table_shows_date_type_who_place_status_and_article(db: str) -> None:
    result = run("events", "--db", db)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "CONSULT/meet" in out and "Ana Duarte, Rui Costa → Kenji Arakawa" in out and "Lisbon" in out
    assert "TRAVEL/visit" in out and "planned" in out and "2018-06" in out and "Tokyo" in out
    assert "DEMAND" in out and "(2018-05-31)" in out  # undated: the article's date, in parentheses
    assert "DISAPPROVE" in out and "per Kenji Arakawa" in out  # reported in Arakawa's quote
    assert "Envoys meet in Lisbon" in out and "1–5 of 5 events" in out
    assert out.index("CONSULT/meet") < out.index("DISAPPROVE")  # oldest first


def test_filters_and_paging(db: str) -> None:
    duarte = run("events", "--actor", "duarte", "--db", db).stdout
    assert "of 2 events" in duarte and "Opposition groups" not in duarte
    assert "of 2 events" in run("events", "--actor", "Kenji Arakawa", "--db", db).stdout  # recipient, actor
    assert "of 1 event" in run("events", "--type", "REQUEST", "--db", db).stdout
    assert "DISAPPROVE" in run("events", "--type", "accuse", "--db", db).stdout
    june = run("events", "--since", "2018-06", "--db", db).stdout
    assert "of 3 events" in june and "CONSULT" not in june
    assert "of 1 event" in run("events", "--status", "negated", "--db", db).stdout
    page = run("events", "--limit", "2", "--db", db).stdout
    assert "1–2 of 5 events; next page: --offset 2" in page
    assert "no events match" in run("events", "--actor", "Nobody", "--db", db).stdout


def test_json_lists_every_match_with_offsets_and_participants(db: str) -> None:
    data = json.loads(run("events", "--json", "--actor", "duarte", "--db", db).stdout)
    assert data["total"] == 2 and data["next_offset"] is None and len(data["events"]) == 2
    meeting = data["events"][0]
    assert [p["label"] for p in meeting["actors"]] == ["Ana Duarte", "Rui Costa"]
    assert meeting["place"]["label"] == "Lisbon" and meeting["time_text"] == "on Thursday"
    assert set(meeting["evidence"]) == {"start", "end", "text"} and meeting["published"] == "2018-05-31"


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("--type", "FOO"), "--type 'FOO'"),
        (("--status", "x"), "--status 'x'"),
        (("--since", "last week"), "--since 'last week'"),
        (("--since", "2018-13"), "--since '2018-13'"),
        (("--export", "xml"), "--export 'xml'"),
        (("--output", "x.txt"), "--output needs --export or --json"),
    ],
)
def test_bad_input_is_a_clear_error_naming_it(db: str, args: tuple[str, ...], named: str) -> None:
    result = run("events", *args, "--db", db)
    assert result.exit_code == 1
    assert named in " ".join(result.stderr.split())


def test_unknown_type_error_lists_the_types(db: str) -> None:
    message = " ".join(run("events", "--type", "FOO", "--db", db).stderr.split())
    assert "CONSULT" in message and "REQUEST" in message


# -- the export -------------------------------------------------------------------------------

def test_export_csv_has_gdelt_columns_and_cameo_codes(db: str, tmp_path: Path) -> None:
    target = tmp_path / "events.csv"
    result = run("events", "--export", "csv", "--output", str(target), "--db", db)
    assert result.exit_code == 0, result.output
    assert "5 events written to" in result.stderr
    text = target.read_text(encoding="utf-8")
    assert tuple(text.splitlines()[0].split(",")) == CSV_COLUMNS
    rows = {r["PloverType"] + "/" + r["PloverMode"]: r for r in csv_rows(text)}
    codes = {k: (r["EventCode"], r["EventBaseCode"], r["EventRootCode"], r["QuadClass"])
             for k, r in rows.items()}
    assert codes == {
        "CONSULT/meet": ("040", "040", "04", "1"),
        "TRAVEL/visit": ("036", "036", "03", "1"),  # planned: CAMEO's "express intent to meet"
        "DEMAND/": ("100", "100", "10", "3"),  # POLECAT's REQUEST
        "DISAPPROVE/": ("110", "110", "11", "3"),  # POLECAT's ACCUSE
        "MOBILIZE/troops": ("154", "154", "15", "4"),
    }
    meeting = rows["CONSULT/meet"]
    article_id, event_id = int(meeting["ArticleID"]), int(meeting["EventID"])
    assert int(meeting["GlobalEventID"]) == article_id * 10000 + event_id == global_event_id(article_id, 1)
    assert (meeting["Day"], meeting["MonthYear"], meeting["Year"], meeting["DaySource"]) == (
        "20180531", "201805", "2018", "event")
    assert (meeting["Actor1Name"], meeting["Actor1CountryCode"], meeting["Actor1Type1Code"],
            meeting["Actor1Code"]) == ("Ana Duarte", "PRT", "GOV", "PRTGOV")
    assert meeting["Actor1Names"] == "Ana Duarte;Rui Costa"  # every actor; Actor1 is the first
    assert (meeting["Actor2Name"], meeting["Actor2Code"], meeting["Actor2Names"]) == (
        "Kenji Arakawa", "JPNGOV", "Kenji Arakawa")
    assert (meeting["ActionGeo_FullName"], meeting["ActionGeo_CountryCode"]) == ("Lisbon", "PRT")
    assert meeting["SOURCEURL"] == "https://wire.example/summit" and meeting["Status"] == "happened"
    assert (meeting["TimeID"], meeting["TimeText"]) == ("1", "on Thursday")
    assert meeting["EventDate"] == "2018-05-31"
    text_of_article = "Envoys meet in Lisbon\n\n" + SUMMIT
    start, end = int(meeting["EvidenceStart"]), int(meeting["EvidenceEnd"])
    assert text_of_article[start:end] == meeting["EvidenceText"]
    start, end = int(meeting["TriggerStart"]), int(meeting["TriggerEnd"])
    assert text_of_article[start:end] == meeting["TriggerText"] == "met"
    trip = rows["TRAVEL/visit"]
    assert (trip["Day"], trip["DaySource"], trip["EventDate"]) == ("20180531", "article", "2018-06")
    assert trip["Actor2Name"] == "" and trip["Status"] == "planned"
    accusation = rows["DISAPPROVE/"]
    assert (accusation["QuoteID"], accusation["Speaker"]) == ("1", "Kenji Arakawa")
    assert (accusation["Day"], accusation["DaySource"]) == ("20180602", "article")
    assert accusation["EventDate"] == ""
    assert rows["DEMAND/"]["Actor1Code"] == "OPP" and rows["DEMAND/"]["Actor1EntityID"] == ""


def test_export_jsonl_has_the_same_keys_and_nested_participants(db: str) -> None:
    result = run("events", "--export", "jsonl", "--actor", "duarte", "--db", db)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    meeting = records[0]
    assert set(CSV_COLUMNS) <= set(meeting) and {"actors", "recipients", "place"} <= set(meeting)
    assert meeting["Day"] == 20180531 and meeting["QuadClass"] == 1 and meeting["EventCode"] == "040"
    assert [a["name"] for a in meeting["actors"]] == ["Ana Duarte", "Rui Costa"]
    costa = meeting["actors"][1]
    assert (costa["code"], costa["country"], costa["sector"]) == ("PRTMIL", "PRT", "MIL")
    assert meeting["recipients"][0]["name"] == "Kenji Arakawa" and meeting["place"]["name"] == "Lisbon"
    assert records[1]["Actor2Name"] is None and records[1]["recipients"] == []


def test_an_event_id_globaleventid_cannot_hold_is_a_clear_error(tmp_path: Path) -> None:
    path = str(tmp_path / "big.db")
    analysis = border()
    analysis.events[0].id = 10_000
    with Store(path) as store:
        raw = analysis.article.text
        doc = Document(source="-", kind="text", content=raw, content_hash=content_hash(raw))
        store.save_analysis(store.add_document(doc), analysis)
    result = run("events", "--export", "csv", "--db", path)
    assert result.exit_code == 1 and "cannot export" in result.stderr and "10000" in result.stderr


def test_show_lists_the_articles_times_and_events(db: str) -> None:
    article_id = stored(db)[0].article_id
    out = run("show", str(article_id), "--db", db).stdout
    assert "times" in out and "on Thursday" in out and "2018-06" in out
    assert "events" in out and "CONSULT/meet" in out and "Ana Duarte, Rui Costa → Kenji Arakawa" in out
    data = json.loads(run("show", str(article_id), "--json", "--db", db).stdout)
    assert [t["text"] for t in data["times"]] == ["on Thursday", "in June"]
    assert [e["type"] for e in data["events"]] == ["CONSULT", "TRAVEL", "DEMAND"]


def test_analysis_report_has_time_and_event_tables() -> None:
    console = Console(file=io.StringIO(), width=200)
    print_analysis(border(), console)
    print_analysis(summit(), console)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "Times" in out and "on Thursday" in out and "2018-05-31" in out and "in June" in out
    assert "Events" in out and "CONSULT/meet" in out and "Ana Duarte, Rui Costa → Kenji Arakawa" in out
    assert "2018-06 (in June)" in out and "Tokyo" in out
    assert "negated" in out and "per Kenji Arakawa" in out


# -- the pure mapping -------------------------------------------------------------------------

def test_every_type_has_a_cameo_code_with_the_right_quad_class() -> None:
    assert set(CAMEO_CODES) == set(EVENT_TYPES)
    roots = {
        "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07", "CONCEDE": "08",
        "RETREAT": "08", "INVESTIGATE": "09", "DEMAND": "10", "DISAPPROVE": "11", "REJECT": "12",
        "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
        "ASSAULT": "18", "FIGHT": "19", "TRAVEL": "04",
    }
    assert {t: cameo_code(t)[:2] for t in EVENT_TYPES} == roots
    samples = ("030", "057", "060", "084", "090", "112", "130", "141", "190", "204")
    assert [quad_class(c) for c in samples] == [1, 1, 2, 2, 3, 3, 3, 4, 4, 4]
    assert quad_class(None) is None and cameo_code("FOO") is None


def test_modes_and_status_refine_the_cameo_code() -> None:
    assert cameo_code("CONSULT", "visit") == "042" and cameo_code("CONSULT", "Third party") == "044"
    assert cameo_code("CONSULT", "visit", "planned") == "036" and cameo_code("AID", None, "planned") == "033"
    assert cameo_code("FIGHT", "aerial") == "195" and cameo_code("FIGHT", "heavy-weapons") == "194"
    assert cameo_code("ASSAULT", "assassinate") == "186" and cameo_code("ASSAULT", "wmd") == "204"
    assert cameo_code("ASSAULT", "firearms") == "180" and cameo_code("FIGHT", "firearms") == "193"
    assert cameo_code("ASSAULT", "execute") == "182" and cameo_code("RETREAT", "disarm") == "087"
    assert cameo_code("PROTEST", "strike-hun") == "142" and cameo_code("COERCE", "arrest") == "173"
    assert cameo_code("request") == "100" and cameo_code("ACCUSE") == "110"
    assert cameo_code("DEMAND", "meet", "planned") == "106"  # intent codes are for cooperation only
    assert cameo_code("CONSULT", "unheard-of-mode") == "040"


def test_day_is_the_event_date_when_it_is_a_day_else_the_article_date() -> None:
    assert event_day("2018-06-12", "2018-05-31") == ("20180612", "event")
    assert event_day("2018-06-12T19:00", None) == ("20180612", "event")
    assert event_day("2018-06", "2018-05-31T08:00:00+00:00") == ("20180531", "article")
    assert event_day("PRESENT_REF", None) == (None, None)
    with pytest.raises(ValueError, match="GlobalEventID"):
        global_event_id(3, 10_000)
    assert GDELT_COLUMNS[0] == "GlobalEventID" and "SOURCEURL" in GDELT_COLUMNS
