"""Waking a process when another one changes the films: PostgreSQL's LISTEN, or a poll of SQLite.

A feed only says "look now"; what changed is read from the change log (`FilmStore.changes_since`), so a missed or
doubled wake-up costs one cheap read, never a wrong film. PostgreSQL does not replay notifications to a
connection that was away, so the feed also wakes its reader after every (re)connect: that is the catch-up.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Protocol

import asyncpg

from corpus.postgres_db import APPLICATION_NAME, CHANGES_CHANNEL, first_line
from corpus.postgres_store import PostgresStore
from corpus.store_api import FilmStore

log = logging.getLogger(__name__)

# SQLite has no notifications; reading the newest change id is one indexed lookup, so once a second is cheap.
SQLITE_POLL_S = 1.0
# How often a quiet LISTEN connection is checked: a server that vanished without closing the socket (a network
# partition) would otherwise leave the feed waiting on a dead connection.
PING_S = 5.0
# Reconnecting waits this long after the first failure, doubling up to RETRY_MAX_S while the server stays away.
RETRY_MIN_S = 0.2
RETRY_MAX_S = 2.0


def cancelled_into(error: Exception) -> None:
    """Raise `CancelledError` if this task was cancelled and `error` is what a library made of it (asyncpg
    resetting a pooled connection after the cancelled query failed with its own error): a loop that retries
    on errors must still end when cancelled, or the bot's shutdown waits for ever."""
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError from error


class ChangeFeed(Protocol):
    async def run(self, wake: Callable[[], None]) -> None:
        """Until cancelled: call `wake()` whenever films may have changed, and once as soon as it starts."""


def change_feed(store: FilmStore) -> ChangeFeed:
    """The feed that fits the store: LISTEN on PostgreSQL, polling on SQLite."""
    if isinstance(store, PostgresStore):
        return PostgresFeed(store.dsn, location=store.location)
    return PollingFeed(SQLITE_POLL_S)


class PollingFeed:
    """Wakes every `interval` seconds: the reader's check of the newest change id is the real test."""

    def __init__(self, interval: float) -> None:
        self.interval = interval

    async def run(self, wake: Callable[[], None]) -> None:
        while True:
            wake()
            await asyncio.sleep(self.interval)


class PostgresFeed:
    """LISTEN on a connection of its own (not the pool's: a pooled connection is reset and handed around)."""

    def __init__(self, dsn: str, *, location: str, ping_s: float = PING_S) -> None:
        self._dsn = dsn
        self._location = location
        self._ping_s = ping_s
        self.connects = 0  # how many times it has (re)connected: for tests and logs
        self._down = False

    async def run(self, wake: Callable[[], None]) -> None:
        delay = RETRY_MIN_S
        while True:
            connects = self.connects
            try:
                await self._listen(wake)
            except Exception as error:
                cancelled_into(error)
                # Not only connection errors: asyncpg can also fail with an internal state error when the server
                # goes away mid-handshake. A feed that died would leave the films stale until a restart.
                if not self._down:  # once per outage, not once per retry
                    log.warning("film change feed from %s lost (%s); reconnecting", self._location, first_line(error))
                self._down = True
            if self.connects > connects:
                delay = RETRY_MIN_S  # it was up: the next try may well work at once
            await asyncio.sleep(delay)
            delay = min(delay * 2, RETRY_MAX_S)

    async def _listen(self, wake: Callable[[], None]) -> None:
        conn = await asyncpg.connect(
            self._dsn, timeout=RETRY_MAX_S, server_settings={"application_name": f"{APPLICATION_NAME} listener"}
        )
        lost = asyncio.Event()
        try:
            conn.add_termination_listener(lambda _conn: lost.set())
            await conn.add_listener(CHANGES_CHANNEL, lambda *_: wake())
            self.connects += 1
            if self._down:
                log.info("film change feed from %s is back; catching up", self._location)
                self._down = False
            wake()  # whatever was committed while no one listened is in the change log
            while not lost.is_set():
                # asyncio.timeout, not wait_for: on Python 3.11, wait_for drops a cancellation that lands as the
                # wait ends (CPython gh-86296), so a feed cancelled as the server went away ran on for ever.
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self._ping_s):
                        await lost.wait()
                if not lost.is_set():
                    await conn.fetchval("SELECT 1", timeout=self._ping_s)
            raise ConnectionResetError("the server closed the listening connection")
        finally:
            if not conn.is_closed():
                conn.terminate()  # nothing to finish on a listening connection: drop the socket
