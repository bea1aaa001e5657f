"""A throwaway PostgreSQL server for tests: initdb into a temporary directory, pg_ctl on a free loopback port.

The test session starts one server on first use (the ``postgres`` fixture in conftest.py) and each test takes a fresh
database from it. Only the standard library here: the same file runs as the watchdog process (see ``_watch``) that
stops the server and deletes its directory if the test run dies without cleaning up (SIGKILL, a crash, Ctrl-C twice).

initdb refuses to run as root, so as root every server-side command runs as the ``postgres`` system user the Debian
package creates; as anyone else it runs as that user. Clients (psql here, asyncpg in tests) connect over TCP as the
superuser ``filmbot`` with trust authentication, so they need no password and no particular system user.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import secrets
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from types import TracebackType

PG_USER = "filmbot"
HOST = "127.0.0.1"
SYSTEM_USER = "postgres"  # who runs the server when the tests run as root
_START_ATTEMPTS = 3  # a free port can be taken between choosing it and binding it
_databases = itertools.count(1)


BINDIR_ENV = "FILMBOT_TEST_PG_BINDIR"  # another layout (Homebrew, a source build), or a missing one to test skipping


def find_bindir() -> Path | None:
    """PostgreSQL's bin directory: $FILMBOT_TEST_PG_BINDIR, else the newest Debian-installed version; None if absent."""
    if (override := os.environ.get(BINDIR_ENV)) is not None:
        return Path(override) if (Path(override) / "initdb").is_file() else None
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: _version(Path(p).parents[1].name))
    return Path(found[-1]).parent if found else None


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def unavailable_reason() -> str | None:
    """Why a PostgreSQL server cannot run here, or None when it can."""
    if find_bindir() is None:
        if (override := os.environ.get(BINDIR_ENV)) is not None:
            return f"PostgreSQL is not installed: no initdb in {BINDIR_ENV}={override}"
        return "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; apt-get install postgresql)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SYSTEM_USER)
        except KeyError:
            return f"running as root and there is no {SYSTEM_USER!r} system user to run initdb as (it refuses root)"
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


class PostgresError(RuntimeError):
    """A server command failed; the message carries its output (and the server log's tail where it helps)."""


class PostgresServer:
    """One PostgreSQL cluster in its own temporary directory, listening on 127.0.0.1:``port``."""

    def __init__(self, bindir: Path, root: Path, run_as: str | None) -> None:
        self.bindir = bindir
        self.root = root
        self.port = 0
        self._run_as = run_as
        self._watchdog: subprocess.Popen[bytes] | None = None

    # -- lifecycle --------------------------------------------------------------------------------

    @classmethod
    def launch(cls, bindir: Path | None = None) -> PostgresServer:
        """initdb a new cluster and start it; raises PostgresError (with the reason) when that fails."""
        reason = unavailable_reason()
        bindir = bindir or find_bindir()
        if reason is not None or bindir is None:
            raise PostgresError(reason or "PostgreSQL is not installed")
        run_as = SYSTEM_USER if os.geteuid() == 0 else None
        root = Path(tempfile.mkdtemp(prefix="filmbot-pg-"))
        if run_as is not None:
            entry = pwd.getpwnam(run_as)
            os.chown(root, entry.pw_uid, entry.pw_gid)
        server = cls(bindir, root, run_as)
        try:
            server._start_watchdog()
            server._server_command(
                "initdb",
                "-D",
                str(server.data_dir),
                "-U",
                PG_USER,
                "--auth=trust",
                "--no-sync",
                "--encoding=UTF8",
                "--locale=C",
            )
            for attempt in range(1, _START_ATTEMPTS + 1):
                server.port = free_port()
                try:
                    server.start()
                    break
                except PostgresError:
                    if attempt == _START_ATTEMPTS:
                        raise
        except BaseException:
            server.destroy()
            raise
        return server

    def start(self) -> None:
        """Start the server (again) on ``port`` over the same data, waiting until it accepts connections."""
        options = (
            f"-k {shlex.quote(str(self.root))} -c listen_addresses={HOST} -p {self.port} "
            # Throwaway data: skipping fsync is what makes start-up and CREATE DATABASE fast.
            "-c fsync=off -c full_page_writes=off"
        )
        self._server_command(
            "pg_ctl", "-D", str(self.data_dir), "-l", str(self.log_path), "-w", "-t", "30", "-o", options, "start"
        )

    def stop(self) -> None:
        """Stop the server; clients are disconnected ("fast" shutdown), the data stays for ``start``."""
        self._server_command("pg_ctl", "-D", str(self.data_dir), "-m", "fast", "-w", "-t", "30", "stop")

    @property
    def running(self) -> bool:
        return (self.data_dir / "postmaster.pid").exists()

    def destroy(self) -> None:
        """Stop the server if it runs and delete its directory. Safe to call more than once."""
        if self.running:
            with contextlib.suppress(PostgresError):
                self._server_command("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)
        if self._watchdog is not None:
            # Closing its stdin tells the watchdog we are done; it finds nothing left to clean.
            if self._watchdog.stdin is not None:
                self._watchdog.stdin.close()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._watchdog.wait(10)
            self._watchdog = None

    def __enter__(self) -> PostgresServer:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.destroy()

    # -- paths and addresses ----------------------------------------------------------------------

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_path(self) -> Path:
        return self.root / "postgres.log"

    def dsn_for(self, database: str) -> str:
        return f"postgresql://{PG_USER}@{HOST}:{self.port}/{database}"

    @property
    def dsn(self) -> str:
        """The maintenance database ``postgres``; tests should work in ``create_database()`` instead."""
        return self.dsn_for("postgres")

    # -- SQL helpers (psql, so they work from sync and async tests alike) ------------------------

    def create_database(self, name: str | None = None) -> str:
        """A new empty database (a copy of template0); returns its DSN."""
        name = name or f"test_{next(_databases)}_{secrets.token_hex(3)}"
        self.sql('CREATE DATABASE :"name" TEMPLATE template0', name=name)
        return self.dsn_for(name)

    def drop_database(self, name_or_dsn: str) -> None:
        """Drop a database, disconnecting whoever is still in it."""
        name = name_or_dsn.rsplit("/", 1)[-1]
        self.sql('DROP DATABASE IF EXISTS :"name" WITH (FORCE)', name=name)

    def terminate_backends(
        self, *, application_name: str | None = None, pid: int | None = None, database: str | None = None
    ) -> int:
        """pg_terminate_backend every client connection matching all the given filters (all of them when none is
        given); returns how many were terminated. Waits until they are gone, so the client's next use fails."""
        where = ["backend_type = 'client backend'", "pid <> pg_backend_pid()"]
        variables: dict[str, str] = {}
        if application_name is not None:
            where.append("application_name = :'app'")
            variables["app"] = application_name
        if pid is not None:
            where.append(f"pid = {int(pid)}")
        if database is not None:
            where.append("datname = :'db'")
            variables["db"] = database.rsplit("/", 1)[-1]
        out = self.sql(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 5000)) FROM pg_stat_activity WHERE "
            + " AND ".join(where),
            **variables,
        )
        return int(out)

    def sql(self, statement: str, *, database: str = "postgres", **variables: str) -> str:
        """Run SQL through psql and return its unaligned output. ``variables`` are psql variables: write
        ``:'name'`` for a quoted literal and ``:"name"`` for a quoted identifier."""
        command = [
            str(self.bindir / "psql"),
            "-X",
            "-q",
            "-A",
            "-t",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            HOST,
            "-p",
            str(self.port),
            "-U",
            PG_USER,
            "-d",
            database,
        ]
        for key, value in variables.items():
            command += ["-v", f"{key}={value}"]
        # From stdin, not -c: psql only substitutes variables in SQL it reads as a script.
        done = subprocess.run(command, input=statement + "\n", capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise PostgresError(f"psql failed: {done.stderr.strip() or done.stdout.strip()}")
        return done.stdout.strip()

    # -- internals --------------------------------------------------------------------------------

    def _server_command(self, program: str, *args: str) -> None:
        as_user: dict[str, object] = {}
        if self._run_as is not None:
            entry = pwd.getpwnam(self._run_as)
            as_user = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
        done = subprocess.run(
            [str(self.bindir / program), *args],
            cwd=self.root,  # pg_ctl and initdb fail in a directory their user cannot read
            capture_output=True,
            text=True,
            check=False,
            start_new_session=True,  # Ctrl-C at the terminal is for pytest; teardown stops the server
            **as_user,  # type: ignore[arg-type]
        )
        if done.returncode != 0:
            output = (done.stderr.strip() or done.stdout.strip())[-2000:]
            log = ""
            with contextlib.suppress(OSError):
                log = self.log_path.read_text(errors="replace")[-2000:]
            raise PostgresError(f"{program} {args[-1]} failed ({done.returncode}): {output}\n{log}".strip())

    def _start_watchdog(self) -> None:
        self._watchdog = subprocess.Popen(
            [sys.executable, __file__, "--watch", str(self.bindir), str(self.root), self._run_as or ""],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # outlives a Ctrl-C aimed at pytest's process group
        )


def _watch(bindir: str, root: str, run_as: str) -> None:
    """Wait until the test process closes our stdin (it exited, however it exited), then clean up after it."""
    sys.stdin.buffer.read()
    server = PostgresServer(Path(bindir), Path(root), run_as or None)
    server.destroy()


if __name__ == "__main__" and len(sys.argv) == 5 and sys.argv[1] == "--watch":
    _watch(*sys.argv[2:])
