""" "Who shot it?" of a film asks who filmed it: "who shot it? the camera stuff" about Citizen Kane was withheld
(read as a shooting in the story), though its facts name the cinematographer, Gregg Toland. "Who shot him?" is
still a question about the story."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import Fact, analyze, query_tokens
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "who shot it? the camera stuff",
        "who shot it? our tutor keeps going on about the deep focus",
        "who filmed it?",
        "who shot the film",
        "who photographed the movie?",
        "ok who shot this one?",
    ],
)
def test_who_shot_the_film_is_its_cinematographer(engine: Engine, question: str) -> None:
    answer = engine.ask(question, film="citizen-kane-1941", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Gregg Toland" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["who shot him?", "who shot Bob?", "who shot the samurai", "who shot at the car?"])
def test_who_shot_someone_is_about_the_story(question: str) -> None:
    assert "cinematographer" not in plain_question(question)
    assert Fact.CAST not in analyze(question, query_tokens(question)).facts
