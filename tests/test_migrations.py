"""Schema migrations against real SQLite files, from every earlier version to the latest.

For each version v below LATEST_VERSION a database is built at v (MIGRATIONS[:v] applied) holding rows that were
valid at v; `Store.open` must bring it to the latest version with every row still there and usable. A database
from a newer filmbot is refused and left byte for byte as it was; a failing migration leaves the version and the
data where they were.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiosqlite
import pytest

from corpus.db import LATEST_VERSION, MIGRATIONS, SchemaTooNewError, connect, migrate
from corpus.load import parse_document
from corpus.models import Film
from corpus.store import Store, identity_key
from corpus.terms import stored_terms
from tests.paths import SAMPLES

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
CHANNEL, USER, OTHER_USER = 100, 7, 8


def _film(name: str, guild_id: int | None = None) -> Film:
    path = SAMPLES / name
    return parse_document(path.read_bytes(), path.name, guild_id=guild_id, loaded_by="old-bot")


FILMS = [_film("stalker-1979.txt"), _film("fight-club-1999.md", guild_id=42), _film("citizen-kane-1941.json")]


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _schema1_document(film: Film) -> str:
    """The `document` column as a filmbot of schema 1 wrote it: each section's paragraphs as parallel lists."""
    document = json.loads(film.model_dump_json(exclude={"passages"}))
    document["schema_version"] = 1
    for section in document["sections"]:
        paragraphs = section.pop("paragraphs")
        section["paragraphs"] = [p["text"] for p in paragraphs]
        section["spoiler_paragraphs"] = [p["spoiler"] for p in paragraphs]
        section["time_marks"] = [p["time_mark"] for p in paragraphs]
    return json.dumps(document)


def _insert_films_v1(db: sqlite3.Connection) -> None:
    """Films, passages and audit rows as a version-1 filmbot wrote them (docs/DESIGN.md, "Storage")."""
    for film in FILMS:
        db.execute(
            "INSERT INTO films (id, guild_id, title, year, title_key, document, content_hash, source_file, "
            "loaded_by, loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                film.id,
                film.guild_id,
                film.title,
                film.year,
                identity_key(film.title),
                _schema1_document(film),
                film.content_hash,
                film.source_file,
                film.loaded_by,
                _iso(film.loaded_at or NOW),
            ),
        )
        db.executemany(
            "INSERT INTO passages (film_id, ordinal, section, section_kind, text, spoiler, position, position_end, "
            "time_mark) VALUES (:film_id, :ordinal, :section, :section_kind, :text, :spoiler, :position, "
            ":position_end, :time_mark)",
            [{**p.model_dump(mode="json"), "film_id": film.id, "spoiler": int(p.spoiler)} for p in film.passages],
        )
        db.execute(
            "INSERT INTO audit (at, actor, action, film_id, title, guild_id, source_file, content_hash) "
            "VALUES (?, 'old-bot', 'load', ?, ?, ?, ?, ?)",
            (_iso(NOW), film.id, film.title, film.guild_id, film.source_file, film.content_hash),
        )


def _insert_prefs_v1(db: sqlite3.Connection) -> None:
    rows = [
        (None, CHANNEL, None, None, "on", None),  # the whole channel, every film
        (None, CHANNEL, USER, FILMS[0].id, "upto:45%", _iso(NOW + timedelta(days=1))),
        (None, CHANNEL, USER, None, "upto:1:12", _iso(NOW - timedelta(days=1))),  # expired
        (42, CHANNEL + 1, OTHER_USER, None, "on", None),
    ]
    db.executemany(
        "INSERT INTO spoiler_prefs (guild_id, channel_id, user_id, film_id, scope, expires_at, set_by, set_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 1, ?)",
        [(*row, _iso(NOW)) for row in rows],
    )


def _seed_v0(db: sqlite3.Connection) -> None:
    # A file that exists but was never migrated, with something of the user's in it that must survive.
    db.execute("CREATE TABLE notes (text TEXT)")
    db.execute("INSERT INTO notes VALUES ('kept')")


def _seed_v1(db: sqlite3.Connection) -> None:
    _seed_v0(db)
    _insert_films_v1(db)
    _insert_prefs_v1(db)


# Rows valid at each schema version. A new migration needs an entry here for the version before it (see
# test_every_version_has_representative_rows), so the rows an old filmbot wrote are always carried forward.
def _seed_v2(db: sqlite3.Connection) -> None:
    _seed_v1(db)
    # A Reveal button pressed on a version-2 filmbot must still answer after the upgrade.
    db.execute(
        "INSERT INTO reveal_requests (token, guild_id, channel_id, film_id, question, created_at) "
        "VALUES ('0123456789abcdef', NULL, ?, ?, 'who is the killer?', ?)",
        (CHANNEL, FILMS[0].id, _iso(NOW)),
    )


def _seed_v3(db: sqlite3.Connection) -> None:
    _seed_v2(db)
    # A timed choice over a lasting one (version 3's then_scope): past its expiry it reads as the lasting one.
    db.execute(
        "INSERT INTO spoiler_prefs (guild_id, channel_id, user_id, film_id, scope, expires_at, set_by, set_at, "
        "then_scope) VALUES (NULL, ?, ?, NULL, 'on', ?, 1, ?, 'upto:30%')",
        (CHANNEL + 2, USER, _iso(NOW - timedelta(hours=1)), _iso(NOW - timedelta(hours=2))),
    )


def _seed_v4(db: sqlite3.Connection) -> None:
    _seed_v3(db)
    # Version 4's change log: each film's load, as a version-4 filmbot logged it with the film.
    db.executemany(
        "INSERT INTO film_changes (film_id, action, at) VALUES (?, 'load', ?)", [(f.id, _iso(NOW)) for f in FILMS]
    )


SEEDERS: dict[int, Callable[[sqlite3.Connection], None]] = {
    0: _seed_v0,
    1: _seed_v1,
    2: _seed_v2,
    3: _seed_v3,
    4: _seed_v4,
}


async def build_at_version(path: Path, version: int) -> None:
    """A database file at `version`, made the way filmbot made it then, with that version's rows."""
    async with aiosqlite.connect(str(path), isolation_level=None) as conn:
        await conn.execute("PRAGMA journal_mode = WAL")
        assert await migrate(conn, migrations=MIGRATIONS[:version]) == version
    db = _raw(path)
    try:
        with db:
            db.execute("BEGIN")
            SEEDERS[version](db)
    finally:
        db.close()
    assert _version(path) == version


def _raw(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _schema(path: Path) -> set[tuple[str, str, str]]:
    db = _raw(path)
    try:
        rows = db.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name != 'notes'"
        ).fetchall()
    finally:
        db.close()
    # Whitespace differs between a script run whole and the same statements run one by one.
    return {(kind, name, " ".join((sql or "").split())) for kind, name, sql in rows}


def _version(path: Path) -> int:
    db = _raw(path)
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


def test_every_version_has_representative_rows() -> None:
    assert len(MIGRATIONS) == LATEST_VERSION
    assert set(SEEDERS) == set(range(LATEST_VERSION)), "add a SEEDERS entry for the version before a new migration"


async def _fresh_schema(tmp_path: Path) -> set[tuple[str, str, str]]:
    path = tmp_path / "fresh.db"
    await (await connect(path)).close()
    return _schema(path)


@pytest.mark.parametrize("version", range(LATEST_VERSION))
async def test_every_earlier_version_upgrades_with_its_rows(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"v{version}.db"
    await build_at_version(path, version)

    async with await Store.open(path) as store:
        assert _version(path) == LATEST_VERSION
        assert await store.integrity_check() == ["ok"]
        films = FILMS if version >= 1 else []
        for film in films:
            stored = await store.get_film(film.id)
            assert stored is not None
            assert stored.model_dump(exclude={"loaded_at"}) == film.model_dump(exclude={"loaded_at"})
            assert [p.text for p in stored.passages] == [p.text for p in film.passages]
            # Saved before version 5 stored terms: read back without them, to be tokenized as before.
            assert all(p.stored_terms is None for p in stored.passages)
        rows = await store.list_films(all_guilds=True)
        assert sorted(row.id for row in rows) == sorted(film.id for film in films)
        assert {row.id: row.passages for row in rows} == {film.id: len(film.passages) for film in films}
        global_films = sorted((f for f in films if f.guild_id is None), key=lambda f: identity_key(f.title))
        assert [row.id for row in await store.list_films()] == [f.id for f in global_films]
        assert len(await store.list_films(42)) == len(films)
        if version >= 1:
            prefs = await store.prefs_for(CHANNEL, USER, NOW)
            assert [(p.user_id, p.film_id, p.scope) for p in prefs] == [
                (None, None, "on"),
                (USER, FILMS[0].id, "upto:45%"),
            ]
            assert [p.scope for p in await store.prefs_for(CHANNEL + 1, OTHER_USER, NOW)] == ["on"]
            assert [e.action.value for e in await store.audit_entries()] == ["load"] * len(FILMS)
        if version >= 3:
            timed = await store.prefs_for(CHANNEL + 2, USER, NOW)
            assert [(p.scope, p.expires_at) for p in timed] == [("upto:30%", None)]
        # The change log starts empty (running bots load every film anyway) and keeps what version 4 logged.
        logged = len(FILMS) if version >= 4 else 0
        assert await store.latest_change() == logged

        # The upgraded database takes writes of every kind the latest version knows.
        replacement = _film("stalker-1979.txt")
        assert (await store.save_film(replacement, replace=True, actor="new-bot")).value == (
            "replaced" if version >= 1 else "loaded"
        )
        resaved = await store.get_film(replacement.id)
        assert resaved is not None
        assert [p.stored_terms for p in resaved.passages] == [stored_terms(p.text) for p in replacement.passages]
        assert await store.remove_film(replacement.id, actor="new-bot")
        assert [(c.film_id, c.action.value) for c in await store.changes_since(logged)] == [
            (replacement.id, "replace" if version >= 1 else "load"),
            (replacement.id, "remove"),
        ]
        await store.add_reveal(
            token="t1", guild_id=None, channel_id=CHANNEL, film_id=FILMS[0].id, question="who is the stalker?", now=NOW
        )
        assert await store.get_reveal("t1", not_before=NOW - timedelta(hours=1)) == ("who is the stalker?", FILMS[0].id)
        await store.set_pref(
            guild_id=None, channel_id=CHANNEL, user_id=USER, film_id=None, scope="on", expires_at=None, set_by=USER
        )
        assert await store.integrity_check() == ["ok"]

    db = _raw(path)
    try:
        assert db.execute("SELECT text FROM notes").fetchall() == [("kept",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = db.execute("SELECT COUNT(*) FROM passages WHERE film_id NOT IN (SELECT id FROM films)")
        assert orphans.fetchone() == (0,)
    finally:
        db.close()
    # Upgrading gives exactly the schema a new database gets.
    assert _schema(path) == await _fresh_schema(tmp_path)


@pytest.mark.parametrize("version", range(LATEST_VERSION))
async def test_a_failing_migration_leaves_version_and_rows(tmp_path: Path, version: int) -> None:
    """The next migration's real statements run, then one fails: all of it rolls back, and a correct upgrade
    still works afterwards."""
    path = tmp_path / f"v{version}.db"
    await build_at_version(path, version)
    before = _schema(path)
    broken = MIGRATIONS[version] + "\nINSERT INTO no_such_table VALUES (1);\n"

    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        await connect(path, migrations=[*MIGRATIONS[:version], broken])

    assert _version(path) == version
    assert _schema(path) == before
    async with await Store.open(path) as store:
        assert _version(path) == LATEST_VERSION
        assert await store.integrity_check() == ["ok"]
        assert len(await store.list_films(all_guilds=True)) == (len(FILMS) if version >= 1 else 0)


async def test_a_failing_later_migration_keeps_the_earlier_ones(tmp_path: Path) -> None:
    """From version 0, migrations 1..LATEST succeed and commit; the one after fails and rolls back alone."""
    path = tmp_path / "v0.db"
    await build_at_version(path, 0)
    bad = "CREATE TABLE half_done (x);\nINSERT INTO no_such_table VALUES (1);"

    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        await connect(path, migrations=[*MIGRATIONS, bad])

    assert _version(path) == LATEST_VERSION
    assert _schema(path) == await _fresh_schema(tmp_path)


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("journal", ["wal", "delete"])
async def test_a_newer_database_is_refused_and_left_byte_for_byte(tmp_path: Path, journal: str) -> None:
    """A file written by a newer filmbot: refused with a clear error, not one byte of it changed.

    In rollback-journal mode ("delete", e.g. a copy made with the sqlite3 shell) merely switching it to WAL would
    rewrite its header, so the version must be checked before anything else.
    """
    path = tmp_path / "future.db"
    async with await Store.open(path) as store:
        await store.save_film(FILMS[0], replace=False, actor="future-bot")
    db = _raw(path)
    try:
        db.execute(f"PRAGMA journal_mode = {journal}")
        db.execute("CREATE TABLE from_the_future (x)")
        db.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    finally:
        db.close()
    assert not (tmp_path / "future.db-wal").exists()
    digest = _file_digest(path)

    for _ in range(2):
        with pytest.raises(SchemaTooNewError) as raised:
            await Store.open(path)
        message = str(raised.value)
        assert "\n" not in message
        assert f"schema version {LATEST_VERSION + 1}" in message and f"up to {LATEST_VERSION}" in message
        assert "upgrade filmbot" in message
        assert raised.value.found == LATEST_VERSION + 1 and raised.value.supported == LATEST_VERSION

    assert _file_digest(path) == digest
    assert _version(path) == LATEST_VERSION + 1
