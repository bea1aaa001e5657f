""" "I believe the Prestiege is by the same director as Memento. Who wrote it?" answered for Memento: the sentence
told before the question named two films, and the one typed exactly won over the one misspelt. The film named
only to compare ("the same director as Memento", "just like Psycho") is not the one told of."""

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
    ("question", "film", "says"),
    [
        ("I believe the Prestiege is by the same director as Memento. Who wrote it?", "the-prestige-2006", "Jonathan"),
        ("my friend says Vertgo is just like Psycho. who plays the lead?", "vertigo-1958", "James Stewart"),
    ],
)
def test_the_film_told_of_is_not_the_one_compared_to(engine: Engine, question: str, film: str, says: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None, answer.answer
    assert answer.film.id == film and says in answer.answer, answer.answer
