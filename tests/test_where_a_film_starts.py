""" "where does it start, what city?": the city asked as a clause of its own after where the story opens asks where
the film is set, which the premise tells ("Phoenix, Arizona"). Before, "start" kept it from reading as a setting
question, no visible word held "start" or "city", and a safe fact was withheld."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("question", ["where does it start, what city?", "where does the story begin - which city"])
def test_the_city_it_starts_in_is_its_setting(engine: Engine, question: str) -> None:
    answer = engine.ask(question, film="psycho-1960", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Phoenix" in answer.answer, answer.answer


def test_how_it_starts_is_still_the_opening(engine: Engine) -> None:
    # ("how does it start?" asks what happens first, not where: no setting clause)
    answer = engine.ask("how does it start?", film="psycho-1960", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Marion" in answer.answer, answer.answer
