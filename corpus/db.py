"""Opening the SQLite database: connection settings and schema migrations by `PRAGMA user_version`."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

import aiosqlite

from corpus.migrations import load as load_migrations

# Each entry upgrades the schema by one version: MIGRATIONS[0] takes a database from version 0 (empty) to 1. They are
# the files in corpus/migrations/sqlite/; released files are never edited, only added to, so every database can reach
# the latest version.
MIGRATIONS: list[str] = load_migrations("sqlite")

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
        await _use_wal(conn, busy_timeout_ms)
        # WAL makes NORMAL safe against corruption; only the last commits can be lost on power failure.
        await conn.execute("PRAGMA synchronous = NORMAL")
        await conn.execute("PRAGMA foreign_keys = ON")
        await migrate(conn, migrations=migrations)
    except BaseException:
        await conn.close()
        raise
    return conn


async def _use_wal(conn: aiosqlite.Connection, busy_timeout_ms: int) -> None:
    """Switch to WAL, waiting out other connections: several processes opening a new database at once race for
    the switch, and SQLite may report the loser busy at once instead of calling the busy handler."""
    deadline = time.monotonic() + busy_timeout_ms / 1000
    while True:
        try:
            await conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
            await asyncio.sleep(0.05)


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
