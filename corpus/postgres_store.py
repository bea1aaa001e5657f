"""`PostgresStore`: the store on PostgreSQL through an asyncpg pool, for several bot processes sharing one truth.

It keeps `corpus.store.Store`'s contract (tests/test_store_contract.py runs the same tests on both): every write
SQLite makes in one transaction is one transaction here; a multi-statement read sees one snapshot (REPEATABLE READ);
rows come back in the same order (text keys are COLLATE "C", NULL guilds first). Film writes also take an
advisory lock, so the change log's ids commit in order, and notify `CHANGES_CHANNEL` with the newest change id.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import shutil
import subprocess
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import unquote, urlsplit, urlunsplit

import asyncpg

from corpus.models import Film
from corpus.postgres_db import (
    CHANGES_CHANNEL,
    CONNECTION_ERRORS,
    DEFAULT_POOL_MAX,
    DEFAULT_POOL_MIN,
    DEFAULT_TIMEOUT_S,
    FILM_WRITES_LOCK,
    LATEST_VERSION,
    LOCK_SPACE,
    MIGRATIONS,
    acquire,
    create_pool,
    describe_dsn,
    schema_version,
)
from corpus.postgres_reader import PostgresFilmReader, read_film
from corpus.store import (
    _PASSAGE_COLUMNS,
    AuditAction,
    AuditEntry,
    FilmChange,
    FilmExists,
    FilmReading,
    FilmRow,
    PrefRow,
    SaveOutcome,
    StoreNotEmpty,
    _film,
    _in_force,
    identity_key,
    stamped,
)
from corpus.tables import GENERATED_IDS, ORDER, TABLES, Row, utc
from corpus.terms import TERMS_VERSION, stored_terms

_FILM_ROWS = """
    SELECT f.id, f.title, f.year, f.guild_id, f.loaded_at, f.loaded_by, f.source_file, f.content_hash,
           COUNT(p.ordinal) AS passages, COUNT(*) FILTER (WHERE p.spoiler) AS spoiler_passages
    FROM films AS f LEFT JOIN passages AS p ON p.film_id = f.id
    WHERE {where}
    GROUP BY f.id
    ORDER BY f.title_key, COALESCE(f.year, 0), f.guild_id NULLS FIRST
"""

_PREF_COLUMNS = "id, guild_id, channel_id, user_id, film_id, scope, expires_at, set_by, set_at, then_scope"


class BackupFailed(ValueError):
    """pg_dump is missing or failed; the message is one line (and holds no password)."""


class PostgresStore:
    """All access to a PostgreSQL database goes through here, on a pool of connections this owns."""

    def __init__(self, pool: asyncpg.Pool, dsn: str, *, timeout_s: float) -> None:
        # Use `PostgresStore.open`: it creates and migrates the pool this takes ownership of.
        self._pool: asyncpg.Pool | None = pool
        self._dsn = dsn
        self._location = describe_dsn(dsn)
        self._timeout_s = timeout_s
        self._readers: list[PostgresFilmReader] = []

    @classmethod
    async def open(
        cls,
        dsn: str,
        *,
        pool_min: int = DEFAULT_POOL_MIN,
        pool_max: int = DEFAULT_POOL_MAX,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        migrations: Sequence[str] = MIGRATIONS,
    ) -> PostgresStore:
        """Connect to `dsn` and migrate its schema. `timeout_s`: how long to wait for a connection, a free pooled
        connection or another process's lock before failing as busy (`StoreUnavailable`)."""
        pool = await create_pool(dsn, pool_min=pool_min, pool_max=pool_max, timeout_s=timeout_s, migrations=migrations)
        return cls(pool, dsn, timeout_s=timeout_s)

    @property
    def location(self) -> str:
        """The database's URL with any password masked: safe to print and log."""
        return self._location

    @property
    def dsn(self) -> str:
        """The URL as given, password included: for connecting (LISTEN, pg_dump), never for printing."""
        return self._dsn

    async def close(self) -> None:
        readers, self._readers = self._readers, []
        for reader in readers:
            await asyncio.to_thread(reader.close)
        if self._pool is not None:
            pool, self._pool = self._pool, None
            try:
                await asyncio.wait_for(pool.close(), self._timeout_s)
            except (TimeoutError, *CONNECTION_ERRORS, asyncpg.InterfaceError):
                pool.terminate()  # the server is gone or a query hangs: drop the sockets

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    # -- films -------------------------------------------------------------------------------------------

    async def save_film(self, film: Film, *, replace: bool, actor: str | None) -> SaveOutcome:
        """Store `film` and its passages in one transaction; `FilmExists` if stored already and not `replace`.

        The film is "there" when a stored film has the same id, or the same guild, `title_key` and year.
        On any failure nothing is stored and the previous version stays intact.
        """
        film = stamped(film, actor)
        assert film.loaded_at is not None  # stamped sets it
        key = identity_key(film.title)

        async with self._film_write() as conn:
            existing = [
                row["id"]
                for row in await conn.fetch(
                    """
                    SELECT id FROM films
                    WHERE id = $1
                       OR (COALESCE(guild_id, 0) = COALESCE($2::bigint, 0) AND title_key = $3
                           AND COALESCE(year, 0) = COALESCE($4::integer, 0))
                    ORDER BY id
                    """,
                    film.id,
                    film.guild_id,
                    key,
                    film.year,
                )
            ]
            if existing and not replace:
                raise FilmExists(existing[0])
            # Passages go with their film by ON DELETE CASCADE.
            await conn.execute("DELETE FROM films WHERE id = ANY($1::text[])", existing)
            await conn.execute(
                """
                INSERT INTO films (id, guild_id, title, year, title_key, document, content_hash, source_file,
                                   loaded_by, loaded_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                """,
                film.id,
                film.guild_id,
                film.title,
                film.year,
                key,
                film.model_dump_json(exclude={"passages"}),
                film.content_hash,
                film.source_file,
                film.loaded_by,
                utc(film.loaded_at),
            )
            await conn.executemany(
                f"INSERT INTO passages ({_PASSAGE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                [
                    (
                        film.id,
                        p.ordinal,
                        p.section,
                        p.section_kind.value,
                        p.text,
                        p.spoiler,
                        p.position,
                        p.position_end,
                        p.time_mark,
                        stored_terms(p.text),
                        TERMS_VERSION,
                    )
                    for p in film.passages
                ],
            )
            action = AuditAction.REPLACE if existing else AuditAction.LOAD
            await _audit(conn, action, film.id, film.title, film.guild_id, film.source_file, film.content_hash, actor)
            retired = [(old, AuditAction.REMOVE) for old in existing if old != film.id]
            await _log_changes(conn, [*retired, (film.id, action)])
        return SaveOutcome.REPLACED if existing else SaveOutcome.LOADED

    async def refresh_terms(self, batch_size: int = 2000) -> int:
        """See `corpus.store.Store.refresh_terms`; each batch holds the film-writes lock, so no film changes under
        it."""
        refreshed, after = 0, ("", -1)
        while True:
            async with self._film_write() as conn:
                rows = await conn.fetch(
                    "SELECT film_id, ordinal, text FROM passages WHERE (film_id, ordinal) > ($1, $2) "
                    "AND (terms IS NULL OR terms_version IS DISTINCT FROM $3) ORDER BY film_id, ordinal LIMIT $4",
                    *after,
                    TERMS_VERSION,
                    batch_size,
                )
                await conn.executemany(
                    "UPDATE passages SET terms = $1, terms_version = $2 WHERE film_id = $3 AND ordinal = $4",
                    [(stored_terms(r["text"]), TERMS_VERSION, r["film_id"], r["ordinal"]) for r in rows],
                )
            refreshed += len(rows)
            if len(rows) < batch_size:
                return refreshed
            after = (rows[-1]["film_id"], rows[-1]["ordinal"])

    async def remove_film(self, film_id: str, *, actor: str | None) -> bool:
        """Delete the film and its passages; False if there was no such film."""
        async with self._film_write() as conn:
            row = await conn.fetchrow(
                "DELETE FROM films WHERE id = $1 RETURNING title, guild_id, source_file, content_hash", film_id
            )
            if row is None:
                return False
            await _audit(
                conn,
                AuditAction.REMOVE,
                film_id,
                row["title"],
                row["guild_id"],
                row["source_file"],
                row["content_hash"],
                actor,
            )
            await _log_changes(conn, [(film_id, AuditAction.REMOVE)])
        return True

    async def get_film(self, film_id: str) -> Film | None:
        """The film with its sections and its passages in ordinal order, or None."""
        async with self._snapshot() as conn:
            return await read_film(conn, film_id)

    async def film_stubs(self) -> list[Film]:
        """Every film without its sections and passages (see `corpus.store.Store.film_stubs`): the server drops
        the sections from each document, so the films' text never crosses the network at start-up."""
        async with self._snapshot() as conn:
            rows = await conn.fetch(
                "SELECT id, (document::jsonb - 'sections')::text AS document FROM films ORDER BY id"
            )
        return [_film(row, ()) for row in rows]

    def film_reader(self) -> FilmReading:
        """A synchronous reader of single films, closed with this store (see `PostgresFilmReader`)."""
        reader = PostgresFilmReader(self._dsn, timeout_s=self._timeout_s)
        self._readers.append(reader)
        return reader

    async def load_all_films(self) -> list[Film]:
        """Every film with its passages, in two queries however many films there are."""
        async with self._snapshot() as conn:
            films = await conn.fetch(
                "SELECT id, document FROM films ORDER BY title_key, COALESCE(year, 0), guild_id NULLS FIRST"
            )
            passages = await conn.fetch(f"SELECT {_PASSAGE_COLUMNS} FROM passages ORDER BY film_id, ordinal")
        by_film = {film_id: list(rows) for film_id, rows in itertools.groupby(passages, key=lambda r: r["film_id"])}
        return [_film(row, by_film.get(row["id"], [])) for row in films]

    async def film_batches(self, batch_size: int = 500) -> AsyncIterator[list[Film]]:
        """Every film with its passages, a batch at a time (by id), each batch read in its own snapshot."""
        after = ""
        while True:
            async with self._snapshot() as conn:
                films = await conn.fetch(
                    "SELECT id, document FROM films WHERE id > $1 ORDER BY id LIMIT $2", after, batch_size
                )
                if not films:
                    return
                first, last = films[0]["id"], films[-1]["id"]
                passages = await conn.fetch(
                    f"SELECT {_PASSAGE_COLUMNS} FROM passages WHERE film_id BETWEEN $1 AND $2 "
                    "ORDER BY film_id, ordinal",
                    first,
                    last,
                )
            by_film = {film_id: list(rows) for film_id, rows in itertools.groupby(passages, key=lambda r: r["film_id"])}
            yield [_film(row, by_film.get(row["id"], [])) for row in films]
            after = last

    async def list_films(self, guild_id: int | None = None, *, all_guilds: bool = False) -> list[FilmRow]:
        """guild_id None: the global films; guild_id G: global and G's films; all_guilds: every film."""
        where, params = _visibility(guild_id, all_guilds=all_guilds)
        async with self._connection() as conn:
            rows = await conn.fetch(_FILM_ROWS.format(where=where), *params)
        return [FilmRow.model_validate(dict(row)) for row in rows]

    async def find_films(self, title: str, *, year: int | None = None, guild_id: int | None = None) -> list[FilmRow]:
        """Films visible to `guild_id` (as in `list_films`) whose title has the same `title_key`."""
        where, params = _visibility(guild_id, all_guilds=False)
        params = [*params, identity_key(title)]
        where = f"({where}) AND f.title_key = ${len(params)}"
        if year is not None:
            params.append(year)
            where += f" AND f.year = ${len(params)}"
        async with self._connection() as conn:
            rows = await conn.fetch(_FILM_ROWS.format(where=where), *params)
        return [FilmRow.model_validate(dict(row)) for row in rows]

    async def count_films(self) -> int:
        async with self._connection() as conn:
            return int(await conn.fetchval("SELECT COUNT(*) FROM films"))

    async def data_version(self) -> int:
        """Changes whenever any process commits a film change: the newest change id (SQLite's data_version
        counterpart, for the refresh that compares films when it moves)."""
        return await self.latest_change()

    async def audit_entries(self, limit: int = 50, *, guild_id: int | None = None) -> list[AuditEntry]:
        """Newest first. guild_id None: every entry; guild_id G: only entries about G's films."""
        async with self._connection() as conn:
            if guild_id is None:
                rows = await conn.fetch("SELECT * FROM audit ORDER BY id DESC LIMIT $1", limit)
            else:
                rows = await conn.fetch(
                    "SELECT * FROM audit WHERE guild_id = $1 ORDER BY id DESC LIMIT $2", guild_id, limit
                )
        return [AuditEntry.model_validate(dict(row)) for row in rows]

    # -- spoiler preferences -----------------------------------------------------------------------------

    async def set_pref(
        self,
        *,
        guild_id: int | None,
        channel_id: int,
        user_id: int | None,
        film_id: str | None,
        scope: str,
        expires_at: datetime | None,
        set_by: int,
        clear_films: bool = False,
    ) -> PrefRow:
        """Create or overwrite the preference for (channel, user or whole channel, film or every film).

        `clear_films` (with film_id None): also delete the same user's (or the channel's) preferences for single
        films, in the same transaction, so "off for every film" never stands beside a leftover "on for one".
        """
        async with self._write() as conn:
            if clear_films and film_id is None:
                await conn.execute(
                    "DELETE FROM spoiler_prefs WHERE channel_id = $1 AND user_id IS NOT DISTINCT FROM $2 "
                    "AND film_id IS NOT NULL",
                    channel_id,
                    user_id,
                )
            # A timed choice remembers the lasting one it covers, to give way to it when it expires. FOR UPDATE:
            # a concurrent change of the same row waits, so what is remembered is what is replaced.
            then_scope = None
            if expires_at is not None:
                before = await conn.fetchrow(
                    "SELECT scope, expires_at, then_scope FROM spoiler_prefs WHERE channel_id = $1 "
                    "AND user_id IS NOT DISTINCT FROM $2 AND film_id IS NOT DISTINCT FROM $3 FOR UPDATE",
                    channel_id,
                    user_id,
                    film_id,
                )
                if before is not None:
                    then_scope = before["scope"] if before["expires_at"] is None else before["then_scope"]
            row = await conn.fetchrow(
                f"""
                INSERT INTO spoiler_prefs (guild_id, channel_id, user_id, film_id, scope, expires_at, set_by,
                                           set_at, then_scope)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                ON CONFLICT (channel_id, COALESCE(user_id, 0), COALESCE(film_id, '')) DO UPDATE SET
                    guild_id = excluded.guild_id, scope = excluded.scope, expires_at = excluded.expires_at,
                    set_by = excluded.set_by, set_at = excluded.set_at, then_scope = excluded.then_scope
                RETURNING {_PREF_COLUMNS}
                """,
                guild_id,
                channel_id,
                user_id,
                film_id,
                scope,
                None if expires_at is None else utc(expires_at),
                set_by,
                datetime.now(UTC),
                then_scope,
            )
        return PrefRow.model_validate(dict(row))

    async def clear_pref(self, *, channel_id: int, user_id: int | None, film_id: str | None = None) -> bool:
        """Delete exactly the matching row (film_id None is the every-film row); False if there was none."""
        async with self._write() as conn:
            status = await conn.execute(
                "DELETE FROM spoiler_prefs WHERE channel_id = $1 AND user_id IS NOT DISTINCT FROM $2 "
                "AND film_id IS NOT DISTINCT FROM $3",
                channel_id,
                user_id,
                film_id,
            )
        return _row_count(status) > 0

    async def clear_prefs(self, channel_id: int, user_id: int | None) -> int:
        """Delete all of the user's rows in the channel (user_id None: the channel-wide rows); how many."""
        async with self._write() as conn:
            status = await conn.execute(
                "DELETE FROM spoiler_prefs WHERE channel_id = $1 AND user_id IS NOT DISTINCT FROM $2",
                channel_id,
                user_id,
            )
        return _row_count(status)

    async def prefs_for(self, channel_id: int, user_id: int, now: datetime) -> list[PrefRow]:
        """The channel-wide rows and the user's rows in force at `now`, general before specific: an expired timed
        choice reads as the lasting one it covered (`then_scope`), or not at all."""
        async with self._connection() as conn:
            rows = await conn.fetch(
                f"""
                SELECT {_PREF_COLUMNS} FROM spoiler_prefs
                WHERE channel_id = $1 AND (user_id IS NULL OR user_id = $2)
                  AND (expires_at IS NULL OR expires_at > $3 OR then_scope IS NOT NULL)
                ORDER BY user_id IS NOT NULL, film_id IS NOT NULL, id
                """,
                channel_id,
                user_id,
                utc(now),
            )
        return [_in_force(PrefRow.model_validate(dict(row)), now) for row in rows]

    async def purge_expired_prefs(self, now: datetime) -> int:
        """Settle preferences that expired at or before `now`: one that covered a lasting choice becomes that
        choice again, the others are deleted; how many changed."""
        async with self._write() as conn:
            restored = await conn.execute(
                "UPDATE spoiler_prefs SET scope = then_scope, expires_at = NULL, then_scope = NULL "
                "WHERE expires_at IS NOT NULL AND expires_at <= $1 AND then_scope IS NOT NULL",
                utc(now),
            )
            deleted = await conn.execute(
                "DELETE FROM spoiler_prefs WHERE expires_at IS NOT NULL AND expires_at <= $1", utc(now)
            )
        return _row_count(restored) + _row_count(deleted)

    # -- reveal requests ---------------------------------------------------------------------------------

    async def add_reveal(
        self, *, token: str, guild_id: int | None, channel_id: int, film_id: str, question: str, now: datetime
    ) -> None:
        async with self._write() as conn:
            await conn.execute(
                "INSERT INTO reveal_requests (token, guild_id, channel_id, film_id, question, created_at) "
                "VALUES ($1, $2, $3, $4, $5, $6)",
                token,
                guild_id,
                channel_id,
                film_id,
                question,
                utc(now),
            )

    async def get_reveal(self, token: str, *, not_before: datetime) -> tuple[str, str] | None:
        """(question, film id) of a reveal request made after `not_before`, else None."""
        async with self._connection() as conn:
            row = await conn.fetchrow(
                "SELECT question, film_id FROM reveal_requests WHERE token = $1 AND created_at > $2",
                token,
                utc(not_before),
            )
        return (str(row["question"]), str(row["film_id"])) if row is not None else None

    async def purge_reveals(self, *, before: datetime) -> int:
        async with self._write() as conn:
            return _row_count(await conn.execute("DELETE FROM reveal_requests WHERE created_at <= $1", utc(before)))

    # -- change log --------------------------------------------------------------------------------------

    async def latest_change(self) -> int:
        """The id of the newest film change (0 when there is none): read it before loading the films, then
        `changes_since` it catches up with everything committed after."""
        async with self._connection() as conn:
            return int(await conn.fetchval("SELECT COALESCE(MAX(id), 0) FROM film_changes"))

    async def changes_since(self, change_id: int, *, limit: int | None = None) -> list[FilmChange]:
        """Film changes with an id above `change_id`, oldest first (at most `limit` of them)."""
        async with self._connection() as conn:
            rows = await conn.fetch(
                "SELECT id, film_id, action, at FROM film_changes WHERE id > $1 ORDER BY id LIMIT $2",
                change_id,
                limit,
            )
        return [FilmChange.model_validate(dict(row)) for row in rows]

    # -- copying between databases (`db copy`) -----------------------------------------------------------

    async def table_counts(self) -> dict[str, int]:
        """How many rows each table of `corpus.tables.TABLES` holds."""
        async with self._snapshot() as conn:
            return {table: int(await conn.fetchval(f"SELECT COUNT(*) FROM {table}")) for table in TABLES}

    async def dump(self, batch_size: int = 2000) -> AsyncIterator[tuple[str, list[Row]]]:
        """Every row of every table, as (table, rows) batches in the neutral form of `corpus.tables`, all from
        one snapshot (a server-side cursor per table)."""
        async with self._snapshot() as conn:
            for table, columns in TABLES.items():
                cursor = conn.cursor(
                    f"SELECT {', '.join(columns)} FROM {table} ORDER BY {ORDER[table]}", prefetch=batch_size
                )
                batch: list[Row] = []
                async for record in cursor:
                    batch.append(tuple(record))
                    if len(batch) == batch_size:
                        yield table, batch
                        batch = []
                if batch:
                    yield table, batch

    async def restore(self, batches: AsyncIterator[tuple[str, list[Row]]]) -> dict[str, int]:
        """Write dumped rows into this store, which must hold none (`StoreNotEmpty`), in one transaction:
        nothing is written unless everything is. How many rows each table received."""
        written = dict.fromkeys(TABLES, 0)
        async with self._film_write() as conn:
            for table in TABLES:
                if await conn.fetchval(f"SELECT EXISTS (SELECT 1 FROM {table})"):
                    raise StoreNotEmpty(f"{self._location} already holds data ({table}); copy into an empty database")
            async for table, rows in batches:
                await conn.copy_records_to_table(
                    table, records=[tuple(row) for row in rows], columns=list(TABLES[table])
                )
                written[table] += len(rows)
            for table in GENERATED_IDS:
                # Ids were copied as they were: the next one handed out must come after them.
                await conn.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 0) + 1, false) "
                    f"FROM {table}"
                )
        return written

    # -- maintenance -------------------------------------------------------------------------------------

    async def backup(self, dest_path: str | Path) -> Path:
        """A consistent copy of the database with pg_dump (custom format: restore it with pg_restore)."""
        return await pg_dump(self._dsn, Path(dest_path))

    async def integrity_check(self, *, quick: bool = False) -> list[str]:
        """["ok"] when the server answers and the schema is at the version this code writes; PostgreSQL checks
        its own pages (there is no PRAGMA integrity_check to run), so `quick` changes nothing."""
        async with self._connection() as conn:
            version = await schema_version(conn)
        if version != LATEST_VERSION:
            return [f"schema version {version}, expected {LATEST_VERSION}"]
        return ["ok"]

    async def schema_version(self) -> int:
        async with self._connection() as conn:
            return await schema_version(conn)

    # -- internals ---------------------------------------------------------------------------------------

    def _live_pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise RuntimeError("the store is closed")
        return self._pool

    @contextlib.asynccontextmanager
    async def _connection(self) -> AsyncIterator[asyncpg.Connection]:
        async with acquire(self._live_pool(), self._location, self._timeout_s) as conn:
            yield conn

    @contextlib.asynccontextmanager
    async def _write(self) -> AsyncIterator[asyncpg.Connection]:
        """A write transaction: committed whole when the block ends, rolled back whole on any error."""
        async with self._connection() as conn, conn.transaction():
            yield conn

    @contextlib.asynccontextmanager
    async def _film_write(self) -> AsyncIterator[asyncpg.Connection]:
        """A write transaction holding the film-writes lock from its start to its commit: film changes (and the
        ids of their change-log rows) commit one at a time, in id order."""
        async with self._write() as conn:
            await conn.execute("SELECT pg_advisory_xact_lock($1, $2)", LOCK_SPACE, FILM_WRITES_LOCK)
            yield conn

    @contextlib.asynccontextmanager
    async def _snapshot(self) -> AsyncIterator[asyncpg.Connection]:
        """A read transaction, so several queries see one state even if another process commits between."""
        async with self._connection() as conn, conn.transaction(isolation="repeatable_read", readonly=True):
            yield conn


async def _audit(
    conn: asyncpg.Connection,
    action: AuditAction,
    film_id: str,
    title: str,
    guild_id: int | None,
    source_file: str | None,
    content_hash: str | None,
    actor: str | None,
) -> None:
    await conn.execute(
        """
        INSERT INTO audit (at, actor, action, film_id, title, guild_id, source_file, content_hash)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        """,
        datetime.now(UTC),
        actor,
        action.value,
        film_id,
        title,
        guild_id,
        source_file,
        content_hash,
    )


async def _log_changes(conn: asyncpg.Connection, changes: list[tuple[str, AuditAction]]) -> None:
    """Append to the change log and tell listeners the newest id; both take effect at commit, or never."""
    at = datetime.now(UTC)
    newest = 0
    for film_id, action in changes:
        newest = await conn.fetchval(
            "INSERT INTO film_changes (film_id, action, at) VALUES ($1, $2, $3) RETURNING id", film_id, action.value, at
        )
    await conn.execute("SELECT pg_notify($1, $2)", CHANGES_CHANNEL, str(newest))


def _visibility(guild_id: int | None, *, all_guilds: bool) -> tuple[str, list[Any]]:
    if all_guilds:
        return "TRUE", []
    if guild_id is None:
        return "f.guild_id IS NULL", []
    return "(f.guild_id IS NULL OR f.guild_id = $1)", [guild_id]


def _row_count(status: str) -> int:
    """The row count of a command status such as "DELETE 3" or "UPDATE 0"."""
    return int(status.rsplit(" ", 1)[-1])


async def pg_dump(dsn: str, dest: Path) -> Path:
    """Run pg_dump on `dsn` into `dest` (custom format). The password goes to pg_dump through PGPASSWORD, never
    on its command line, where any user of the machine could read it."""
    program = shutil.which("pg_dump")
    if program is None:
        raise BackupFailed(
            "pg_dump is not installed here: back up PostgreSQL with pg_dump where it is (or your provider's "
            "backups), e.g. pg_dump --format=custom --file=filmbot.dump DATABASE_URL"
        )
    parts = urlsplit(dsn)
    env = dict(os.environ)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        user, has_password, password = userinfo.partition(":")
        if has_password:
            env["PGPASSWORD"] = unquote(password)
            netloc = f"{user}@{host}"
    safe_dsn = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
    dest.parent.mkdir(parents=True, exist_ok=True)
    process = await asyncio.create_subprocess_exec(
        program,
        "--format=custom",
        "--no-owner",
        f"--file={dest}",
        f"--dbname={safe_dsn}",
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    _, stderr = await process.communicate()
    if process.returncode != 0:
        lines = stderr.decode(errors="replace").strip().splitlines()
        reason = lines[-1] if lines else f"exit status {process.returncode}"
        dest.unlink(missing_ok=True)
        raise BackupFailed(f"pg_dump of {describe_dsn(dsn)} failed: {reason}")
    return dest
