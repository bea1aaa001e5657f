"""The real bot (discord.py client, cogs, service, SQLite) against the loopback fake of Discord."""

from __future__ import annotations

import pytest

from tests.discord_world import (
    PROFESSOR,
    SPOILER_WORD,
    World,
    all_text,
    embed_text,
    private_text,
    public_text,
    real_errors,
    settle,
)


async def test_commands_are_synced_to_the_dev_guild_with_default_permissions(world: World):
    guild_id, payload = world.server.command_syncs[0]
    assert guild_id == world.guild.id
    assert world.server.global_commands == []  # never synced globally by itself
    by_name = {command["name"]: command for command in payload}
    assert {"ask", "spoilers", "film", "help"} <= set(by_name)
    film = by_name["film"]
    # /film list and /film info are for everyone; add and remove check Manage Server themselves.
    assert film["default_member_permissions"] is None
    assert film["contexts"] == [0] and film["dm_permission"] is False
    assert by_name["ask"]["default_member_permissions"] is None
    ask_options = {option["name"]: option for option in by_name["ask"]["options"]}
    assert ask_options["film"]["autocomplete"] is True
    spoiler_on = next(o for o in by_name["spoilers"]["options"] if o["name"] == "on")
    assert {"scope", "film", "upto", "for"} <= {o["name"] for o in spoiler_on["options"]}


async def test_ask_answers_safe_questions_in_public(world: World):
    interaction = await world.slash(world.alice, "ask", {"question": "who directed Stalker?"})
    assert (await interaction.wait_response())["type"] == 5  # deferred first
    await settle(interaction)
    message = interaction.messages[0]
    assert not interaction.ephemeral
    embed = message["embeds"][0]
    assert embed["title"] == "Stalker (1979)"
    assert "Andrei Tarkovsky" in embed["description"]
    assert embed["footer"]["text"] == "spoilers off"
    assert real_errors(world.server) == []


async def test_withheld_in_a_protected_channel_then_revealed_to_the_clicker_only(world: World):
    interaction = await world.slash(world.alice, "ask", {"question": PROFESSOR, "film": "Stalker"})
    await settle(interaction)
    public = interaction.messages[0]
    assert not public.get("flags", 0) & 64
    assert SPOILER_WORD not in all_text(interaction).lower()
    button = public["components"][0]["components"][0]
    assert button["label"] == "Reveal for me"

    click = await world.server.click_button(public, button["custom_id"], world.bob)
    await settle(click)
    assert click.ephemeral
    assert SPOILER_WORD in all_text(click).lower()
    assert "||" in click.messages[0]["embeds"][0]["description"]  # wrapped as a spoiler even in private
    # The public message is unchanged for everyone else.
    assert SPOILER_WORD not in embed_text(world.server.messages[public["id"]]).lower()


async def test_a_withheld_wording_never_depends_on_hidden_text(world: World):
    async def refusal(question: str) -> str:
        interaction = await world.slash(world.alice, "ask", {"question": question, "film": "Stalker"})
        await settle(interaction)
        return interaction.messages[0]["embeds"][0]["description"]

    # Words the visible text does not hold get the same refusal whether the hidden text holds them ("bomb",
    # the Professor) or no text at all does ("zeppelin"): the wording says nothing of what is hidden.
    nowhere = await refusal("is the zeppelin real?")
    assert await refusal(f"is the {SPOILER_WORD} real?") == nowhere == await refusal(PROFESSOR)
    assert SPOILER_WORD not in nowhere


async def test_a_personal_opt_in_is_answered_privately_and_others_stay_protected(world: World):
    opt_in = await world.slash(world.alice, "spoilers on", {"film": "Stalker"})
    await settle(opt_in)
    assert opt_in.ephemeral

    asked = await world.slash(world.alice, "ask", {"question": PROFESSOR, "film": "Stalker"})
    await settle(asked, messages=2)
    assert SPOILER_WORD not in public_text(asked).lower()
    assert SPOILER_WORD in private_text(asked).lower()

    other = await world.slash(world.bob, "ask", {"question": PROFESSOR, "film": "Stalker"})
    await settle(other)
    assert SPOILER_WORD not in all_text(other).lower()

    status = await world.slash(world.alice, "spoilers status", {"film": "Stalker"})
    await settle(status)
    assert "you opted in" in all_text(status) and "protected" in all_text(status)

    # In another channel the opt-in does not apply.
    elsewhere = await world.slash(
        world.alice, "ask", {"question": PROFESSOR, "film": "Stalker"}, channel=world.guild.channels[1]
    )
    await settle(elsewhere)
    assert SPOILER_WORD not in all_text(elsewhere).lower()


async def test_channel_opt_in_needs_manage_channels(world: World):
    refused = await world.slash(world.alice, "spoilers on", {"scope": "channel"})
    await settle(refused)
    assert refused.ephemeral and "Manage Channels" in all_text(refused)
    still_protected = await world.slash(world.bob, "ask", {"question": PROFESSOR, "film": "Stalker"})
    await settle(still_protected)
    assert SPOILER_WORD not in all_text(still_protected).lower()

    opened = await world.slash(world.mod, "spoilers on", {"scope": "channel"})
    await settle(opened)
    assert "Everyone in this channel" in all_text(opened)
    answered = await world.slash(world.bob, "ask", {"question": PROFESSOR, "film": "Stalker"})
    await settle(answered)
    public = answered.messages[0]
    assert not public.get("flags", 0) & 64
    description = public["embeds"][0]["description"]
    assert SPOILER_WORD in description.lower() and description.startswith("||")
    assert public["embeds"][0]["footer"]["text"] == "spoilers on"


async def test_progress_limit_from_a_percentage(world: World):
    await settle(await world.slash(world.alice, "spoilers on", {"upto": "50%"}))
    early = await world.slash(
        world.alice, "ask", {"question": "how do they get past the military into the Zone?", "film": "Stalker"}
    )
    await settle(early, messages=2)
    assert "train" in private_text(early).lower()
    late = await world.slash(world.alice, "ask", {"question": "how does Stalker end?", "film": "Stalker"})
    await settle(late)
    assert "Beethoven" not in all_text(late) and "Tyutchev" not in all_text(late)


async def test_non_moderator_cannot_add_and_nothing_is_stored(world: World):
    before = len(await world.service.list_films(world.guild.id))
    attachment = world.server.add_attachment(
        "heat.md", b"# Heat (1995)\n\n## Premise\nA crew of thieves.\n", "text/markdown"
    )
    refused = await world.slash(world.alice, "film add", {"file": attachment})
    await settle(refused)
    assert refused.ephemeral and "Manage Server" in all_text(refused)
    assert len(await world.service.list_films(world.guild.id)) == before


async def test_moderator_adds_a_guild_film_invisible_elsewhere(world: World):
    document = (
        b"# Heat (1995)\nDirector: Michael Mann\n\n## Premise\nA crew of thieves and a detective.\n\n"
        b"## Ending (spoilers)\nThe detective shoots the thief by the runway.\n"
    )
    added = await world.slash(
        world.mod, "film add", {"file": world.server.add_attachment("heat.md", document, "text/markdown")}
    )
    await settle(added)
    assert added.ephemeral and "Loaded" in all_text(added)
    here = await world.slash(world.alice, "ask", {"question": "who directed Heat?"})
    await settle(here)
    assert "Michael Mann" in all_text(here)
    there = await world.slash(
        world.other_guild.members[0], "ask", {"question": "who directed it?", "film": "Heat"}, guild=world.other_guild
    )
    await settle(there)
    assert "Michael Mann" not in all_text(there)
    # The other guild's moderator cannot remove it either.
    removal = await world.slash(world.other_guild.members[0], "film remove", {"film": "Heat"}, guild=world.other_guild)
    await settle(removal)
    assert any(row.title == "Heat" for row in await world.service.list_films(world.guild.id))


@pytest.mark.parametrize(
    ("filename", "data", "content_type", "reason"),
    [
        ("poster.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png", "not a text document"),
        ("empty.md", b"", "text/markdown", "empty"),
        ("huge.txt", b"word " * 300_000, "text/plain", "limit"),
        ("broken.json", b'{"title": "X", "sections": [', "application/json", "JSON"),
    ],
)
async def test_bad_attachments_are_refused_and_nothing_is_stored(world: World, filename, data, content_type, reason):
    before = [row.id for row in await world.service.list_films(world.guild.id)]
    attachment = world.server.add_attachment(filename, data, content_type)
    refused = await world.slash(world.mod, "film add", {"file": attachment})
    await settle(refused)
    assert refused.ephemeral
    assert reason.lower() in all_text(refused).lower() and "Nothing was stored" in all_text(refused)
    assert [row.id for row in await world.service.list_films(world.guild.id)] == before


async def test_long_answers_are_split_and_mentions_neutralised(world: World):
    long_sentence = " ".join(["@everyone the heist crew drives *fast* through the <@123> tunnel | and"] * 140) + " on."
    document = (f"# Long Haul (2001)\nDirector: Some One\n\n## Premise\n{long_sentence}\n").encode()
    await settle(
        await world.slash(
            world.mod, "film add", {"file": world.server.add_attachment("long.md", document, "text/markdown")}
        )
    )
    asked = await world.slash(
        world.alice,
        "ask",
        {"question": "what does the heist crew drive through the tunnel?", "film": "Long Haul", "detail": True},
    )
    await settle(asked, messages=3)
    text = all_text(asked)
    assert "tunnel" in text
    assert all(len(m["embeds"][0]["description"]) <= 4096 for m in asked.messages)
    assert "@everyone" not in text and "<@123>" not in text
    assert " | " not in text and " \\| " in text  # a lone bar is escaped, so it cannot open a spoiler span
    for message in asked.messages:
        assert message.get("allowed_mentions", {"parse": []}).get("parse", []) == []
    assert 50035 not in world.server.error_codes


async def test_autocomplete_offers_titles_only(world: World):
    completion = await world.server.send_autocomplete(
        world.guild.id, world.channel.id, world.alice, "ask", {"question": "x", "film": "sta"}, focused="film"
    )
    assert (await completion.wait_response())["type"] == 8
    names = [choice["name"] for choice in completion.choices]
    assert names and names[0] == "Stalker (1979)"
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in completion.choices)
    everything = await world.server.send_autocomplete(
        world.guild.id, world.channel.id, world.alice, "ask", {"question": "x", "film": ""}, focused="film"
    )
    await everything.wait_response()
    assert 0 < len(everything.choices) <= 25


async def test_film_info_shows_flags_without_spoiler_text(world: World):
    info = await world.slash(world.mod, "film info", {"film": "Psycho"})
    await settle(info)
    text = all_text(info)
    assert "spoiler" in text and "safe" in text
    assert "Mother" not in text


async def test_unknown_and_ambiguous_films(world: World):
    unknown = await world.slash(world.alice, "ask", {"question": "who directed it?", "film": "Zzyzx Road Trip"})
    await settle(unknown)
    assert "No film" in all_text(unknown) or "don't know" in all_text(unknown)
    assert real_errors(world.server) == []


async def test_help_and_overlong_questions(world: World):
    shown = await world.slash(world.alice, "help")
    await settle(shown)
    assert shown.ephemeral and "/ask" in all_text(shown)
    long = await world.slash(world.alice, "ask", {"question": "why " * 1500})
    await settle(long)
    assert long.ephemeral and "under 500 characters" in all_text(long)


async def test_cooldown_answers_with_a_clear_message(world: World):
    world.bot.settings.ask_cooldown = 30
    first = await world.slash(world.bob, "ask", {"question": "who directed Psycho?"})
    await settle(first)
    second = await world.slash(world.bob, "ask", {"question": "who directed Vertigo?"})
    await settle(second)
    assert second.ephemeral and "Slow down" in all_text(second)


async def test_dm_allows_only_personal_settings(world: World):
    await world.bot.tree.sync()  # global commands reach DMs
    refused = await world.server.send_slash_command(None, None, world.alice, "spoilers on", {"scope": "channel"})
    await settle(refused)
    assert "direct messages" in all_text(refused)
    allowed = await world.server.send_slash_command(None, None, world.alice, "spoilers on", {})
    await settle(allowed)
    assert "You will now see spoilers on" in all_text(allowed)


async def test_injection_in_questions_is_neither_echoed_nor_pinged(world: World):
    asked = await world.slash(world.alice, "ask", {"question": "@everyone ||who|| *directed* Stalker? <@&1> <@123>"})
    await settle(asked)
    text = all_text(asked)
    assert "Andrei Tarkovsky" in text
    assert "@everyone" not in text and "<@123>" not in text and "||who||" not in text
    bodies = [
        request.body
        for request in world.server.requests
        if isinstance(request.body, dict)
        and ("embeds" in request.body or "content" in request.body or "data" in request.body)
    ]
    assert bodies
    for body in bodies:
        data = body.get("data", body)
        if "embeds" in data or "content" in data:
            assert data.get("allowed_mentions") == {"parse": []}, data


async def test_a_server_film_with_a_shared_title_is_marked_in_autocomplete(world: World):
    document = b"# Stalker (1979)\nDirector: Someone Else\n\n## Premise\nA different film with the same name.\n"
    await settle(
        await world.slash(
            world.mod, "film add", {"file": world.server.add_attachment("stalker.md", document, "text/markdown")}
        )
    )
    completion = await world.server.send_autocomplete(
        world.guild.id, world.channel.id, world.alice, "ask", {"question": "x", "film": "stalker"}, focused="film"
    )
    await completion.wait_response()
    names = sorted(choice["name"] for choice in completion.choices)
    assert names == ["Stalker (1979)", "Stalker (1979) · this server"]
    ambiguous = await world.slash(world.alice, "ask", {"question": "who directed it?", "film": "Stalker"})
    await settle(ambiguous)
    assert "Which film" in all_text(ambiguous)


async def test_a_refusal_past_the_askers_own_limit_offers_reveal_past_it(world: World):
    # Issue 10: past your limit, "raise it or Reveal". Before, no button went with it: Reveal kept the limit.
    opt_in = await world.slash(world.alice, "spoilers on", {"film": "Stalker", "upto": "5%"})
    await settle(opt_in)
    asked = await world.slash(world.alice, "ask", {"question": PROFESSOR, "film": "Stalker"})
    await settle(asked, messages=2)
    assert SPOILER_WORD not in all_text(asked).lower()
    assert "past your progress limit" in all_text(asked) and "Reveal for me" in all_text(asked)
    # The refusal went to Alice alone (her footer names her limit), with the button.
    refusal = next(message for message in asked.messages if message.get("components"))
    button = refusal["components"][0]["components"][0]
    assert button["label"] == "Reveal for me"

    click = await world.server.click_button(refusal, button["custom_id"], world.alice)
    await settle(click)
    assert click.ephemeral
    assert SPOILER_WORD in all_text(click).lower()
