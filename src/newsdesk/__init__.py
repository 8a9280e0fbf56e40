"""newsdesk: a self-hosted news intelligence engine.

Data flows one way: ingest -> extract -> nlp (analysis) -> store -> CLI.
"""

from newsdesk.errors import ExtractionError, InputError, ModelError, NewsdeskError, StoreError

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "NewsdeskError",
    "InputError",
    "ExtractionError",
    "ModelError",
    "StoreError",
]
