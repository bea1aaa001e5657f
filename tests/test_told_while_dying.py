""" "What happens to Jimmy?": "As Jimmy dies he whispers 'Sammy' …" was the answer, one sentence after the death
it goes on from ("Leonard goes to the derelict building and kills Jimmy Grantz"). A sentence told while someone
dies now quotes from the death told just before it, in the same passage."""

import pytest

from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("question", ["what happens to jimmy in memento?", "what happens to Jimmy Grantz?"])
def test_the_death_a_dying_sentence_goes_on_from_is_quoted(engine: Engine, question: str) -> None:
    answer = engine.ask(question, film="memento-2000", scope=SpoilerScope.on())
    assert "kills Jimmy" in answer.answer, answer.answer


def test_withheld_with_spoilers_off(engine: Engine) -> None:
    answer = engine.ask("what happens to jimmy in memento?", scope=SpoilerScope.off())
    assert "kills Jimmy" not in answer.answer and "dies" not in answer.answer, answer.answer
