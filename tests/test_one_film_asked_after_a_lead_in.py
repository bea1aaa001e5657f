"""Two of our films named, one in a lead-in and the one asked about after a break: "For my essay comparing Psycho
with Vertigo: where is Psycho set?" asked which film was meant, though the question itself names Psycho. The films
named are kept, so "and in the other one?" next is Vertigo. Two films compared in the question itself ("which is
scarier, psycho or se7en?") still ask which. Through the terminal session (the service the Discord cogs use)."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("For my essay comparing Psycho with Vertigo: where is Psycho set?", "Phoenix"),
        ("Psycho vs Vertigo essay - who wrote Vertigo?", "Alec Coppel"),
        ("comparing Solaris and Stalker: how long is Solaris?", "167 minutes"),
        # (A comma and a full stop already set a lead-in apart.)
        ("I watched Vertigo last week, who wrote Psycho?", "Joseph Stefano"),
    ],
)
async def test_the_film_the_question_names_after_a_lead_in(service, question: str, told: str) -> None:
    replies = await talk(service, question)
    assert told in replies[0], replies[0]
    assert "Which film" not in replies[0], replies[0]


async def test_the_other_one_next_is_the_film_of_the_lead_in(service) -> None:
    replies = await talk(
        service, "For my essay comparing Psycho with Vertigo: where is Psycho set?", "and in the other one?"
    )
    assert replies[1].startswith("Vertigo (1958)"), replies[1]


@pytest.mark.parametrize("question", ["which is scarier, psycho or se7en?", "is memento better than the prestige?"])
async def test_two_films_compared_still_ask_which(service, question: str) -> None:
    replies = await talk(service, question)
    assert "Which film" in replies[0], replies[0]
