"""Store and db against real SQLite files: round trips, replacement, atomicity, prefs, migrations, backup."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus.db import LATEST_VERSION, MIGRATIONS, SchemaTooNewError, connect, migrate, schema_version
from corpus.models import Facts, Film, Paragraph, Passage, Section, SectionKind
from corpus.store import AuditAction, FilmExists, SaveOutcome, Store, identity_key

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def make_film(
    title: str = "Stalker",
    year: int | None = 1979,
    *,
    guild_id: int | None = None,
    words: str = "zone",
    spoilers: int = 1,
) -> Film:
    """A small film: a facts passage, two safe premise passages and `spoilers` spoiler ending passages."""
    film = Film(
        title=title,
        year=year,
        guild_id=guild_id,
        aliases=[f"{title} alias"],
        facts=Facts(director="Andrei Tarkovsky", runtime_minutes=161, cast=["A", "B"]),
        source_file=f"{title.lower()}.md",
        content_hash=f"hash-{title}-{words}",
        loaded_by="tester",
        loaded_at=NOW,
        sections=[
            Section(
                heading="Premise", kind=SectionKind.PREMISE, spoiler=False, paragraphs=[Paragraph(text=f"A {words}.")]
            ),
            Section(
                heading="Ending",
                kind=SectionKind.ENDING,
                spoiler=True,
                paragraphs=[Paragraph(text=f"The {words} ends.", spoiler=True, time_mark=7200)],
            ),
        ],
    )
    rows = [
        ("Facts", SectionKind.FACTS, "Directed by Andrei Tarkovsky.", False, 0.0, 0.0, None),
        ("Premise", SectionKind.PREMISE, f"The {words} is a place.", False, 0.0, 0.2, None),
        ("Premise", SectionKind.PREMISE, f"Three men enter the {words}.", False, 0.2, 0.4, 600),
        *(
            ("Ending", SectionKind.ENDING, f"Secret {words} ending {i}.", True, 0.4 + 0.1 * i, 0.5 + 0.1 * i, 7200 + i)
            for i in range(spoilers)
        ),
    ]
    fields = ("section", "section_kind", "text", "spoiler", "position", "position_end", "time_mark")
    film.passages = [
        Passage(film_id="", ordinal=ordinal, **dict(zip(fields, row, strict=True))) for ordinal, row in enumerate(rows)
    ]
    return film.assign_id()


@pytest.fixture
async def store(tmp_path: Path):
    async with await Store.open(tmp_path / "data" / "filmbot.db") as opened:
        yield opened


def raw(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection, to check what is really in the file."""
    return sqlite3.connect(path)


# -- films --------------------------------------------------------------------------------------------------


async def test_round_trip_keeps_sections_facts_and_passages(store: Store):
    film = make_film()
    assert await store.save_film(film, replace=False, actor="alice") is SaveOutcome.LOADED

    got = await store.get_film(film.id)

    assert got is not None
    assert got.model_dump() == film.model_dump()
    assert [p.ordinal for p in got.passages] == [0, 1, 2, 3]
    assert got.passages[2].time_mark == 600
    assert got.passages[3].spoiler is True
    assert got.sections[1].paragraphs[0].time_mark == 7200
    assert await store.get_film("no-such-film") is None


async def test_save_fills_id_stamp_and_loaded_by_without_touching_the_callers_film(store: Store):
    film = make_film()
    film.id = ""
    film.loaded_at = None
    film.loaded_by = None

    await store.save_film(film, replace=False, actor="alice")

    assert film.id == "" and film.loaded_at is None  # the caller's object is unchanged
    got = await store.get_film("stalker-1979")
    assert got is not None
    assert got.loaded_by == "alice"
    assert got.loaded_at is not None and got.loaded_at.tzinfo is not None
    assert {p.film_id for p in got.passages} == {"stalker-1979"}


async def test_saving_again_without_replace_raises_and_keeps_the_first(store: Store):
    first = make_film(words="zone")
    await store.save_film(first, replace=False, actor="alice")

    with pytest.raises(FilmExists) as raised:
        await store.save_film(make_film(words="room", spoilers=3), replace=False, actor="bob")

    assert raised.value.existing_id == first.id
    assert await store.get_film(first.id) == first
    assert [e.action for e in await store.audit_entries()] == [AuditAction.LOAD]


async def test_identity_is_guild_title_key_and_year(store: Store):
    await store.save_film(make_film("Schindler's List", 1993), replace=False, actor=None)

    # Punctuation and case do not make a different film, even though the id (slug) differs.
    with pytest.raises(FilmExists) as raised:
        await store.save_film(make_film("SCHINDLERS LIST", 1993), replace=False, actor=None)
    assert raised.value.existing_id == "schindler-s-list-1993"

    # Another year or another guild is another film.
    await store.save_film(make_film("Schindler's List", 1994), replace=False, actor=None)
    await store.save_film(make_film("Schindler's List", 1993, guild_id=7), replace=False, actor=None)
    assert await store.count_films() == 3


async def test_replace_swaps_passages_and_audits_replace(store: Store, tmp_path: Path):
    await store.save_film(make_film(words="zone", spoilers=1), replace=False, actor="alice")

    outcome = await store.save_film(make_film(words="room", spoilers=3), replace=True, actor="bob")

    assert outcome is SaveOutcome.REPLACED
    got = await store.get_film("stalker-1979")
    assert got is not None
    assert [p.text for p in got.passages][1:] == [
        "The room is a place.",
        "Three men enter the room.",
        "Secret room ending 0.",
        "Secret room ending 1.",
        "Secret room ending 2.",
    ]
    with raw(tmp_path / "data" / "filmbot.db") as db:
        assert db.execute("SELECT COUNT(*) FROM passages").fetchone() == (6,)
    newest = (await store.audit_entries())[0]
    assert (newest.action, newest.actor, newest.content_hash) == (
        AuditAction.REPLACE,
        "bob",
        "hash-Stalker-room",
    )


async def test_replace_under_a_different_spelling_removes_the_old_id(store: Store):
    await store.save_film(make_film("Schindler's List", 1993), replace=False, actor=None)

    await store.save_film(make_film("Schindlers List", 1993), replace=True, actor=None)

    assert await store.get_film("schindler-s-list-1993") is None
    assert [row.id for row in await store.list_films()] == ["schindlers-list-1993"]


async def test_failure_midway_through_a_replace_keeps_the_old_version(store: Store, tmp_path: Path):
    old = make_film(words="zone")
    await store.save_film(old, replace=False, actor="alice")
    broken = make_film(words="room", spoilers=2)
    broken.passages[-1].ordinal = broken.passages[-2].ordinal  # the PK fails after the old rows are deleted

    with pytest.raises(sqlite3.IntegrityError):
        await store.save_film(broken, replace=True, actor="bob")

    assert await store.get_film(old.id) == old
    assert [e.action for e in await store.audit_entries()] == [AuditAction.LOAD]
    with raw(tmp_path / "data" / "filmbot.db") as db:
        assert db.execute("SELECT COUNT(*) FROM passages").fetchone() == (4,)
    # The connection is usable afterwards: the transaction was rolled back, not left open.
    assert await store.save_film(make_film(words="room"), replace=True, actor="bob") is SaveOutcome.REPLACED


async def test_remove_deletes_film_and_passages_and_audits(store: Store, tmp_path: Path):
    film = make_film(guild_id=5)
    await store.save_film(film, replace=False, actor="alice")

    assert await store.remove_film(film.id, actor="carol") is True
    assert await store.remove_film(film.id, actor="carol") is False

    assert await store.get_film(film.id) is None
    with raw(tmp_path / "data" / "filmbot.db") as db:
        assert db.execute("SELECT COUNT(*) FROM passages").fetchone() == (0,)
    entry = (await store.audit_entries())[0]
    assert (entry.action, entry.actor, entry.film_id, entry.title, entry.guild_id) == (
        AuditAction.REMOVE,
        "carol",
        film.id,
        "Stalker",
        5,
    )


async def test_list_films_isolates_guilds_and_counts_passages(store: Store):
    await store.save_film(make_film("Global", 2000, spoilers=2), replace=False, actor=None)
    await store.save_film(make_film("Mine", 2001, guild_id=1), replace=False, actor=None)
    await store.save_film(make_film("Theirs", 2002, guild_id=2), replace=False, actor=None)

    assert [r.title for r in await store.list_films()] == ["Global"]
    assert [r.title for r in await store.list_films(1)] == ["Global", "Mine"]
    assert [r.title for r in await store.list_films(2)] == ["Global", "Theirs"]
    assert [r.title for r in await store.list_films(all_guilds=True)] == ["Global", "Mine", "Theirs"]

    row = (await store.list_films())[0]
    assert (row.id, row.year, row.guild_id, row.passages, row.spoiler_passages) == (
        "global-2000",
        2000,
        None,
        5,
        2,
    )
    assert (row.loaded_at, row.loaded_by, row.source_file) == (NOW, "tester", "global.md")
    assert row.display_title == "Global (2000)"


async def test_find_films_by_title_key_respects_visibility(store: Store):
    await store.save_film(make_film("Alien", 1979), replace=False, actor=None)
    await store.save_film(make_film("Alien", 1979, guild_id=1), replace=False, actor=None)
    await store.save_film(make_film("Alien", 2030, guild_id=2), replace=False, actor=None)

    assert [r.id for r in await store.find_films("ALIEN!")] == ["alien-1979"]
    assert [r.id for r in await store.find_films("alien", guild_id=1)] == ["alien-1979", "alien-1979@1"]
    assert [r.id for r in await store.find_films("Alien", year=2030, guild_id=2)] == ["alien-2030@2"]
    assert await store.find_films("Aliens") == []


async def test_load_all_films_returns_every_film_complete(store: Store):
    films = [make_film(f"Film {i}", 1990 + i, guild_id=None if i % 2 else i, spoilers=i) for i in range(6)]
    empty = Film(title="No Passages", year=2020, loaded_at=NOW).assign_id()
    for film in [*films, empty]:
        await store.save_film(film, replace=False, actor=None)

    loaded = {film.id: film for film in await store.load_all_films()}

    assert loaded == {film.id: film for film in [*films, empty]}
    assert [len(loaded[f.id].passages) for f in films] == [3, 4, 5, 6, 7, 8]


async def test_audit_entries_newest_first_limited_and_by_guild(store: Store):
    await store.save_film(make_film("A", 2000), replace=False, actor="x")
    await store.save_film(make_film("B", 2000, guild_id=9), replace=False, actor="y")
    await store.save_film(make_film("B", 2000, guild_id=9), replace=True, actor="z")

    entries = await store.audit_entries()
    assert [(e.title, e.action, e.actor) for e in entries] == [
        ("B", AuditAction.REPLACE, "z"),
        ("B", AuditAction.LOAD, "y"),
        ("A", AuditAction.LOAD, "x"),
    ]
    assert entries[0].at.tzinfo is not None
    assert len(await store.audit_entries(limit=1)) == 1
    assert [e.actor for e in await store.audit_entries(guild_id=9)] == ["z", "y"]
    assert await store.audit_entries(guild_id=10) == []


async def test_concurrent_reads_never_see_half_a_replace(store: Store):
    versions = [make_film(words=f"w{i}", spoilers=i % 4) for i in range(12)]
    await store.save_film(versions[0], replace=False, actor=None)

    async def reader() -> list[Film | None]:
        return [await store.get_film(versions[0].id) for _ in range(20)]

    results = await asyncio.gather(
        *(store.save_film(v, replace=True, actor=None) for v in versions[1:]), reader(), reader()
    )

    for seen in results[-2:]:
        assert all(film in versions for film in seen)


# -- spoiler preferences ------------------------------------------------------------------------------------


async def test_set_pref_upserts_one_row_per_channel_user_film(store: Store):
    first = await store.set_pref(
        guild_id=1, channel_id=10, user_id=None, film_id=None, scope="on", expires_at=None, set_by=99
    )
    second = await store.set_pref(
        guild_id=1,
        channel_id=10,
        user_id=None,
        film_id=None,
        scope="upto:45%",
        expires_at=NOW + timedelta(hours=1),
        set_by=98,
    )

    assert second.id == first.id
    assert (second.scope, second.expires_at, second.set_by) == ("upto:45%", NOW + timedelta(hours=1), 98)
    assert [p.scope for p in await store.prefs_for(10, 5, NOW)] == ["upto:45%"]


async def test_prefs_for_gives_channel_rows_and_the_users_rows_unexpired(store: Store):
    async def pref(user_id: int | None, film_id: str | None, scope: str, expires: datetime | None = None) -> None:
        await store.set_pref(
            guild_id=1,
            channel_id=10,
            user_id=user_id,
            film_id=film_id,
            scope=scope,
            expires_at=expires,
            set_by=1,
        )

    await pref(5, "alien-1979", "upto:1:12")
    await pref(None, None, "on")
    await pref(5, None, "upto:30%")
    await pref(6, None, "on")  # another user
    await pref(None, "alien-1979", "on", expires=NOW - timedelta(seconds=1))  # expired
    await pref(5, "stalker-1979", "on", expires=NOW + timedelta(minutes=5))
    await store.set_pref(
        guild_id=1, channel_id=11, user_id=5, film_id=None, scope="on", expires_at=None, set_by=1
    )  # another channel

    got = [(p.user_id, p.film_id, p.scope) for p in await store.prefs_for(10, 5, NOW)]

    assert got == [
        (None, None, "on"),
        (5, None, "upto:30%"),
        (5, "alien-1979", "upto:1:12"),
        (5, "stalker-1979", "on"),
    ]
    later = [(p.user_id, p.film_id) for p in await store.prefs_for(10, 5, NOW + timedelta(minutes=10))]
    assert (5, "stalker-1979") not in later
    assert await store.purge_expired_prefs(NOW) == 1


async def test_clear_pref_and_clear_prefs(store: Store):
    for user_id, film_id in [(5, None), (5, "a"), (5, "b"), (None, None), (None, "a")]:
        await store.set_pref(
            guild_id=None,
            channel_id=10,
            user_id=user_id,
            film_id=film_id,
            scope="on",
            expires_at=None,
            set_by=1,
        )

    assert await store.clear_pref(channel_id=10, user_id=5, film_id="a") is True
    assert await store.clear_pref(channel_id=10, user_id=5, film_id="a") is False
    assert await store.clear_pref(channel_id=10, user_id=None) is True  # the channel-wide every-film row
    assert [(p.user_id, p.film_id) for p in await store.prefs_for(10, 5, NOW)] == [
        (None, "a"),
        (5, None),
        (5, "b"),
    ]

    assert await store.clear_prefs(10, 5) == 2
    assert [(p.user_id, p.film_id) for p in await store.prefs_for(10, 5, NOW)] == [(None, "a")]


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


async def test_integrity_check_reports_ok(store: Store):
    await store.save_film(make_film(), replace=False, actor=None)
    assert await store.integrity_check() == ["ok"]


async def test_a_closed_store_says_so(tmp_path: Path):
    store = await Store.open(tmp_path / "filmbot.db")
    await store.close()
    await store.close()  # closing twice is harmless
    with pytest.raises(RuntimeError, match="closed"):
        await store.count_films()


# -- title keys ---------------------------------------------------------------------------------------------


def test_identity_key_ignores_case_punctuation_and_spacing():
    assert identity_key("Schindler's  List") == identity_key("schindlers list") == "schindlers list"
    assert identity_key("Amélie") == "amélie"
    assert identity_key("Сталкер!") == "сталкер"


@given(st.text())
def test_identity_key_is_idempotent(title: str):
    assert identity_key(identity_key(title)) == identity_key(title)


async def test_film_batches_yield_every_film_once_with_its_passages(tmp_path):
    from corpus.bundled import sample_files
    from corpus.load import parse_document

    async with await Store.open(tmp_path / "b.db") as store:
        for entry in sample_files():
            await store.save_film(parse_document(entry.read_bytes(), entry.name), replace=False, actor="t")
        everything = {film.id: film for film in await store.load_all_films()}
        batches = [batch async for batch in store.film_batches(batch_size=5)]
        assert [len(batch) for batch in batches] == [5, 5, len(everything) - 10]
        batched = {film.id: film for batch in batches for film in batch}
        assert batched.keys() == everything.keys()
        for film_id, film in everything.items():
            assert [p.text for p in batched[film_id].passages] == [p.text for p in film.passages]
