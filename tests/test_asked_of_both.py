""" "Who directed both?" after questions about Fight Club and Se7en answered for Se7en alone, and "which one is
longer?" quoted Se7en's premise: a fact asked of both films asked about last, or a comparison of them, is asked of
the two by name, in the service every transport uses. What happens to two people ("do both die?") is still asked of
the last film."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("who directed both", ["Fight Club (1999) was directed by David Fincher", "Se7en (1995) was directed by"]),
        ("which one is longer", ["139 minutes", "127 minutes"]),
        ("which of the two came out first?", ["1999", "1995"]),
    ],
)
async def test_a_fact_of_both_is_asked_of_the_two(service, question: str, told: list[str]):
    replies = await talk(service, "what's fight club about", "and se7en?", question)
    assert all(part in replies[2] for part in told), replies[2]


async def test_what_happens_to_two_people_stays_with_the_last_film(service):
    replies = await talk(service, "who directed psycho", "who directed vertigo", "do both die?")
    assert replies[2].startswith("Vertigo") and "Psycho" not in replies[2], replies[2]


async def test_with_one_film_asked_about_nothing_is_added(service):
    replies = await talk(service, "who directed psycho", "which one is longer")
    assert "Vertigo" not in replies[1], replies[1]
