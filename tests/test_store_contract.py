"""The store contract, run against both backends: a real SQLite file and a real PostgreSQL database.

Every public method of `corpus.store_api.FilmStore`: round trips, identity and replacement, one transaction per
write (a failure midway leaves the old film whole), visibility and order of listings, audit, spoiler preferences
(rows, expiry, `then_scope`, `clear_films`), reveal tokens, the change log, dump/restore. Whatever one backend
answers, the other must answer the same.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from corpus.bundled import sample_files
from corpus.load import parse_document
from corpus.models import Film
from corpus.postgres_store import PostgresStore
from corpus.store import AuditAction, FilmExists, SaveOutcome, Store, StoreNotEmpty
from corpus.store_api import FilmStore, open_store
from tests.store_backends import BACKENDS, INTEGRITY_ERRORS, NOW, location_for, make_film, opened

BIG = 2**62 + 12345  # a Discord snowflake well past 32 bits


@pytest.fixture(params=BACKENDS)
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[FilmStore]:
    async for opened_store in opened(location_for(request.param, request, tmp_path)):
        yield opened_store


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    return location_for(request.param, request, tmp_path)


# -- films --------------------------------------------------------------------------------------------------


async def test_round_trip_keeps_sections_facts_and_passages(store: FilmStore):
    film = make_film(guild_id=BIG)
    assert await store.save_film(film, replace=False, actor="alice") is SaveOutcome.LOADED

    got = await store.get_film(film.id)

    assert got is not None
    assert got.model_dump() == film.model_dump()  # positions too: 1/3 survives as the same double
    assert got.model_dump_json() == film.model_dump_json()
    assert got.passages[2].position_end == 1 / 3 and got.passages[2].time_mark == 600
    assert [p.spoiler for p in got.passages] == [False, False, False, True]
    assert await store.get_film("no-such-film") is None


async def test_save_fills_id_stamp_and_loaded_by_without_touching_the_callers_film(store: FilmStore):
    film = make_film()
    film.id, film.loaded_at, film.loaded_by = "", None, None

    await store.save_film(film, replace=False, actor="alice")

    assert film.id == "" and film.loaded_at is None
    got = await store.get_film("stalker-1979")
    assert got is not None and got.loaded_by == "alice"
    assert got.loaded_at is not None and got.loaded_at.tzinfo is not None
    assert {p.film_id for p in got.passages} == {"stalker-1979"}
    row = (await store.list_films())[0]
    assert row.loaded_at == got.loaded_at  # the refresh compares these two


async def test_saving_again_without_replace_raises_and_keeps_the_first(store: FilmStore):
    first = make_film(words="zone")
    await store.save_film(first, replace=False, actor="alice")

    with pytest.raises(FilmExists) as raised:
        await store.save_film(make_film(words="room", spoilers=3), replace=False, actor="bob")

    assert raised.value.existing_id == first.id
    assert await store.get_film(first.id) == first
    assert [e.action for e in await store.audit_entries()] == [AuditAction.LOAD]
    assert [(c.film_id, c.action) for c in await store.changes_since(0)] == [(first.id, AuditAction.LOAD)]


async def test_identity_is_guild_title_key_and_year(store: FilmStore):
    await store.save_film(make_film("Schindler's List", 1993), replace=False, actor=None)
    with pytest.raises(FilmExists) as raised:
        await store.save_film(make_film("SCHINDLERS LIST", 1993), replace=False, actor=None)
    assert raised.value.existing_id == "schindler-s-list-1993"

    await store.save_film(make_film("Schindler's List", 1994), replace=False, actor=None)
    await store.save_film(make_film("Schindler's List", 1993, guild_id=BIG), replace=False, actor=None)
    await store.save_film(make_film("Schindler's List", None), replace=False, actor=None)
    with pytest.raises(FilmExists):  # no year is a year of its own, and it is taken now
        await store.save_film(make_film("schindler's list", None), replace=False, actor=None)
    assert await store.count_films() == 4


async def test_replace_swaps_passages_audits_and_logs_the_change(store: FilmStore):
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
    assert (await store.table_counts())["passages"] == 6
    newest = (await store.audit_entries())[0]
    assert (newest.action, newest.actor, newest.content_hash) == (AuditAction.REPLACE, "bob", "hash-Stalker-room")
    assert [(c.film_id, c.action) for c in await store.changes_since(0)] == [
        ("stalker-1979", AuditAction.LOAD),
        ("stalker-1979", AuditAction.REPLACE),
    ]


async def test_replace_under_a_different_spelling_retires_the_old_id_in_the_log(store: FilmStore):
    await store.save_film(make_film("Schindler's List", 1993), replace=False, actor=None)

    await store.save_film(make_film("Schindlers List", 1993), replace=True, actor=None)

    assert await store.get_film("schindler-s-list-1993") is None
    assert [row.id for row in await store.list_films()] == ["schindlers-list-1993"]
    # A process catching up must drop the old id and read the new one.
    assert [(c.film_id, c.action) for c in await store.changes_since(1)] == [
        ("schindler-s-list-1993", AuditAction.REMOVE),
        ("schindlers-list-1993", AuditAction.REPLACE),
    ]


async def test_failure_midway_through_a_replace_keeps_the_old_version(store: FilmStore):
    old = make_film(words="zone")
    await store.save_film(old, replace=False, actor="alice")
    before = await store.table_counts()
    broken = make_film(words="room", spoilers=2)
    broken.passages[-1].ordinal = broken.passages[-2].ordinal  # the key fails after the old rows are deleted

    with pytest.raises(INTEGRITY_ERRORS):
        await store.save_film(broken, replace=True, actor="bob")

    assert await store.get_film(old.id) == old
    assert await store.table_counts() == before  # no audit row, no change-log row, no passage
    assert await store.latest_change() == 1
    # The store is usable afterwards: the transaction was rolled back, not left open.
    assert await store.save_film(make_film(words="room"), replace=True, actor="bob") is SaveOutcome.REPLACED


async def test_remove_deletes_film_and_passages_audits_and_logs(store: FilmStore):
    film = make_film(guild_id=5)
    await store.save_film(film, replace=False, actor="alice")

    assert await store.remove_film(film.id, actor="carol") is True
    assert await store.remove_film(film.id, actor="carol") is False

    assert await store.get_film(film.id) is None
    assert (await store.table_counts())["passages"] == 0
    entry = (await store.audit_entries())[0]
    assert (entry.action, entry.actor, entry.film_id, entry.title, entry.guild_id) == (
        AuditAction.REMOVE,
        "carol",
        film.id,
        "Stalker",
        5,
    )
    assert [(c.film_id, c.action) for c in await store.changes_since(0)] == [
        (film.id, AuditAction.LOAD),
        (film.id, AuditAction.REMOVE),
    ]


async def test_list_films_isolates_guilds_counts_passages_and_orders_alike(store: FilmStore):
    await store.save_film(make_film("Global", 2000, spoilers=2), replace=False, actor=None)
    await store.save_film(make_film("Mine", 2001, guild_id=1), replace=False, actor=None)
    await store.save_film(make_film("Theirs", 2002, guild_id=BIG), replace=False, actor=None)
    # Same title key and year: the global film (no guild) first, in both backends.
    await store.save_film(make_film("Alien", 1979, guild_id=1), replace=False, actor=None)
    await store.save_film(make_film("Alien", 1979), replace=False, actor=None)
    await store.save_film(make_film("Alien", None), replace=False, actor=None)
    await store.save_film(make_film("Élan", 2003), replace=False, actor=None)  # after z, bytewise
    await store.save_film(make_film("zed", 2004), replace=False, actor=None)

    assert [r.title for r in await store.list_films()] == ["Alien", "Alien", "Global", "zed", "Élan"]
    assert [r.id for r in await store.list_films(1)] == [
        "alien",
        "alien-1979",
        "alien-1979@1",
        "global-2000",
        "mine-2001@1",
        "zed-2004",
        "elan-2003",
    ]
    assert [r.title for r in await store.list_films(BIG)] == ["Alien", "Alien", "Global", "Theirs", "zed", "Élan"]
    assert len(await store.list_films(all_guilds=True)) == 8

    row = next(r for r in await store.list_films() if r.id == "global-2000")
    assert (row.year, row.guild_id, row.passages, row.spoiler_passages) == (2000, None, 5, 2)
    assert (row.loaded_at, row.loaded_by, row.source_file, row.content_hash) == (
        NOW,
        "tester",
        "global.md",
        "hash-Global-zone",
    )
    assert row.display_title == "Global (2000)"
    assert (await store.list_films(BIG))[3].guild_id == BIG


async def test_find_films_by_title_key_respects_visibility(store: FilmStore):
    await store.save_film(make_film("Alien", 1979), replace=False, actor=None)
    await store.save_film(make_film("Alien", 1979, guild_id=1), replace=False, actor=None)
    await store.save_film(make_film("Alien", 2030, guild_id=2), replace=False, actor=None)

    assert [r.id for r in await store.find_films("ALIEN!")] == ["alien-1979"]
    assert [r.id for r in await store.find_films("alien", guild_id=1)] == ["alien-1979", "alien-1979@1"]
    assert [r.id for r in await store.find_films("Alien", year=2030, guild_id=2)] == ["alien-2030@2"]
    assert await store.find_films("Alien", year=2030) == []
    assert await store.find_films("Aliens") == []


async def test_load_all_films_and_batches_return_every_film_complete(store: FilmStore):
    films = [make_film(f"Film {i}", 1990 + i, guild_id=None if i % 2 else i, spoilers=i) for i in range(6)]
    empty = Film(title="No Passages", year=2020, loaded_at=NOW).assign_id()
    for film in [*films, empty]:
        await store.save_film(film, replace=False, actor=None)

    everything = await store.load_all_films()
    assert {film.id: film for film in everything} == {film.id: film for film in [*films, empty]}
    batches = [batch async for batch in store.film_batches(batch_size=3)]
    assert [len(batch) for batch in batches] == [3, 3, 1]
    assert [film.id for batch in batches for film in batch] == sorted(f.id for f in [*films, empty])
    assert {film.id: film for batch in batches for film in batch} == {film.id: film for film in everything}
    assert await store.count_films() == 7


async def test_the_bundled_films_come_back_whole_in_batches(store: FilmStore):
    everything = {}
    for entry in sample_files():
        film = parse_document(entry.read_bytes(), entry.name).model_copy(update={"loaded_at": NOW, "loaded_by": "t"})
        await store.save_film(film, replace=False, actor="t")
        everything[film.id] = film

    batches = [batch async for batch in store.film_batches(batch_size=5)]

    assert [len(batch) for batch in batches] == [5, 5, len(everything) - 10]
    assert {film.id: film for batch in batches for film in batch} == everything
    assert {film.id: film for film in await store.load_all_films()} == everything


async def test_audit_entries_newest_first_limited_and_by_guild(store: FilmStore):
    await store.save_film(make_film("A", 2000), replace=False, actor="x")
    await store.save_film(make_film("B", 2000, guild_id=9), replace=False, actor="y")
    await store.save_film(make_film("B", 2000, guild_id=9), replace=True, actor="z")

    entries = await store.audit_entries()
    assert [(e.title, e.action, e.actor) for e in entries] == [
        ("B", AuditAction.REPLACE, "z"),
        ("B", AuditAction.LOAD, "y"),
        ("A", AuditAction.LOAD, "x"),
    ]
    assert entries[0].at.tzinfo is not None and entries[0].id > entries[1].id
    assert len(await store.audit_entries(limit=1)) == 1
    assert [e.actor for e in await store.audit_entries(guild_id=9)] == ["z", "y"]
    assert await store.audit_entries(guild_id=10) == []


async def test_concurrent_reads_never_see_half_a_replace(store: FilmStore):
    versions = [make_film(words=f"w{i}", spoilers=i % 4) for i in range(12)]
    await store.save_film(versions[0], replace=False, actor=None)

    async def reader() -> list[Film | None]:
        return [await store.get_film(versions[0].id) for _ in range(20)]

    results = await asyncio.gather(
        *(store.save_film(v, replace=True, actor=None) for v in versions[1:]), reader(), reader()
    )

    for seen in results[-2:]:
        assert all(film in versions for film in seen)
    assert [c.id for c in await store.changes_since(0)] == list(range(1, 13))


async def test_data_version_moves_when_another_connection_commits(location: str | Path):
    async for first in opened(location):
        async for second in opened(location):
            before = await first.data_version()
            await second.save_film(make_film(), replace=False, actor="other")
            assert await first.data_version() != before
            assert [row.id for row in await first.list_films()] == ["stalker-1979"]


# -- spoiler preferences ------------------------------------------------------------------------------------


async def test_set_pref_upserts_one_row_per_channel_user_film(store: FilmStore):
    first = await store.set_pref(
        guild_id=BIG, channel_id=BIG + 1, user_id=None, film_id=None, scope="on", expires_at=None, set_by=BIG + 2
    )
    second = await store.set_pref(
        guild_id=BIG,
        channel_id=BIG + 1,
        user_id=None,
        film_id=None,
        scope="upto:45%",
        expires_at=NOW + timedelta(hours=1),
        set_by=98,
    )

    assert second.id == first.id
    assert (second.guild_id, second.channel_id, second.user_id, second.film_id) == (BIG, BIG + 1, None, None)
    assert (second.scope, second.expires_at, second.set_by, second.then_scope) == (
        "upto:45%",
        NOW + timedelta(hours=1),
        98,
        "on",
    )
    assert second.set_at.tzinfo is not None
    assert [p.scope for p in await store.prefs_for(BIG + 1, 5, NOW)] == ["upto:45%"]
    assert (await store.table_counts())["spoiler_prefs"] == 1


async def test_prefs_for_gives_channel_rows_and_the_users_rows_unexpired(store: FilmStore):
    async def pref(user_id: int | None, film_id: str | None, scope: str, expires: datetime | None = None) -> None:
        await store.set_pref(
            guild_id=1, channel_id=10, user_id=user_id, film_id=film_id, scope=scope, expires_at=expires, set_by=1
        )

    await pref(5, "alien-1979", "upto:1:12")
    await pref(None, None, "on")
    await pref(5, None, "upto:30%")
    await pref(6, None, "on")  # another user
    await pref(None, "alien-1979", "on", expires=NOW - timedelta(seconds=1))  # expired
    await pref(5, "stalker-1979", "on", expires=NOW + timedelta(minutes=5))
    await store.set_pref(guild_id=1, channel_id=11, user_id=5, film_id=None, scope="on", expires_at=None, set_by=1)

    got = [(p.user_id, p.film_id, p.scope) for p in await store.prefs_for(10, 5, NOW)]

    assert got == [(None, None, "on"), (5, None, "upto:30%"), (5, "alien-1979", "upto:1:12"), (5, "stalker-1979", "on")]
    # Expiry is exact to the microsecond, and "at" the moment is already expired.
    at_expiry = NOW + timedelta(minutes=5)
    assert (5, "stalker-1979") in [
        (p.user_id, p.film_id) for p in await store.prefs_for(10, 5, at_expiry - timedelta(microseconds=1))
    ]
    assert (5, "stalker-1979") not in [(p.user_id, p.film_id) for p in await store.prefs_for(10, 5, at_expiry)]
    assert await store.purge_expired_prefs(NOW) == 1
    assert (await store.table_counts())["spoiler_prefs"] == 6


async def test_a_timed_choice_gives_way_to_the_lasting_one_it_covered(store: FilmStore):
    async def pref(scope: str, expires: datetime | None) -> None:
        await store.set_pref(
            guild_id=None, channel_id=10, user_id=5, film_id="f", scope=scope, expires_at=expires, set_by=5
        )

    await pref("upto:20%", None)
    await pref("on", NOW + timedelta(minutes=30))
    await pref("upto:50%", NOW + timedelta(minutes=60))  # a second timed choice still covers the lasting one

    assert [(p.scope, p.then_scope) for p in await store.prefs_for(10, 5, NOW)] == [("upto:50%", "upto:20%")]
    later = await store.prefs_for(10, 5, NOW + timedelta(hours=2))
    assert [(p.scope, p.expires_at, p.then_scope) for p in later] == [("upto:20%", None, None)]

    assert await store.purge_expired_prefs(NOW + timedelta(hours=2)) == 1
    settled = await store.prefs_for(10, 5, NOW + timedelta(days=30))
    assert [(p.scope, p.expires_at, p.then_scope) for p in settled] == [("upto:20%", None, None)]

    # A timed choice over nothing is gone after its expiry, and purged.
    await store.set_pref(
        guild_id=None,
        channel_id=10,
        user_id=6,
        film_id=None,
        scope="on",
        expires_at=NOW + timedelta(minutes=1),
        set_by=6,
    )
    assert await store.prefs_for(10, 6, NOW + timedelta(minutes=2)) == []
    assert await store.purge_expired_prefs(NOW + timedelta(minutes=2)) == 1
    assert (await store.table_counts())["spoiler_prefs"] == 1


async def test_clear_films_drops_the_single_film_rows_with_the_every_film_one(store: FilmStore):
    for film_id in ("a", "b"):
        await store.set_pref(
            guild_id=None, channel_id=10, user_id=5, film_id=film_id, scope="on", expires_at=None, set_by=5
        )
    await store.set_pref(
        guild_id=None, channel_id=10, user_id=None, film_id="a", scope="on", expires_at=None, set_by=1
    )  # the channel's row is not the user's
    await store.set_pref(
        guild_id=None, channel_id=11, user_id=5, film_id="a", scope="on", expires_at=None, set_by=5
    )  # nor is another channel's

    await store.set_pref(
        guild_id=None, channel_id=10, user_id=5, film_id=None, scope="off", expires_at=None, set_by=5, clear_films=True
    )

    assert [(p.user_id, p.film_id, p.scope) for p in await store.prefs_for(10, 5, NOW)] == [
        (None, "a", "on"),
        (5, None, "off"),
    ]
    assert [(p.film_id, p.scope) for p in await store.prefs_for(11, 5, NOW)] == [("a", "on")]


async def test_clear_pref_and_clear_prefs(store: FilmStore):
    for user_id, film_id in [(5, None), (5, "a"), (5, "b"), (None, None), (None, "a")]:
        await store.set_pref(
            guild_id=None, channel_id=10, user_id=user_id, film_id=film_id, scope="on", expires_at=None, set_by=1
        )

    assert await store.clear_pref(channel_id=10, user_id=5, film_id="a") is True
    assert await store.clear_pref(channel_id=10, user_id=5, film_id="a") is False
    assert await store.clear_pref(channel_id=10, user_id=None) is True
    assert [(p.user_id, p.film_id) for p in await store.prefs_for(10, 5, NOW)] == [(None, "a"), (5, None), (5, "b")]
    assert await store.clear_prefs(10, 5) == 2
    assert await store.clear_prefs(10, 5) == 0
    assert [(p.user_id, p.film_id) for p in await store.prefs_for(10, 5, NOW)] == [(None, "a")]
    assert await store.clear_prefs(10, None) == 1


# -- reveal requests ----------------------------------------------------------------------------------------


async def test_reveal_tokens_answer_until_they_expire_and_are_purged(store: FilmStore):
    await store.add_reveal(
        token="old",
        guild_id=None,
        channel_id=BIG,
        film_id="stalker-1979",
        question="what is in the room?",
        now=NOW - timedelta(days=8),
    )
    await store.add_reveal(
        token="new", guild_id=BIG, channel_id=BIG, film_id="alien-1979", question="who survives?", now=NOW
    )

    week_ago = NOW - timedelta(days=7)
    assert await store.get_reveal("new", not_before=week_ago) == ("who survives?", "alien-1979")
    assert await store.get_reveal("old", not_before=week_ago) is None  # expired: ask again
    assert await store.get_reveal("old", not_before=NOW - timedelta(days=9)) == ("what is in the room?", "stalker-1979")
    assert await store.get_reveal("new", not_before=NOW) is None  # made at, not after
    assert await store.get_reveal("nobody", not_before=week_ago) is None

    assert await store.purge_reveals(before=week_ago) == 1
    assert await store.purge_reveals(before=week_ago) == 0
    assert await store.get_reveal("old", not_before=NOW - timedelta(days=9)) is None
    assert (await store.table_counts())["reveal_requests"] == 1
    with pytest.raises(INTEGRITY_ERRORS):  # a token is never handed out twice
        await store.add_reveal(token="new", guild_id=None, channel_id=1, film_id="x", question="?", now=NOW)


# -- the change log -----------------------------------------------------------------------------------------


async def test_change_log_numbers_every_film_change_in_order(store: FilmStore):
    assert await store.latest_change() == 0
    assert await store.changes_since(0) == []
    for title in ("A", "B", "C"):
        await store.save_film(make_film(title, 2000), replace=False, actor=None)
    await store.save_film(make_film("B", 2000, words="new"), replace=True, actor=None)
    await store.remove_film("a-2000", actor=None)
    assert await store.remove_film("a-2000", actor=None) is False  # nothing changed, nothing logged
    await store.set_pref(
        guild_id=None, channel_id=1, user_id=None, film_id=None, scope="on", expires_at=None, set_by=1
    )  # not a film change

    changes = await store.changes_since(0)
    assert [(c.id, c.film_id, c.action) for c in changes] == [
        (1, "a-2000", AuditAction.LOAD),
        (2, "b-2000", AuditAction.LOAD),
        (3, "c-2000", AuditAction.LOAD),
        (4, "b-2000", AuditAction.REPLACE),
        (5, "a-2000", AuditAction.REMOVE),
    ]
    assert all(c.at.tzinfo is not None for c in changes)
    assert await store.latest_change() == 5
    assert [c.id for c in await store.changes_since(3)] == [4, 5]
    assert [c.id for c in await store.changes_since(1, limit=2)] == [2, 3]
    assert await store.changes_since(5) == []


# -- dump and restore ---------------------------------------------------------------------------------------


async def _fill(store: FilmStore) -> None:
    await store.save_film(make_film("A", 2000, guild_id=BIG), replace=False, actor="x")
    await store.save_film(make_film("B", 2001, spoilers=3), replace=False, actor="y")
    await store.save_film(make_film("B", 2001, words="new"), replace=True, actor="y")
    await store.remove_film("a-2000@" + str(BIG), actor="z")
    await store.save_film(make_film("C", None), replace=False, actor="x")
    await store.set_pref(
        guild_id=BIG,
        channel_id=BIG,
        user_id=BIG,
        film_id="b-2001",
        scope="upto:1:12",
        expires_at=NOW + timedelta(minutes=5),
        set_by=BIG,
    )
    await store.add_reveal(token="t", guild_id=None, channel_id=3, film_id="c", question="why?", now=NOW)


async def test_dump_restores_into_an_empty_store_of_either_backend(store: FilmStore, tmp_path: Path):
    await _fill(store)
    dumped = [(table, rows) async for table, rows in store.dump(batch_size=4)]
    assert max(len(rows) for _, rows in dumped) == 4

    async for copy in opened(tmp_path / "copy.db"):

        async def replay() -> AsyncIterator[tuple[str, list[tuple[object, ...]]]]:
            for item in dumped:
                yield item

        written = await copy.restore(replay())
        assert written == await store.table_counts() == await copy.table_counts()
        assert [(t, r) async for t, r in copy.dump(batch_size=4)] == dumped
        assert await copy.load_all_films() == await store.load_all_films()
        # Generated ids carry on after the copied ones.
        await copy.save_film(make_film("D", 2002), replace=False, actor=None)
        assert await copy.latest_change() == await store.latest_change() + 1
        assert (await copy.audit_entries(limit=1))[0].id == (await store.audit_entries(limit=1))[0].id + 1
        with pytest.raises(StoreNotEmpty, match="already holds data"):
            await copy.restore(replay())


async def test_restore_refuses_a_store_that_holds_anything(store: FilmStore):
    await store.add_reveal(token="t", guild_id=None, channel_id=3, film_id="c", question="why?", now=NOW)

    async def nothing() -> AsyncIterator[tuple[str, list[tuple[object, ...]]]]:
        yield "films", [make_film().model_dump(include={"id"})]  # never read

    with pytest.raises(StoreNotEmpty, match=r"\(reveal_requests\); copy into an empty database"):
        await store.restore(nothing())
    assert (await store.table_counts())["films"] == 0


# -- lifecycle ----------------------------------------------------------------------------------------------


async def test_a_closed_store_says_so(location: str | Path):
    store = await open_store(location)
    await store.close()
    await store.close()  # closing twice is harmless
    with pytest.raises(RuntimeError, match="closed"):
        await store.count_films()


async def test_reopening_keeps_everything(location: str | Path):
    async for store in opened(location):
        await _fill(store)
        before = [(t, r) async for t, r in store.dump()]
    async for store in opened(location):
        assert [(t, r) async for t, r in store.dump()] == before
        assert await store.integrity_check() == ["ok"]


def test_both_stores_offer_the_whole_interface_with_the_same_signatures():
    members = [name for name in dir(FilmStore) if not name.startswith("_") or name in ("__aenter__", "__aexit__")]
    members = [name for name in members if name not in dir(object) or name in ("__aenter__", "__aexit__")]
    assert {"save_film", "prefs_for", "changes_since", "latest_change", "restore", "location"} <= set(members)
    for name in members:
        ours = getattr(FilmStore, name)
        for implementation in (Store, PostgresStore):
            theirs = getattr(implementation, name)
            if isinstance(ours, property):
                assert isinstance(theirs, property), (implementation.__name__, name)
                continue
            assert inspect.signature(theirs) == inspect.signature(ours), (implementation.__name__, name)
