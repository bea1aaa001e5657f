""" "Which sin was John Doe himself?", then "the guy strapped to the bed, was he still alive?": "he" was read as Doe,
the one asked about last, and the answer was Doe's death. Someone described and set before the question ("the guy
…, was he", "that woman in the car, who is she?") is whom its "he" or "she" stands for."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("before", "question", "says"),
    [
        ("which sin was John Doe himself?", "the guy strapped to the bed, was he still alive??", "barely alive"),
        ("who is John Doe?", "and the man strapped to the bed, is he alive?", "barely alive"),
    ],
)
def test_the_pronoun_is_the_one_described(engine: Engine, before: str, question: str, says: str):
    answer = engine.ask(question, scope=SpoilerScope.on(), context_film="se7en-1995", context_question=before)
    assert answer.status is Status.ANSWERED and says in answer.answer, answer.answer


def test_a_pronoun_alone_is_still_the_last_one_asked_about(engine: Engine):
    answer = engine.ask(
        "was he caught?", scope=SpoilerScope.on(), context_film="se7en-1995", context_question="who is John Doe?"
    )
    assert answer.status is Status.ANSWERED and "Doe" in answer.answer, answer.answer
