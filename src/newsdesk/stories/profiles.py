"""An entity's profile across the store (``newsdesk entity``): finding it by name, its roles over time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from newsdesk.models import EntityProfile, RoleHeld
from newsdesk.store import Store
from newsdesk.store._links import surface
from newsdesk.stories import names


def find_entities(store: Store, text: str) -> list[tuple[int, str, str, int]]:
    """(id, type, canonical, articles) of the entities ``text`` names: an exact name or spelling
    first, then a word of a person's name, then names starting with it."""
    for key in dict.fromkeys([names.name_key(text), names.plain(text)]):
        if key and (found := store.entities_by_key(key)):
            return found
    if found := store.entities_by_key(surface(text)):
        return found
    key = names.plain(text)
    return store.entities_by_key(key, prefix=True) if key else []


def entity_profile(store: Store, entity_id: int) -> EntityProfile | None:
    """The entity's profile, with its roles grouped by title and dated by their articles."""
    profile = store.entity_profile(entity_id)
    if profile is not None:
        profile.roles = roles_held(store.entity_role_rows(entity_id))
    return profile


def roles_held(rows: Iterable[tuple[str, str | None, int]]) -> list[RoleHeld]:
    """Roles grouped by title ("President" = "then-president"), with the first and last dates
    the articles give them as current, and whether the latest says they are past."""
    groups: dict[str, list[tuple[str, str | None, int, bool]]] = defaultdict(list)
    for title, day, article_id in rows:
        key, past = names.role_key(title)
        if key:
            groups[key].append((title, day, article_id, past))
    out = []
    for key, items in groups.items():
        current = [d for _, d, _, p in items if not p and d]
        spellings = [t for t, _, _, p in items if not p] or [key]
        latest = max(items, key=lambda x: (x[1] or "", not x[3]))
        out.append(RoleHeld(
            title=max(dict.fromkeys(spellings), key=spellings.count),
            first=min(current) if current else None,
            last=max(current) if current else None,
            articles=len({a for _, _, a, _ in items}),
            past=latest[3],
            until=latest[1] if latest[3] else None,
        ))
    out.sort(key=lambda r: (-r.articles, r.first or "", r.title))
    return out
