"""What only PostgreSQL has, against a real server: migrating once under an advisory lock with ten processes'
worth of connections at once, refusing a newer schema, the server going away and coming back, a busy pool or
lock, passwords never shown, NOTIFY on film changes, change ids seen in commit order, pg_dump backups."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from pathlib import Path

import asyncpg
import pytest

from corpus.db import SchemaTooNewError
from corpus.postgres_db import (
    CHANGES_CHANNEL,
    FILM_WRITES_LOCK,
    LATEST_VERSION,
    LOCK_SPACE,
    MIGRATIONS,
    describe_dsn,
)
from corpus.postgres_store import BackupFailed, PostgresStore
from corpus.store import DatabaseBusy
from corpus.store_api import StoreUnavailable, describe_location, open_store
from tests.postgres_server import PostgresServer, free_port
from tests.store_backends import NOW, make_film, opened


async def _fetchval(dsn: str, sql: str) -> object:
    conn = await asyncpg.connect(dsn)
    try:
        return await conn.fetchval(sql)
    finally:
        await conn.close()


# -- migrations ---------------------------------------------------------------------------------------------


async def test_ten_processes_starting_at_once_migrate_once(postgres_db: str):
    # One more migration that records each time it runs, and takes long enough for all ten to be waiting on it.
    counted = (
        "CREATE TABLE migration_runs (pid integer); INSERT INTO migration_runs VALUES (pg_backend_pid()); "
        "SELECT pg_sleep(0.3);"
    )
    migrations = [*MIGRATIONS, counted]

    stores = await asyncio.gather(*(PostgresStore.open(postgres_db, migrations=migrations) for _ in range(10)))
    try:
        assert await _fetchval(postgres_db, "SELECT count(*) FROM migration_runs") == 1
        assert await _fetchval(postgres_db, "SELECT count(*) FROM schema_migrations") == LATEST_VERSION + 1
        assert [await store.count_films() for store in stores] == [0] * 10  # every one of them works
        await stores[3].save_film(make_film(), replace=False, actor="three")
        assert [await store.count_films() for store in stores] == [1] * 10
    finally:
        await asyncio.gather(*(store.close() for store in stores))


async def test_a_newer_database_is_refused_with_one_line_and_nothing_written(postgres_db: str):
    conn = await asyncpg.connect(postgres_db)
    try:
        await conn.execute(
            "CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at timestamptz); "
            f"INSERT INTO schema_migrations VALUES ({LATEST_VERSION + 1}, now())"
        )
    finally:
        await conn.close()

    with pytest.raises(SchemaTooNewError) as raised:
        await open_store(postgres_db)

    message = str(raised.value)
    assert "\n" not in message
    assert message == (
        f"database {describe_dsn(postgres_db)} has schema version {LATEST_VERSION + 1}, but this "
        f"filmbot only knows versions up to {LATEST_VERSION}; upgrade filmbot, or open a backup made "
        "by this version"
    )
    assert await _fetchval(postgres_db, "SELECT to_regclass('films')") is None


async def test_a_failing_migration_is_rolled_back_whole(postgres_db: str):
    await (await open_store(postgres_db)).close()
    bad = "CREATE TABLE half_done (x integer); INSERT INTO no_such_table VALUES (1);"

    with pytest.raises(asyncpg.UndefinedTableError):
        await PostgresStore.open(postgres_db, migrations=[*MIGRATIONS, bad])

    assert await _fetchval(postgres_db, "SELECT max(version) FROM schema_migrations") == LATEST_VERSION
    assert await _fetchval(postgres_db, "SELECT to_regclass('half_done')") is None
    async for store in opened(postgres_db):
        assert await store.integrity_check() == ["ok"]


# -- unavailable, busy --------------------------------------------------------------------------------------


async def test_server_stopped_fails_clearly_and_the_same_store_recovers(postgres: PostgresServer, postgres_db: str):
    async for store in opened(postgres_db, timeout=2):
        await store.save_film(make_film("Before", 2000), replace=False, actor="a")
        postgres.stop()
        try:
            attempts = [
                store.count_films(),
                store.save_film(make_film("During", 2001), replace=False, actor="a"),
                store.prefs_for(1, 2, NOW),
                store.remove_film("before-2000", actor="a"),
            ]
            for attempt in attempts:
                with pytest.raises(DatabaseBusy) as raised:
                    await attempt
                assert isinstance(raised.value, StoreUnavailable)
                message = str(raised.value)
                assert "\n" not in message and "unreachable" in message and "nothing was changed" in message
        finally:
            postgres.start()

        # Not reopened: the pool replaces its dead connections by itself.
        assert [row.id for row in await store.list_films()] == ["before-2000"]  # "During" was not half-written
        await store.save_film(make_film("After", 2002), replace=False, actor="a")
        assert await store.count_films() == 2
        assert [c.film_id for c in await store.changes_since(0)] == ["before-2000", "after-2002"]


async def test_an_unreachable_server_is_a_one_line_start_up_error_without_the_password():
    dsn = f"postgresql://filmbot:s3cret@127.0.0.1:{free_port()}/filmbot"

    with pytest.raises(StoreUnavailable) as raised:
        await open_store(dsn, timeout=2)

    message = str(raised.value)
    assert "\n" not in message and "s3cret" not in message
    assert message.startswith("database postgresql://filmbot:***@127.0.0.1:") and "unreachable" in message


async def test_all_connections_busy_fails_as_busy_after_the_timeout(postgres_db: str):
    async for store in opened(postgres_db, pool_max=1, timeout=0.3):
        await store.save_film(make_film(), replace=False, actor=None)
        dump = store.dump(batch_size=1)
        await anext(dump)  # a snapshot in progress holds the pool's only connection
        try:
            with pytest.raises(DatabaseBusy, match=r"busy: no connection was free within 0\.3 s; nothing was changed"):
                await store.count_films()
        finally:
            await dump.aclose()
        assert await store.count_films() == 1


async def test_a_film_write_waits_out_another_process_then_fails_as_busy(postgres_db: str):
    async for store in opened(postgres_db, timeout=0.3):
        other = await asyncpg.connect(postgres_db)
        try:
            async with other.transaction():
                await other.execute("SELECT pg_advisory_xact_lock($1, $2)", LOCK_SPACE, FILM_WRITES_LOCK)
                with pytest.raises(DatabaseBusy, match=r"another process held a lock for more than 0\.3 s"):
                    await store.save_film(make_film(), replace=False, actor=None)
                # Reads and other writes do not wait for film writes.
                assert await store.count_films() == 0
                await store.add_reveal(token="t", guild_id=None, channel_id=1, film_id="f", question="?", now=NOW)
        finally:
            await other.close()
        assert await store.table_counts() == {
            "films": 0,
            "passages": 0,
            "audit": 0,
            "spoiler_prefs": 0,
            "reveal_requests": 1,
            "film_changes": 0,
        }
        await store.save_film(make_film(), replace=False, actor=None)


# -- passwords ----------------------------------------------------------------------------------------------


async def test_the_location_never_shows_a_password(postgres_db: str):
    with_password = postgres_db.replace("filmbot@", "filmbot:s3cret@")  # trust auth: any password is accepted
    async for store in opened(with_password):
        assert store.location == postgres_db.replace("filmbot@", "filmbot:***@")
    assert describe_location(f"{postgres_db}?sslmode=require&password=s3cret") == (
        f"{postgres_db}?sslmode=require&password=***"
    )
    assert describe_location("postgres://u@h/db") == "postgres://u@h/db"
    assert describe_location("sqlite:////data/filmbot.db") == "/data/filmbot.db"


# -- the change log across processes ------------------------------------------------------------------------


async def test_every_film_change_notifies_listeners_with_its_id(postgres_db: str):
    listener = await asyncpg.connect(postgres_db)
    heard: asyncio.Queue[str] = asyncio.Queue()
    await listener.add_listener(CHANGES_CHANNEL, lambda *args: heard.put_nowait(args[3]))
    try:
        async for store in opened(postgres_db):
            await store.save_film(make_film("A", 2000), replace=False, actor=None)
            assert await asyncio.wait_for(heard.get(), 5) == "1"
            await store.save_film(make_film("a", 2000, words="x"), replace=True, actor=None)
            assert await asyncio.wait_for(heard.get(), 5) == "2"
            await store.remove_film("a-2000", actor=None)
            assert await asyncio.wait_for(heard.get(), 5) == "3"
            with pytest.raises(Exception):  # noqa: B017 - a failed write notifies nobody
                bad = make_film("B", 2000)
                bad.passages[1].ordinal = 0
                await store.save_film(bad, replace=False, actor=None)
            await store.set_pref(
                guild_id=None, channel_id=1, user_id=None, film_id=None, scope="on", expires_at=None, set_by=1
            )
            await asyncio.sleep(0.2)
            assert heard.empty()
    finally:
        await listener.close()


async def test_a_reader_polling_the_log_never_skips_a_change_of_concurrent_writers(postgres_db: str):
    writers = [await open_store(postgres_db) for _ in range(3)]
    reader = await open_store(postgres_db)
    seen: list[int] = []
    done = asyncio.Event()

    async def write(number: int) -> None:
        for i in range(8):
            await writers[number].save_film(make_film(f"W{number} {i}", 2000), replace=False, actor=None)

    async def read() -> None:
        while True:
            finished = done.is_set()
            seen.extend(c.id for c in await reader.changes_since(seen[-1] if seen else 0))
            if finished:
                return
            await asyncio.sleep(0)

    try:
        polling = asyncio.create_task(read())
        await asyncio.gather(*(write(n) for n in range(3)))
        done.set()
        await polling
        assert seen == list(range(1, 25))
    finally:
        for store in [*writers, reader]:
            await store.close()


# -- backups ------------------------------------------------------------------------------------------------


async def test_backup_is_a_pg_dump_that_restores(postgres: PostgresServer, postgres_db: str, tmp_path: Path):
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not on PATH")
    async for store in opened(postgres_db):
        await store.save_film(make_film(guild_id=7), replace=False, actor="alice")
        dest = await store.backup(tmp_path / "backups" / "filmbot.dump")
        films = await store.load_all_films()
    assert dest.stat().st_size > 0

    restored = postgres.create_database()
    subprocess.run(
        [str(postgres.bindir / "pg_restore"), "--no-owner", f"--dbname={restored}", str(dest)],
        check=True,
        capture_output=True,
    )
    async for copy in opened(restored):
        assert await copy.load_all_films() == films
        assert [e.actor for e in await copy.audit_entries()] == ["alice"]
    postgres.drop_database(restored)


async def test_backup_without_pg_dump_says_what_to_do(
    postgres_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    async for store in opened(postgres_db):
        monkeypatch.setenv("PATH", str(tmp_path))  # a PATH with no pg_dump on it
        with pytest.raises(BackupFailed) as raised:
            await store.backup(tmp_path / "x.dump")
    assert "\n" not in str(raised.value) and "pg_dump is not installed here" in str(raised.value)
    assert not (tmp_path / "x.dump").exists()
