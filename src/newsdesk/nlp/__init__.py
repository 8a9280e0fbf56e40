"""nlp: the pure per-article analysis (entities, identities, roles) on top of spaCy."""
