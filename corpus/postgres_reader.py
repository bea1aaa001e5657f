"""`PostgresFilmReader`: reads one film with its passages from PostgreSQL synchronously, for the engine.

The engine answers synchronously and reads a film's passages only when first asked about it (SQLite does that
through `corpus.store.FilmReader`, a read-only stdlib connection). asyncpg has no synchronous API, so this reader
keeps one connection on an event loop of its own, in a daemon thread, and the caller waits for the read: a
primary-key read of ~40 passages takes about a millisecond, as on SQLite. One connection, opened when first
needed and again after the server went away, so a process holds no passage of a film nobody asked about.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from concurrent.futures import TimeoutError as FutureTimeout

import asyncpg

from corpus.models import Film
from corpus.postgres_db import (
    APPLICATION_NAME,
    BROKEN_PROTOCOL,
    CONNECTION_ERRORS,
    StoreUnavailable,
    broke_off,
    describe_dsn,
    unreachable,
)
from corpus.store import _PASSAGE_COLUMNS, _film


async def read_film(conn: asyncpg.Connection, film_id: str, *, timeout: float | None = None) -> Film | None:
    """One film with its sections and passages in ordinal order, or None; the caller holds the snapshot."""
    row = await conn.fetchrow("SELECT id, document FROM films WHERE id = $1", film_id, timeout=timeout)
    if row is None:
        return None
    passages = await conn.fetch(
        f"SELECT {_PASSAGE_COLUMNS} FROM passages WHERE film_id = $1 ORDER BY ordinal", film_id, timeout=timeout
    )
    return _film(row, passages)


# After a failed read, fail at once for this long: the caller is the bot's event loop, which must not wait for
# an unreachable server question after question (heartbeats would stall).
RETRY_AFTER_S = 1.0
# Bounds how long one read may hold the caller, however long the store's own time-out is.
MAX_WAIT_S = 3.0


class PostgresFilmReader:
    """Synchronous single-film reads on a connection of its own; `StoreUnavailable` when the server is away."""

    def __init__(self, dsn: str, *, timeout_s: float) -> None:
        self._dsn = dsn
        self._location = describe_dsn(dsn)
        self._timeout_s = timeout_s
        self._conn: asyncpg.Connection | None = None
        self._failed: tuple[float, StoreUnavailable] | None = None
        self._loop: asyncio.AbstractEventLoop | None = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="filmbot-film-reader", daemon=True)
        self._thread.start()

    def film(self, film_id: str) -> Film | None:
        """The film with its sections and passages, or None (removed meanwhile)."""
        if self._loop is None:
            raise RuntimeError("the film reader is closed")
        if self._failed is not None:
            failed_at, error = self._failed
            if time.monotonic() - failed_at < RETRY_AFTER_S:
                raise StoreUnavailable(str(error))
        future = asyncio.run_coroutine_threadsafe(self._read(film_id), self._loop)
        wait = min(2 * self._timeout_s, MAX_WAIT_S)
        try:
            film = future.result(timeout=wait)
        except FutureTimeout:
            future.cancel()
            self._failed = (
                time.monotonic(),
                StoreUnavailable(f"database {self._location} did not answer within {wait:g} s; try again"),
            )
            raise self._failed[1] from None
        except StoreUnavailable as error:
            self._failed = (time.monotonic(), error)
            raise
        self._failed = None
        return film

    async def _read(self, film_id: str) -> Film | None:
        try:
            conn = await self._connection()
            async with conn.transaction(isolation="repeatable_read", readonly=True):
                return await read_film(conn, film_id, timeout=self._timeout_s)
        except (*CONNECTION_ERRORS, asyncpg.InterfaceError, TimeoutError) as error:
            await self._drop()
            raise unreachable(self._location, error) from error
        except BROKEN_PROTOCOL as error:
            await self._drop()
            raise broke_off(self._location) from error

    async def _connection(self) -> asyncpg.Connection:
        if self._conn is None or self._conn.is_closed():
            self._conn = await asyncpg.connect(
                self._dsn,
                timeout=self._timeout_s,
                server_settings={"application_name": APPLICATION_NAME, "timezone": "UTC"},
            )
        return self._conn

    async def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.terminate()

    def close(self) -> None:
        loop, self._loop = self._loop, None
        if loop is None:
            return
        with contextlib.suppress(FutureTimeout):
            asyncio.run_coroutine_threadsafe(self._drop(), loop).result(timeout=self._timeout_s)
        loop.call_soon_threadsafe(loop.stop)
        self._thread.join(timeout=self._timeout_s)
        if not self._thread.is_alive():
            loop.close()
