"""Taking turns to log in: processes sharing one PostgreSQL space their gateway IDENTIFYs as Discord requires.

Discord accepts one IDENTIFY per 5 s per concurrency bucket across all of a bot's connections. discord.py spaces
the shards of one process; several processes (clusters) would log in together. Each turn is a session-level
advisory lock held for the spacing after it was granted: the next process, waiting on the same lock, gets it only
then. A process that stops cleanly first waits for its turn to end (`turns_ended`); one that is killed loses
its session, and the lock with it, early: its successor may then log in sooner than 5 s after it (Discord then
delays that login; nothing is lost).
"""

from __future__ import annotations

import asyncio
import logging

import asyncpg

from corpus.postgres_db import APPLICATION_NAME, CONNECTION_ERRORS, LOCK_SPACE, first_line
from corpus.postgres_store import PostgresStore
from corpus.store_api import FilmStore

log = logging.getLogger(__name__)

IDENTIFY_LOCK = 3  # beside postgres_db's MIGRATE_LOCK (1) and FILM_WRITES_LOCK (2)
CONNECT_TIMEOUT_S = 5.0
# A turn starts when the lock is granted, a little before the IDENTIFY goes out (how long before varies by process
# and load): holding it this much longer keeps two IDENTIFYs at least the spacing apart.
SEND_MARGIN_S = 0.5

# Turns still being held: a task must be referenced until it ends, or it may be collected mid-sleep.
_held: set[asyncio.Task[None]] = set()


async def identify_turn(store: FilmStore, spacing_s: float) -> bool:
    """Wait for this process's turn to IDENTIFY; True once it is (the turn then lasts `spacing_s`), False when
    the store is not shared (SQLite) or PostgreSQL cannot be reached: the caller then spaces its own shards."""
    if not isinstance(store, PostgresStore):
        return False
    try:
        conn = await asyncpg.connect(
            store.dsn,
            timeout=CONNECT_TIMEOUT_S,
            server_settings={"application_name": f"{APPLICATION_NAME} identify"},
        )
    except (*CONNECTION_ERRORS, asyncpg.PostgresError, TimeoutError) as error:
        log.warning("no shared IDENTIFY turn (%s): spacing this process's shards only", first_line(error))
        return False
    try:
        await conn.execute("SELECT pg_advisory_lock($1, $2)", LOCK_SPACE, IDENTIFY_LOCK)
    except BaseException as error:
        conn.terminate()
        if isinstance(error, (*CONNECTION_ERRORS, asyncpg.PostgresError)):
            log.warning("no shared IDENTIFY turn (%s): spacing this process's shards only", first_line(error))
            return False
        raise
    task = asyncio.create_task(_release_after(conn, spacing_s + SEND_MARGIN_S), name="filmbot-identify-turn")
    _held.add(task)
    task.add_done_callback(_held.discard)
    return True


async def _release_after(conn: asyncpg.Connection, seconds: float) -> None:
    try:
        await asyncio.sleep(seconds)
    finally:
        conn.terminate()  # ending the session releases its advisory lock


async def turns_ended() -> None:
    """Wait until this process's turns are over: stopping sooner would hand the next process its turn early."""
    if _held:
        await asyncio.gather(*_held, return_exceptions=True)
