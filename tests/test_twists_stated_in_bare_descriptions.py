""" "the film where the motel owner is the killer" (spoilers off) answered with Psycho's premise: naming the film
confirmed the twist the description states. A description typed bare ("the film where …", "the one where …"), not
only one asked for ("which film …?"), is read for a stated twist ("is the killer", "really", "all along"), and a
film found by it is not named."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED, names_no_film


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "the film where the motel owner is the killer",
        "the movie where the guy is really dead",
        "the one where the psychologist was dead all along",
        "the film where tyler is actually the narrator",
        "the movie where teddy is really a cop",
        "the one where the planet was earth all along",
    ],
)
def test_a_twist_stated_in_a_bare_description_names_no_film(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert names_no_film(answer), answer.answer


@pytest.mark.parametrize(
    ("question", "film_id"),
    [("the film where a secretary steals money", "psycho-1960"), ("the one with the magicians", "the-prestige-2006")],
)
def test_a_bare_description_of_the_premise_still_names_its_film(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # A word the visible text never uses, which the hidden text tells the twist in ("identical twins").
        "the movie with the twin magicians",
        "which film has twin magicians?",
        "the one where a magician has an identical twin",
        # Twist words no summary uses at all: no film's text decides them, the words themselves state a twist.
        "the movie where tyler is imaginary",
        "the film where tyler is a figment of the narrator",
        "the one where the narrator and tyler are the same person",
        "the movie where the narrator has a split personality",
    ],
)
def test_a_description_in_the_words_twists_are_told_in_names_no_film(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert names_no_film(answer), answer.answer


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("the film about two rival magicians", "the-prestige-2006"),
        ("the movie where the boy's mother works two jobs", "the-sixth-sense-1999"),
        ("the one where tyler makes soap", "fight-club-1999"),
    ],
)
def test_the_same_films_described_by_their_premise_are_named(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "the movie where the psychologist was dead the whole time",
        "whats the movie where it turns out the therapist was dead the whole time",
        "what film is it, the man and his crazy friend are the same person and they blow up buildings",
        # As typed without articles (bench/noise.py "articles").
        "movie where psychologist was dead whole time",
        "what film is it, man and his crazy friend are same person and they blow up buildings?",
    ],
)
def test_a_twist_no_film_clearly_fits_is_refused_as_a_spoiler_not_asked_which_film(engine: Engine, question: str):
    # Before: "Which film do you mean?", asking the asker to name the film whose twist they described.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert names_no_film(answer) and answer.status is Status.WITHHELD and not answer.choices, answer.answer


def test_with_spoilers_on_it_is_no_refusal(engine: Engine):
    # Nothing is hidden from this asker: which film they mean is the only question left.
    answer = engine.ask("the movie where the psychologist was dead the whole time", scope=SpoilerScope.on())
    assert answer.status is Status.AMBIGUOUS, answer.answer
