""" "in rise of the planet of the apes who is caesar": someone no part of Planet of the Apes' text names, asked of a
longer title around ours, is someone of the film we lack. Before, a longer title counted only when the question
asked a fact, a summary or an opinion, and the question went to Planet of the Apes (a wrong film)."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question", ["in rise of the planet of the apes who is caesar", "who is Caesar in rise of the planet of the apes"]
)
def test_someone_of_the_longer_title_is_of_a_film_we_lack(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert "rise of the planet of the apes" in answer.answer.lower(), answer.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("who is taylor in planet of the apes", "Taylor"),
        ("ok just finished psycho. wait so who was the killer??", "Norman"),
    ],
)
def test_our_own_people_stay_with_our_film(engine: Engine, question: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer
