"""Opening the SQLite database: connection settings and schema migrations by `PRAGMA user_version`."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import aiosqlite

# Each entry upgrades the schema by one version: MIGRATIONS[0] takes a database from version 0 (empty) to 1.
# Released entries are never edited, only appended to, so every database can reach the latest version.
MIGRATIONS: list[str] = [
    # Version 1: films, passages, audit, spoiler_prefs (docs/DESIGN.md, "Storage").
    """
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
    """,
    # Version 2: what a "Reveal for me" button reveals, stored by token so the button outlives restarts
    # and its custom id (at most 100 characters) need not hold the question.
    """
    CREATE TABLE reveal_requests (
        token      TEXT PRIMARY KEY,
        guild_id   INTEGER,
        channel_id INTEGER NOT NULL,
        film_id    TEXT NOT NULL,
        question   TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX reveal_requests_age ON reveal_requests (created_at);
    """,
    # Version 3: what a timed spoiler choice gives way to when it expires ("on for this film for 30 minutes"
    # over an "off" for it must end in "off" again, not in nothing, which lets a broader "on" apply).
    """
    ALTER TABLE spoiler_prefs ADD COLUMN then_scope TEXT CHECK (then_scope IS NULL OR length(then_scope) > 0);
    """,
]

LATEST_VERSION = len(MIGRATIONS)


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer filmbot; opening it could corrupt data the code does not know."""

    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            f"database {path} has schema version {found}, but this filmbot only knows versions up to "
            f"{supported}; upgrade filmbot, or open a backup made by this version"
        )
        self.found = found
        self.supported = supported


DEFAULT_BUSY_TIMEOUT_MS = 5000


async def connect(
    path: str | Path,
    *,
    migrations: Sequence[str] = MIGRATIONS,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
) -> aiosqlite.Connection:
    """Open (creating if needed) the database at `path`, configured and migrated to the latest schema.

    Raises `SchemaTooNewError`, leaving the file untouched, if its schema is newer than `migrations` knows.
    `busy_timeout_ms` is how long a statement waits for another connection's lock before failing as busy.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # isolation_level=None: the sqlite3 module must not open transactions behind our back; the store and the
    # migrations issue BEGIN IMMEDIATE / COMMIT themselves so each transaction is exactly what they say.
    conn = await aiosqlite.connect(str(path), isolation_level=None)
    try:
        conn.row_factory = aiosqlite.Row
        # busy_timeout first: the journal_mode switch itself may have to wait for another process.
        await conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        # Refuse a newer schema before anything is written: switching a rollback-journal file to WAL rewrites
        # its header, and a database this version cannot read must be left exactly as it was.
        found = await schema_version(conn)
        if found > len(migrations):
            raise SchemaTooNewError(str(path), found, len(migrations))
        await conn.execute("PRAGMA journal_mode = WAL")
        # WAL makes NORMAL safe against corruption; only the last commits can be lost on power failure.
        await conn.execute("PRAGMA synchronous = NORMAL")
        await conn.execute("PRAGMA foreign_keys = ON")
        await migrate(conn, migrations=migrations)
    except BaseException:
        await conn.close()
        raise
    return conn


async def schema_version(conn: aiosqlite.Connection) -> int:
    async with conn.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def migrate(conn: aiosqlite.Connection, *, migrations: Sequence[str] = MIGRATIONS) -> int:
    """Apply every migration the database has not had yet, each in its own transaction; return the version.

    A failing migration is rolled back whole, leaving the database at the last version that succeeded.
    """
    for target, script in enumerate(migrations, start=1):
        await conn.execute("BEGIN IMMEDIATE")
        try:
            # Read inside the write lock: another process may have migrated since we last looked.
            if await schema_version(conn) >= target:
                await conn.execute("COMMIT")
                continue
            for statement in split_statements(script):
                await conn.execute(statement)
            # user_version lives in the file header, which the transaction covers: it rolls back too.
            await conn.execute(f"PRAGMA user_version = {int(target)}")
            await conn.execute("COMMIT")
        except BaseException:
            # SQLite rolls some failures back by itself; a second ROLLBACK would hide the real error.
            if conn.in_transaction:
                await conn.execute("ROLLBACK")
            raise
    return await schema_version(conn)


def split_statements(script: str) -> list[str]:
    """Split a SQL script into statements; sqlite3.complete_statement knows about strings and triggers."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statement = pending.strip()
            if _has_code(statement):
                statements.append(statement)
            pending = ""
    if _has_code(pending):
        raise ValueError(f"incomplete SQL statement at the end of a migration: {pending.strip()[:80]!r}")
    return statements


def _has_code(sql: str) -> bool:
    return any(line.strip() and not line.strip().startswith("--") for line in sql.splitlines())
