""" "who directed se7en?" then "did he also do fight club?" was answered with Fight Club's premise: whether the one
just named made another film is its director's fact."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("follow_up", "told"),
    [
        ("did he also do fight club?", "Fight Club (1999) was directed by David Fincher"),
        ("did he make memento too", "Memento (2000) was directed by Christopher Nolan"),
    ],
)
async def test_whether_he_made_another_film_is_its_director(service, follow_up: str, told: str):
    replies = await talk(service, "who directed se7en", follow_up)
    assert told in replies[1], replies[1]
