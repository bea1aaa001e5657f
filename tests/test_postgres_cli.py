"""The command line against a real PostgreSQL database: `db copy` both ways (counts and `films export` equal),
`db check` and `db backup` on PostgreSQL, `FILMBOT_DB` as a URL, and one-line errors that never show a password."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import asyncpg

from corpus.postgres_db import LATEST_VERSION
from tests.commands import python_m, run
from tests.postgres_server import PostgresServer, free_port
from tests.store_backends import NOW, make_film, opened


def _dump(location: str | Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Every row of every table (the click commands run their own event loop, so these tests are synchronous)."""

    async def dump() -> list[tuple[str, list[tuple[object, ...]]]]:
        async for store in opened(location):
            return [(table, rows) async for table, rows in store.dump()]
        raise AssertionError("unreachable")

    return asyncio.run(dump())


def _sql(dsn: str, statement: str) -> list[asyncpg.Record]:
    async def fetch() -> list[asyncpg.Record]:
        conn = await asyncpg.connect(dsn)
        try:
            return await conn.fetch(statement)
        finally:
            await conn.close()

    return asyncio.run(fetch())


def _exports(db: str | Path) -> dict[str, str]:
    listing = run("films", "list", "--all", "--db", str(db))
    assert listing.exit_code == 0, listing.output
    exports = {}
    for line in listing.stdout.splitlines():
        film_id, words = line.split()[0], line.split()
        guild = ["--guild", words[-1]] if words[-2] == "guild" else []
        exported = run("films", "export", film_id, *guild, "--db", str(db))
        assert exported.exit_code == 0, exported.output
        exports[film_id] = exported.stdout
    return exports


def test_db_copy_sqlite_to_postgres_and_back_keeps_everything(postgres_db: str, tmp_path: Path):
    source = tmp_path / "source.db"
    assert run("films", "list", "--db", str(source)).exit_code == 0  # the bundled films
    guild_doc = tmp_path / "club.md"
    guild_doc.write_text(
        "# Our Club Film (2020)\n\nDirector: Someone\n\n## Premise\n\nA club meets.\n\n"
        "## Ending\n\nThe club was a dream.\n"
    )
    assert run("films", "load", str(guild_doc), "--guild", str(2**62), "--db", str(source)).exit_code == 0
    assert run("films", "remove", "Psycho", "--db", str(source)).exit_code == 0

    async def opt_in_and_reveal() -> None:
        async for store in opened(source):
            await store.set_pref(
                guild_id=2**62,
                channel_id=2**62 + 1,
                user_id=7,
                film_id="stalker-1979",
                scope="upto:45%",
                expires_at=NOW + timedelta(hours=1),
                set_by=7,
            )
            await store.add_reveal(
                token="abc",
                guild_id=None,
                channel_id=5,
                film_id="stalker-1979",
                question="what is in the room?",
                now=NOW,
            )

    asyncio.run(opt_in_and_reveal())

    there = run("db", "copy", str(source), postgres_db)

    assert there.exit_code == 0, there.output
    assert "verified" in there.output and f"to {postgres_db};" in there.output
    assert _dump(postgres_db) == _dump(source)  # every row of every table, ids and times included
    assert _exports(postgres_db) == _exports(source)

    back = tmp_path / "back" / "filmbot.db"
    again = run("db", "copy", postgres_db, f"sqlite:///{back}")
    assert again.exit_code == 0, again.output
    assert _dump(back) == _dump(source)
    assert _exports(back) == _exports(source)
    # The copies work as databases: the bot answers from the one in PostgreSQL.
    answer = json.loads(run("ask", "who directed it?", "--film", "Stalker", "--json", "--db", postgres_db).stdout)
    assert answer["film"]["id"] == "stalker-1979" and "Tarkovsky" in answer["answer"]


def test_db_copy_refuses_a_destination_that_holds_anything(postgres_db: str, tmp_path: Path):
    source = tmp_path / "source.db"
    assert run("films", "list", "--db", str(source)).exit_code == 0
    asyncio.run(_save(postgres_db))
    before = _dump(postgres_db)

    refused = run("db", "copy", str(source), postgres_db)

    assert refused.exit_code == 1
    assert refused.output.strip() == (f"Error: {postgres_db} already holds data (films); copy into an empty database")
    assert _dump(postgres_db) == before
    missing = run("db", "copy", str(tmp_path / "missing.db"), postgres_db)
    assert missing.exit_code == 1 and "no database at" in missing.output
    assert not (tmp_path / "missing.db").exists()
    same = run("db", "copy", str(source), f"sqlite:///{source}")
    assert same.exit_code == 1 and "the same database" in same.output


def test_db_check_on_postgres(postgres: PostgresServer, postgres_db: str):
    empty = run("db", "check", "--db", postgres_db)
    assert empty.exit_code == 1 and "not a filmbot database" in empty.output
    assert _sql(postgres_db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'") == []  # created nothing

    asyncio.run(_save(postgres_db))
    assert run("films", "remove", "stalker-1979", "--db", postgres_db).exit_code == 0
    no_films = run("db", "check", "--db", postgres_db)
    assert no_films.exit_code == 1 and "holds no films" in no_films.output

    assert run("films", "list", "--db", postgres_db).exit_code == 0  # seeds the bundled films
    ok = run("db", "check", "--db", postgres_db)
    assert (ok.exit_code, ok.output) == (0, "ok\n")

    _sql(postgres_db, f"INSERT INTO schema_migrations (version) VALUES ({LATEST_VERSION + 1})")
    newer = run("db", "check", "--db", postgres_db)
    assert newer.exit_code == 1 and f"only knows versions up to {LATEST_VERSION}" in newer.output

    gone = run("db", "check", "--db", f"postgresql://filmbot:s3cret@127.0.0.1:{free_port()}/nothing")
    assert gone.exit_code == 1 and "cannot connect to postgresql://filmbot:***@127.0.0.1:" in gone.output
    assert "s3cret" not in gone.output and gone.output.count("\n") == 1


async def _save(dsn: str) -> None:
    async for store in opened(dsn):
        await store.save_film(make_film(), replace=False, actor="someone")


def test_db_backup_on_postgres_is_a_pg_dump(postgres: PostgresServer, postgres_db: str, tmp_path: Path):
    assert run("films", "list", "--db", postgres_db).exit_code == 0
    dest = tmp_path / "filmbot.dump"

    result = run("db", "backup", str(dest), "--db", postgres_db)

    if shutil.which("pg_dump") is None:
        assert result.exit_code == 1 and "pg_dump is not installed here" in result.output
        return
    assert result.exit_code == 0 and result.output == f"backed up to {dest}\n"
    listing = subprocess.run(
        [str(postgres.bindir / "pg_restore"), "--list", str(dest)], capture_output=True, text=True, check=True
    ).stdout
    assert "TABLE DATA public films" in listing and "TABLE DATA public film_changes" in listing


def test_filmbot_db_as_a_url_and_the_welcome_line_masks_the_password(postgres_db: str, tmp_path: Path):
    with_password = postgres_db.replace("filmbot@", "filmbot:s3cret@")
    result = python_m("bot", stdin="/quit\n", env={"DISCORD_TOKEN": "", "FILMBOT_DB": with_password}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert f"films loaded from {postgres_db.replace('filmbot@', 'filmbot:***@')}." in first
    assert "s3cret" not in result.stdout + result.stderr


def test_an_unreachable_database_is_one_line_without_the_password(tmp_path: Path):
    url = f"postgresql://filmbot:s3cret@127.0.0.1:{free_port()}/filmbot"
    result = python_m("bot", "films", "list", env={"FILMBOT_DB": url, "FILMBOT_DB_TIMEOUT": "2"}, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: database postgresql://filmbot:***@127.0.0.1:")
    assert "unreachable" in result.stderr and "s3cret" not in result.stderr
