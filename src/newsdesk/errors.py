"""One exception tree for the whole package, so callers can catch at the level they need."""

from __future__ import annotations


class NewsdeskError(Exception):
    """Base of every error newsdesk raises on purpose."""


class InputError(NewsdeskError):
    """An input item was rejected; ``source`` names it and ``reason`` is a short code."""

    def __init__(self, source: str, reason: str, detail: str = "") -> None:
        self.source = source
        self.reason = reason
        self.detail = detail
        msg = f"{source}: {reason}" + (f" ({detail})" if detail else "")
        super().__init__(msg)


class ExtractionError(NewsdeskError):
    """No article could be recovered from an input (the message says why)."""


class ModelError(NewsdeskError):
    """The spaCy model could not be loaded."""


class StoreError(NewsdeskError):
    """The database could not be opened, migrated or written."""


class QueryError(NewsdeskError):
    """A search query is malformed, too long or too costly; the message says what to change."""


class ConfigError(NewsdeskError):
    """The delivery config file is missing, malformed, or names a secret that is not set."""


class DeliveryError(NewsdeskError):
    """A channel refused or could not take a message (the outbox keeps it for the next run)."""
