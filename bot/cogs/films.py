"""`/film add|remove|list|info`: everyone may list films and look at one; moderators add and remove them."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs.common import FilmOption, asker_of, per_user_cooldown
from bot.discord_bot import FilmBot
from bot.errors import UserError
from bot.formatting import EMBED_FIELD_VALUE_LIMIT, EMBED_FOOTER_LIMIT, clip, escape
from bot.replies import notice
from bot.service import FilmOutline, fact_lines

# Attachments we accept: text documents. A missing content type is left to the decoder, which refuses binary.
_TEXT_TYPES = ("text/", "application/json", "application/x-yaml", "application/yaml")
FILM_OPTION = "The film: pick it from the list, or type its exact title, alias or 'Title (Year)'"


def _actor(interaction: discord.Interaction) -> str:
    return f"discord:{interaction.user.id}"


class ConfirmRemove(discord.ui.View):
    """Remove / Keep buttons on the private confirmation; only the moderator who asked may press them."""

    def __init__(self, invoker_id: int, *, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.invoker_id = invoker_id
        self.confirmed: bool | None = None  # None: nobody answered in time

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.invoker_id:
            return True
        await interaction.response.send_message(
            embed=notice("Only the moderator who asked can answer this.", problem=True), ephemeral=True
        )
        return False

    async def _answer(self, interaction: discord.Interaction, confirmed: bool) -> None:
        self.confirmed = confirmed
        # Acknowledge the press; the command that is waiting edits the message with the outcome.
        await interaction.response.defer()
        self.stop()

    @discord.ui.button(label="Remove", style=discord.ButtonStyle.danger)
    async def remove(self, interaction: discord.Interaction, _: discord.ui.Button[ConfirmRemove]) -> None:
        await self._answer(interaction, True)

    @discord.ui.button(label="Keep it", style=discord.ButtonStyle.secondary)
    async def keep(self, interaction: discord.Interaction, _: discord.ui.Button[ConfirmRemove]) -> None:
        await self._answer(interaction, False)


def _facts_text(outline: FilmOutline) -> str:
    lines = [f"**{escape(name[:1].upper() + name[1:])}**: {escape(value)}" for name, value in fact_lines(outline.facts)]
    if outline.aliases:
        lines.append(f"**Also known as**: {escape(', '.join(outline.aliases))}")
    return "\n".join(lines) or "No facts given."


def _sections_text(outline: FilmOutline) -> str:
    lines = []
    for section in outline.sections:
        flag = "🔒 spoiler" if section.spoiler else "✅ safe"
        if section.heading_shown:
            spans = f", {section.hidden_spans} hidden span(s)" if section.hidden_spans else ""
            lines.append(f"{flag} · {escape(section.label)} ({section.kind.value}{spans})")
        else:
            lines.append(f"{flag} · {escape(section.label)}")
    if not outline.spoiler_headings_shown and any(not s.heading_shown for s in outline.sections):
        lines.append("_Spoiler headings stay hidden until you turn this film's spoilers on._")
    return "\n".join(lines) or "none"


class FilmsCog(commands.GroupCog, group_name="film", group_description="Films I can answer about"):
    # Seconds a moderator has to press Remove before the confirmation lapses and nothing is removed.
    confirm_timeout = 60.0

    # `list` and `info` are for everyone: they show titles, facts and the shape of a summary, never its text
    # (nor a spoiler section's heading, unless the reader opened that film). `add` and `remove` check Manage
    # Server themselves: Discord applies default permissions to a whole command group, not to a subcommand.
    def __init__(self, bot: FilmBot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="add", description="Load a film summary (a .txt, .md or .json file). Manage Server.")
    @app_commands.describe(file="The summary document", replace="Replace a film with the same title and year")
    @app_commands.checks.has_permissions(manage_guild=True)
    @app_commands.checks.dynamic_cooldown(lambda interaction: per_user_cooldown(interaction, "add"))
    async def add(
        self, interaction: discord.Interaction[FilmBot], file: discord.Attachment, replace: bool = False
    ) -> None:
        limit = self.bot.settings.max_attachment_bytes
        if file.size > limit:
            raise UserError(
                f"{escape(file.filename)} is {file.size / 1e6:.1f} MB; the limit is "
                f"{limit / 1e6:.1f} MB. Nothing was stored."
            )
        if file.content_type and not file.content_type.startswith(_TEXT_TYPES):
            raise UserError(
                f"{escape(file.filename)} is {escape(file.content_type)}, not a text document. Nothing was stored."
            )
        await interaction.response.defer(ephemeral=True, thinking=True)
        data = await file.read()
        if len(data) > limit:  # the declared size can lie
            raise UserError(f"{escape(file.filename)} is larger than {limit / 1e6:.1f} MB. Nothing was stored.")
        try:
            result = await self.bot.service.add_document(
                data, file.filename, guild_id=interaction.guild_id, actor=_actor(interaction), replace=replace
            )
        except UserError as error:
            raise UserError(f"{error} Nothing was stored.") from error
        film = result.film
        spoilers = sum(p.spoiler for p in film.passages)
        await interaction.followup.send(
            embed=notice(
                f"{result.outcome.value.capitalize()} **{escape(film.display_title)}**: {len(film.passages)} "
                f"passages, {spoilers} of them spoilers. Use `/film info` to check its sections.",
            ),
            ephemeral=True,
        )

    @app_commands.command(
        name="remove", description="Remove a film this server loaded (asks to confirm). Manage Server."
    )
    @app_commands.describe(film=FILM_OPTION)
    @app_commands.checks.has_permissions(manage_guild=True)
    async def remove(self, interaction: discord.Interaction[FilmBot], film: FilmOption) -> None:
        service = self.bot.service
        # Exact names only, checked before asking: a near miss must never put another film up for removal.
        ref = service.removable(film, guild_id=interaction.guild_id, own_guild_only=True)
        title = escape(ref.display_title)
        view = ConfirmRemove(interaction.user.id, timeout=self.confirm_timeout)
        await interaction.response.send_message(
            embed=notice(
                f"Remove **{title}** from this server? Its summary is deleted and I will no longer answer about it.",
                title="Remove a film?",
            ),
            view=view,
            ephemeral=True,
        )
        await view.wait()
        if view.confirmed is None:
            outcome = f"No answer within {self.confirm_timeout:.0f} s: **{title}** was not removed."
        elif not view.confirmed:
            outcome = f"Kept **{title}**: nothing was removed."
        else:
            try:
                removed = await service.remove(
                    ref.id, guild_id=interaction.guild_id, actor=_actor(interaction), own_guild_only=True
                )
            except UserError as error:  # removed or replaced by someone else meanwhile
                outcome = str(error)
            else:
                outcome = f"Removed **{escape(removed.display_title)}** from this server."
        await interaction.edit_original_response(embed=notice(outcome), view=None)

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
    @app_commands.describe(film=FILM_OPTION)
    async def info(self, interaction: discord.Interaction[FilmBot], film: FilmOption) -> None:
        await interaction.response.defer(ephemeral=True)
        outline = await self.bot.service.outline(film, interaction.guild_id, reader=asker_of(interaction))
        embed = notice(_facts_text(outline), title=outline.ref.display_title)
        embed.add_field(name="Sections", value=clip(_sections_text(outline), EMBED_FIELD_VALUE_LIMIT), inline=False)
        owner = "this server" if outline.guild_id else "the shared corpus"
        embed.set_footer(
            text=clip(
                f"{outline.passages} passages · from {owner} · source {outline.source_file or '?'}", EMBED_FOOTER_LIMIT
            )
        )
        await interaction.followup.send(embed=embed, ephemeral=True)


async def setup(bot: FilmBot) -> None:
    cog = FilmsCog(bot)
    group = cog.app_command
    assert group is not None  # a GroupCog always has its group
    # Films belong to servers: the group is offered in servers only, not in DMs.
    group.allowed_contexts = app_commands.AppCommandContext(guild=True, dm_channel=False, private_channel=False)
    group.guild_only = True  # discord.py still sends the legacy dm_permission; keep it consistent
    await bot.add_cog(cog)
