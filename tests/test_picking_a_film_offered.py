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


@pytest.mark.parametrize(
    ("asked", "pick", "opening"),
    [
        # The list asked nothing of the film picked: it was re-asked of it and refused ("That would spoil Psycho").
        ("which films are by hitchcock?", "the second one", "Psycho (1960):\nMarion Crane"),
        ("what films do you have from the 60s?", "the first one", "Psycho (1960):\nMarion Crane"),
        ("which is your oldest film?", "the first one", "Citizen Kane (1941):\nIn a vast, half-finished castle"),
    ],
)
async def test_a_pick_from_a_list_of_films_tells_what_it_is_about(service, asked: str, pick: str, opening: str):
    replies = await talk(service, asked, pick)
    assert replies[1].startswith(opening), replies[1]


async def test_a_pick_after_other_films_by_the_same_maker(service):
    replies = await talk(service, "who directed vertigo?", "any other films by him?", "the first one")
    assert "other film by Alfred Hitchcock" in replies[1]
    assert replies[2].startswith("Psycho (1960):\nMarion Crane"), replies[2]
