"""The slash commands as Discord's client sees them (descriptions, limits, contexts) and the bot's manners:
errors reach one person only, buttons and /spoilers have cooldowns, and voice support stays quiet."""

from __future__ import annotations

import logging
import subprocess
import sys
from typing import Any

import pytest

from bot.cogs.help import HELP_TEXT
from bot.quiet import quiet_unused_voice_support
from tests.discord_world import PROFESSOR, World, all_text, settle


def _options(command: dict[str, Any]) -> list[dict[str, Any]]:
    """Every option of a command, subcommands' options included."""
    found = []
    for option in command.get("options") or []:
        if option["type"] in (1, 2):  # subcommand, group
            found += _options(option)
        else:
            found.append(option)
    return found


async def test_every_option_says_what_it_is(world: World):
    _, payload = world.server.command_syncs[0]
    for command in payload:
        for option in _options(command):
            assert option["description"] not in ("…", "..."), (command["name"], option["name"])


async def test_the_question_is_limited_by_the_client(world: World):
    _, payload = world.server.command_syncs[0]
    ask = next(command for command in payload if command["name"] == "ask")
    question = next(option for option in ask["options"] if option["name"] == "question")
    assert (question["min_length"], question["max_length"]) == (1, 500)


async def test_contexts_and_installs_replace_dm_permission(world: World):
    _, payload = world.server.command_syncs[0]
    by_name = {command["name"]: command for command in payload}
    for name in ("ask", "spoilers", "help"):
        assert by_name[name]["contexts"] == [0, 1], name  # servers and DMs with the bot
        assert by_name[name]["integration_types"] == [0], name  # installed on servers, not by users
    assert by_name["film"]["contexts"] == [0] and by_name["film"]["integration_types"] == [0]


async def test_film_list_and_info_are_for_everyone_and_help_says_so(world: World):
    listing = await world.slash(world.alice, "film list")
    await settle(listing)
    assert "Stalker (1979)" in all_text(listing)
    info = await world.slash(world.alice, "film info", {"film": "Stalker"})
    await settle(info)
    assert "Andrei Tarkovsky" in all_text(info)
    refused = await world.slash(world.alice, "film remove", {"film": "Stalker"})
    await settle(refused)
    assert "You need the Manage Server permission" in all_text(refused)
    assert "/film list** / **/film info** — everyone" in HELP_TEXT
    assert "moderators (Manage Server)" in HELP_TEXT.split("/film add")[1]


async def test_the_reveal_button_has_a_per_user_cooldown(world: World):
    world.bot.settings.reveal_cooldown = 30
    asked = await world.slash(world.alice, "ask", {"question": PROFESSOR, "film": "Stalker"})
    await settle(asked)
    message = asked.messages[0]
    button = message["components"][0]["components"][0]["custom_id"]
    first = await world.server.click_button(message, button, world.bob)
    await settle(first)
    assert "bomb" in all_text(first).lower()
    second = await world.server.click_button(message, button, world.bob)
    await settle(second)
    assert second.ephemeral and "Slow down a little" in all_text(second)
    other = await world.server.click_button(message, button, world.alice)  # another user is not held back
    await settle(other)
    assert "bomb" in all_text(other).lower()


async def test_spoilers_has_a_per_user_cooldown(world: World):
    world.bot.settings.spoilers_cooldown = 30
    first = await world.slash(world.alice, "spoilers on", {"film": "Stalker"})
    await settle(first)
    assert "will now see" in all_text(first)
    again = await world.slash(world.alice, "spoilers on", {"film": "Psycho"})
    await settle(again)
    assert again.ephemeral and "Slow down a little" in all_text(again)


async def test_an_error_after_the_interaction_expired_is_logged_not_posted(
    world: World, caplog: pytest.LogCaptureFixture
):
    before = len(world.server.channel_messages(world.channel.id))
    late = await world.server.send_slash_command(
        world.guild.id, world.channel.id, world.alice, "ask", {"question": "who directed Stalker?"}, age=16 * 60
    )
    await late.wait_error()
    posted = f"POST /channels/{world.channel.id}/messages"
    await late.wait_for(
        lambda: "interaction expired" in caplog.text or world.server.requests_to(posted), what="the error's fate"
    )
    assert not world.server.requests_to(posted)  # an error meant for alice never goes to the channel
    assert len(world.server.channel_messages(world.channel.id)) == before
    assert f"could not tell user {world.alice.id} about /ask: the interaction expired" in caplog.text


def test_voice_notices_are_silenced_and_nothing_else():
    quiet_unused_voice_support()
    logger = logging.getLogger("discord.client")
    voice = logger.makeRecord(
        "discord.client", logging.WARNING, __file__, 1, "PyNaCl is not installed, voice will NOT be supported", (), None
    )
    davey = logger.makeRecord(
        "discord.client", logging.WARNING, __file__, 1, "davey is not installed, voice will NOT be supported", (), None
    )
    other = logger.makeRecord("discord.client", logging.WARNING, __file__, 1, "Shard ID None has stopped", (), None)
    assert not logger.filter(voice) and not logger.filter(davey) and logger.filter(other)
    # With every warning an error, importing discord.py after the filter works, while any other
    # deprecation still fails.
    code = (
        "from bot.quiet import quiet_unused_voice_support; quiet_unused_voice_support(); import discord; "
        "import warnings; warnings.warn('still here', DeprecationWarning)"
    )
    result = subprocess.run(
        [sys.executable, "-W", "error::DeprecationWarning", "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "still here" in result.stderr and "audioop" not in result.stderr


@pytest.mark.parametrize(
    ("film", "upto", "noted"),
    [("Vertigo", "1:00", True), ("Psycho", "1:00", False), ("Vertigo", "50%", False)],
)
async def test_a_time_limit_on_a_summary_without_times_says_what_it_cannot_show(
    world: World, film: str, upto: str, noted: bool
):
    # Vertigo's summary gives no times: under upto:1:00 none of its spoilers can be known to come before the limit.
    # Psycho's gives them ([0:47], [1:12]).
    done = await world.slash(world.alice, "spoilers on", {"film": film, "upto": upto})
    await settle(done)
    assert "will now see" in all_text(done)
    assert ("gives no times" in all_text(done)) is noted, all_text(done)
