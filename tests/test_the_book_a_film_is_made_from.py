"""The book one of our films is made from, named by the film's title: "who wrote the prestige novel" and "who wrote
the fight club book?" got "I don't have the prestige novel" (a longer title holding ours); "who wrote the novel
psycho is based on?" after a Fight Club question went on with Fight Club, the lower-case "psycho" read as a word.
A longer title that is no book of ours stays a film we lack ("the seven samurai"). Through the terminal session."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("who wrote the prestige novel", "Christopher Priest"),
        ("who wrote the fight club book?", "Chuck Palahniuk"),
    ],
)
async def test_the_book_of_our_film_is_asked_of_that_film(service, question: str, told: str) -> None:
    replies = await talk(service, question)
    assert told in replies[0], replies[0]


async def test_a_title_said_to_be_based_on_something_is_the_film(service) -> None:
    replies = await talk(service, "who directed fight club?", "who wrote the novel psycho is based on?")
    assert replies[1].startswith("Psycho (1960)"), replies[1]


async def test_a_longer_title_is_still_a_film_we_lack(service) -> None:
    replies = await talk(service, "who wrote the seven samurai")
    assert "I don't have the seven samurai" in replies[0], replies[0]
