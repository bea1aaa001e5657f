""" "Which movie ends with the Statue of Liberty half buried in the sand?" with spoilers on got Planet of the Apes'
premise: a film found by a description is answered with what anyone may see of it. With spoilers on, a description
only the hidden text tells is answered with the passage it describes; one the premise tells still gets the premise,
and with spoilers off nothing changes (the film is not even named)."""

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
    ("question", "film", "told"),
    [
        ("which movie ends with the Statue of Liberty half buried in the sand?", "planet-of-the-apes-1968", "Statue"),
        ("which film has a magician who turns out to be twins", "the-prestige-2006", "twins"),
    ],
)
def test_a_film_described_by_its_secret_is_answered_with_it(engine: Engine, question: str, film: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film, answer.answer
    assert told in answer.answer, answer.answer


def test_a_film_described_by_its_premise_is_answered_with_the_premise(engine: Engine) -> None:
    answer = engine.ask("What's the movie where an insomniac goes to support groups?", scope=SpoilerScope.on())
    assert answer.film is not None and answer.film.id == "fight-club-1999", answer.answer
    assert answer.answer.startswith("The Narrator, who is never named"), answer.answer


def test_with_spoilers_off_a_secret_described_names_no_film(engine: Engine) -> None:
    answer = engine.ask(
        "which movie ends with the Statue of Liberty half buried in the sand?", scope=SpoilerScope.off()
    )
    assert names_no_film(answer) and "Statue" not in answer.answer, answer.answer
