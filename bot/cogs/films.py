"""`/film add|remove|list|info`: moderators manage their server's films."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs.ask import film_autocomplete, per_user_cooldown
from bot.discord_bot import FilmBot
from bot.errors import UserError
from bot.formatting import EMBED_FIELD_VALUE_LIMIT, clip, escape
from bot.replies import notice

# Attachments we accept: text documents. A missing content type is left to the decoder, which refuses binary.
_TEXT_TYPES = ("text/", "application/json", "application/x-yaml", "application/yaml")


def _actor(interaction: discord.Interaction) -> str:
    return f"discord:{interaction.user.id}"


class FilmsCog(commands.GroupCog, group_name="film", group_description="Films loaded on this server"):
    # The permission is only a default that server admins may change; `add` and `remove` also check it
    # for real, since Discord ignores default_permissions on subcommands.
    def __init__(self, bot: FilmBot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="add", description="Load a film summary (a .txt, .md or .json file).")
    @app_commands.describe(file="The summary document", replace="Replace a film with the same title and year")
    @app_commands.checks.has_permissions(manage_guild=True)
    @app_commands.checks.dynamic_cooldown(lambda interaction: per_user_cooldown(interaction, "add"))
    async def add(self, interaction: discord.Interaction[FilmBot], file: discord.Attachment,
                  replace: bool = False) -> None:
        limit = self.bot.settings.max_attachment_bytes
        if file.size > limit:
            raise UserError(f"{escape(file.filename)} is {file.size / 1e6:.1f} MB; the limit is "
                            f"{limit / 1e6:.1f} MB. Nothing was stored.")
        if file.content_type and not file.content_type.startswith(_TEXT_TYPES):
            raise UserError(f"{escape(file.filename)} is {escape(file.content_type)}, not a text document. "
                            "Nothing was stored.")
        await interaction.response.defer(ephemeral=True, thinking=True)
        data = await file.read()
        if len(data) > limit:  # the declared size can lie
            raise UserError(f"{escape(file.filename)} is larger than {limit / 1e6:.1f} MB. Nothing was stored.")
        try:
            result = await self.bot.service.add_document(data, file.filename, guild_id=interaction.guild_id,
                                                         actor=_actor(interaction), replace=replace)
        except UserError as error:
            raise UserError(f"{error} Nothing was stored.") from error
        film = result.film
        spoilers = sum(p.spoiler for p in film.passages)
        await interaction.followup.send(embed=notice(
            f"{result.outcome.value.capitalize()} **{escape(film.display_title)}**: {len(film.passages)} "
            f"passages, {spoilers} of them spoilers. Use `/film info` to check its sections.",
        ), ephemeral=True)

    @app_commands.command(name="remove", description="Remove a film this server loaded.")
    @app_commands.checks.has_permissions(manage_guild=True)
    @app_commands.autocomplete(film=film_autocomplete)
    async def remove(self, interaction: discord.Interaction[FilmBot], film: str) -> None:
        await interaction.response.defer(ephemeral=True)
        ref = await self.bot.service.remove(film, guild_id=interaction.guild_id, actor=_actor(interaction),
                                            own_guild_only=True)
        await interaction.followup.send(embed=notice(f"Removed **{escape(ref.display_title)}**."),
                                        ephemeral=True)

    @app_commands.command(name="list", description="The films I can answer about here.")
    async def list(self, interaction: discord.Interaction[FilmBot]) -> None:
        await interaction.response.defer(ephemeral=True)
        rows = await self.bot.service.list_films(interaction.guild_id)
        lines = [f"• {escape(row.display_title)}" + (" · this server" if row.guild_id else "") for row in rows]
        embeds: list[discord.Embed] = []
        chunk: list[str] = []
        for line in lines:
            if sum(len(x) + 1 for x in chunk) + len(line) > 3500:
                embeds.append(notice("\n".join(chunk), title="Films"))
                chunk = []
            chunk.append(line)
        embeds.append(notice("\n".join(chunk) or "No films yet.", title=f"Films ({len(rows)})"))
        for embed in embeds:
            await interaction.followup.send(embed=embed, ephemeral=True)

    @app_commands.command(name="info", description="A film's facts and sections (no spoiler text).")
    @app_commands.autocomplete(film=film_autocomplete)
    async def info(self, interaction: discord.Interaction[FilmBot], film: str) -> None:
        await interaction.response.defer(ephemeral=True)
        stored = await self.bot.service.film(film, interaction.guild_id)
        facts = stored.facts.model_dump(exclude_none=True, exclude_defaults=True)
        embed = notice("\n".join(f"**{escape(k.replace('_', ' ').capitalize())}**: "
                                 f"{escape(', '.join(v) if isinstance(v, list) else str(v))}"
                                 for k, v in facts.items() if k != "extra") or "No facts given.",
                       title=stored.display_title)
        sections = "\n".join(
            f"{'🔒 spoiler' if s.spoiler else '✅ safe'} · {escape(s.heading)} ({s.kind.value})"
            + (f", {sum(s.spoiler_paragraphs)} hidden span(s)" if not s.spoiler and any(s.spoiler_paragraphs)
               else "")
            for s in stored.sections)
        embed.add_field(name="Sections", value=clip(sections or "none", EMBED_FIELD_VALUE_LIMIT), inline=False)
        owner = "this server" if stored.guild_id else "the shared corpus"
        embed.set_footer(text=clip(f"{len(stored.passages)} passages · from {owner} · "
                                   f"source {stored.source_file or '?'}", 2048))
        await interaction.followup.send(embed=embed, ephemeral=True)


async def setup(bot: FilmBot) -> None:
    cog = FilmsCog(bot)
    group = cog.app_command
    group.default_permissions = discord.Permissions(manage_guild=True)
    group.guild_only = True
    await bot.add_cog(cog)
