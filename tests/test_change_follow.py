"""Several processes, one truth: a film loaded, replaced or removed through one service is answered (or gone) in
another that follows the store's changes: LISTEN/NOTIFY on PostgreSQL, polling on SQLite, catch-up after a lost
connection. And with PostgreSQL down, questions are still answered, with spoilers off."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.service import SETTINGS_UNREADABLE, Asker, FilmService
from corpus.bundled import sample_files
from corpus.postgres_db import StoreUnavailable
from corpus.store import DatabaseBusy
from index.answer_model import Status
from tests.postgres_server import PostgresServer
from tests.store_backends import location_for

ASKER = Asker(user_id=7, channel_id=70, guild_id=None)
# Each film's text holds words no bundled film has, so "found by content" means found in this film.
ORBIT = b"""# Marmalade Orbit (2031)

Director: Ada Quill

## Premise
A courier named Tamsin delivers marmalade to an orbiting greenhouse run by a gardener called Perpetua.

## Plot
Tamsin discovers that the greenhouse grows oranges for the whole colony.
"""
ORBIT_RECUT = ORBIT.replace(b"Ada Quill", b"Bram Vellum")
SPOILER = b"""# Quiet Lanterns (2029)

Director: Ines Marrow

## Premise
A lamplighter named Oswin tends the lanterns of a drowned village.

## Ending
[spoiler]Oswin turns out to be the ghost of the village's last mayor.[/spoiler]
"""
CANCEL_ATTEMPTS = 8  # each loses a race on the old code now and then (the feed, or the refresh after it)
FOLLOW_TIMEOUT_S = 5.0  # the target is 2 s; the margin is for a loaded CI machine, the bench measures it


@contextlib.asynccontextmanager
async def following(location: str | Path) -> AsyncIterator[FilmService]:
    """A service that follows changes, as the Discord bot's does, until the block ends."""
    async with await FilmService.open(location) as service:
        task = asyncio.create_task(service.follow_changes())
        try:
            yield service
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def answered_within(service: FilmService, question: str, wanted: str, seconds: float = FOLLOW_TIMEOUT_S) -> None:
    async with asyncio.timeout(seconds):
        while wanted not in (await service.ask_as(ASKER, question)).public.answer:
            await asyncio.sleep(0.02)


async def gone_within(service: FilmService, film_id: str, seconds: float = FOLLOW_TIMEOUT_S) -> None:
    async with asyncio.timeout(seconds):
        while any(ref.id == film_id for ref in service.films()):
            await asyncio.sleep(0.02)


async def what_the_asker_sees(service: FilmService, question: str) -> str:
    """The answer that reaches the asker: the private one when their own opt-in shows more than the channel."""
    result = await service.ask_as(ASKER, question)
    return (result.private or result.public).answer


@pytest.fixture(params=["sqlite", "postgres"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    return location_for(request.param, request, tmp_path)


async def test_a_film_loaded_replaced_and_removed_elsewhere_follows_in_the_other_service(location: str | Path):
    async with following(location) as reader, await FilmService.open(location) as writer:
        await writer.add_document(ORBIT, "orbit.md", guild_id=None, actor="writer", replace=False)
        await answered_within(reader, "who directed Marmalade Orbit?", "Ada Quill")
        # Found by its content too, not only by title: the film-level search holds it.
        found = (await reader.ask_as(ASKER, "who delivers marmalade to the orbiting greenhouse?")).public
        assert found.film is not None and found.film.id == "marmalade-orbit-2031"

        await writer.add_document(ORBIT_RECUT, "orbit.md", guild_id=None, actor="writer", replace=True)
        await answered_within(reader, "who directed Marmalade Orbit?", "Bram Vellum")

        await writer.remove("Marmalade Orbit", guild_id=None, actor="writer", own_guild_only=False)
        await gone_within(reader, "marmalade-orbit-2031")
        assert (await reader.ask_as(ASKER, "who directed Marmalade Orbit?")).public.status is not Status.ANSWERED


async def test_a_film_loaded_while_a_service_starts_is_caught_up(location: str | Path):
    """The newest change id is read before the films: one committed in between is applied by the first refresh."""
    async with await FilmService.open(location) as first:
        reader = await FilmService.open(location)
        try:
            await first.add_document(ORBIT, "orbit.md", guild_id=None, actor="a", replace=False)
            reader.internals.engine.remove_film("marmalade-orbit-2031")  # as if it had loaded just before the commit
            assert await reader.refresh() == 1
            assert "Ada Quill" in (await reader.ask_as(ASKER, "who directed Marmalade Orbit?")).public.answer
            assert await reader.refresh() == 0  # nothing new: one cheap read
        finally:
            await reader.close()


async def test_own_changes_are_not_applied_twice(location: str | Path):
    async with await FilmService.open(location) as service:
        await service.add_document(ORBIT, "orbit.md", guild_id=None, actor="a", replace=False)
        assert await service.refresh() == 0


async def test_a_lost_listening_connection_catches_up_what_it_missed(postgres: PostgresServer, postgres_db: str):
    async with following(postgres_db) as reader, await FilmService.open(postgres_db) as writer:
        await writer.add_document(ORBIT, "orbit.md", guild_id=None, actor="writer", replace=False)
        await answered_within(reader, "who directed Marmalade Orbit?", "Ada Quill")
        # Kill the listener, and load a film before it is back: no notification reaches it, ever.
        assert postgres.terminate_backends(application_name="filmbot listener", database=postgres_db) == 1
        await writer.add_document(SPOILER, "lanterns.md", guild_id=None, actor="writer", replace=False)
        await answered_within(reader, "who directed Quiet Lanterns?", "Ines Marrow")


async def test_following_ends_when_cancelled_as_the_listening_connection_is_lost(
    postgres: PostgresServer, postgres_db: str
):
    """The bot's shutdown cancels the feed. When the listening connection was lost in the same moment, the feed
    once swallowed the cancellation (on Python 3.11, `asyncio.wait_for` returns the inner result when both land
    together: CPython gh-86296), reconnected and listened on, so shutdown never ended. Here the server stops and
    starts while this loop is blocked, so the loss is read as the cancellation lands."""
    for attempt in range(CANCEL_ATTEMPTS):
        async with await FilmService.open(postgres_db) as service:
            feed = asyncio.create_task(service.follow_changes())
            await service.add_document(ORBIT, "orbit.md", guild_id=None, actor="mod", replace=attempt > 0)
            postgres.stop()
            postgres.start()
            feed.cancel()
            done, _ = await asyncio.wait({feed}, timeout=FOLLOW_TIMEOUT_S)
            if not done:
                feed.cancel()  # a second cancellation does land: leave nothing running behind the test
                with contextlib.suppress(asyncio.CancelledError):
                    await feed
            assert done, "the feed ran on after being cancelled"


async def test_postgres_down_answers_with_spoilers_off_refuses_writes_and_recovers(
    postgres: PostgresServer, postgres_db: str
):
    async with following(postgres_db) as service:
        await service.add_document(SPOILER, "lanterns.md", guild_id=None, actor="mod", replace=False)
        await service.set_spoilers(ASKER, channel_wide=False, film=None, upto=None, duration=None)
        spoiler_question = "how does Quiet Lanterns end?"
        assert "ghost" in await what_the_asker_sees(service, spoiler_question)

        postgres.stop()
        try:
            # Still answered from memory, as if no one had opted in: the safe default, and the footer says why.
            safe = (await service.ask_as(ASKER, "who directed Quiet Lanterns?")).public
            assert "Ines Marrow" in safe.answer and safe.scope == SETTINGS_UNREADABLE
            hidden = await service.ask_as(ASKER, spoiler_question)
            assert hidden.private is None and hidden.public.status is Status.WITHHELD
            assert "ghost" not in hidden.public.model_dump_json()
            assert await service.remember_reveal(ASKER, spoiler_question, "quiet-lanterns-2029") is None
            with pytest.raises(DatabaseBusy) as raised:
                await service.add_document(ORBIT, "orbit.md", guild_id=None, actor="mod", replace=False)
            assert isinstance(raised.value, StoreUnavailable) and "\n" not in str(raised.value)
            assert all(ref.id != "marmalade-orbit-2031" for ref in service.films())  # nothing half-done in memory
        finally:
            postgres.start()

        # Back by itself: the opt-in holds again and writes go through, without reopening anything.
        async with asyncio.timeout(FOLLOW_TIMEOUT_S):
            while "ghost" not in await what_the_asker_sees(service, spoiler_question):
                await asyncio.sleep(0.05)
        await service.add_document(ORBIT, "orbit.md", guild_id=None, actor="mod", replace=False)
        async with await FilmService.open(postgres_db) as other:
            await other.remove("Quiet Lanterns", guild_id=None, actor="mod", own_guild_only=False)
        # The feed reconnected after the restart (it retries every 2 s at most while the server is away).
        await gone_within(service, "quiet-lanterns-2029", FOLLOW_TIMEOUT_S + 3)


async def test_postgres_down_a_film_not_in_memory_is_a_one_line_busy_and_read_again_once_back(
    postgres: PostgresServer, postgres_db: str
):
    """Films' passages are read when first asked about: with the server away that read fails as every store
    call does (the cog says "can't be reached"), and works again once the server is back."""
    async with await FilmService.open(postgres_db) as service:
        assert service.internals.engine.lazy
        postgres.stop()
        try:
            for _ in range(3):
                with pytest.raises(DatabaseBusy) as raised:
                    await service.ask_as(ASKER, "who directed Psycho?")
                assert isinstance(raised.value, StoreUnavailable) and "\n" not in str(raised.value)
        finally:
            postgres.start()
        async with asyncio.timeout(FOLLOW_TIMEOUT_S):
            while True:
                try:
                    answer = (await service.ask_as(ASKER, "who directed Psycho?")).public
                    break
                except DatabaseBusy:
                    await asyncio.sleep(0.1)
        assert "Hitchcock" in answer.answer


async def test_services_starting_together_on_an_empty_database_seed_it_once(location: str | Path):
    """Every process of a cluster starts on the same empty database at once: none may fail for another's seed."""
    services = await asyncio.gather(*(FilmService.open(location) for _ in range(5)))
    try:
        stored = len(await services[0].list_films(None, all_guilds=True))
        assert stored == len(sample_files())
        for service in services:
            await service.refresh()  # one that loaded while another was still seeding catches up
            assert len(service.films()) == stored
    finally:
        for service in services:
            await service.close()
