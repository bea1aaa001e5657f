""" "How much cash did Marion run off with?" got the Bates Motel sentence ("a run-down place with twelve empty
cabins": "run" and a number); running off with something is stealing it, which Psycho tells as the money she is told
to take to the bank and keeps ("forty thousand dollars in cash")."""

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
    ["how much cash did marion run off with in psycho", "what does Marion make off with in Psycho?"],
)
def test_running_off_with_something_is_stealing_it(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert "forty thousand" in answer.answer and "run-down" not in answer.answer, answer.answer
