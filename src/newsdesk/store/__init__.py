"""store: the SQLite database; the only module that speaks SQL.

``Store(path)`` opens (or creates) a database, applies the packaged migrations and offers
idempotent writes and paged reads. It is plain SQLite: sqlite3 and Datasette open it.
"""

from newsdesk.models import EVENT_STATUSES, EVENT_TYPE_ALIASES, EVENT_TYPES
from newsdesk.store._db import latest_version, migrations
from newsdesk.store._events import event_type
from newsdesk.store._fts import fts_query
from newsdesk.store._quotes import QUOTE_KINDS, name_key
from newsdesk.store._records import (
    Added,
    AnalysisInfo,
    DocumentInfo,
    EntitySummary,
    ErrorRecord,
    Outcome,
    OutcomeStatus,
    SearchHit,
    SearchResults,
    StoredArticle,
    StoredEvent,
    StoredParticipant,
    StoredQuote,
    StoreStatus,
)
from newsdesk.store._store import Store, entity_key
from newsdesk.store._web_search import MARK, Facet, SearchFacets, SearchFilters

__all__ = [
    "EVENT_STATUSES",
    "EVENT_TYPES",
    "EVENT_TYPE_ALIASES",
    "MARK",
    "QUOTE_KINDS",
    "Added",
    "AnalysisInfo",
    "DocumentInfo",
    "EntitySummary",
    "ErrorRecord",
    "Facet",
    "Outcome",
    "OutcomeStatus",
    "SearchFacets",
    "SearchFilters",
    "SearchHit",
    "SearchResults",
    "Store",
    "StoredArticle",
    "StoredEvent",
    "StoredParticipant",
    "StoredQuote",
    "StoreStatus",
    "entity_key",
    "event_type",
    "fts_query",
    "latest_version",
    "migrations",
    "name_key",
]
