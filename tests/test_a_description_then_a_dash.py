""" "The Russian film about a planet covered in a thinking ocean — who played the psychologist?" was answered with
the premise: a description closed by a spaced dash, not a comma, was read with the question as one, and "who
played" was lost among the description's words. A dash closes a description as a comma does; a hyphen inside a word
("Psycho-style") does not."""

from __future__ import annotations

import pytest

from index.engine import Engine
from index.question_shape import without_description
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("The Russian film about a planet covered in a thinking ocean — who played the psychologist?", "Banionis"),
        ("the movie about a planet covered in a thinking ocean - who played the psychologist?", "Banionis"),
        ("The film about the newspaper tycoon who dies saying one word – what studio made that?", "RKO"),
        # (commas inside the description; its name asked first, then the lead, in the past tense)
        (
            "The private eye film set in a drought, with the water department — what was it called and who was the "
            "lead?",
            "Jack Nicholson",
        ),
        ("the film about a psychologist on a space station, what was it called and who directed it?", "Tarkovsky"),
    ],
)
def test_a_dash_closes_a_description(engine: Engine, question: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert told in answer.answer, answer.answer


def test_a_hyphen_inside_a_word_closes_nothing() -> None:
    assert without_description("the movie about a Psycho-style motel killer") is None
    assert without_description("the movie about a motel killer — who directed it?") == "who directed it?"
