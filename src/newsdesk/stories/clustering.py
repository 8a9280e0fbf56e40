"""Online story clustering: each article joins an existing story or starts one.

Single pass, in arrival order: the candidates are the stories of the articles the full-text
index ranks best for the article's top terms and the latest stories naming its rarest
entities (index look-ups, never a scan); each is scored against its compact centroid
(``features.score``) and the best one at or above the threshold wins (ties: the oldest
story). A copy joins its canonical article's story and adds nothing to the centroid, so a
wire story reprinted forty times weighs as one article. Deterministic for an order of arrival.
"""

from __future__ import annotations

from newsdesk.models import Analysis, Article, CopyLink
from newsdesk.store import Store
from newsdesk.stories.features import (
    DEFAULT,
    TYPE_WEIGHT,
    ArticleFeatures,
    Params,
    article_features,
    idf,
    score,
    vector,
)
from newsdesk.stories.merging import merge_stories

#: The parameters ``assign_story`` uses (the benchmark swaps them to sweep a threshold).
PARAMS: Params = DEFAULT
#: How many of the article's terms and entities look up candidate stories.
QUERY_TERMS = 8
QUERY_ENTITIES = 8


def assign_story(
    store: Store, article_id: int, analysis: Analysis, copy: CopyLink | None, entity_ids: dict[int, int],
    params: Params | None = None,
) -> int | None:
    """The story the article joins (a copy joins its canonical article's story)."""
    p = params or PARAMS
    art = analysis.article
    if copy is not None:
        story_id = store.story_of(copy.canonical_id)
        if story_id is not None:
            return store.place_in_story(
                article_id, story_id, {}, published=art.published, title=None,
                canonical_id=copy.canonical_id,
            )
    feats = article_features(analysis, entity_ids)
    n = store.story_article_count() + 1
    dfs = store.term_dfs(list(feats.terms))
    vec = vector(feats.terms, dfs, n, p.top_terms, p.idf_power)
    entity_df = store.entity_dfs(list(feats.entities))
    entity_idf = {e: idf(entity_df.get(e, 0), n) for e in feats.entities}
    candidates = store.story_candidates(
        article_id, list(vec)[:QUERY_TERMS], _query_entities(feats, entity_idf)
    )
    best_id, best = None, p.threshold
    profiles = store.story_profiles(candidates, sorted(feats.entities), p.centroid_terms)
    centroid_terms = {t for pr in profiles for t in pr.centroid}
    dfs.update(store.term_dfs(sorted(centroid_terms - dfs.keys())))
    term_idf = {t: idf(dfs.get(t, 0), n) for t in sorted(set(vec) | centroid_terms)}
    bridged: list[int] = []
    for profile in profiles:
        s = score(feats, vec, profile, entity_idf, p, term_idf)
        if p.bridge is not None and s >= p.bridge:
            bridged.append(profile.id)
        if s > best or (s == best and best_id is None):
            best_id, best = profile.id, s
    for other in bridged:  # fragments of one story: the article fits both strongly
        if best_id is not None and other != best_id:
            merge_stories(store, best_id, other, record=False)
    features = {
        "terms": sorted(feats.terms),
        "vector": {t: round(w, 6) for t, w in vec.items()},
        "entities": {str(e): t for e, (t, _) in sorted(feats.entities.items())},
        "events": sorted(feats.events),
    }
    return store.place_in_story(
        article_id, best_id, features, published=art.published, title=headline(art),
        score=round(best, 6) if best_id is not None else None, centroid_terms=p.centroid_terms,
    )


def _query_entities(feats: ArticleFeatures, entity_idf: dict[int, float]) -> list[int]:
    """The article's most telling entities: salient and rare (nationalities left out)."""
    ranked = sorted(
        (e for e, (t, _) in feats.entities.items() if t != "NORP"),
        key=lambda e: (-TYPE_WEIGHT.get(feats.entities[e][0], 0.5) * feats.entities[e][1] * entity_idf[e], e),
    )
    return ranked[:QUERY_ENTITIES]


def headline(article: Article) -> str | None:
    """The article's headline, or the start of its first line when it has none."""
    if article.title:
        return article.title.strip()
    first = next((line.strip() for line in article.text.splitlines() if line.strip()), "")
    if not first:
        return None
    words = first.split()
    return " ".join(words[:14]) + ("…" if len(words) > 14 else "")
