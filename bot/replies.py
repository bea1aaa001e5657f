"""Answers rendered as Discord embeds that stay within every limit and never carry spoilers unwrapped."""

from __future__ import annotations

from dataclasses import dataclass, field

import discord

from bot.formatting import (
    EMBED_DESCRIPTION_LIMIT,
    EMBED_FIELD_VALUE_LIMIT,
    EMBED_FOOTER_LIMIT,
    EMBED_TITLE_LIMIT,
    clip,
    escape,
    safe_chunks,
    spoiler_chunks,
)
from index.answer_model import PAST_LIMIT_NOTE, Answer, Hold, Status, withheld_text

COLOUR_ANSWER = discord.Colour.blurple()
COLOUR_WITHHELD = discord.Colour.dark_grey()
COLOUR_PROBLEM = discord.Colour.orange()

# A passage can be one enormous sentence; past this many messages the rest is left out rather than flooding a
# channel (the answer itself always comes first).
MAX_MESSAGES = 3
# One message's description is kept well under the 6000-character total so title, field and footer fit too.
_DESCRIPTION_BUDGET = min(EMBED_DESCRIPTION_LIMIT, 3500)


# What the asker can do about a refusal posted with a **Reveal for me** button.
_HINTS = {
    Hold.SPOILERS_OFF: "Turn spoilers on with `/spoilers on`, or click **Reveal for me** to see this answer "
    "alone, once.",
    Hold.PAST_LIMIT: f"{PAST_LIMIT_NOTE}: raise it with `/spoilers on upto:…`, or click **Reveal for me** to see "
    "this answer alone, once.",
    Hold.LIMIT_KEPT: f"{PAST_LIMIT_NOTE}: raise it with `/spoilers on upto:…` to see it.",
    Hold.FILM_OFF: "Spoilers are off for {title} here: turn them on with `/spoilers on film:{title}`, or click "
    "**Reveal for me** to see this answer alone, once.",
}
# … and posted with one after a refusal that names no film.
_UNNAMED_HINT = "Or click **Reveal for me** to see the answer alone, once."


@dataclass
class Reply:
    """One or more messages: the first carries the title, citation and footer, the rest continue the text."""

    embeds: list[discord.Embed] = field(default_factory=list)

    @property
    def first(self) -> discord.Embed:
        return self.embeds[0]

    @property
    def rest(self) -> list[discord.Embed]:
        return self.embeds[1:]


def answer_reply(answer: Answer, *, detail: bool = False) -> Reply:
    """The answer excerpt; with `detail`, the passages it came from follow, split over up to MAX_MESSAGES embeds."""
    title = clip(escape(answer.film.display_title), EMBED_TITLE_LIMIT) if answer.film else "filmbot"
    footer = clip(answer.scope, EMBED_FOOTER_LIMIT)
    if answer.status is Status.AMBIGUOUS:
        names = "\n".join(f"• {escape(ref.display_title)}" for ref in answer.choices[:10])
        if answer.answer.endswith(":"):
            # "I have 2 films by Alfred Hitchcock:": the films the line introduces, not a question back.
            text = f"{escape(answer.answer)}\n{names}\nAsk about one with the `film` option."
        elif len(answer.choices) == 1 and answer.choices[0].display_title in answer.answer:
            # "The oldest of my films is Citizen Kane (1941).": named already.
            text = f"{escape(answer.answer)}\nAsk about it with the `film` option."
        else:
            text = f"Which film do you mean?\n{names}\nAsk again with the `film` option."
        return _single(title, text, COLOUR_PROBLEM, footer)
    if answer.status is Status.NOT_FOUND:
        text = escape(answer.answer or "I don't know that film.")
        if answer.choices:
            text += "\nDid you mean " + ", ".join(escape(ref.display_title) for ref in answer.choices[:5]) + "?"
        return _single(title, text, COLOUR_PROBLEM, footer)
    if answer.status is Status.WITHHELD:
        # Our own fixed wording around an escaped title, so the hint's `/spoilers on` keeps its code formatting.
        text = (
            withheld_text(escape(answer.film.title), unsure=answer.unsure)
            if answer.film is not None
            else escape(answer.answer)
        )
        if answer.film is not None and answer.hold is not None:
            text += " " + _HINTS[answer.hold].format(title=escape(answer.film.title))
        elif answer.names_no_film and answer.hold is not Hold.LIMIT_KEPT:
            text += " " + _UNNAMED_HINT
        return _single(title, text, COLOUR_WITHHELD, footer)

    segments = [(answer.answer or "The summary doesn't say.", answer.contains_spoilers)]
    if detail:
        segments += [(passage.text, passage.spoiler) for passage in answer.passages]
    descriptions = _pack(segments)
    if len(descriptions) > MAX_MESSAGES:
        descriptions = descriptions[:MAX_MESSAGES]
        footer = clip(f"{footer} · passage cut short", EMBED_FOOTER_LIMIT)
    embeds = [discord.Embed(title=title, description=description, colour=COLOUR_ANSWER) for description in descriptions]
    if answer.cited_section:
        where = escape(answer.cited_section)
        if answer.cited_position is not None and answer.cited_position > 0:
            where += f" · {answer.cited_position:.0%} into the plot"
        embeds[0].add_field(name="Source", value=clip(where, EMBED_FIELD_VALUE_LIMIT), inline=False)
    embeds[-1].set_footer(text=footer)
    for index, embed in enumerate(embeds[1:], start=2):
        embed.title = clip(f"{title} ({index}/{len(embeds)})", EMBED_TITLE_LIMIT)
    return Reply(embeds)


def _pack(segments: list[tuple[str, bool]]) -> list[str]:
    """Escape each segment, split it, wrap spoiler chunks one `||…||` each, then fill descriptions in order."""
    chunks: list[str] = []
    for text, spoiler in segments:
        chunks += spoiler_chunks(text, _DESCRIPTION_BUDGET) if spoiler else safe_chunks(text, _DESCRIPTION_BUDGET)
    descriptions: list[str] = []
    for chunk in chunks:
        if descriptions and len(descriptions[-1]) + 2 + len(chunk) <= _DESCRIPTION_BUDGET:
            descriptions[-1] += "\n\n" + chunk
        else:
            descriptions.append(chunk)
    return descriptions or ["The summary doesn't say."]


def notice(text: str, *, title: str | None = None, problem: bool = False) -> discord.Embed:
    """A bot message that is not an answer (help, confirmations, errors); `text` is our own wording."""
    embed = discord.Embed(
        description=clip(text, EMBED_DESCRIPTION_LIMIT), colour=COLOUR_PROBLEM if problem else COLOUR_ANSWER
    )
    if title:
        embed.title = clip(title, EMBED_TITLE_LIMIT)
    return embed


def _single(title: str, text: str, colour: discord.Colour, footer: str) -> Reply:
    embed = discord.Embed(title=title, description=clip(text, EMBED_DESCRIPTION_LIMIT), colour=colour)
    embed.set_footer(text=footer)
    return Reply([embed])
