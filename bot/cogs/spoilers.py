"""`/spoilers on|off|status`: per-user and per-channel opt-ins."""

from __future__ import annotations

from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs.common import FilmOption, asker_of, per_user_cooldown
from bot.discord_bot import FilmBot
from bot.durations import parse_duration
from bot.errors import UserError
from bot.formatting import escape
from bot.replies import notice

Who = Literal["me", "channel"]


def _cooldown(interaction: discord.Interaction[FilmBot]) -> app_commands.Cooldown | None:
    return per_user_cooldown(interaction, "spoilers")


def _require_channel_rights(interaction: discord.Interaction, scope: Who) -> None:
    """A channel-wide setting changes what everyone here sees, so it takes Manage Channels."""
    if scope != "channel":
        return
    if interaction.guild_id is None:
        raise UserError("Only per-user spoiler settings exist in direct messages.")
    if not interaction.permissions.manage_channels:
        raise app_commands.MissingPermissions(["manage_channels"])


class SpoilersCog(commands.GroupCog, group_name="spoilers", group_description="Spoiler settings"):
    def __init__(self, bot: FilmBot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="on", description="See spoilers here: for you, or (moderators) the channel.")
    @app_commands.rename(duration="for")
    @app_commands.describe(
        scope="me (default) or the whole channel",
        film="Only this film",
        upto="Only up to a point: 45% of the plot or a time like 1:12 or 1h12m",
        duration="How long, e.g. 2h or 7d (default: until you turn it off)",
    )
    @app_commands.checks.dynamic_cooldown(_cooldown)
    async def on(
        self,
        interaction: discord.Interaction[FilmBot],
        scope: Who = "me",
        film: FilmOption | None = None,
        upto: str | None = None,
        duration: str | None = None,
    ) -> None:
        _require_channel_rights(interaction, scope)
        await interaction.response.defer(ephemeral=True)
        span = parse_duration(duration) if duration else None
        choice = await self.bot.service.set_spoilers(
            asker_of(interaction), channel_wide=scope == "channel", film=film, upto=upto, duration=span
        )
        who = "Everyone in this channel" if scope == "channel" else "You"
        what = escape(choice.film.display_title) if choice.film else "every film"
        # Discord shows a timestamp in each reader's own time zone.
        until = f" until <t:{int(choice.expires_at.timestamp())}:f>" if choice.expires_at else ""
        text = f"{who} will now see {choice.scope.describe()} for {what} here{until}."
        if scope == "me":
            text += " In a protected channel, spoiler answers reach you alone."
        if choice.note:
            text += f" {escape(choice.note)}"
        await interaction.followup.send(embed=notice(text), ephemeral=True)

    @app_commands.command(name="off", description="Hide spoilers again: for you, or (moderators) the channel.")
    @app_commands.describe(scope="me (default) or the whole channel", film="Only this film")
    @app_commands.checks.dynamic_cooldown(_cooldown)
    async def off(
        self, interaction: discord.Interaction[FilmBot], scope: Who = "me", film: FilmOption | None = None
    ) -> None:
        _require_channel_rights(interaction, scope)
        await interaction.response.defer(ephemeral=True)
        ref = await self.bot.service.clear_spoilers(asker_of(interaction), channel_wide=scope == "channel", film=film)
        who = "this channel" if scope == "channel" else "you"
        what = escape(ref.display_title) if ref else "every film"
        await interaction.followup.send(embed=notice(f"Spoilers are hidden again for {who}, {what}."), ephemeral=True)

    @app_commands.command(name="status", description="What applies to you here, and why.")
    @app_commands.describe(film="Only this film (its own setting may differ from the general one)")
    @app_commands.checks.dynamic_cooldown(_cooldown)
    async def status(self, interaction: discord.Interaction[FilmBot], film: FilmOption | None = None) -> None:
        await interaction.response.defer(ephemeral=True)
        text = await self.bot.service.spoiler_status(asker_of(interaction), film)
        await interaction.followup.send(embed=notice(escape(text), title="Spoilers here"), ephemeral=True)


async def setup(bot: FilmBot) -> None:
    await bot.add_cog(SpoilersCog(bot))
