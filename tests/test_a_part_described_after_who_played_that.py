""" "And who played that peculiar young man who kept the motel?" right after Psycho got "I don't have peculiar
young": a word no summary uses, after "who played that", read as a title we lack. What is played is a part, as after
"who played the"."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("lines", "told"),
    [
        (("what year did Psycho come out?", "And who played that peculiar young man who kept the motel?"), "Perkins"),
        (("who directed Vertigo?", "who plays this peculiar detective?"), "James Stewart"),
    ],
)
async def test_what_is_played_is_a_part(service, lines: tuple[str, ...], told: str) -> None:
    replies = await talk(service, *lines)
    assert told in replies[-1], replies[-1]
