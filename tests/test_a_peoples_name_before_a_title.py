""" "american psycho was it all in his head or what": the name of a people right before one of our titles typed in
lower case makes a longer title, another film ("American Psycho"), when our film's text never uses the word. It
went to Psycho (a wrong film); a longer title was read only as a noun after ours or "<noun> of" before it."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "american psycho was it all in his head or what",
        "is american psycho any good? what's it about",
        "is american psycho good",
    ],
)
def test_a_peoples_name_before_our_title_is_another_film(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert "american psycho" in answer.answer.lower(), answer.answer


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("is psycho an american film?", "psycho-1960"),
        ("who are the american astronauts in planet of the apes", "planet-of-the-apes-1968"),
    ],
)
def test_our_titles_stay_ours(engine: Engine, question: str, film: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film, answer.answer
