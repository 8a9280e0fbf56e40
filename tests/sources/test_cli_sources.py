"""`newsdesk sources ...` and `newsdesk watch --once` through the CLI, against local sites.

The demo test serves examples/corpus with the demo site (as `newsdesk demo` will) and watches it once.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli.app import app
from newsdesk.sources.demo_site import DemoSite, pages_from_folder
from newsdesk.store import Store
from sources._server import Site, rss

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
runner = CliRunner()


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDESK_WATCH_PER_HOST_RPS", "100")
    monkeypatch.setenv("NEWSDESK_WATCH_USER_AGENT", "newsdesk/{version} (+https://newsdesk.invalid/cli-test)")


def test_add_list_export_import_remove(tmp_path: Path, fast: None) -> None:
    db, other = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    with Site() as site:
        site.add("/", '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
                      "</head></html>")
        site.add("/rss.xml", rss(site.base, []))
        added = runner.invoke(app, ["sources", "add", site.url("/"), "--name", "Gazette", "--country", "NZ",
                                    "--db", db])
        assert added.exit_code == 0, added.output
        assert site.url("/rss.xml") in added.output
        assert site.hits[0].headers["user-agent"] == "newsdesk/0.1.0 (+https://newsdesk.invalid/cli-test)"
        listed = json.loads(runner.invoke(app, ["sources", "list", "--json", "--db", db]).output)["sources"]
        assert [(s["name"], s["country"], s["error_rate"]) for s in listed] == [("Gazette", "NZ", 0.0)]
        opml = tmp_path / "subs.opml"
        assert runner.invoke(app, ["sources", "export", str(opml), "--db", db]).exit_code == 0
        imported = runner.invoke(app, ["sources", "import", str(opml), "--db", other])
        assert imported.exit_code == 0 and "1 sources added" in imported.output
        with Store(other) as s:
            followed = [(x.name, [f.url for f in x.feeds]) for x in s.sources()]
            assert followed == [("Gazette", [site.url("/rss.xml")])]
        removed = runner.invoke(app, ["sources", "remove", "Gazette", "--db", db])
        assert removed.exit_code == 0 and "removed source 1" in removed.output
        missing = runner.invoke(app, ["sources", "remove", "Gazette", "--db", db])
        assert missing.exit_code == 1 and "no-such-source" in missing.output
        nothing = runner.invoke(app, ["sources", "add", site.url("/nothing"), "--db", db])
        assert nothing.exit_code == 1 and "http-404" in nothing.output


def test_demo_site_serves_the_corpus_with_feed_sitemap_and_robots() -> None:
    pages = pages_from_folder(CORPUS)
    assert len(pages) == 50 and all("<html" in p.html.lower() for p in pages)  # every item of the corpus
    with DemoSite(pages) as site:
        home = site.respond("/")[2]
        assert 'type="application/rss+xml" title="Latest" href="/rss.xml"' in home
        assert site.respond("/rss.xml")[2].count("<item>") == len(pages)
        assert site.respond("/news-sitemap.xml")[2].count("<news:publication_date>") == sum(
            1 for p in pages if p.published)
        assert f"Sitemap: {site.url}news-sitemap.xml" in site.respond("/robots.txt")[2]


@pytest.mark.slow
def test_watch_once_over_the_demo_site(tmp_path: Path, fast: None) -> None:
    db = str(tmp_path / "demo.db")
    with DemoSite.from_folder(CORPUS) as site:
        added = runner.invoke(app, ["sources", "add", site.url, "--name", "Demo", "--db", db])
        assert added.exit_code == 0, added.output
        watched = runner.invoke(app, ["watch", "--once", "--db", db])
        assert watched.exit_code == 0, watched.output
        again = runner.invoke(app, ["watch", "--once", "--db", db])
        n = len(site.pages)
    assert f"stored {n}," in watched.output and "stored 0," in again.output
    with Store(db) as store:
        ids = store.analysed_article_ids()
        assert len(ids) == n and all(store.story_of(i) is not None for i in ids)
        assert 4 <= len(store.stories()) < n  # the demo's stories gather several articles each
        assert store.sources()[0].articles == n
