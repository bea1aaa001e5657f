"""`/ask` and the **Reveal for me** button."""

from __future__ import annotations

import re
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs.common import FilmOption, asker_of, per_user_cooldown
from bot.discord_bot import FilmBot, busy_text, cooldown_text, send_ephemeral
from bot.errors import UserError
from bot.formatting import clean_question
from bot.replies import answer_reply, notice
from bot.service import Asker, AskResult
from corpus.store import DatabaseBusy
from index.answer_model import Answer

SENT_PRIVATELY = "Your spoiler settings go further than this channel's, so I sent you the answer privately."
# Discord allows 6,000 characters in an option; nobody asks a real question that long.
MAX_QUESTION_CHARS = 500


async def send_answer(
    interaction: discord.Interaction,
    answer: Answer,
    *,
    ephemeral: bool,
    view: discord.ui.View | None = None,
    edit_original: bool = False,
    detail: bool = False,
) -> None:
    reply = answer_reply(answer, detail=detail)
    if edit_original:
        await interaction.edit_original_response(embed=reply.first, view=view)
    else:
        await interaction.followup.send(embed=reply.first, view=view or discord.utils.MISSING, ephemeral=ephemeral)
    for embed in reply.rest:
        await interaction.followup.send(embed=embed, ephemeral=ephemeral)


class RevealButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=r"filmbot:reveal:(?P<token>[0-9a-f]{16})"
):
    """Persistent: it keeps working after a restart, since the question it reveals is stored by token."""

    def __init__(self, token: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Reveal for me",
                style=discord.ButtonStyle.secondary,
                custom_id=f"filmbot:reveal:{token}",
                emoji="\N{EYE}",
            )
        )
        self.token = token

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> RevealButton:
        return cls(match["token"])

    async def callback(self, interaction: discord.Interaction[FilmBot]) -> None:  # type: ignore[override]
        # A button has no app_commands cooldown: the bot keeps one per user (FILMBOT_REVEAL_COOLDOWN).
        if (retry_after := interaction.client.reveal_cooldown.retry_after(interaction)) is not None:
            await send_ephemeral(interaction, cooldown_text(retry_after))
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        service = interaction.client.service
        try:
            request = await service.recall_reveal(self.token)
            if request is None:
                # The tree's error handler does not see buttons: answer here, to the clicker alone.
                await send_ephemeral(interaction, "That question has expired; ask it again.")
                return
            question, film_id = request
            answer = await service.reveal(asker_of(interaction), question, film_id)
        except DatabaseBusy as error:
            await send_ephemeral(interaction, busy_text(error))
            return
        await send_answer(interaction, answer, ephemeral=True)


def reveal_view(token: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(RevealButton(token))
    return view


class AskCog(commands.Cog):
    def __init__(self, bot: FilmBot) -> None:
        self.bot = bot

    @app_commands.command(name="ask", description="Ask about a film; spoilers stay hidden unless you opted in.")
    @app_commands.describe(
        question="Your question, e.g. 'what is the Zone?'",
        film="The film (optional if the question names it)",
        detail="Also show the passages the answer comes from",
    )
    @app_commands.checks.dynamic_cooldown(lambda interaction: per_user_cooldown(interaction, "ask"))
    async def ask(
        self,
        interaction: discord.Interaction[FilmBot],
        question: app_commands.Range[str, 1, MAX_QUESTION_CHARS],
        film: FilmOption | None = None,
        detail: bool = False,
    ) -> None:
        if len(question) > MAX_QUESTION_CHARS:  # Discord's client enforces the range; other clients may not
            raise UserError(f"Please keep questions under {MAX_QUESTION_CHARS} characters.")
        question = clean_question(question)
        if not question:
            raise UserError("Ask a question in words, e.g. `/ask question:who directed Stalker?`")
        await interaction.response.defer(thinking=True)
        asker = asker_of(interaction)
        result = await self.bot.service.ask_as(asker, question, film)
        if result.sent_privately:
            # The asker's own choices show more than this channel may see: the answer reaches them alone, and
            # the channel only learns that it did (no refusal, no Reveal button for what they were shown).
            private = result.private
            assert private is not None
            await interaction.edit_original_response(embed=notice(SENT_PRIVATELY))
            await send_answer(
                interaction,
                private,
                ephemeral=True,
                detail=detail,
                view=await self._reveal_for(asker, question, result),
            )
            return
        view = await self._reveal_for(asker, question, result)
        await send_answer(interaction, result.public, ephemeral=False, view=view, edit_original=True, detail=detail)

    async def _reveal_for(self, asker: Asker, question: str, result: AskResult) -> discord.ui.View | None:
        """A **Reveal for me** button for the refusal `AskResult.revealable` names; none for anything else."""
        answer = result.revealable
        if answer is None:
            return None
        # As read: "and Arbogast?" or "just tell me" stands for the question asked before, which the click asks.
        film_id = answer.film.id if answer.film is not None else None
        token = await self.bot.service.remember_reveal(asker, answer.read_as or question, film_id)
        return reveal_view(token) if token is not None else None


async def setup(bot: FilmBot) -> None:
    bot.add_dynamic_items(RevealButton)
    await bot.add_cog(AskCog(bot))
