"""store: the SQLite database; the only module that speaks SQL.

``Store(path)`` opens (or creates) a database, applies the packaged migrations and offers
idempotent writes and paged reads. It is plain SQLite: sqlite3 and Datasette open it.

Exported here is what callers outside the store use: ``Store``, the records its reads return
that callers name in their own signatures, the query helpers the CLI and web app share, and
the schema version for tests. Everything else stays in the private modules.
"""

from newsdesk.store._db import latest_version, migrations
from newsdesk.store._events import event_type
from newsdesk.store._fts import fts_query
from newsdesk.store._quotes import QUOTE_KINDS, name_key
from newsdesk.store._records import (
    EntitySummary,
    OutcomeStatus,
    SearchHit,
    SearchResults,
    StoredArticle,
    StoredEvent,
    StoredParticipant,
    StoredQuote,
    StoreStatus,
)
from newsdesk.store._store import Store
from newsdesk.store._web_search import MARK, SearchFacets, SearchFilters

__all__ = [
    "MARK",
    "QUOTE_KINDS",
    "EntitySummary",
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
    "event_type",
    "fts_query",
    "latest_version",
    "migrations",
    "name_key",
]
