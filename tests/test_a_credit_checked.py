""" "hitchcock right?", "was it hitchcock?" after a question about Vertigo: a yes/no question naming only someone who
made the film is answered by the credit that names them. The story text never holds the name, so nothing visible
"answered" it, and a safe fact was withheld as if it might be a spoiler."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "told"),
    [("hitchcock right?", "Hitchcock"), ("was it hitchcock?", "Hitchcock"), ("was kim novak in it?", "Kim Novak")],
)
def test_a_credit_checked_is_answered_by_the_credit(engine: Engine, question: str, told: str) -> None:
    answer = engine.ask(
        question, scope=SpoilerScope.off(), context_film="vertigo-1958", context_question="what year is vertigo from"
    )
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_someone_of_the_story_is_no_credit(engine: Engine) -> None:
    # (Madeleine is a part, not a maker: whether she is "the one" is the story's to say.)
    answer = engine.ask("was it madeleine?", scope=SpoilerScope.off(), context_film="vertigo-1958")
    assert "directed" not in answer.answer and "Cast:" not in answer.answer, answer.answer
