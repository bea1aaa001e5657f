""" "… or have I got it muddled?" got "I don't have I", and "The Russian film about a planet covered in a thinking
ocean — who played the psychologist?" got "I don't have The Russian": the asker's "I", after "have", and a people's
name before "film" sat in a title slot. Neither is a title; a title that holds more words still is ("The Russian
House")."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    "question",
    [
        "Did Norman's mother really live up in that house on the hill, or have I got it muddled?",
        "The Russian film about a planet covered in a thinking ocean, who directed it?",
        "that French movie everyone talks about, is it any good?",
    ],
)
async def test_the_asker_and_a_people_are_no_title_we_lack(service, question: str) -> None:
    replies = await talk(service, question)
    assert not replies[0].startswith("I don't have"), replies[0]


async def test_a_title_holding_a_peoples_name_is_still_one_we_lack(service) -> None:
    replies = await talk(service, "who directed The Russian House?")
    assert replies[0].startswith("I don't have The Russian House"), replies[0]
