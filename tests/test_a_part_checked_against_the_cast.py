""" "Is the psychologist played by Bruce Willis in The Sixth Sense?", "does Bruce Willis play the psychologist?",
"and the psychologist is played by Bruce Willis?" were refused as spoilers or answered with the premise: whether an
actor plays a part is the cast's to tell, as "who plays the psychologist?" is."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("lines", "told"),
    [
        (("is the psychologist played by Bruce Willis in the sixth sense?",), "Cast: Bruce Willis"),
        (("does Bruce Willis play the psychologist in the sixth sense?",), "Cast: Bruce Willis"),
        (("who directed the sixth sense", "and the psychologist is played by Bruce Willis?"), "Cast: Bruce Willis"),
        (("does Anthony Perkins play Norman in Psycho?",), "Anthony Perkins as Norman Bates"),
    ],
)
async def test_a_part_checked_is_answered_with_the_cast(service, lines: tuple[str, ...], told: str):
    replies = await talk(service, *lines)
    assert told in replies[-1], replies[-1]
