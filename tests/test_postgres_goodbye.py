"""A connection whose server said goodbye but has not hung up yet is a server that cannot be reached, not a crash.

PostgreSQL stopping sends each client a FATAL error, then closes the socket. Read in between, asyncpg's connection
looks open and fails its next query with `InternalClientError`; a pooled connection in that state once made `ask_as`
raise instead of answering with spoilers off (and the run then hung). The proxy in `tests/postgres_fault_proxy.py`
holds that moment open, so each use of such a connection is exercised on purpose, not by a lucky race.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlsplit

import pytest

from bot.service import SETTINGS_UNREADABLE, Asker, FilmService
from corpus.postgres_db import StoreUnavailable
from corpus.store import DatabaseBusy
from index.answer_model import Status
from tests.postgres_fault_proxy import FaultProxy
from tests.postgres_server import PostgresServer

ASKER = Asker(user_id=7, channel_id=70, guild_id=None)
SPOILER = b"""# Quiet Lanterns (2029)

Director: Ines Marrow

## Premise
A lamplighter named Oswin tends the lanterns of a drowned village.

## Ending
[spoiler]Oswin turns out to be the ghost of the village's last mayor.[/spoiler]
"""
ORBIT = b"""# Marmalade Orbit (2031)

Director: Ada Quill

## Premise
A courier named Tamsin delivers marmalade to an orbiting greenhouse.
"""
ENDING = "how does Quiet Lanterns end?"
RECOVERY_S = 10.0


@asynccontextmanager
async def through_proxy(postgres_db: str) -> AsyncIterator[tuple[FaultProxy, FilmService]]:
    target = urlsplit(postgres_db)
    assert target.hostname is not None and target.port is not None
    with FaultProxy(target.hostname, target.port) as proxy:
        dsn = postgres_db.replace(f":{target.port}/", f":{proxy.port}/", 1)
        async with await FilmService.open(dsn) as service:
            await service.add_document(SPOILER, "lanterns.md", guild_id=None, actor="mod", replace=False)
            await service.set_spoilers(ASKER, channel_wide=False, film=None, upto=None, duration=None)
            yield proxy, service


async def seen(service: FilmService, question: str) -> str:
    result = await service.ask_as(ASKER, question)
    return (result.private or result.public).answer


async def test_a_question_on_a_connection_told_goodbye_answers_with_spoilers_off_then_recovers(
    postgres: PostgresServer, postgres_db: str
) -> None:
    async with through_proxy(postgres_db) as (proxy, service):
        assert "ghost" in await seen(service, ENDING)
        assert await proxy.say_goodbye_and_hold() >= 1

        # The opt-ins cannot be read on that connection: answered from memory with spoilers off, as when the
        # server is down, and nothing of the ending shown.
        hidden = await service.ask_as(ASKER, ENDING)
        assert hidden.public.scope == SETTINGS_UNREADABLE and hidden.public.status is Status.WITHHELD
        assert hidden.private is None and "ghost" not in hidden.public.model_dump_json()

        # The broken connection was dropped rather than pooled again: a fresh one reads the opt-in.
        async with asyncio.timeout(RECOVERY_S):
            while "ghost" not in await seen(service, ENDING):
                await asyncio.sleep(0.05)


async def test_a_write_on_a_connection_told_goodbye_is_a_one_line_busy_and_goes_through_once_retried(
    postgres: PostgresServer, postgres_db: str
) -> None:
    async with through_proxy(postgres_db) as (proxy, service):
        assert await proxy.say_goodbye_and_hold() >= 1
        with pytest.raises(DatabaseBusy) as raised:
            await service.add_document(ORBIT, "orbit.md", guild_id=None, actor="mod", replace=False)
        assert isinstance(raised.value, StoreUnavailable) and "\n" not in str(raised.value)
        assert all(ref.id != "marmalade-orbit-2031" for ref in service.films())

        await service.add_document(ORBIT, "orbit.md", guild_id=None, actor="mod", replace=False)
        assert "Ada Quill" in await seen(service, "who directed Marmalade Orbit?")


async def test_a_film_read_on_a_connection_told_goodbye_is_a_one_line_busy_and_read_once_retried(
    postgres: PostgresServer, postgres_db: str
) -> None:
    """Films not yet in memory are read on the reader's own connection, which gets the same goodbye."""
    async with through_proxy(postgres_db) as (proxy, service):
        assert "Hitchcock" in await seen(service, "who directed Psycho?")  # opens the reader's connection
        assert await proxy.say_goodbye_and_hold() >= 2
        with pytest.raises(DatabaseBusy) as raised:
            await service.ask_as(ASKER, "who directed Vertigo?")
        assert isinstance(raised.value, StoreUnavailable) and "\n" not in str(raised.value)
        async with asyncio.timeout(RECOVERY_S):  # the reader waits a moment before trying a failed read again
            while True:
                try:
                    answer = await seen(service, "who directed Vertigo?")
                    break
                except DatabaseBusy:
                    await asyncio.sleep(0.1)
        assert "Hitchcock" in answer
