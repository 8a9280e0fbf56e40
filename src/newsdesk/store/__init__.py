"""store: the SQLite database; the only module that speaks SQL."""
