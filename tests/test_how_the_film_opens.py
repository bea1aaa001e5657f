""" "What happens in the opening scene?" of a film whose text says what it opens with ("The film opens with its last
event: Leonard shoots Teddy …") is answered with that sentence: it was answered with the premise, where the story
starts, which a film told out of order does not open on. Without such a sentence the premise still answers; with
spoilers off a spoiler sentence saying it stays hidden. Through the Engine over the bundled films."""

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
        "what happens in the opening scene of memento",
        "how does memento open",
        "what is the first scene of memento?",
        "how does memento start",
    ],
)
def test_the_sentence_saying_what_the_film_opens_with_answers(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.parse("upto:40%"))
    assert answer.status is Status.ANSWERED and "opens with its last event" in answer.answer, answer.answer


def test_with_spoilers_off_the_opening_told_in_spoiler_text_stays_hidden(engine: Engine):
    answer = engine.ask("what happens in the opening scene of memento", scope=SpoilerScope.off())
    assert "shoots Teddy" not in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "expected"), [("how does vertigo start", "rooftop chase")])
def test_a_film_told_in_order_opens_on_its_premise(engine: Engine, question: str, expected: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert expected in answer.answer, answer.answer
