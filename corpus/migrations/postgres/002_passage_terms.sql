-- Version 2 (SQLite's version 5): each passage's terms (corpus/terms.py's `stored_terms`: the text tokenized,
-- joined by spaces) and the tokenizer version that made them, written with the passage. Rows stored before have
-- neither and are tokenized when read, as before; terms of another version are ignored.
ALTER TABLE passages
    ADD COLUMN terms text,
    ADD COLUMN terms_version integer CHECK (terms_version IS NULL OR terms_version >= 1);
