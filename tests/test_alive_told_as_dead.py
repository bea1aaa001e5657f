""" "Is Norman's mother alive?": the sentence that answers it says she "has been dead and buried for ten years", in
the other state's word; it now counts as holding "alive" (as a word form does), so it answers rather than the
killing told elsewhere. Only "dead" said of someone the question names before it: not "they do not know they are
dead", nor "he sees dead people"."""

import pytest

from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question", ["is norman's mother alive in psycho?", "in psycho wait was norman's mom even alive"]
)
def test_dead_said_of_the_one_asked_answers_alive(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert "dead and buried" in answer.answer, answer.answer


def test_dead_said_of_others_does_not(engine: Engine) -> None:
    answer = engine.ask("is malcolm alive in the sixth sense?", scope=SpoilerScope.on())
    assert "sees dead people" not in answer.answer and "ghost" in answer.answer, answer.answer


def test_withheld_with_spoilers_off(engine: Engine) -> None:
    answer = engine.ask("is norman's mother alive in psycho?", scope=SpoilerScope.off())
    assert "dead and buried" not in answer.answer, answer.answer
