""" "Is Memento told in order?", "is memento in chronological order?" were refused or answered with the premise: the
summary says it in its own words ("told in two strands: colour scenes that run backwards in time"), and "order" is no
word it uses. "Order" is read as the text's "backwards" or "chronological" where the visible text lacks it."""

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
    "question", ["is memento in chronological order?", "is memento told in order", "what order is memento told in?"]
)
def test_the_order_is_answered_with_how_the_summary_says_it_is_told(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "run backwards in time" in answer.answer, answer.answer
