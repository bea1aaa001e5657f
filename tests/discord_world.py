"""A running bot (real discord.py client, cogs, service, SQLite) in a fake Discord with two guilds, for tests."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.discord_bot import FilmBot
from bot.service import FilmService
from bot.settings import Settings
from tests.fake_discord import FakeChannel, FakeDiscord, FakeGuild, FakeInteraction, FakeUser, fake_discord, run_client
from tests.fake_discord.payloads import MEMBER_PERMISSIONS, PERM_MANAGE_GUILD, snowflake

PERM_MANAGE_CHANNELS = 1 << 4
MODERATOR = MEMBER_PERMISSIONS | PERM_MANAGE_GUILD | PERM_MANAGE_CHANNELS

PROFESSOR = "what does the Professor want with the Room?"
SPOILER_WORD = "bomb"  # only in the spoiler part of the Stalker seed


class FilmBotUnderTest(FilmBot):
    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None  # discord.py sleeps 5 s before a re-IDENTIFY; pointless on loopback


@dataclass
class World:
    server: FakeDiscord
    bot: FilmBotUnderTest
    service: FilmService
    guild: FakeGuild
    other_guild: FakeGuild
    alice: FakeUser
    bob: FakeUser
    mod: FakeUser

    @property
    def channel(self) -> FakeChannel:
        return self.guild.channels[0]

    async def slash(
        self,
        user: FakeUser,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        channel: FakeChannel | None = None,
        guild: FakeGuild | None = None,
    ) -> FakeInteraction:
        guild = guild or self.guild
        channel = channel or guild.channels[0]
        return await self.server.send_slash_command(guild.id, channel.id, user, name, options)


def embed_text(message: dict[str, Any]) -> str:
    parts = [message.get("content") or ""]
    for embed in message.get("embeds", []):
        parts += [embed.get("title", ""), embed.get("description", ""), embed.get("footer", {}).get("text", "")]
        parts += [f"{f['name']} {f['value']}" for f in embed.get("fields", [])]
    return "\n".join(parts)


def all_text(interaction: FakeInteraction) -> str:
    return "\n".join(embed_text(m) for m in interaction.messages)


def public_text(interaction: FakeInteraction) -> str:
    return "\n".join(embed_text(m) for m in interaction.messages if not (m.get("flags", 0) & 64))


def components_of(interaction: FakeInteraction, *, public: bool = True) -> list[Any]:
    """The buttons and other components on the interaction's public (or private) messages."""
    return [
        c for m in interaction.messages if bool(m.get("flags", 0) & 64) != public for c in m.get("components") or []
    ]


def private_text(interaction: FakeInteraction) -> str:
    return "\n".join(embed_text(m) for m in interaction.messages if m.get("flags", 0) & 64)


async def settle(interaction: FakeInteraction, messages: int = 1) -> None:
    await interaction.wait_for(
        lambda: (
            len([m for m in interaction.messages if m.get("embeds") or m.get("content")]) >= messages
            and not interaction.loading
        ),
        what=f"{messages} messages",
    )
    await asyncio.sleep(0.05)  # let any further followup land


def real_errors(server: FakeDiscord) -> list[Any]:
    return [e for e in server.errors if not e.injected]


@contextlib.asynccontextmanager
async def running_world(db_path: Path, *, extra_channels: int = 0) -> AsyncIterator[World]:
    """The bot running in the fake Discord over a fresh database at `db_path`, outside pytest too.

    `extra_channels` more channels follow the guild's usual two (bench/dialogues.py gives every dialogue its own).
    """
    alice = FakeUser(id=snowflake(), name="alice")
    bob = FakeUser(id=snowflake(), name="bob")
    mod = FakeUser(id=snowflake(), name="mod", permissions=MODERATOR)
    extra = [FakeChannel(id=snowflake(), name=f"extra-{n}") for n in range(extra_channels)]
    guild = FakeGuild(
        id=snowflake(),
        channels=[FakeChannel(id=snowflake()), FakeChannel(id=snowflake(), name="film"), *extra],
        members=[alice, bob, mod],
    )
    other = FakeGuild(
        id=snowflake(),
        name="Other",
        channels=[FakeChannel(id=snowflake())],
        members=[FakeUser(id=snowflake(), name="carol", permissions=MODERATOR)],
    )
    async with fake_discord(guilds=[guild, other]) as server:
        settings = Settings(
            DISCORD_TOKEN=server.token,
            FILMBOT_DB=db_path,
            FILMBOT_DEV_GUILD=guild.id,
            FILMBOT_ASK_COOLDOWN=0,
            FILMBOT_ADD_COOLDOWN=0,
            FILMBOT_REVEAL_COOLDOWN=0,
            FILMBOT_SPOILERS_COOLDOWN=0,
            FILMBOT_MAX_ATTACHMENT_BYTES=1_000_000,
        )
        async with await FilmService.open(settings.db) as service:
            bot = FilmBotUnderTest(service, settings, guild_ready_timeout=0.1)
            async with run_client(bot, server):
                # Commands for the second guild too, as an operator's `python -m bot sync --guild` would.
                bot.tree.copy_global_to(guild=discord.Object(other.id))
                await bot.tree.sync(guild=discord.Object(other.id))
                yield World(server, bot, service, guild, other, alice, bob, mod)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    async with running_world(tmp_path / "bot.db") as opened:
        yield opened
