-- Version 1: films, passages, audit, spoiler_prefs (docs/DESIGN.md, "Storage").
CREATE TABLE films (
    id           TEXT PRIMARY KEY,
    guild_id     INTEGER,
    title        TEXT NOT NULL CHECK (length(title) > 0),
    year         INTEGER,
    title_key    TEXT NOT NULL,
    document     TEXT NOT NULL,
    content_hash TEXT,
    source_file  TEXT,
    loaded_by    TEXT,
    loaded_at    TEXT NOT NULL
);
-- What makes two documents "the same film": a reload replaces rather than duplicates.
CREATE UNIQUE INDEX films_identity ON films (COALESCE(guild_id, 0), title_key, COALESCE(year, 0));
CREATE INDEX films_guild ON films (guild_id);

-- WITHOUT ROWID clusters a film's passages together in ordinal order, the order they are read in.
CREATE TABLE passages (
    film_id      TEXT NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL CHECK (ordinal >= 0),
    section      TEXT NOT NULL,
    section_kind TEXT NOT NULL CHECK (section_kind IN ('facts', 'premise', 'plot', 'ending', 'other')),
    text         TEXT NOT NULL CHECK (length(text) > 0),
    spoiler      INTEGER NOT NULL CHECK (spoiler IN (0, 1)),
    position     REAL NOT NULL CHECK (position BETWEEN 0.0 AND 1.0),
    position_end REAL NOT NULL CHECK (position_end BETWEEN 0.0 AND 1.0),
    time_mark    INTEGER CHECK (time_mark >= 0),
    PRIMARY KEY (film_id, ordinal)
) WITHOUT ROWID;

-- No foreign key to films: the audit trail must outlive the films it mentions.
CREATE TABLE audit (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    actor        TEXT,
    action       TEXT NOT NULL CHECK (action IN ('load', 'replace', 'remove')),
    film_id      TEXT NOT NULL,
    title        TEXT NOT NULL,
    guild_id     INTEGER,
    source_file  TEXT,
    content_hash TEXT
);
CREATE INDEX audit_guild ON audit (guild_id, id);

CREATE TABLE spoiler_prefs (
    id         INTEGER PRIMARY KEY,
    guild_id   INTEGER,
    channel_id INTEGER NOT NULL,
    user_id    INTEGER,
    film_id    TEXT,
    scope      TEXT NOT NULL CHECK (length(scope) > 0),
    expires_at TEXT,
    set_by     INTEGER NOT NULL,
    set_at     TEXT NOT NULL
);
-- Leads with channel_id, so it is also the index for "the prefs of this channel".
CREATE UNIQUE INDEX spoiler_prefs_identity
    ON spoiler_prefs (channel_id, COALESCE(user_id, 0), COALESCE(film_id, ''));
