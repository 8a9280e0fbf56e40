"""Identity resolution within an article: who each partial name refers to (own test texts)."""

from newsdesk.models import Article
from newsdesk.nlp import analyze

PARKS = (
    "Park praises deal\n\n"
    "South Korean President Park Min Jun met Japanese Prime Minister Haruto Sato in Tokyo on Monday. "
    "Mr Park said the talks went well.\n\n"
    "Separately, Park Ji Woo, a senior trade negotiator, arrived in Geneva. "
    "Mr Park, who is the ministry's chief negotiator, will meet European officials.\n\n"
    "Emily Park, head of the Asia desk at the International Monetary Fund, said growth would slow. "
    "Ms Park added that exports were strong.\n\n"
    "President Park later flew home."
)


def _who(analysis, start_phrase: str, name: str) -> str:
    text = analysis.article.text
    pos = text.index(start_phrase) + start_phrase.index(name)
    for e in analysis.entities:
        for m in e.mentions:
            if m.start == pos:
                return e.canonical
    raise AssertionError(f"no entity mention at {name!r} in {start_phrase!r}")


def test_three_people_sharing_a_surname_are_never_merged(nlp):
    a = analyze(Article(text=PARKS), nlp)
    names = {e.canonical for e in a.people()}
    assert {"Park Min Jun", "Park Ji Woo", "Emily Park", "Haruto Sato"} <= names
    assert "Park" not in names


def test_partial_names_follow_the_person_last_named_in_full(nlp):
    a = analyze(Article(text=PARKS), nlp)
    assert _who(a, "Mr Park said the talks", "Park") == "Park Min Jun"
    assert _who(a, "Mr Park, who is", "Park") == "Park Ji Woo"
    assert _who(a, "Ms Park added", "Park") == "Emily Park"


def test_a_title_picks_the_person_holding_it(nlp):
    a = analyze(Article(text=PARKS), nlp)
    assert _who(a, "President Park later", "Park") == "Park Min Jun"


def test_headline_partial_goes_to_the_most_prominent(nlp):
    a = analyze(Article(text=PARKS), nlp)
    assert _who(a, "Park praises", "Park") == "Park Min Jun"


def test_roles_from_premodifier_apposition_and_relative_clause(nlp):
    a = analyze(Article(text=PARKS), nlp)
    roles = {e.canonical: [r.title for r in e.roles] for e in a.people()}
    assert "South Korean President" in roles["Park Min Jun"]
    assert "Japanese Prime Minister" in roles["Haruto Sato"]
    assert any("senior trade negotiator" in r for r in roles["Park Ji Woo"])
    assert any("ministry's chief negotiator" in r for r in roles["Park Ji Woo"])
    assert "head of the Asia desk at the International Monetary Fund" in roles["Emily Park"]
    sato = a.entity("Haruto Sato")
    assert sato.affiliation == "Japanese"


def test_role_offsets_point_at_the_text(nlp):
    a = analyze(Article(text=PARKS), nlp)
    for e in a.entities:
        for r in e.roles:
            written = a.article.text[r.start : r.end]
            assert written in (r.title, r.title.title()) or r.source == "relative_clause"
        for m in e.mentions:
            assert a.article.text[m.start : m.end] == m.text


def test_places_and_organisations_are_canonical(nlp):
    text = (
        "Officials from the US and the United States Trade Representative's office met in Geneva. "
        "The International Monetary Fund (IMF) warned on Tuesday. The IMF said growth would slow "
        "in South and North Korea, and in Geneva's financial district."
    )
    a = analyze(Article(text=text), nlp)
    places = {e.canonical: len(e.mentions) for e in a.entities if e.type in {"GPE", "LOC"}}
    assert places.get("United States", 0) >= 1
    assert places.get("Geneva") == 2
    assert "South Korea" in places and "North Korea" in places
    imf = a.entity("International Monetary Fund")
    assert imf is not None and len(imf.mentions) >= 2


def test_honorific_name_tagged_as_organisation_is_a_person(nlp):
    text = (
        "Foreign Minister Ivan Petrov spoke in Moscow. Later, the agency cited Mr Petrov as saying "
        "the talks were useful. Mr Petrov did not elaborate."
    )
    a = analyze(Article(text=text), nlp)
    petrov = a.entity("Ivan Petrov")
    assert petrov is not None and petrov.type == "PERSON"
    assert len(petrov.mentions) == 3
    assert not [e for e in a.entities if e.type == "ORG" and "Petrov" in e.canonical]


def test_analysis_is_pure_and_batch_equals_single(nlp):
    from newsdesk.nlp import analyze_many

    arts = [Article(text=PARKS), Article(text="Chancellor Anna Weber visited Paris on Friday.")]
    single = [analyze(x, nlp).to_dict() for x in arts]
    batch = [x.to_dict() for x in analyze_many(arts, nlp, batch_size=2)]
    assert single == batch
