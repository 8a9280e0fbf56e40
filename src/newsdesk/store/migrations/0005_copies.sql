-- 0005: copies. Syndicated reprints and near-duplicates are linked to one canonical article
-- (the first stored of its copy group) by MinHash LSH over word shingles (src/newsdesk/
-- stories/copies.py). The LSH index lives here, so placing an article is one indexed look-up
-- per band, whatever the size of the store. Analyses stored before this migration have no
-- rows here; `newsdesk restory` fills them.

-- One article's MinHash signature. scheme names how it was made (shingles, normalisation,
-- datasketch permutation scheme, number of permutations and bands); signatures of another
-- scheme are never compared. minhash holds the signature's hash values as little-endian
-- uint32, one per permutation (datasketch's LeanMinHash.hashvalues); shingles is the number
-- of distinct shingles of the article's text, with which the estimated Jaccard gives the
-- estimated overlap and containment. An article too short to judge has no row.
CREATE TABLE copy_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    scheme     TEXT NOT NULL,
    shingles   INTEGER NOT NULL,
    minhash    BLOB NOT NULL
);

-- The LSH index: one row per band of each signature. band_key is a signed 64-bit hash of
-- the scheme, the band's number and its hash values; two articles sharing a band_key are
-- candidate copies (then verified on their signatures). The earliest few articles of a key
-- are read (primary key order), so a key shared by a mass reprint costs a bounded read.
CREATE TABLE copy_bands (
    band_key   INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
CREATE INDEX copy_bands_article ON copy_bands(article_id);

-- An article found to be a copy (models.CopyLink). canonical_id is the canonical article of
-- the group when the link was made (the earliest article of the group), matched_id the
-- earlier article it matched best (the canonical itself or another copy of it), similarity
-- the estimated Jaccard similarity with matched_id. An article with no row is canonical
-- (of a group of one or more). Should canonical_id itself be linked later (re-placed after
-- its text changed), the canonical article is found by following the links.
CREATE TABLE copy_links (
    article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    canonical_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    matched_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    similarity   REAL NOT NULL,
    CHECK (canonical_id < article_id AND matched_id < article_id)
);
CREATE INDEX copy_links_canonical ON copy_links(canonical_id);
