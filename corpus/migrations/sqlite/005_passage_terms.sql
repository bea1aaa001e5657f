-- Version 5: each passage's terms (corpus/terms.py's `stored_terms`: the text tokenized, joined by spaces) and the
-- tokenizer version that made them, written with the passage, so reading a film back tokenizes nothing. Rows
-- stored before have neither and are tokenized when read, as before; terms of another version are ignored.
ALTER TABLE passages ADD COLUMN terms TEXT;
ALTER TABLE passages ADD COLUMN terms_version INTEGER
    CHECK (terms_version IS NULL OR terms_version >= 1);
