"""Name keys: ``newsdesk.names``, re-exported for the stories layer.

They moved below the store (stdlib only) so that the store resolves a query's ``entity:`` name
with the very keys the linker wrote, without importing the stories layer above it.
"""

from newsdesk.names import *  # noqa: F403
