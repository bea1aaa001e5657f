"""A real process killed with SIGKILL in the middle of writing a big film leaves a sound database holding either
the complete old version or the complete new one: never a mix, never nothing; a killed removal leaves the film
either whole or gone, with no orphan passages.

tests/crash_worker.py does the writing: it builds a film of PASSAGES passages (so one save transaction takes a
noticeable fraction of a second), prints "saving" or "removing" right before calling the Store, and is killed
at several points: at once, when its write-ahead log first grows (the transaction has spilled pages but not
committed), when the log is a few MB long, and after fixed delays. Passage texts name their version.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from corpus.store import Store

WORKER = Path(__file__).resolve().parent / "crash_worker.py"
FILM_ID = "crash-test-2001"
PASSAGES = 20_000
TIMEOUT = 60.0

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


@dataclass(frozen=True)
class Kill:
    """When to kill: `wal_bytes` once the -wal file is at least that long, else `delay` s after the signal line."""

    label: str
    delay: float = 0.0
    wal_bytes: int | None = None


# A save of PASSAGES passages takes ~0.6 s here and its log grows to ~5 MB; a removal is quicker.
SAVE_KILLS = [
    Kill("at once"),
    Kill("first WAL write", wal_bytes=1),
    Kill("WAL 3 MB", wal_bytes=3_000_000),
    Kill("after 0.3 s", delay=0.3),
]
REMOVE_KILLS = [
    Kill("at once"),
    Kill("first WAL write", wal_bytes=1),
    Kill("WAL 1 MB", wal_bytes=1_000_000),
    Kill("after 0.1 s", delay=0.1),
]


def _worker(db: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=WORKER.parents[1],
    )


def _run_to_end(db: Path, *args: str) -> None:
    process = _worker(db, *args)
    out, err = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 0, err
    assert out.split()[-1] == "done"


def _kill_during(db: Path, kill: Kill, *args: str) -> bool:
    """Run the worker and SIGKILL it at `kill`; True if it was killed before it finished."""
    process = _worker(db, *args)
    try:
        assert process.stdout is not None
        started = process.stdout.readline().strip()
        assert started in ("saving", "removing"), process.communicate(timeout=TIMEOUT)
        wal = db.with_name(db.name + "-wal")
        deadline = time.monotonic() + TIMEOUT
        if kill.wal_bytes is not None:
            while process.poll() is None and time.monotonic() < deadline:
                if wal.exists() and wal.stat().st_size >= kill.wal_bytes:
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
    # It may have finished between the poll and the kill: then it exited normally, having saved.
    assert process.returncode in (0, -signal.SIGKILL), process.returncode
    return process.returncode == -signal.SIGKILL


def _state(db: Path) -> int | None:
    """Open the database after the crash and return the version of the film it holds whole (None: no film).

    Fails if the database is damaged, or the film is a mix of versions, is missing passages, or left orphans.
    """

    async def read() -> int | None:
        async with await Store.open(db) as store:
            assert await store.integrity_check() == ["ok"]
            film = await store.get_film(FILM_ID)
            rows = await store.list_films(all_guilds=True)
        if film is None:
            assert rows == []
            return None
        assert [row.id for row in rows] == [FILM_ID]
        version = int(film.source_file.removeprefix("crash-v").removesuffix(".md")) if film.source_file else -1
        assert film.content_hash == f"hash-v{version}"
        assert [p.text for p in film.sections[0].paragraphs] == [f"version {version}"]
        assert [p.ordinal for p in film.passages] == list(range(PASSAGES))
        mixed = [p.text for p in film.passages if not p.text.startswith(f"v{version} passage {p.ordinal} ")]
        assert not mixed, f"version {version} holds passages of another version: {mixed[:3]}"
        assert rows[0].passages == PASSAGES
        return version

    version = asyncio.run(read())
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = raw.execute("SELECT COUNT(*) FROM passages WHERE film_id NOT IN (SELECT id FROM films)")
        assert orphans.fetchone() == (0,)
        assert raw.execute("SELECT COUNT(*) FROM passages").fetchone() == ((PASSAGES,) if version else (0,))
    raw.close()
    return version


def test_a_replace_killed_midway_leaves_the_old_or_the_new_version_whole(tmp_path: Path) -> None:
    db = tmp_path / "filmbot.db"
    _run_to_end(db, "seed", "1", str(PASSAGES))
    assert _state(db) == 1

    current, outcomes = 1, []
    for attempt, kill in enumerate(SAVE_KILLS, start=2):
        killed = _kill_during(db, kill, "save", str(attempt), str(PASSAGES))
        found = _state(db)
        assert found in (current, attempt), f"{kill.label}: found version {found}, expected {current} or {attempt}"
        if not killed:
            assert found == attempt
        outcomes.append((kill.label, killed, found == current))
        current = found

    # The test means something only if some kill really landed inside a save: the old version survived it.
    assert any(killed and kept_old for _, killed, kept_old in outcomes), outcomes


def test_a_remove_killed_midway_leaves_the_film_whole_or_gone(tmp_path: Path) -> None:
    db = tmp_path / "filmbot.db"
    outcomes = []
    for attempt, kill in enumerate(REMOVE_KILLS, start=1):
        if attempt == 1 or outcomes[-1][2] is None:
            _run_to_end(db, "seed", str(attempt), str(PASSAGES))
        version = _state(db)
        assert version is not None
        killed = _kill_during(db, kill, "remove")
        found = _state(db)
        assert found in (version, None), f"{kill.label}: found version {found}"
        if not killed:
            assert found is None
        outcomes.append((kill.label, killed, found))

    assert any(killed and found is not None for _, killed, found in outcomes), outcomes
