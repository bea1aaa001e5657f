"""What every cog shares: who is asking where, the per-user cooldowns, and the `film` option."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

from bot.discord_bot import FilmBot
from bot.formatting import clip
from bot.service import Asker, FilmService


def asker_of(interaction: discord.Interaction[Any]) -> Asker:
    channel_id = interaction.channel_id or interaction.user.id
    return Asker(user_id=interaction.user.id, channel_id=channel_id, guild_id=interaction.guild_id)


def per_user_cooldown(interaction: discord.Interaction[FilmBot], command: str) -> app_commands.Cooldown | None:
    """One use per user per configured number of seconds (`<command>_cooldown` in the settings); 0: none."""
    seconds = getattr(interaction.client.settings, f"{command}_cooldown")
    return app_commands.Cooldown(1, seconds) if seconds > 0 else None


class FilmName(app_commands.Transformer[FilmBot]):
    """The `film` option: typed, or picked from the titles this server sees. It stays the text given (an id
    when picked): each command resolves it through the service, exactly or forgivingly as the command needs."""

    async def transform(self, interaction: discord.Interaction[FilmBot], value: Any, /) -> str:
        return str(value)

    async def autocomplete(  # type: ignore[override]  # the choices are always strings
        self, interaction: discord.Interaction[FilmBot], value: int | float | str, /
    ) -> list[app_commands.Choice[str]]:
        """Answered from memory: titles only, ≤25 choices, names and values ≤100 characters."""
        service = interaction.client.service
        refs = service.suggest(str(value)[:100], interaction.guild_id, limit=25)
        return [
            app_commands.Choice(name=clip(ref.display_title + _owner_mark(service, ref.id), 100), value=ref.id[:100])
            for ref in refs
        ]


FilmOption = app_commands.Transform[str, FilmName]


def _owner_mark(service: FilmService, film_id: str) -> str:
    """A server's own film is marked, so it cannot pass for the shared film of the same title."""
    return " · this server" if service.guild_of(film_id) is not None else ""
