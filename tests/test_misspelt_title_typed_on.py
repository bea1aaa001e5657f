"""A misspelt title is read to its last word: "plannet of the apes" was matched as "plannet of the" first, and
the "apes" after it read as the rest of a longer title we lack ("I don't have plannet of the apes")."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("plannet of the apes what year", "1968"),
        ("who directed plannet of the apes", "Schaffner"),
        ("plannet of the apes cast", "Heston"),
        ("how long is plannet of the apes?", "112"),
    ],
)
def test_a_title_misspelt_in_its_first_word_is_ours(engine: Engine, question: str, said: str):
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED and answer.film is not None
    assert answer.film.id == "planet-of-the-apes-1968" and said in answer.answer


def test_a_longer_title_around_the_misspelt_one_is_still_not_ours(engine: Engine):
    answer = engine.ask("rise of the plannet of the apes who is caesar")
    assert answer.status is Status.NOT_FOUND and "rise of the plannet of the apes" in answer.answer
