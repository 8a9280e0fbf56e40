"""The same entity across articles: name keys, the linker in a store, and `newsdesk entity`.

Articles are invented for these tests and their analyses built by hand (the linker is tested,
not the statistical model): two reports about a North Korean leader spelled three ways, a
report about an American congressman who shares the surname, and one about a third Kim.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from builders import article, save, span
from newsdesk.cli.app import app
from newsdesk.models import Analysis, Article, Entity, Mention, Participant, Quote, Role
from newsdesk.models import Event as Ev
from newsdesk.store import Store
from newsdesk.stories import identities, names, profiles

# -- name keys -----------------------------------------------------------------------------


@pytest.mark.parametrize("variants", [
    ("Kim Jong-un", "Kim Jong Un", "KIM JONG UN", "Mr. Kim Jong Un", "kim  jong un"),
    ("Lula da Silva", "Lúla da Silva", "President Lula da Silva"),
    ("J. K. Rowling", "JK Rowling", "J.K. Rowling"),
    ("Matthew O'Connor", "Matthew O’Connor", "Matthew OConnor"),
    ("Mike Pompeo", "Secretary of State Mike Pompeo", "then-Secretary of State Mike Pompeo"),
])
def test_spelling_variants_share_a_name_key(variants: tuple[str, ...]) -> None:
    assert len({names.name_key(v) for v in variants}) == 1


def test_different_people_have_different_keys() -> None:
    keys = {names.name_key(n) for n in ("Kim Jong Un", "Kim Yong Chol", "Andy Kim", "Kim Jong Il")}
    assert len(keys) == 4
    skeletons = {names.skeleton(k) for k in keys}
    assert len(skeletons) == 4


def test_transliterations_share_a_skeleton_and_close_spelling() -> None:
    keys = [names.name_key(n) for n in ("Muammar Gaddafi", "Moammar Gadhafi", "Muammar Qaddafi")]
    assert len({names.skeleton(k) for k in keys}) == 1
    assert all(names.close_spelling(keys[0], k) for k in keys)
    a, b = names.name_key("Mohammed bin Salman"), names.name_key("Muhammad bin Salman")
    assert names.skeleton(a) == names.skeleton(b) and names.close_spelling(a, b)
    # a shared skeleton alone is no evidence: these are spelled too differently
    assert names.skeleton("tara reid") == names.skeleton("tori reid")
    assert not names.close_spelling("tara reid", "tori reid")


def test_partial_names_and_middles() -> None:
    assert not names.is_full_name(names.name_key("Mr Kim"))
    assert not names.is_full_name(names.name_key("President Trump"))
    assert names.is_full_name(names.name_key("Donald Trump"))
    assert names.middles_compatible("george w bush", "george bush")
    assert not names.middles_compatible("george hw bush", "george w bush")


def test_role_keys_mark_past_roles() -> None:
    assert names.role_key("then-President") == ("president", True)
    assert names.role_key("former foreign minister") == ("foreign minister", True)
    assert names.role_key("Foreign Minister") == ("foreign minister", False)


# -- the linker in a store -------------------------------------------------------------------

def person(local_id: int, art: Article, name: str, *more: str, role: str | None = None) -> Entity:
    """A person named ``name`` (and by each of ``more``) where those words first occur."""
    mentions = []
    for n, kind in [(name, "name"), *((m, "partial") for m in more)]:
        s = span(art.text, n)
        mentions.append(Mention(s.start, s.end, n, kind))  # type: ignore[arg-type]
    roles = []
    if role:
        r = span(art.text, role)
        roles.append(Role(role, r.start, r.end, "premodifier"))
    return Entity(local_id, "PERSON", name, mentions, roles, aliases=list(more))


def thing(local_id: int, art: Article, type_: str, name: str) -> Entity:
    s = span(art.text, name)
    return Entity(local_id, type_, name, [Mention(s.start, s.end, name)])  # type: ignore[arg-type]


def place(store: Store, analysis: Analysis) -> tuple[int, dict[int, int]]:
    """Store the analysis and link its entities, as ingest does."""
    doc_id = save(store, analysis)
    store._unlink_entities(doc_id)
    return doc_id, identities.link_entities(store, doc_id, analysis)


def summit_1() -> Analysis:
    a = article("Leader Kim Jong-un agrees to summit",
                "North Korean leader Kim Jong-un told Donald Trump in Pyongyang that he would meet him.",
                published="2018-05-01", url="https://a.example/1")
    kim = person(1, a, "Kim Jong-un", role="leader")
    return Analysis(a, [kim, person(2, a, "Donald Trump"), thing(3, a, "GPE", "Pyongyang"),
                        thing(4, a, "GPE", "North Korean")])


def summit_2() -> Analysis:
    a = article("KIM JONG UN SAYS SUMMIT IS ON",
                "Mr Kim told President Donald Trump the summit was on, leader KIM JONG UN said in Pyongyang.",
                published="2018-05-03", url="https://b.example/2")
    kim = person(1, a, "KIM JONG UN", "Mr Kim", role="leader")
    kim.canonical = "KIM JONG UN"
    ev = Ev(1, "CONSULT", span(a.text, "told"), span(a.text, a.text.split("\n\n")[1]),
            actors=[Participant("Mr Kim", *_se(a, "Mr Kim"), entity_id=1)])
    quote = Quote(1, "indirect", span(a.text, "the summit was on"), speaker_id=1, speaker="KIM JONG UN",
                  speaker_type="person")
    return Analysis(a, [kim, person(2, a, "Donald Trump", role="President"), thing(3, a, "GPE", "Pyongyang")],
                    quotes=[quote], events=[ev])


def summit_3() -> Analysis:
    """Mr Kim alone, in the same story (the same people and place named beside him)."""
    a = article("Kim welcomes the summit",
                "Mr Kim said in Pyongyang that Donald Trump was welcome, former leader notes aside.",
                published="2018-05-05", url="https://c.example/3")
    kim = person(1, a, "Kim", "Mr Kim")
    return Analysis(a, [kim, person(2, a, "Donald Trump"), thing(3, a, "GPE", "Pyongyang")])


def congressman() -> Analysis:
    """A different Kim, in an unrelated article."""
    a = article("Kim wins seat in New Jersey",
                "Andy Kim won the seat in New Jersey. Kim thanked voters in Trenton.",
                published="2018-11-07", url="https://d.example/4")
    return Analysis(a, [person(1, a, "Kim"), thing(2, a, "GPE", "New Jersey"), thing(3, a, "GPE", "Trenton")])


def _se(a: Article, words: str) -> tuple[int, int]:
    s = span(a.text, words)
    return s.start, s.end


def test_spellings_and_mr_kim_are_one_person_and_another_kim_is_not(store: Store) -> None:
    d1, ids1 = place(store, summit_1())
    d2, ids2 = place(store, summit_2())
    d3, ids3 = place(store, summit_3())
    d4, ids4 = place(store, congressman())
    kim = ids1[1]
    assert ids2[1] == kim                      # "KIM JONG UN" = "Kim Jong-un"
    assert ids3[1] == kim                      # "Mr Kim" beside Trump in Pyongyang, days later
    assert ids4[1] != kim                      # the congressman is someone else
    assert ids1[2] == ids2[2] == ids3[2]       # Donald Trump
    assert ids1[3] == ids2[3] == ids3[3]       # Pyongyang
    # every row of the articles names the store-wide entity
    assert {q.speaker_id for q in store.quotes(speaker="kim")} == {kim}
    assert {p.entity_id for e in store.events(actor="mr kim") for p in e.actors} == {kim}
    summary = {e.canonical: e.articles for e in store.list_entities(type="PERSON")}
    assert summary["Kim Jong-un"] == 3 and summary["Donald Trump"] == 3 and summary["Kim"] == 1


def test_a_surname_alone_does_not_merge_across_unrelated_articles(store: Store) -> None:
    place(store, summit_1())
    _, a = place(store, congressman())
    b = article("Bakery opens", "Kim opened a bakery in Trenton.", published="2018-11-08",
                url="https://e.example/5")
    _, ids = place(store, Analysis(b, [person(1, b, "Kim"), thing(2, b, "GPE", "Trenton")]))
    assert ids[1] != a[1]  # one place in common is not enough to say it is the same Kim


def test_three_kims_are_three_people(store: Store) -> None:
    _, ids1 = place(store, summit_1())
    a = article("Envoy visits", "Kim Yong Chol met Mike Pompeo. Kim Jong Un was not there.",
                published="2018-05-30", url="https://f.example/6")
    _, ids = place(store, Analysis(a, [person(1, a, "Kim Yong Chol"), person(2, a, "Mike Pompeo"),
                                       person(3, a, "Kim Jong Un")]))
    assert ids[3] == ids1[1] and ids[1] != ids1[1]
    b = article("Kim in the Senate", "Andy Kim spoke in Washington.", published="2019-01-02",
                url="https://g.example/7")
    _, ids_b = place(store, Analysis(b, [person(1, b, "Andy Kim"), thing(2, b, "GPE", "Washington")]))
    assert len({ids1[1], ids[1], ids_b[1]}) == 3


def test_transliteration_links_only_with_context(store: Store) -> None:
    a = article("Gaddafi in Tripoli", "Muammar Gaddafi spoke in Tripoli with Abdel Jalil.",
                published="2011-03-01", url="https://h.example/8")
    _, ids_a = place(store, Analysis(a, [person(1, a, "Muammar Gaddafi"), thing(2, a, "GPE", "Tripoli"),
                                         person(3, a, "Abdel Jalil")]))
    b = article("Qaddafi defiant", "Muammar Qaddafi told Abdel Jalil to leave Tripoli.",
                published="2011-03-02", url="https://i.example/9")
    _, ids_b = place(store, Analysis(b, [person(1, b, "Muammar Qaddafi"), person(2, b, "Abdel Jalil"),
                                         thing(3, b, "GPE", "Tripoli")]))
    assert ids_b[1] == ids_a[1]
    c = article("A chef", "Muammar Qaddafi opened a restaurant in Lyon.", published="2011-03-02",
                url="https://j.example/10")
    _, ids_c = place(store, Analysis(c, [person(1, c, "Muammar Qaddafi"), thing(2, c, "GPE", "Lyon")]))
    assert ids_c[1] == ids_b[1]  # the exact name is the same name (pass 1): known spelling now
    d = article("A chef", "Moammar Gadhafi opened a restaurant in Paris.", published="2011-03-02",
                url="https://k.example/11")
    _, ids_d = place(store, Analysis(d, [person(1, d, "Moammar Gadhafi"), thing(2, d, "GPE", "Paris")]))
    assert ids_d[1] != ids_a[1]  # a new spelling with nothing in common: kept apart


def test_unlink_and_relink_give_the_same_entities(store: Store) -> None:
    docs = [place(store, f())[0] for f in (summit_1, summit_2, summit_3, congressman)]
    before = [store.article_entity_ids(d) for d in docs]
    groups = _groups(before)
    store._clear_entity_links()
    assert store._conn.execute("SELECT count(*) FROM entity_aliases").fetchone()[0] == 0
    again = []
    for d in docs:
        analysis = store.get_analysis(d)
        assert analysis is not None
        again.append(identities.link_entities(store, d, analysis))
    assert _groups(again) == groups


def test_an_article_analysed_again_is_linked_again(store: Store) -> None:
    d1, ids1 = place(store, summit_1())
    d2, ids2 = place(store, summit_2())
    again = summit_2()
    store.save_analysis(d2, again)  # reanalyze: rows back at the exact names, old links stale
    ids = identities.link_entities(store, d2, again)  # no unplace: the linker takes them back itself
    assert ids == ids2 and ids[1] == ids1[1]
    counts = dict(store._conn.execute(
        "SELECT key, count FROM entity_aliases WHERE kind = 'name' AND key = 'kim jong un'").fetchall())
    assert counts == {"kim jong un": 2}
    assert store._conn.execute("SELECT count(*) FROM entity_links").fetchone()[0] == 4 + 3


def _groups(maps: list[dict[int, int]]) -> set[frozenset[tuple[int, int]]]:
    by: dict[int, set[tuple[int, int]]] = {}
    for n, m in enumerate(maps):
        for local, eid in m.items():
            by.setdefault(eid, set()).add((n, local))
    return {frozenset(v) for v in by.values()}


def test_profile_roles_over_time(store: Store) -> None:
    for f in (summit_1, summit_2, summit_3):
        place(store, f())
    a = article("Ex-leader", "Former leader Kim Jong Un visited Pyongyang with Donald Trump.",
                published="2019-02-01", url="https://l.example/12")
    kim = person(1, a, "Kim Jong Un", role="Former leader")
    place(store, Analysis(a, [kim, person(2, a, "Donald Trump"), thing(3, a, "GPE", "Pyongyang")]))
    [(kid, _, canonical, n)] = profiles.find_entities(store, "kim jong-un")
    assert canonical == "Kim Jong-un" and n == 4
    profile = profiles.entity_profile(store, kid)
    assert profile is not None
    leader = next(r for r in profile.roles if r.title == "leader")
    assert (leader.first, leader.last, leader.articles, leader.past, leader.until) == (
        "2018-05-01", "2018-05-03", 3, True, "2019-02-01")
    aliases = dict(profile.aliases)
    assert aliases["Kim Jong-un"] == 1 and aliases["KIM JONG UN"] == 1 and aliases["Mr Kim"] == 2
    assert profile.quote_count == 1 and profile.event_count == 1
    assert profile.co_mentioned[0]["canonical"] == "Donald Trump" and profile.co_mentioned[0]["articles"] == 4


def test_entity_command(tmp_path) -> None:  # noqa: ANN001
    db = str(tmp_path / "n.db")
    with Store(db) as s:
        for f in (summit_1, summit_2, summit_3, congressman):
            place(s, f())
    env = {"COLUMNS": "200", "NEWSDESK_DB": db}
    r = CliRunner().invoke(app, ["entity", "Kim Jong Un"], env=env)
    assert r.exit_code == 0, r.output
    assert "Kim Jong-un" in r.output and "KIM JONG UN" in r.output and "Mr Kim" in r.output
    assert "leader" in r.output and "2018-05-01" in r.output and "Donald Trump" in r.output
    r = CliRunner().invoke(app, ["entity", "Kim", "--json"], env=env)
    assert r.exit_code == 1 and "use the id" in r.output
    r = CliRunner().invoke(app, ["entity", "Trump", "--json"], env=env)
    data = json.loads(r.output)
    assert data["canonical"] == "Donald Trump" and data["article_count"] == 3
    assert {a["id"] for a in data["articles"]} == {1, 2, 3}
    r = CliRunner().invoke(app, ["entity", str(data["id"] + 999)], env=env)
    assert r.exit_code == 1 and "no entity" in r.output


def test_hyphenated_given_names_are_one_word_for_middle_names() -> None:
    assert names.unit_key("John-Luke Roberts") == "johnluke roberts"
    assert names.first_last(names.unit_key("John-Luke Roberts")) is None
    assert names.first_last(names.unit_key("George W. Bush")) == "george bush"
    assert names.unit_key("then-President Donald Trump") == "donald trump"


def test_real_analyses_link_across_articles(store: Store, nlp) -> None:  # noqa: ANN001
    """The statistical analysis of three short invented reports, stored and linked as ingest does."""
    from newsdesk.nlp.analyze import analyze

    texts = [
        ("Summit set", "North Korean leader Kim Jong-un will meet Donald Trump in Singapore on June 12, "
         "officials in Pyongyang said on Monday.", "2018-05-28"),
        ("Summit talks", "Kim Jong Un met South Korean President Moon Jae-in on Saturday. Mr Kim said the "
         "summit with Donald Trump in Singapore was still possible.", "2018-05-29"),
        ("Senate race", "Andy Kim, a former State Department official, won the New Jersey seat. "
         "Kim thanked voters in Burlington County.", "2018-11-08"),
    ]
    ids = []
    for n, (title, body, day) in enumerate(texts):
        analysis = analyze(article(title, body, published=day, url=f"https://x.example/{n}"), nlp)
        doc_id, links = place(store, analysis)
        ids.append({e.canonical: links[e.id] for e in analysis.people()})
    kims = [[v for k, v in d.items() if names.name_key(k) == "kim jong un"] for d in ids[:2]]
    assert all(len(k) == 1 for k in kims)  # each article names him once ("Kim Jong-un", "Kim Jong Un")
    kim = {k[0] for k in kims}
    assert len(kim) == 1
    assert not kim & set(ids[2].values())  # the congressman is another Kim
    trump = {d.get("Donald Trump") for d in ids[:2]}
    assert len(trump) == 1 and None not in trump


def test_an_article_placed_again_whose_entity_others_joined(store: Store) -> None:
    """A bare name's own entity, joined by a later article, survives the first article being
    placed again; a new entity of that name then gets a key of its own."""
    place(store, congressman())  # an unrelated Kim takes the entity of the exact name

    def visit(n: int, with_context: bool = True) -> Analysis:
        a = article("Kim visit", "Kim met Donald Trump in Pyongyang.", published="2018-06-0" + str(n),
                    url=f"https://m.example/{n}")
        more = [person(2, a, "Donald Trump"), thing(3, a, "GPE", "Pyongyang")] if with_context else []
        return Analysis(a, [person(1, a, "Kim"), *more])

    d, first = place(store, visit(1))
    _, second = place(store, visit(2))
    assert second[1] == first[1]
    lone = visit(1, with_context=False)
    store.save_analysis(d, lone)
    again = identities.link_entities(store, d, lone)  # no context now: a Kim of its own
    assert again[1] not in (first[1], second[1])
    keys = [r[0] for r in store._conn.execute("SELECT key FROM entities WHERE key LIKE 'kim#%'")]
    assert len(keys) == 2 and len(set(keys)) == 2
