"""Hand-made articles, entities and participants for store, CLI and rule tests.

Tests build analyses by hand so they check storage and rules, not the statistical model.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsdesk.ingest import content_hash
from newsdesk.models import Analysis, Article, Document, Entity, Mention, Participant, Section, Span
from newsdesk.store import Store


def span(text: str, phrase: str, after: int = 0) -> Span:
    """The first ``phrase`` in ``text`` at or after ``after``, as a Span."""
    start = text.index(phrase, after)
    return Span(start, start + len(phrase), phrase)


def article(title: str, body: str, published: str | None = None, url: str | None = None) -> Article:
    """A headline and one body paragraph."""
    text = f"{title}\n\n{body}"
    sections = [Section("headline", 0, len(title)), Section("paragraph", len(title) + 2, len(text))]
    return Article(text=text, title=title, sections=sections, published=published, url=url)


def paragraphs(*paras: str, published: str | None = None) -> Article:
    """An article of body paragraphs only, joined by blank lines."""
    text, sections, at = "", [], 0
    for p in paras:
        if text:
            text += "\n\n"
            at += 2
        sections.append(Section("paragraph", at, at + len(p)))
        text += p
        at += len(p)
    return Article(text=text, sections=sections, published=published)


def entity(local_id: int, art: Article, type_: str, name: str, aliases: tuple[str, ...] = ()) -> Entity:
    """An entity mentioned once, where ``name`` first occurs."""
    where = span(art.text, name)
    return Entity(local_id, type_, name, [Mention(where.start, where.end, name)],  # type: ignore[arg-type]
                  aliases=list(aliases))


def who(art: Article, words: str, ent: Entity | None = None, country: str | None = None,
        sector: str | None = None, after: int = 0) -> Participant:
    """A participant named by ``words`` (the entity's when given)."""
    s = span(art.text, words, after)
    return Participant(words, s.start, s.end, ent.id if ent else None, country, sector)


def save(store: Store, analysis: Analysis) -> int:
    """Store ``analysis`` as a new document (its URL makes reprints different documents)."""
    raw = f"{analysis.article.url}\n{analysis.article.text}"
    doc = Document(source="t.txt", kind="text", content=raw, url=analysis.article.url,
                   content_hash=content_hash(raw))
    doc_id = store.add_document(doc)
    store.save_analysis(doc_id, analysis)
    return doc_id


def rows(store: Store, table: str) -> int:
    return store._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def patch_extract(monkeypatch: Any, source_end: str, change: Exception | Callable[[Article], None]) -> None:
    """Make the pipeline's ``extract`` raise ``change`` (an exception), or apply ``change`` to
    the article, for the input whose source ends with ``source_end``; others extract as usual."""
    import newsdesk.work._process as work

    real = work.extract

    def patched(doc: Document) -> Article:
        if not doc.source.endswith(source_end):
            return real(doc)
        if isinstance(change, Exception):
            raise change
        article = real(doc)
        change(article)
        return article

    monkeypatch.setattr(work, "extract", patched)
