-- Version 4: every film change (load, replace, remove), written in the same transaction as the change itself, so a
-- running process can catch up with exactly what others changed since the last change it saw. AUTOINCREMENT: an
-- id is never handed out twice, even after the newest rows are deleted, so "since id N" never skips a change.
CREATE TABLE film_changes (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    film_id TEXT NOT NULL,
    action  TEXT NOT NULL CHECK (action IN ('load', 'replace', 'remove')),
    at      TEXT NOT NULL
);
