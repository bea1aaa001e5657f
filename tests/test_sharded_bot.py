"""FILMBOT_SHARD_COUNT in one process: the bot runs every shard (discord.py's AutoShardedBot) and answers in
guilds on each, with its shards' IDENTIFYs spaced as Discord requires; without it, one plain connection."""

from __future__ import annotations

from pathlib import Path

import discord

from bot.discord_bot import FilmBot, ShardedFilmBot, make_bot
from bot.service import FilmService
from bot.settings import Settings
from tests.discord_world import all_text, settle
from tests.fake_discord import FakeChannel, FakeGuild, FakeUser, fake_discord, run_client, snowflake
from tests.fake_discord.gateway import snowflake_on_shard

SHARDS = 2


def guild_on(shard_id: int) -> FakeGuild:
    return FakeGuild(
        id=snowflake_on_shard(snowflake(), shard_id, SHARDS),
        name=f"on shard {shard_id}",
        channels=[FakeChannel(id=snowflake())],
        members=[FakeUser(id=snowflake(), name=f"member-{shard_id}")],
    )


def settings_for(server_token: str, db: Path, **extra: object) -> Settings:
    return Settings(DISCORD_TOKEN=server_token, FILMBOT_DB=db, FILMBOT_ASK_COOLDOWN=0, **extra)  # type: ignore[arg-type]


async def test_without_a_shard_count_the_bot_is_one_plain_connection(tmp_path: Path):
    async with fake_discord() as server, await FilmService.open(tmp_path / "bot.db") as service:
        bot = make_bot(service, settings_for(server.token, tmp_path / "bot.db"))
        assert type(bot) is FilmBot and not isinstance(bot, discord.AutoShardedClient)


async def test_one_process_running_every_shard_answers_in_each_shards_guilds(tmp_path: Path):
    guilds = [guild_on(0), guild_on(1)]
    async with fake_discord(guilds=guilds) as server, await FilmService.open(tmp_path / "bot.db") as service:
        settings = settings_for(server.token, tmp_path / "bot.db", FILMBOT_SHARD_COUNT=SHARDS)
        bot = make_bot(service, settings, guild_ready_timeout=0.1)
        assert isinstance(bot, ShardedFilmBot)
        async with run_client(bot, server, timeout=20):
            assert sorted(bot.shards) == [0, 1]
            await bot.tree.sync()
            for guild in guilds:
                asked = await server.send_slash_command(
                    guild.id, guild.channels[0].id, guild.members[0], "ask", {"question": "who directed Stalker?"}
                )
                await settle(asked)
                assert "Andrei Tarkovsky" in all_text(asked)
        # SQLite: nobody to take turns with, so discord.py's own wait spaces the two shards' logins.
        first, second = server.identify_times
        assert second - first >= 5.0
        assert server.sharding_problems() == []
