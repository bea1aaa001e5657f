"""The bot under load and under Discord's faults: every interaction answered in time, nothing lost."""

from __future__ import annotations

import asyncio
import time

from tests.discord_world import World, all_text, real_errors, settle
from tests.fake_discord import FakeInteraction

DOCUMENT = b"""# Night Train {n} (2010)
Director: Director {n}

## Premise
A conductor named Ilse{n} keeps a night train running across the mountains.

## Ending (spoilers)
Ilse{n} uncouples the last carriage to save the passengers.
"""


async def test_200_concurrent_asks_with_film_loads_are_all_acknowledged_in_time(world: World):
    server = world.server
    users = [world.alice, world.bob]
    questions = [
        "who directed Stalker?",
        "what is the Zone?",
        "who directed Psycho?",
        "what does the Professor want with the Room?",
        "how long is Vertigo?",
    ]
    asks = [world.slash(users[i % 2], "ask", {"question": questions[i % len(questions)]}) for i in range(200)]
    loads = [
        world.slash(
            world.mod,
            "film add",
            {"file": server.add_attachment(f"train{n}.md", DOCUMENT.replace(b"{n}", str(n).encode()), "text/markdown")},
        )
        for n in range(5)
    ]
    started = time.monotonic()
    interactions: list[FakeInteraction] = await asyncio.gather(*asks, *loads)
    await asyncio.gather(*(settle(interaction) for interaction in interactions))
    elapsed = time.monotonic() - started

    assert 10062 not in server.error_codes, "an interaction was acknowledged after 3 s"
    assert real_errors(server) == []
    assert all(interaction.response_type in (4, 5) for interaction in interactions)
    for interaction in interactions[:200]:
        assert "bomb" not in all_text(interaction).lower()
    titles = {row.title for row in await world.service.list_films(world.guild.id)}
    assert {f"Night Train {n}" for n in range(5)} <= titles
    for n in range(5):
        assert world.service.resolve(f"Night Train {n}", world.guild.id).title == f"Night Train {n}"
    assert elapsed < 60


async def test_gateway_disconnect_then_resume_and_answer(world: World):
    await world.server.disconnect_gateway()
    assert world.server.gateway.resume_count == 1
    interaction = await world.slash(world.alice, "ask", {"question": "who directed Stalker?"})
    await settle(interaction)
    assert "Andrei Tarkovsky" in all_text(interaction)


async def test_rate_limited_and_failing_discord_still_gets_an_answer(world: World):
    server = world.server
    server.fail_next("POST /interactions/*/callback", status=429, retry_after=0.2)
    limited = await world.slash(world.alice, "ask", {"question": "who directed Psycho?"})
    await settle(limited)
    assert "Hitchcock" in all_text(limited)
    assert [r.status for r in limited.requests if "/callback" in r.path] == [429, 200]

    server.fail_server_errors("PATCH /webhooks/*/messages/@original", count=1, status=502)
    failing = await world.slash(world.alice, "ask", {"question": "who directed Vertigo?"})
    await failing.wait_for(lambda: "Hitchcock" in all_text(failing), timeout=10, what="the answer after a 502")
    assert real_errors(server) == []


async def test_isolation_between_guilds_for_moderators(world: World):
    carol = world.other_guild.members[0]
    added = await world.slash(
        world.mod,
        "film add",
        {"file": world.server.add_attachment("local.md", DOCUMENT.replace(b"{n}", b"Local"), "text/markdown")},
    )
    await settle(added)
    listing = await world.slash(carol, "film list", guild=world.other_guild)
    await settle(listing)
    assert "Night Train Local" not in all_text(listing)
    info = await world.slash(carol, "film info", {"film": "Night Train Local"}, guild=world.other_guild)
    await settle(info)
    assert "No film is called" in all_text(info)
    # Nor may a guild's moderator remove a film of the shared corpus.
    shared = await world.slash(carol, "film remove", {"film": "Stalker"}, guild=world.other_guild)
    await settle(shared)
    assert "shared corpus" in all_text(shared)
    assert world.service.resolve("Stalker", world.other_guild.id).id == "stalker-1979"


async def test_an_interaction_that_expired_before_we_answered_does_not_break_the_bot(world: World):
    world.server.ack_timeout = 0.0  # every acknowledgement arrives "too late"
    expired = await world.slash(world.alice, "ask", {"question": "who directed Stalker?"})
    await expired.wait_error()
    assert 10062 in world.server.error_codes
    world.server.ack_timeout = 3.0
    fine = await world.slash(world.alice, "ask", {"question": "who directed Stalker?"})
    await settle(fine)
    assert "Andrei Tarkovsky" in all_text(fine)


async def test_a_failure_inside_the_bot_is_answered_and_logged(world: World, caplog):
    await world.service.internals.store.close()  # the database goes away under the running bot
    broken = await world.slash(world.alice, "spoilers status")
    await settle(broken)
    assert broken.ephemeral and "Something went wrong on my side" in all_text(broken)
    assert any("failed" in record.getMessage() and record.exc_info for record in caplog.records)
