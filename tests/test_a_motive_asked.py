""" "What motivates Marion Crane to take the forty thousand dollars in Psycho?" was answered with the sentence on
the money ("… pays forty thousand dollars in cash"), not the reason ("Sam is buried in debts and alimony, and the
two cannot afford to marry"): "motivates" was read as a word of the story. What drives, leads or prompts someone to
do something asks why they do it; not before a place ("what leads the Stalker to the Room?")."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def test_a_motive_is_the_reason(engine: Engine):
    question = "What motivates Marion Crane to take the forty thousand dollars in Psycho?"
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "cannot afford to marry" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("what prompts the professor to bring a bomb", "why does the professor bring a bomb"),
        ("what drove him to kill", "why does he kill"),
        ("what drives marion to take the money in psycho?", "why does marion take the money in psycho?"),
        ("what leads the stalker to the room", "what leads the stalker to the room"),
        ("what made him go back to the house", "what made him go back to the house"),
    ],
)
def test_only_a_deed_after_to_is_a_motive(question: str, read: str):
    assert plain_question(question) == read
