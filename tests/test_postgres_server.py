"""The throwaway PostgreSQL server the tests run against (tests/postgres_server.py), used through asyncpg."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import asyncpg
import pytest

from tests.postgres_server import BINDIR_ENV, PostgresServer

ROOT = Path(__file__).resolve().parents[1]


def server_processes(root: Path) -> list[str]:
    """Live (not yet reaped zombie) processes whose command line mentions ``root``."""
    out = subprocess.run(["ps", "-eo", "stat=,args="], capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if str(root) in line and not line.lstrip().startswith("Z")]


async def wait_until(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.05)


async def test_asyncpg_connects_to_a_fresh_database(postgres: PostgresServer, postgres_db: str) -> None:
    conn = await asyncpg.connect(postgres_db)
    try:
        assert await conn.fetchval("SHOW server_version_num") >= "150000"
        assert await conn.fetchval("SELECT current_database()") == postgres_db.rsplit("/", 1)[-1]
        assert await conn.fetchval("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 0
    finally:
        await conn.close()


async def test_two_fresh_databases_are_independent(postgres: PostgresServer) -> None:
    first, second = postgres.create_database(), postgres.create_database()
    assert first != second
    a, b = await asyncpg.connect(first), await asyncpg.connect(second)
    try:
        await a.execute("CREATE TABLE films (title text); INSERT INTO films VALUES ('Stalker')")
        with pytest.raises(asyncpg.UndefinedTableError):
            await b.fetch("SELECT * FROM films")
        await b.execute("CREATE TABLE films (title text); INSERT INTO films VALUES ('Solaris'), ('Mirror')")
        assert [r["title"] for r in await a.fetch("SELECT title FROM films")] == ["Stalker"]
        assert await b.fetchval("SELECT count(*) FROM films") == 2
    finally:
        await a.close()
        await b.close()
        postgres.drop_database(first)
        postgres.drop_database(second)


async def test_stop_and_start_keep_the_data_and_the_port(postgres: PostgresServer, postgres_db: str) -> None:
    conn = await asyncpg.connect(postgres_db)
    await conn.execute("CREATE TABLE films (title text); INSERT INTO films VALUES ('Stalker')")
    port = postgres.port
    try:
        postgres.stop()
        assert not postgres.running
        # The server took the connection down with it, and nobody can connect until it is back.
        with pytest.raises((asyncpg.PostgresConnectionError, asyncpg.InterfaceError, ConnectionError)):
            await conn.fetchval("SELECT 1")
        with pytest.raises(OSError):
            await asyncpg.connect(postgres_db, timeout=2)
    finally:
        if not postgres.running:
            postgres.start()
        await conn.close()
    assert postgres.port == port
    again = await asyncpg.connect(postgres_db)
    try:
        assert await again.fetchval("SELECT title FROM films") == "Stalker"
    finally:
        await again.close()


async def test_terminate_backends_drops_the_matching_connections_only(
    postgres: PostgresServer, postgres_db: str
) -> None:
    victim = await asyncpg.connect(postgres_db, server_settings={"application_name": "filmbot-listener"})
    bystander = await asyncpg.connect(postgres_db, server_settings={"application_name": "filmbot-pool"})
    try:
        assert postgres.terminate_backends(application_name="filmbot-listener") == 1
        with pytest.raises(asyncpg.ConnectionDoesNotExistError, match="administrator command"):
            await victim.fetchval("SELECT 1")
        assert await bystander.fetchval("SELECT 1") == 1
        assert postgres.terminate_backends(application_name="nobody") == 0

        assert postgres.terminate_backends(pid=bystander.get_server_pid()) == 1
        with pytest.raises(asyncpg.ConnectionDoesNotExistError):
            await bystander.fetchval("SELECT 1")
    finally:
        await victim.close()
        await bystander.close()


async def test_listen_notify_between_two_connections(postgres_db: str) -> None:
    listener, writer = await asyncpg.connect(postgres_db), await asyncpg.connect(postgres_db)
    received: asyncio.Queue[str] = asyncio.Queue()
    try:
        await listener.add_listener("film_changes", lambda _conn, _pid, _channel, payload: received.put_nowait(payload))
        async with writer.transaction():
            await writer.execute("SELECT pg_notify('film_changes', 'stalker-1979')")
            # PostgreSQL delivers a notification at commit, never from an open transaction.
            await asyncio.sleep(0.2)
            assert received.empty()
        assert await asyncio.wait_for(received.get(), 5) == "stalker-1979"
        await writer.execute("NOTIFY film_changes, 'solaris-1972'")
        assert await asyncio.wait_for(received.get(), 5) == "solaris-1972"
    finally:
        await listener.close()
        await writer.close()


async def test_destroy_leaves_no_process_and_no_files(postgres: PostgresServer) -> None:
    # A server of its own: the session's server must outlive this test.
    with PostgresServer.launch() as server:
        dsn = server.create_database()
        conn = await asyncpg.connect(dsn)
        assert await conn.fetchval("SELECT 1") == 1
        await conn.close()
        assert server_processes(server.root)
    assert not server.root.exists()
    assert not server_processes(server.root)


async def test_a_killed_test_run_leaves_no_server_behind(postgres: PostgresServer, tmp_path: Path) -> None:
    # A stand-in for a pytest run that dies without teardown: it starts a server, prints where, and is SIGKILLed.
    script = "from tests.postgres_server import PostgresServer; s = PostgresServer.launch(); print(s.root, flush=True)"
    child = subprocess.Popen(
        [sys.executable, "-c", script + "; import time; time.sleep(60)"], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        root = Path(child.stdout.readline().strip())
        assert root.name.startswith("filmbot-pg-") and server_processes(root)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    await wait_until(lambda: not root.exists() and not server_processes(root))


def run_pytest(test: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k != "CI"}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", test],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_without_postgresql_the_tests_skip_but_fail_under_ci(tmp_path: Path) -> None:
    test = "tests/test_postgres_server.py::test_asyncpg_connects_to_a_fresh_database"
    missing = {BINDIR_ENV: str(tmp_path / "no-postgres")}
    local = run_pytest(test, **missing)
    assert local.returncode == 0, local.stdout
    assert "1 skipped" in local.stdout and "PostgreSQL is not installed" in local.stdout
    ci = run_pytest(test, CI="true", **missing)
    assert ci.returncode == 1, ci.stdout
    assert "1 error" in ci.stdout and "PostgreSQL is required under CI" in ci.stdout
