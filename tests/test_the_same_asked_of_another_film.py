""" "who directed vertigo", then "and psycho? same guy?" was withheld as a spoiler of Psycho: "same guy" was read as
something asked of its story. Said with "same", "too", "also" or "again", a film named after a fact question asks
that fact of it; "kane writer" after "kane director" still asks the writer."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("follow_up", "told"),
    [
        ("and psycho? same guy?", "Psycho (1960) was directed by Alfred Hitchcock"),
        ("what about fight club? same person?", "Fight Club (1999) was directed by David Fincher"),
        ("and memento, same guy?", "Memento (2000) was directed by Christopher Nolan"),
        ("stalker too?", "Stalker (1979) was directed by Andrei Tarkovsky"),
    ],
)
async def test_the_same_fact_is_asked_of_the_film_named(service, follow_up: str, told: str):
    replies = await talk(service, "who directed vertigo", follow_up)
    assert told in replies[1], replies[1]


async def test_another_fact_named_after_a_fact_is_that_fact(service):
    replies = await talk(service, "kane director", "kane writer", "chinatown director")
    assert "Mankiewicz" in replies[1] and "directed by" not in replies[1], replies[1]
    assert "directed by Roman Polanski" in replies[2], replies[2]
