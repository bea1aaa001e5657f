""" "Name the film: a secretary runs off with 40 grand and checks into a motel in the rain" was refused as an unnamed
film's spoiler: "40" and "grand" are no words of Psycho's premise, which says "forty thousand dollars". A sum in
thousands typed as "40 grand" or "40k" is read as a summary writes it."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("she steals 40 grand", "she steals forty thousand dollars"),
        ("a $40k score", "a forty thousand dollars score"),
        ("125 grand", "one hundred twenty-five thousand dollars"),
        # A picture's resolution and other numbers stay.
        ("is there a 4k print of vertigo", "is there a 4k print of vertigo"),
        ("the 7 deadly sins", "the 7 deadly sins"),
    ],
)
def test_a_sum_in_thousands_is_read_in_words(typed: str, read: str):
    assert plain_question(typed) == read


@pytest.mark.parametrize(
    "question",
    [
        "name the film: a secretary runs off with 40 grand and checks into a motel in the rain",
        "movie where a secretary steals 40k and checks into a creepy motel",
    ],
)
def test_the_film_is_found_by_its_sum(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == "psycho-1960"
