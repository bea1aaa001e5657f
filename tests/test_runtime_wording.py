""" "How do the apes run their society?" was answered "Runtime: 112 minutes; it runs 1 hour 52 minutes long", and "how
long is the chase in Se7en?" with Se7en's runtime: the words the facts tell the runtime in are a story question's
words too. They find the runtime only for a question asking it ("how many hours is Psycho?", which before got
Marion's "lunch hours")."""

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
    "question",
    [
        "how do the apes run their society in Planet of the Apes?",
        "how long is the chase in Se7en?",
        "how long does the narrator run in Fight Club?",
    ],
)
@pytest.mark.parametrize("scope", ["off", "on"])
def test_a_story_question_is_not_answered_with_the_runtime(engine: Engine, question: str, scope: str):
    answer = engine.ask(question, scope=SpoilerScope.parse(scope))
    assert "Runtime" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("how many hours is Psycho?", "109 minutes"),
        ("how many hours is Stalker?", "162 minutes"),
        ("how long is Se7en?", "127 minutes"),
        ("what is the running time of Vertigo?", "128 minutes"),
    ],
)
def test_the_runtime_asked_is_answered(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer
