"""The store interface both backends implement, and `open_store`, which picks the backend from where the data is.

`corpus.store.Store` keeps films in a SQLite file through aiosqlite: the default, for one process.
`corpus.postgres_store.PostgresStore` keeps them in PostgreSQL through an asyncpg pool: for several processes
(shards, clusters, the command line) sharing one truth. tests/test_store_contract.py runs one set of tests on both.

Where the data is: a path, or `sqlite:///path` (as SQLAlchemy writes it: `sqlite:////abs/path` for an absolute
one), selects SQLite; `postgresql://user@host/db` (or `postgres://…`) selects PostgreSQL.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Protocol, Self, TypedDict, runtime_checkable

from corpus.db import DEFAULT_BUSY_TIMEOUT_MS
from corpus.models import Film
from corpus.postgres_db import (
    DEFAULT_POOL_MAX,
    DEFAULT_POOL_MIN,
    StoreUnavailable,
    describe_dsn,
    is_postgres_url,
)
from corpus.store import AuditEntry, DatabaseBusy, FilmChange, FilmReading, FilmRow, PrefRow, SaveOutcome, Store
from corpus.tables import Row

__all__ = [
    "DatabaseBusy",
    "FilmStore",
    "StoreSettings",
    "StoreUnavailable",
    "describe_location",
    "open_store",
    "parse_location",
]

SQLITE_URL_PREFIX = "sqlite:///"


class StoreSettings(TypedDict, total=False):
    """`open_store`'s settings (FILMBOT_DB_POOL_MIN / _MAX, FILMBOT_DB_TIMEOUT), from `Settings.store_settings`."""

    pool_min: int
    pool_max: int
    timeout: float


@runtime_checkable
class FilmStore(Protocol):
    """What the bot, the command line and the benchmarks may ask of a store (docs/DESIGN.md, "Storage").

    Every write is one transaction: on any failure nothing of it is stored. A write that cannot get through in time
    (another process's lock, an unreachable server) raises `DatabaseBusy` with a one-line message.
    """

    @property
    def location(self) -> str:
        """Where the data is, for people and logs; never holds a password."""
        ...

    async def close(self) -> None: ...

    async def __aenter__(self) -> Self: ...

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None: ...

    # films
    async def save_film(self, film: Film, *, replace: bool, actor: str | None) -> SaveOutcome: ...
    async def remove_film(self, film_id: str, *, actor: str | None) -> bool: ...
    async def get_film(self, film_id: str) -> Film | None: ...
    async def load_all_films(self) -> list[Film]: ...
    def film_batches(self, batch_size: int = 500) -> AsyncIterator[list[Film]]: ...
    async def film_stubs(self) -> list[Film]: ...
    async def refresh_terms(self, batch_size: int = 2000) -> int: ...
    def film_reader(self) -> FilmReading: ...
    async def list_films(self, guild_id: int | None = None, *, all_guilds: bool = False) -> list[FilmRow]: ...
    async def find_films(
        self, title: str, *, year: int | None = None, guild_id: int | None = None
    ) -> list[FilmRow]: ...
    async def count_films(self) -> int: ...
    async def data_version(self) -> int: ...
    async def audit_entries(self, limit: int = 50, *, guild_id: int | None = None) -> list[AuditEntry]: ...

    # spoiler preferences
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
    ) -> PrefRow: ...
    async def clear_pref(self, *, channel_id: int, user_id: int | None, film_id: str | None = None) -> bool: ...
    async def clear_prefs(self, channel_id: int, user_id: int | None) -> int: ...
    async def prefs_for(self, channel_id: int, user_id: int, now: datetime) -> list[PrefRow]: ...
    async def purge_expired_prefs(self, now: datetime) -> int: ...

    # reveal requests
    async def add_reveal(
        self, *, token: str, guild_id: int | None, channel_id: int, film_id: str, question: str, now: datetime
    ) -> None: ...
    async def get_reveal(self, token: str, *, not_before: datetime) -> tuple[str, str] | None: ...
    async def purge_reveals(self, *, before: datetime) -> int: ...

    # change log
    async def latest_change(self) -> int: ...
    async def changes_since(self, change_id: int, *, limit: int | None = None) -> list[FilmChange]: ...

    # copying and maintenance
    async def table_counts(self) -> dict[str, int]: ...
    def dump(self, batch_size: int = 2000) -> AsyncIterator[tuple[str, list[Row]]]: ...
    async def restore(self, batches: AsyncIterator[tuple[str, list[Row]]]) -> dict[str, int]: ...
    async def backup(self, dest_path: str | Path) -> Path: ...
    async def integrity_check(self, *, quick: bool = False) -> list[str]: ...


def parse_location(location: str | Path) -> Path | str:
    """A SQLite path (from a path or `sqlite:///…`) or a PostgreSQL URL, as given otherwise."""
    if isinstance(location, Path):
        return location
    text = location.strip()
    if is_postgres_url(text):
        return text
    if text.lower().startswith(SQLITE_URL_PREFIX):
        return Path(text[len(SQLITE_URL_PREFIX) :])
    if "://" in text:
        scheme = text.partition("://")[0]
        raise ValueError(
            f"unknown database URL scheme {scheme!r}: use a file path, sqlite:///path or "
            "postgresql://user@host/database"
        )
    return Path(text)


def describe_location(location: str | Path) -> str:
    """Where the data is, for a welcome line or a log: a PostgreSQL password shows as ***."""
    parsed = parse_location(location)
    return describe_dsn(parsed) if isinstance(parsed, str) else str(parsed)


async def open_store(
    location: str | Path,
    *,
    pool_min: int = DEFAULT_POOL_MIN,
    pool_max: int = DEFAULT_POOL_MAX,
    timeout: float = DEFAULT_BUSY_TIMEOUT_MS / 1000,
) -> FilmStore:
    """Open (creating and migrating as needed) the store at `location`.

    `timeout` (seconds): how long a write waits for another process's lock (both backends), and for PostgreSQL
    also for a connection, before failing as busy. `pool_min` / `pool_max`: PostgreSQL's connection pool.
    """
    parsed = parse_location(location)
    if isinstance(parsed, Path):
        return await Store.open(parsed, busy_timeout_ms=round(timeout * 1000))
    from corpus.postgres_store import PostgresStore  # asyncpg's pool only where PostgreSQL is used

    return await PostgresStore.open(parsed, pool_min=pool_min, pool_max=pool_max, timeout_s=timeout)
