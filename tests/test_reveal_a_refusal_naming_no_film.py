"""A refusal that names no film ("is tyler durden real?" with spoilers off: naming the film its words found could
confirm its hidden text) now offers **Reveal for me** like any other refusal. Before, it had no button, and someone
who could not name the film had no way to the answer but turning spoilers on. The click asks the question again as
if the clicker had spoilers on, whichever film the words then find. Every such refusal offers it, whether or not
any film's text fits, so the button confirms nothing; the refusal itself still names no film."""

from __future__ import annotations

import pytest

from bot.service import AskResult
from tests.discord_world import World, all_text, embed_text, settle
from tests.test_conversation import talk

TYLER = "is tyler durden real?"


async def test_the_button_reveals_to_the_clicker_alone(world: World) -> None:
    asked = await world.slash(world.alice, "ask", {"question": TYLER})
    await settle(asked)
    public = asked.messages[0]
    assert "Fight Club" not in all_text(asked) and "Narrator" not in all_text(asked)
    assert "didn't say which film" in all_text(asked)
    button = public["components"][0]["components"][0]
    assert button["label"] == "Reveal for me"

    click = await world.server.click_button(public, button["custom_id"], world.alice)
    await settle(click)
    assert click.ephemeral
    assert "Fight Club" in all_text(click) and "Narrator" in all_text(click), all_text(click)
    assert "Fight Club" not in embed_text(world.server.messages[public["id"]])


@pytest.mark.parametrize(
    "question",
    [
        TYLER,  # a film's text holds the name
        "the movie where it turns out the dog was dead the whole time",  # a twist stated, no film fits
    ],
)
async def test_every_refusal_naming_no_film_offers_it(service, question: str) -> None:
    from bot.service import Asker

    result: AskResult = await service.ask_as(Asker(user_id=1, channel_id=2, guild_id=3), question, None)
    assert result.public.names_no_film, result.public.answer
    assert result.revealable is not None


async def test_reveal_in_the_terminal(service) -> None:
    replies = await talk(service, TYLER, "/reveal")
    assert "/reveal" in replies[0] and "Fight Club" not in replies[0], replies[0]
    assert "Fight Club" in replies[1] and "revealed to you once" in replies[1], replies[1]


async def test_a_named_refusal_is_unchanged(service) -> None:
    replies = await talk(service, "is tyler durden real in fight club?", "/reveal")
    assert "Fight Club" in replies[0] and "Narrator" not in replies[0], replies[0]
    assert "Narrator" in replies[1], replies[1]


async def test_a_click_keeps_the_clickers_own_limit(service) -> None:
    # Alice is 5% into every film: the click lifts no limit of hers, and says so without offering another click.
    replies = await talk(service, "/spoilers on upto:5%", TYLER, "/reveal")
    assert "Narrator" not in replies[2] and "Tyler appears" not in replies[2], replies[2]
    assert "/reveal" not in replies[2] and "revealed to you once" in replies[2], replies[2]
