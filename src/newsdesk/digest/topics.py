"""Topics: saved queries (words, people, places, event types) for an edition about one beat.

A topic is stored by name (``Store.add_topic``) with names, not entity ids: the names are
resolved to store-wide entities each time an edition is built (``resolve``), through the same
look-up as ``newsdesk entity`` (a full name or spelling, "kim jong-un" = "Kim Jong Un", then a
word of a person's name), so a topic follows the store as it grows and as identities merge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.errors import InputError, QueryError
from newsdesk.models import Topic, normalise_event_type
from newsdesk.store import Store, fts_query
from newsdesk.stories.profiles import find_entities

PERSON_TYPES = ("PERSON",)
PLACE_TYPES = ("GPE", "LOC", "FAC")


@dataclass
class TopicFilter:
    """A topic resolved against the store: what ``Store.window_story_ids`` filters by."""

    words: str | None = None
    entity_groups: list[list[int]] | None = None
    event_types: list[str] | None = None


def make_topic(name: str, words: str | None = None, people: Sequence[str] = (),
               places: Sequence[str] = (), event_types: Sequence[str] = ()) -> Topic:
    """A checked topic: a name, at least one facet, a query that parses, known event types.

    Bad input is an InputError naming the topic and what is wrong with it."""
    name = " ".join((name or "").split())
    if not name:
        raise InputError("topic", "empty name", "give the topic a name")
    words = " ".join((words or "").split()) or None
    people = [" ".join(p.split()) for p in people if p.strip()]
    places = [" ".join(p.split()) for p in places if p.strip()]
    if words:
        try:
            fts_query(words)
        except QueryError as exc:
            raise InputError(f"topic {name!r}", "bad --words query", str(exc)) from None
    try:
        types = [normalise_event_type(t) for t in event_types if t.strip()]
    except ValueError as exc:
        raise InputError(f"topic {name!r}", "bad --event-type", str(exc)) from None
    if not (words or people or places or types):
        raise InputError(f"topic {name!r}", "no query",
                         "give at least one of --words, --person, --place, --event-type")
    return Topic(name=name, words=words, people=people, places=places,
                 event_types=list(dict.fromkeys(types)))


def _entity_ids(store: Store, names: Sequence[str], types: tuple[str, ...]) -> list[int]:
    """Store-wide entities of ``types`` that any of ``names`` names."""
    found: list[int] = []
    for name in names:
        found.extend(eid for eid, type_, _, _ in find_entities(store, name) if type_ in types)
    return sorted(set(found))


def resolve(store: Store, topic: Topic) -> TopicFilter:
    """The topic's facets as store filters (a person or place the store does not know matches no
    story: an edition about someone never reported is empty, not everything)."""
    groups = []
    if topic.people:
        groups.append(_entity_ids(store, topic.people, PERSON_TYPES) or [-1])
    if topic.places:
        groups.append(_entity_ids(store, topic.places, PLACE_TYPES) or [-1])
    return TopicFilter(topic.words, groups, list(topic.event_types))


def load_topic(store: Store, topic: str | Topic | None) -> Topic | None:
    """The topic given by name (an InputError when there is none of that name) or as is."""
    if topic is None or isinstance(topic, Topic):
        return topic
    found = store.get_topic(topic)
    if found is None:
        known = ", ".join(t.name for t in store.topics()) or "none saved yet"
        raise InputError(f"topic {topic!r}", "no such topic", f"known: {known}; see `newsdesk topics add`")
    return found
