"""The Discord client: loads the command cogs, answers every failure, and syncs commands only where told."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.errors import UserError
from bot.replies import notice
from bot.service import FilmService
from bot.settings import Settings
from corpus.postgres_db import StoreUnavailable
from corpus.store import DatabaseBusy

log = logging.getLogger(__name__)

# Discord's client calls some permissions by other names than its API does.
_PERMISSION_NAMES = {"manage_guild": "Manage Server", "manage_channels": "Manage Channels"}

# Discord's limit between two IDENTIFYs in one concurrency bucket (max_concurrency is 1 below 150,000 guilds).
IDENTIFY_SPACING_S = 5.0

COGS = ("bot.cogs.ask", "bot.cogs.spoilers", "bot.cogs.films", "bot.cogs.help")


class FilmTree(app_commands.CommandTree["FilmBot"]):
    async def on_error(self, interaction: discord.Interaction[FilmBot], error: app_commands.AppCommandError) -> None:
        """Every failure gets an answer: the person sees a short reason, the log gets the details."""
        original = getattr(error, "original", error)
        if isinstance(error, app_commands.CommandOnCooldown):
            text = cooldown_text(error.retry_after)
        elif isinstance(error, app_commands.MissingPermissions):
            names = ", ".join(_PERMISSION_NAMES.get(p, p.replace("_", " ").title()) for p in error.missing_permissions)
            text = f"You need the {names} permission for that."
        elif isinstance(error, app_commands.NoPrivateMessage):
            text = "That command works in a server, not in direct messages."
        elif isinstance(error, app_commands.CheckFailure):
            text = "You can't use that command here."
        elif isinstance(original, UserError):
            text = str(original)
        elif isinstance(original, DatabaseBusy):
            log.warning("/%s: %s", _name(interaction), original)
            text = busy_text(original)
        elif isinstance(original, discord.HTTPException):
            log.warning("Discord refused a request in /%s: %s", _name(interaction), original)
            text = "Discord refused my reply; please try again."
        else:
            log.error("/%s failed", _name(interaction), exc_info=original)
            text = "Something went wrong on my side; the error is logged."
        await send_ephemeral(interaction, text)


async def send_ephemeral(interaction: discord.Interaction, text: str) -> None:
    """Tell the person who used the command, and only them; past the interaction's lifetime, log it instead.

    An error is meant for one person: posting it in the channel would show everyone what they tried.
    """
    embed = notice(text, problem=True)
    if interaction.is_expired():
        log.warning(
            "could not tell user %s about /%s: the interaction expired before the answer (%s)",
            interaction.user.id,
            _name(interaction),
            text,
        )
        return
    try:
        if interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
            # A "thinking…" placeholder would otherwise stay forever; it takes the error in its place.
            await interaction.edit_original_response(embed=embed, view=None)
        elif interaction.response.is_done():
            await interaction.followup.send(embed=embed, ephemeral=True)
        else:
            await interaction.response.send_message(embed=embed, ephemeral=True)
    except discord.HTTPException:
        log.warning("could not tell the user about an error in /%s", _name(interaction), exc_info=True)


def _name(interaction: discord.Interaction) -> str:
    if interaction.command is not None:
        return interaction.command.qualified_name
    custom_id = interaction.data.get("custom_id") if interaction.data else None
    return f"button {custom_id}" if isinstance(custom_id, str) else "?"


def busy_text(error: DatabaseBusy) -> str:
    if isinstance(error, StoreUnavailable):
        return "My database can't be reached right now; nothing was changed. Please try again in a moment."
    return "I'm busy saving something else right now; nothing was changed. Please try again in a moment."


def cooldown_text(retry_after: float) -> str:
    return f"Slow down a little: try again in {max(retry_after, 1):.0f} s."


class UserCooldown:
    """A per-user cooldown for what app_commands' cooldown decorators cannot reach (buttons): one use per
    `seconds()` per user; `seconds()` is read when a user's bucket starts, so a changed setting applies."""

    def __init__(self, seconds: Callable[[], float]) -> None:
        self._mapping: commands.DynamicCooldownMapping[discord.Interaction] = commands.DynamicCooldownMapping(
            lambda _: commands.Cooldown(1, seconds()) if seconds() > 0 else None,
            lambda interaction: interaction.user.id,
        )

    def retry_after(self, interaction: discord.Interaction) -> float | None:
        """None when the user may go ahead (and that use is counted), else the seconds left to wait."""
        return self._mapping.update_rate_limit(interaction)


class FilmBot(commands.Bot):
    """One process, one gateway connection unless sharded: see `ShardedFilmBot` and `make_bot`."""

    def __init__(self, service: FilmService, settings: Settings, **options: object) -> None:
        intents = discord.Intents.default()
        intents.message_content = False  # slash commands only: no privileged intent needed
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            tree_cls=FilmTree,
            # Summaries are user-supplied: nothing the bot sends may ping anyone.
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            # Installed on servers (not by users); usable there and in DMs with the bot unless a command
            # narrows it (film management: servers only). Replaces the legacy dm_permission.
            allowed_contexts=app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=False),
            allowed_installs=app_commands.AppInstallationType(guild=True, user=False),
            **options,  # type: ignore[arg-type]
        )
        self.service = service
        self.settings = settings
        self.reveal_cooldown = UserCooldown(lambda: self.settings.reveal_cooldown)
        self._follower: asyncio.Task[None] | None = None

    async def setup_hook(self) -> None:
        for cog in COGS:
            await self.load_extension(cog)
        # Films another process loads, replaces or removes (another shard's `/film add`, the command line).
        self._follower = asyncio.create_task(self.service.follow_changes(), name="filmbot-follow-changes")
        self.housekeeping.start()
        if self.settings.dev_guild:
            guild = discord.Object(id=self.settings.dev_guild)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to the development guild %s", len(synced), self.settings.dev_guild)

    @tasks.loop(hours=1)
    async def housekeeping(self) -> None:
        """Old reveal requests and expired opt-ins would otherwise pile up in the database forever."""
        try:
            reveals, prefs = await self.service.housekeeping()
            if reveals or prefs:
                log.info("removed %d old reveal requests and %d expired opt-ins", reveals, prefs)
        except Exception:
            log.exception("housekeeping failed")

    async def close(self) -> None:
        if self._follower is not None:
            self._follower.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._follower
        self.housekeeping.cancel()
        await super().close()

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """Discord allows one IDENTIFY per 5 s per concurrency bucket across all of a bot's processes: on a
        shared PostgreSQL the processes take turns through a lock; alone, discord.py's own wait suffices."""
        if not await self.service.identify_turn(IDENTIFY_SPACING_S):
            await super().before_identify_hook(shard_id, initial=initial)

    async def on_ready(self) -> None:
        log.info("ready as %s in %d guilds, answering from %s", self.user, len(self.guilds), self.service.db_path)


class ShardedFilmBot(FilmBot, discord.AutoShardedClient):
    """The shards FILMBOT_SHARD_IDS names (of FILMBOT_SHARD_COUNT) in this process, as discord.py's AutoShardedBot
    runs them: the same bot, its gateway split by guild (`(guild_id >> 22) % shard_count`)."""


def make_bot(service: FilmService, settings: Settings, **options: object) -> FilmBot:
    """The bot these settings ask for: sharded when FILMBOT_SHARD_COUNT is set, else one plain connection."""
    if settings.shard_count is None:
        return FilmBot(service, settings, **options)
    return ShardedFilmBot(
        service, settings, shard_count=settings.shard_count, shard_ids=settings.shard_id_list(), **options
    )
