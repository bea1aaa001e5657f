"""Opening PostgreSQL: the connection pool, schema migrations under an advisory lock, and what errors mean.

Every error that means "the server cannot serve this now" (refused or lost connections, a shutdown, no pooled
connection free, a lock held too long) becomes `StoreUnavailable`, a `DatabaseBusy`: callers already answer that
with "busy, nothing was changed, try again", and no transaction is ever half-committed by PostgreSQL.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import asyncpg

from corpus.db import SchemaTooNewError
from corpus.migrations import load as load_migrations
from corpus.store import DatabaseBusy

MIGRATIONS: list[str] = load_migrations("postgres")
LATEST_VERSION = len(MIGRATIONS)

URL_SCHEMES = ("postgresql", "postgres")

# Advisory lock keys (pg_advisory_xact_lock(LOCK_SPACE, key)): the first number keeps filmbot's locks apart from
# any other application's in the same database.
LOCK_SPACE = 0x46494C4D  # "FILM"
MIGRATE_LOCK = 1  # one process migrates at a time; the others then find the work done
FILM_WRITES_LOCK = 2  # film writes commit one at a time, so film_changes ids commit in order
# Notified (payload: the newest change id) in the same transaction as every film change.
CHANGES_CHANNEL = "filmbot_film_changes"

DEFAULT_TIMEOUT_S = 5.0
DEFAULT_POOL_MIN = 1
DEFAULT_POOL_MAX = 10
# A statement running longer than this is abandoned: a server that stopped answering must not hang the bot.
COMMAND_TIMEOUT_S = 120.0
# Waiting for another process's migration: a big one may take minutes, and giving up early helps nobody.
MIGRATION_LOCK_TIMEOUT = "10min"
APPLICATION_NAME = "filmbot"


class StoreUnavailable(DatabaseBusy):
    """PostgreSQL cannot serve the request now (unreachable, shutting down, all connections busy, a lock held too
    long); nothing was changed. The message is one line and never holds a password."""

    def __init__(self, message: str) -> None:
        # Not DatabaseBusy's __init__: its message speaks of SQLite's write lock.
        Exception.__init__(self, message)


# Errors that mean the connection or the server is gone, whatever was being done.
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (
    OSError,  # refused, reset, unreachable (ConnectionError is one)
    asyncpg.PostgresConnectionError,  # lost mid-query, or refused by the server at connect
    asyncpg.exceptions.OperatorInterventionError,  # the server is shutting down or starting up
    asyncpg.exceptions.InsufficientResourcesError,  # too many connections, disk full
)


# A connection whose server said goodbye (the FATAL error it sends when it shuts down or ends a session) before
# the socket's close was read: it looks open, and its next query fails with this rather than a connection error.
# asyncpg raises it only for a protocol in a state it cannot continue from, so the connection is never reused.
BROKEN_PROTOCOL = asyncpg.exceptions.InternalClientError


def is_postgres_url(location: object) -> bool:
    return isinstance(location, str) and location.partition("://")[0].lower() in URL_SCHEMES


def describe_dsn(dsn: str) -> str:
    """The URL for people and logs: a password, in the user part or as a parameter, shows as ***."""
    parts = urlsplit(dsn)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        user, has_password, _ = userinfo.partition(":")
        netloc = f"{user}:***@{host}" if has_password else f"{user}@{host}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, "***" if k.lower() in ("password", "passfile") else v) for k, v in pairs], safe="*")
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    reason = text[0] if text else ""
    if isinstance(error, OSError) and error.strerror:
        reason = error.strerror
    return reason.rstrip(".") or type(error).__name__


def unreachable(location: str, error: BaseException) -> StoreUnavailable:
    return StoreUnavailable(f"database {location} is unreachable ({first_line(error)}); nothing was changed, try again")


def broke_off(location: str) -> StoreUnavailable:
    return StoreUnavailable(
        f"database {location} is unreachable (the connection broke off); nothing was changed, try again"
    )


def pool_busy(location: str, timeout_s: float) -> StoreUnavailable:
    return StoreUnavailable(
        f"database {location} is busy: no connection was free within {timeout_s:g} s; nothing was changed, try again"
    )


def lock_busy(location: str, timeout_s: float) -> StoreUnavailable:
    return StoreUnavailable(
        f"database {location} is busy: another process held a lock for more than {timeout_s:g} s; nothing was "
        "changed, try again"
    )


def no_answer(location: str) -> StoreUnavailable:
    return StoreUnavailable(
        f"database {location} did not answer within {COMMAND_TIMEOUT_S:g} s; nothing was changed, try again"
    )


async def create_pool(
    dsn: str,
    *,
    pool_min: int = DEFAULT_POOL_MIN,
    pool_max: int = DEFAULT_POOL_MAX,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    migrations: Sequence[str] = MIGRATIONS,
) -> asyncpg.Pool:
    """A pool of connections to `dsn`, its schema migrated to the latest version.

    `timeout_s` bounds connecting, waiting for a free pooled connection and waiting for another process's lock.
    Raises `StoreUnavailable` when the server cannot be reached or refuses us, and `SchemaTooNewError`, having
    written nothing, when the schema is newer than `migrations` knows.
    """
    if pool_min < 0 or pool_max < 1 or pool_min > pool_max:
        raise ValueError(f"pool sizes must satisfy 0 <= min <= max and max >= 1 (min {pool_min}, max {pool_max})")
    location = describe_dsn(dsn)
    try:
        pool = await asyncpg.create_pool(
            dsn,
            min_size=pool_min,
            max_size=pool_max,
            timeout=timeout_s,  # connecting
            command_timeout=COMMAND_TIMEOUT_S,
            server_settings={
                "application_name": APPLICATION_NAME,
                # A write waiting for another process's lock fails as busy after this, as SQLite's busy_timeout.
                "lock_timeout": f"{int(timeout_s * 1000)}ms",
                "timezone": "UTC",
            },
        )
    except CONNECTION_ERRORS as error:
        raise unreachable(location, error) from error
    except TimeoutError as error:
        raise StoreUnavailable(f"database {location} did not accept a connection within {timeout_s:g} s") from error
    except asyncpg.PostgresError as error:  # a wrong password, a database that does not exist
        raise StoreUnavailable(f"cannot use database {location}: {first_line(error)}") from error
    try:
        async with acquire(pool, location, timeout_s) as conn:
            await migrate(conn, location, migrations=migrations)
    except BaseException:
        pool.terminate()
        raise
    return pool


@contextlib.asynccontextmanager
async def acquire(pool: asyncpg.Pool, location: str, timeout_s: float) -> AsyncIterator[asyncpg.Connection]:
    """A pooled connection, with every "cannot serve now" error of getting it or using it as StoreUnavailable."""
    try:
        conn = await pool.acquire(timeout=timeout_s)
    except TimeoutError:
        raise pool_busy(location, timeout_s) from None
    except CONNECTION_ERRORS as error:
        raise unreachable(location, error) from error
    try:
        yield conn
    except asyncpg.exceptions.LockNotAvailableError as error:
        raise lock_busy(location, timeout_s) from error
    except CONNECTION_ERRORS as error:
        raise unreachable(location, error) from error
    except asyncpg.InterfaceError as error:
        if conn.is_closed():  # "connection is closed": the server went away between two statements
            raise unreachable(location, error) from error
        raise
    except BROKEN_PROTOCOL as error:
        conn.terminate()  # closed, so the pool replaces it instead of handing it out again
        raise broke_off(location) from error
    except TimeoutError as error:
        raise no_answer(location) from error
    finally:
        # A broken connection is dropped by the pool and replaced on the next acquire: that is how the store
        # recovers by itself when the server is back. (asyncpg terminates a connection it cannot reset; its error
        # must not replace the block's own outcome, least of all a cancellation.)
        with contextlib.suppress(Exception):
            await pool.release(conn, timeout=timeout_s)


async def schema_version(conn: asyncpg.Connection) -> int:
    """The schema's version: the newest row of schema_migrations, 0 for a database never migrated."""
    if await conn.fetchval("SELECT to_regclass('schema_migrations')") is None:
        return 0
    return int(await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))


async def migrate(conn: asyncpg.Connection, location: str, *, migrations: Sequence[str] = MIGRATIONS) -> int:
    """Apply every migration the database has not had yet, each in its own transaction; return the version.

    Each transaction first takes the migration advisory lock, then reads the version: of ten processes starting
    at once, one migrates and nine wait, then find nothing left to do. A failing migration is rolled back whole
    (PostgreSQL's DDL is transactional), leaving the version it had.
    """
    found = await schema_version(conn)
    if found > len(migrations):
        raise SchemaTooNewError(location, found, len(migrations))
    if found == len(migrations):
        return found  # the common case: no lock taken, nothing written
    for target, script in enumerate(migrations, start=1):
        async with conn.transaction():
            await conn.execute(f"SET LOCAL lock_timeout = '{MIGRATION_LOCK_TIMEOUT}'")
            await conn.execute("SELECT pg_advisory_xact_lock($1, $2)", LOCK_SPACE, MIGRATE_LOCK)
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            )
            current = await schema_version(conn)  # under the lock: another process may have done it meanwhile
            if current > len(migrations):
                raise SchemaTooNewError(location, current, len(migrations))
            if current >= target:
                continue
            await conn.execute(script)
            await conn.execute("INSERT INTO schema_migrations (version) VALUES ($1)", target)
    return await schema_version(conn)


async def problems(dsn: str, *, timeout_s: float = DEFAULT_TIMEOUT_S) -> list[str]:
    """What is wrong with the PostgreSQL database at `dsn`, one line each; [] when it is reachable, at the schema
    version this filmbot writes, and holds films. Read-only: it never migrates or creates anything."""
    location = describe_dsn(dsn)
    try:
        conn = await asyncpg.connect(dsn, timeout=timeout_s, server_settings={"application_name": APPLICATION_NAME})
    except (*CONNECTION_ERRORS, TimeoutError, asyncpg.PostgresError) as error:
        return [f"cannot connect to {location}: {first_line(error)}"]
    try:
        version = await schema_version(conn)
        if version == 0:
            return [f"{location} is not a filmbot database (it has no schema_migrations table)"]
        if version > LATEST_VERSION:
            return [str(SchemaTooNewError(location, version, LATEST_VERSION))]
        if not await conn.fetchval("SELECT EXISTS (SELECT 1 FROM films)"):
            return [f"{location} holds no films: the bot would have nothing to answer from"]
    except (*CONNECTION_ERRORS, asyncpg.PostgresError) as error:
        return [f"cannot read {location}: {first_line(error)}"]
    finally:
        with contextlib.suppress(*CONNECTION_ERRORS, asyncpg.InterfaceError):
            await asyncio.wait_for(conn.close(), timeout_s)
    return []
