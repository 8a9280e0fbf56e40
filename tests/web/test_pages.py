"""The story, article, entity and front pages over the invented week of stories (no model)."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from digest._fixtures import STRIKE_2
from newsdesk.digest.edition import build_edition
from newsdesk.store import Store
from newsdesk.web import create_app

Ids = tuple[str, dict[str, int]]
HERALD = f"Coast Herald: {STRIKE_2.title}"
COURIER = f"Bay Courier: {STRIKE_2.title}"
VOTE = "Harbour Post: Portvale dockers vote to strike on Wednesday"


def _story(client: TestClient, web_db: Ids) -> tuple[int, str]:
    with Store(web_db[0]) as store:
        sid = store.story_of(web_db[1][VOTE])
    assert sid is not None
    return sid, client.get(f"/stories/{sid}").text


def _entity_id(web_db: Ids, name: str) -> int:
    with Store(web_db[0]) as store:
        return store.entity_page(key=name.lower())[1][0].id


def test_the_story_page_shows_a_quote_by_its_speaker_linked(client: TestClient, web_db: Ids) -> None:
    _, page = _story(client, web_db)
    mara = _entity_id(web_db, "Mara Quint")
    quote = re.search(r"“The port authority left us no choice but to walk out”\s*<cite>— "
                      rf'<a href="/entities/{mara}">Mara Quint</a>', page)
    assert quote, "the key quote is shown with its speaker, linked"
    assert '<time datetime="2026-05-05">' in page  # a dated development


def test_the_story_page_links_its_participants(client: TestClient, web_db: Ids) -> None:
    _, page = _story(client, web_db)
    mara, portvale = _entity_id(web_db, "Mara Quint"), _entity_id(web_db, "Portvale")
    assert f'<a class="entity person" href="/entities/{mara}">Mara Quint</a>' in page
    assert f'<a class="entity place" href="/entities/{portvale}">Portvale</a>' in page


def test_a_copy_is_folded_under_its_original_with_both_outlets(client: TestClient, web_db: Ids) -> None:
    _, page = _story(client, web_db)
    herald, courier = web_db[1][HERALD], web_db[1][COURIER]
    cards = [c.split("</details>")[0] for c in page.split('<li class="card">')[1:]]
    card = next(c for c in cards if f'class="story-title" href="/articles/{herald}"' in c)
    assert "Coast Herald" in card and "1 copy: Bay Courier" in card
    assert f'<a href="/articles/{courier}">Bay Courier</a>' in card
    assert page.count(f'class="story-title" href="/articles/{courier}"') == 0  # not listed on its own
    assert "2 articles" in page and "3 reports with copies" in page


def test_the_story_articles_are_paginated_with_the_total(client: TestClient, web_db: Ids) -> None:
    sid, _ = _story(client, web_db)
    first = client.get(f"/stories/{sid}?limit=1").text
    assert "1–1 of 2 articles" in first and f"/stories/{sid}?offset=1&amp;limit=1" in first
    assert f'class="story-title" href="/articles/{web_db[1][VOTE]}"' in first
    assert f'class="story-title" href="/articles/{web_db[1][HERALD]}"' not in first
    second = client.get(f"/stories/{sid}?offset=1&limit=1").text
    assert "2–2 of 2 articles" in second and 'rel="next"' not in second
    assert f'class="story-title" href="/articles/{web_db[1][HERALD]}"' in second


def test_a_merged_or_missing_story(client: TestClient) -> None:
    assert client.get("/stories/999").status_code == 404
    assert "Not found" in client.get("/stories/999").text


def test_the_article_page_highlights_and_links_its_facts(client: TestClient, web_db: Ids) -> None:
    aid = web_db[1][VOTE]
    page = client.get(f"/articles/{aid}").text
    mara = _entity_id(web_db, "Mara Quint")
    assert (f'<mark class="person" title="Mara Quint (PERSON)"><a href="/entities/{mara}">Mara Quint</a>'
            "</mark>") in page
    assert ('<mark class="quote" title="direct quote: Mara Quint">We have waited two years for a fair offer'
            "</mark>") in page
    assert '<mark class="event" title="PROTEST (planned) 2026-05-06">strike</mark>' in page
    with Store(web_db[0]) as store:
        story = store.article_story(aid)
    assert story and f'href="/stories/{story[0]}"' in page


def test_the_article_page_shows_provenance_and_removed_chrome(tmp_path: Path) -> None:
    from builders import article, save
    from newsdesk.models import Analysis, RemovedLine

    art = article("Harbour opens", "The harbour opened on Monday.", published="2026-05-04")
    art.provenance = {"title": "json-ld headline", "published": "meta article:published_time"}
    art.removed = [RemovedLine("Share this on Facebook", "share")]
    path = str(tmp_path / "p.db")
    with Store(path) as store:
        aid = save(store, Analysis(article=art))
    with TestClient(create_app(path)) as c:
        page = c.get(f"/articles/{aid}").text
    assert re.search(r"<td>title</td><td>Harbour opens</td><td>json-ld headline</td>", page)
    assert re.search(r"<td>published</td><td>2026-05-04</td><td>meta article:published_time</td>", page)
    assert '<del class="removed">Share this on Facebook</del> <span class="tag">share</span>' in page


def test_a_copy_names_its_original_and_the_original_its_reprints(client: TestClient, web_db: Ids) -> None:
    herald, courier = web_db[1][HERALD], web_db[1][COURIER]
    assert f'A copy of <a href="/articles/{herald}">' in client.get(f"/articles/{courier}").text
    original = client.get(f"/articles/{herald}").text
    assert f'Reprinted by <a href="/articles/{courier}">Bay Courier</a>' in original


def test_the_entity_page_shows_quotes_events_and_connections(client: TestClient, web_db: Ids) -> None:
    mara, portvale = _entity_id(web_db, "Mara Quint"), _entity_id(web_db, "Portvale")
    page = client.get(f"/entities/{mara}").text
    assert "<h1>Mara Quint</h1>" in page and "3 articles" in page
    assert "“The port authority left us no choice but to walk out”" in page
    assert '<span class="tag event">PROTEST</span> planned · 2026-05-06' in page
    assert re.search(rf'<a class="entity place" href="/entities/{portvale}">Portvale</a>\s*'
                     r'<span class="muted">named together in 3 articles</span>', page)
    assert f'data-src="/api/entities/{mara}/network"' in page
    assert '<script src="/static/vendor/cytoscape/cytoscape.min.js" defer></script>' in page


def test_entities_by_name_redirect_or_list(client: TestClient, web_db: Ids) -> None:
    mara = _entity_id(web_db, "Mara Quint")
    found = client.get("/entities?name=mara", follow_redirects=False)
    assert found.status_code == 303 and found.headers["location"] == f"/entities/{mara}"
    assert client.get("/entities?name=nobody-at-all").text.count("No entity named") == 1
    listed = client.get("/entities?type=GPE").text
    assert all(p in listed for p in ("Portvale", "Elmsbury", "Kelton")) and "Mara Quint" not in listed
    assert client.get("/entities?type=ALIEN").status_code == 400


def test_the_front_page_lists_stories_and_links_the_latest_editions(web_db: Ids) -> None:
    with Store(web_db[0]) as store:
        edition = build_edition(store, "daily", "2026-05-05", record=True)
    with TestClient(create_app(web_db[0])) as c:
        page = c.get("/").text
        assert f'<a href="/editions/{edition.id}">' in page and "daily · 2026-05-05" in page
        assert re.search(r"2 articles \(\+1 copy\)\s*· 3 outlets\s*· last update 2026-05-05", page)
        rendered = c.get(f"/editions/{edition.id}")
    assert rendered.status_code == 200 and "Portvale" in rendered.text
    assert "script-src" not in rendered.headers["content-security-policy"]  # default-src 'none': no script
    assert rendered.headers["content-security-policy"].startswith("default-src 'none'")
