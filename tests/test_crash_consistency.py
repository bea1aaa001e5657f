"""A real process killed with SIGKILL in the middle of writing a big film leaves a sound database holding either
the complete old version or the complete new one: never a mix, never nothing; a killed removal leaves the film
either whole or gone, with no orphan passages. Both backends: a SQLite file, and a PostgreSQL database on the test
session's throwaway server.

tests/crash_worker.py does the writing: it builds a film of `passages` passages (so one save transaction takes a
noticeable fraction of a second), prints "saving" or "removing" right before calling the store, and is killed
at several points: at once, when the transaction first writes (SQLite: its write-ahead log grows; PostgreSQL: its
server process holds a transaction id), when the log has grown by a few MB, and after fixed delays. Passage texts
name their version. The audit log and the change log must agree with what is stored: they are written in the same
transaction as the film.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import pytest

from corpus.store import AuditAction
from corpus.store_api import open_store
from tests.store_backends import location_for

WORKER = Path(__file__).resolve().parent / "crash_worker.py"
FILM_ID = "crash-test-2001"
TIMEOUT = 60.0

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


@dataclass(frozen=True)
class Kill:
    """When to kill: once the write has begun and its log grew by `logged` bytes, else `delay` s after the signal
    line."""

    label: str
    delay: float = 0.0
    logged: int | None = None


@dataclass(frozen=True)
class Backend:
    name: str
    passages: int
    save_kills: list[Kill]
    remove_kills: list[Kill]


# A save of 20,000 passages takes ~0.6 s here and its log grows to ~5 MB; a removal is quicker.
SQLITE = Backend(
    "sqlite",
    passages=20_000,
    save_kills=[
        Kill("at once"),
        Kill("first log write", logged=1),
        Kill("log 3 MB", logged=3_000_000),
        Kill("0.3 s", 0.3),
    ],
    remove_kills=[
        Kill("at once"),
        Kill("first log write", logged=1),
        Kill("log 1 MB", logged=1_000_000),
        Kill("0.1 s", 0.1),
    ],
)
# PostgreSQL writes 20,000 passages in ~0.9 s (~8 MB of WAL): a quarter of them keeps the test quick and the
# transaction still long enough to kill inside. A removal is one cascading DELETE of ~10 ms.
POSTGRES = Backend(
    "postgres",
    passages=5_000,
    save_kills=[Kill("at once"), Kill("first write", logged=1), Kill("WAL 1 MB", logged=1_000_000), Kill("0.1 s", 0.1)],
    remove_kills=[Kill("at once"), Kill("first write", logged=1), Kill("0.005 s", 0.005)],
)


class Database:
    """The database under test and what the test watches in it while the worker writes."""

    def __init__(self, backend: Backend, location: str) -> None:
        self.backend = backend
        self.location = location

    def start_watching(self) -> None:
        """Called when the worker says it is about to write."""

    def logged(self) -> int:
        """How many bytes the worker's transaction has logged so far (0: it has not written yet)."""
        raise NotImplementedError

    def settle(self) -> None:
        """Wait until the killed worker can no longer change anything."""

    def raw_checks(self, passages: int) -> None:
        """Below the store: no orphan passages, and exactly `passages` passages in all."""
        raise NotImplementedError

    def close(self) -> None:
        pass


class SqliteDatabase(Database):
    def logged(self) -> int:
        wal = Path(self.location + "-wal")
        return wal.stat().st_size if wal.exists() else 0

    def raw_checks(self, passages: int) -> None:
        with sqlite3.connect(self.location) as raw:
            assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
            orphans = raw.execute("SELECT COUNT(*) FROM passages WHERE film_id NOT IN (SELECT id FROM films)")
            assert orphans.fetchone() == (0,)
            assert raw.execute("SELECT COUNT(*) FROM passages").fetchone() == (passages,)
        raw.close()


class PostgresDatabase(Database):
    """Watched through a connection of its own, kept open on a private event loop (the test itself is sync)."""

    def __init__(self, backend: Backend, location: str) -> None:
        super().__init__(backend, location)
        self._loop = asyncio.new_event_loop()
        self._conn: asyncpg.Connection = self._loop.run_until_complete(asyncpg.connect(location))
        self._start_lsn = "0/0"

    def _fetch(self, sql: str, *args: object) -> list[asyncpg.Record]:
        rows: list[asyncpg.Record] = self._loop.run_until_complete(self._conn.fetch(sql, *args))
        return rows

    def start_watching(self) -> None:
        self._start_lsn = str(self._fetch("SELECT pg_current_wal_insert_lsn()::text")[0][0])

    def logged(self) -> int:
        # A server process gets a transaction id at its first write; the WAL is the whole server's, but nothing
        # else writes while the worker does.
        (row,) = self._fetch(
            "SELECT bool_or(backend_xid IS NOT NULL) AS writing, "
            "pg_wal_lsn_diff(pg_current_wal_insert_lsn(), $1::text::pg_lsn) AS wal "
            "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
            self._start_lsn,
        )
        return max(int(row["wal"]), 1) if row["writing"] else 0

    def settle(self) -> None:
        # The server notices the dead client when it next reads from it, and then rolls back; until its process is
        # gone, a COMMIT the worker sent just before the kill could still land after we looked.
        deadline = time.monotonic() + TIMEOUT
        while self._others() and time.monotonic() < deadline:
            time.sleep(0.005)
        assert not self._others(), "the killed worker's server process outlived it"

    def _others(self) -> int:
        return int(
            self._fetch(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )[0][0]
        )

    def raw_checks(self, passages: int) -> None:
        # Foreign keys are always enforced by PostgreSQL; the orphan count checks that they exist.
        (row,) = self._fetch(
            "SELECT (SELECT count(*) FROM passages WHERE film_id NOT IN (SELECT id FROM films)) AS orphans, "
            "(SELECT count(*) FROM passages) AS passages"
        )
        assert (row["orphans"], row["passages"]) == (0, passages)

    def close(self) -> None:
        self._loop.run_until_complete(self._conn.close())
        self._loop.close()


@pytest.fixture(params=[SQLITE, POSTGRES], ids=lambda backend: backend.name)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    backend: Backend = request.param
    location = location_for(backend.name, request, tmp_path)
    database: Database
    if isinstance(location, Path):
        location.parent.mkdir(parents=True, exist_ok=True)
        database = SqliteDatabase(backend, str(location))
    else:
        database = PostgresDatabase(backend, location)
    yield database
    database.close()


def _worker(db: Database, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), db.location, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=WORKER.parents[1],
    )


def _run_to_end(db: Database, *args: str) -> None:
    process = _worker(db, *args)
    out, err = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 0, err
    assert out.split()[-1] == "done"


def _kill_during(db: Database, kill: Kill, *args: str) -> bool:
    """Run the worker and SIGKILL it at `kill`; True if it was killed before it finished."""
    process = _worker(db, *args)
    try:
        assert process.stdout is not None
        started = process.stdout.readline().strip()
        assert started in ("saving", "removing"), process.communicate(timeout=TIMEOUT)
        db.start_watching()
        deadline = time.monotonic() + TIMEOUT
        if kill.logged is not None:
            while process.poll() is None and time.monotonic() < deadline:
                if db.logged() >= kill.logged:
                    break
                time.sleep(0.0005)
        else:
            time.sleep(kill.delay)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=TIMEOUT)
        if process.stdout is not None:
            process.stdout.close()
        if process.stderr is not None:
            process.stderr.close()
    db.settle()
    # It may have finished between the poll and the kill: then it exited normally, having saved.
    assert process.returncode in (0, -signal.SIGKILL), process.returncode
    return process.returncode == -signal.SIGKILL


def _state(db: Database) -> int | None:
    """Open the database after the crash and return the version of the film it holds whole (None: no film).

    Fails if the database is damaged, or the film is a mix of versions, is missing passages, or left orphans, or
    the audit and change logs disagree with what is stored.
    """
    passages = db.backend.passages

    async def read() -> int | None:
        async with await open_store(db.location) as store:
            assert await store.integrity_check() == ["ok"]
            film = await store.get_film(FILM_ID)
            rows = await store.list_films(all_guilds=True)
            (last_audit,) = await store.audit_entries(1)
            last_change = (await store.changes_since(0))[-1]
        assert (last_audit.film_id, last_change.film_id) == (FILM_ID, FILM_ID)
        if film is None:
            assert rows == []
            assert last_audit.action == last_change.action == AuditAction.REMOVE
            return None
        assert [row.id for row in rows] == [FILM_ID]
        version = int(film.source_file.removeprefix("crash-v").removesuffix(".md")) if film.source_file else -1
        assert film.content_hash == f"hash-v{version}"
        assert [p.text for p in film.sections[0].paragraphs] == [f"version {version}"]
        assert [p.ordinal for p in film.passages] == list(range(passages))
        mixed = [p.text for p in film.passages if not p.text.startswith(f"v{version} passage {p.ordinal} ")]
        assert not mixed, f"version {version} holds passages of another version: {mixed[:3]}"
        assert rows[0].passages == passages
        assert last_audit.action == last_change.action != AuditAction.REMOVE
        assert last_audit.content_hash == film.content_hash
        return version

    version = asyncio.run(read())
    db.raw_checks(passages if version is not None else 0)
    return version


def test_a_replace_killed_midway_leaves_the_old_or_the_new_version_whole(db: Database) -> None:
    passages = str(db.backend.passages)
    _run_to_end(db, "seed", "1", passages)
    assert _state(db) == 1

    current, outcomes = 1, []
    for attempt, kill in enumerate(db.backend.save_kills, start=2):
        killed = _kill_during(db, kill, "save", str(attempt), passages)
        found = _state(db)
        assert found in (current, attempt), f"{kill.label}: found version {found}, expected {current} or {attempt}"
        if not killed:
            assert found == attempt
        outcomes.append((kill, killed, found == current))
        current = found

    # The test means something only if some kill really landed inside a save, after it had begun writing, and the
    # old version survived it.
    assert any(kill.logged and killed and kept_old for kill, killed, kept_old in outcomes), outcomes


def test_a_remove_killed_midway_leaves_the_film_whole_or_gone(db: Database) -> None:
    outcomes = []
    for attempt, kill in enumerate(db.backend.remove_kills, start=1):
        if attempt == 1 or outcomes[-1][2] is None:
            _run_to_end(db, "seed", str(attempt), str(db.backend.passages))
        version = _state(db)
        assert version is not None
        killed = _kill_during(db, kill, "remove")
        found = _state(db)
        assert found in (version, None), f"{kill.label}: found version {found}"
        if not killed:
            assert found is None
        outcomes.append((kill.label, killed, found))

    assert any(killed and found is not None for _, killed, found in outcomes), outcomes
