"""A judgement asked against another ("is Kane worth watching or is it just film school homework?") asks only for a
judgement, which the premise helps with: it was withheld as if the other judgement's words were hidden story. Another
question offered instead ("… or does Marion survive?") is no judgement, and keeps the question what it was."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("is kane worth watching or is it just film school homework", "citizen-kane-1941"),
        ("is psycho scary or is it just old", "psycho-1960"),
        ("is vertigo good, or overrated?", "vertigo-1958"),
    ],
)
def test_a_judgement_against_another_is_answered_with_what_anyone_may_see(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id
    assert answer.status is Status.ANSWERED, answer.answer


@pytest.mark.parametrize(
    ("question", "hidden"),
    [("is psycho scary or does marion survive", "stabs"), ("is memento good or is teddy the killer", "undercover")],
)
def test_a_story_question_offered_instead_is_not_a_judgement(engine: Engine, question: str, hidden: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and hidden not in answer.answer, answer.answer
