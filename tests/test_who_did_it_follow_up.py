""" "why was hollis killed in chinatown", then "who did it": answered with Chinatown's premise, though the question
before named the deed and whom it was done to. "Who did it?" after a killing or a death asked about asks who did
that to them; with spoilers off it is withheld as the killer is."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("before", "follow_up", "told"),
    [
        ("why was hollis killed in chinatown", "who did it", "Cross"),
        ("how did marion die in psycho", "who did it then", "Mother"),
        ("why was tracy killed in se7en?", "so who did it?", "Doe"),
    ],
)
async def test_who_did_the_deed_asked_about(service, before: str, follow_up: str, told: str):
    replies = await talk(service, "/spoilers on", before, follow_up)
    assert told in replies[2], replies[2]


async def test_with_spoilers_off_the_doer_stays_hidden(service):
    replies = await talk(service, "why was hollis killed in chinatown", "who did it")
    assert "Cross" not in replies[1] and "keeping it hidden" in replies[1], replies[1]
