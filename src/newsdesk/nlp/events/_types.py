"""The event type vocabulary lives in ``newsdesk.models`` (shared with the store and the CLI)."""

from __future__ import annotations

from newsdesk.models import EVENT_TYPE_ALIASES as TYPE_ALIASES
from newsdesk.models import EVENT_TYPES, PLOVER_TYPES
from newsdesk.models import normalise_event_type as normalise_type

__all__ = ["EVENT_TYPES", "PLOVER_TYPES", "TYPE_ALIASES", "normalise_type"]
