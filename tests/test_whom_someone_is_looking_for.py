""" "Who is Leonard looking for?", "what are they looking for in Stalker?": the story's hunt or search, which a
summary tells in its own words ("Leonard is hunting the man …", "seeking the Room"). Read as "look", the question
found nothing the premise says and was withheld, though the premise answers it. Not the asker's own search: "I'm
looking for the film where …" still finds a film. Through the terminal session (the service the Discord cogs use)."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("lines", "told"),
    [
        (["who is Leonard looking for in Memento?"], "John G"),
        (["what are they looking for in stalker?"], "Room"),
        (["who is Leonard in Memento?", "and who is he looking for?"], "John G"),
    ],
)
async def test_a_search_the_premise_tells_is_answered(service, lines: list[str], told: str) -> None:
    replies = await talk(service, *lines)
    assert told in replies[-1], replies[-1]
    assert "would spoil" not in replies[-1] and "Nothing I may show" not in replies[-1], replies[-1]


async def test_the_askers_own_search_still_finds_the_film(service) -> None:
    replies = await talk(service, "I'm looking for the film where a man can't make new memories")
    assert "Memento" in replies[0], replies[0]
