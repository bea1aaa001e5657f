""" "breakfast club who's in it" was answered with Fight Club's cast: the words heading the question name the film
"it" points at, but "it" was read as the film talked about before (or found by "club"). A title we lack typed as a
heading is a film we lack; a reaction before the question ("nice one who wrote it") still asks of the last film."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize("question", ["breakfast club who is in it", "breakfast club whos in it"])
async def test_a_title_we_lack_heading_the_question_is_one_we_lack(service, question: str):
    replies = await talk(service, "who directed fight club", question)
    assert "I don't have breakfast club" in replies[1] and "Brad Pitt" not in replies[1], replies[1]


@pytest.mark.parametrize(
    ("follow_up", "told"),
    [("nice one who wrote it", "Joseph Stefano"), ("ok so who is in it", "Anthony Perkins")],
)
async def test_a_reaction_before_the_question_still_asks_of_the_last_film(service, follow_up: str, told: str):
    replies = await talk(service, "who directed psycho", follow_up)
    assert told in replies[1], replies[1]


async def test_one_of_our_titles_heading_the_question_is_that_film(service):
    replies = await talk(service, "who directed fight club", "memento who is in it")
    assert "Guy Pearce" in replies[1], replies[1]


@pytest.mark.parametrize(
    ("question", "told"), [("check stalker how long is it", "162"), ("memento who is in it", "Guy")]
)
async def test_a_heading_holding_one_of_our_titles_is_that_film(service, question: str, told: str):
    replies = await talk(service, question)
    assert told in replies[0], replies[0]
