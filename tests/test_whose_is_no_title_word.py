""" "whose" is the one question word that is no stopword: "so in rashomon whose story was the true one?" read
"rashomon whose" as a longer title we lack and answered "I don't have rashomon whose". It never goes on naming a
film: the film before it is ours, and the film we lack is named without it."""

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
        ("so in rashomon whose story was the true one?", "rashomon-1950"),
        ("in rashomon whose version is the truth", "rashomon-1950"),
        ("so in psycho whose body is in the cellar?", "psycho-1960"),
    ],
)
def test_our_film_before_whose_is_asked_of(engine: Engine, question: str, film: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.film is not None and answer.film.id == film


def test_a_film_we_lack_is_named_without_whose(engine: Engine) -> None:
    answer = engine.ask("in the movie hereditary whose house burns?", scope=SpoilerScope.on())
    assert answer.status is Status.NOT_FOUND
    assert "hereditary" in (answer.answer or "") and "whose" not in (answer.answer or "")
