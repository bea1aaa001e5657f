"""`Store`: the one owner of the database connection; films, passages, audit and spoiler preferences."""

from __future__ import annotations

import asyncio
import itertools
import sqlite3
import sys
import unicodedata
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Self

import aiosqlite
from pydantic import BaseModel, ConfigDict

from corpus.db import DEFAULT_BUSY_TIMEOUT_MS, connect
from corpus.models import Film, Passage, SectionKind, Titled
from corpus.tables import BOOL_COLUMNS, ORDER, TABLES, TIME_COLUMNS, Row
from corpus.terms import TERMS_VERSION, stored_terms


class SaveOutcome(StrEnum):
    LOADED = "loaded"
    REPLACED = "replaced"


class AuditAction(StrEnum):
    LOAD = "load"
    REPLACE = "replace"
    REMOVE = "remove"


class FilmExists(Exception):
    """A film with the same (guild, title, year) is stored and the caller did not ask to replace it."""

    def __init__(self, existing_id: str) -> None:
        super().__init__(f"film {existing_id!r} is already stored; replace it to load this document")
        self.existing_id = existing_id


class DatabaseBusy(sqlite3.OperationalError):
    """Another connection held the database's write lock for longer than the busy timeout; nothing was written."""

    def __init__(self, path: Path, timeout_ms: int) -> None:
        super().__init__(
            f"database {path} is busy: another process held its write lock for more than "
            f"{timeout_ms / 1000:g} s; nothing was changed, try again"
        )
        self.path = path
        self.timeout_ms = timeout_ms


class FilmRow(Titled, BaseModel):
    """A stored film as listings show it: no document, only counts."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    year: int | None
    guild_id: int | None
    passages: int
    spoiler_passages: int
    loaded_at: datetime
    loaded_by: str | None
    source_file: str | None
    content_hash: str | None


class AuditEntry(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    at: datetime
    actor: str | None
    action: AuditAction
    film_id: str
    title: str
    guild_id: int | None
    source_file: str | None
    content_hash: str | None


class FilmChange(BaseModel):
    """One committed film change, numbered in commit order: what a running process re-reads to catch up.

    A replace that also retires an old id (the same film under another spelling) logs a `remove` for that id.
    """

    model_config = ConfigDict(frozen=True)

    id: int
    film_id: str
    action: AuditAction
    at: datetime


class StoreNotEmpty(Exception):
    """`restore` writes only into an empty database: merging two would mix ids, audit trails and opt-ins."""


class PrefRow(BaseModel):
    """One spoiler preference: `user_id` None covers the whole channel, `film_id` None every film."""

    model_config = ConfigDict(frozen=True)

    id: int
    guild_id: int | None
    channel_id: int
    user_id: int | None
    film_id: str | None
    scope: str
    expires_at: datetime | None
    set_by: int
    set_at: datetime
    then_scope: str | None = None  # what a timed choice gives way to when it expires (None: nothing)


def stamped(film: Film, actor: str | None) -> Film:
    """A copy of `film` ready to store (the caller's object is not ours to stamp): its id, its passages' film id,
    when it was loaded and by whom, each kept if already set."""
    film = film.model_copy(deep=True)
    if not film.id:
        film.assign_id()
    for passage in film.passages:
        passage.film_id = film.id
    if film.loaded_at is None:
        film.loaded_at = datetime.now(UTC)
    if film.loaded_by is None:
        film.loaded_by = actor
    return film


def identity_key(title: str) -> str:
    """The title as a film's identity compares it (stored in the `title_key` column): "Schindler's List" and
    "schindlers list" are the same film. Matching what people type is another matter (index/catalog.py)."""
    text = title
    # Dropping punctuation can bring a combining mark next to a letter it then composes with ("C:\u0327"), so
    # normalise until nothing changes: the key of a key must be the key itself.
    for _ in range(4):
        previous = text
        text = unicodedata.normalize("NFKC", text).casefold()
        text = " ".join("".join(ch for ch in text if not unicodedata.category(ch).startswith("P")).split())
        if text == previous:
            break
    return text


_FILM_ROWS = """
    SELECT f.id, f.title, f.year, f.guild_id, f.loaded_at, f.loaded_by, f.source_file, f.content_hash,
           COUNT(p.ordinal) AS passages, COALESCE(SUM(p.spoiler), 0) AS spoiler_passages
    FROM films AS f LEFT JOIN passages AS p ON p.film_id = f.id
    WHERE {where}
    GROUP BY f.id
    ORDER BY f.title_key, COALESCE(f.year, 0), f.guild_id
"""

_PASSAGE_COLUMNS = (
    "film_id, ordinal, section, section_kind, text, spoiler, position, position_end, time_mark, terms, terms_version"
)

_PREF_COLUMNS = "id, guild_id, channel_id, user_id, film_id, scope, expires_at, set_by, set_at, then_scope"


class Store:
    """All access to the database goes through here, on one aiosqlite connection.

    Every write goes through `_transaction`, so a write blocked by another process's lock always fails the same
    way, as DatabaseBusy, and never half-done.

    Every operation, reads included, takes one lock: on a single connection a read issued between two
    statements of a write transaction would see that transaction's uncommitted rows.
    """

    def __init__(
        self, conn: aiosqlite.Connection, path: Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
    ) -> None:
        # Use `Store.open`: it configures and migrates the connection this takes ownership of.
        self._conn: aiosqlite.Connection | None = conn
        self._path = path
        self._busy_timeout_ms = busy_timeout_ms
        self._lock = asyncio.Lock()
        self._readers: list[FilmReader] = []

    @classmethod
    async def open(cls, path: str | Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Store:
        """`busy_timeout_ms`: how long a write waits for another process's lock before failing as busy."""
        path = Path(path)
        return cls(await connect(path, busy_timeout_ms=busy_timeout_ms), path, busy_timeout_ms=busy_timeout_ms)

    @property
    def path(self) -> Path:
        return self._path

    async def close(self) -> None:
        for reader in self._readers:
            reader.close()
        self._readers.clear()
        if self._conn is not None:
            conn, self._conn = self._conn, None
            async with self._lock:
                await conn.close()

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

        The film is "there" when a stored film has the same id, or the same guild, `identity_key` and year.
        On any failure nothing is stored and the previous version stays intact.
        """
        film = stamped(film, actor)
        assert film.loaded_at is not None  # stamped sets it
        key = identity_key(film.title)

        async with self._transaction() as conn:
            existing = [
                row["id"]
                for row in await conn.execute_fetchall(
                    """
                    SELECT id FROM films
                    WHERE id = ?
                       OR (COALESCE(guild_id, 0) = COALESCE(?, 0) AND title_key = ?
                           AND COALESCE(year, 0) = COALESCE(?, 0))
                    ORDER BY id
                    """,
                    (film.id, film.guild_id, key, film.year),
                )
            ]
            if existing and not replace:
                raise FilmExists(existing[0])
            # Passages go with their film by ON DELETE CASCADE.
            await conn.executemany("DELETE FROM films WHERE id = ?", [(old,) for old in existing])
            await conn.execute(
                """
                INSERT INTO films (id, guild_id, title, year, title_key, document, content_hash, source_file,
                                   loaded_by, loaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (
                    film.id,
                    film.guild_id,
                    film.title,
                    film.year,
                    key,
                    film.model_dump_json(exclude={"passages"}),
                    film.content_hash,
                    film.source_file,
                    film.loaded_by,
                    _to_text(film.loaded_at),
                ),
            )
            await conn.executemany(
                f"INSERT INTO passages ({_PASSAGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        film.id,
                        p.ordinal,
                        p.section,
                        p.section_kind.value,
                        p.text,
                        int(p.spoiler),
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
            await self._audit(
                conn, action, film.id, film.title, film.guild_id, film.source_file, film.content_hash, actor
            )
            retired = [(old, AuditAction.REMOVE) for old in existing if old != film.id]
            await self._log_changes(conn, [*retired, (film.id, action)])
        return SaveOutcome.REPLACED if existing else SaveOutcome.LOADED

    async def refresh_terms(self, batch_size: int = 2000) -> int:
        """Store the terms of every passage saved without them, or with another tokenizer's (`TERMS_VERSION`):
        such rows are tokenized on every read until then. One transaction per batch, so a film replaced
        meanwhile is never given another text's terms; returns how many passages were refreshed."""
        refreshed, after = 0, ("", -1)
        while True:
            async with self._transaction() as conn:
                # From where the last batch ended, in key order: one pass over the table however large it is.
                rows = list(
                    await conn.execute_fetchall(
                        "SELECT film_id, ordinal, text FROM passages WHERE (film_id, ordinal) > (?, ?) "
                        "AND (terms IS NULL OR terms_version IS NOT ?) ORDER BY film_id, ordinal LIMIT ?",
                        (*after, TERMS_VERSION, batch_size),
                    )
                )
                await conn.executemany(
                    "UPDATE passages SET terms = ?, terms_version = ? WHERE film_id = ? AND ordinal = ?",
                    [(stored_terms(r["text"]), TERMS_VERSION, r["film_id"], r["ordinal"]) for r in rows],
                )
            refreshed += len(rows)
            if len(rows) < batch_size:
                return refreshed
            after = (rows[-1]["film_id"], rows[-1]["ordinal"])

    async def remove_film(self, film_id: str, *, actor: str | None) -> bool:
        """Delete the film and its passages; False if there was no such film."""
        async with self._transaction() as conn:
            rows = await conn.execute_fetchall(
                "SELECT title, guild_id, source_file, content_hash FROM films WHERE id = ?", (film_id,)
            )
            if not rows:
                return False
            row = next(iter(rows))
            await conn.execute("DELETE FROM films WHERE id = ?", (film_id,))
            await self._audit(
                conn,
                AuditAction.REMOVE,
                film_id,
                row["title"],
                row["guild_id"],
                row["source_file"],
                row["content_hash"],
                actor,
            )
            await self._log_changes(conn, [(film_id, AuditAction.REMOVE)])
        return True

    async def get_film(self, film_id: str) -> Film | None:
        """The film with its sections and its passages in ordinal order, or None."""
        async with self._snapshot() as conn:
            films = await conn.execute_fetchall("SELECT id, document FROM films WHERE id = ?", (film_id,))
            if not films:
                return None
            passages = await conn.execute_fetchall(
                f"SELECT {_PASSAGE_COLUMNS} FROM passages WHERE film_id = ? ORDER BY ordinal", (film_id,)
            )
        return _film(next(iter(films)), passages)

    async def film_stubs(self) -> list[Film]:
        """Every film without its sections and passages: what finding films by name needs (titles, aliases,
        guild, facts, load time). SQLite drops the sections from each document before Python parses it, so the
        films' text is never read."""
        async with self._snapshot() as conn:
            rows = await conn.execute_fetchall(
                "SELECT id, json_remove(document, '$.sections') AS document FROM films ORDER BY id"
            )
        return [_film(row, ()) for row in rows]

    def film_reader(self) -> FilmReading:
        """A synchronous reader of single films, closed with this store (see `FilmReader`)."""
        reader = FilmReader(self._path, self._busy_timeout_ms)
        self._readers.append(reader)
        return reader

    async def load_all_films(self) -> list[Film]:
        """Every film with its passages, in two queries however many films there are."""
        async with self._snapshot() as conn:
            films = await conn.execute_fetchall(
                "SELECT id, document FROM films ORDER BY title_key, COALESCE(year, 0), guild_id"
            )
            passages = await conn.execute_fetchall(f"SELECT {_PASSAGE_COLUMNS} FROM passages ORDER BY film_id, ordinal")
        return _films(films, passages)

    async def film_batches(self, batch_size: int = 500) -> AsyncIterator[list[Film]]:
        """Every film with its passages, a batch at a time, so start-up never holds the whole corpus twice.

        Each batch is read in its own snapshot (by id range); a film another process changes meanwhile is
        picked up afterwards by the bot's refresh, which compares load times.
        """
        after = ""
        while True:
            async with self._snapshot() as conn:
                films = list(
                    await conn.execute_fetchall(
                        "SELECT id, document FROM films WHERE id > ? ORDER BY id LIMIT ?", (after, batch_size)
                    )
                )
                if not films:
                    return
                first, last = films[0]["id"], films[-1]["id"]
                passages = await conn.execute_fetchall(
                    f"SELECT {_PASSAGE_COLUMNS} FROM passages WHERE film_id BETWEEN ? AND ? ORDER BY film_id, ordinal",
                    (first, last),
                )
            yield _films(films, passages)
            after = last

    async def list_films(self, guild_id: int | None = None, *, all_guilds: bool = False) -> list[FilmRow]:
        """guild_id None: the global films; guild_id G: global and G's films; all_guilds: every film."""
        where, params = _visibility(guild_id, all_guilds=all_guilds)
        async with self._lock:
            rows = await self._connection().execute_fetchall(_FILM_ROWS.format(where=where), params)
        return [_film_row(row) for row in rows]

    async def find_films(self, title: str, *, year: int | None = None, guild_id: int | None = None) -> list[FilmRow]:
        """Films visible to `guild_id` (as in `list_films`) whose title has the same `identity_key`."""
        where, params = _visibility(guild_id, all_guilds=False)
        where = f"({where}) AND f.title_key = ?"
        params = (*params, identity_key(title))
        if year is not None:
            where += " AND f.year = ?"
            params = (*params, year)
        async with self._lock:
            rows = await self._connection().execute_fetchall(_FILM_ROWS.format(where=where), params)
        return [_film_row(row) for row in rows]

    async def count_films(self) -> int:
        async with self._lock:
            rows = await self._connection().execute_fetchall("SELECT COUNT(*) FROM films")
        return int(next(iter(rows))[0])

    async def data_version(self) -> int:
        """Changes whenever another connection (the command line, say) commits to this database."""
        async with self._lock:
            rows = await self._connection().execute_fetchall("PRAGMA data_version")
        return int(next(iter(rows))[0])

    async def audit_entries(self, limit: int = 50, *, guild_id: int | None = None) -> list[AuditEntry]:
        """Newest first. guild_id None: every entry; guild_id G: only entries about G's films."""
        sql = "SELECT * FROM audit"
        params: tuple[Any, ...] = ()
        if guild_id is not None:
            sql += " WHERE guild_id = ?"
            params = (guild_id,)
        sql += " ORDER BY id DESC LIMIT ?"
        async with self._lock:
            rows = await self._connection().execute_fetchall(sql, (*params, limit))
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
        async with self._transaction() as conn:
            if clear_films and film_id is None:
                await conn.execute(
                    "DELETE FROM spoiler_prefs WHERE channel_id = ? AND user_id IS ? AND film_id IS NOT NULL",
                    (channel_id, user_id),
                )
            # A timed choice remembers the lasting one it covers, to give way to it when it expires.
            then_scope = None
            if expires_at is not None:
                before = await conn.execute_fetchall(
                    "SELECT scope, expires_at, then_scope FROM spoiler_prefs WHERE channel_id = ? AND user_id IS ? "
                    "AND film_id IS ?",
                    (channel_id, user_id, film_id),
                )
                if before:
                    row = next(iter(before))
                    then_scope = row["scope"] if row["expires_at"] is None else row["then_scope"]
            rows = await conn.execute_fetchall(
                f"""
                INSERT INTO spoiler_prefs (guild_id, channel_id, user_id, film_id, scope, expires_at, set_by,
                                           set_at, then_scope)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (channel_id, COALESCE(user_id, 0), COALESCE(film_id, '')) DO UPDATE SET
                    guild_id = excluded.guild_id, scope = excluded.scope, expires_at = excluded.expires_at,
                    set_by = excluded.set_by, set_at = excluded.set_at, then_scope = excluded.then_scope
                RETURNING {_PREF_COLUMNS}
                """,
                (
                    guild_id,
                    channel_id,
                    user_id,
                    film_id,
                    scope,
                    None if expires_at is None else _to_text(expires_at),
                    set_by,
                    _to_text(datetime.now(UTC)),
                    then_scope,
                ),
            )
        return PrefRow.model_validate(dict(next(iter(rows))))

    async def clear_pref(self, *, channel_id: int, user_id: int | None, film_id: str | None = None) -> bool:
        """Delete exactly the matching row (film_id None is the every-film row); False if there was none."""
        async with self._transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM spoiler_prefs WHERE channel_id = ? AND user_id IS ? AND film_id IS ?",
                (channel_id, user_id, film_id),
            )
            deleted = cursor.rowcount
            await cursor.close()
        return deleted > 0

    async def clear_prefs(self, channel_id: int, user_id: int | None) -> int:
        """Delete all of the user's rows in the channel (user_id None: the channel-wide rows); how many."""
        async with self._transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM spoiler_prefs WHERE channel_id = ? AND user_id IS ?", (channel_id, user_id)
            )
            deleted = cursor.rowcount
            await cursor.close()
        return deleted

    async def prefs_for(self, channel_id: int, user_id: int, now: datetime) -> list[PrefRow]:
        """The channel-wide rows and the user's rows in force at `now`, general before specific: an expired timed
        choice reads as the lasting one it covered (`then_scope`), or not at all."""
        async with self._lock:
            rows = await self._connection().execute_fetchall(
                f"""
                SELECT {_PREF_COLUMNS} FROM spoiler_prefs
                WHERE channel_id = ? AND (user_id IS NULL OR user_id = ?)
                  AND (expires_at IS NULL OR expires_at > ? OR then_scope IS NOT NULL)
                ORDER BY user_id IS NOT NULL, film_id IS NOT NULL, id
                """,
                (channel_id, user_id, _to_text(now)),
            )
        prefs = [PrefRow.model_validate(dict(row)) for row in rows]
        return [_in_force(pref, now) for pref in prefs]

    async def purge_expired_prefs(self, now: datetime) -> int:
        """Settle preferences that expired at or before `now`: one that covered a lasting choice becomes that
        choice again, the others are deleted; how many changed."""
        async with self._transaction() as conn:
            cursor = await conn.execute(
                "UPDATE spoiler_prefs SET scope = then_scope, expires_at = NULL, then_scope = NULL "
                "WHERE expires_at IS NOT NULL AND expires_at <= ? AND then_scope IS NOT NULL",
                (_to_text(now),),
            )
            restored = cursor.rowcount
            await cursor.close()
            cursor = await conn.execute(
                "DELETE FROM spoiler_prefs WHERE expires_at IS NOT NULL AND expires_at <= ?", (_to_text(now),)
            )
            deleted = cursor.rowcount
            await cursor.close()
        return restored + deleted

    # -- reveal requests ---------------------------------------------------------------------------------

    async def add_reveal(
        self, *, token: str, guild_id: int | None, channel_id: int, film_id: str, question: str, now: datetime
    ) -> None:
        async with self._transaction() as conn:
            await conn.execute(
                "INSERT INTO reveal_requests (token, guild_id, channel_id, film_id, question, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (token, guild_id, channel_id, film_id, question, _to_text(now)),
            )

    async def get_reveal(self, token: str, *, not_before: datetime) -> tuple[str, str] | None:
        """(question, film id) of a reveal request made after `not_before`, else None."""
        async with self._lock:
            rows = await self._connection().execute_fetchall(
                "SELECT question, film_id FROM reveal_requests WHERE token = ? AND created_at > ?",
                (token, _to_text(not_before)),
            )
        found = next(iter(rows), None)
        return (str(found[0]), str(found[1])) if found is not None else None

    async def purge_reveals(self, *, before: datetime) -> int:
        async with self._transaction() as conn:
            cursor = await conn.execute("DELETE FROM reveal_requests WHERE created_at <= ?", (_to_text(before),))
            return cursor.rowcount

    # -- change log --------------------------------------------------------------------------------------

    async def latest_change(self) -> int:
        """The id of the newest film change (0 when there is none): read it before loading the films, then
        `changes_since` it catches up with everything committed after."""
        async with self._lock:
            rows = await self._connection().execute_fetchall("SELECT COALESCE(MAX(id), 0) FROM film_changes")
        return int(next(iter(rows))[0])

    async def changes_since(self, change_id: int, *, limit: int | None = None) -> list[FilmChange]:
        """Film changes with an id above `change_id`, oldest first (at most `limit` of them)."""
        async with self._lock:
            rows = await self._connection().execute_fetchall(
                "SELECT id, film_id, action, at FROM film_changes WHERE id > ? ORDER BY id LIMIT ?",
                (change_id, -1 if limit is None else limit),
            )
        return [FilmChange.model_validate(dict(row)) for row in rows]

    # -- copying between databases (`db copy`) -----------------------------------------------------------

    @property
    def location(self) -> str:
        """Where the data is, for people and logs."""
        return str(self._path)

    async def table_counts(self) -> dict[str, int]:
        """How many rows each table of `corpus.tables.TABLES` holds."""
        async with self._snapshot() as conn:
            return {
                table: int(next(iter(await conn.execute_fetchall(f"SELECT COUNT(*) FROM {table}")))[0])
                for table in TABLES
            }

    async def dump(self, batch_size: int = 2000) -> AsyncIterator[tuple[str, list[Row]]]:
        """Every row of every table, as (table, rows) batches in the neutral form of `corpus.tables`, all from
        one snapshot. Holds the store until the iteration ends: for copying, not for a running bot."""
        async with self._snapshot() as conn:
            for table, columns in TABLES.items():
                converters = [_from_sqlite(column) for column in columns]
                async with conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {ORDER[table]}") as cursor:
                    while rows := await cursor.fetchmany(batch_size):
                        yield (
                            table,
                            [
                                tuple(convert(value) for convert, value in zip(converters, row, strict=True))
                                for row in rows
                            ],
                        )

    async def restore(self, batches: AsyncIterator[tuple[str, list[Row]]]) -> dict[str, int]:
        """Write dumped rows into this store, which must hold none (`StoreNotEmpty`), in one transaction:
        nothing is written unless everything is. How many rows each table received."""
        written = dict.fromkeys(TABLES, 0)
        async with self._transaction() as conn:
            for table in TABLES:
                present = await conn.execute_fetchall(f"SELECT EXISTS (SELECT 1 FROM {table})")
                if next(iter(present))[0]:
                    raise StoreNotEmpty(f"{self._path} already holds data ({table}); copy into an empty database")
            async for table, rows in batches:
                columns = TABLES[table]
                converters = [_to_sqlite(column) for column in columns]
                await conn.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                    [tuple(convert(value) for convert, value in zip(converters, row, strict=True)) for row in rows],
                )
                written[table] += len(rows)
        return written

    # -- maintenance -------------------------------------------------------------------------------------

    async def backup(self, dest_path: str | Path) -> Path:
        """Copy the live database to `dest_path` with SQLite's online backup (consistent while in use)."""
        dest = Path(dest_path)
        if dest.exists() and dest.resolve() == self._path.resolve():
            raise ValueError(f"backup destination {dest} is the database itself")
        dest.parent.mkdir(parents=True, exist_ok=True)
        async with self._lock:
            target = await aiosqlite.connect(str(dest))
            try:
                await self._connection().backup(target)
            finally:
                await target.close()
        return dest

    async def integrity_check(self, *, quick: bool = False) -> list[str]:
        """The lines of `PRAGMA integrity_check` (or the cheaper `quick_check`): ["ok"] for a sound database."""
        pragma = "quick_check" if quick else "integrity_check"
        async with self._lock:
            rows = await self._connection().execute_fetchall(f"PRAGMA {pragma}")
        return [str(row[0]) for row in rows]

    # -- internals ---------------------------------------------------------------------------------------

    def _connection(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise RuntimeError("the store is closed")
        return self._conn

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """A write transaction: IMMEDIATE takes the write lock up front so it cannot fail midway as busy."""
        async with self._lock:
            conn = self._connection()
            try:
                await conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                # BEGIN IMMEDIATE is where a write waits out busy_timeout for another process's lock.
                if error.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                    raise DatabaseBusy(self._path, self._busy_timeout_ms) from error
                raise
            try:
                yield conn
                await conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    await conn.execute("ROLLBACK")
                raise

    @asynccontextmanager
    async def _snapshot(self) -> AsyncIterator[aiosqlite.Connection]:
        """A read transaction, so several queries see one state even if another process writes between."""
        async with self._lock:
            conn = self._connection()
            await conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    await conn.execute("COMMIT")

    @staticmethod
    async def _log_changes(conn: aiosqlite.Connection, changes: list[tuple[str, AuditAction]]) -> None:
        at = _to_text(datetime.now(UTC))
        await conn.executemany(
            "INSERT INTO film_changes (film_id, action, at) VALUES (?, ?, ?)",
            [(film_id, action.value, at) for film_id, action in changes],
        )

    @staticmethod
    async def _audit(
        conn: aiosqlite.Connection,
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
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            (
                _to_text(datetime.now(UTC)),
                actor,
                action.value,
                film_id,
                title,
                guild_id,
                source_file,
                content_hash,
            ),
        )


def _visibility(guild_id: int | None, *, all_guilds: bool) -> tuple[str, tuple[Any, ...]]:
    if all_guilds:
        return "1", ()
    if guild_id is None:
        return "f.guild_id IS NULL", ()
    return "(f.guild_id IS NULL OR f.guild_id = ?)", (guild_id,)


class FilmReading(Protocol):
    """Reads one film with its passages synchronously, for the engine (which reads a film when first asked
    about it); raises `DatabaseBusy` when the store cannot answer now. `FilmReader` here, `PostgresFilmReader`
    for PostgreSQL."""

    def film(self, film_id: str) -> Film | None: ...
    def close(self) -> None: ...


class FilmReader:
    """Reads one film with its passages, synchronously, on a read-only connection of its own (stdlib sqlite3).

    For the engine, which answers synchronously and reads a film's passages only when asked about it: a
    primary-key read of one film's ~40 passages takes about a millisecond, less than scoring them.
    """

    def __init__(self, path: Path, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> None:
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None, check_same_thread=False
        )
        self._conn.row_factory = sqlite3.Row
        self._conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")

    def film(self, film_id: str) -> Film | None:
        """The film with its sections and passages, or None (removed meanwhile)."""
        if self._conn is None:
            raise sqlite3.ProgrammingError("the film reader is closed")
        conn = self._conn
        conn.execute("BEGIN")  # one snapshot for the film and its passages
        try:
            row = conn.execute("SELECT id, document FROM films WHERE id = ?", (film_id,)).fetchone()
            if row is None:
                return None
            passages = conn.execute(
                f"SELECT {_PASSAGE_COLUMNS} FROM passages WHERE film_id = ? ORDER BY ordinal", (film_id,)
            ).fetchall()
        finally:
            conn.execute("COMMIT")
        return _film(row, passages)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


# Every field of a Passage: what `_film` sets on each (shared, and never changed: setting a field adds to it).
_PASSAGE_FIELDS = set(Passage.model_fields)


def _film(row: aiosqlite.Row, passages: Iterable[aiosqlite.Row]) -> Film:
    film = Film.model_validate_json(row["document"])
    film.id = row["id"]
    # These rows were validated when saved and the schema's CHECKs hold them to it; validating 400,000 of them
    # again was a seventh of start-up at 10,000 films. Types are still converted explicitly. Every field is set,
    # so the passages share one set of set fields (pydantic would make one per passage: 728 of its ~2,500
    # bytes), and a section's heading is one string.
    film.passages = [
        Passage.model_construct(
            _PASSAGE_FIELDS,
            film_id=film.id,
            ordinal=p["ordinal"],
            section=sys.intern(p["section"]),
            section_kind=SectionKind(p["section_kind"]),
            text=p["text"],
            spoiler=bool(p["spoiler"]),
            position=p["position"],
            position_end=p["position_end"],
            time_mark=p["time_mark"],
        ).keep_terms(p["terms"] if p["terms_version"] == TERMS_VERSION else None)
        for p in passages
    ]
    return film


def _films(films: Iterable[aiosqlite.Row], passages: Iterable[aiosqlite.Row]) -> list[Film]:
    """Films with their passages, from film rows and passage rows ordered by film id, then ordinal."""
    by_film = {film_id: list(rows) for film_id, rows in itertools.groupby(passages, key=lambda r: r["film_id"])}
    return [_film(row, by_film.get(row["id"], [])) for row in films]


def _in_force(pref: PrefRow, now: datetime) -> PrefRow:
    """The preference as it stands at `now`: past its expiry, the lasting choice it covered."""
    if pref.expires_at is None or pref.expires_at > now or pref.then_scope is None:
        return pref
    return pref.model_copy(update={"scope": pref.then_scope, "expires_at": None, "then_scope": None})


def _from_sqlite(column: str) -> Callable[[Any], Any]:
    if column in TIME_COLUMNS:
        return lambda value: None if value is None else datetime.fromisoformat(value)
    if column in BOOL_COLUMNS:
        return bool
    return lambda value: value


def _to_sqlite(column: str) -> Callable[[Any], Any]:
    if column in TIME_COLUMNS:
        return lambda value: None if value is None else _to_text(value)
    if column in BOOL_COLUMNS:
        return int
    return lambda value: value


def _film_row(row: aiosqlite.Row) -> FilmRow:
    return FilmRow.model_validate(dict(row))


def _to_text(moment: datetime) -> str:
    """UTC ISO text with fixed precision, so comparing the strings in SQL compares the moments.

    Naive datetimes are taken as UTC, the zone filmbot keeps every time in.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")
