"""Starting the bot: on Discord when a token is set, else the terminal session."""

from __future__ import annotations

from bot.quiet import quiet_unused_voice_support

quiet_unused_voice_support()  # discord.py warns about voice support at import and at start: filmbot has none

import asyncio  # noqa: E402 - the filters above must be in place before discord.py is imported
import contextlib  # noqa: E402
import logging  # noqa: E402
import signal  # noqa: E402

import discord  # noqa: E402
import yarl  # noqa: E402

from bot.discord_bot import FilmBot, make_bot  # noqa: E402
from bot.service import FilmService  # noqa: E402
from bot.settings import Settings, StartupError  # noqa: E402

log = logging.getLogger(__name__)

REFUSED_TOKEN = "Discord refused the token: check DISCORD_TOKEN (the bot token from the developer portal's Bot page)"


def point_at_api(settings: Settings) -> None:
    """Run against a Discord-compatible server (the tests' fake, or a proxy) instead of discord.com."""
    if settings.discord_api_base:
        discord.http.Route.BASE = settings.discord_api_base.rstrip("/")
    if settings.discord_gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway_url)


def _configure_logging(settings: Settings) -> None:
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True)
    # While PostgreSQL is away, asyncpg logs a traceback each time it fails to refill its pool; the store and
    # the change feed already say, in one line, that the database is unreachable and when it is back.
    logging.getLogger("asyncpg.pool").setLevel(logging.ERROR)


def run_default(settings: Settings) -> None:
    _configure_logging(settings)
    if settings.discord_token is None:
        from bot.terminal import run_terminal

        if settings.log_level == "INFO":  # keep the terminal session readable
            logging.getLogger().setLevel(logging.WARNING)
        asyncio.run(run_terminal(settings.db, visible_indexes=settings.visible_indexes))
        return
    asyncio.run(run_discord(settings))


def run_discord_only(settings: Settings) -> None:
    """The container's command: without a token it stops with one line instead of opening a terminal session
    nobody can type into."""
    if settings.discord_token is None:
        raise StartupError("DISCORD_TOKEN is not set: put it in the environment or in .env")
    _configure_logging(settings)
    asyncio.run(run_discord(settings))


async def run_discord(settings: Settings) -> None:
    assert settings.discord_token is not None
    point_at_api(settings)
    async with (
        await FilmService.open(
            settings.db,
            visible_indexes=settings.visible_indexes,
            index_dir=settings.index_dir,
            film_cache=settings.film_cache,
            **settings.store_settings(),
        ) as service,
        make_bot(service, settings) as bot,
    ):
        log.info("filmbot: %d films loaded from %s; connecting to Discord", len(service.films()), service.db_path)
        # `docker stop` sends SIGTERM: close the gateway and the database cleanly instead of dying mid-write.
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(signum, lambda: asyncio.ensure_future(bot.close()))
        try:
            await bot.start(settings.discord_token.get_secret_value())
        except discord.LoginFailure:
            raise StartupError(REFUSED_TOKEN) from None


async def sync_commands(settings: Settings, guild_id: int | None) -> int:
    """Publish the commands once, by hand: global syncs are rate limited and take time to spread."""
    assert settings.discord_token is not None
    point_at_api(settings)
    async with await FilmService.open(settings.db, **settings.store_settings()) as service:
        bot = FilmBot(service, settings.model_copy(update={"dev_guild": None}))
        async with bot:
            try:
                await bot.login(settings.discord_token.get_secret_value())  # runs setup_hook: the cogs load
            except discord.LoginFailure:
                raise StartupError(REFUSED_TOKEN) from None
            if guild_id is not None:
                guild = discord.Object(id=guild_id)
                bot.tree.copy_global_to(guild=guild)
                return len(await bot.tree.sync(guild=guild))
            return len(await bot.tree.sync())
