"""extract: turn a Document (HTML or scraped text) into a clean Article with metadata provenance."""
