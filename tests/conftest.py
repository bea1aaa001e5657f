"""Shared fixtures: real SQLite files in a temporary directory, the bundled corpus, the seed page."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from bot.quiet import quiet_unused_voice_support

quiet_unused_voice_support()  # before the Discord tests import discord.py: filmbot has no voice support

from bot.service import FilmService  # noqa: E402
from tests.discord_world import world  # noqa: F401, E402 - the fixture, shared by the Discord tests
from tests.postgres_server import PostgresServer, unavailable_reason  # noqa: E402

# CI explores the same examples every run, so a red CI always means a change broke something; local runs keep
# drawing new examples and are where new counterexamples turn up.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True, scope="session")
def _private_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The content index of a PostgreSQL database lives in the user's cache directory by default: the tests' (and
    the bot processes they start) go to a temporary one, not the home directory of whoever runs them."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "filmbot.db"


@pytest.fixture
async def service(db_path: Path) -> AsyncIterator[FilmService]:
    """The service over a fresh database, seeded with the bundled films as on a first run."""
    async with await FilmService.open(db_path) as opened:
        yield opened


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL server for the session, started by the first test that asks for it and removed at
    the end. Where PostgreSQL cannot run, the test skips with the reason; under CI it fails instead, because CI
    installs PostgreSQL (.ci/run) and must not pass by skipping."""
    reason = unavailable_reason()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required under CI: {reason}", pytrace=False)
        pytest.skip(reason)
    with PostgresServer.launch() as server:
        yield server


@pytest.fixture
def postgres_db(postgres: PostgresServer) -> Iterator[str]:
    """The DSN of a fresh, empty database on the session's server, dropped after the test."""
    dsn = postgres.create_database()
    yield dsn
    if not postgres.running:  # the test took the server away and failed before bringing it back
        postgres.start()
    postgres.drop_database(dsn)
