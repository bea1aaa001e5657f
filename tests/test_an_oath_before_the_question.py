""" "jesus. ok so who killed hollis?" after an answer about Chinatown got "I don't have jesus": an oath or a gasp at
the last answer, which no summary holds, was read as a title we lack. It opens the next question as "wow" or
"damn" do, and is dropped before it."""

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
    "question", ["jesus. ok so who killed hollis?", "jesus christ, who killed hollis", "omg. so who killed hollis?"]
)
def test_an_oath_opens_the_question(engine: Engine, question: str):
    answer = engine.ask(question, context_film="chinatown-1974", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and answer.film is not None, answer.answer
    assert answer.film.id == "chinatown-1974" and "Cross" in answer.answer, answer.answer
