"""SQLite busy handling between processes, on real files: a Store's write waits out another process's write lock
(busy_timeout), fails cleanly with DatabaseBusy when the lock outlasts it, and two processes saving different
films at the same time both land.

The other process is tests/crash_worker.py: `hold-lock` takes the write lock with BEGIN IMMEDIATE (and writes a
row in it) until told to commit; `save-many` saves a run of films once told to start.
"""

from __future__ import annotations

import asyncio
import itertools
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from corpus.db import DEFAULT_BUSY_TIMEOUT_MS
from corpus.store import DatabaseBusy, Store
from tests.crash_worker import big_film

WORKER = Path(__file__).resolve().parent / "crash_worker.py"
TIMEOUT = 60.0
HELD_PREF = (1, 2)  # (channel_id, user_id) of the row hold-lock writes


def _worker(db: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(db), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=WORKER.parents[1],
    )


async def _expect_line(process: subprocess.Popen[str], expected: str) -> None:
    assert process.stdout is not None
    line = await asyncio.wait_for(asyncio.to_thread(process.stdout.readline), TIMEOUT)
    if line.strip() != expected:
        _, err = process.communicate(timeout=TIMEOUT)
        pytest.fail(f"worker said {line!r}, not {expected!r}: {err}")


def _finish(process: subprocess.Popen[str], *, say: str | None = "go") -> str:
    out, err = process.communicate(input=f"{say}\n" if say else None, timeout=TIMEOUT)
    assert process.returncode == 0, err
    return out


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    async with await Store.open(tmp_path / "filmbot.db") as opened:
        await opened.save_film(big_film(1, 50, "Already Here", 1999), replace=False, actor="setup")
        yield opened


async def _snapshot(store: Store) -> tuple[object, ...]:
    films = await store.load_all_films()
    return (
        [(f.id, [p.text for p in f.passages]) for f in films],
        [(e.action, e.film_id) for e in await store.audit_entries(limit=1000)],
    )


def _pref_rows(path: Path) -> list[tuple[int, int]]:
    with sqlite3.connect(path) as raw:
        rows = raw.execute("SELECT channel_id, user_id FROM spoiler_prefs").fetchall()
    raw.close()
    return rows


async def test_a_save_waits_for_another_process_lock_then_succeeds(store: Store) -> None:
    holder = _worker(store.path, "hold-lock")
    await _expect_line(holder, "locked")
    film = big_film(2, 2_000, "Waited For", 2002)

    started = time.monotonic()
    save = asyncio.create_task(store.save_film(film, replace=False, actor="test"))
    await asyncio.sleep(1.0)
    assert not save.done(), "the save did not wait for the other process's write lock"
    assert _finish(holder).strip() == "done"  # the holder commits and lets go
    outcome = await asyncio.wait_for(save, TIMEOUT)
    waited = time.monotonic() - started

    assert outcome.value == "loaded"
    assert 1.0 <= waited < DEFAULT_BUSY_TIMEOUT_MS / 1000
    stored = await store.get_film(film.id)
    assert stored is not None and [p.text for p in stored.passages] == [p.text for p in film.passages]
    assert _pref_rows(store.path) == [HELD_PREF]  # the other process's write landed too
    assert await store.integrity_check() == ["ok"]


async def test_a_lock_held_past_the_busy_timeout_fails_the_save_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "filmbot.db"
    async with await Store.open(path, busy_timeout_ms=300) as store:
        await store.save_film(big_film(1, 50, "Already Here", 1999), replace=False, actor="setup")
        before = await _snapshot(store)
        holder = _worker(path, "hold-lock")
        try:
            await _expect_line(holder, "locked")
            film = big_film(2, 2_000, "Too Late", 2002)
            started = time.monotonic()
            with pytest.raises(DatabaseBusy) as raised:
                await store.save_film(film, replace=False, actor="test")
            waited = time.monotonic() - started
            # Replacing and removing go through the same transaction, so they fail the same way.
            with pytest.raises(DatabaseBusy):
                await store.remove_film("already-here-1999", actor="test")
            # Reads still work under another process's write lock (WAL).
            assert await _snapshot(store) == before
        finally:
            assert _finish(holder).strip() == "done"

        assert 0.25 <= waited < 3.0
        message = str(raised.value)
        assert "\n" not in message and "busy" in message and "0.3 s" in message and str(path) in message
        assert "nothing was changed" in message
        assert isinstance(raised.value, sqlite3.OperationalError)  # callers catching sqlite errors still do
        assert await _snapshot(store) == before
        assert await store.integrity_check() == ["ok"]
        assert _pref_rows(path) == [HELD_PREF]

        # Once the lock is gone the same store works again.
        assert (await store.save_film(film, replace=False, actor="test")).value == "loaded"
        assert await store.get_film(film.id) is not None


async def test_the_busy_timeout_is_set_on_the_connection(tmp_path: Path) -> None:
    for timeout, expected in ((None, DEFAULT_BUSY_TIMEOUT_MS), (250, 250)):
        path = tmp_path / f"t{timeout}.db"
        store = await (Store.open(path) if timeout is None else Store.open(path, busy_timeout_ms=timeout))
        async with store:
            rows = await store._connection().execute_fetchall("PRAGMA busy_timeout")
            assert next(iter(rows))[0] == expected


async def test_two_processes_saving_different_films_both_land(tmp_path: Path) -> None:
    path = tmp_path / "filmbot.db"
    await (await Store.open(path)).close()
    count, passages = 12, 800
    workers = [_worker(path, "save-many", prefix, str(count), str(passages)) for prefix in ("Alpha", "Beta")]
    for worker in workers:
        await _expect_line(worker, "ready")
    assert workers[0].stdin is not None and workers[1].stdin is not None
    for worker in workers:  # start both at once so their transactions interleave
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    outputs = await asyncio.gather(*(asyncio.to_thread(_finish, worker, say=None) for worker in workers))
    assert all(out.split()[-1] == "done" for out in outputs)

    async with await Store.open(path) as store:
        assert await store.integrity_check() == ["ok"]
        rows = await store.list_films()
        assert sorted(row.title for row in rows) == sorted(f"{p} {n}" for p in ("Alpha", "Beta") for n in range(count))
        assert {row.passages for row in rows} == {passages}
        audit = await store.audit_entries(limit=1000)
        assert sorted((e.actor, e.action.value) for e in audit) == sorted(
            [("Alpha", "load")] * count + [("Beta", "load")] * count
        )
        # Both really ran at the same time: their saves are interleaved in the audit trail, not one block each.
        actors = [e.actor for e in reversed(audit)]
        switches = sum(1 for a, b in itertools.pairwise(actors) if a != b)
        assert switches >= 2, actors
