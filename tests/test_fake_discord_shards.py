"""The fake gateway's sharding, driven by real discord.py clients: AutoShardedBot, and one client per shard."""

from __future__ import annotations

import asyncio
import contextlib

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.fake_discord import (
    FakeChannel,
    FakeDiscord,
    FakeGuild,
    FakeUser,
    fake_discord,
    run_client,
    shard_of,
    snowflake,
    snowflake_on_shard,
)

SHARDS = 2


def guild_on(shard_id: int, name: str) -> FakeGuild:
    member = FakeUser(id=snowflake(), name=f"{name}-member")
    return FakeGuild(
        id=snowflake_on_shard(snowflake(), shard_id, SHARDS),
        name=name,
        channels=[FakeChannel(id=snowflake())],
        members=[member],
    )


def four_guilds() -> list[FakeGuild]:
    return [guild_on(0, "zero-a"), guild_on(0, "zero-b"), guild_on(1, "one-a"), guild_on(1, "one-b")]


def ids_on(guilds: list[FakeGuild], shard_id: int, count: int = SHARDS) -> set[int]:
    return {g.id for g in guilds if shard_of(g.id, count) == shard_id}


def add_where(tree: app_commands.CommandTree, answerer: str) -> None:
    @tree.command(description="Say who answered")
    async def where(interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"{answerer} for guild {interaction.guild_id}")


async def where(server: FakeDiscord, guild: FakeGuild | None, user: FakeUser) -> str:
    inter = await server.send_slash_command(
        guild.id if guild else None, guild.channels[0].id if guild else None, user, "where"
    )
    await inter.wait_message()
    return inter.content


def last_interaction_id(server: FakeDiscord) -> int:
    return server.interactions[-1].id


class ShardClient(discord.Client):
    """One process's view in a cluster: a plain client running shard ``shard_id`` of ``shard_count``."""

    def __init__(self, shard_id: int, shard_count: int = SHARDS) -> None:
        super().__init__(
            intents=discord.Intents.default(), shard_id=shard_id, shard_count=shard_count, guild_ready_timeout=0.1
        )
        self.tree = app_commands.CommandTree(self)
        self.message_guilds: list[int] = []
        add_where(self.tree, f"client-{shard_id}")

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None  # these tests space IDENTIFYs on the fake's clock instead

    async def on_message(self, message: discord.Message) -> None:
        if message.guild is not None:
            self.message_guilds.append(message.guild.id)


class HastyAutoShardedClient(discord.AutoShardedClient):
    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None  # skips the 5 s discord.py waits between its shards' IDENTIFYs


async def test_auto_sharded_bot_gets_each_guild_and_interaction_on_its_shard() -> None:
    guilds = four_guilds()
    async with fake_discord(guilds=guilds) as server:
        # discord.py's own before_identify_hook: shard 1 IDENTIFYs 5 s after shard 0, as Discord requires.
        bot = commands.AutoShardedBot(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),
            shard_ids=[0, 1],
            shard_count=SHARDS,
            guild_ready_timeout=0.1,
        )
        add_where(bot.tree, "bot")
        async with run_client(bot, server, timeout=15):
            assert sorted(bot.shards) == [0, 1]
            for guild in guilds:
                expected = shard_of(guild.id, SHARDS)
                assert bot.get_guild(guild.id).shard_id == expected
                assert server.gateway.delivered_to("GUILD_CREATE", id=guild.id) == [(expected, SHARDS)]
            for session in server.gateway.all_sessions:
                (ready,) = session.dispatched("READY")
                assert session.shard is not None and ready["shard"] == list(session.shard)
                assert {int(g["id"]) for g in ready["guilds"]} == ids_on(guilds, session.shard[0])

            await bot.tree.sync()
            for guild in guilds:
                assert await where(server, guild, guild.members[0]) == f"bot for guild {guild.id}"
                shard = (shard_of(guild.id, SHARDS), SHARDS)
                assert server.gateway.delivered_to("INTERACTION_CREATE", id=last_interaction_id(server)) == [shard]
            # Events without a guild (a DM) go to shard 0 only.
            assert await where(server, None, guilds[3].members[0]) == "bot for guild None"
            assert server.gateway.delivered_to("INTERACTION_CREATE", id=last_interaction_id(server)) == [(0, SHARDS)]

        first, second = server.identify_times
        assert second - first >= 5.0
        assert server.sharding_problems() == []
        assert not server.errors


async def test_two_clients_each_see_only_their_shards_guilds_and_events() -> None:
    guilds = four_guilds()
    async with fake_discord(guilds=guilds) as server, contextlib.AsyncExitStack() as stack:
        zero = await stack.enter_async_context(run_client(ShardClient(0), server))
        server.advance_clock(5.0)  # what a cluster's IDENTIFY lock would wait, without the wait
        one = await stack.enter_async_context(run_client(ShardClient(1), server))
        assert {g.id for g in zero.guilds} == ids_on(guilds, 0)
        assert {g.id for g in one.guilds} == ids_on(guilds, 1)

        await zero.tree.sync()  # commands belong to the application, whichever client publishes them
        for guild in guilds:
            answerer = f"client-{shard_of(guild.id, SHARDS)}"
            assert await where(server, guild, guild.members[0]) == f"{answerer} for guild {guild.id}"
            await server.send_user_message(guild.channels[0].id, guild.members[0], "hello")
        async with asyncio.timeout(5):
            while len(zero.message_guilds) + len(one.message_guilds) < len(guilds):
                await asyncio.sleep(0.02)
        assert set(zero.message_guilds) == ids_on(guilds, 0)
        assert set(one.message_guilds) == ids_on(guilds, 1)
        assert server.sharding_problems() == []
        assert not server.errors


async def test_shard_count_from_gateway_bot_and_a_shard_resumes_alone() -> None:
    guilds = four_guilds()
    async with fake_discord(guilds=guilds, shards=SHARDS) as server:
        client = HastyAutoShardedClient(intents=discord.Intents.default(), guild_ready_timeout=0.1)
        tree = app_commands.CommandTree(client)
        add_where(tree, "auto")
        async with run_client(client, server):
            # No shard_count given: discord.py asked GET /gateway/bot.
            assert client.shard_count == SHARDS and sorted(client.shards) == [0, 1]
            limits = await client.fetch_session_start_limits()
            assert (limits.max_concurrency, limits.remaining, limits.total) == (1, 1000 - 2, 1000)
            # Skipping discord.py's wait broke Discord's IDENTIFY spacing, and the fake says so.
            (problem,) = server.sharding_problems()
            assert "IDENTIFY of shard [1, 2]" in problem and "one per 5s" in problem

            await tree.sync()
            one = guilds[2]
            await server.disconnect_gateway(shard_id=1, wait=False)
            # Sent while shard 1 is away: buffered and replayed when it resumes; shard 0 is untouched.
            inter = await server.send_slash_command(one.id, one.channels[0].id, one.members[0], "where")
            await server.wait_until_connected(shard_id=1)
            await inter.wait_message()
            assert inter.content == f"auto for guild {one.id}"
            assert server.gateway.resume_count == 1 and server.gateway.identify_count == 2
            assert server.gateway.connections[-1].kind == "resume"
            assert await where(server, guilds[0], guilds[0].members[0]) == f"auto for guild {guilds[0].id}"
            assert not server.errors


async def test_an_invalid_shard_is_closed_with_4010() -> None:
    async with fake_discord() as server:
        with pytest.raises(discord.ConnectionClosed) as closed:
            async with run_client(ShardClient(2, shard_count=2), server):
                pass
        assert closed.value.code == 4010
        assert server.gateway.connections[-1].kind == "invalid-shard"


async def test_duplicate_shards_and_disagreeing_counts_are_routed_like_discord_and_reported() -> None:
    guilds = four_guilds()
    async with fake_discord(guilds=guilds) as server, contextlib.AsyncExitStack() as stack:
        first = await stack.enter_async_context(run_client(ShardClient(0), server))
        server.advance_clock(5.0)
        again = await stack.enter_async_context(run_client(ShardClient(0), server))
        server.advance_clock(5.0)
        of_three = await stack.enter_async_context(run_client(ShardClient(1, shard_count=3), server))
        # Discord lets all three connect and routes each by its own shard count.
        assert {g.id for g in first.guilds} == {g.id for g in again.guilds} == ids_on(guilds, 0)
        assert {g.id for g in of_three.guilds} == ids_on(guilds, 1, count=3)
        duplicate, disagreement = server.sharding_problems()
        assert "second session IDENTIFYed as shard [0, 2]" in duplicate
        assert "shard [1, 3]" in disagreement and "disagree on the shard count" in disagreement


async def test_enforced_identify_limit_answers_invalid_session_and_discord_py_retries() -> None:
    interval = 1.0

    class PatientClient(ShardClient):
        async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
            if not initial:
                await asyncio.sleep(interval)  # discord.py's default hook, with the fake's shorter window

    guilds = four_guilds()
    async with (
        fake_discord(guilds=guilds, enforce_identify_limit=True, identify_interval=interval) as server,
        contextlib.AsyncExitStack() as stack,
    ):
        await stack.enter_async_context(run_client(PatientClient(0), server))
        one = await stack.enter_async_context(run_client(PatientClient(1), server))
        assert [(r.shard, r.accepted) for r in server.gateway.identifies] == [
            ((0, SHARDS), True),
            ((1, SHARDS), False),
            ((1, SHARDS), True),
        ]
        assert "rate-limited" in [c.kind for c in server.gateway.connections]
        first, second = server.identify_times
        assert second - first >= interval
        assert server.sharding_problems() == []
        assert {g.id for g in one.guilds} == ids_on(guilds, 1)
