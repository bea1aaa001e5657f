"""After "Which film do you mean?", "the first one" / "the second one" / "the last one" picks from the films the
reply offered, and the question asked then is answered of it, in the terminal session (the service every transport
uses). Without an offer before it, a pick names no film: searching the summaries for "first" or "one" committed to
Se7en ("has one week left")."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


async def test_a_pick_answers_the_question_asked_of_the_film_picked(service):
    replies = await talk(service, "how long is the Nolan film?", "the first one")
    assert "Which film" in replies[0]
    offered = [title for title in ("Memento", "The Prestige") if title in replies[0]]
    assert len(offered) == 2
    first = min(offered, key=replies[0].index)
    assert replies[1].startswith(first) and "minutes" in replies[1]


@pytest.mark.parametrize("pick", ["the second one", "the last one", "the other one", "2nd"])
async def test_the_second_and_the_last_one(service, pick: str):
    replies = await talk(service, "who directed the Hitchcock film?", pick)
    assert "Which film" in replies[0]
    offered = [title for title in ("Psycho", "Vertigo") if title in replies[0]]
    second = max(offered, key=replies[0].index)
    assert replies[1].startswith(second) and "Hitchcock" in replies[1], (pick, replies[1])


@pytest.mark.parametrize("pick", ["the first one", "the second one", "the other one"])
async def test_a_pick_with_nothing_offered_names_no_film(service, pick: str):
    replies = await talk(service, pick)
    assert "Se7en" not in replies[0] and "Which film" in replies[0], replies[0]


async def test_a_pick_past_the_offer_names_no_film(service):
    replies = await talk(service, "how long is the Nolan film?", "the fourth one")
    assert "Which film" in replies[1]
