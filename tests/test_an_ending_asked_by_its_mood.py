""" "How does Chinatown end? Is it a happy ending, or one of those gloomy seventies ones?" (spoilers on) got "The
summary of Chinatown doesn't say.": "happy", "sad", "gloomy" were read as things the ending must hold, so the
question read as a plot question set at the end, naming three things no closing sentence holds. How an ending feels
is the asker's judgement of it: the ending is what is asked. Spoilers off, it stays withheld."""

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
        "How does Chinatown end? Is it a happy ending, or one of those gloomy seventies ones?",
        "how does chinatown end, is it a happy ending or a sad one?",
        "is the ending of chinatown happy or sad?",
    ],
)
def test_the_ending_is_told(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert "forget it, because it is Chinatown" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How does Chinatown end? Is it a happy ending, or one of those gloomy seventies ones?",
        "is the ending of chinatown happy or sad?",
    ],
)
def test_spoilers_off_it_is_withheld(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD
    assert "Chinatown" in answer.answer
    assert "Walsh" not in answer.answer
