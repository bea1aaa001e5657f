"""Starting the bot: on Discord when a token is set, else the terminal session."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

import discord
import yarl

from bot.discord_bot import FilmBot
from bot.service import FilmService
from bot.settings import Settings

log = logging.getLogger(__name__)


def point_at_api(settings: Settings) -> None:
    """Run against a Discord-compatible server (the tests' fake, or a proxy) instead of discord.com."""
    if settings.discord_api_base:
        discord.http.Route.BASE = settings.discord_api_base.rstrip("/")
    if settings.discord_gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway_url)


def run_default(settings: Settings) -> None:
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        force=True)
    if settings.discord_token is None:
        from bot.terminal import run_terminal

        if settings.log_level == "INFO":  # keep the terminal session readable
            logging.getLogger().setLevel(logging.WARNING)
        asyncio.run(run_terminal(settings.db))
        return
    asyncio.run(run_discord(settings))


async def run_discord(settings: Settings) -> None:
    assert settings.discord_token is not None
    point_at_api(settings)
    async with await FilmService.open(settings.db) as service, FilmBot(service, settings) as bot:
        # `docker stop` sends SIGTERM: close the gateway and the database cleanly instead of dying mid-write.
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(signum, lambda: asyncio.ensure_future(bot.close()))
        await bot.start(settings.discord_token.get_secret_value())


async def sync_commands(settings: Settings, guild_id: int | None) -> int:
    """Publish the commands once, by hand: global syncs are rate limited and take time to spread."""
    assert settings.discord_token is not None
    point_at_api(settings)
    async with await FilmService.open(settings.db) as service:
        bot = FilmBot(service, settings.model_copy(update={"dev_guild": None}))
        async with bot:
            await bot.login(settings.discord_token.get_secret_value())  # runs setup_hook: the cogs load
            if guild_id is not None:
                guild = discord.Object(id=guild_id)
                bot.tree.copy_global_to(guild=guild)
                return len(await bot.tree.sync(guild=guild))
            return len(await bot.tree.sync())
