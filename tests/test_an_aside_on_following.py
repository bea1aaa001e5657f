"""An aside after the question on how far the asker followed ("i never got it", "i'm so confused", "i forgot") asks
nothing: "what is rosebud actually, i never got it" found "perhaps Rosebud was something Kane could not get" for its
"got", not the sled."""

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


@pytest.mark.parametrize(
    "question",
    [
        "what is rosebud actually, i never got it",
        "what is rosebud, i'm so confused",
        "what is rosebud in citizen kane - i still don't get it",
        "what is rosebud, can't remember",
    ],
)
def test_the_aside_leaves_the_question(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.on(), context_film="citizen-kane-1941")
    assert answer.status is Status.ANSWERED and "sled" in answer.answer


@pytest.mark.parametrize("question", ["what did he get?", "does she get it", "what does Leonard remember?"])
def test_getting_or_remembering_asked_about_stays(question: str):
    assert plain_question(question) == question
