""" "The one with Charlton Heston and the talking monkeys — what year was that?" got the unnamed refusal: most of
what Planet of the Apes' text holds of the description ("talking", "apes") only its hidden plot holds, so naming the
film was taken to confirm it. The credits found the film, and they are always shown. Without a credited name the
same words still keep the film unnamed, and a twist stated beside a credited name still does."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("The one with Charlton Heston and the talking monkeys — what year was that?", "planet-of-the-apes-1968"),
        ("the film with Charlton Heston and the talking apes, when did it come out?", "planet-of-the-apes-1968"),
    ],
)
def test_a_film_found_by_its_credits_is_named(engine: Engine, question: str, film: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.film is not None and answer.film.id == film
    assert "1968" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "the film with Charlton Heston where the ape planet turns out to be Earth, when did it come out?",
        "the one with Bruce Willis where he is really dead the whole time, who directed it?",
    ],
)
def test_a_twist_beside_a_credited_name_names_no_film(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is None, answer.answer
