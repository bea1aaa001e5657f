-- Version 2: what a "Reveal for me" button reveals, stored by token so the button outlives restarts
-- and its custom id (at most 100 characters) need not hold the question.
CREATE TABLE reveal_requests (
    token      TEXT PRIMARY KEY,
    guild_id   INTEGER,
    channel_id INTEGER NOT NULL,
    film_id    TEXT NOT NULL,
    question   TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX reveal_requests_age ON reveal_requests (created_at);
