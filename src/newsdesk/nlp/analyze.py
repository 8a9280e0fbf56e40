"""The per-article analysis entry points."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from newsdesk.models import Analysis, Article, Entity, Mention
from newsdesk.nlp.model import model_id

#: Bumped whenever rules change what an analysis contains (see ``newsdesk reanalyze``).
PIPELINE_VERSION = "0.1.0"

_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


def analyze(article: Article, nlp: Language) -> Analysis:
    """Analyse one article (pure: same input, same output)."""
    return _from_doc(article, nlp(article.text), nlp)


def analyze_many(
    articles: Iterable[Article], nlp: Language, batch_size: int = 32, n_process: int = 1
) -> Iterator[Analysis]:
    """Analyse articles in ``nlp.pipe`` batches; yields in input order."""
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield _from_doc(article, doc, nlp)


def _from_doc(article: Article, doc: Doc, nlp: Language) -> Analysis:
    by_name: dict[tuple[str, str], Entity] = {}
    for ent in doc.ents:
        if ent.label_ not in _TYPES:
            continue
        key = (ent.label_, ent.text)
        e = by_name.get(key)
        if e is None:
            e = by_name[key] = Entity(id=len(by_name) + 1, type=ent.label_, canonical=ent.text)
        e.mentions.append(Mention(ent.start_char, ent.end_char, ent.text))
    return Analysis(
        article=article,
        entities=list(by_name.values()),
        pipeline_version=PIPELINE_VERSION,
        model=model_id(nlp),
    )
