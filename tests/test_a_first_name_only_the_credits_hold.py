""" "Who directed Rebecca?" answered "The Prestige (2006) was directed by Christopher Nolan": Rebecca Hall is in The
Prestige's cast, and a first name found the film. A first name only some film's credits hold, typed alone where a
title goes, is a film we lack; the whole name ("is Gwyneth Paltrow in it?", "who does Brad Pitt play?") still points
at the people credited. Through the terminal session (the service the Discord cogs use)."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize("question", ["who directed Rebecca?", "and who directed Scarlett?"])
async def test_a_credited_first_name_alone_is_a_film_we_lack(service, question: str) -> None:
    replies = await talk(service, "who wrote the screenplay of psycho?", question)
    assert replies[1].startswith("I don't have"), replies[1]
    assert "Nolan" not in replies[1] and "Stefano" not in replies[1], replies[1]


@pytest.mark.parametrize(
    ("lines", "told"),
    [
        (("who directed se7en?", "is Gwyneth Paltrow in it?"), "Gwyneth Paltrow as Tracy Mills"),
        (("who directed chinatown?", "Is John Huston in it?"), "John Huston"),
    ],
)
async def test_a_whole_credited_name_still_points_at_the_cast(service, lines: tuple[str, ...], told: str) -> None:
    replies = await talk(service, *lines)
    assert told in replies[-1], replies[-1]
