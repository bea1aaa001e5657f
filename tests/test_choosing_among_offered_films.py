"""After "which film?", a description answers it: "the one with the motel" picks among the films offered (or,
when none was offered, the film the description finds), and the question before is what is asked of it.
Through the terminal session (the service the Discord cogs use, on a real SQLite file)."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        # Psycho and Vertigo are offered; only Psycho's visible text has a motel.
        ("that hitchcock movie, who's in it", "the one with the motel", "Anthony Perkins"),
        ("who stars in the hitchcock movie", "the one where the wife is possessed", "James Stewart"),
        # Nothing offered ("tarkovsky sci fi" fits no visible text well enough): the description finds the film.
        ("tarkovsky sci fi film runtime?", "the one w the ocean planet", "167 minutes"),
        ("what's the Hitchcock film about?", "the one with the motel", "Phoenix"),
        # A judgement between two films named in full: what the chosen one is about helps someone choosing.
        ("which is scarier, psycho or se7en?", "the one with the motel", "Phoenix"),
        # Which film it is was all that was asked: the one chosen is known now, and what it is about follows (the
        # choice was refused as a possible spoiler of a question that was only "which one's").
        ("which one's the tarkovsky movie", "the one with the ocean planet", "distant planet"),
        ("which is the hitchcock film?", "the one with the motel", "Phoenix"),
        ("the nolan one?", "the one with the magicians", "Borden"),
    ],
)
async def test_a_description_after_which_film_answers_the_question_before(
    service, first: str, then: str, expected: str
):
    replies = await talk(service, first, then)
    assert replies[0].startswith("Which film")
    assert expected in replies[1]


async def test_a_description_after_an_answered_question_is_about_itself(service):
    # "Who directed it?" was answered (Chinatown): the description that follows is a new question, answered
    # with what its film is about, not with the director.
    replies = await talk(
        service,
        "which movie has a private eye who does divorce work getting hired to follow a water engineer?",
        "who directed it?",
        "that film where an insomniac keeps going to support groups he doesn't belong in",
    )
    assert "Polanski" in replies[1]
    assert "Fight Club" in replies[2] and "directed" not in replies[2]


@pytest.mark.parametrize(
    "then",
    ["the one where the mother is really a corpse in the fruit cellar", "the one where madeleine was judy all along"],
)
async def test_a_twist_described_among_the_offered_films_names_none(service, then: str):
    replies = await talk(service, "who stars in the hitchcock movie", then)
    assert "Psycho" not in replies[1] and "Vertigo" not in replies[1]
    assert "Perkins" not in replies[1] and "Stewart" not in replies[1]


@pytest.mark.parametrize(
    ("first", "then", "film"),
    [
        ("how is the Fincher film structured?", "the one with the soap salesman", "Fight Club"),
        ("what is the Nolan film's theme?", "the one with the magicians", "The Prestige"),
        ("what's the Hitchcock film's message?", "the one with the motel", "Psycho"),
    ],
)
async def test_a_film_picked_by_its_visible_words_is_named_even_when_the_question_is_not_answered(
    service, first: str, then: str, film: str
):
    # The question before has no answer in the summary; the pick was refused as if it named no film ("That may be
    # a spoiler, and you didn't say which film you mean"), though the asker had just chosen it by its set-up.
    replies = await talk(service, first, then)
    assert replies[0].startswith("Which film")
    assert replies[1].startswith(film) and "didn't say which film" not in replies[1], replies[1]
