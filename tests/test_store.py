"""The SQLite backend's own parts: connection settings, migrations, backup, identity keys. Everything both backends
do (round trips, replacement, atomicity, listings, audit, preferences, reveal tokens, the change log) is in
tests/test_store_contract.py, which runs on this backend too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus.db import LATEST_VERSION, MIGRATIONS, SchemaTooNewError, connect, migrate, schema_version
from corpus.store import Store, identity_key
from tests.store_backends import make_film


@pytest.fixture
async def store(tmp_path: Path):
    async with await Store.open(tmp_path / "data" / "filmbot.db") as opened:
        yield opened


def raw(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection, to check what is really in the file."""
    return sqlite3.connect(path)


# -- db: connection settings and migrations -----------------------------------------------------------------


async def test_connect_sets_wal_foreign_keys_busy_timeout_and_creates_dirs(tmp_path: Path):
    path = tmp_path / "a" / "b" / "filmbot.db"
    conn = await connect(path)
    try:
        pragmas = {}
        for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous", "user_version"):
            async with conn.execute(f"PRAGMA {name}") as cursor:
                pragmas[name] = (await cursor.fetchone())[0]
    finally:
        await conn.close()

    assert pragmas == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "busy_timeout": 5000,
        "synchronous": 1,  # NORMAL
        "user_version": LATEST_VERSION,
    }


async def test_a_version_0_database_is_migrated(tmp_path: Path):
    path = tmp_path / "old.db"
    with raw(path) as db:
        db.execute("CREATE TABLE unrelated (x)")  # a file that exists but has never been migrated
    assert raw(path).execute("PRAGMA user_version").fetchone() == (0,)

    async with await Store.open(path) as store:
        await store.save_film(make_film(), replace=False, actor=None)
        assert await store.count_films() == 1

    with raw(path) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (LATEST_VERSION,)
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"films", "passages", "audit", "spoiler_prefs", "unrelated"} <= tables


async def test_a_newer_database_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "future.db"
    with raw(path) as db:
        db.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")

    with pytest.raises(SchemaTooNewError, match=rf"schema version {LATEST_VERSION + 1}.*up to {LATEST_VERSION}"):
        await Store.open(path)

    with raw(path) as db:
        assert db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone() == (0,)


async def test_appended_migrations_run_from_any_earlier_version(tmp_path: Path):
    path = tmp_path / "filmbot.db"
    async with await Store.open(path) as store:
        await store.save_film(make_film(), replace=False, actor=None)

    version_2 = "ALTER TABLE films ADD COLUMN note TEXT;\nCREATE INDEX films_note ON films (note);"
    conn = await connect(path, migrations=[*MIGRATIONS, version_2])
    try:
        assert await schema_version(conn) == LATEST_VERSION + 1
        async with conn.execute("SELECT id, note FROM films") as cursor:
            assert [tuple(r) for r in await cursor.fetchall()] == [("stalker-1979", None)]
        # Running again is a no-op: every migration is already applied.
        assert await migrate(conn, migrations=[*MIGRATIONS, version_2]) == LATEST_VERSION + 1
    finally:
        await conn.close()


async def test_a_failing_migration_is_rolled_back_whole(tmp_path: Path):
    path = tmp_path / "filmbot.db"
    await (await connect(path)).close()
    bad = "CREATE TABLE half_done (x);\nINSERT INTO no_such_table VALUES (1);"

    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        await connect(path, migrations=[*MIGRATIONS, bad])

    with raw(path) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (LATEST_VERSION,)
        assert db.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None


# -- maintenance --------------------------------------------------------------------------------------------


async def test_backup_makes_a_database_that_opens_with_the_films(store: Store, tmp_path: Path):
    films = [make_film("One", 2001), make_film("Two", 2002, guild_id=3)]
    for film in films:
        await store.save_film(film, replace=False, actor="alice")

    dest = await store.backup(tmp_path / "backups" / "copy.db")

    async with await Store.open(dest) as copy:
        assert await copy.load_all_films() == films
        assert [e.actor for e in await copy.audit_entries()] == ["alice", "alice"]
        assert await copy.integrity_check() == ["ok"]
    with pytest.raises(ValueError, match="database itself"):
        await store.backup(store.path)


# -- title keys ---------------------------------------------------------------------------------------------


def test_identity_key_ignores_case_punctuation_and_spacing():
    assert identity_key("Schindler's  List") == identity_key("schindlers list") == "schindlers list"
    assert identity_key("Amélie") == "amélie"
    assert identity_key("Сталкер!") == "сталкер"


@given(st.text())
def test_identity_key_is_idempotent(title: str):
    assert identity_key(identity_key(title)) == identity_key(title)
