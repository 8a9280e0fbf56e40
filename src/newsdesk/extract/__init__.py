"""extract: turn a Document (HTML or scraped text) into a clean Article with metadata provenance.

``extract`` dispatches on ``Document.kind``; ``extract_html`` and ``extract_text`` are the
two paths; ``article_to_json`` gives the JSON of ``newsdesk extract --json``. Every
failure raises ``ExtractionError`` saying why; nothing returns None.
"""

from __future__ import annotations

from ._api import article_to_json, extract
from ._html import extract_html
from ._text import extract_text

__all__ = ["article_to_json", "extract", "extract_html", "extract_text"]
