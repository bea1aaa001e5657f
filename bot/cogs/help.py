"""`/help`."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_bot import FilmBot
from bot.replies import notice

HELP_TEXT = """\
**/ask** `question` `film` — ask about a film. Spoilers stay hidden unless you opted in.
**/spoilers on** — see spoilers here (`scope:me`, the default) or, for moderators, open the channel \
(`scope:channel`). Limit it with `film`, `upto` (45%, 1:12 or 1h12m) and `for` (2h, 7d).
**/spoilers off** / **/spoilers status** — hide them again / see what applies to you here and why.
When an answer is withheld, **Reveal for me** shows it to you alone.
**/film list** / **/film info** — everyone: what films I know, a film's facts and how its summary is split \
(a spoiler section's heading stays hidden until you turn that film's spoilers on).
**/film add** / **/film remove** — moderators (Manage Server): load a summary file, or remove one of this \
server's films by its exact name (you confirm with a button)."""


class HelpCog(commands.Cog):
    def __init__(self, bot: FilmBot) -> None:
        self.bot = bot

    @app_commands.command(name="help", description="How to use filmbot.")
    async def help(self, interaction: discord.Interaction[FilmBot]) -> None:
        await interaction.response.send_message(embed=notice(HELP_TEXT, title="filmbot"), ephemeral=True)


async def setup(bot: FilmBot) -> None:
    await bot.add_cog(HelpCog(bot))
